// printf-style formatting of bytes and bytearray: `b'%d %s' % (1, b'x')`.
// Works on latin-1 strings (one unit per byte); values are Python objects.
// cf. Objects/bytesobject.c _PyBytes_FormatEx, format_obj, byte_converter,
// formatlong, formatfloat, getnextarg.

import { PyRaise, type PyObject } from './object';
import { PyBytes, PyByteArray, PyTuple, PyFloat } from './core';
import type { Runtime } from '../runtime';
import { callSpecial, getItem } from '../vm/abstract';
import { doubleToString, type DoubleFormatCode } from './format/double-to-string';
import { intToBaseString } from './format/int-format';
import { floatToInt } from './format/percent';
import { FormatError } from './format/errors';
import { asciiEscape } from './strmethods-unicode';
import { isInt, isStr, indexOrNull, hasIndex, isNumberObj, bufferOf, latin1, fromLatin1, withFormatErrors } from './strmethods-args';

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;
const SSIZE_MAX = 9223372036854775807n;
const INT_MAX = 2147483647;

const isDigit = (c: string): boolean => c.length === 1 && c >= '0' && c <= '9';

/** formatlong: %d %i %u %o %x %X of any number (ASCII text). */
function formatLong(rt: Runtime, v: PyObject, flags: number, prec: number, type: string): string {
  if (type === 'i') type = 'd';
  let val: bigint | null = isInt(rt, v) ? BigInt(v.v) : null;
  if (val === null && isNumberObj(rt, v)) {
    if (type === 'o' || type === 'x' || type === 'X') val = indexOrNull(rt, v);
    else if (v instanceof PyFloat) val = floatToInt(v.v);
    else if (hasIndex(v)) val = indexOrNull(rt, v);
    else if (v.type.lookup('__int__') !== null) {
      const r = callSpecial(rt, v, '__int__', [])!;
      try {
        if (!isInt(rt, r)) rt.typeError(`__int__ returned non-int (type ${r.type.name})`);
        val = BigInt(r.v);
      } finally { rt.decref(r); }
    }
  }
  if (val === null) {
    const what = type === 'o' || type === 'x' || type === 'X' ? 'an integer' : 'a real number';
    rt.typeError(`%${type} format: ${what} is required, not ${v.type.name}`);
  }
  if (prec > INT_MAX - 3) throw new FormatError('OverflowError', 'precision too large');
  const base = type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
  const neg = val < 0n;
  const digits = intToBaseString(neg ? -val : val, base, false);
  const prefix = (flags & F_ALT) !== 0 && base !== 10 ? (base === 8 ? '0o' : '0x') : '';
  const padded = prec > digits.length ? '0'.repeat(prec - digits.length) + digits : digits;
  const s = (neg ? '-' : '') + prefix + padded;
  return type === 'X' ? s.toUpperCase() : s;
}

/** formatfloat: %e %f %g (and upper-case) via PyFloat_AsDouble. */
function formatFloat(rt: Runtime, v: PyObject, flags: number, prec: number, type: string): string {
  let x: number | null = null;
  try {
    if (v instanceof PyFloat) x = v.v;
    else if (isInt(rt, v)) {
      x = Number(v.v);
      if (!Number.isFinite(x)) x = null;
    } else if (v.type.lookup('__float__') !== null) {
      const r = callSpecial(rt, v, '__float__', [])!;
      try { if (r instanceof PyFloat) x = r.v; } finally { rt.decref(r); }
    } else {
      const i = indexOrNull(rt, v);
      if (i !== null) x = Number(i);
    }
  } catch (e) {
    // Any failure of PyFloat_AsDouble becomes "float argument required".
    if (!(e instanceof PyRaise)) throw e;
    rt.decref(e.exc);
    x = null;
  }
  if (x === null) rt.typeError(`float argument required, not ${v.type.name}`);
  return doubleToString(x, type as DoubleFormatCode, prec < 0 ? 6 : prec, { alt: (flags & F_ALT) !== 0 });
}

/** format_obj: the bytes of %s / %b. */
function formatObj(rt: Runtime, v: PyObject): string {
  if (v instanceof PyBytes || v instanceof PyByteArray) return latin1(bufferOf(v)!);
  if (v.type.lookup('__bytes__') !== null) {
    const r = callSpecial(rt, v, '__bytes__', [])!;
    try {
      if (!(r instanceof PyBytes)) rt.typeError(`__bytes__ returned non-bytes (type ${r.type.name})`);
      return latin1(r.v);
    } finally { rt.decref(r); }
  }
  const b = bufferOf(v);
  if (b !== null) return latin1(b);
  rt.typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${v.type.name}'`);
}

/** byte_converter for %c. */
function formatByte(rt: Runtime, v: PyObject): string {
  if ((v instanceof PyBytes || v instanceof PyByteArray) && bufferOf(v)!.length === 1) return String.fromCharCode(bufferOf(v)![0]);
  const i = isInt(rt, v) ? BigInt(v.v) : indexOrNull(rt, v);
  if (i === null) rt.typeError('%c requires an integer in range(256) or a single byte');
  if (i < 0n || i > 255n) rt.raise(rt.t.OverflowError, '%c arg not in range(256)');
  return String.fromCharCode(Number(i));
}

/** `format % args` for bytes and bytearray formats; the result as bytes. */
export function bytesPercent(rt: Runtime, format: Uint8Array, args: PyObject): Uint8Array {
  return withFormatErrors(rt, () => fromLatin1(bytesPercentText(rt, latin1(format), args)));
}

function bytesPercentText(rt: Runtime, fmt: string, args0: PyObject): string {
  let args = args0;
  let argsOwned = false;
  const isTuple = args instanceof PyTuple && args.type.isSubtypeOf(rt.t.tuple);
  let arglen = isTuple ? (args as PyTuple).items.length : -1;
  let argidx = isTuple ? 0 : -2;
  const t = args.type;
  const dict = !isTuple && t.lookup('__getitem__') !== null && !(args instanceof PyBytes) && !isStr(rt, args) && !(args instanceof PyByteArray)
    ? args : null;
  const out: string[] = [];
  const nextArg = (): PyObject => {
    if (argidx < arglen) {
      argidx++;
      if (arglen < 0) return args;
      return (args as PyTuple).items[argidx - 1];
    }
    rt.typeError('not enough arguments for format string');
  };
  let pos = 0;
  let cnt = fmt.length;
  const rd = (i: number): string => (i < fmt.length ? fmt[i] : '\0');
  try {
    while (--cnt >= 0) {
      if (fmt[pos] !== '%') {
        let end = fmt.indexOf('%', pos + 1);
        if (end < 0 || end > pos + cnt) end = pos + cnt + 1;
        out.push(fmt.slice(pos, end));
        cnt -= end - pos - 1;
        pos = end;
        continue;
      }
      pos++;
      if (rd(pos) === '%') { out.push('%'); pos++; cnt--; continue; }
      let flags = 0;
      let width = -1;
      let prec = -1;
      let c = '\0';
      if (rd(pos) === '(') {
        if (dict === null) rt.typeError('format requires a mapping');
        ++pos; --cnt;
        const keystart = pos;
        let pcount = 1;
        while (pcount > 0 && --cnt >= 0) {
          if (rd(pos) === ')') --pcount;
          else if (rd(pos) === '(') ++pcount;
          pos++;
        }
        const keylen = pos - keystart - 1;
        if (cnt < 0 || pcount > 0) rt.valueError('incomplete format key');
        const key = rt.newBytes(fromLatin1(fmt.slice(keystart, keystart + keylen)));
        try {
          const v = getItem(rt, dict, key);
          if (argsOwned) rt.decref(args);
          args = v;
          argsOwned = true;
        } finally { rt.decref(key); }
        arglen = -1;
        argidx = -2;
      }
      while (--cnt >= 0) {
        c = rd(pos++);
        const f = c === '-' ? F_LJUST : c === '+' ? F_SIGN : c === ' ' ? F_BLANK : c === '#' ? F_ALT : c === '0' ? F_ZERO : 0;
        if (f === 0) break;
        flags |= f;
      }
      if (c === '*') {
        const v = nextArg();
        if (!isInt(rt, v)) rt.typeError('* wants int');
        const w = BigInt(v.v);
        if (w > SSIZE_MAX || w < -SSIZE_MAX - 1n) rt.raise(rt.t.OverflowError, 'Python int too large to convert to C ssize_t');
        width = Number(w);
        if (width < 0) { flags |= F_LJUST; width = -width; }
        if (--cnt >= 0) c = rd(pos++);
      } else if (isDigit(c)) {
        let w = BigInt(c.charCodeAt(0) - 48);
        while (--cnt >= 0) {
          c = rd(pos++);
          if (!isDigit(c)) break;
          const d = BigInt(c.charCodeAt(0) - 48);
          if (w > (SSIZE_MAX - d) / 10n) rt.valueError('width too big');
          w = w * 10n + d;
        }
        width = Number(w);
      }
      if (c === '.') {
        prec = 0;
        if (--cnt >= 0) c = rd(pos++);
        if (c === '*') {
          const v = nextArg();
          if (!isInt(rt, v)) rt.typeError('* wants int');
          const p = BigInt(v.v);
          if (p > BigInt(INT_MAX) || p < -BigInt(INT_MAX) - 1n) rt.raise(rt.t.OverflowError, 'Python int too large to convert to C int');
          prec = p < 0n ? 0 : Number(p);
          if (--cnt >= 0) c = rd(pos++);
        } else if (isDigit(c)) {
          prec = c.charCodeAt(0) - 48;
          while (--cnt >= 0) {
            c = rd(pos++);
            if (!isDigit(c)) break;
            const d = c.charCodeAt(0) - 48;
            if (prec > Math.floor((INT_MAX - d) / 10)) rt.valueError('prec too big');
            prec = prec * 10 + d;
          }
        }
      }
      if (cnt >= 0 && (c === 'h' || c === 'l' || c === 'L')) {
        if (--cnt >= 0) c = rd(pos++);
      }
      if (cnt < 0) rt.valueError('incomplete format');
      const v = nextArg();
      let sign = false;
      let fill = ' ';
      let buf: string;
      switch (c) {
        case 'r': case 'a':
          buf = asciiEscape(rt.repr(v));
          if (prec >= 0 && buf.length > prec) buf = buf.slice(0, prec);
          break;
        case 's': case 'b':
          buf = formatObj(rt, v);
          if (prec >= 0 && buf.length > prec) buf = buf.slice(0, prec);
          break;
        case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
          buf = formatLong(rt, v, flags, prec, c);
          sign = true;
          if ((flags & F_ZERO) !== 0) fill = '0';
          break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
          buf = formatFloat(rt, v, flags, prec, c);
          sign = true;
          if ((flags & F_ZERO) !== 0) fill = '0';
          break;
        case 'c':
          buf = formatByte(rt, v);
          break;
        default: {
          const code = c.charCodeAt(0);
          rt.valueError(`unsupported format character '${c}' (0x${code.toString(16)}) at index ${pos - 1}`);
        }
      }
      out.push(layout(buf, flags, width, sign, fill, c));
      if (dict !== null && argidx < arglen) rt.typeError('not all arguments converted during bytes formatting');
    }
    if (argidx < arglen && dict === null) rt.typeError('not all arguments converted during bytes formatting');
    return out.join('');
  } finally {
    if (argsOwned) rt.decref(args);
  }
}

/** The sign / prefix / padding placement of _PyBytes_FormatEx. */
function layout(buf: string, flags: number, width: number, signWanted: boolean, fill: string, c: string): string {
  let p = 0;
  let len = buf.length;
  let sign = '';
  if (signWanted) {
    if (buf[0] === '-' || buf[0] === '+') { sign = buf[0]; p++; len--; }
    else if ((flags & F_SIGN) !== 0) sign = '+';
    else if ((flags & F_BLANK) !== 0) sign = ' ';
  }
  if (width < len) width = len;
  let out = '';
  if (sign !== '') {
    if (fill !== ' ') out += sign;
    if (width > len) width--;
  }
  const alt = (flags & F_ALT) !== 0 && (c === 'o' || c === 'x' || c === 'X');
  if (alt) {
    if (fill !== ' ') { out += buf.slice(p, p + 2); p += 2; }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && (flags & F_LJUST) === 0) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (sign !== '') out += sign;
    if (alt) { out += buf.slice(p, p + 2); p += 2; }
  }
  out += buf.slice(p, p + len);
  if (width > len) out += ' '.repeat(width - len);
  return out;
}
