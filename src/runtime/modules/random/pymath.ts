// Python float and int/float semantics needed by Lib/random.py, on JS numbers.
//
// Convention used throughout this folder: a `bigint` is a Python int and a
// `number` is a Python float. The libm calls (log, exp, cos, sin, acos, pow)
// go through a pluggable `Libm` (default: the engine's Math.*), because
// CPython uses the platform libm and the two differ in the last bit now and then.

import { PyRandomError } from './errors';

/** A Python int (bigint) or a Python float (number). */
export type PyNum = bigint | number;

function domainError(): PyRandomError {
  return new PyRandomError('ValueError', 'math domain error');
}

// cf. Modules/mathmodule.c math_1: NaN from a non-NaN argument is a domain
// error; an infinity from a finite argument is a range error (if the function
// can overflow) or a domain error (singularity).
function math1(x: number, r: number, canOverflow: boolean): number {
  if (Number.isNaN(r) && !Number.isNaN(x)) throw domainError();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
    if (canOverflow) throw new PyRandomError('OverflowError', 'math range error');
    throw domainError();
  }
  return r;
}

/**
 * The C libm functions random.py reaches (through math and float.__pow__).
 * CPython calls the platform's libm (glibc on Linux); V8's Math.* are fdlibm
 * ports. Both are within 1 ulp, but they differ in the last bit on a few
 * percent of arguments (measured in test/unit/random/distributions.test.ts), so
 * the runtime can pass its own, glibc-faithful implementation here.
 */
export interface Libm {
  log(x: number): number;
  exp(x: number): number;
  cos(x: number): number;
  sin(x: number): number;
  acos(x: number): number;
  pow(x: number, y: number): number;
}

/** The default libm: the engine's Math functions. */
export const JS_LIBM: Libm = Object.freeze({
  log: Math.log,
  exp: Math.exp,
  cos: Math.cos,
  sin: Math.sin,
  acos: Math.acos,
  pow: Math.pow,
});

/** math.log/exp/sqrt/cos/sin/acos and float ** float with CPython's error semantics, over a given libm. */
export class PyFloatMath {
  constructor(readonly libm: Libm = JS_LIBM) {}

  /** math.log(x) for a float x. cf. Modules/mathmodule.c m_log, loghelper. */
  log(x: number): number {
    if (Number.isFinite(x)) {
      if (x > 0) return this.libm.log(x);
      throw domainError(); // log(0) and log(negative): errno = EDOM
    }
    if (Number.isNaN(x)) return x;
    if (x > 0) return x;
    throw domainError();
  }

  /** math.exp. cf. Modules/mathmodule.c FUNC1(exp, exp, 1, ...). */
  exp(x: number): number {
    return math1(x, this.libm.exp(x), true);
  }

  /** math.sqrt (IEEE correctly rounded everywhere, so always Math.sqrt). */
  sqrt(x: number): number {
    return math1(x, Math.sqrt(x), false);
  }

  /** math.cos. */
  cos(x: number): number {
    return math1(x, this.libm.cos(x), false);
  }

  /** math.sin. */
  sin(x: number): number {
    return math1(x, this.libm.sin(x), false);
  }

  /** math.acos. */
  acos(x: number): number {
    return math1(x, this.libm.acos(x), false);
  }

  /** float ** float. cf. Objects/floatobject.c float_pow (3.11). */
  pow(iv: number, iw: number): number {
    return pyPow(iv, iw, this.libm);
  }
}

/** float / float. cf. Objects/floatobject.c float_div. */
export function pyDiv(a: number, b: number): number {
  if (b === 0) throw new PyRandomError('ZeroDivisionError', 'float division by zero');
  return a / b;
}

/** float % float. cf. Objects/floatobject.c float_rem (result takes the divisor's sign). */
export function pyMod(a: number, b: number): number {
  if (b === 0) throw new PyRandomError('ZeroDivisionError', 'float modulo');
  let mod = a % b; // JS % is C fmod: exact
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else {
    mod = b < 0 ? -0 : 0;
  }
  return mod;
}

function isOddInteger(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x % 2) === 1;
}

/** float ** float. cf. Objects/floatobject.c float_pow (3.11). */
export function pyPow(iv: number, iw: number, libm: Libm = JS_LIBM): number {
  if (iw === 0) return 1.0;
  if (Number.isNaN(iv)) return iv;
  if (Number.isNaN(iw)) return iv === 1.0 ? 1.0 : iw;
  if (!Number.isFinite(iw)) {
    const av = Math.abs(iv);
    if (av === 1.0) return 1.0;
    if (iw > 0 === av > 1.0) return Math.abs(iw);
    return 0.0;
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0 : 0) : 0.0;
  }
  if (iv === 0) {
    if (iw < 0) throw new PyRandomError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return isOddInteger(iw) ? iv : 0.0;
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) {
      // CPython returns a complex number here; no caller in random.py can get here.
      throw new Error('random: negative float to a fractional power (complex result) is not simulated');
    }
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return negate ? -1.0 : 1.0;
  let ix = libm.pow(iv, iw);
  if (!Number.isFinite(ix)) {
    throw new PyRandomError('OverflowError', "(34, 'Numerical result out of range')");
  }
  if (negate) ix = -ix;
  return ix;
}

/** float(int): correctly rounded, OverflowError past the float range. cf. PyLong_AsDouble. */
export function intToFloat(n: bigint): number {
  const f = Number(n); // ECMAScript rounds to nearest, ties to even, like PyLong_AsDouble
  if (!Number.isFinite(f)) throw new PyRandomError('OverflowError', 'int too large to convert to float');
  return f;
}

/** a + b with Python's int/float promotion. */
export function pyAdd(a: PyNum, b: PyNum): PyNum {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a + b;
  const x = typeof a === 'bigint' ? intToFloat(a) : a;
  const y = typeof b === 'bigint' ? intToFloat(b) : b;
  return x + y;
}

/** float(x) for an int or float. */
export function toFloat(x: PyNum): number {
  return typeof x === 'bigint' ? intToFloat(x) : x;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Exact `a < b` between a float and an int, as Python compares them. cf. Objects/floatobject.c float_richcompare. */
export function pyLess(a: PyNum, b: PyNum): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b;
  if (typeof a === 'number') return floatLessInt(a, b as bigint);
  return intLessFloat(a, b as number);
}

function floatLessInt(x: number, n: bigint): boolean {
  if (n >= -SAFE && n <= SAFE) return x < Number(n);
  if (Number.isNaN(x)) return false;
  if (!Number.isFinite(x)) return x < 0;
  // x < n  <=>  floor(x) < n  for an integer n
  return BigInt(Math.floor(x)) < n;
}

function intLessFloat(n: bigint, x: number): boolean {
  if (n >= -SAFE && n <= SAFE) return Number(n) < x;
  if (Number.isNaN(x)) return false;
  if (!Number.isFinite(x)) return x > 0;
  // n < x  <=>  n < ceil(x)  for an integer n
  return n < BigInt(Math.ceil(x));
}

/** Python's a // b for ints (floor division); b must be non-zero. */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** int.bit_length() of a non-negative int. */
export function bitLength(n: bigint): number {
  if (n < 0n) n = -n;
  return n === 0n ? 0 : n.toString(2).length;
}

/** int.bit_length() of a non-negative safe integer. */
export function bitLengthNumber(n: number): number {
  if (n < 0x100000000) return 32 - Math.clz32(n);
  return 64 - Math.clz32(Math.floor(n / 0x100000000));
}

/** bisect.bisect_right(a, x, lo, hi) with Python's exact int/float comparisons. cf. Modules/_bisectmodule.c internal_bisect_right. */
export function bisectRight(a: readonly PyNum[], x: PyNum, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (pyLess(x, a[mid] as PyNum)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
