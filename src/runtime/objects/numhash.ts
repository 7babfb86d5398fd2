// CPython's numeric hash (cf. Python/pyhash.c _Py_HashDouble, Objects/longobject.c
// long_hash, Objects/complexobject.c complex_hash): the value reduced modulo the
// Mersenne prime 2**61 - 1, carrying the sign; -1 becomes -2; infinities hash to
// +-314159; a NaN hashes by the object's address (3.10+). Equal numbers of any
// numeric type hash alike. All hashes fit a signed 64-bit integer; the `...Big`
// functions return them exactly, the number versions round beyond 2**53.

import { type IntVal, decompose } from './num/bigmath';

export const HASH_BITS = 61;
export const HASH_MODULUS = (1n << 61n) - 1n;
export const HASH_INF = 314159;
export const HASH_IMAG = 1000003n;

/** hash(int) exactly. */
export function pyHashIntBig(v: IntVal): bigint {
  if (typeof v === 'number') return v === -1 ? -2n : BigInt(v); // |v| < 2**53 < modulus
  const neg = v < 0n;
  let h = (neg ? -v : v) % HASH_MODULUS;
  if (neg) h = -h;
  return h === -1n ? -2n : h;
}

/** hash(int) as a JS number (exact when |hash| <= 2**53). */
export function pyHashInt(v: IntVal): number {
  if (typeof v === 'number') return v === -1 ? -2 : v;
  return Number(pyHashIntBig(v));
}

/** _Py_HashPointer(addr): the address rotated right by 4 bits (as a signed 64-bit value). */
export function pyHashPointer(addr: number): bigint {
  const y = BigInt(addr);
  const r = BigInt.asIntN(64, (y >> 4n) | (y << 60n));
  return r === -1n ? -2n : r;
}

/**
 * hash(float) exactly. A NaN hashes by identity in 3.11 (its object address,
 * `addr`); with no address given it hashes to 0 (the 3.9 behaviour).
 */
export function pyHashFloatBig(x: number, addr = 0): bigint {
  if (!Number.isFinite(x)) {
    if (x === Infinity) return BigInt(HASH_INF);
    if (x === -Infinity) return BigInt(-HASH_INF);
    return addr === 0 ? 0n : pyHashPointer(addr);
  }
  if (Number.isSafeInteger(x)) return x === -1 ? -2n : BigInt(x + 0);
  // x = m * 2**e exactly; 2**61 == 1 (mod 2**61 - 1), so 2**e == 2**(e mod 61).
  const { m, e } = decompose(x);
  const r = ((e % HASH_BITS) + HASH_BITS) % HASH_BITS;
  let h = (BigInt(m) << BigInt(r)) % HASH_MODULUS;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

/** hash(float) as a JS number (exact when |hash| <= 2**53). */
export function pyHashFloat(x: number, addr = 0): number {
  if (Number.isSafeInteger(x)) return x === -1 ? -2 : x + 0;
  return Number(pyHashFloatBig(x, addr));
}

/** hash(complex) exactly: hash(real) + 1000003 * hash(imag) in unsigned 64-bit arithmetic. */
export function pyHashComplexBig(real: number, imag: number, addr = 0): bigint {
  const hr = pyHashFloatBig(real, addr);
  const hi = pyHashFloatBig(imag, addr);
  const h = BigInt.asIntN(64, hr + HASH_IMAG * hi);
  return h === -1n ? -2n : h;
}

export function pyHashComplex(real: number, imag: number, addr = 0): number {
  return Number(pyHashComplexBig(real, imag, addr));
}

/** A hash as the IntVal an `__hash__` method returns. */
export function hashToIntVal(h: bigint): IntVal {
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}
