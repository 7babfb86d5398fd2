// Exact integer functions of the math module: factorial, comb, perm, gcd,
// isqrt. Only the results are observable, so any exact algorithm would do;
// these use binary splitting so large arguments stay fast.

import { isqrt as bigIsqrt } from '../../objects/num/bigmath';

/** product(range(lo, hi)) for lo <= hi, by binary splitting. */
export function rangeProduct(lo: bigint, hi: bigint): bigint {
  const n = hi - lo;
  if (n <= 0n) return 1n;
  if (n <= 16n) {
    let p = 1n;
    for (let i = lo; i < hi; i++) p *= i;
    return p;
  }
  const mid = lo + n / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

/** n! for n >= 0. */
export function factorial(n: bigint): bigint {
  if (n < 2n) return 1n;
  return rangeProduct(2n, n + 1n);
}

/** P(n, k) = n! / (n - k)! for 0 <= k <= n. */
export function perm(n: bigint, k: bigint): bigint {
  return rangeProduct(n - k + 1n, n + 1n);
}

/** C(n, k) for 0 <= k <= n. */
export function comb(n: bigint, k: bigint): bigint {
  if (n - k < k) k = n - k;
  if (k === 0n) return 1n;
  if (k <= 64n) {
    // C(n, i) = C(n, i-1) * (n-i+1) / i, exact at every step.
    let r = 1n;
    for (let i = 1n; i <= k; i++) r = (r * (n - i + 1n)) / i;
    return r;
  }
  return perm(n, k) / factorial(k);
}

/** gcd(|a|, |b|). */
export function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** Integer square root (floor) of n >= 0. */
export function isqrt(n: bigint): bigint {
  return bigIsqrt(n);
}
