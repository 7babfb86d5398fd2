// The simulated math module. cf. Modules/mathmodule.c (3.11).
//
// Float functions call the glibc ports in mathcore/ (bit-identical to the libm
// CPython uses on Linux x86_64); the algorithms CPython implements itself
// (fsum, hypot/dist, gamma, lgamma, remainder, ...) are in mathcore/exact.ts;
// integer functions (factorial, comb, perm, gcd, lcm, isqrt) are exact bigint
// arithmetic. Argument conversion and error reporting follow math_1, math_2,
// loghelper and the Argument Clinic wrappers, with CPython's messages.

import type { PyObject } from '../objects/object';
import type { PyDict } from '../objects/dict';
import type { KwArgs } from '../objects/type';
import { PyFloat, PyInt, PyTuple, PyList } from '../objects/core';
import type { Runtime } from '../runtime';
import { defFunction } from '../objects/native';
import { getIter, iterNext, callSpecial } from '../vm/abstract';
import { makeModule, putNew } from './nativeTypes';
import { GLIBC } from './mathcore/libm';
import { Fsum, FsumError, vectorNorm, remainder, nextafter, ulp, tgamma, lgamma, type ErrnoResult } from './mathcore/exact';
import { factorial, comb, perm, gcd, isqrt } from './mathcore/integer';
import { frexp, ldexp, bitLength, roundRatio } from '../objects/num/bigmath';
import { hi32 } from './mathcore/fp';

type Fn = (args: PyObject[], kw: KwArgs) => PyObject;

export function installMathModule(rt: Runtime): void {
  rt.modules.register('math', makeMath);
}

// ---- conversions ----------------------------------------------------------------

const INT_TOO_LARGE = 'int too large to convert to float';

/** float(int) as PyLong_AsDouble: correctly rounded, OverflowError past the float range. */
export function intToDouble(rt: Runtime, v: number | bigint): number {
  if (typeof v === 'number') return v;
  const f = Number(v);
  if (!Number.isFinite(f)) rt.raise(rt.t.OverflowError, INT_TOO_LARGE);
  return f;
}

/** PyFloat_AsDouble: floats, then __float__, then __index__; else TypeError "must be real number". */
export function asDouble(rt: Runtime, o: PyObject): number {
  if (o instanceof PyFloat) return o.v;
  if (o instanceof PyInt && (o.type === rt.t.int || o.type === rt.t.bool)) return intToDouble(rt, o.v);
  const t = o.type;
  if (t.lookup('__float__') !== null) {
    const r = callSpecial(rt, o, '__float__', [])!;
    if (!(r instanceof PyFloat)) {
      const rn = r.type.name;
      rt.decref(r);
      rt.typeError(`${t.name}.__float__ returned non-float (type ${rn})`);
    }
    const v = r.v;
    rt.decref(r);
    return v;
  }
  if (t.lookup('__index__') !== null) {
    const v = rt.indexValue(o);
    return intToDouble(rt, v);
  }
  rt.typeError(`must be real number, not ${t.name}`);
}

/** PyNumber_Index as a bigint. */
function indexBig(rt: Runtime, o: PyObject): bigint {
  return rt.indexValue(o);
}

function newFloat(rt: Runtime, v: number): PyObject {
  return rt.newFloat(v);
}

// ---- errors -----------------------------------------------------------------------

function domainError(rt: Runtime): never {
  rt.raise(rt.t.ValueError, 'math domain error');
}

function rangeError(rt: Runtime): never {
  rt.raise(rt.t.OverflowError, 'math range error');
}

/** is_error(): errno EDOM -> ValueError; ERANGE -> OverflowError unless |r| < 1.5 (underflow). */
function checkErrno(rt: Runtime, r: number, errno: 0 | 'EDOM' | 'ERANGE'): void {
  if (errno === 'EDOM') domainError(rt);
  if (errno === 'ERANGE' && !(Math.abs(r) < 1.5)) rangeError(rt);
}

// ---- argument shapes ----------------------------------------------------------------

/** A METH_O function: "math.f() takes exactly one argument (n given)". */
function oneArg(rt: Runtime, name: string, args: PyObject[], kw: KwArgs): PyObject {
  if (kw !== null && kw.length > 0) rt.typeError(`math.${name}() takes no keyword arguments`);
  if (args.length !== 1) rt.typeError(`math.${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

/** A METH_FASTCALL function checked by _PyArg_CheckPositional: "f expected n arguments, got m". */
function positional(rt: Runtime, name: string, args: PyObject[], kw: KwArgs, min: number, max: number): void {
  if (kw !== null && kw.length > 0) rt.typeError(`${name}() takes no keyword arguments`);
  const n = args.length;
  if (n < min) rt.typeError(min === max ? `${name} expected ${min} argument${min === 1 ? '' : 's'}, got ${n}` : `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n > max) rt.typeError(min === max ? `${name} expected ${max} argument${max === 1 ? '' : 's'}, got ${n}` : `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

function noKwargs(rt: Runtime, name: string, kw: KwArgs): void {
  if (kw !== null && kw.length > 0) rt.typeError(`${name}() takes no keyword arguments`);
}

// ---- math_1, math_2 -------------------------------------------------------------------

/** math_1: NaN from non-NaN -> domain error; inf from finite -> range (canOverflow) or domain error. */
function math1(rt: Runtime, f: (x: number) => number, canOverflow: boolean, arg: PyObject): PyObject {
  const x = asDouble(rt, arg);
  const r = math1Result(x, f(x), canOverflow);
  if (r === 'ValueError') domainError(rt);
  if (r === 'OverflowError') rangeError(rt);
  return newFloat(rt, r);
}

/** math_2 */
function math2(rt: Runtime, f: (x: number, y: number) => number, name: string, args: PyObject[], kw: KwArgs): PyObject {
  positional(rt, name, args, kw, 2, 2);
  const x = asDouble(rt, args[0]!);
  const y = asDouble(rt, args[1]!);
  const r = f(x, y);
  if (Number.isNaN(r)) {
    if (!Number.isNaN(x) && !Number.isNaN(y)) domainError(rt);
  } else if (!Number.isFinite(r)) {
    if (Number.isFinite(x) && Number.isFinite(y)) rangeError(rt);
  }
  return newFloat(rt, r);
}

// ---- the wrappers CPython puts around libm ---------------------------------------------

const PY_PI = 3.141592653589793;

/** m_atan2 */
export function mAtan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  const signY = (v: number) => (y < 0 || Object.is(y, -0) ? -v : v);
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) return signY(x > 0 ? 0.25 * PY_PI : 0.75 * PY_PI);
    return signY(0.5 * PY_PI);
  }
  if (!Number.isFinite(x) || y === 0) {
    if (x > 0 || Object.is(x, 0)) return signY(0);
    return signY(PY_PI);
  }
  return GLIBC.atan2(y, x);
}

/** m_log, m_log2, m_log10: special values handled here, the rest by libm. */
function logWrapper(f: (x: number) => number): (x: number) => number {
  return (x) => {
    if (Number.isFinite(x)) {
      if (x > 0) return f(x);
      return x === 0 ? -Infinity : NaN;
    }
    if (Number.isNaN(x)) return x;
    if (x > 0) return x;
    return NaN;
  };
}

const M_LOG = logWrapper(GLIBC.log);
const M_LOG2 = logWrapper(GLIBC.log2);
const M_LOG10 = logWrapper(GLIBC.log10);

/** loghelper: ints of any size (by frexp-style scaling), else math_1 with can_overflow 0. */
function logHelper(rt: Runtime, arg: PyObject, f: (x: number) => number): number {
  if (arg instanceof PyInt) {
    const v = arg.v;
    if (v <= 0) domainError(rt);
    const n = BigInt(v);
    const x = Number(n);
    if (Number.isFinite(x)) return f(x);
    // _PyLong_Frexp: n ~= m * 2**e with 0.5 <= m < 1, m rounded to 53 bits.
    let e = bitLength(n);
    let m = roundRatio(n, 1n, -e);
    if (m === 1.0) { m = 0.5; e += 1; }
    return f(m) + f(2.0) * e;
  }
  const x = asDouble(rt, arg);
  const r = f(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) domainError(rt);
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) domainError(rt);
  return r;
}

/** math.pow without the Runtime: the value, or the errno that becomes ValueError / OverflowError. */
export function powResult(x: number, y: number): number | 'EDOM' | 'ERANGE' {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1.0 : x;
    if (Number.isNaN(y)) return x === 1.0 ? 1.0 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2.0 === 1.0;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1.0;
      return oddY ? (x < 0 ? -0 : 0) : 0.0;
    }
    if (Math.abs(x) === 1.0) return 1.0;
    if (y > 0 && Math.abs(x) > 1.0) return y;
    if (y < 0 && Math.abs(x) < 1.0) return -y;
    return 0.0;
  }
  const r = GLIBC.pow(x, y);
  if (Number.isNaN(r)) return 'EDOM';
  if (!Number.isFinite(r)) return x === 0 ? 'EDOM' : 'ERANGE';
  return r;
}

/** math.pow: IEEE specials directly, libm for finite**finite. */
function mathPow(rt: Runtime, x: number, y: number): number {
  const r = powResult(x, y);
  if (r === 'EDOM') domainError(rt);
  if (r === 'ERANGE') rangeError(rt);
  return r;
}

/**
 * The FUNC1 functions of mathmodule.c: the C function math_1 wraps and its
 * can_overflow flag (an infinite result from a finite argument is OverflowError
 * when set, ValueError otherwise).
 */
export const MATH1: Readonly<Record<string, readonly [(x: number) => number, boolean]>> = Object.freeze({
  acos: [GLIBC.acos, false], acosh: [GLIBC.acosh, false], asin: [GLIBC.asin, false], asinh: [GLIBC.asinh, false],
  atan: [GLIBC.atan, false], atanh: [GLIBC.atanh, false], cbrt: [GLIBC.cbrt, false], cos: [GLIBC.cos, false],
  cosh: [GLIBC.cosh, true], exp: [GLIBC.exp, true], exp2: [GLIBC.exp2, true], expm1: [GLIBC.expm1, true],
  fabs: [Math.abs, false], log1p: [(x: number) => (x === 0 ? x : GLIBC.log1p(x)), false], sin: [GLIBC.sin, false],
  sinh: [GLIBC.sinh, true], sqrt: [Math.sqrt, false], tan: [GLIBC.tan, false], tanh: [GLIBC.tanh, false],
});

/** math_1's verdict on r = f(x): the value, or the exception it raises. */
export function math1Result(x: number, r: number, canOverflow: boolean): number | 'ValueError' | 'OverflowError' {
  if (Number.isNaN(r) && !Number.isNaN(x)) return 'ValueError';
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) return canOverflow ? 'OverflowError' : 'ValueError';
  return r;
}

// ---- integer results --------------------------------------------------------------------

function pyIntFromDouble(rt: Runtime, x: number): PyObject {
  if (Number.isNaN(x)) rt.raise(rt.t.ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) rt.raise(rt.t.OverflowError, 'cannot convert float infinity to integer');
  return rt.newInt(Number.isSafeInteger(x) ? x + 0 : BigInt(x));
}

/** The same int object for exact ints (int.__floor__ etc. return self), a new one for bools. */
function intSelf(rt: Runtime, o: PyInt): PyObject {
  if (o.type === rt.t.int) { o.refcnt++; return o; }
  return rt.newInt(o.v);
}

function roundingFn(rt: Runtime, name: '__floor__' | '__ceil__', f: (x: number) => number): Fn {
  return (args, kw) => {
    const arg = oneArg(rt, name === '__floor__' ? 'floor' : 'ceil', args, kw);
    if (arg instanceof PyFloat && arg.type === rt.t.float) return pyIntFromDouble(rt, f(arg.v));
    if (arg instanceof PyInt && arg.type.lookup(name) === null) return intSelf(rt, arg);
    const r = callSpecial(rt, arg, name, []);
    if (r !== null) return r;
    return pyIntFromDouble(rt, f(asDouble(rt, arg)));
  };
}

// ---- the module -------------------------------------------------------------------------

function makeMath(rt: Runtime) {
  return makeModule(rt, 'math', (d: PyDict) => {
    putNew(rt, d, '__doc__', rt.newStr('This module provides access to the mathematical functions\ndefined by the C standard.'));
    const fn = (name: string, f: Fn) => defFunction(rt, d, name, f, 'math');
    const f1 = (name: string, f: (x: number) => number, canOverflow: boolean) =>
      fn(name, (args, kw) => math1(rt, f, canOverflow, oneArg(rt, name, args, kw)));
    const f1a = (name: string, f: (x: number) => ErrnoResult) => fn(name, (args, kw) => {
      const x = asDouble(rt, oneArg(rt, name, args, kw));
      const { value, errno } = f(x);
      checkErrno(rt, value, errno);
      return newFloat(rt, value);
    });

    for (const [name, [f, canOverflow]] of Object.entries(MATH1)) f1(name, f, canOverflow);
    fn('atan2', (args, kw) => math2(rt, mAtan2, 'atan2', args, kw));
    fn('ceil', roundingFn(rt, '__ceil__', Math.ceil));
    fn('copysign', (args, kw) => math2(rt, (x, y) => (hi32(y) >>> 31 ? -Math.abs(x) : Math.abs(x)), 'copysign', args, kw));
    fn('degrees', (args, kw) => newFloat(rt, asDouble(rt, oneArg(rt, 'degrees', args, kw)) * (180.0 / PY_PI)));
    fn('dist', (args, kw) => mathDist(rt, args, kw));
    f1a('erf', (x) => ({ value: GLIBC.erf(x), errno: 0 }));
    f1a('erfc', (x) => ({ value: GLIBC.erfc(x), errno: 0 }));
    fn('factorial', (args, kw) => {
      const arg = oneArg(rt, 'factorial', args, kw);
      const n = indexBig(rt, arg);
      if (n > 9223372036854775807n) rt.raise(rt.t.OverflowError, 'factorial() argument should not exceed 9223372036854775807');
      if (n < 0n) rt.valueError('factorial() not defined for negative values');
      return rt.newInt(factorial(n));
    });
    fn('floor', roundingFn(rt, '__floor__', Math.floor));
    fn('fmod', (args, kw) => {
      positional(rt, 'fmod', args, kw, 2, 2);
      const x = asDouble(rt, args[0]!);
      const y = asDouble(rt, args[1]!);
      if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return newFloat(rt, x);
      const r = x % y;
      if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domainError(rt);
      return newFloat(rt, r);
    });
    fn('frexp', (args, kw) => {
      const x = asDouble(rt, oneArg(rt, 'frexp', args, kw));
      if (Number.isNaN(x) || !Number.isFinite(x) || x === 0) return rt.newTuple([newFloat(rt, x), rt.newInt(0)]);
      const [m, e] = frexp(x);
      return rt.newTuple([newFloat(rt, m), rt.newInt(e)]);
    });
    fn('fsum', (args, kw) => mathFsum(rt, oneArg(rt, 'fsum', args, kw)));
    f1a('gamma', (x) => tgamma(x, GLIBC));
    fn('gcd', (args, kw) => gcdLcm(rt, 'gcd', args, kw));
    fn('hypot', (args, kw) => {
      noKwargs(rt, 'hypot', kw);
      let max = 0.0;
      let foundNan = false;
      const coords: number[] = [];
      for (const a of args) {
        const x = Math.abs(asDouble(rt, a));
        coords.push(x);
        if (Number.isNaN(x)) foundNan = true;
        if (x > max) max = x;
      }
      return newFloat(rt, vectorNorm(coords, max, foundNan));
    });
    fn('isclose', (args, kw) => mathIsclose(rt, args, kw));
    fn('isfinite', (args, kw) => rt.newBool(Number.isFinite(asDouble(rt, oneArg(rt, 'isfinite', args, kw)))));
    fn('isinf', (args, kw) => {
      const x = asDouble(rt, oneArg(rt, 'isinf', args, kw));
      return rt.newBool(!Number.isFinite(x) && !Number.isNaN(x));
    });
    fn('isnan', (args, kw) => rt.newBool(Number.isNaN(asDouble(rt, oneArg(rt, 'isnan', args, kw)))));
    fn('isqrt', (args, kw) => {
      const n = indexBig(rt, oneArg(rt, 'isqrt', args, kw));
      if (n < 0n) rt.valueError('isqrt() argument must be nonnegative');
      return rt.newInt(isqrt(n));
    });
    fn('lcm', (args, kw) => gcdLcm(rt, 'lcm', args, kw));
    fn('ldexp', (args, kw) => {
      positional(rt, 'ldexp', args, kw, 2, 2);
      const x = asDouble(rt, args[0]!);
      const i = args[1]!;
      if (!(i instanceof PyInt)) rt.typeError('Expected an int as second argument to ldexp.');
      const e = BigInt(i.v);
      let r: number;
      if (x === 0 || !Number.isFinite(x)) r = x;
      else if (e > 2147483647n) r = x < 0 ? -Infinity : Infinity;
      else if (e < -2147483648n) r = x < 0 ? -0 : 0;
      else r = ldexp(x, Number(e));
      if (Number.isFinite(x) && !Number.isFinite(r)) rangeError(rt);
      return newFloat(rt, r);
    });
    f1a('lgamma', (x) => lgamma(x, GLIBC));
    fn('log', (args, kw) => {
      noKwargs(rt, 'log', kw);
      if (args.length < 1 || args.length > 2) rt.typeError('math.log requires 1 to 2 arguments');
      const num = logHelper(rt, args[0]!, M_LOG);
      if (args.length === 1) return newFloat(rt, num);
      const den = logHelper(rt, args[1]!, M_LOG);
      if (den === 0) rt.raise(rt.t.ZeroDivisionError, 'float division by zero');
      return newFloat(rt, num / den);
    });
    fn('log10', (args, kw) => newFloat(rt, logHelper(rt, oneArg(rt, 'log10', args, kw), M_LOG10)));
    fn('log2', (args, kw) => newFloat(rt, logHelper(rt, oneArg(rt, 'log2', args, kw), M_LOG2)));
    fn('modf', (args, kw) => {
      const x = asDouble(rt, oneArg(rt, 'modf', args, kw));
      if (!Number.isFinite(x)) {
        if (Number.isNaN(x)) return rt.newTuple([newFloat(rt, x), newFloat(rt, x)]);
        return rt.newTuple([newFloat(rt, x < 0 ? -0 : 0), newFloat(rt, x)]);
      }
      const ip = Math.trunc(x);
      const neg = x < 0 || Object.is(x, -0);
      const fp = x - ip;
      return rt.newTuple([newFloat(rt, neg ? -Math.abs(fp) : Math.abs(fp)), newFloat(rt, ip)]);
    });
    fn('pow', (args, kw) => {
      positional(rt, 'pow', args, kw, 2, 2);
      const x = asDouble(rt, args[0]!);
      const y = asDouble(rt, args[1]!);
      return newFloat(rt, mathPow(rt, x, y));
    });
    fn('radians', (args, kw) => newFloat(rt, asDouble(rt, oneArg(rt, 'radians', args, kw)) * (PY_PI / 180.0)));
    fn('remainder', (args, kw) => math2(rt, remainder, 'remainder', args, kw));
    fn('trunc', (args, kw) => {
      const x = oneArg(rt, 'trunc', args, kw);
      if (x instanceof PyFloat && x.type === rt.t.float) return pyIntFromDouble(rt, Math.trunc(x.v));
      if (x instanceof PyInt && x.type.lookup('__trunc__') === null) return intSelf(rt, x);
      const r = callSpecial(rt, x, '__trunc__', []);
      if (r === null) rt.typeError(`type ${x.type.name} doesn't define __trunc__ method`);
      return r;
    });
    fn('prod', (args, kw) => mathProd(rt, args, kw));
    fn('perm', (args, kw) => {
      positional(rt, 'perm', args, kw, 1, 2);
      if (args.length === 1 || args[1] === rt.None) {
        const n = indexBig(rt, args[0]!);
        if (n > 9223372036854775807n) rt.raise(rt.t.OverflowError, 'factorial() argument should not exceed 9223372036854775807');
        if (n < 0n) rt.valueError('factorial() not defined for negative values');
        return rt.newInt(factorial(n));
      }
      const n = indexBig(rt, args[0]!);
      const k = indexBig(rt, args[1]!);
      if (n < 0n) rt.valueError('n must be a non-negative integer');
      if (k < 0n) rt.valueError('k must be a non-negative integer');
      if (n < k) return rt.newInt(0);
      if (k > 9223372036854775807n) rt.raise(rt.t.OverflowError, 'k must not exceed 9223372036854775807');
      if (k === 1n) return sameInt(rt, args[0]!, n);
      return rt.newInt(perm(n, k));
    });
    fn('comb', (args, kw) => {
      positional(rt, 'comb', args, kw, 2, 2);
      const n = indexBig(rt, args[0]!);
      let k = indexBig(rt, args[1]!);
      if (n < 0n) rt.valueError('n must be a non-negative integer');
      if (k < 0n) rt.valueError('k must be a non-negative integer');
      if (k > n) return rt.newInt(0);
      if (n - k < k) k = n - k;
      if (k > 9223372036854775807n) rt.raise(rt.t.OverflowError, 'min(n - k, k) must not exceed 9223372036854775807');
      if (k === 1n) return sameInt(rt, args[0]!, n);
      return rt.newInt(comb(n, k));
    });
    fn('nextafter', (args, kw) => {
      positional(rt, 'nextafter', args, kw, 2, 2);
      return newFloat(rt, nextafter(asDouble(rt, args[0]!), asDouble(rt, args[1]!)));
    });
    fn('ulp', (args, kw) => newFloat(rt, ulp(asDouble(rt, oneArg(rt, 'ulp', args, kw)))));

    putNew(rt, d, 'pi', rt.newFloat(PY_PI));
    putNew(rt, d, 'e', rt.newFloat(2.718281828459045));
    putNew(rt, d, 'tau', rt.newFloat(6.283185307179586));
    putNew(rt, d, 'inf', rt.newFloat(Infinity));
    putNew(rt, d, 'nan', rt.newFloat(NaN));
  });
}

/** perm_comb(n, 1) / comb with k == 1 return n itself (PyNumber_Index's result). */
function sameInt(rt: Runtime, o: PyObject, n: bigint): PyObject {
  if (o instanceof PyInt && o.type === rt.t.int) { o.refcnt++; return o; }
  return rt.newInt(n);
}

function gcdLcm(rt: Runtime, name: 'gcd' | 'lcm', args: PyObject[], kw: KwArgs): PyObject {
  noKwargs(rt, name, kw);
  if (args.length === 0) return rt.newInt(name === 'gcd' ? 0 : 1);
  const first = args[0]!;
  let res = indexBig(rt, first);
  if (args.length === 1) {
    if (res >= 0n && first instanceof PyInt && first.type === rt.t.int) { first.refcnt++; return first; }
    return rt.newInt(res < 0n ? -res : res);
  }
  for (let i = 1; i < args.length; i++) {
    const x = indexBig(rt, args[i]!);
    if (name === 'gcd') {
      if (res === 1n) continue;
      res = gcd(res, x);
    } else {
      if (res === 0n) continue;
      if (x === 0n) { res = 0n; continue; }
      const g = gcd(res, x);
      const m = (res / g) * x;
      res = m < 0n ? -m : m;
    }
  }
  return rt.newInt(res);
}

function mathFsum(rt: Runtime, seq: PyObject): PyObject {
  const it = getIter(rt, seq);
  const acc = new Fsum();
  try {
    for (;;) {
      const item = iterNext(rt, it);
      if (item === null) break;
      let x: number;
      try { x = asDouble(rt, item); } finally { rt.decref(item); }
      acc.add(x);
    }
    return newFloat(rt, acc.result());
  } catch (e) {
    if (e instanceof FsumError) rt.raise(e.pyType === 'OverflowError' ? rt.t.OverflowError : rt.t.ValueError, e.message);
    throw e;
  } finally {
    rt.decref(it);
  }
}

/** PySequence_Tuple's items (new references). */
function tupleItems(rt: Runtime, o: PyObject): PyObject[] {
  if (o instanceof PyTuple || o instanceof PyList) {
    const items = o.items.slice();
    for (const x of items) x.refcnt++;
    return items;
  }
  return rt.iterate(o);
}

function mathDist(rt: Runtime, args: PyObject[], kw: KwArgs): PyObject {
  positional(rt, 'dist', args, kw, 2, 2);
  const p = tupleItems(rt, args[0]!);
  let q: PyObject[];
  try { q = tupleItems(rt, args[1]!); } catch (e) { for (const x of p) rt.decref(x); throw e; }
  try {
    if (p.length !== q.length) rt.valueError('both points must have the same number of dimensions');
    let max = 0.0;
    let foundNan = false;
    const diffs: number[] = [];
    for (let i = 0; i < p.length; i++) {
      const px = asDouble(rt, p[i]!);
      const qx = asDouble(rt, q[i]!);
      const x = Math.abs(px - qx);
      diffs.push(x);
      if (Number.isNaN(x)) foundNan = true;
      if (x > max) max = x;
    }
    return newFloat(rt, vectorNorm(diffs, max, foundNan));
  } finally {
    for (const x of p) rt.decref(x);
    for (const x of q) rt.decref(x);
  }
}

function mathIsclose(rt: Runtime, args: PyObject[], kw: KwArgs): PyObject {
  const names = ['a', 'b', 'rel_tol', 'abs_tol'];
  const vals: Array<PyObject | null> = [null, null, null, null];
  if (args.length > 2) rt.typeError(`isclose() takes exactly 2 positional arguments (${args.length} given)`);
  args.forEach((a, i) => { vals[i] = a; });
  for (const [k, v] of kw ?? []) {
    const i = names.indexOf(k);
    if (i < 0) rt.typeError(`'${k}' is an invalid keyword argument for isclose()`);
    if (vals[i] !== null) rt.typeError(`argument for isclose() given by name ('${k}') and position (${i + 1})`);
    vals[i] = v;
  }
  if (vals[0] === null) rt.typeError("isclose() missing required argument 'a' (pos 1)");
  if (vals[1] === null) rt.typeError("isclose() missing required argument 'b' (pos 2)");
  const a = asDouble(rt, vals[0]);
  const b = asDouble(rt, vals[1]);
  const relTol = vals[2] === null ? 1e-09 : asDouble(rt, vals[2]);
  const absTol = vals[3] === null ? 0.0 : asDouble(rt, vals[3]);
  if (relTol < 0.0 || absTol < 0.0) rt.valueError('tolerances must be non-negative');
  if (a === b) return rt.newBool(true);
  if ((!Number.isFinite(a) && !Number.isNaN(a)) || (!Number.isFinite(b) && !Number.isNaN(b))) return rt.newBool(false);
  const diff = Math.abs(b - a);
  return rt.newBool(diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol);
}

function mathProd(rt: Runtime, args: PyObject[], kw: KwArgs): PyObject {
  let start: PyObject | null = null;
  for (const [k, v] of kw ?? []) {
    if (k !== 'start') rt.typeError(`'${k}' is an invalid keyword argument for prod()`);
    start = v;
  }
  if (args.length !== 1) rt.typeError(`prod() takes exactly 1 positional argument (${args.length} given)`);
  const it = getIter(rt, args[0]!);
  let result: PyObject = start ?? rt.smallInts[1 + 5]!;
  result.refcnt++;
  try {
    for (;;) {
      const item = iterNext(rt, it);
      if (item === null) break;
      let next: PyObject;
      try { next = rt.binary(result, item, 5); } finally { rt.decref(item); }
      rt.decref(result);
      result = next;
    }
  } catch (e) {
    rt.decref(result);
    throw e;
  } finally {
    rt.decref(it);
  }
  return result;
}

