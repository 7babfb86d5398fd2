// The methods bytes and bytearray share (searching, splitting, stripping,
// padding, ASCII case conversion and predicates, join, translate, decode, hex,
// maketrans). They run the str algorithms on latin-1 strings; results are made
// by the kind (bytes or bytearray).
// cf. Objects/bytes_methods.c, Objects/bytesobject.c, Objects/bytearrayobject.c,
// Objects/stringlib/*.h, Python/pystrhex.c.

import type { PyObject } from './object';
import { PyBytes, PyByteArray, PyTuple, PyList } from './core';
import type { PyType, KwArgs } from './type';
import type { Runtime } from '../runtime';
import { defMethod, newBuiltin } from './native';
import { dictSetStr } from './dictops';
import { iterateToArray } from '../vm/abstract';
import {
  BYTES_MODE, findIn, countIn, tailMatch, splitWhitespace, rsplitWhitespace, splitSep, rsplitSep, splitLines,
  partitionAt, stripText, replaceText, expandTabs, centerText, ljustText, rjustText, zfillText,
} from './strmethods-text';
import {
  noArgs, oneArg, posArgs, tupleArgs, kwArgs, isStr, ssizeArg, cIntArg, sliceIndex, indexOrNull, bufferOf, latin1, fromLatin1,
} from './strmethods-args';
import { codecArgs, decodeToStr } from './strmethods-misc';
import { bytesPercent } from './bytesformat';

const BIG = 9223372036854775807;

/** How a method makes results for its receiver's family. */
export interface BytesKind {
  qual: 'bytes' | 'bytearray';
  /** The current contents (a view). */
  data(o: PyObject): Uint8Array;
  /** A new exact object of this family. */
  make(v: Uint8Array): PyObject;
}

/** The receiver unchanged: itself for an exact bytes, else a copy. */
export function sameBytes(rt: Runtime, kind: BytesKind, self: PyObject): PyObject {
  if (kind.qual === 'bytes' && self.type === rt.t.bytes) { self.refcnt++; return self; }
  return kind.make(kind.data(self).slice());
}

/** A bytes-like argument ("a bytes-like object is required, not 'str'"). */
export function bytesLike(rt: Runtime, o: PyObject): Uint8Array {
  const b = bufferOf(o);
  if (b === null) rt.typeError(`a bytes-like object is required, not '${o.type.name}'`);
  return b;
}

/** The sub argument of find/count/index: a byte value or a bytes-like object (latin-1 text). */
function subText(rt: Runtime, o: PyObject): string {
  const b = bufferOf(o);
  if (b !== null) return latin1(b);
  const v = indexOrNull(rt, o);
  if (v === null) rt.typeError(`argument should be integer or bytes-like object, not '${o.type.name}'`);
  if (v < 0n || v > 255n) rt.valueError('byte must be in range(0, 256)');
  return String.fromCharCode(Number(v));
}

/** _getbytevalue: an int in range(256). */
export function byteValue(rt: Runtime, o: PyObject): number {
  const v = indexOrNull(rt, o);
  if (v === null) rt.typeError(`'${o.type.name}' object cannot be interpreted as an integer`);
  if (v < 0n || v > 255n) rt.valueError('byte must be in range(0, 256)');
  return Number(v);
}

const isLowerB = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isUpperB = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isAlphaB = (c: number): boolean => isLowerB(c) || isUpperB(c);
const isDigitB = (c: number): boolean => c >= 0x30 && c <= 0x39;

function mapBytes(b: Uint8Array, f: (c: number, i: number) => number): Uint8Array {
  const out = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = f(b[i], i);
  return out;
}
const up = (c: number): number => (isLowerB(c) ? c - 32 : c);
const low = (c: number): number => (isUpperB(c) ? c + 32 : c);

function bytesTitle(b: Uint8Array): Uint8Array {
  let prev = false;
  return mapBytes(b, (c) => {
    if (isLowerB(c)) { const r = prev ? c : c - 32; prev = true; return r; }
    if (isUpperB(c)) { const r = prev ? c + 32 : c; prev = true; return r; }
    prev = false;
    return c;
  });
}

function allBytes(b: Uint8Array, f: (c: number) => boolean): boolean {
  if (b.length === 0) return false;
  for (let i = 0; i < b.length; i++) if (!f(b[i])) return false;
  return true;
}

function bytesIsTitle(b: Uint8Array): boolean {
  let cased = false;
  let prev = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (isUpperB(c)) { if (prev) return false; prev = true; cased = true; }
    else if (isLowerB(c)) { if (!prev) return false; prev = true; cased = true; }
    else prev = false;
  }
  return cased;
}

/** bytes.hex(sep, bytes_per_sep) / bytearray.hex: cf. Python/pystrhex.c _Py_strhex_impl. */
export function bytesHex(rt: Runtime, b: Uint8Array, sepO: PyObject | null, bpsO: PyObject | null): string {
  let sep = '';
  if (sepO !== null) {
    let text: string;
    if (isStr(rt, sepO)) text = sepO.v;
    else {
      const buf = bufferOf(sepO);
      if (buf === null) rt.typeError(`object of type '${sepO.type.name}' has no len()`);
      text = latin1(buf);
    }
    if (Array.from(text).length !== 1) rt.valueError('sep must be length 1.');
    if (text.charCodeAt(0) > 127) rt.valueError('sep must be ASCII.');
    sep = text;
  }
  const bps = bpsO === null ? 1 : cIntArg(rt, bpsO);
  let hex = '';
  for (let i = 0; i < b.length; i++) hex += (b[i] < 16 ? '0' : '') + b[i].toString(16);
  if (sep === '' || bps === 0 || b.length === 0) return hex;
  const n = Math.abs(bps);
  const groups: string[] = [];
  if (bps > 0) {
    // Groups are counted from the right.
    let end = b.length;
    while (end > 0) { const start = Math.max(0, end - n); groups.unshift(hex.slice(2 * start, 2 * end)); end = start; }
  } else {
    for (let start = 0; start < b.length; start += n) groups.push(hex.slice(2 * start, 2 * Math.min(b.length, start + n)));
  }
  return groups.join(sep);
}

/** bytes.fromhex / bytearray.fromhex: the decoded bytes (cf. _PyBytes_FromHex). */
export function fromHex(rt: Runtime, o: PyObject): Uint8Array {
  if (!isStr(rt, o)) rt.typeError(`fromhex() argument must be str, not ${o.type.name}`);
  const s = o.v;
  const out: number[] = [];
  const hexv = (ch: string | undefined): number => {
    if (ch === undefined) return 37;
    const c = ch.charCodeAt(0);
    if (c >= 0x30 && c <= 0x39) return c - 0x30;
    if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
    if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
    return 37;
  };
  const bad = (pos: number): never => rt.valueError(`non-hexadecimal number found in fromhex() arg at position ${pos}`);
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) >= 128) bad(k);
  let i = 0;
  while (i < s.length) {
    if (BYTES_MODE.isSpace(s.charCodeAt(i))) {
      do i++; while (i < s.length && BYTES_MODE.isSpace(s.charCodeAt(i)));
      if (i >= s.length) break;
    }
    const top = hexv(s[i]);
    if (top >= 16) bad(i);
    i++;
    const bot = hexv(s[i]);
    if (bot >= 16) bad(i);
    i++;
    out.push((top << 4) + bot);
  }
  return Uint8Array.from(out);
}

/** bytes.join / bytearray.join */
function bytesJoin(rt: Runtime, kind: BytesKind, self: PyObject, iterable: PyObject): PyObject {
  const fast = (iterable instanceof PyList && iterable.type.isSubtypeOf(rt.t.list)) || (iterable instanceof PyTuple && iterable.type.isSubtypeOf(rt.t.tuple));
  let items: PyObject[];
  if (fast) {
    items = (iterable as PyList).items.slice();
    for (const x of items) x.refcnt++;
  } else {
    if (iterable.type.lookup('__iter__') === null && iterable.type.lookup('__getitem__') === null) rt.typeError('can only join an iterable');
    items = iterateToArray(rt, iterable);
  }
  try {
    if (items.length === 1 && kind.qual === 'bytes' && items[0].type === rt.t.bytes) {
      items[0].refcnt++;
      return items[0];
    }
    const sep = kind.data(self);
    const parts: Uint8Array[] = [];
    let total = 0;
    for (let i = 0; i < items.length; i++) {
      const b = bufferOf(items[i]);
      if (b === null) rt.typeError(`sequence item ${i}: expected a bytes-like object, ${items[i].type.name} found`);
      parts.push(b.slice());
      total += b.length + (i > 0 ? sep.length : 0);
    }
    if (total > (1 << 28)) rt.memoryError();
    const out = new Uint8Array(total);
    let k = 0;
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) { out.set(sep, k); k += sep.length; }
      out.set(parts[i], k);
      k += parts[i].length;
    }
    return kind.make(out);
  } finally {
    for (const x of items) rt.decref(x);
  }
}

/** bytes.maketrans(frm, to): a 256-byte table (always bytes). */
function bytesMaketrans(rt: Runtime, args: PyObject[], kw: KwArgs, qual: string): PyObject {
  posArgs(rt, 'maketrans', `${qual}.maketrans`, args, kw, 2, 2);
  const frm = bytesLike(rt, args[0]);
  const to = bytesLike(rt, args[1]);
  if (frm.length !== to.length) rt.valueError('maketrans arguments must have same length');
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) table[i] = i;
  for (let i = 0; i < frm.length; i++) table[frm[i]] = to[i];
  return rt.newBytes(table);
}

export function installBytesCommon(rt: Runtime, T: PyType, kind: BytesKind): void {
  const q = kind.qual;
  const text = (o: PyObject): string => latin1(kind.data(o));
  const make = (s: string): PyObject => kind.make(fromLatin1(s));
  /** A result that may be the unchanged receiver (null = unchanged). */
  const result = (self: PyObject, s: string | null): PyObject => (s === null ? sameBytes(rt, kind, self) : make(s));
  const list = (self: PyObject, parts: string[]): PyObject => {
    if (parts.length === 1 && kind.qual === 'bytes' && self.type === rt.t.bytes && parts[0].length === kind.data(self).length) {
      self.refcnt++;
      return rt.newList([self]);
    }
    return rt.newList(parts.map(make));
  };

  for (const [name, reverse, raise] of [['find', false, false], ['rfind', true, false], ['index', false, true], ['rindex', true, true]] as const) {
    defMethod(T, name, (self, args, kw) => {
      tupleArgs(rt, name, args, kw, 1, 3);
      const sub = subText(rt, args[0]);
      const start = sliceIndex(rt, args[1] ?? null, 0);
      const end = sliceIndex(rt, args[2] ?? null, BIG);
      const r = findIn(text(self), sub, start, end, reverse);
      if (r < 0 && raise) rt.valueError('subsection not found');
      return rt.newInt(r);
    });
  }
  defMethod(T, 'count', (self, args, kw) => {
    tupleArgs(rt, 'count', args, kw, 1, 3);
    const sub = subText(rt, args[0]);
    return rt.newInt(countIn(text(self), sub, sliceIndex(rt, args[1] ?? null, 0), sliceIndex(rt, args[2] ?? null, BIG)));
  });
  for (const [name, atEnd] of [['startswith', false], ['endswith', true]] as const) {
    defMethod(T, name, (self, args, kw) => {
      tupleArgs(rt, name, args, kw, 1, 3);
      const start = sliceIndex(rt, args[1] ?? null, 0);
      const end = sliceIndex(rt, args[2] ?? null, BIG);
      const x = args[0];
      const s = text(self);
      if (x instanceof PyTuple && x.type.isSubtypeOf(rt.t.tuple)) {
        for (const item of x.items) if (tailMatch(s, latin1(bytesLike(rt, item)), start, end, atEnd)) return rt.newBool(true);
        return rt.newBool(false);
      }
      const b = bufferOf(x);
      if (b === null) rt.typeError(`${name} first arg must be bytes or a tuple of bytes, not ${x.type.name}`);
      return rt.newBool(tailMatch(s, latin1(b), start, end, atEnd));
    });
  }

  for (const [name, rev] of [['split', false], ['rsplit', true]] as const) {
    defMethod(T, name, (self, args, kw) => {
      const [sepO, maxO] = kwArgs(rt, name, args, kw, ['sep', 'maxsplit']);
      const maxsplit = maxO === null ? -1 : ssizeArg(rt, maxO);
      const s = text(self);
      if (sepO === null || sepO === rt.None) {
        return list(self, rev ? rsplitWhitespace(s, maxsplit, BYTES_MODE) : splitWhitespace(s, maxsplit, BYTES_MODE));
      }
      const sep = latin1(bytesLike(rt, sepO));
      if (sep.length === 0) rt.valueError('empty separator');
      return list(self, rev ? rsplitSep(s, sep, maxsplit) : splitSep(s, sep, maxsplit));
    });
  }
  defMethod(T, 'splitlines', (self, args, kw) => {
    const [keepO] = kwArgs(rt, 'splitlines', args, kw, ['keepends']);
    return list(self, splitLines(text(self), keepO !== null && cIntArg(rt, keepO) !== 0, BYTES_MODE));
  });
  for (const [name, rev] of [['partition', false], ['rpartition', true]] as const) {
    defMethod(T, name, (self, args, kw) => {
      const sepO = oneArg(rt, `${q}.${name}`, args, kw);
      const sep = latin1(bytesLike(rt, sepO));
      if (sep.length === 0) rt.valueError('empty separator');
      const r = partitionAt(text(self), sep, rev);
      if (r === null) {
        const whole = sameBytes(rt, kind, self);
        const e1 = kind.make(new Uint8Array(0));
        const e2 = kind.make(new Uint8Array(0));
        return rt.newTuple(rev ? [e1, e2, whole] : [whole, e1, e2]);
      }
      let mid: PyObject;
      if (kind.qual === 'bytes') { sepO.refcnt++; mid = sepO; } else mid = make(sep);
      return rt.newTuple([make(r[0]), mid, make(r[1])]);
    });
  }

  for (const [name, left, right] of [['strip', true, true], ['lstrip', true, false], ['rstrip', false, true]] as const) {
    defMethod(T, name, (self, args, kw) => {
      posArgs(rt, name, `${q}.${name}`, args, kw, 0, 1);
      const c = args[0];
      const chars = c === undefined || c === rt.None ? null : latin1(bytesLike(rt, c));
      const s = text(self);
      const r = stripText(s, chars, left, right, BYTES_MODE);
      return r === s ? sameBytes(rt, kind, self) : make(r);
    });
  }
  for (const [name, prefix] of [['removeprefix', true], ['removesuffix', false]] as const) {
    defMethod(T, name, (self, args, kw) => {
      const p = latin1(bytesLike(rt, oneArg(rt, `${q}.${name}`, args, kw)));
      const s = text(self);
      if (p.length > 0 && prefix && s.startsWith(p)) return make(s.slice(p.length));
      if (p.length > 0 && !prefix && s.endsWith(p)) return make(s.slice(0, s.length - p.length));
      return sameBytes(rt, kind, self);
    });
  }
  defMethod(T, 'replace', (self, args, kw) => {
    posArgs(rt, 'replace', `${q}.replace`, args, kw, 2, 3);
    const old = latin1(bytesLike(rt, args[0]));
    const rep = latin1(bytesLike(rt, args[1]));
    const count = args.length > 2 ? ssizeArg(rt, args[2]) : -1;
    const r = replaceText(text(self), old, rep, count);
    if (r !== null && r.length > (1 << 28)) rt.memoryError();
    return r === null ? sameBytes(rt, kind, self) : make(r);
  });
  defMethod(T, 'expandtabs', (self, args, kw) => {
    const [t] = kwArgs(rt, 'expandtabs', args, kw, ['tabsize']);
    const s = text(self);
    return make(expandTabs(s, t === null ? 8 : cIntArg(rt, t)) ?? s);
  });
  for (const [name, fn] of [['center', centerText], ['ljust', ljustText], ['rjust', rjustText]] as const) {
    defMethod(T, name, (self, args, kw) => {
      posArgs(rt, name, `${q}.${name}`, args, kw, 1, 2);
      const width = ssizeArg(rt, args[0]);
      let fill = ' ';
      if (args.length > 1) {
        const f = args[1];
        const b = f instanceof PyBytes || f instanceof PyByteArray ? bufferOf(f) : null;
        if (b === null || b.length !== 1) rt.typeError(`${name}() argument 2 must be a byte string of length 1, not ${f.type.name}`);
        fill = String.fromCharCode(b[0]);
      }
      if (width > (1 << 28)) rt.memoryError();
      return result(self, fn(text(self), width, fill));
    });
  }
  defMethod(T, 'zfill', (self, args, kw) => {
    const width = ssizeArg(rt, oneArg(rt, `${q}.zfill`, args, kw));
    if (width > (1 << 28)) rt.memoryError();
    return result(self, zfillText(text(self), width));
  });

  const CASE: Array<[string, (b: Uint8Array) => Uint8Array]> = [
    ['upper', (b) => mapBytes(b, up)], ['lower', (b) => mapBytes(b, low)],
    ['swapcase', (b) => mapBytes(b, (c) => (isLowerB(c) ? c - 32 : isUpperB(c) ? c + 32 : c))],
    ['title', bytesTitle], ['capitalize', (b) => mapBytes(b, (c, i) => (i === 0 ? up(c) : low(c)))],
  ];
  for (const [name, fn] of CASE) {
    defMethod(T, name, (self, args, kw) => {
      noArgs(rt, `${q}.${name}`, args, kw);
      return kind.make(fn(kind.data(self)));
    });
  }
  const PRED: Array<[string, (b: Uint8Array) => boolean]> = [
    ['isalnum', (b) => allBytes(b, (c) => isAlphaB(c) || isDigitB(c))], ['isalpha', (b) => allBytes(b, isAlphaB)],
    ['isascii', (b) => b.every((c) => c < 128)], ['isdigit', (b) => allBytes(b, isDigitB)],
    ['isspace', (b) => allBytes(b, BYTES_MODE.isSpace)], ['istitle', bytesIsTitle],
    ['islower', (b) => b.some(isLowerB) && !b.some(isUpperB)], ['isupper', (b) => b.some(isUpperB) && !b.some(isLowerB)],
  ];
  for (const [name, fn] of PRED) {
    defMethod(T, name, (self, args, kw) => {
      noArgs(rt, `${q}.${name}`, args, kw);
      return rt.newBool(fn(kind.data(self)));
    });
  }

  defMethod(T, 'join', (self, args, kw) => bytesJoin(rt, kind, self, oneArg(rt, `${q}.join`, args, kw)));
  defMethod(T, 'translate', (self, args, kw) => {
    const [tableO, delO] = kwArgs(rt, 'translate', args, kw, ['table', 'delete'], 1, 1);
    let table: Uint8Array | null = null;
    if (tableO !== rt.None) {
      table = bytesLike(rt, tableO!);
      if (table.length !== 256) rt.valueError('translation table must be 256 characters long');
    }
    const del = delO === null ? null : bytesLike(rt, delO);
    const b = kind.data(self);
    const drop = new Uint8Array(256);
    if (del !== null) for (const c of del) drop[c] = 1;
    const out: number[] = [];
    let changed = false;
    for (let i = 0; i < b.length; i++) {
      const c = b[i];
      if (drop[c]) { changed = true; continue; }
      const m = table === null ? c : table[c];
      if (m !== c) changed = true;
      out.push(m);
    }
    return changed ? kind.make(Uint8Array.from(out)) : sameBytes(rt, kind, self);
  });
  defMethod(T, 'decode', (self, args, kw) => {
    const [enc, errs] = codecArgs(rt, 'decode', args, kw);
    return rt.newStr(decodeToStr(rt, kind.data(self), enc, errs));
  });
  defMethod(T, 'hex', (self, args, kw) => {
    const [sepO, bpsO] = kwArgs(rt, 'hex', args, kw, ['sep', 'bytes_per_sep']);
    return rt.newStr(bytesHex(rt, kind.data(self), sepO, bpsO));
  });
  defMethod(T, '__mod__', (self, args) => kind.make(bytesPercent(rt, kind.data(self), args[0])));
  defMethod(T, '__rmod__', (self, args) => {
    // Only reached for a left operand of the same family that did not handle it (subclasses).
    const o = args[0];
    const ok = kind.qual === 'bytes' ? o instanceof PyBytes : o instanceof PyByteArray;
    if (!ok) return rt.notImplemented();
    return kind.make(bytesPercent(rt, kind.data(o), self));
  });

  const mk = newBuiltin(rt, 'maketrans', (args, kw) => bytesMaketrans(rt, args, kw, q), null);
  mk.qualname = `${q}.maketrans`;
  const sm = rt.newStaticmethod(mk);
  rt.decref(mk);
  dictSetStr(rt, T.dict, 'maketrans', sm);
  rt.decref(sm);

}
