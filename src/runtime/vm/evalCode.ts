// Running a module-level code object in given namespaces: what exec(), eval() and the main
// module do. cf. Python/ceval.c PyEval_EvalCode, _PyEval_BuiltinsFromGlobals, _PyEval_Vector;
// Objects/funcobject.c _PyFunction_FromConstructor.

import type { PyObject } from '../objects/object';
import { PyDict } from '../objects/dict';
import { PyCodeObj, PyFunction, PyModule, PyTuple } from '../objects/core';
import type { Runtime } from '../runtime';
import { dictGetStr } from '../objects/dictops';
import { Frame } from './frame';
import { evalFrame } from './eval';
import { bindArguments } from './call';

/** The builtins a frame with these globals uses: globals['__builtins__'] (a module's dict), else
 *  the current frame's builtins. cf. _PyEval_BuiltinsFromGlobals */
export function builtinsFromGlobals(rt: Runtime, globals: PyDict): PyDict {
  const b = dictGetStr(globals, '__builtins__');
  if (b instanceof PyModule) return b.dict;
  if (b instanceof PyDict) return b;
  if (b !== null) rt.unsupported(`__builtins__ of type ${b.type.name} (not a dict or module)`, rt.frame?.lineno ?? 0);
  return rt.frame !== null ? rt.frame.builtins : rt.builtins;
}

/**
 * PyEval_EvalCode(co, globals, locals): a function object made for the call (it holds globals,
 * builtins and the code), and a frame whose f_locals is a strong reference. Returns a new
 * reference to the result; throws PyRaise.
 */
export function evalCode(rt: Runtime, codeObj: PyCodeObj, globals: PyDict, locals: PyObject, closure: PyTuple | null = null): PyObject {
  const frame = newCodeFrame(rt, codeObj, globals, locals, closure);
  const func = frame.func!;
  try {
    return evalFrame(rt, frame);
  } finally {
    rt.decref(func);
  }
}

/** The frame PyEval_EvalCode runs (its function object holds the caller's reference: decref
 *  frame.func once the frame has run). `closure`: the cells of the code's free variables
 *  (PyEval_EvalCodeEx, exec(code, closure=...)). */
export function newCodeFrame(rt: Runtime, codeObj: PyCodeObj, globals: PyDict, locals: PyObject, closure: PyTuple | null = null): Frame {
  const builtins = builtinsFromGlobals(rt, globals);
  // cf. _PyFunction_FromConstructor: name and qualname are co_name, doc None, no module.
  codeObj.refcnt++;
  globals.refcnt++;
  builtins.refcnt++;
  const func = new PyFunction(rt.t.function, codeObj, globals, builtins);
  func.qualname = codeObj.code.name;
  rt.allocObject(func, 136);
  func.doc = rt.none();
  if (closure !== null) { closure.refcnt++; func.closure = closure; }
  rt.gc.track(func);
  const frame = new Frame(codeObj, codeObj.code, globals, builtins, locals as PyDict, func);
  locals.refcnt++;
  frame.ownsLocals = true;
  // _PyEvalFramePushAndInit / initialize_locals with no arguments (a function's code complains
  // about its missing parameters; *args and **kwargs become empty).
  try {
    bindArguments(rt, func, frame.localsplus, [], null);
  } catch (e) {
    rt.releaseFrame(frame);
    rt.decref(func);
    throw e;
  }
  return frame;
}
