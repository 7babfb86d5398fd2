// The bytearray type: a mutable buffer with CPython's allocation rules
// (ob_alloc, the separately allocated ob_bytes block, and the logical start
// offset used when bytes are deleted from the front), its mutation methods and
// special methods. Shared named methods come from bytesmethods.ts.
// cf. Objects/bytearrayobject.c (PyByteArray_FromStringAndSize, PyByteArray_Resize,
// bytearray_setslice_linear, bytearray_setslice, bytearray_ass_subscript,
// bytearray___init___impl, bytearray_extend, bytearray_iconcat, bytearray_irepeat,
// bytearray_repr, bytearray_richcompare, bytearrayiter_next).

import type { PyObject } from './object';
import { PyByteArray, PyBytes, PyList, PyTuple, PySlice, PyIter, PyStr, PyInt } from './core';
import { PyType as PyTypeClass, type PyType } from './type';
import type { Runtime } from '../runtime';
import { defMethod, newBuiltin } from './native';
import { dictSetStr } from './dictops';
import { getIter, iterNext, callSpecial } from '../vm/abstract';
import {
  kwArgs, noArgs, oneArg, posArgs, isStr, isInt, indexOrNull, hasIndex, isNumberObj, ssizeArg, sliceIndices, bufferOf, SSIZE_MAX, isPyExc,
} from './strmethods-args';
import { encodeToBytes } from './strmethods-misc';
import { installBytesCommon, byteValue, fromHex, type BytesKind } from './bytesmethods';
import { escapeBytes, compareBytes, bytesContains } from './bytes';

const MAX_BUF = 1 << 28;

/** ob_start - ob_bytes: how far deletions at the front have advanced the logical start. */
const START = new WeakMap<PyByteArray, number>();

/** The current contents (a view of the buffer). */
export function byteArrayData(o: PyByteArray): Uint8Array {
  return o.v.subarray(0, o.length);
}

function canResize(rt: Runtime, o: PyByteArray): void {
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
function assSubscript(rt: Runtime, o: PyByteArray, index: PyObject, values: PyObject | null): void {
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
function byteArrayInit(rt: Runtime, o: PyByteArray, arg: PyObject | null, enc: PyObject | null, errs: PyObject | null): void {
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
function iconcat(rt: Runtime, o: PyByteArray, other: PyObject): void {
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
function extend(rt: Runtime, o: PyByteArray, x: PyObject): void {
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

/** repr(bytearray): cf. bytearray_repr (its own quote rule; ' is always escaped). */
export function byteArrayRepr(b: Uint8Array, className: string): string {
  let quote = 0x27;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x22) { quote = 0x27; break; }
    if (b[i] === 0x27) quote = 0x22;
  }
  const q = String.fromCharCode(quote);
  return `${className}(b${q}${escapeBytes(b, quote, 0x27)}${q})`;
}

const ITER_STATE = new WeakMap<PyObject, { i: number; done: boolean; o: PyByteArray }>();

export function installByteArrayType(rt: Runtime): void {
  const BA = rt.t.bytearray;
  const ba = (o: PyObject): PyByteArray => o as PyByteArray;
  const kind: BytesKind = { qual: 'bytearray', data: (o) => byteArrayData(ba(o)), make: (v) => newByteArray(rt, v) };

  BA.sizeof = (o) => o.type.basicsize + ba(o).alloc;
  BA.dealloc = (o) => {
    const b = ba(o);
    if (b.bufAddr !== 0) { rt.freeRaw(b.bufAddr); b.bufAddr = 0; }
    b.alloc = 0;
    b.length = 0;
    b.v = new Uint8Array(0);
  };
  BA.newFn = (type) => newByteArray(rt, new Uint8Array(0), type);
  defMethod(BA, '__new__', (self) => {
    if (!(self instanceof PyTypeClass) || !self.isSubtypeOf(BA)) rt.typeError(`bytearray.__new__(X): X is not a subtype of bytearray`);
    return newByteArray(rt, new Uint8Array(0), self);
  });
  defMethod(BA, '__init__', (self, args, kw) => {
    const [src, enc, errs] = kwArgs(rt, 'bytearray', args, kw, ['source', 'encoding', 'errors']);
    if (enc !== null && !isStr(rt, enc)) rt.typeError(`bytearray() argument 'encoding' must be str, not ${enc.type.name}`);
    if (errs !== null && !isStr(rt, errs)) rt.typeError(`bytearray() argument 'errors' must be str, not ${errs.type.name}`);
    byteArrayInit(rt, ba(self), src, enc, errs);
    return rt.none();
  });
  dictSetStr(rt, BA.dict, '__hash__', rt.None);

  defMethod(BA, '__repr__', (self) => rt.newStr(byteArrayRepr(byteArrayData(ba(self)), self.type.name)));
  defMethod(BA, '__len__', (self) => rt.newInt(ba(self).length));
  defMethod(BA, '__sizeof__', (self) => rt.newInt(self.type.basicsize + ba(self).alloc));
  defMethod(BA, '__alloc__', (self, args, kw) => { noArgs(rt, 'bytearray.__alloc__', args, kw); return rt.newInt(ba(self).alloc); });

  const CMP: Array<[string, (c: number) => boolean]> = [
    ['__lt__', (c) => c < 0], ['__le__', (c) => c <= 0], ['__gt__', (c) => c > 0], ['__ge__', (c) => c >= 0],
    ['__eq__', (c) => c === 0], ['__ne__', (c) => c !== 0],
  ];
  for (const [name, test] of CMP) {
    defMethod(BA, name, (self, args) => {
      const b = bufferOf(args[0]);
      if (b === null) return rt.notImplemented();
      return rt.newBool(test(compareBytes(byteArrayData(ba(self)), b)));
    });
  }
  defMethod(BA, '__contains__', (self, args) => rt.newBool(bytesContains(rt, byteArrayData(ba(self)), args[0])));

  defMethod(BA, '__add__', (self, args) => {
    const b = bufferOf(args[0]);
    if (b === null) {
      if (args[0].type.lookup('__radd__') !== null) return rt.notImplemented();
      rt.typeError(`can't concat ${args[0].type.name} to ${self.type.name}`);
    }
    const a = byteArrayData(ba(self));
    const out = new Uint8Array(a.length + b.length);
    out.set(a, 0);
    out.set(b, a.length);
    return newByteArray(rt, out);
  });
  defMethod(BA, '__iadd__', (self, args) => {
    if (bufferOf(args[0]) === null && args[0].type.lookup('__radd__') !== null) return rt.notImplemented();
    iconcat(rt, ba(self), args[0]);
    self.refcnt++;
    return self;
  });
  const count = (o: PyObject): number | null => {
    const n = indexOrNull(rt, o);
    if (n === null) return null;
    if (n > SSIZE_MAX || n < -SSIZE_MAX - 1n) rt.raise(rt.t.OverflowError, `cannot fit '${o.type.name}' into an index-sized integer`);
    return n < 0n ? 0 : Number(n);
  };
  const repeat = (self: PyObject, c: PyObject): PyObject => {
    const n = count(c);
    if (n === null) return rt.notImplemented();
    const a = byteArrayData(ba(self));
    if (a.length * n > MAX_BUF) rt.memoryError();
    const out = new Uint8Array(a.length * n);
    for (let i = 0; i < n; i++) out.set(a, i * a.length);
    return newByteArray(rt, out);
  };
  defMethod(BA, '__mul__', (self, args) => repeat(self, args[0]));
  defMethod(BA, '__rmul__', (self, args) => repeat(self, args[0]));
  defMethod(BA, '__imul__', (self, args) => {
    const n = count(args[0]);
    if (n === null) return rt.notImplemented();
    const o = ba(self);
    const unit = byteArrayData(o).slice();
    const size = unit.length * n;
    if (size > MAX_BUF) rt.memoryError();
    if (size < o.alloc) o.length = size;
    else byteArrayResize(rt, o, size);
    for (let i = 0; i < n; i++) o.v.set(unit, i * unit.length);
    self.refcnt++;
    return self;
  });

  defMethod(BA, '__getitem__', (self, args) => {
    const o = ba(self);
    const key = args[0];
    if (!(key instanceof PySlice) && hasIndex(key)) {
      const v = indexOrNull(rt, key)!;
      if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) rt.raise(rt.t.IndexError, `cannot fit '${key.type.name}' into an index-sized integer`);
      let i = Number(v);
      if (i < 0) i += o.length;
      if (i < 0 || i >= o.length) rt.raise(rt.t.IndexError, 'bytearray index out of range');
      return rt.newInt(o.v[i]);
    }
    if (key instanceof PySlice) {
      const s = sliceIndices(rt, key, o.length);
      if (s.n <= 0) return newByteArray(rt, new Uint8Array(0));
      if (s.step === 1) return newByteArray(rt, o.v.slice(s.start, s.start + s.n));
      const out = new Uint8Array(s.n);
      for (let k = 0, i = s.start; k < s.n; k++, i += s.step) out[k] = o.v[i];
      return newByteArray(rt, out);
    }
    rt.typeError(`bytearray indices must be integers or slices, not ${key.type.name}`);
  });
  defMethod(BA, '__setitem__', (self, args) => { assSubscript(rt, ba(self), args[0], args[1]); return rt.none(); });
  defMethod(BA, '__delitem__', (self, args) => { assSubscript(rt, ba(self), args[0], null); return rt.none(); });

  defMethod(BA, '__iter__', (self) => {
    const st = { i: 0, done: false, o: ba(self) };
    let it: PyIter | null = null;
    it = rt.newNativeIter('bytearray_iterator', () => {
      if (!st.done && st.i < st.o.length) return rt.newInt(st.o.v[st.i++]);
      if (it !== null && it.refs.length > 0) { const refs = it.refs; it.refs = []; for (const r of refs) rt.decref(r); }
      st.done = true;
      return null;
    }, [self], 32);
    ITER_STATE.set(it, st);
    return it;
  });
  const IT = rt.t.bytearray_iterator ?? rt.makeIterType('bytearray_iterator');
  defMethod(IT, '__length_hint__', (self) => {
    const st = ITER_STATE.get(self);
    return rt.newInt(st === undefined || st.done ? 0 : Math.max(0, st.o.length - st.i));
  });

  // ---- mutation methods ---------------------------------------------------------------
  defMethod(BA, 'append', (self, args, kw) => {
    const v = byteValue(rt, oneArg(rt, 'bytearray.append', args, kw));
    const o = ba(self);
    byteArrayResize(rt, o, o.length + 1);
    o.v[o.length - 1] = v;
    return rt.none();
  });
  defMethod(BA, 'extend', (self, args, kw) => { extend(rt, ba(self), oneArg(rt, 'bytearray.extend', args, kw)); return rt.none(); });
  defMethod(BA, 'insert', (self, args, kw) => {
    posArgs(rt, 'insert', 'bytearray.insert', args, kw, 2, 2);
    let index = ssizeArg(rt, args[0]);
    const v = byteValue(rt, args[1]);
    const o = ba(self);
    const n = o.length;
    byteArrayResize(rt, o, n + 1);
    if (index < 0) { index += n; if (index < 0) index = 0; }
    if (index > n) index = n;
    o.v.copyWithin(index + 1, index, n);
    o.v[index] = v;
    return rt.none();
  });
  defMethod(BA, 'pop', (self, args, kw) => {
    posArgs(rt, 'pop', 'bytearray.pop', args, kw, 0, 1);
    let index = args.length > 0 ? ssizeArg(rt, args[0]) : -1;
    const o = ba(self);
    const n = o.length;
    if (n === 0) rt.raise(rt.t.IndexError, 'pop from empty bytearray');
    if (index < 0) index += n;
    if (index < 0 || index >= n) rt.raise(rt.t.IndexError, 'pop index out of range');
    canResize(rt, o);
    const value = o.v[index];
    o.v.copyWithin(index, index + 1, n);
    byteArrayResize(rt, o, n - 1);
    return rt.newInt(value);
  });
  defMethod(BA, 'remove', (self, args, kw) => {
    const v = byteValue(rt, oneArg(rt, 'bytearray.remove', args, kw));
    const o = ba(self);
    const n = o.length;
    const where = byteArrayData(o).indexOf(v);
    if (where < 0) rt.valueError('value not found in bytearray');
    canResize(rt, o);
    o.v.copyWithin(where, where + 1, n);
    byteArrayResize(rt, o, n - 1);
    return rt.none();
  });
  defMethod(BA, 'reverse', (self, args, kw) => {
    noArgs(rt, 'bytearray.reverse', args, kw);
    byteArrayData(ba(self)).reverse();
    return rt.none();
  });
  defMethod(BA, 'clear', (self, args, kw) => {
    noArgs(rt, 'bytearray.clear', args, kw);
    byteArrayResize(rt, ba(self), 0);
    return rt.none();
  });
  defMethod(BA, 'copy', (self, args, kw) => {
    noArgs(rt, 'bytearray.copy', args, kw);
    return newByteArray(rt, byteArrayData(ba(self)).slice());
  });

  const fh = newBuiltin(rt, 'fromhex', (args, kw) => {
    const cls = args[0] as PyType;
    const data = fromHex(rt, oneArg(rt, 'bytearray.fromhex', args.slice(1), kw));
    const b = newByteArray(rt, data);
    if (cls === rt.t.bytearray) return b;
    try { return rt.call(cls, [b]); } finally { rt.decref(b); }
  }, null);
  fh.qualname = 'bytearray.fromhex';
  const cm = rt.newClassmethod(fh);
  rt.decref(fh);
  dictSetStr(rt, BA.dict, 'fromhex', cm);
  rt.decref(cm);

  installBytesCommon(rt, BA, kind);
  void PyBytes;
}
