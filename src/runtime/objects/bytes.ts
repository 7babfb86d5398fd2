// The bytes type: constructor, special methods, iterator, hashing, repr.
// The named methods are shared with bytearray (bytesmethods.ts).
// cf. Objects/bytesobject.c (bytes_new_impl, PyBytes_FromObject, _PyBytes_FromList,
// _PyBytes_FromIterator, PyBytes_Repr, bytes_richcompare, bytes_concat, bytes_repeat,
// bytes_subscript, bytes_hash, striter_next, bytes_fromhex_impl).

import type { PyObject } from './object';
import { PyBytes, PyByteArray, PyList, PyTuple, PySlice, PyStr } from './core';
import { newSeqIter, installSeqIterType } from './strmethods-iter';
import type { PyType, KwArgs } from './type';
import type { Runtime } from '../runtime';
import { defMethod, newBuiltin, markSequenceSlots } from './native';
import { dictSetStr } from './dictops';
import { callSpecial, getIter, iterNext } from '../vm/abstract';
import { bytesHash } from './siphash';
import {
  kwArgs, isStr, indexOrNull, hasIndex, defNew, sliceIndices, seqIndex, bufferOf, oneArg, SSIZE_MAX, isPyExc,
} from './strmethods-args';
import { encodeToBytes } from './strmethods-misc';
import { installBytesCommon, byteValue, fromHex, bytesLike, type BytesKind } from './bytesmethods';

/** repr() of bytes data: b'...' with CPython's quote choice (cf. PyBytes_Repr, smartquotes). */
export function bytesRepr(b: Uint8Array): string {
  let sq = false;
  let dq = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x27) sq = true;
    else if (b[i] === 0x22) dq = true;
  }
  const quote = sq && !dq ? '"' : "'";
  return 'b' + quote + escapeBytes(b, quote.charCodeAt(0), -1) + quote;
}

/** Escape bytes for a repr: `quote` and backslash get a backslash (and `alsoEscape` too). */
export function escapeBytes(b: Uint8Array, quote: number, alsoEscape: number): string {
  let out = '';
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === quote || c === 0x5c || c === alsoEscape) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + (c < 16 ? '0' : '') + c.toString(16);
    else out += String.fromCharCode(c);
  }
  return out;
}

/** Compare byte strings: <0, 0, >0. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** A new bytes of type `type` (subclass instances get their own object). */
export function newBytesOfType(rt: Runtime, type: PyType, v: Uint8Array): PyBytes {
  if (type === rt.t.bytes) return rt.newBytes(v);
  // PyType_GenericAlloc(type, n): _PyObject_VAR_SIZE(type, n + 1), rounded up to 8.
  const request = (type.basicsize + v.length + 1 + 7) & ~7;
  return rt.newSubclassInstance(type, new PyBytes(type, v), request) as PyBytes;
}

/** The byte values of an iterable of ints (list/tuple/iterator paths of PyBytes_FromObject). */
export function bytesFromIterable(rt: Runtime, x: PyObject, what: 'bytes' | 'bytearray'): Uint8Array {
  if ((x instanceof PyList && x.type === rt.t.list) || (x instanceof PyTuple && x.type === rt.t.tuple)) {
    const items = (x as PyList).items;
    const out = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const v = indexOrNull(rt, items[i]);
      if (v === null) rt.typeError(`'${items[i].type.name}' object cannot be interpreted as an integer`);
      if (v < 0n || v > 255n) rt.valueError('bytes must be in range(0, 256)');
      out[i] = Number(v);
    }
    return out;
  }
  let it: PyObject;
  if (isStr(rt, x)) rt.typeError(`cannot convert '${x.type.name}' object to ${what}`);
  try { it = getIter(rt, x); } catch (e) {
    if (isPyExc(e, rt.t.TypeError)) { rt.decref(e.exc); rt.typeError(`cannot convert '${x.type.name}' object to ${what}`); }
    throw e;
  }
  const out: number[] = [];
  try {
    for (;;) {
      const item = iterNext(rt, it);
      if (item === null) break;
      try {
        const v = indexOrNull(rt, item);
        if (v === null) rt.typeError(`'${item.type.name}' object cannot be interpreted as an integer`);
        if (v < 0n || v > 255n) rt.valueError('bytes must be in range(0, 256)');
        out.push(Number(v));
      } finally { rt.decref(item); }
    }
  } finally { rt.decref(it); }
  return Uint8Array.from(out);
}

/** bytes(source, encoding, errors) for exact bytes: a new reference (maybe `source` itself). */
function bytesNew(rt: Runtime, args: PyObject[], kw: KwArgs): PyObject {
  const [x, enc, errs] = kwArgs(rt, 'bytes', args, kw, ['source', 'encoding', 'errors']);
  if (enc !== null && !isStr(rt, enc)) rt.typeError(`bytes() argument 'encoding' must be str, not ${enc.type.name}`);
  if (errs !== null && !isStr(rt, errs)) rt.typeError(`bytes() argument 'errors' must be str, not ${errs.type.name}`);
  if (x === null) {
    if (enc !== null || errs !== null) rt.typeError(enc !== null ? 'encoding without a string argument' : 'errors without a string argument');
    return rt.newBytes(new Uint8Array(0));
  }
  if (enc !== null) {
    if (!isStr(rt, x)) rt.typeError('encoding without a string argument');
    return rt.newBytes(encodeToBytes(rt, x.v, (enc as PyStr).v, errs === null ? 'strict' : (errs as PyStr).v));
  }
  if (errs !== null) rt.typeError(isStr(rt, x) ? 'string argument without an encoding' : 'errors without a string argument');
  if (x.type.lookup('__bytes__') !== null) {
    const r = callSpecial(rt, x, '__bytes__', [])!;
    if (!(r instanceof PyBytes)) { rt.decref(r); rt.typeError(`__bytes__ returned non-bytes (type ${r.type.name})`); }
    return r;
  }
  if (isStr(rt, x)) rt.typeError('string argument without an encoding');
  if (hasIndex(x)) {
    const n = indexOrNull(rt, x)!;
    if (n > SSIZE_MAX || n < -SSIZE_MAX - 1n) rt.raise(rt.t.OverflowError, `cannot fit '${x.type.name}' into an index-sized integer`);
    if (n < 0n) rt.valueError('negative count');
    if (n > BigInt(1 << 28)) rt.memoryError();
    return rt.newBytes(new Uint8Array(Number(n)));
  }
  if (x.type === rt.t.bytes) { x.refcnt++; return x; }
  const buf = bufferOf(x);
  if (buf !== null) return rt.newBytes(buf.slice());
  return rt.newBytes(bytesFromIterable(rt, x, 'bytes'));
}

export function installBytesType(rt: Runtime): void {
  const B = rt.t.bytes;
  const bv = (o: PyObject): Uint8Array => (o as PyBytes).v;
  const kind: BytesKind = { qual: 'bytes', data: bv, make: (v) => rt.newBytes(v) };

  // bytes.__sizeof__: the type's basic size (33 for bytes itself) plus one byte per item.
  B.sizeof = (o) => o.type.basicsize + bv(o).length;
  B.newFn = (type, args, kw) => {
    const r = bytesNew(rt, args, kw);
    if (type === rt.t.bytes) return r;
    const v = bv(r);
    rt.decref(r);
    return newBytesOfType(rt, type, v.slice());
  };

  defNew(rt, B, (cls, args, kw) => B.newFn!(cls, args, kw));
  defMethod(B, '__repr__', (self) => rt.newStr(bytesRepr(bv(self))));
  defMethod(B, '__hash__', (self) => rt.newInt(bytesHash(bv(self))));
  defMethod(B, '__len__', (self) => rt.newInt(bv(self).length));
  defMethod(B, '__sizeof__', (self) => rt.newInt(self.type.basicsize + bv(self).length));
  defMethod(B, '__bytes__', (self) => {
    if (self.type === rt.t.bytes) { self.refcnt++; return self; }
    return rt.newBytes(bv(self).slice());
  });
  defMethod(B, '__getnewargs__', (self) => rt.newTuple([rt.newBytes(bv(self).slice())]));

  const CMP: Array<[string, (c: number) => boolean]> = [
    ['__lt__', (c) => c < 0], ['__le__', (c) => c <= 0], ['__gt__', (c) => c > 0], ['__ge__', (c) => c >= 0],
    ['__eq__', (c) => c === 0], ['__ne__', (c) => c !== 0],
  ];
  for (const [name, test] of CMP) {
    defMethod(B, name, (self, args) => {
      const o = args[0];
      if (!(o instanceof PyBytes)) return rt.notImplemented();
      return rt.newBool(test(compareBytes(bv(self), o.v)));
    });
  }

  defMethod(B, '__contains__', (self, args) => rt.newBool(bytesContains(rt, bv(self), args[0])));

  defMethod(B, '__add__', (self, args) => {
    const o = args[0];
    const b = bufferOf(o);
    if (b === null) {
      rt.typeError(`can't concat ${o.type.name} to ${self.type.name}`);
    }
    const a = bv(self);
    if (b.length === 0 && self.type === rt.t.bytes) { self.refcnt++; return self; }
    if (a.length === 0 && o.type === rt.t.bytes) { o.refcnt++; return o; }
    const out = new Uint8Array(a.length + b.length);
    out.set(a, 0);
    out.set(b, a.length);
    return rt.newBytes(out);
  });

  const repeat = (self: PyObject, count: PyObject): PyObject => {
    const n0 = indexOrNull(rt, count);
    if (n0 === null) return rt.notImplemented();
    if (n0 > SSIZE_MAX || n0 < -SSIZE_MAX - 1n) rt.raise(rt.t.OverflowError, `cannot fit '${count.type.name}' into an index-sized integer`);
    const n = n0 < 0n ? 0 : Number(n0);
    const a = bv(self);
    if (n === 1 && self.type === rt.t.bytes) { self.refcnt++; return self; }
    if (a.length > 0 && n > Number(SSIZE_MAX) / a.length) rt.raise(rt.t.OverflowError, 'repeated bytes are too long');
    if (a.length * n > (1 << 28)) rt.memoryError();
    const out = new Uint8Array(a.length * n);
    for (let i = 0; i < n; i++) out.set(a, i * a.length);
    return rt.newBytes(out);
  };
  defMethod(B, '__mul__', (self, args) => repeat(self, args[0]));
  defMethod(B, '__rmul__', (self, args) => repeat(self, args[0]));
  markSequenceSlots(B, '__add__', '__mul__', '__rmul__');

  defMethod(B, '__getitem__', (self, args) => {
    const a = bv(self);
    const key = args[0];
    if (key instanceof PySlice) {
      const s = sliceIndices(rt, key, a.length);
      if (s.n <= 0) return rt.newBytes(new Uint8Array(0));
      if (s.start === 0 && s.step === 1 && s.n === a.length && self.type === rt.t.bytes) { self.refcnt++; return self; }
      if (s.step === 1) return rt.newBytes(a.slice(s.start, s.start + s.n));
      const out = new Uint8Array(s.n);
      for (let k = 0, i = s.start; k < s.n; k++, i += s.step) out[k] = a[i];
      return rt.newBytes(out);
    }
    const i = seqIndex(rt, key, a.length, 'index out of range',
      () => rt.typeError(`byte indices must be integers or slices, not ${key.type.name}`));
    return rt.newInt(a[i]);
  });

  defMethod(B, '__iter__', (self) => {
    const v = bv(self);
    return newSeqIter(rt, 'bytes_iterator', self, () => v.length, (i) => rt.newInt(v[i]));
  });
  installSeqIterType(rt, 'bytes_iterator', () => rt.newTuple([]));

  // bytes.fromhex is a classmethod: subclasses get cls(bytes).
  const fh = newBuiltin(rt, 'fromhex', (args, kw) => {
    const cls = args[0] as PyType;
    const b = rt.newBytes(fromHex(rt, oneArg(rt, 'bytes.fromhex', args.slice(1), kw)));
    if (cls === rt.t.bytes) return b;
    try { return rt.call(cls, [b]); } finally { rt.decref(b); }
  }, null);
  fh.qualname = 'bytes.fromhex';
  const cm = rt.newClassmethod(fh);
  rt.decref(fh);
  dictSetStr(rt, B.dict, 'fromhex', cm);
  rt.decref(cm);

  installBytesCommon(rt, B, kind);
  void PyByteArray;
}

/** `x in data` for bytes and bytearray (an int byte value or a bytes-like needle). */
export function bytesContains(rt: Runtime, data: Uint8Array, x: PyObject): boolean {
  const v = indexOrNull(rt, x);
  if (v !== null) {
    if (v < 0n || v > 255n) rt.valueError('byte must be in range(0, 256)');
    return data.includes(Number(v));
  }
  const needle = bytesLike(rt, x);
  if (needle.length === 0) return true;
  outer: for (let i = 0; i + needle.length <= data.length; i++) {
    for (let k = 0; k < needle.length; k++) if (data[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

export { byteValue };
