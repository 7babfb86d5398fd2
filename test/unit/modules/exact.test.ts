// The algorithms CPython's math module implements itself (fsum, vector_norm for
// hypot / dist, loghelper for big ints) and the integer functions, against
// python3.11 (fixtures/exact.json from gen-fixtures.py).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Fsum, FsumError, vectorNorm } from '../../../src/runtime/modules/mathcore/exact';
import { factorial, comb, perm, gcd, isqrt } from '../../../src/runtime/modules/mathcore/integer';
import { GLIBC } from '../../../src/runtime/modules/mathcore/libm';
import { bitLength, roundRatio } from '../../../src/runtime/objects/num/bigmath';

type J = number | string | { int: string } | { error: string } | J[];
const ex = JSON.parse(readFileSync(new URL('./fixtures/exact.json', import.meta.url), 'utf8')) as Record<string, J[][]>;

const num = (v: J): number => (typeof v === 'number' ? v : v === 'nan' ? NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : Number((v as { int: string }).int));
const big = (v: J): bigint => (typeof v === 'number' ? BigInt(v) : BigInt((v as { int: string }).int));
const isErr = (v: J): v is { error: string } => typeof v === 'object' && v !== null && !Array.isArray(v) && 'error' in v;

test('fsum: exact partials and correct final rounding', () => {
  for (const [xs, want] of ex.fsum!) {
    const acc = new Fsum();
    let got: string | number;
    try {
      for (const x of xs as J[]) acc.add(num(x));
      got = acc.result();
    } catch (e) {
      if (!(e instanceof FsumError)) throw e;
      got = `${e.pyType}: ${e.message}`;
    }
    if (isErr(want)) assert.equal(got, want.error);
    else assert.ok(Object.is(got, num(want)), `fsum(${JSON.stringify(xs)}) = ${got}, python3 ${num(want)}`);
  }
});

test('hypot and dist: 3.11 vector_norm', () => {
  for (const [xs, want] of ex.hypot_n!) {
    const v = (xs as J[]).map((x) => Math.abs(num(x)));
    const got = vectorNorm(v, v.reduce((a, b) => (b > a ? b : a), 0), v.some(Number.isNaN));
    assert.ok(Object.is(got, num(want)), `hypot(${JSON.stringify(xs)}) = ${got}, python3 ${num(want)}`);
  }
  for (const [p, q, want] of ex.dist!) {
    const d = (p as J[]).map((x, i) => Math.abs(num(x) - num((q as J[])[i]!)));
    const got = vectorNorm(d, d.reduce((a, b) => (b > a ? b : a), 0), false);
    assert.ok(Object.is(got, num(want)), `dist = ${got}, python3 ${num(want)}`);
  }
});

test('isqrt, factorial, comb, perm, gcd, lcm', () => {
  for (const [n, r] of ex.isqrt!) assert.equal(isqrt(big(n!)), big(r!));
  for (const [n, r] of ex.factorial!) assert.equal(factorial(big(n!)), big(r!));
  for (const [n, k, r] of ex.comb!) assert.equal(big(k!) > big(n!) ? 0n : comb(big(n!), big(k!)), big(r!), `comb(${n}, ${k})`);
  for (const [n, k, r] of ex.perm!) assert.equal(big(k!) > big(n!) ? 0n : perm(big(n!), big(k!)), big(r!), `perm(${n}, ${k})`);
  for (const [a, b, r] of ex.gcd!) assert.equal(gcd(big(a!), big(b!)), big(r!));
  for (const [a0, b0, r] of ex.lcm!) {
    const a = big(a0!);
    const b = big(b0!);
    const l = a === 0n || b === 0n ? 0n : (() => { const m = (a / gcd(a, b)) * b; return m < 0n ? -m : m; })();
    assert.equal(l, big(r!));
  }
});

test('log, log2, log10 of big ints (loghelper frexp scaling)', () => {
  for (const [n0, l, l2, l10] of ex.log_int!) {
    const n = big(n0!);
    const viaFrexp = (f: (x: number) => number): number => {
      const x = Number(n);
      if (Number.isFinite(x)) return f(x);
      let e = bitLength(n);
      let m = roundRatio(n, 1n, -e);
      if (m === 1.0) { m = 0.5; e += 1; }
      return f(m) + f(2.0) * e;
    };
    assert.ok(Object.is(viaFrexp(GLIBC.log), num(l!)), `log(${n})`);
    assert.ok(Object.is(viaFrexp(GLIBC.log2), num(l2!)), `log2(${n})`);
    assert.ok(Object.is(viaFrexp(GLIBC.log10), num(l10!)), `log10(${n})`);
  }
});
