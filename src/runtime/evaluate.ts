// Evaluating an expression (or running a statement) in a paused frame, for the
// debugger's watch, hover, Debug Console and breakpoint conditions. The code is
// compiled as a module whose names resolve in a snapshot of the frame's locals,
// then its globals and builtins (like eval(expr, frame.f_globals, frame.f_locals)).

import type { PyObject } from './objects/object';
import { PyRaise } from './objects/object';
import type { Runtime } from './runtime';
import type { Frame } from './vm/frame';
import { parseModule } from './parse/index';
import { compileModule } from './compile/index';
import { loadCode, releaseConstCache } from './vm/functions';
import { Frame as VmFrame } from './vm/frame';
import { evalFrame } from './vm/eval';
import { dictGetStr, dictDelStr } from './objects/dictops';
import type { Const } from './compile/code';
import type { PyDict } from './objects/dict';

export const RESULT_NAME = '__refscope_result__';

/** Evaluate `expr` in frame `f`: a new reference to the result, or throws PyRaise / PySyntaxError. */
export function evaluateInFrame(rt: Runtime, f: Frame, expr: string): PyObject {
  const isExpr = (() => {
    try {
      const m = parseModule(expr, '<debug>');
      return m.body.length === 1 && m.body[0]._type === 'Expr';
    } catch { return false; }
  })();
  const src = isExpr ? `${RESULT_NAME} = (${expr})\n` : expr + '\n';
  const unit = compileModule(parseModule(src, '<debug>'), '<debug>', src);
  const locals = rt.localsOf(f) as PyDict;
  const cache = new Map<Const, PyObject>();
  const code = loadCode(rt, unit.code, cache, '<debug>');
  releaseConstCache(rt, cache);
  const frame = new VmFrame(code, unit.code, f.globals, f.builtins, locals, null);
  const saved = rt.frame;
  const savedDepth = rt.depth;
  try {
    rt.decref(evalFrame(rt, frame));
    if (!isExpr) return rt.none();
    const v = dictGetStr(locals, RESULT_NAME)!;
    v.refcnt++;
    dictDelStr(rt, locals, RESULT_NAME);
    return v;
  } finally {
    rt.frame = saved;
    rt.depth = savedDepth;
    rt.decref(code);
    rt.decref(locals);
  }
}

export { PyRaise };
