// Running debugger code in a paused frame, for watch, hover, the Debug Console,
// breakpoint conditions and "set value". An expression is compiled in 'eval'
// mode (its value is returned, no name is bound); anything else is run as
// statements. Names resolve as in the paused frame: its fast locals and cells
// (read and written in place, see vm/frameLocals.ts), then a scratch namespace
// for names the debugger code creates, then the frame's globals and builtins.
// For a module or class body the frame's own locals dict is the namespace.
// The evaluation emits no steps: the step counter is left as it was.
// Compiling is the costly part of a short expression (a breakpoint condition
// in a hot loop runs it at every hit): a DebugCodeCache, kept by the caller,
// holds the compiler's output by text. Only that is kept; the code object on
// the program's heap is made and freed at each evaluation as before, so the
// heap (ids, refcounts, pymalloc blocks) is the same with or without the cache.

import type { PyObject } from './objects/object';
import { PyRaise } from './objects/object';
import type { Runtime } from './runtime';
import type { Frame } from './vm/frame';
import { parseModule } from './parse/index';
import { compileModule, compileExpression } from './compile/index';
import { constToObject, codeSizeof, releaseConstCache } from './vm/functions';
import { PyCodeObj, type PyTuple } from './objects/core';
import { Frame as VmFrame } from './vm/frame';
import { evalFrame } from './vm/eval';
import { newDict } from './objects/dictops';
import type { Const, CodeObject } from './compile/code';
import type { PyDict } from './objects/dict';

export interface EvaluateOptions {
  /** Names the debugger code binds that are not the frame's own (kept by the caller between evaluations). */
  scratch?: PyDict;
  /** Compiled code by text, kept by the caller between evaluations. */
  cache?: DebugCodeCache;
}

/** Debugger code as compiled: an expression (its value is the result) or statements; `size`: its code object's (codeSizeof). */
interface Compiled { expr: boolean; code: CodeObject; size: number }

/** Compiled debugger code by its text; a text that does not compile keeps its error. At most `limit` texts (oldest go first). */
export class DebugCodeCache {
  private readonly map = new Map<string, Compiled | { error: unknown }>();
  constructor(readonly limit = 256) {}

  get size(): number { return this.map.size; }

  /** `text` compiled (from the cache when it was compiled before); throws what compiling it throws. */
  compile(text: string): Compiled {
    let c = this.map.get(text);
    if (c === undefined) {
      try { c = compileText(text); } catch (error) { c = { error }; }
      if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value as string);
      this.map.set(text, c);
    }
    if ('error' in c) throw c.error;
    return c;
  }
}

function compileText(text: string): Compiled {
  const src = text + '\n';
  const ast = parseModule(src, '<debug>');
  const expr = ast.body.length === 1 && ast.body[0]._type === 'Expr';
  const unit = expr ? compileExpression(ast, '<debug>', src) : compileModule(ast, '<debug>', src);
  return { expr, code: unit.code, size: codeSizeof(unit.code) };
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
  const { expr, code: compiled, size } = opts.cache ? opts.cache.compile(text) : compileText(text);
  // As loadCode (vm/functions.ts) does, with the size worked out once.
  const consts = new Map<Const, PyObject>();
  const code = new PyCodeObj(rt.t.code, compiled, constToObject(rt, compiled.constsTuple, consts, '<debug>') as PyTuple);
  rt.allocObject(code, size);
  releaseConstCache(rt, consts);
  let locals: PyDict;
  if (f.locals !== null) { locals = f.locals; locals.refcnt++; } else if (opts.scratch) { locals = opts.scratch; locals.refcnt++; } else locals = newDict(rt);
  const frame = new VmFrame(code, compiled, f.globals, f.builtins, locals, null);
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
