// Arithmetic on constants for the AST optimizer, with Python semantics. Every function
// returns null where Python would raise (the optimizer then leaves the node alone).
// cf. Objects/longobject.c, Objects/floatobject.c, Objects/complexobject.c,
// Python/ast_opt.c safe_multiply / safe_power / safe_lshift / safe_mod.

import type { Const } from './code';
import type { Operator, UnaryOpKind } from '../parse/ast';
import { isTrue, strLen } from './constants';
import { floatPowValue } from '../objects/num/floatops';
import { cPow } from '../objects/num/complexops';
import { NumError } from '../objects/num/errors';

// cf. Python/ast_opt.c
const MAX_INT_SIZE = 128; /* bits */
const MAX_COLLECTION_SIZE = 256; /* items */
const MAX_STR_SIZE = 4096; /* characters */
const MAX_TOTAL_ITEMS = 1024; /* including nested collections */

const SSIZE_MAX = (1n << 63n) - 1n;

type Cx = { re: number; im: number };

function isIntLike(c: Const): c is Extract<Const, { kind: 'int' | 'bool' }> {
  return c.kind === 'int' || c.kind === 'bool';
}
function intVal(c: Const): bigint {
  return c.kind === 'int' ? c.value : c.kind === 'bool' ? (c.value ? 1n : 0n) : 0n;
}
function absBig(x: bigint): bigint {
  return x < 0n ? -x : x;
}
/** cf. _PyLong_NumBits */
function numBits(x: bigint): number {
  const a = absBig(x);
  return a === 0n ? 0 : a.toString(2).length;
}

/** int -> float, null on overflow. cf. PyLong_AsDouble */
function intToFloat(x: bigint): number | null {
  const f = Number(x);
  return Number.isFinite(f) ? f : null;
}

function toFloat(c: Const): number | null {
  if (c.kind === 'float') return c.value;
  if (isIntLike(c)) return intToFloat(intVal(c));
  return null;
}
function toComplex(c: Const): Cx | null {
  if (c.kind === 'complex') return { re: c.real, im: c.imag };
  const f = toFloat(c);
  return f === null ? null : { re: f, im: 0 };
}

const F = (value: number): Const => ({ kind: 'float', value });
const I = (value: bigint): Const => ({ kind: 'int', value });
const C = (z: Cx): Const => ({ kind: 'complex', real: z.re, imag: z.im });

function ldexp(x: number, e: number): number {
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    x *= 2 ** -1000;
    e += 1000;
  }
  return x * 2 ** e;
}

/** Correctly rounded a / b for ints. cf. Objects/longobject.c long_true_divide */
function intTrueDiv(a: bigint, b: bigint): number | null {
  if (b === 0n) return null;
  const neg = (a < 0n) !== (b < 0n);
  const x = absBig(a);
  const y = absBig(b);
  if (x === 0n) return neg ? -0 : 0;
  const limit = 1n << 53n;
  if (x <= limit && y <= limit) return Number(a) / Number(b);
  const k = numBits(x) - numBits(y) - 55;
  const num = k < 0 ? x << BigInt(-k) : x;
  const den = k < 0 ? y : y << BigInt(k);
  let q = num / den;
  const sticky = num % den !== 0n;
  const qbits = numBits(q);
  const e = k + qbits - 1; // exponent of the leading bit
  let p = 53;
  if (e < -1022) p = 53 - (-1022 - e);
  if (p < 0) p = 0;
  const drop = qbits - p;
  const mask = (1n << BigInt(drop)) - 1n;
  const rem = q & mask;
  const half = 1n << BigInt(drop - 1);
  q >>= BigInt(drop);
  if (rem > half || (rem === half && (sticky || (q & 1n) === 1n))) q += 1n;
  const r = ldexp(Number(q), k + drop);
  if (!Number.isFinite(r)) return null;
  return neg ? -r : r;
}

/** cf. Objects/floatobject.c _float_div_mod */
function floatDivmod(vx: number, wx: number): [number, number] | null {
  if (wx === 0) return null;
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  // (C truth tests: NaN is true)
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const s = vx / wx;
    floordiv = s < 0 || Object.is(s, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

function isOddInteger(x: number): boolean {
  return Math.abs(x % 2) === 1;
}

/**
 * cf. Objects/floatobject.c float_pow: folded with the runtime's own float pow
 * (glibc's pow, bit for bit), so a folded `10 ** -20` equals the computed one.
 * objects/num/floatops and complexops are pure numeric leaves (no object model).
 */
function floatPow(iv: number, iw: number): Const | null {
  try {
    const r = floatPowValue(iv, iw);
    if (r.complex) return complexPow({ re: iv, im: 0 }, { re: iw, im: 0 });
    return F(r.v);
  } catch (e) {
    if (e instanceof NumError) return null;
    throw e;
  }
}

// ---------------------------------------------------------------- complex
// cf. Objects/complexobject.c

function cProd(a: Cx, b: Cx): Cx {
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
}

/** cf. _Py_c_quot; null for division by zero */
function cQuot(a: Cx, b: Cx): Cx | null {
  const absBr = b.re < 0 ? -b.re : b.re;
  const absBi = b.im < 0 ? -b.im : b.im;
  if (absBr >= absBi) {
    if (absBr === 0.0) return null;
    const ratio = b.im / b.re;
    const denom = b.re + b.im * ratio;
    return { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom };
  }
  if (absBi >= absBr) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    return { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom };
  }
  return { re: NaN, im: NaN };
}

function cPowu(x: Cx, n: number): Cx {
  let r: Cx = { re: 1, im: 0 };
  let p = x;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = cProd(r, p);
    mask <<= 1;
    p = cProd(p, p);
  }
  return r;
}

/** cf. complex_pow (the runtime's cPow): null for ZeroDivisionError/OverflowError */
function complexPow(a: Cx, b: Cx): Const | null {
  try {
    const p = cPow({ real: a.re, imag: a.im }, { real: b.re, imag: b.im });
    return C({ re: p.real, im: p.imag });
  } catch (e) {
    if (e instanceof NumError) return null;
    throw e;
  }
}

// ---------------------------------------------------------------- numeric binary ops

type NumKind = 'int' | 'float' | 'complex' | null;
function numKind(c: Const): NumKind {
  if (isIntLike(c)) return 'int';
  if (c.kind === 'float') return 'float';
  if (c.kind === 'complex') return 'complex';
  return null;
}

function numericBinop(op: Operator, a: Const, b: Const): Const | null {
  const ka = numKind(a);
  const kb = numKind(b);
  if (!ka || !kb) return null;
  const kind = ka === 'complex' || kb === 'complex' ? 'complex' : ka === 'float' || kb === 'float' ? 'float' : 'int';
  if (kind === 'int') return intBinop(op, a, b);
  if (kind === 'float') {
    const x = toFloat(a);
    const y = toFloat(b);
    if (x === null || y === null) return null;
    switch (op) {
      case 'Add': return F(x + y);
      case 'Sub': return F(x - y);
      case 'Mult': return F(x * y);
      case 'Div': return y === 0 ? null : F(x / y);
      case 'FloorDiv': {
        const r = floatDivmod(x, y);
        return r ? F(r[0]) : null;
      }
      case 'Mod': {
        const r = floatDivmod(x, y);
        return r ? F(r[1]) : null;
      }
      case 'Pow': return floatPow(x, y);
      default: return null;
    }
  }
  const x = toComplex(a);
  const y = toComplex(b);
  if (x === null || y === null) return null;
  switch (op) {
    case 'Add': return C({ re: x.re + y.re, im: x.im + y.im });
    case 'Sub': return C({ re: x.re - y.re, im: x.im - y.im });
    case 'Mult': return C(cProd(x, y));
    case 'Div': {
      const q = cQuot(x, y);
      return q ? C(q) : null;
    }
    case 'Pow': return complexPow(x, y);
    default: return null;
  }
}

function bitResult(a: Const, b: Const, v: bigint): Const {
  if (a.kind === 'bool' && b.kind === 'bool') return { kind: 'bool', value: v !== 0n };
  return I(v);
}

function intBinop(op: Operator, a: Const, b: Const): Const | null {
  const x = intVal(a);
  const y = intVal(b);
  switch (op) {
    case 'Add': return I(x + y);
    case 'Sub': return I(x - y);
    case 'Mult': return I(x * y);
    case 'Div': {
      const r = intTrueDiv(x, y);
      return r === null ? null : F(r);
    }
    case 'FloorDiv': {
      if (y === 0n) return null;
      let q = x / y;
      if (x % y !== 0n && (x < 0n) !== (y < 0n)) q -= 1n;
      return I(q);
    }
    case 'Mod': {
      if (y === 0n) return null;
      let r = x % y;
      if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
      return I(r);
    }
    case 'Pow': {
      if (y < 0n) {
        const fx = intToFloat(x);
        const fy = intToFloat(y);
        if (fx === null || fy === null) return null;
        return floatPow(fx, fy);
      }
      if (x === 0n || x === 1n) return I(y === 0n ? 1n : x);
      return I(x ** y);
    }
    case 'LShift':
      if (y < 0n) return null;
      if (x === 0n) return I(0n);
      return I(x << y);
    case 'RShift':
      if (y < 0n) return null;
      if (y > BigInt(numBits(x) + 1)) return I(x < 0n ? -1n : 0n);
      return I(x >> y);
    case 'BitAnd': return bitResult(a, b, x & y);
    case 'BitOr': return bitResult(a, b, x | y);
    case 'BitXor': return bitResult(a, b, x ^ y);
    default: return null;
  }
}

// ---------------------------------------------------------------- sequences

function seqLen(c: Const): number {
  switch (c.kind) {
    case 'str': return strLen(c.value);
    case 'bytes': return c.value.length;
    case 'tuple': case 'frozenset': return c.items.length;
    default: return 0;
  }
}

/** cf. Python/ast_opt.c check_complexity */
function checkComplexity(obj: Const, limit: number): number {
  if (obj.kind === 'tuple') {
    limit -= obj.items.length;
    for (let i = 0; limit >= 0 && i < obj.items.length; i++) limit = checkComplexity(obj.items[i], limit);
    return limit;
  }
  if (obj.kind === 'frozenset') {
    limit -= obj.items.length;
    for (let i = 0; limit >= 0 && i < obj.items.length; i++) limit = checkComplexity(obj.items[i], limit);
  }
  return limit;
}

/** Python's PyLong_AsLong for the guards: out-of-range gives -1 (with an error). */
function asLong(x: bigint): number {
  if (x > SSIZE_MAX || x < -SSIZE_MAX - 1n) return -1;
  return Number(x);
}

function repeat(seq: Const, nBig: bigint): Const | null {
  if (nBig > SSIZE_MAX || nBig < -SSIZE_MAX - 1n) return null; // OverflowError: cannot fit 'int' into an index-sized integer
  const n = nBig < 0n ? 0 : Number(nBig);
  switch (seq.kind) {
    case 'str': return { kind: 'str', value: seq.value.repeat(n) };
    case 'bytes': {
      const out = new Uint8Array(seq.value.length * n);
      for (let i = 0; i < n; i++) out.set(seq.value, i * seq.value.length);
      return { kind: 'bytes', value: out };
    }
    case 'tuple': {
      const items: Const[] = [];
      for (let i = 0; i < n; i++) items.push(...seq.items);
      return { kind: 'tuple', items };
    }
    default: return null;
  }
}

/** cf. Python/ast_opt.c safe_multiply */
function safeMultiply(v: Const, w: Const): Const | null {
  if (isIntLike(v) && isIntLike(w) && intVal(v) !== 0n && intVal(w) !== 0n) {
    if (numBits(intVal(v)) + numBits(intVal(w)) > MAX_INT_SIZE) return null;
  } else if (isIntLike(v) && (w.kind === 'tuple' || w.kind === 'frozenset')) {
    const size = seqLen(w);
    if (size) {
      const n = asLong(intVal(v));
      if (n < 0 || n > Math.floor(MAX_COLLECTION_SIZE / size)) return null;
      if (n && checkComplexity(w, Math.floor(MAX_TOTAL_ITEMS / n)) < 0) return null;
    }
  } else if (isIntLike(v) && (w.kind === 'str' || w.kind === 'bytes')) {
    const size = seqLen(w);
    if (size) {
      const n = asLong(intVal(v));
      if (n < 0 || n > Math.floor(MAX_STR_SIZE / size)) return null;
    }
  } else if (isIntLike(w) && (v.kind === 'tuple' || v.kind === 'frozenset' || v.kind === 'str' || v.kind === 'bytes')) {
    return safeMultiply(w, v);
  }
  // PyNumber_Multiply
  if (isIntLike(v) && (w.kind === 'str' || w.kind === 'bytes' || w.kind === 'tuple')) return repeat(w, intVal(v));
  if (isIntLike(w) && (v.kind === 'str' || v.kind === 'bytes' || v.kind === 'tuple')) return repeat(v, intVal(w));
  return numericBinop('Mult', v, w);
}

/** cf. Python/ast_opt.c safe_power */
function safePower(v: Const, w: Const): Const | null {
  if (isIntLike(v) && isIntLike(w) && intVal(v) !== 0n && intVal(w) > 0n) {
    const vbits = numBits(intVal(v));
    const wv = intVal(w);
    if (wv > SSIZE_MAX) return null;
    const wbits = Number(wv);
    if (vbits > Math.floor(MAX_INT_SIZE / wbits)) return null;
  }
  return numericBinop('Pow', v, w);
}

/** cf. Python/ast_opt.c safe_lshift */
function safeLshift(v: Const, w: Const): Const | null {
  if (isIntLike(v) && isIntLike(w) && intVal(v) !== 0n && intVal(w) !== 0n) {
    const vbits = numBits(intVal(v));
    const wv = intVal(w);
    if (wv < 0n || wv > SSIZE_MAX) return null;
    const wbits = Number(wv);
    if (wbits > MAX_INT_SIZE || vbits > MAX_INT_SIZE - wbits) return null;
  }
  return numericBinop('LShift', v, w);
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** Fold `a <op> b`; null when CPython would not (an exception, or a guard). cf. fold_binop */
export function foldBinop(op: Operator, a: Const, b: Const): Const | null {
  switch (op) {
    case 'Add':
      if (a.kind === 'str' && b.kind === 'str') return { kind: 'str', value: a.value + b.value };
      if (a.kind === 'bytes' && b.kind === 'bytes') return { kind: 'bytes', value: concatBytes(a.value, b.value) };
      if (a.kind === 'tuple' && b.kind === 'tuple') return { kind: 'tuple', items: [...a.items, ...b.items] };
      return numericBinop(op, a, b);
    case 'Mult': return safeMultiply(a, b);
    case 'Mod':
      // cf. safe_mod: never fold str/bytes formatting
      if (a.kind === 'str' || a.kind === 'bytes') return null;
      return numericBinop(op, a, b);
    case 'Pow': return safePower(a, b);
    case 'LShift': return safeLshift(a, b);
    case 'MatMult': return null;
    case 'RShift': case 'BitAnd': case 'BitOr': case 'BitXor':
      if (isIntLike(a) && isIntLike(b)) return intBinop(op, a, b);
      return null;
    default:
      return numericBinop(op, a, b);
  }
}

/** Fold a unary operator. cf. fold_unaryop */
export function foldUnaryop(op: UnaryOpKind, a: Const): Const | null {
  if (op === 'Not') return { kind: 'bool', value: !isTrue(a) };
  if (isIntLike(a)) {
    const x = intVal(a);
    if (op === 'Invert') return I(-x - 1n);
    if (op === 'USub') return I(-x);
    return I(x);
  }
  if (a.kind === 'float') {
    if (op === 'USub') return F(-a.value);
    if (op === 'UAdd') return F(a.value);
    return null;
  }
  if (a.kind === 'complex') {
    if (op === 'USub') return C({ re: -a.real, im: -a.imag });
    if (op === 'UAdd') return C({ re: a.real, im: a.imag });
    return null;
  }
  return null;
}

/** Split a JS string into Python characters (code points). */
function codePoints(s: string): string[] {
  return Array.from(s);
}

/** Fold `container[index]`. cf. fold_subscr (PyObject_GetItem) */
export function foldSubscr(container: Const, index: Const): Const | null {
  if (!isIntLike(index)) return null;
  const i = intVal(index);
  const get = <T>(arr: ArrayLike<T>): T | null => {
    const n = BigInt(arr.length);
    const j = i < 0n ? i + n : i;
    if (j < 0n || j >= n) return null;
    return arr[Number(j)];
  };
  switch (container.kind) {
    case 'str': {
      const ch = get(codePoints(container.value));
      return ch === null ? null : { kind: 'str', value: ch };
    }
    case 'bytes': {
      const v = get(container.value);
      return v === null ? null : I(BigInt(v));
    }
    case 'tuple': return get(container.items);
    default: return null;
  }
}
