// str methods: case conversion, predicates, encode, join, format,
// format_map, translate and maketrans.
// cf. Objects/unicodeobject.c (unicode_upper ... unicode_isidentifier,
// unicode_encode_impl, PyUnicode_Join, unicode_translate, unicode_maketrans_impl,
// unicode_fast_translate, charmaptranslate_lookup) and Objects/stringlib/unicode_format.h.

import type { PyObject } from './object';
import { PyStr, PyList, PyTuple } from './core';
import { PyDict } from './dict';
import type { PyType } from './type';
import type { Runtime } from '../runtime';
import { defMethod, newBuiltin } from './native';
import { dictSet, dictItems, newDict, dictSetStr } from './dictops';
import { getItem, iterateToArray } from '../vm/abstract';
import * as U from './strmethods-unicode';
import { encodeText, decodeBytes, lookupCodec, CodecError, encodeErrorMessage, decodeErrorMessage } from './strmethods-codec';
import { strFormat, strFormatMap } from './strmethods-format';
import { noArgs, oneArg, posArgs, kwArgs, isStr, isInt, isPyExc, strResult } from './strmethods-args';
import { cpLen } from './strmethods-text';

/** Raise the Python exception for a CodecError. */
function raiseCodecError(rt: Runtime, e: CodecError, text: string | null, data: Uint8Array | null): never {
  if (e.kind === 'lookup') rt.raise(rt.t.LookupError, e.reason);
  if (e.kind === 'encode') rt.raise(rt.t.UnicodeEncodeError, encodeErrorMessage(e, text ?? ''));
  rt.raise(rt.t.UnicodeDecodeError, decodeErrorMessage(e, data ?? new Uint8Array(0)));
}

/** str.encode(encoding, errors) as bytes. */
export function encodeToBytes(rt: Runtime, s: string, encoding: string, errors: string): Uint8Array {
  const codec = lookupCodec(encoding);
  if (codec === null) rt.raise(rt.t.LookupError, `unknown encoding: ${encoding}`);
  try {
    return encodeText(s, codec, errors);
  } catch (e) {
    if (e instanceof CodecError) raiseCodecError(rt, e, s, null);
    throw e;
  }
}

/** PyUnicode_AsUTF8AndSize: what C code needing a `char *` calls (a type's tp_name, a member
 * descriptor's name). An ASCII str is its own UTF-8; any other str gets a cached copy in its own
 * PyObject_Malloc block of len+1 bytes, kept until the str dies. Returns the UTF-8 bytes.
 * cf. Objects/unicodeobject.c unicode_fill_utf8 */
export function unicodeAsUtf8(rt: Runtime, s: PyStr): Uint8Array {
  const bytes = encodeToBytes(rt, s.v, 'utf-8', 'strict');
  if (s.utf8Addr === 0 && !U.isAsciiString(s.v)) {
    s.utf8Addr = rt.allocRaw(bytes.length + 1);
    s.utf8Len = bytes.length;
  }
  return bytes;
}

/** bytes.decode(encoding, errors) / str(b, encoding, errors). */
export function decodeToStr(rt: Runtime, b: Uint8Array, encoding: string, errors: string): string {
  const codec = lookupCodec(encoding);
  if (codec === null) rt.raise(rt.t.LookupError, `unknown encoding: ${encoding}`);
  try {
    return decodeBytes(b, codec, errors);
  } catch (e) {
    if (e instanceof CodecError) raiseCodecError(rt, e, null, b);
    throw e;
  }
}

/** `encoding` / `errors` keyword arguments (str or absent). */
export function codecArgs(rt: Runtime, fname: string, args: PyObject[], kw: Array<[string, PyObject]> | null): [string, string] {
  const [enc, errs] = kwArgs(rt, fname, args, kw, ['encoding', 'errors']);
  if (enc !== null && !isStr(rt, enc)) rt.typeError(`${fname}() argument 'encoding' must be str, not ${enc.type.name}`);
  if (errs !== null && !isStr(rt, errs)) rt.typeError(`${fname}() argument 'errors' must be str, not ${errs.type.name}`);
  return [enc === null ? 'utf-8' : (enc as PyStr).v, errs === null ? 'strict' : (errs as PyStr).v];
}

/** PyUnicode_Join: sep.join(iterable). */
export function strJoin(rt: Runtime, sep: PyObject, iterable: PyObject): PyObject {
  let items: PyObject[];
  const fast = (iterable instanceof PyList && iterable.type.isSubtypeOf(rt.t.list)) || (iterable instanceof PyTuple && iterable.type.isSubtypeOf(rt.t.tuple));
  if (fast) {
    items = (iterable as PyList).items.slice();
    for (const x of items) x.refcnt++;
  } else {
    if (iterable.type.lookup('__iter__') === null && iterable.type.lookup('__getitem__') === null) rt.typeError('can only join an iterable');
    items = iterateToArray(rt, iterable);
  }
  try {
    if (items.length === 0) return rt.newStr('');
    if (items.length === 1 && items[0].type === rt.t.str) {
      items[0].refcnt++;
      return items[0];
    }
    const parts: string[] = new Array(items.length);
    let total = 0;
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      if (!isStr(rt, it)) rt.typeError(`sequence item ${i}: expected str instance, ${it.type.name} found`);
      parts[i] = it.v;
      total += it.v.length;
    }
    const s = (sep as PyStr).v;
    if (total + s.length * (items.length - 1) > (1 << 28)) rt.memoryError();
    return rt.newStr(parts.join(s));
  } finally {
    for (const x of items) rt.decref(x);
  }
}

/** charmaptranslate_lookup: the mapping's value for code point c (new ref), or null when absent. */
function translateLookup(rt: Runtime, table: PyObject, c: number): PyObject | null {
  const key = rt.newInt(c);
  let item: PyObject;
  try {
    item = getItem(rt, table, key);
  } catch (e) {
    if (isPyExc(e, rt.t.LookupError)) { rt.decref(e.exc); return null; }
    throw e;
  } finally { rt.decref(key); }
  if (item === rt.None) return item;
  if (isInt(rt, item)) {
    const v = BigInt(item.v);
    if (v < 0n || v > 0x10ffffn) { rt.decref(item); rt.valueError('character mapping must be in range(0x110000)'); }
    return item;
  }
  if (isStr(rt, item)) return item;
  rt.decref(item);
  rt.typeError('character mapping must return integer, None or str');
}

/** The text a looked-up item stands for ('' deletes). */
function translatedText(rt: Runtime, item: PyObject | null, c: number): string {
  if (item === null) return String.fromCodePoint(c);
  if (item === rt.None) return '';
  if (isInt(rt, item)) return String.fromCodePoint(Number(item.v));
  return (item as PyStr).v;
}

/** str.translate(table) with CPython's ASCII fast path and its lookup cache. */
export function strTranslate(rt: Runtime, s: string, table: PyObject): string {
  const cps = U.codePointsOf(s);
  const out: string[] = [];
  let i = 0;
  if (U.isAsciiString(s)) {
    const cache = new Map<number, string>();
    for (; i < cps.length; i++) {
      const c = cps[i];
      const hit = cache.get(c);
      if (hit !== undefined) { out.push(hit); continue; }
      const item = translateLookup(rt, table, c);
      let text: string | null;
      try {
        text = translatedText(rt, item, c);
        // Only "not found", deletion and one ASCII character stay on the fast path.
        const fastOk = item === null || item === rt.None || (text.length === 1 && text.charCodeAt(0) <= 127);
        if (!fastOk) text = null;
      } finally { if (item !== null) rt.decref(item); }
      if (text === null) break; // leave the fast path; this character is looked up again below
      cache.set(c, text);
      out.push(text);
    }
  }
  for (; i < cps.length; i++) {
    const c = cps[i];
    const item = translateLookup(rt, table, c);
    try { out.push(translatedText(rt, item, c)); } finally { if (item !== null) rt.decref(item); }
  }
  return out.join('');
}

/** str.maketrans(x[, y[, z]]) */
function strMaketrans(rt: Runtime, args: PyObject[], kw: Array<[string, PyObject]> | null): PyObject {
  posArgs(rt, 'maketrans', 'str.maketrans', args, kw, 1, 3);
  const [x, y, z] = args;
  if (y !== undefined && !isStr(rt, y)) rt.typeError(`maketrans() argument 2 must be str, not ${y.type.name}`);
  if (z !== undefined && !isStr(rt, z)) rt.typeError(`maketrans() argument 3 must be str, not ${z.type.name}`);
  const d = newDict(rt);
  try {
    const put = (k: number, v: PyObject): void => {
      const ko = rt.newInt(k);
      try { dictSet(rt, d, ko, v); } finally { rt.decref(ko); }
    };
    if (y !== undefined) {
      if (!isStr(rt, x)) rt.typeError('first maketrans argument must be a string if there is a second argument');
      const xs = U.codePointsOf(x.v);
      const ys = U.codePointsOf((y as PyStr).v);
      if (xs.length !== ys.length) rt.valueError('the first two maketrans arguments must have equal length');
      for (let i = 0; i < xs.length; i++) {
        const v = rt.newInt(ys[i]);
        try { put(xs[i], v); } finally { rt.decref(v); }
      }
      if (z !== undefined) for (const c of U.codePointsOf((z as PyStr).v)) put(c, rt.None);
      return d;
    }
    if (!(x instanceof PyDict)) rt.typeError('if you give only one argument to maketrans it must be a dict');
    for (const [k, v] of dictItems(x)) {
      if (isStr(rt, k)) {
        if (cpLen(k.v) !== 1) rt.valueError('string keys in translate table must be of length 1');
        put(k.v.codePointAt(0)!, v);
      } else if (isInt(rt, k)) {
        dictSet(rt, d, k, v);
      } else rt.typeError('keys in translate table must be strings or integers');
    }
    return d;
  } catch (e) {
    rt.decref(d);
    throw e;
  }
}

export function installStrMiscMethods(rt: Runtime, S: PyType): void {
  const sv = (o: PyObject): string => (o as PyStr).v;

  const CASE: Array<[string, (s: string) => string]> = [
    ['upper', U.strUpper], ['lower', U.strLower], ['casefold', U.strCasefold], ['swapcase', U.strSwapcase],
    ['title', U.strTitle], ['capitalize', U.strCapitalize],
  ];
  for (const [name, fn] of CASE) {
    defMethod(S, name, (self, args, kw) => {
      noArgs(rt, `str.${name}`, args, kw);
      return rt.newStr(fn(sv(self)));
    });
  }

  const PRED: Array<[string, (s: string) => boolean]> = [
    ['isalnum', U.strIsAlnum], ['isalpha', U.strIsAlpha], ['isascii', U.strIsAscii], ['isdecimal', U.strIsDecimal],
    ['isdigit', U.strIsDigit], ['isidentifier', U.strIsIdentifier], ['islower', U.strIsLower], ['isnumeric', U.strIsNumeric],
    ['isprintable', U.strIsPrintable], ['isspace', U.strIsSpace], ['istitle', U.strIsTitle], ['isupper', U.strIsUpper],
  ];
  for (const [name, fn] of PRED) {
    defMethod(S, name, (self, args, kw) => {
      noArgs(rt, `str.${name}`, args, kw);
      return rt.newBool(fn(sv(self)));
    });
  }

  defMethod(S, 'encode', (self, args, kw) => {
    const [enc, errs] = codecArgs(rt, 'encode', args, kw);
    return rt.newBytes(encodeToBytes(rt, sv(self), enc, errs));
  });

  defMethod(S, 'join', (self, args, kw) => strJoin(rt, self, oneArg(rt, 'str.join', args, kw)));

  defMethod(S, 'format', (self, args, kw) => {
    let kwd: PyDict | null = null;
    if (kw !== null && kw.length > 0) {
      kwd = newDict(rt);
      for (const [k, v] of kw) dictSetStr(rt, kwd, k, v);
    }
    try {
      return rt.newStr(strFormat(rt, sv(self), args, kwd));
    } finally { if (kwd !== null) rt.decref(kwd); }
  });
  defMethod(S, 'format_map', (self, args, kw) => rt.newStr(strFormatMap(rt, sv(self), oneArg(rt, 'str.format_map', args, kw))));

  defMethod(S, 'translate', (self, args, kw) => {
    const table = oneArg(rt, 'str.translate', args, kw);
    if (sv(self).length === 0) return strResult(rt, self, null);
    return rt.newStr(strTranslate(rt, sv(self), table));
  });

  // maketrans is a staticmethod wrapping a builtin.
  const mk = newBuiltin(rt, 'maketrans', (args, kw) => strMaketrans(rt, args, kw), null);
  mk.qualname = 'str.maketrans';
  const sm = rt.newStaticmethod(mk);
  rt.decref(mk);
  dictSetStr(rt, S.dict, 'maketrans', sm);
  rt.decref(sm);
}
