// Running debugger code in a paused frame, for watch, hover, the Debug Console,
// breakpoint conditions and "set value". An expression is compiled in 'eval'
// mode (its value is returned, no name is bound); anything else is run as
// statements. Names resolve as in the paused frame: its fast locals and cells
// (read and written in place, see vm/frameLocals.ts), then a scratch namespace
// for names the debugger code creates, then the frame's globals and builtins.
// For a module or class body the frame's own locals dict is the namespace.
// The evaluation emits no steps: the step counter is left as it was.

import type { PyObject } from './objects/object';
import { PyRaise } from './objects/object';
import type { Runtime } from './runtime';
import type { Frame } from './vm/frame';
import { parseModule } from './parse/index';
import { compileModule, compileExpression } from './compile/index';
import { loadCode, releaseConstCache } from './vm/functions';
import { Frame as VmFrame } from './vm/frame';
import { evalFrame } from './vm/eval';
import { newDict } from './objects/dictops';
import type { Const } from './compile/code';
import type { PyDict } from './objects/dict';

export interface EvaluateOptions {
  /** Names the debugger code binds that are not the frame's own (kept by the caller between evaluations). */
  scratch?: PyDict;
}

/** True when `text` parses as a single expression (so it has a value). */
export function isExpression(text: string): boolean {
  try {
    const m = parseModule(text, '<debug>');
    return m.body.length === 1 && m.body[0]._type === 'Expr';
  } catch { return false; }
}

/**
 * Evaluate `text` in frame `f`: a new reference to the expression's value (None for statements).
 * Throws PyRaise for a Python exception, PySyntaxError when `text` does not parse.
 */
export function evaluateInFrame(rt: Runtime, f: Frame, text: string, opts: EvaluateOptions = {}): PyObject {
  const expr = isExpression(text);
  const src = text + '\n';
  const ast = parseModule(src, '<debug>');
  const unit = expr ? compileExpression(ast, '<debug>', src) : compileModule(ast, '<debug>', src);
  const cache = new Map<Const, PyObject>();
  const code = loadCode(rt, unit.code, cache, '<debug>');
  releaseConstCache(rt, cache);
  let locals: PyDict;
  if (f.locals !== null) { locals = f.locals; locals.refcnt++; } else if (opts.scratch) { locals = opts.scratch; locals.refcnt++; } else locals = newDict(rt);
  const frame = new VmFrame(code, unit.code, f.globals, f.builtins, locals, null);
  if (f.locals === null) frame.fastNamespace = f;
  const saved = rt.frame;
  const savedDepth = rt.depth;
  const steps = rt.trace.steps;
  try {
    const v = evalFrame(rt, frame);
    if (expr) return v;
    rt.decref(v);
    return rt.none();
  } finally {
    rt.frame = saved;
    rt.depth = savedDepth;
    rt.trace.steps = steps;
    rt.decref(code);
    rt.decref(locals);
  }
}

export { PyRaise };
