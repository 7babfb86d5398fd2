// The bytearray type: its special methods, mutation methods, iterator and
// repr. The buffer management lives in bytearraybuf.ts; the methods shared
// with bytes in bytesmethods.ts.
// cf. Objects/bytearrayobject.c (bytearray_repr, bytearray_richcompare,
// bytearray_subscript, bytearray_append, bytearray_insert, bytearray_pop_impl,
// bytearray_remove, bytearray_irepeat, bytearrayiter_next).

import type { PyObject } from './object';
import { PyByteArray, PySlice } from './core';
import { newSeqIter, installSeqIterType } from './strmethods-iter';
import type { PyType } from './type';
import type { Runtime } from '../runtime';
import { defMethod, newBuiltin, markSequenceSlots } from './native';
import { dictSetStr } from './dictops';
import {
  noArgs, oneArg, posArgs, indexOrNull, hasIndex, ssizeArg, cIntArg, defNew, sliceIndices, bufferOf, SSIZE_MAX, kwArgs, isStr, latin1,
} from './strmethods-args';
import { installBytesCommon, byteValue, fromHex, type BytesKind } from './bytesmethods';
import { escapeBytes, compareBytes, bytesContains } from './bytes';
import {
  MAX_BUF, byteArrayData, byteArrayResize, newByteArray, canResize, assSubscript, byteArrayInit, iconcat, extend,
} from './bytearraybuf';

export { byteArrayData, byteArrayResize, newByteArray };

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
  defNew(rt, BA, (cls) => newByteArray(rt, new Uint8Array(0), cls));
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
      rt.typeError(`can't concat ${args[0].type.name} to ${self.type.name}`);
    }
    const a = byteArrayData(ba(self));
    const out = new Uint8Array(a.length + b.length);
    out.set(a, 0);
    out.set(b, a.length);
    return newByteArray(rt, out);
  });
  defMethod(BA, '__iadd__', (self, args) => {
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
  markSequenceSlots(BA, '__add__', '__iadd__', '__mul__', '__rmul__', '__imul__');

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
    const o = ba(self);
    return newSeqIter(rt, 'bytearray_iterator', self, () => o.length, (i) => rt.newInt(o.v[i]));
  });
  installSeqIterType(rt, 'bytearray_iterator', () => rt.newTuple([]));

  // Pickling: cf. _common_reduce (latin-1 text for protocols below 3).
  const reduce = (self: PyObject, proto: number): PyObject => {
    const o = ba(self);
    let state: PyObject = rt.None;
    if (self.type !== rt.t.bytearray) {
      const d = rt.getAttrOrNull(self, '__dict__');
      if (d !== null && rt.length(d) > 0) state = d;
      else if (d !== null) rt.decref(d);
    }
    if (state === rt.None) state.refcnt++;
    self.type.refcnt++;
    if (o.length === 0) return rt.newTuple([self.type, rt.newTuple([]), state]);
    const data = byteArrayData(o);
    const args = proto < 3
      ? rt.newTuple([rt.newStr(latin1(data)), rt.newStr('latin-1')])
      : rt.newTuple([rt.newBytes(data.slice())]);
    return rt.newTuple([self.type, args, state]);
  };
  defMethod(BA, '__reduce__', (self, args, kw) => { noArgs(rt, 'bytearray.__reduce__', args, kw); return reduce(self, 0); });
  defMethod(BA, '__reduce_ex__', (self, args, kw) => {
    posArgs(rt, '__reduce_ex__', 'bytearray.__reduce_ex__', args, kw, 0, 1);
    return reduce(self, args.length > 0 ? cIntArg(rt, args[0]) : 0);
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
}
