// High-precision logarithm and exponential on bigint fixed point (used to build
// glibc's pow tables), and a correctly rounded pow(x, y) for doubles.
//
// CPython's float ** float calls the C library's pow(); glibcpow.ts reproduces
// glibc's exactly. The correctly rounded pow here differs from glibc's in about
// 0.1% of random cases (glibc's error reaches 0.52 ulp) and from V8's Math.pow in
// about 10%. It computes:
//  - integer exponents by exact big-integer arithmetic (x = m * 2**e, so x**n is
//    m**n * 2**(e*n) exactly), then one correct rounding;
//  - other exponents as exp(y * log(x)) in binary fixed point on bigints with
//    enough guard bits, checking that the error interval rounds to one double
//    (and retrying with more precision when it does not).

import { bitLength, decompose, roundRatio } from './bigmath';

const LN2_CACHE = new Map<number, bigint>();

/** ln 2 with F fractional bits (truncated): 2 * atanh(1/3). */
function ln2Fixed(F: number): bigint {
  let v = LN2_CACHE.get(F);
  if (v !== undefined) return v;
  const G = F + 8;
  const one = 1n << BigInt(G);
  let term = one / 3n; // (1/3)**(2j+1)
  let sum = 0n;
  for (let j = 1n; term !== 0n; j += 2n) {
    sum += term / j;
    term /= 9n;
  }
  v = (sum * 2n) >> 8n;
  LN2_CACHE.set(F, v);
  return v;
}

/** atanh(S / 2**F) * 2**F for |S| < 2**F / 5. */
function atanhFixed(S: bigint, F: number): bigint {
  const f = BigInt(F);
  const s2 = (S * S) >> f;
  let term = S;
  let sum = S;
  for (let j = 3n; ; j += 2n) {
    term = (term * s2) >> f;
    if (term === 0n || term === -1n) break;
    sum += term / j;
  }
  return sum;
}

/** ln(x) * 2**F for a finite x > 0, absolute error below 2**(12 - F) * (1 + |log2 x| / 1024). */
export function lnFixed(x: number, F: number): bigint {
  const { m, e } = decompose(x);
  // x = M * 2**(k - 52) with M in [2**52, 2**53).
  const bits = bitLength(BigInt(m));
  const M = BigInt(m) << BigInt(53 - bits);
  let k = e + bits - 1; // x = (M / 2**52) * 2**k
  // f = M / 2**52 in [1, 2); move to [sqrt(1/2), sqrt(2)).
  let base = 1n << 52n;
  if (M * M > 2n << 104n) { base <<= 1n; k += 1; }
  // s = (f - 1) / (f + 1) = (M - base) / (M + base)
  const S = ((M - base) << BigInt(F)) / (M + base);
  const lnf = atanhFixed(S, F) * 2n;
  return BigInt(k) * ln2Fixed(F) + lnf;
}

/** exp(T / 2**F) as [E, shift]: the value is E * 2**shift, E carrying about F significant bits. */
export function expFixed(T: bigint, F: number): [bigint, number] {
  const f = BigInt(F);
  const ln2 = ln2Fixed(F);
  // k = round(T / ln2), R = T - k * ln2, |R| <= ln2 / 2 (plus rounding).
  let k = T / ln2;
  let R = T - k * ln2;
  if (R * 2n > ln2) { k += 1n; R -= ln2; } else if (R * 2n < -ln2) { k -= 1n; R += ln2; }
  // exp(R) = exp(R / 2**10) ** (2**10).
  const SQ = 10;
  const r = R >> BigInt(SQ);
  const one = 1n << f;
  let term = one;
  let sum = one;
  for (let j = 1n; ; j++) {
    term = (term * r) / (j << f);
    if (term === 0n) break;
    sum += term;
  }
  for (let i = 0; i < SQ; i++) sum = (sum * sum) >> f;
  return [sum, Number(k) - F];
}

/** Exact x**n for an integer n when it is cheap, else null. */
function powInteger(x: number, n: number): number | null {
  const { m, e } = decompose(x); // m odd
  const mb = bitLength(BigInt(m));
  const an = Math.abs(n);
  if (mb * an > 24000) return m === 1 ? roundRatio(1n, 1n, e * n) : null;
  const p = BigInt(m) ** BigInt(an);
  if (n > 0) return roundRatio(p, 1n, e * n);
  return roundRatio(1n, p, -e * an);
}

/**
 * pow(x, y) correctly rounded, for finite x > 0 with x != 1 and finite y != 0.
 * Returns Infinity on overflow and 0 on underflow (the caller maps them to errno).
 */
export function crPowPositive(x: number, y: number): number {
  const l2 = y * Math.log2(x);
  if (l2 > 1025) return Infinity;
  if (l2 < -1080) return 0;
  if (Number.isInteger(y)) {
    const r = powInteger(x, y);
    if (r !== null) return r;
  }
  const ay = Math.abs(y);
  let F = 128 + Math.max(0, Math.ceil(Math.log2(ay)));
  for (let attempt = 0; attempt < 4; attempt++, F += 64) {
    const lnx = lnFixed(x, F);
    // T = y * lnx with y = my * 2**ey exactly.
    const { m: my, e: ey } = decompose(y);
    let T = BigInt(my) * lnx;
    T = ey >= 0 ? T << BigInt(ey) : T >> BigInt(-ey);
    if (y < 0) T = -T;
    const [E, shift] = expFixed(T, F);
    // Relative error bound: |y| * 2**(20 - F) from T, plus 2**(24 - F) from exp.
    const relBits = F - 24 - Math.max(0, Math.ceil(Math.log2(ay)));
    const err = (E >> BigInt(Math.max(0, relBits))) + 4n;
    const lo = roundRatio(E - err, 1n, shift);
    const hi = roundRatio(E + err, 1n, shift);
    if (lo === hi) return lo;
    if (attempt === 3) return roundRatio(E, 1n, shift);
  }
  return NaN; // not reached
}
