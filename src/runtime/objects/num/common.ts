// Glue between the pure numeric helpers and the runtime: raising their errors as
// Python exceptions, argument checks of slot wrappers, subclass instances.

import type { PyObject } from '../object';
import { PyRaise } from '../object';
import { PyType as PyTypeClass, type PyType, type KwArgs } from '../type';
import { newBuiltin } from '../native';
import { dictSetStr } from '../dictops';
import { PyException, PyInt, PyFloat } from '../core';
import type { Runtime } from '../../runtime';
import { NumError } from './errors';
import { FormatError } from '../format/errors';
import { DEFAULT_MAX_STR_DIGITS } from '../format/int-format';
import { type IntVal, bitLengthOf } from './bigmath';

declare module '../../runtime' {
  interface Runtime {
    /** sys.get_int_max_str_digits() (0 = unlimited); the default 4300 when unset. */
    intMaxStrDigits?: number;
  }
}

export function maxStrDigits(rt: Runtime): number {
  return rt.intMaxStrDigits ?? DEFAULT_MAX_STR_DIGITS;
}

/** Raise a NumError / FormatError as the Python exception it names. */
export function raiseNumError(rt: Runtime, e: NumError | FormatError): never {
  if (e.pyType === 'MemoryError') rt.memoryError();
  const t = rt.t[e.pyType] as PyType;
  if (e instanceof NumError && e.message.startsWith('(34, ')) raiseErrno(rt, t, 34, 'Numerical result out of range');
  rt.raise(t, e.message);
}

/** Run fn, turning NumError / FormatError into Python exceptions. */
export function withNum<T>(rt: Runtime, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof NumError || e instanceof FormatError) raiseNumError(rt, e);
    throw e;
  }
}

/** PyErr_SetFromErrno: the exception gets args (errno, strerror). */
export function raiseErrno(rt: Runtime, type: PyType, errno: number, message: string): never {
  const args = rt.newTuple([rt.newInt(errno), rt.newStr(message)]);
  const e = new PyException(type, args);
  rt.allocObject(e, 72);
  rt.gc.track(e);
  throw new PyRaise(e);
}

/** wrap_binaryfunc & co: slot wrappers take no keywords and an exact argument count. */
export function slotArgs(rt: Runtime, name: string, args: PyObject[], kw: KwArgs, n: number): void {
  if (kw !== null && kw.length > 0) rt.typeError(`wrapper ${name}() takes no keyword arguments`);
  if (args.length !== n) rt.typeError(`expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
}

/** wrap_ternaryfunc: 1 or 2 arguments, unpacked with an empty function name. */
export function ternaryArgs(rt: Runtime, name: string, args: PyObject[], kw: KwArgs): PyObject {
  if (kw !== null && kw.length > 0) rt.typeError(`wrapper ${name}() takes no keyword arguments`);
  if (args.length < 1) rt.typeError(` expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) rt.typeError(` expected at most 2 arguments, got ${args.length}`);
  return args.length === 2 ? args[1] : rt.None;
}

/** METH_NOARGS methods: "int.bit_length() takes no arguments (1 given)". */
export function noArgs(rt: Runtime, qualname: string, args: PyObject[], kw: KwArgs): void {
  if (kw !== null && kw.length > 0) rt.typeError(`${qualname}() takes no keyword arguments`);
  if (args.length > 0) rt.typeError(`${qualname}() takes no arguments (${args.length} given)`);
}

/** Digits (30-bit) of an int value, at least one (the allocation size unit). */
export function intDigits(v: IntVal): number {
  return Math.max(1, Math.ceil(bitLengthOf(v) / 30));
}

/**
 * An instance of an int subclass: PyType_GenericAlloc(type, n) allocates
 * basicsize + (n + 1) * itemsize bytes rounded up to 8 (n = the digit count).
 */
export function newIntSubclass(rt: Runtime, type: PyType, v: IntVal): PyInt {
  const n = intDigits(v);
  const itemsize = type.itemsize || 4;
  const request = Math.ceil((type.basicsize + (n + 1) * itemsize) / 8) * 8;
  return rt.newSubclassInstance(type, new PyInt(type, v), request) as PyInt;
}

/** An instance of a float subclass (PyType_GenericAlloc(type, 0)). */
export function newFloatSubclass(rt: Runtime, type: PyType, v: number): PyFloat {
  const request = Math.ceil((type.basicsize + type.itemsize) / 8) * 8;
  return rt.newSubclassInstance(type, new PyFloat(type, v), request) as PyFloat;
}

/** '%.200s' of a type name or message. */
export function clip200(s: string): string {
  const cps = Array.from(s);
  return cps.length <= 200 ? s : cps.slice(0, 200).join('');
}

/**
 * Argument Clinic's keyword parsing (_PyArg_UnpackKeywords): `names` are the
 * parameters in order, the first `posonly` positional-only, positions up to
 * `maxpos` may be passed positionally, the first `minpos` are required.
 */
export function clinicArgs(rt: Runtime, fname: string, args: PyObject[], kw: KwArgs, names: string[],
  opts: { posonly?: number; minpos?: number; maxpos?: number } = {}): Array<PyObject | null> {
  const posonly = opts.posonly ?? 0;
  const minpos = opts.minpos ?? 0;
  const maxpos = opts.maxpos ?? names.length;
  const maxargs = names.length;
  const nargs = args.length;
  const nkw = kw === null ? 0 : kw.length;
  if (nargs + nkw > maxargs) {
    rt.typeError(`${fname}() takes at most ${maxargs} ${nargs === 0 ? 'keyword ' : ''}argument${maxargs === 1 ? '' : 's'} (${nargs + nkw} given)`);
  }
  if (nargs > maxpos) {
    if (maxpos === 0) rt.typeError(`${fname}() takes no positional arguments`);
    rt.typeError(`${fname}() takes ${minpos < maxpos ? 'at most' : 'exactly'} ${maxpos} positional argument${maxpos === 1 ? '' : 's'} (${nargs} given)`);
  }
  const minposonly = Math.min(posonly, minpos);
  if (nargs < minposonly) {
    rt.typeError(`${fname}() takes ${minposonly < maxpos ? 'at least' : 'exactly'} ${minposonly} positional argument${minposonly === 1 ? '' : 's'} (${nargs} given)`);
  }
  const out: Array<PyObject | null> = names.map((_, i) => args[i] ?? null);
  let remaining = nkw;
  const find = (name: string): PyObject | null => {
    if (kw === null) return null;
    for (const [k, v] of kw) if (k === name) return v;
    return null;
  };
  for (let i = Math.max(nargs, posonly); i < maxargs; i++) {
    const v = find(names[i]!);
    if (v !== null) { out[i] = v; remaining--; continue; }
    if (i < minpos) {
      rt.typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  if (remaining > 0 && kw !== null) {
    for (let i = posonly; i < nargs; i++) {
      if (find(names[i]!) !== null) rt.typeError(`argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
    }
    for (const [k] of kw) {
      const i = names.indexOf(k);
      if (i < posonly) rt.typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
    }
  }
  return out;
}

/** A Py_ssize_t argument: __index__, OverflowError beyond the C range. */
export function ssizeArg(rt: Runtime, o: PyObject, index: (o: PyObject) => IntVal): number {
  const v = index(o);
  if (typeof v === 'bigint') {
    if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) rt.raise(rt.t.OverflowError, 'Python int too large to convert to C ssize_t');
    return Number(v);
  }
  return v;
}

/**
 * `T.__new__` in the type dict, as CPython's tp_new wrapper: a staticmethod around
 * a builtin; T.__new__(S, ...) checks that S is a subtype of T whose nearest static
 * base uses the same tp_new, then runs T.newFn. Type calls reach newFn directly.
 */
export function defNewMethod(rt: Runtime, T: PyType, newFn: NonNullable<PyType['newFn']>): void {
  T.newFn = newFn;
  const b = newBuiltin(rt, '__new__', (args, kw) => {
    if (args.length === 0) rt.typeError(`${T.name}.__new__(): not enough arguments`);
    const self = args[0];
    if (!(self instanceof PyTypeClass)) rt.typeError(`${T.name}.__new__(X): X is not a type object (${self.type.name})`);
    if (!self.isSubtypeOf(T)) rt.typeError(`${T.name}.__new__(${self.name}): ${self.name} is not a subtype of ${T.name}`);
    const staticBase = self.mro.find((m) => !m.heap);
    if (staticBase !== undefined && staticBase !== T && staticBase.newFn !== newFn) {
      rt.typeError(`${T.name}.__new__(${self.name}) is not safe, use ${staticBase.name}.__new__()`);
    }
    return newFn(self, args.slice(1), kw);
  }, T.module);
  b.qualname = `${T.name}.__new__`;
  const sm = rt.newStaticmethod(b);
  rt.decref(b);
  dictSetStr(rt, T.dict, '__new__', sm);
  rt.decref(sm);
}
