// Exact integer and binary floating-point helpers shared by int, float and complex.
// An int value is `IntVal`: a JS number exactly when it is a safe integer, else a bigint
// (the representation PyInt.v uses). Nothing here needs a Runtime.

export type IntVal = number | bigint;

const MAX_SAFE = 9007199254740991n;

/** Canonical IntVal: a number when safe (never -0), else a bigint. */
export function norm(v: IntVal): IntVal {
  if (typeof v === 'number') return v + 0; // -0 -> 0
  if (v >= -MAX_SAFE && v <= MAX_SAFE) return Number(v);
  return v;
}

export function big(v: IntVal): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

export function isZero(v: IntVal): boolean {
  return typeof v === 'number' ? v === 0 : v === 0n;
}

export function sign(v: IntVal): number {
  if (typeof v === 'number') return v > 0 ? 1 : v < 0 ? -1 : 0;
  return v > 0n ? 1 : v < 0n ? -1 : 0;
}

/** Number of bits of |x| (int.bit_length). */
export function bitLength(x: bigint): number {
  if (x < 0n) x = -x;
  if (x === 0n) return 0;
  if (x < 0x100000000n) return 32 - Math.clz32(Number(x));
  const hex = x.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

export function bitLengthOf(v: IntVal): number {
  if (typeof v === 'number') {
    let a = Math.abs(v);
    if (a < 0x100000000) return 32 - Math.clz32(a);
    let n = 0;
    while (a >= 0x100000000) { a = Math.floor(a / 0x100000000); n += 32; }
    return n + 32 - Math.clz32(a);
  }
  return bitLength(v);
}

/** Number of one bits of |x| (int.bit_count). */
export function bitCount(v: IntVal): number {
  let x = big(v);
  if (x < 0n) x = -x;
  let n = 0;
  const s = x.toString(16);
  for (let i = 0; i < s.length; i++) {
    let d = parseInt(s[i]!, 16);
    while (d) { n += d & 1; d >>= 1; }
  }
  return n;
}

/** Python floor division on bigints (b != 0). */
export function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  const r = a - q * b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? q - 1n : q;
}

/** Python modulo on bigints (b != 0): the result has b's sign. */
export function floorModBig(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

/** Python floor division and modulo on IntVals (b != 0). */
export function intDivmod(a: IntVal, b: IntVal): [IntVal, IntVal] {
  if (typeof a === 'number' && typeof b === 'number') {
    let r = a % b; // exact for safe integers
    let q = (a - r) / b; // exact: a - r is a multiple of b
    if (r !== 0 && (r < 0) !== (b < 0)) { r += b; q -= 1; }
    if (Number.isSafeInteger(q)) return [q + 0, r + 0];
    // MIN_SAFE // -1 leaves the safe range.
    return [norm(floorDivBig(BigInt(a), BigInt(b))), r + 0];
  }
  const x = big(a);
  const y = big(b);
  const q = floorDivBig(x, y);
  return [norm(q), norm(x - q * y)];
}

export function intFloorDiv(a: IntVal, b: IntVal): IntVal {
  return intDivmod(a, b)[0];
}

export function intMod(a: IntVal, b: IntVal): IntVal {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    return (r !== 0 && (r < 0) !== (b < 0) ? r + b : r) + 0;
  }
  return norm(floorModBig(big(a), big(b)));
}

export function intAdd(a: IntVal, b: IntVal): IntVal {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r + 0;
  }
  return norm(big(a) + big(b));
}

export function intSub(a: IntVal, b: IntVal): IntVal {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r + 0;
  }
  return norm(big(a) - big(b));
}

export function intMul(a: IntVal, b: IntVal): IntVal {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    // Any true product beyond 2**53 rounds to a value that is not a safe integer.
    if (Number.isSafeInteger(r)) return r + 0;
  }
  return norm(big(a) * big(b));
}

export function intNeg(a: IntVal): IntVal {
  return typeof a === 'number' ? 0 - a : norm(-a);
}

export function intAbs(a: IntVal): IntVal {
  return typeof a === 'number' ? Math.abs(a) : norm(a < 0n ? -a : a);
}

export function intCompare(a: IntVal, b: IntVal): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  const x = big(a);
  const y = big(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function intEq(a: IntVal, b: IntVal): boolean {
  return typeof a === typeof b ? a === b : false; // canonical forms: equal values have the same representation
}

/** Integer square root (floor) of n >= 0. */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  if (n < 4503599627370496n) return BigInt(Math.floor(Math.sqrt(Number(n))));
  // Newton from an over-estimate.
  let x = 1n << BigInt((bitLength(n) >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

// ---- binary floating point ------------------------------------------------------

const dv = new DataView(new ArrayBuffer(8));

/** 2**n as a double (exact for -1074 <= n <= 1023; 0 below, Infinity above). */
export function pow2(n: number): number {
  if (n > 1023) return Infinity;
  if (n >= -1022) {
    dv.setUint32(0, (n + 1023) << 20);
    dv.setUint32(4, 0);
    return dv.getFloat64(0);
  }
  if (n < -1074) return 0;
  return pow2(n + 64) * 5.421010862427522e-20; // 2**-64: exact product
}

/** |x| = m * 2**e with m an odd integer < 2**53 (x finite, nonzero). */
export function decompose(x: number): { m: number; e: number } {
  dv.setFloat64(0, x);
  const hi = dv.getUint32(0);
  const lo = dv.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  const mhi = (hi & 0xfffff) + (bexp === 0 ? 0 : 0x100000);
  let e = bexp === 0 ? -1074 : bexp - 1075;
  if (lo === 0 && mhi === 0) return { m: 0, e: 0 };
  let tz: number;
  if (lo !== 0) tz = 31 - Math.clz32(lo & -lo);
  else tz = 32 + 31 - Math.clz32(mhi & -mhi);
  e += tz;
  const m = (mhi * 4294967296 + lo) * pow2(-tz); // exact
  return { m, e };
}

/** frexp: x = f * 2**e with 0.5 <= |f| < 1 (x finite, nonzero). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  const { m, e } = decompose(x);
  const bits = bitLengthOf(m);
  const f = (x < 0 ? -m : m) * pow2(-bits);
  return [f, e + bits];
}

/** ldexp(x, n), correctly rounded (x finite). */
export function ldexp(x: number, n: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const { m, e } = decompose(x);
  const r = roundRatio(BigInt(m), 1n, e + n);
  return x < 0 ? -r : r;
}

/**
 * n / d * 2**k correctly rounded to a double (round half to even), for n >= 0, d > 0.
 * Returns Infinity when the rounded value does not fit, 0 on total underflow.
 */
export function roundRatio(n: bigint, d: bigint, k = 0): number {
  if (n === 0n) return 0;
  // e = floor(log2(n/d)).
  let e = bitLength(n) - bitLength(d);
  if (e >= 0 ? n < d << BigInt(e) : n << BigInt(-e) < d) e -= 1;
  const E = e + k; // floor(log2(value))
  if (E > 1023) return Infinity;
  if (E < -1076) return 0; // below half the smallest subnormal
  const u = Math.max(E - 52, -1074); // exponent of the result's ulp
  const s = u - k; // q = n / (d * 2**s)
  let num = n;
  let den = d;
  if (s >= 0) den = d << BigInt(s); else num = n << BigInt(-s);
  let q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  return Number(q) * pow2(u);
}

/** The exact value of a finite double as numerator / 2**shift (shift >= 0), or an integer. */
export function floatToRatio(x: number): { num: bigint; den: bigint } {
  if (x === 0) return { num: 0n, den: 1n };
  const { m, e } = decompose(x);
  let num = BigInt(m);
  if (x < 0) num = -num;
  if (e >= 0) return { num: num << BigInt(e), den: 1n };
  return { num, den: 1n << BigInt(-e) };
}

/** int(x) for a finite double: truncation toward zero, exact. */
export function floatToIntVal(x: number): IntVal {
  const t = Math.trunc(x);
  if (Number.isSafeInteger(t)) return t + 0;
  return BigInt(t);
}

/** float(int), correctly rounded; Infinity (not an error) when too large. */
export function intToDouble(v: IntVal): number {
  return typeof v === 'number' ? v : Number(v);
}

/**
 * Exact comparison of a double with an int, as float_richcompare does:
 * -1, 0, 1, or NaN when x is a NaN.
 */
export function compareFloatInt(x: number, v: IntVal): number {
  if (Number.isNaN(x)) return NaN;
  if (typeof v === 'number') return x < v ? -1 : x > v ? 1 : 0; // both exact doubles
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const fl = Math.floor(x);
  const b = BigInt(fl);
  if (fl === x) return b < v ? -1 : b > v ? 1 : 0;
  // x is not an integer: x < v iff floor(x) < v.
  return b < v ? -1 : 1;
}

/** Decimal digit count of |x| (x != 0 or 1 for 0). */
export function decimalDigits(x: bigint): number {
  if (x < 0n) x = -x;
  return x.toString(10).length;
}
