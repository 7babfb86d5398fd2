// Generator throw() and close(), with `yield from` delegation: while a generator is suspended in
// a `yield from`, throw() and close() go to the subiterator first.
// cf. Objects/genobject.c _PyGen_yf, _gen_throw, gen_throw, gen_close, gen_close_iter.

import type { PyObject } from '../objects/object';
import { PyRaise } from '../objects/object';
import { PyType } from '../objects/type';
import { PyException, PyTraceback } from '../objects/core';
import type { Runtime } from '../runtime';
import { Op } from '../compile/opcodes';
import { PyGenerator, genResume } from './functions';
import { getAttrOrNull } from './attributes';
import { callObject } from './call';

/**
 * The iterator a suspended generator delegates to (a new reference), or null: the frame stopped at
 * the YIELD_VALUE of a `yield from`, whose next instruction is RESUME with oparg >= 2, and the
 * subiterator is on top of its stack. cf. _PyGen_yf
 */
export function genYf(g: PyGenerator): PyObject | null {
  if (g.finished || !g.started) return null;
  const f = g.frame;
  const code = f.code.code;
  if (f.pc >= code.length >> 1 || code[2 * f.pc] !== Op.RESUME || code[2 * f.pc + 1] < 2 || f.sp === 0) return null;
  const yf = f.stack[f.sp - 1];
  if (yf === null) return null;
  yf.refcnt++;
  return yf;
}

export type GenResult = { done: boolean; value: PyObject };

/** gen.throw(typ[, val[, tb]]). cf. _gen_throw (close_on_genexit = 1 for generators) */
export function genThrow(rt: Runtime, g: PyGenerator, typ: PyObject, val: PyObject | null, tb: PyObject | null): GenResult {
  const yf = genYf(g);
  if (yf !== null) {
    let outcome: { value: PyObject } | PyRaise;
    try {
      if (typ instanceof PyType && typ.isSubtypeOf(rt.t.GeneratorExit)) {
        // Close the subiterator, then throw GeneratorExit here (or what closing it raised).
        const sub = runDelegating(rt, g, () => genCloseIter(rt, yf));
        if (sub === null) return throwHere(rt, g, typ, val, tb);
        try { return genResume(rt, g, null, sub.exc); } finally { rt.decref(sub.exc); }
      }
      if (yf instanceof PyGenerator) {
        outcome = catchRaise(rt, () => runDelegatingValue(rt, g, () => {
          const r = genThrow(rt, yf, typ, val, tb);
          if (r.done) throw stopIteration(rt, r.value);
          return r.value;
        }));
      } else {
        const meth = getAttrOrNull(rt, yf, 'throw');
        if (meth === null) return throwHere(rt, g, typ, val, tb);
        // PyObject_CallFunctionObjArgs(meth, typ, val, tb, NULL): the arguments end at the first NULL.
        const args = val === null ? [typ] : tb === null ? [typ, val] : [typ, val, tb];
        outcome = catchRaise(rt, () => runDelegatingValue(rt, g, () => {
          try { return callObject(rt, meth, args, null); } finally { rt.decref(meth); }
        }));
      }
    } finally {
      rt.decref(yf);
    }
    if (!(outcome instanceof PyRaise)) return { done: false, value: outcome.value };
    // The subiterator is done: pop it and leave the `yield from` loop (its SEND's target),
    // sending its return value on, or raising its exception in this frame.
    const f = g.frame;
    const popped = f.stack[--f.sp]!;
    f.stack[f.sp] = null;
    rt.decref(popped);
    const target = f.code.code[2 * (f.pc - 2) + 1];
    f.pc = target;
    f.lasti = target - 1;
    const exc = outcome.exc;
    if (rt.isInstanceOf(exc, rt.t.StopIteration)) {
      // cf. _PyGen_FetchStopIterationValue
      const args = (exc as PyException).args.items;
      const v = args.length > 0 ? args[0] : rt.None;
      v.refcnt++;
      rt.decref(exc);
      try { return genResume(rt, g, v, null); } finally { rt.decref(v); }
    }
    try { return genResume(rt, g, null, exc); } finally { rt.decref(exc); }
  }
  return throwHere(rt, g, typ, val, tb);
}

/** Raise the thrown exception at the generator's suspension point. cf. _gen_throw `throw_here` */
function throwHere(rt: Runtime, g: PyGenerator, typ: PyObject, val: PyObject | null, tb: PyObject | null): GenResult {
  const tbv = tb === rt.None ? null : tb;
  if (tbv !== null && !(tbv instanceof PyTraceback)) rt.typeError('throw() third argument must be a traceback object');
  let exc: PyObject;
  if (typ instanceof PyType && typ.isSubtypeOf(rt.t.BaseException)) {
    exc = normalizeException(rt, typ, val);
  } else if (rt.isInstanceOf(typ, rt.t.BaseException)) {
    if (val !== null && val !== rt.None) rt.typeError('instance exception may not have a separate value');
    typ.refcnt++;
    exc = typ;
  } else {
    rt.typeError(`exceptions must be classes or instances deriving from BaseException, not ${typ.type.name}`);
  }
  if (tbv !== null && exc instanceof PyException) {
    tbv.refcnt++;
    const old = exc.traceback;
    exc.traceback = tbv;
    if (old !== null) rt.decref(old);
  }
  try {
    return genResume(rt, g, null, exc);
  } finally {
    rt.decref(exc);
  }
}

/** An instance of class `typ` from `val`. cf. Python/errors.c _PyErr_NormalizeException */
function normalizeException(rt: Runtime, typ: PyType, val: PyObject | null): PyObject {
  if (val !== null && val !== rt.None && val.type.isSubtypeOf(typ)) {
    val.refcnt++;
    return val;
  }
  let args: PyObject[];
  if (val === null || val === rt.None) args = [];
  else if (val.type.isSubtypeOf(rt.t.tuple)) args = (val as unknown as { items: PyObject[] }).items;
  else args = [val];
  return rt.call(typ, args);
}

/** gen.close(). cf. gen_close */
export function genClose(rt: Runtime, g: PyGenerator): void {
  if (g.finished) return;
  if (!g.started) {
    g.finished = true;
    rt.releaseGeneratorFrame(g);
    return;
  }
  const yf = genYf(g);
  let pending: PyRaise | null = null;
  if (yf !== null) {
    try { pending = runDelegating(rt, g, () => genCloseIter(rt, yf)); } finally { rt.decref(yf); }
  }
  const exc = pending !== null ? pending.exc : rt.newException(rt.t.GeneratorExit, null);
  let r: GenResult;
  try {
    r = genResume(rt, g, null, exc);
  } catch (e) {
    if (e instanceof PyRaise && (rt.isInstanceOf(e.exc, rt.t.GeneratorExit) || rt.isInstanceOf(e.exc, rt.t.StopIteration))) {
      rt.decref(e.exc);
      return;
    }
    throw e;
  } finally {
    rt.decref(exc);
  }
  rt.decref(r.value);
  if (!r.done) rt.raise(rt.t.RuntimeError, 'generator ignored GeneratorExit');
}

/** Close a subiterator: a generator's close(), or the iterator's close method if it has one.
 *  cf. gen_close_iter */
function genCloseIter(rt: Runtime, yf: PyObject): void {
  if (yf instanceof PyGenerator) {
    genClose(rt, yf);
    return;
  }
  const meth = getAttrOrNull(rt, yf, 'close');
  if (meth === null) return;
  try { rt.decref(callObject(rt, meth, [], null)); } finally { rt.decref(meth); }
}

/** Run `fn` with the delegating generator marked as executing; returns the exception it raised. */
function runDelegating(rt: Runtime, g: PyGenerator, fn: () => void): PyRaise | null {
  const r = catchRaise(rt, () => runDelegatingValue(rt, g, () => { fn(); return rt.none(); }));
  if (r instanceof PyRaise) return r;
  rt.decref(r.value);
  return null;
}

function runDelegatingValue(rt: Runtime, g: PyGenerator, fn: () => PyObject): { value: PyObject } {
  const state = g.running;
  g.running = true;
  try {
    return { value: fn() };
  } finally {
    g.running = state;
  }
}

function catchRaise<T>(rt: Runtime, fn: () => T): T | PyRaise {
  try {
    return fn();
  } catch (e) {
    if (e instanceof PyRaise) return e;
    throw e;
  }
}

function stopIteration(rt: Runtime, value: PyObject): PyRaise {
  const e = rt.newException(rt.t.StopIteration, value === rt.None ? null : value);
  rt.decref(value);
  return new PyRaise(e);
}
