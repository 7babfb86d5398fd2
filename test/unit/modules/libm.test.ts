// The math module's float functions against python3.11 on ~40,000 recorded
// arguments (fixtures/libm.json from gen-fixtures.py): the glibc ports must be
// bit-identical, including which arguments raise. Also measures how often V8's
// Math.* would have agreed, to keep the reason for the ports visible.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
// The runtime first: it fixes the module initialisation order (math.ts reaches nativeTypes.ts).
import '../../../src/runtime/program';
import { GLIBC, GLIBC_LIBM } from '../../../src/runtime/modules/mathcore/libm';
import { MATH1, math1Result, mAtan2, powResult } from '../../../src/runtime/modules/math';
import { tgamma, lgamma, remainder, nextafter, ulp, vectorNorm } from '../../../src/runtime/modules/mathcore/exact';
import { fma } from '../../../src/runtime/modules/mathcore/fp';
import { frexp, ldexp, decompose, roundRatio } from '../../../src/runtime/objects/num/bigmath';

type J = number | string | boolean | { int: string } | { error: string } | J[];
const libm = JSON.parse(readFileSync(new URL('./fixtures/libm.json', import.meta.url), 'utf8')) as Record<string, J[][]>;

function num(v: J): number {
  if (typeof v === 'number') return v;
  if (v === 'nan') return NaN;
  if (v === 'inf') return Infinity;
  if (v === '-inf') return -Infinity;
  if (typeof v === 'object' && v !== null && 'int' in v) return Number(v.int);
  throw new Error(`not a number: ${JSON.stringify(v)}`);
}

/** A Python-level outcome: a float (compared bit for bit, NaN == NaN) or an exception type name. */
type Outcome = number | string;

function expected(v: J): Outcome {
  if (typeof v === 'object' && v !== null && 'error' in v) return (v as { error: string }).error.split(':')[0]!;
  return num(v);
}

function same(a: Outcome, b: Outcome): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
  return a === b;
}

function errnoOutcome(value: number, errno: 0 | 'EDOM' | 'ERANGE'): Outcome {
  if (errno === 'EDOM') return 'ValueError';
  if (errno === 'ERANGE' && !(Math.abs(value) < 1.5)) return 'OverflowError';
  return value;
}

/** math.<name>(x) as the simulator computes it (without the Runtime). */
const UNARY: Record<string, (x: number) => Outcome> = {
  ...Object.fromEntries(Object.entries(MATH1).map(([n, [f, ov]]) => [n, (x: number) => math1Result(x, f(x), ov)])),
  log: (x) => math1Result(x, x > 0 ? GLIBC.log(x) : x === 0 ? -Infinity : NaN, false),
  log2: (x) => math1Result(x, x > 0 ? GLIBC.log2(x) : x === 0 ? -Infinity : NaN, false),
  log10: (x) => math1Result(x, x > 0 ? GLIBC.log10(x) : x === 0 ? -Infinity : NaN, false),
  erf: (x) => GLIBC.erf(x),
  erfc: (x) => GLIBC.erfc(x),
  gamma: (x) => { const r = tgamma(x, GLIBC); return errnoOutcome(r.value, r.errno); },
  lgamma: (x) => { const r = lgamma(x, GLIBC); return errnoOutcome(r.value, r.errno); },
};

const BINARY: Record<string, (x: number, y: number) => Outcome> = {
  atan2: (y, x) => mAtan2(y, x),
  pow: (x, y) => { const r = powResult(x, y); return r === 'EDOM' ? 'ValueError' : r === 'ERANGE' ? 'OverflowError' : r; },
  fmod: (x, y) => { const r = !Number.isFinite(y) && Number.isFinite(x) ? x : x % y; return Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y) ? 'ValueError' : r; },
  remainder: (x, y) => { const r = remainder(x, y); return Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y) ? 'ValueError' : r; },
  hypot: (x, y) => { const a = Math.abs(x); const b = Math.abs(y); return vectorNorm([a, b], Math.max(a, b), Number.isNaN(a) || Number.isNaN(b)); },
  copysign: (x, y) => (y < 0 || Object.is(y, -0) ? -Math.abs(x) : Math.abs(x)),
  nextafter: (x, y) => nextafter(x, y),
  ldexp: (x, i) => { const r = ldexp(x, i); return Number.isFinite(x) && !Number.isFinite(r) ? 'OverflowError' : r; },
};

/** The engine's function for the same call, where one exists (for the agreement figures). */
const V8: Partial<Record<string, (...a: number[]) => number>> = {
  exp: Math.exp, exp2: (x) => 2 ** x, expm1: Math.expm1, log: Math.log, log2: Math.log2, log10: Math.log10,
  log1p: Math.log1p, sin: Math.sin, cos: Math.cos, tan: Math.tan, asin: Math.asin, acos: Math.acos, atan: Math.atan,
  sinh: Math.sinh, cosh: Math.cosh, tanh: Math.tanh, asinh: Math.asinh, acosh: Math.acosh, atanh: Math.atanh,
  cbrt: Math.cbrt, sqrt: Math.sqrt, atan2: Math.atan2, pow: Math.pow,
};

test('glibc ports: bit-identical to python3 on every recorded argument', () => {
  const failures: string[] = [];
  for (const [name, rows] of Object.entries(libm)) {
    const u = UNARY[name];
    const b = BINARY[name];
    if (!u && !b) continue;
    for (const row of rows) {
      const args = row.slice(0, -1).map(num);
      const exp = expected(row[row.length - 1]!);
      const got = u ? u(args[0]!) : b!(args[0]!, args[1]!);
      if (!same(got, exp)) failures.push(`${name}(${args.join(', ')}) = ${String(got)}, python3: ${String(exp)}`);
    }
  }
  assert.deepEqual(failures.slice(0, 20), []);
});

test('frexp, modf, ulp, floor, ceil, trunc, degrees, radians match python3', () => {
  const fails: string[] = [];
  for (const [x0, r] of libm.frexp!) {
    const x = num(x0);
    const [m, e] = frexp(x);
    const want = (r as J[]).map(num);
    if (!Object.is(m, want[0]) || e !== want[1]) fails.push(`frexp(${x})`);
  }
  for (const [x0, r] of libm.ulp!) if (!Object.is(ulp(num(x0)), num(r))) fails.push(`ulp(${num(x0)})`);
  for (const [x0, r] of libm.degrees!) if (!Object.is(num(x0) * (180.0 / Math.PI), num(r))) fails.push(`degrees(${num(x0)})`);
  for (const [x0, r] of libm.radians!) if (!Object.is(num(x0) * (Math.PI / 180.0), num(r))) fails.push(`radians(${num(x0)})`);
  for (const name of ['floor', 'ceil', 'trunc'] as const) {
    const f = { floor: Math.floor, ceil: Math.ceil, trunc: Math.trunc }[name];
    for (const [x0, r] of libm[name]!) {
      const want = BigInt((r as { int: string }).int);
      if (BigInt(f(num(x0))) !== want) fails.push(`${name}(${num(x0)})`);
    }
  }
  assert.deepEqual(fails, []);
});

test('libm agreement report: the ports vs V8 Math.* against python3', (t) => {
  const lines: string[] = [];
  let total = 0;
  let portOk = 0;
  for (const [name, rows] of Object.entries(libm)) {
    const u = UNARY[name];
    const b = BINARY[name];
    const v8 = V8[name];
    if (!u && !b) continue;
    let ok = 0;
    let v8ok = 0;
    let n = 0;
    for (const row of rows) {
      const args = row.slice(0, -1).map(num);
      const exp = expected(row[row.length - 1]!);
      const got = u ? u(args[0]!) : b!(args[0]!, args[1]!);
      n++;
      if (same(got, exp)) ok++;
      if (v8 && typeof exp === 'number' && same(v8(...args), exp)) v8ok++;
    }
    total += n;
    portOk += ok;
    lines.push(`${name.padEnd(10)} ports ${(100 * ok / n).toFixed(2)}%${v8 ? `  V8 Math ${(100 * v8ok / n).toFixed(2)}%` : ''}  (${n} args)`);
  }
  t.diagnostic(`libm agreement with python3 (${total} arguments, ${(100 * portOk / total).toFixed(3)}% overall):`);
  for (const l of lines) t.diagnostic(l);
  assert.ok(portOk === total);
});

test('GLIBC_LIBM (what random uses) is the same ports', () => {
  assert.equal(GLIBC_LIBM.log, GLIBC.log);
  assert.equal(GLIBC_LIBM.cos, GLIBC.cos);
  assert.equal(GLIBC_LIBM.pow, GLIBC.pow);
});

test('fma is exactly rounded (against big-integer arithmetic)', () => {
  const scaled = (x: number): bigint => {
    if (x === 0) return 0n;
    const { m, e } = decompose(x);
    const v = BigInt(m) << BigInt(e + 1074);
    return x < 0 ? -v : v;
  };
  const exact = (a: number, b: number, c: number): number => {
    const s = scaled(a) * scaled(b) + (scaled(c) << 1074n);
    if (s === 0n) return 0;
    const r = roundRatio(s < 0n ? -s : s, 1n, -2148);
    return s < 0n ? -r : r;
  };
  let seed = 12345;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const val = () => (rnd() - 0.5) * 2 ** Math.floor(rnd() * 80 - 40);
  for (let i = 0; i < 20000; i++) {
    const a = val();
    const b = val();
    const c = rnd() < 0.3 ? -(a * b) * (1 + (rnd() - 0.5) * 1e-12) : val();
    const want = exact(a, b, c);
    const got = fma(a, b, c);
    assert.ok(Object.is(got, want) || (got === 0 && want === 0), `fma(${a}, ${b}, ${c}) = ${got}, exact ${want}`);
  }
});
