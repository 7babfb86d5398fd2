// The str type: constructor, special methods, iterators, hashing and
// printf-style formatting. The named methods live in strmethods.ts and
// strmethods-misc.ts; the algorithms in strmethods-text.ts / -unicode.ts.
// cf. Objects/unicodeobject.c (unicode_new_impl, unicode_subtype_new,
// unicode_richcompare, PyUnicode_Concat, unicode_repeat, unicode_subscript,
// PyUnicode_Contains, unicode_hash, unicode_repr, unicode_mod, unicode_sizeof,
// unicodeiter_next, unicode_ascii_iter_next, unicode_dealloc).

import type { PyObject } from './object';
import { PyStr, PyTuple, PySlice, PyFloat } from './core';
import { newSeqIter, installSeqIterType } from './strmethods-iter';
import type { PyType, KwArgs } from './type';
import type { Runtime } from '../runtime';
import { strRequest } from '../runtime';
import { defMethod, markSequenceSlots } from './native';
import { callSpecial, getItem } from '../vm/abstract';
import { percentFormat, floatToInt, type PercentArgs } from './format/percent';
import { formatStr } from './format/str-format';
import { strHash } from './siphash';
import { strRepr, asciiEscape, hasSurrogates, isAsciiString, maxCodePoint, codePointsOf } from './strmethods-unicode';
import { cpLen, cpAt, cpSliceStep } from './strmethods-text';
import {
  kwArgs, isInt, isStr, indexOrNull, hasIndex, isNumberObj, defNew, sliceIndices, seqIndex, withFormatErrors, strResult, bufferOf, SSIZE_MAX,
} from './strmethods-args';
import { installStrMethods } from './strmethods';
import { installStrMiscMethods, decodeToStr } from './strmethods-misc';

const MAX_STR_UNITS = 1 << 28;

/** len(s) in code points, cached on the object. */
export function strLen(o: PyStr): number {
  if (o.cpLen < 0) o.cpLen = cpLen(o.v);
  return o.cpLen;
}

const HASHES = new WeakMap<PyStr, bigint>();

/**
 * hash(s) of a str object, cached (unicode_hash). The exact value is the
 * bigint; `o.hash` is set to a non -1 marker so code that checks "hash
 * computed" (unicode_modifiable) sees it.
 */
export function strObjHash(o: PyStr): bigint {
  let h = HASHES.get(o);
  if (h === undefined) {
    h = strHash(o.v);
    HASHES.set(o, h);
    o.hash = Number(h) === -1 ? -2 : Number(h);
  }
  return h;
}

/**
 * PyUnicode_Append(&left, right): `left += right` for the specialised
 * BINARY_OP_INPLACE_ADD_UNICODE. Consumes the reference to `left`, borrows
 * `right`; returns the new value of the variable. When `left` is modifiable
 * (refcount 1, exact, not interned, hash never computed) and the result keeps
 * its kind, the block is resized in place (PyObject_Realloc, which may move it).
 */
export function strAppend(rt: Runtime, left: PyStr, right: PyStr): PyStr {
  if (left === rt.emptyStr) { rt.decref(left); right.refcnt++; return right; }
  if (right === rt.emptyStr) return left;
  const v = left.v + right.v;
  if (v.length > MAX_STR_UNITS) rt.memoryError();
  const kind = (s: string): number => { const m = maxCodePoint(s); return m < 128 ? 0 : m < 256 ? 1 : m < 0x10000 ? 2 : 4; };
  const modifiable = left.refcnt === 1 && left.hash === -1 && !left.interned && left.type === rt.t.str &&
    right.type === rt.t.str && !rt.isStaticAddress(left.addr);
  const kl = kind(left.v);
  const kr = kind(right.v);
  if (modifiable && Math.max(kr, 1) <= Math.max(kl, 1) && !(kl === 0 && kr !== 0)) {
    strDropUtf8(rt, left); // resize_compact frees the UTF-8 cache first
    left.addr = rt.reallocRaw(left.addr, strRequest(v));
    left.v = v;
    left.cpLen = -1;
    return left;
  }
  rt.decref(left);
  return rt.newStr(v);
}

/** Compare two strs by code points: <0, 0, >0. */
export function strCompare(a: string, b: string): number {
  if (a === b) return 0;
  if (hasSurrogates(a) || hasSurrogates(b)) {
    const x = codePointsOf(a);
    const y = codePointsOf(b);
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] - y[i];
    return x.length - y.length;
  }
  return a < b ? -1 : 1;
}

/** Bytes of a str object (what __sizeof__ reports): compact ASCII / compact / legacy subclass layout. */
export function strSizeof(o: PyStr, exact: boolean): number {
  // unicode_sizeof: a cached UTF-8 copy (_PyUnicode_HAS_UTF8_MEMORY) counts too.
  const utf8 = o.utf8Addr !== 0 ? o.utf8Len + 1 : 0;
  if (exact) return strRequest(o.v) + utf8;
  const n = strLen(o);
  const max = maxCodePoint(o.v);
  const kind = max < 256 ? 1 : max < 0x10000 ? 2 : 4;
  return 80 + (n + 1) * kind + utf8;
}

/** Free a str's cached UTF-8 copy (unicode_dealloc, resize_compact). */
export function strDropUtf8(rt: Runtime, o: PyStr): void {
  if (o.utf8Addr === 0) return;
  rt.freeRaw(o.utf8Addr);
  o.utf8Addr = 0;
  o.utf8Len = 0;
}

/** A new str of type `type` (a subclass instance when type is not str). */
export function newStrOfType(rt: Runtime, type: PyType, v: string): PyStr {
  if (type === rt.t.str) return rt.newStr(v);
  return rt.newSubclassInstance(type, new PyStr(type, v), strRequest(v)) as PyStr;
}

/** The PercentArgs view of the right operand of `%` (shared with bytes % args). */
export function percentArgs(rt: Runtime, args: PyObject, owned: PyObject[]): PercentArgs<PyObject> {
  const isTuple = args instanceof PyTuple && args.type.isSubtypeOf(rt.t.tuple);
  const mapping = !isTuple && !isStr(rt, args) && args.type.lookup('__getitem__') !== null;
  return {
    kind: isTuple ? 'tuple' : mapping ? 'mapping' : 'single',
    items: isTuple ? (args as PyTuple).items : undefined,
    value: isTuple ? undefined : args,
    get(key: string): PyObject {
      const k = rt.newStr(key);
      try {
        const v = getItem(rt, args, k);
        owned.push(v);
        return v;
      } finally { rt.decref(k); }
    },
    str: (v) => rt.str(v),
    repr: (v) => rt.repr(v),
    ascii: (v) => asciiEscape(rt.repr(v)),
    typeName: (v) => v.type.name,
    asInt: (v) => (isInt(rt, v) ? BigInt(v.v) : null),
    asStr: (v) => (isStr(rt, v) ? v.v : null),
    toInt(v, mode): bigint | null {
      const t = v.type;
      const isFloat = v instanceof PyFloat && t.isSubtypeOf(rt.t.float);
      if (!isNumberObj(rt, v)) return null;
      if (hasIndex(v)) return indexOrNull(rt, v);
      if (mode === 'index') return null;
      if (isFloat) return floatToInt((v as PyFloat).v);
      const m = t.lookup('__int__') !== null ? '__int__' : t.lookup('__trunc__') !== null ? '__trunc__' : null;
      if (m === null) return null;
      const r = callSpecial(rt, v, m, [])!;
      try {
        if (!isInt(rt, r)) rt.typeError(`__int__ returned non-int (type ${r.type.name})`);
        return BigInt(r.v);
      } finally { rt.decref(r); }
    },
    toFloat(v): number | null {
      if (v instanceof PyFloat) return v.v;
      if (isInt(rt, v)) {
        const x = Number(v.v);
        if (!Number.isFinite(x)) rt.raise(rt.t.OverflowError, 'int too large to convert to float');
        return x;
      }
      if (v.type.lookup('__float__') !== null) {
        const r = callSpecial(rt, v, '__float__', [])!;
        try {
          if (!(r instanceof PyFloat)) rt.typeError(`${v.type.name}.__float__ returned non-float (type ${r.type.name})`);
          return r.v;
        } finally { rt.decref(r); }
      }
      const i = indexOrNull(rt, v);
      return i === null ? null : Number(i);
    },
  };
}

/** `fmt % args` for a str format. */
export function strPercent(rt: Runtime, fmt: string, args: PyObject): string {
  const owned: PyObject[] = [];
  try {
    return withFormatErrors(rt, () => percentFormat(fmt, percentArgs(rt, args, owned)));
  } finally { for (const o of owned) rt.decref(o); }
}

/** str(object='', encoding=..., errors=...) for exact str. */
function strNew(rt: Runtime, args: PyObject[], kw: KwArgs): PyObject {
  const [obj, enc, errs] = kwArgs(rt, 'str', args, kw, ['object', 'encoding', 'errors']);
  if (enc !== null && !isStr(rt, enc)) rt.typeError(`str() argument 'encoding' must be str, not ${enc.type.name}`);
  if (errs !== null && !isStr(rt, errs)) rt.typeError(`str() argument 'errors' must be str, not ${errs.type.name}`);
  if (obj === null) return rt.newStr('');
  if (enc === null && errs === null) return rt.strObj(obj);
  if (isStr(rt, obj)) rt.typeError('decoding str is not supported');
  const buf = bufferOf(obj);
  if (buf === null) rt.typeError(`decoding to str: need a bytes-like object, ${obj.type.name} found`);
  return rt.newStr(decodeToStr(rt, buf, enc === null ? 'utf-8' : (enc as PyStr).v, errs === null ? 'strict' : (errs as PyStr).v));
}

function strIter(rt: Runtime, self: PyStr): PyObject {
  const s = self.v;
  if (isAsciiString(s)) return newSeqIter(rt, 'str_ascii_iterator', self, () => s.length, (i) => rt.newStr(s[i]));
  const n = strLen(self);
  if (n === s.length) return newSeqIter(rt, 'str_iterator', self, () => n, (i) => rt.newStr(s[i]));
  return newSeqIter(rt, 'str_iterator', self, () => n, (i) => rt.newStr(cpAt(s, i)));
}

export function installStrType(rt: Runtime): void {
  const S = rt.t.str;
  const sv = (o: PyObject): string => (o as PyStr).v;

  S.sizeof = (o) => strSizeof(o as PyStr, o.type === rt.t.str);
  S.dealloc = (o) => {
    const s = o as PyStr;
    if (s.interned && rt.interned.get(s.v) === s) rt.interned.delete(s.v);
    strDropUtf8(rt, s);
  };
  S.newFn = (type, args, kw) => {
    const r = strNew(rt, args, kw);
    if (type === rt.t.str) return r;
    const v = sv(r);
    rt.decref(r);
    return newStrOfType(rt, type, v);
  };

  defNew(rt, S, (cls, args, kw) => S.newFn!(cls, args, kw));
  defMethod(S, '__repr__', (self) => rt.newStr(strRepr(sv(self))));
  defMethod(S, '__str__', (self) => strResult(rt, self, null));
  defMethod(S, '__len__', (self) => rt.newInt(strLen(self as PyStr)));
  defMethod(S, '__hash__', (self) => rt.newInt(strObjHash(self as PyStr)));
  defMethod(S, '__sizeof__', (self) => rt.newInt(strSizeof(self as PyStr, self.type === rt.t.str)));
  defMethod(S, '__getnewargs__', (self) => {
    const c = new PyStr(rt.t.str, sv(self));
    const copy = sv(self).length <= 1 ? rt.newStr(sv(self)) : (rt.allocObject(c, strRequest(c.v)), c);
    return rt.newTuple([copy]);
  });
  defMethod(S, '__format__', (self, args) => {
    if (args.length !== 1) rt.typeError(`__format__() takes exactly one argument (${args.length} given)`);
    const spec = args[0];
    if (!isStr(rt, spec)) rt.typeError(`__format__() argument must be str, not ${spec.type.name}`);
    // An empty spec is str(self) (a subclass's __str__ included).
    if (spec.v === '' && self.type !== rt.t.str) return rt.strObj(self);
    const r = withFormatErrors(rt, () => formatStr(sv(self), spec.v, self.type.name));
    return strResult(rt, self, r);
  });

  // Comparisons: NotImplemented unless both are str.
  const CMP: Array<[string, (c: number) => boolean]> = [
    ['__lt__', (c) => c < 0], ['__le__', (c) => c <= 0], ['__gt__', (c) => c > 0], ['__ge__', (c) => c >= 0],
  ];
  for (const [name, test] of CMP) {
    defMethod(S, name, (self, args) => {
      const o = args[0];
      if (!isStr(rt, o)) return rt.notImplemented();
      return rt.newBool(test(strCompare(sv(self), o.v)));
    });
  }
  defMethod(S, '__eq__', (self, args) => (isStr(rt, args[0]) ? rt.newBool(sv(self) === args[0].v) : rt.notImplemented()));
  defMethod(S, '__ne__', (self, args) => (isStr(rt, args[0]) ? rt.newBool(sv(self) !== args[0].v) : rt.notImplemented()));

  defMethod(S, '__contains__', (self, args) => {
    const o = args[0];
    if (!isStr(rt, o)) rt.typeError(`'in <string>' requires string as left operand, not ${o.type.name}`);
    return rt.newBool(sv(self).includes(o.v));
  });

  defMethod(S, '__add__', (self, args) => {
    const o = args[0];
    if (!isStr(rt, o)) {
      rt.typeError(`can only concatenate str (not "${o.type.name}") to str`);
    }
    // PyUnicode_Concat: the empty singleton on either side gives the other operand (as an exact str).
    if (self === rt.emptyStr) return strResult(rt, o, null);
    if (o === rt.emptyStr) return strResult(rt, self, null);
    const a = sv(self);
    if (a.length + o.v.length > MAX_STR_UNITS) rt.memoryError();
    return rt.newStr(a + o.v);
  });

  const repeat = (self: PyObject, count: PyObject): PyObject => {
    const n0 = indexOrNull(rt, count);
    if (n0 === null) return rt.notImplemented();
    if (n0 > SSIZE_MAX || n0 < -SSIZE_MAX - 1n) rt.raise(rt.t.OverflowError, `cannot fit '${count.type.name}' into an index-sized integer`);
    const n = Number(n0);
    if (n < 1) return rt.newStr('');
    if (n === 1) return strResult(rt, self, null);
    const s = sv(self);
    const len = strLen(self as PyStr);
    if (len === 0) return rt.newStr('');
    if (len > Number(SSIZE_MAX) / n) rt.raise(rt.t.OverflowError, 'repeated string is too long');
    if (s.length * n > MAX_STR_UNITS) rt.memoryError();
    return rt.newStr(s.repeat(n));
  };
  defMethod(S, '__mul__', (self, args) => repeat(self, args[0]));
  defMethod(S, '__rmul__', (self, args) => repeat(self, args[0]));
  markSequenceSlots(S, '__add__', '__mul__', '__rmul__');

  defMethod(S, '__mod__', (self, args) => {
    // '%s' % s writes s whole into an empty writer, which hands back s itself.
    if (sv(self) === '%s') {
      const a = args[0];
      const v = a instanceof PyTuple && a.type.isSubtypeOf(rt.t.tuple) ? (a.items.length === 1 ? a.items[0] : null) : a;
      if (v !== null && v.type === rt.t.str && sv(v).length > 0) { v.refcnt++; return v; }
    }
    return rt.newStr(strPercent(rt, sv(self), args[0]));
  });
  defMethod(S, '__rmod__', (self, args) => {
    const o = args[0];
    if (!isStr(rt, o)) return rt.notImplemented();
    return rt.newStr(strPercent(rt, o.v, self));
  });

  defMethod(S, '__getitem__', (self, args) => {
    const s = self as PyStr;
    const key = args[0];
    const len = strLen(s);
    if (key instanceof PySlice) {
      const b = sliceIndices(rt, key, len);
      if (b.n <= 0) return rt.newStr('');
      if (b.start === 0 && b.step === 1 && b.n === len) return strResult(rt, self, null);
      if (len === s.v.length && b.step === 1) return rt.newStr(s.v.slice(b.start, b.start + b.n));
      return rt.newStr(cpSliceStep(s.v, b.start, b.step, b.n));
    }
    const i = seqIndex(rt, key, len, 'string index out of range',
      () => rt.typeError(`string indices must be integers, not '${key.type.name}'`));
    return rt.newStr(len === s.v.length ? s.v[i] : cpAt(s.v, i));
  });

  defMethod(S, '__iter__', (self) => strIter(rt, self as PyStr));

  installSeqIterType(rt, 'str_ascii_iterator', () => rt.newStr(''));
  installSeqIterType(rt, 'str_iterator', () => rt.newStr(''));
  installStrMethods(rt, S);
  installStrMiscMethods(rt, S);
}
