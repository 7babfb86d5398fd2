// Runtime helpers shared by the str, bytes and bytearray methods: argument
// checking with CPython's messages (METH_NOARGS, METH_O, Argument Clinic,
// PyArg_ParseTuple), integer and slice-index conversion, and the mapping of
// the format engines' FormatError to Python exceptions.
// cf. Python/getargs.c, Python/ceval.c _PyEval_SliceIndex, Objects/sliceobject.c,
// Objects/abstract.c PyNumber_Index / PyNumber_AsSsize_t.

import type { PyObject } from './object';
import { PyRaise } from './object';
import type { PyType, KwArgs } from './type';
import { PyInt, PyStr, PySlice, PyBytes, PyByteArray } from './core';
import type { Runtime } from '../runtime';
import { callSpecial } from '../vm/abstract';
import { newBuiltin } from './native';
import { dictSetStr } from './dictops';
import { PyType as PyTypeClass } from './type';
import { FormatError } from './format/errors';

export const SSIZE_MAX = 9223372036854775807n;
export const SSIZE_MIN = -9223372036854775808n;

function plural(n: number, word = 'argument'): string {
  return n === 1 ? word : word + 's';
}

function hasKw(kw: KwArgs): boolean {
  return kw !== null && kw.length > 0;
}

/** METH_NOARGS: "str.upper() takes no arguments (1 given)". */
export function noArgs(rt: Runtime, qual: string, args: PyObject[], kw: KwArgs): void {
  if (hasKw(kw)) rt.typeError(`${qual}() takes no keyword arguments`);
  if (args.length > 0) rt.typeError(`${qual}() takes no arguments (${args.length} given)`);
}

/** METH_O: "str.join() takes exactly one argument (0 given)". */
export function oneArg(rt: Runtime, qual: string, args: PyObject[], kw: KwArgs): PyObject {
  if (hasKw(kw)) rt.typeError(`${qual}() takes no keyword arguments`);
  if (args.length !== 1) rt.typeError(`${qual}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** Argument Clinic, positional-only: "center expected at least 1 argument, got 0". */
export function posArgs(rt: Runtime, name: string, qual: string, args: PyObject[], kw: KwArgs, min: number, max: number): void {
  if (hasKw(kw)) rt.typeError(`${qual}() takes no keyword arguments`);
  const n = args.length;
  if (n < min) {
    if (min === max) rt.typeError(`${name} expected ${min} ${plural(min)}, got ${n}`);
    rt.typeError(`${name} expected at least ${min} ${plural(min)}, got ${n}`);
  }
  if (n > max) {
    if (min === max) rt.typeError(`${name} expected ${max} ${plural(max)}, got ${n}`);
    rt.typeError(`${name} expected at most ${max} ${plural(max)}, got ${n}`);
  }
}

/** PyArg_ParseTuple("O|OO:find"): "find() takes at least 1 argument (0 given)". */
export function tupleArgs(rt: Runtime, name: string, args: PyObject[], kw: KwArgs, min: number, max: number): void {
  if (hasKw(kw)) rt.typeError(`${name}() takes no keyword arguments`);
  const n = args.length;
  if (n < min || n > max) {
    const how = min === max ? 'exactly' : n < min ? 'at least' : 'at most';
    const k = n < min ? min : max;
    rt.typeError(`${name}() takes ${how} ${k} ${plural(k)} (${n} given)`);
  }
}

/**
 * Argument Clinic with keywords (_PyArg_UnpackKeywords): returns the values
 * aligned with `names` (null = not given). The first `min` are required, the
 * first `posOnly` are positional-only. Errors are checked in CPython's order.
 */
export function kwArgs(rt: Runtime, name: string, args: PyObject[], kw: KwArgs, names: string[], min = 0, posOnly = 0): Array<PyObject | null> {
  const n = args.length;
  const nkw = kw === null ? 0 : kw.length;
  const max = names.length;
  if (n + nkw > max) rt.typeError(`${name}() takes at most ${max} ${plural(max)} (${n + nkw} given)`);
  if (n < posOnly && n < min) {
    const k = Math.min(min, posOnly);
    rt.typeError(`${name}() takes ${k < max ? 'at least' : 'exactly'} ${k} positional ${plural(k)} (${n} given)`);
  }
  const out: Array<PyObject | null> = names.map((_, i) => (i < n ? args[i] : null));
  const leftover: Array<[string, PyObject]> = [];
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0 || i < posOnly || i < n) leftover.push([k, v]);
      else out[i] = v;
    }
  }
  for (let i = n; i < min; i++) {
    if (out[i] === null) rt.typeError(`${name}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  for (const [k] of leftover) {
    const i = names.indexOf(k);
    if (i >= posOnly && i < n) rt.typeError(`argument for ${name}() given by name ('${k}') and position (${i + 1})`);
    rt.typeError(`'${k}' is an invalid keyword argument for ${name}()`);
  }
  return out;
}

// ---- integers -------------------------------------------------------------------------

export function isInt(rt: Runtime, o: PyObject): o is PyInt {
  return o instanceof PyInt && o.type.isSubtypeOf(rt.t.int);
}

export function isStr(rt: Runtime, o: PyObject): o is PyStr {
  return o instanceof PyStr && o.type.isSubtypeOf(rt.t.str);
}

/** _PyIndex_Check: an int, or a type with __index__. */
export function hasIndex(o: PyObject): boolean {
  return o instanceof PyInt || o.type.lookup('__index__') !== null;
}

/** PyNumber_Check: int, float, complex, or a type with __index__/__int__/__float__. */
export function isNumberObj(rt: Runtime, o: PyObject): boolean {
  const t = o.type;
  return o instanceof PyInt || t.isSubtypeOf(rt.t.float) || t.isSubtypeOf(rt.t.complex) ||
    t.lookup('__index__') !== null || t.lookup('__int__') !== null || t.lookup('__float__') !== null;
}

/** PyNumber_Index: the integer value, or null when o has no __index__. */
export function indexOrNull(rt: Runtime, o: PyObject): bigint | null {
  if (isInt(rt, o)) return BigInt(o.v);
  if (o.type.lookup('__index__') === null) return null;
  const r = callSpecial(rt, o, '__index__', [])!;
  if (!isInt(rt, r)) {
    rt.decref(r);
    rt.typeError(`__index__ returned non-int (type ${r.type.name})`);
  }
  const v = BigInt(r.v);
  rt.decref(r);
  return v;
}

/** PyNumber_Index with "'float' object cannot be interpreted as an integer". */
export function indexValue(rt: Runtime, o: PyObject): bigint {
  const v = indexOrNull(rt, o);
  if (v === null) rt.typeError(`'${o.type.name}' object cannot be interpreted as an integer`);
  return v;
}

/** PyNumber_AsSsize_t(o, OverflowError) for clinic's Py_ssize_t parameters. */
export function ssizeArg(rt: Runtime, o: PyObject): number {
  const v = indexValue(rt, o);
  if (v > SSIZE_MAX || v < SSIZE_MIN) rt.raise(rt.t.OverflowError, 'Python int too large to convert to C ssize_t');
  return Number(v);
}

/** An argument for a clinic `int` parameter (_PyLong_AsInt). */
export function cIntArg(rt: Runtime, o: PyObject): number {
  const v = indexValue(rt, o);
  if (v > 2147483647n || v < -2147483648n) rt.raise(rt.t.OverflowError, 'Python int too large to convert to C int');
  return Number(v);
}

/** _PyEval_SliceIndex: None keeps `dflt`; ints are clamped to the ssize_t range. */
export function sliceIndex(rt: Runtime, o: PyObject | null, dflt: number): number {
  if (o === null || o === rt.None) return dflt;
  const v = indexOrNull(rt, o);
  if (v === null) rt.typeError('slice indices must be integers or None or have an __index__ method');
  if (v > SSIZE_MAX) return Number(SSIZE_MAX);
  if (v < SSIZE_MIN) return Number(SSIZE_MIN);
  return Number(v);
}

export interface SliceBounds { start: number; stop: number; step: number; n: number }

/** PySlice_Unpack + PySlice_AdjustIndices for a sequence of `len` items. */
export function sliceIndices(rt: Runtime, s: PySlice, len: number): SliceBounds {
  let step = 1;
  if (s.step !== rt.None) {
    step = sliceIndex(rt, s.step, 1);
    if (step === 0) rt.valueError('slice step cannot be zero');
    if (step < -Number.MAX_SAFE_INTEGER) step = -Number.MAX_SAFE_INTEGER;
  }
  const big = Number(SSIZE_MAX);
  let start = sliceIndex(rt, s.start, step < 0 ? big : 0);
  let stop = sliceIndex(rt, s.stop, step < 0 ? -big - 1 : big);
  if (start < 0) {
    start += len;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= len) start = step < 0 ? len - 1 : len;
  if (stop < 0) {
    stop += len;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= len) stop = step < 0 ? len - 1 : len;
  let n = 0;
  if (step < 0) { if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1; }
  else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return { start, stop, step, n };
}

/** A sequence index (int or __index__) normalised against len, or an IndexError. */
export function seqIndex(rt: Runtime, key: PyObject, len: number, errMsg: string, typeErr: () => never): number {
  const v = indexOrNull(rt, key);
  if (v === null) typeErr();
  if (v > SSIZE_MAX || v < SSIZE_MIN) rt.raise(rt.t.IndexError, `cannot fit '${key.type.name}' into an index-sized integer`);
  let i = Number(v);
  if (i < 0) i += len;
  if (i < 0 || i >= len) rt.raise(rt.t.IndexError, errMsg);
  return i;
}

// ---- format errors ------------------------------------------------------------------------

/** Raise a FormatError as the Python exception it names. */
export function raiseFormatError(rt: Runtime, e: FormatError): never {
  if (e.pyType === 'MemoryError') rt.memoryError();
  const t = rt.t[e.pyType] as PyType;
  rt.raise(t, e.message);
}

/** Run fn, turning a FormatError into its Python exception. */
export function withFormatErrors<T>(rt: Runtime, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof FormatError) raiseFormatError(rt, e);
    throw e;
  }
}

/** True when `e` is a Python exception of type t (or a subclass). */
export function isPyExc(e: unknown, t: PyType): e is PyRaise {
  return e instanceof PyRaise && e.exc.type.isSubtypeOf(t);
}

/** A str result: `self` itself when unchanged and an exact str (unicode_result_unchanged). */
export function strResult(rt: Runtime, self: PyObject, v: string | null): PyObject {
  if (v === null || v === (self as PyStr).v) {
    if (self.type === rt.t.str) { self.refcnt++; return self; }
    return rt.newStr((self as PyStr).v);
  }
  return rt.newStr(v);
}

// ---- buffers ----------------------------------------------------------------------------------

/** The bytes of a buffer-protocol object (bytes, bytearray), or null. A view: do not keep it past a mutation. */
export function bufferOf(o: PyObject): Uint8Array | null {
  if (o instanceof PyBytes) return o.v;
  if (o instanceof PyByteArray) return o.v.subarray(0, o.length);
  const mv = o as PyObject & { memoryviewBytes?: () => Uint8Array };
  if (typeof mv.memoryviewBytes === 'function') return mv.memoryviewBytes();
  return null;
}

/** bytes as a latin-1 JS string (one unit per byte). */
export function latin1(b: Uint8Array): string {
  if (b.length <= 8192) return String.fromCharCode.apply(null, b as unknown as number[]);
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode.apply(null, b.subarray(i, i + 8192) as unknown as number[]);
  return s;
}

/** A latin-1 JS string back to bytes. */
export function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

// ---- __new__ ---------------------------------------------------------------------------------

/**
 * T.__new__ as CPython has it: a builtin method bound to the type (tp_new_wrapper),
 * called as T.__new__(cls, *args), with tp_new_wrapper's checks.
 */
export function defNew(rt: Runtime, T: PyType, fn: (cls: PyType, args: PyObject[], kw: KwArgs) => PyObject): void {
  const b = newBuiltin(rt, '__new__', (args, kw) => {
    if (args.length < 1) rt.typeError(`${T.name}.__new__(): not enough arguments`);
    const cls = args[0];
    if (!(cls instanceof PyTypeClass)) rt.typeError(`${T.name}.__new__(X): X is not a type object (${cls.type.name})`);
    if (!cls.isSubtypeOf(T)) rt.typeError(`${T.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${T.name}`);
    let staticBase: PyType | null = cls;
    while (staticBase !== null && staticBase.heap) staticBase = staticBase.base;
    if (staticBase !== null && staticBase !== T && !staticBase.isSubtypeOf(T)) {
      rt.typeError(`${T.name}.__new__(${cls.name}) is not safe, use ${staticBase.name}.__new__()`);
    }
    return fn(cls, args.slice(1), kw);
  }, null, T);
  dictSetStr(rt, T.dict, '__new__', b);
  rt.decref(b);
}
