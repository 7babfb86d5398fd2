// bytearray's buffer: CPython's allocation rules for ob_bytes (ob_alloc, the
// separately allocated block, and the logical start offset used when bytes are
// deleted from the front), slice assignment, __init__, extend and +=.
// cf. Objects/bytearrayobject.c (PyByteArray_FromStringAndSize, PyByteArray_Resize,
// bytearray_setslice_linear, bytearray_setslice, bytearray_ass_subscript,
// bytearray___init___impl, bytearray_extend, bytearray_iconcat).

import type { PyObject } from './object';
import { PyByteArray, PyList, PyTuple, PySlice, PyStr, PyInt } from './core';
import type { PyType } from './type';
import type { Runtime } from '../runtime';
import { getIter, iterNext, callSpecial } from '../vm/abstract';
import {
  isStr, isInt, indexOrNull, hasIndex, isNumberObj, sliceIndices, bufferOf, SSIZE_MAX, isPyExc,
} from './strmethods-args';
import { encodeToBytes } from './strmethods-misc';
import { byteValue } from './bytesmethods';

export const MAX_BUF = 1 << 28;

/** ob_start - ob_bytes: how far deletions at the front have advanced the logical start. */
const START = new WeakMap<PyByteArray, number>();

/** The current contents (a view of the buffer). */
export function byteArrayData(o: PyByteArray): Uint8Array {
  return o.v.subarray(0, o.length);
}

export function canResize(rt: Runtime, o: PyByteArray): void {
  if (o.exports > 0) rt.raise(rt.t.BufferError, 'Existing exports of data: object cannot be re-sized');
}

/** Move the contents to a fresh block of `alloc` bytes (PyObject_Malloc/Realloc of ob_bytes). */
function reallocBuffer(rt: Runtime, o: PyByteArray, alloc: number, keep: number): void {
  if (alloc > MAX_BUF) rt.memoryError();
  const off = START.get(o) ?? 0;
  if (off > 0) {
    const a = rt.allocRaw(alloc);
    rt.freeRaw(o.bufAddr);
    o.bufAddr = a;
  } else {
    o.bufAddr = rt.reallocRaw(o.bufAddr, alloc);
  }
  const nv = new Uint8Array(alloc);
  nv.set(o.v.subarray(0, Math.min(keep, o.v.length)));
  o.v = nv;
  o.alloc = alloc;
  START.set(o, 0);
}

/** PyByteArray_Resize: the 3.11 growth and shrink rules. */
export function byteArrayResize(rt: Runtime, o: PyByteArray, size: number): void {
  if (size === o.length) return;
  canResize(rt, o);
  let alloc = o.alloc;
  const off = START.get(o) ?? 0;
  if (size + off + 1 <= alloc) {
    if (size < Math.floor(alloc / 2)) {
      alloc = size + 1; // major downsize: exact size
    } else {
      o.length = size; // minor downsize: keep the block
      return;
    }
  } else if (size <= alloc * 1.125) {
    alloc = size + (size >> 3) + (size < 9 ? 3 : 6); // moderate upsize, like list_resize
  } else {
    alloc = size + 1; // major upsize: exact size
  }
  reallocBuffer(rt, o, alloc, Math.min(size, o.length));
  if (size > o.length) o.v.fill(0, o.length, size);
  o.length = size;
}

/** PyByteArray_FromStringAndSize: a new exact bytearray holding a copy of `data`. */
export function newByteArray(rt: Runtime, data: Uint8Array, type: PyType | null = null): PyByteArray {
  const t = type ?? rt.t.bytearray;
  const o = new PyByteArray(t, new Uint8Array(0), 0);
  if (t === rt.t.bytearray) rt.allocObject(o, 56);
  else rt.newSubclassInstance(t, o, t.basicsize);
  const n = data.length;
  if (n > 0) {
    if (n + 1 > MAX_BUF) rt.memoryError();
    o.alloc = n + 1;
    o.bufAddr = rt.allocRaw(n + 1);
    o.v = new Uint8Array(n + 1);
    o.v.set(data);
    o.length = n;
  }
  return o;
}

/** bytearray_setslice_linear: replace [lo, hi) by `bytes`. */
function setSliceLinear(rt: Runtime, o: PyByteArray, lo: number, hi: number, bytes: Uint8Array): void {
  const needed = bytes.length;
  const growth = needed - (hi - lo);
  const oldLen = o.length;
  if (growth < 0) {
    canResize(rt, o);
    if (lo === 0) {
      // Shrink by advancing the logical start.
      START.set(o, (START.get(o) ?? 0) - growth);
      o.v.copyWithin(0, -growth, oldLen);
    } else {
      o.v.copyWithin(lo + needed, hi, oldLen);
    }
    byteArrayResize(rt, o, oldLen + growth);
  } else if (growth > 0) {
    byteArrayResize(rt, o, oldLen + growth);
    o.v.copyWithin(lo + needed, hi, oldLen);
  }
  if (needed > 0) o.v.set(bytes, lo);
}

/** bytearray_setslice: b[lo:hi] = values (a buffer), or del b[lo:hi] when values is null. */
function setSlice(rt: Runtime, o: PyByteArray, lo: number, hi: number, values: PyObject | null): void {
  let bytes = new Uint8Array(0);
  if (values !== null) {
    const b = bufferOf(values);
    if (b === null) rt.typeError(`can't set bytearray slice from ${values.type.name}`);
    bytes = b.slice();
  }
  if (lo < 0) lo = 0;
  if (hi < lo) hi = lo;
  if (hi > o.length) hi = o.length;
  setSliceLinear(rt, o, lo, hi, bytes);
}

/** bytearray_ass_subscript: b[index] = values / del b[index]. */
export function assSubscript(rt: Runtime, o: PyByteArray, index: PyObject, values: PyObject | null): void {
  let start: number;
  let stop: number;
  let step: number;
  let slicelen: number;
  if (!(index instanceof PySlice) && hasIndex(index)) {
    const v = indexOrNull(rt, index)!;
    if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) rt.raise(rt.t.IndexError, `cannot fit '${index.type.name}' into an index-sized integer`);
    let i = Number(v);
    const ival = values !== null ? byteValue(rt, values) : -1;
    if (i < 0) i += o.length;
    if (i < 0 || i >= o.length) rt.raise(rt.t.IndexError, 'bytearray index out of range');
    if (values !== null) { o.v[i] = ival; return; }
    start = i; stop = i + 1; step = 1; slicelen = 1;
  } else if (index instanceof PySlice) {
    const s = sliceIndices(rt, index, o.length);
    start = s.start; stop = s.stop; step = s.step; slicelen = s.n;
  } else {
    rt.typeError(`bytearray indices must be integers or slices, not ${index.type.name}`);
  }
  let bytes: Uint8Array;
  if (values === null) bytes = new Uint8Array(0);
  else if (values === o || !(values instanceof PyByteArray)) {
    if (isNumberObj(rt, values) || isStr(rt, values)) rt.typeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
    // A temporary bytearray copy (PyByteArray_FromObject), then assign from it.
    const tmp = byteArrayFromObject(rt, values);
    try { assSubscript(rt, o, index, tmp); } finally { rt.decref(tmp); }
    return;
  } else bytes = byteArrayData(values).slice();
  const needed = bytes.length;
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step === 1) { setSliceLinear(rt, o, start, stop, bytes); return; }
  if (needed === 0) {
    canResize(rt, o);
    if (slicelen === 0) return;
    const drop = new Set<number>();
    for (let k = 0, i = start; k < slicelen; k++, i += step) drop.add(i);
    let w = 0;
    for (let i = 0; i < o.length; i++) if (!drop.has(i)) o.v[w++] = o.v[i];
    byteArrayResize(rt, o, o.length - slicelen);
    return;
  }
  if (needed !== slicelen) rt.valueError(`attempt to assign bytes of size ${needed} to extended slice of size ${slicelen}`);
  for (let k = 0, i = start; k < slicelen; k++, i += step) o.v[i] = bytes[k];
}

/** PyByteArray_FromObject: bytearray(x) as a new exact bytearray. */
function byteArrayFromObject(rt: Runtime, x: PyObject): PyByteArray {
  const o = newByteArray(rt, new Uint8Array(0));
  try { byteArrayInit(rt, o, x, null, null); } catch (e) { rt.decref(o); throw e; }
  return o;
}

/** Append one byte the way the iterator path of __init__ does. */
function appendByte(rt: Runtime, o: PyByteArray, value: number): void {
  if (o.length + 1 < o.alloc) o.length++;
  else byteArrayResize(rt, o, o.length + 1);
  o.v[o.length - 1] = value;
}

/** bytearray___init___impl */
export function byteArrayInit(rt: Runtime, o: PyByteArray, arg: PyObject | null, enc: PyObject | null, errs: PyObject | null): void {
  if (o.length !== 0) byteArrayResize(rt, o, 0);
  if (arg === null) {
    if (enc !== null || errs !== null) rt.typeError(enc !== null ? 'encoding without a string argument' : 'errors without a string argument');
    return;
  }
  if (isStr(rt, arg)) {
    if (enc === null) rt.typeError('string argument without an encoding');
    const encoded = rt.newBytes(encodeToBytes(rt, arg.v, (enc as PyStr).v, errs === null ? 'strict' : (errs as PyStr).v));
    try { iconcat(rt, o, encoded); } finally { rt.decref(encoded); }
    return;
  }
  if (enc !== null || errs !== null) rt.typeError(enc !== null ? 'encoding without a string argument' : 'errors without a string argument');
  if (hasIndex(arg)) {
    const n = indexOrNull(rt, arg)!;
    if (n > SSIZE_MAX || n < -SSIZE_MAX - 1n) rt.raise(rt.t.OverflowError, `cannot fit '${arg.type.name}' into an index-sized integer`);
    if (n < 0n) rt.valueError('negative count');
    if (n > 0n) {
      byteArrayResize(rt, o, Number(n));
      o.v.fill(0, 0, o.length);
    }
    return;
  }
  const buf = bufferOf(arg);
  if (buf !== null) {
    const copy = buf.slice();
    byteArrayResize(rt, o, copy.length);
    o.v.set(copy);
    return;
  }
  if ((arg instanceof PyList && arg.type === rt.t.list) || (arg instanceof PyTuple && arg.type === rt.t.tuple)) {
    const items = (arg as PyList).items;
    byteArrayResize(rt, o, items.length);
    let slow = false;
    for (let i = 0; i < items.length; i++) {
      if (!(items[i] instanceof PyInt) || items[i].type !== rt.t.int) {
        if (o.length !== 0) byteArrayResize(rt, o, 0);
        slow = true;
        break;
      }
      o.v[i] = byteValue(rt, items[i]);
    }
    if (!slow) return;
  }
  let it: PyObject;
  try { it = getIter(rt, arg); } catch (e) {
    if (isPyExc(e, rt.t.TypeError)) { rt.decref(e.exc); rt.typeError(`cannot convert '${arg.type.name}' object to bytearray`); }
    throw e;
  }
  try {
    for (;;) {
      const item = iterNext(rt, it);
      if (item === null) break;
      let v: number;
      try { v = byteValue(rt, item); } finally { rt.decref(item); }
      appendByte(rt, o, v);
    }
  } finally { rt.decref(it); }
}

/** bytearray_iconcat: self += other (a buffer). */
export function iconcat(rt: Runtime, o: PyByteArray, other: PyObject): void {
  const b = bufferOf(other);
  if (b === null) rt.typeError(`can't concat ${other.type.name} to ${o.type.name}`);
  const add = b.slice();
  const size = o.length + add.length;
  if (size < o.alloc) o.length = size;
  else byteArrayResize(rt, o, size);
  o.v.set(add, size - add.length);
}

/** PyObject_LengthHint(o, dflt) */
function lengthHint(rt: Runtime, x: PyObject, dflt: number): number {
  if (x.type.lookup('__len__') !== null) return rt.length(x);
  if (x.type.lookup('__length_hint__') === null) return dflt;
  const r = callSpecial(rt, x, '__length_hint__', [])!;
  try {
    if (r === rt.NotImplemented) return dflt;
    if (!isInt(rt, r)) rt.typeError(`'${r.type.name}' object cannot be interpreted as an integer`);
    const n = Number(r.v);
    if (n < 0) rt.valueError('__length_hint__() should return >= 0');
    return n;
  } finally { rt.decref(r); }
}

/** bytearray_extend */
export function extend(rt: Runtime, o: PyByteArray, x: PyObject): void {
  if (bufferOf(x) !== null) { setSlice(rt, o, o.length, o.length, x); return; }
  let it: PyObject;
  try { it = getIter(rt, x); } catch (e) {
    if (isPyExc(e, rt.t.TypeError)) { rt.decref(e.exc); rt.typeError(`can't extend bytearray with ${x.type.name}`); }
    throw e;
  }
  let tmp: PyByteArray | null = null;
  try {
    let bufSize = lengthHint(rt, x, 32);
    tmp = newByteArray(rt, new Uint8Array(bufSize));
    let len = 0;
    for (;;) {
      const item = iterNext(rt, it);
      if (item === null) break;
      let v: number;
      try { v = byteValue(rt, item); } finally { rt.decref(item); }
      if (len >= tmp.v.length) {
        const nv = new Uint8Array(len + 1);
        nv.set(tmp.v);
        tmp.v = nv;
      }
      tmp.v[len++] = v;
      if (len >= bufSize) {
        bufSize = len + (len >> 1) + 1;
        byteArrayResize(rt, tmp, bufSize);
      }
    }
    byteArrayResize(rt, tmp, len);
    setSlice(rt, o, o.length, o.length, tmp);
  } finally {
    rt.decref(it);
    if (tmp !== null) rt.decref(tmp);
  }
}
