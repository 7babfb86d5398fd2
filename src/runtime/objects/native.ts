// Helpers to define native (TypeScript) methods, attributes and functions on
// simulated types and modules, and to parse their arguments the way
// Python/getargs.c does (with CPython's error messages).

import type { PyObject } from './object';
import type { PyType, KwArgs } from './type';
import { PyMethodDescr, PyGetSetDescr, PyBuiltin, type NativeMethod, type NativeFunction } from './core';
import type { PyDict } from './dict';
import type { Runtime } from '../runtime';
import { dictSetStr } from './dictops';

/** Install a native method (method_descriptor, or wrapper_descriptor for dunders) in a type's dict. */
export function defMethod(t: PyType, name: string, fn: NativeMethod): void {
  const rt = t.rt;
  const isSlot = name.startsWith('__') && name.endsWith('__');
  if (name === '__getattribute__' && t !== rt.t.object && t !== rt.t.type) t.customGetattribute = true;
  const d = new PyMethodDescr(isSlot ? rt.t.wrapper_descriptor : rt.t.method_descriptor, name, t, fn, isSlot);
  d.addr = rt.staticAddress(80) + 16;
  dictSetStr(rt, t.dict, name, d);
  d.refcnt--; // the dict owns it
}

/**
 * Mark dunders of a builtin sequence type as sequence-slot wrappers (see
 * PyMethodDescr.seqSlot): `[1] + x` then tries x.__radd__ before list's
 * sq_concat, as CPython's binary_op1 does (list has no nb_add).
 */
export function markSequenceSlots(t: PyType, ...names: string[]): void {
  for (const n of names) {
    const d = t.lookup(n);
    if (!(d instanceof PyMethodDescr)) throw new Error(`markSequenceSlots: ${t.name}.${n} is not a native method`);
    d.seqSlot = true;
  }
}

/** Install a getset descriptor (computed attribute) in a type's dict. */
export function defGetSet(t: PyType, name: string, get: (self: PyObject) => PyObject, set: ((self: PyObject, v: PyObject | null) => void) | null = null): void {
  const rt = t.rt;
  const d = new PyGetSetDescr(rt.t.getset_descriptor, name, t, get, set);
  d.addr = rt.staticAddress(80) + 16;
  dictSetStr(rt, t.dict, name, d);
  d.refcnt--;
}

/** A builtin function object (not bound), e.g. for modules. */
export function newBuiltin(rt: Runtime, name: string, fn: NativeFunction, module: string | null = 'builtins', self: PyObject | null = null): PyBuiltin {
  const b = new PyBuiltin(rt.t.builtin_function_or_method, name, fn, self, name, module);
  if (self !== null) self.refcnt++;
  rt.allocObject(b, 56);
  if (!rt.initializing) rt.gc.track(b);
  return b;
}

/** Put a builtin function into a module dict. */
export function defFunction(rt: Runtime, dict: PyDict, name: string, fn: NativeFunction, module = 'builtins'): PyBuiltin {
  const b = newBuiltin(rt, name, fn, module);
  dictSetStr(rt, dict, name, b);
  b.refcnt--;
  return b;
}

/**
 * Bind arguments to parameter names, as PyArg_ParseTupleAndKeywords does.
 * spec: names; a '/' entry ends positional-only names, '*' starts keyword-only,
 * a name ending in '?' is optional. Returns an array aligned with the names (null = not given).
 */
export interface ArgSpec { names: string[]; optional: boolean[]; posOnly: number; kwOnlyFrom: number; maxPos: number }

/** Parse a parameter spec: names, '/' ends positional-only ones, '*' starts keyword-only ones, 'name?' is optional. */
export function parseArgSpec(spec: string[]): ArgSpec {
  const names: string[] = [];
  const optional: boolean[] = [];
  let posOnly = 0;
  let kwOnlyFrom = -1;
  for (const s of spec) {
    if (s === '/') { posOnly = names.length; continue; }
    if (s === '*') { kwOnlyFrom = names.length; continue; }
    const opt = s.endsWith('?');
    names.push(opt ? s.slice(0, -1) : s);
    optional.push(opt);
  }
  return { names, optional, posOnly, kwOnlyFrom, maxPos: kwOnlyFrom >= 0 ? kwOnlyFrom : names.length };
}

export function parseArgs(rt: Runtime, fname: string, args: PyObject[], kw: KwArgs, spec: string[]): Array<PyObject | null> {
  // cf. Python/getargs.c _PyArg_UnpackKeywords (3.11), checks and messages in its order.
  const { names, optional, posOnly, maxPos } = parseArgSpec(spec);
  const f = `${fname}()`;
  const nargs = args.length;
  let nkwargs = kw === null ? 0 : kw.length;
  const maxargs = names.length;
  let minpos = 0;
  while (minpos < maxPos && !optional[minpos]) minpos++;
  let minkw = 0;
  for (let i = maxPos; i < names.length; i++) if (!optional[i]) minkw++;
  const minposonly = Math.min(posOnly, minpos);
  const reqlimit = minkw ? maxPos + minkw : minpos;
  const s = (n: number) => (n === 1 ? '' : 's');
  if (nargs + nkwargs > maxargs) rt.typeError(`${f} takes at most ${maxargs} ${nargs === 0 ? 'keyword ' : ''}argument${s(maxargs)} (${nargs + nkwargs} given)`);
  if (nargs > maxPos) {
    if (maxPos === 0) rt.typeError(`${f} takes no positional arguments`);
    rt.typeError(`${f} takes ${minpos < maxPos ? 'at most' : 'exactly'} ${maxPos} positional argument${s(maxPos)} (${nargs} given)`);
  }
  if (nargs < minposonly) rt.typeError(`${f} takes ${minposonly < maxPos ? 'at least' : 'exactly'} ${minposonly} positional argument${s(minposonly)} (${nargs} given)`);
  const out: Array<PyObject | null> = new Array(names.length).fill(null);
  for (let i = 0; i < nargs; i++) out[i] = args[i];
  const find = (name: string): PyObject | null => { for (const [k, v] of kw ?? []) if (k === name) return v; return null; };
  for (let i = Math.max(nargs, posOnly); i < maxargs; i++) {
    let cur: PyObject | null = null;
    if (nkwargs) cur = find(names[i]);
    else if (i >= reqlimit) break;
    out[i] = cur;
    if (cur !== null) --nkwargs;
    else if (i < minpos || (maxPos <= i && i < reqlimit)) rt.typeError(`${f} missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  if (nkwargs > 0) {
    for (let i = posOnly; i < nargs; i++) if (find(names[i]) !== null) rt.typeError(`argument for ${f} given by name ('${names[i]}') and position (${i + 1})`);
    for (const [k] of kw ?? []) if (names.indexOf(k) < posOnly) rt.typeError(`'${k}' is an invalid keyword argument for ${f}`);
  }
  return out;
}

/** Reject keyword arguments: "f() takes no keyword arguments". */
export function noKw(rt: Runtime, fname: string, kw: KwArgs): void {
  if (kw !== null && kw.length > 0) rt.typeError(`${fname}() takes no keyword arguments`);
}

/** A METH_O function's checks: no keywords, exactly one argument. `fname` as _PyObject_FunctionStr
 *  gives it ("len()"). cf. Objects/methodobject.c cfunction_vectorcall_O, cfunction_check_kwargs */
export function checkMethO(rt: Runtime, fname: string, args: PyObject[], kw: KwArgs): void {
  if (kw !== null && kw.length > 0) rt.typeError(`${fname} takes no keyword arguments`);
  if (args.length !== 1) rt.typeError(`${fname} takes exactly one argument (${args.length} given)`);
}

/** A METH_NOARGS function's checks. cf. cfunction_vectorcall_NOARGS */
export function checkNoArgs(rt: Runtime, fname: string, args: PyObject[], kw: KwArgs): void {
  if (kw !== null && kw.length > 0) rt.typeError(`${fname} takes no keyword arguments`);
  if (args.length !== 0) rt.typeError(`${fname} takes no arguments (${args.length} given)`);
}

/** A METH_FASTCALL function without keywords: no keywords, then _PyArg_CheckPositional's count.
 *  cf. cfunction_vectorcall_FASTCALL, Python/getargs.c _PyArg_CheckPositional */
export function checkPositional(rt: Runtime, name: string, args: PyObject[], kw: KwArgs, min: number, max: number): void {
  if (kw !== null && kw.length > 0) rt.typeError(`${name}() takes no keyword arguments`);
  checkArgCount(rt, name, args, min, max);
}

/** Check the positional count: CPython's "expected at most N arguments, got M" family (cf. _PyArg_CheckPositional). */
export function checkArgCount(rt: Runtime, fname: string, args: PyObject[], min: number, max: number): void {
  const n = args.length;
  if (n < min) {
    if (min === max) rt.typeError(`${fname} expected ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
    rt.typeError(`${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  }
  if (n > max) {
    if (min === max) rt.typeError(`${fname} expected ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
    rt.typeError(`${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
  }
}
