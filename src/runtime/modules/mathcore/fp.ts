// Binary64 helpers for porting C libm code: bit access (asuint64 as two 32-bit
// words), and an exactly rounded fused multiply-add. glibc's x86_64 libm picks
// FMA-compiled variants of exp, log, pow, sin, cos, tan, atan, atan2, asin and
// acos when the CPU has FMA and AVX2 (the oracle machine does), where GCC
// contracts `a * b + c` into fma(a, b, c); the ports call `fma` at exactly
// those places so their results are bit-identical.

import { decompose, roundRatio, pow2 } from '../../objects/num/bigmath';

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Little-endian hosts (every JS engine we run on): u32[0] is the low word.

/** The high 32 bits of x's representation (sign, exponent, top of the mantissa). */
export function hi32(x: number): number {
  f64[0] = x;
  return u32[1]!;
}

/** The low 32 bits of x's representation. */
export function lo32(x: number): number {
  f64[0] = x;
  return u32[0]!;
}

/** The double whose representation has these high and low words. */
export function fromWords(hi: number, lo: number): number {
  u32[1] = hi >>> 0;
  u32[0] = lo >>> 0;
  return f64[0]!;
}

/** A double from a 64-bit hex literal, e.g. 0x3ff0000000000000n. */
export function fromBits(b: bigint): number {
  return fromWords(Number(b >> 32n), Number(b & 0xffffffffn));
}

/** The 64-bit representation of x. */
export function toBits(x: number): bigint {
  f64[0] = x;
  return (BigInt(u32[1]!) << 32n) | BigInt(u32[0]!);
}

/** x with its high word replaced (fdlibm SET_HIGH_WORD). */
export function withHi(x: number, hi: number): number {
  f64[0] = x;
  u32[1] = hi >>> 0;
  return f64[0]!;
}

/** x with its low word replaced (fdlibm SET_LOW_WORD). */
export function withLo(x: number, lo: number): number {
  f64[0] = x;
  u32[0] = lo >>> 0;
  return f64[0]!;
}

/** The next double after x in the direction of +inf (dir > 0) or -inf (dir < 0); x finite. */
function step(x: number, dir: number): number {
  if (x === 0) return dir > 0 ? 5e-324 : -5e-324;
  f64[0] = x;
  let lo = u32[0]!;
  let hi = u32[1]!;
  const away = (x > 0) === (dir > 0);
  if (away) {
    lo = (lo + 1) >>> 0;
    if (lo === 0) hi = (hi + 1) >>> 0;
  } else {
    if (lo === 0) hi = (hi - 1) >>> 0;
    lo = (lo - 1) >>> 0;
  }
  u32[0] = lo;
  u32[1] = hi;
  return f64[0]!;
}

const SPLIT = 134217729; // 2**27 + 1

/** The exact value of a finite double as a bigint numerator over 2**1074. */
function scaled(x: number): bigint {
  if (x === 0) return 0n;
  const { m, e } = decompose(x);
  const v = BigInt(m) << BigInt(e + 1074);
  return x < 0 ? -v : v;
}

/** fma(a, b, c) by exact big-integer arithmetic (any finite inputs). */
function fmaExact(a: number, b: number, c: number): number {
  // a*b*2**2148 + c*2**2148, all exact integers.
  const p = scaled(a) * scaled(b);
  const s = p + (scaled(c) << 1074n);
  if (s === 0n) {
    // Exact zero: the sign follows IEEE addition of the signed product and c.
    const prodNeg = (a < 0) !== (b < 0);
    if (p === 0n) return (prodNeg ? -0 : 0) + c;
    return 0;
  }
  const r = roundRatio(s < 0n ? -s : s, 1n, -2148);
  return s < 0n ? -r : r;
}

/**
 * fma(a, b, c): a * b + c with a single rounding (round to nearest even).
 * Fast path: Dekker's exact product, then Boldo and Melquiond's round-to-odd
 * sum; inputs whose product or sum could leave the normal range go to exact
 * big-integer arithmetic.
 */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  if (!Number.isFinite(p) || !Number.isFinite(c)) {
    if (Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(c)) return fmaExact(a, b, c);
    return p + c; // inf / nan propagate as in IEEE fma
  }
  if (p === 0 || a === 0 || b === 0) {
    if (a === 0 || b === 0) return p + c;
    return fmaExact(a, b, c); // the product underflowed
  }
  const ap = Math.abs(p);
  const ac = Math.abs(c);
  if (ap < 1e-270 || ap > 1e300 || (c !== 0 && (ac < 1e-270 || ac > 1e300)) || Math.abs(a) > 1e300 || Math.abs(b) > 1e300) {
    return fmaExact(a, b, c);
  }
  // Exact product p + e (Veltkamp split of a and b).
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  if (c === 0) return p + e === p ? p : p; // p is RN(a*b) already
  // c + p = sh + sl exactly (TwoSum).
  const sh = c + p;
  const bv = sh - c;
  const sl = (c - (sh - bv)) + (p - bv);
  // v = RO(sl + e)
  let v = sl + e;
  const bw = v - sl;
  const err = (sl - (v - bw)) + (e - bw);
  if (err !== 0 && (lo32(v) & 1) === 0) v = step(v, err);
  return sh + v;
}

export { pow2 };
