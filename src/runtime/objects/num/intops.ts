// int arithmetic with CPython 3.11's semantics (cf. Objects/longobject.c): true
// division correctly rounded, pow with modulus and modular inverse, shifts,
// bitwise operations on two's complement, rounding, to_bytes/from_bytes.
// Pure functions on IntVal (number when safe, else bigint); errors are NumError.

import { NumError, zeroDiv, overflow, valueErr } from './errors';
import {
  type IntVal, norm, big, bitLength, bitLengthOf, roundRatio, floorModBig, floorDivBig, isZero,
} from './bigmath';
import { floatPowValue, type FloatPowResult } from './floatops';

/** Largest bit size we let a result reach before raising MemoryError (V8 caps BigInts near 2**30 bits). */
export const MAX_INT_BITS = 2 ** 29;

function memoryError(): NumError {
  return new NumError('MemoryError', '');
}

/** int / int, correctly rounded (long_true_divide). */
export function intTrueDiv(a: IntVal, b: IntVal): number {
  if (isZero(b)) throw zeroDiv('division by zero');
  if (typeof a === 'number' && typeof b === 'number') return a / b; // both exact doubles
  const x = big(a);
  const y = big(b);
  const negate = (x < 0n) !== (y < 0n);
  if (x === 0n) return negate ? -0.0 : 0.0;
  const r = roundRatio(x < 0n ? -x : x, y < 0n ? -y : y);
  if (!Number.isFinite(r)) throw overflow('integer division result too large for a float');
  return negate ? -r : r;
}

/** float(int) with OverflowError (PyLong_AsDouble). */
export function intToFloatChecked(v: IntVal): number {
  if (typeof v === 'number') return v;
  const f = Number(v);
  if (!Number.isFinite(f)) throw overflow('int too large to convert to float');
  return f;
}

/** Modular inverse of a modulo m (m > 0), or null when gcd(a, m) != 1. */
export function modInverse(a: bigint, m: bigint): bigint | null {
  let [r0, r1] = [floorModBig(a, m), m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) return null;
  return floorModBig(s0, m);
}

function modPow(base: bigint, exp: bigint, m: bigint): bigint {
  let result = 1n % m;
  let b = floorModBig(base, m);
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % m;
    e >>= 1n;
    if (e > 0n) b = (b * b) % m;
  }
  return result;
}

/** The result of int ** int: an int, or a float for negative exponents without modulus. */
export type IntPowResult = { float: false; v: IntVal } | { float: true; v: FloatPowResult };

/** int ** int [% mod] (long_pow). `mod` null means no modulus. */
export function intPowValue(a: IntVal, b: IntVal, mod: IntVal | null): IntPowResult {
  if (mod === null) {
    if ((typeof b === 'number' ? b : b < 0n ? -1 : 1) < 0) {
      // Return a float: v ** w as floats. This works because we know the exponent is negative.
      return { float: true, v: floatPowValue(intToFloatChecked(a), intToFloatChecked(b)) };
    }
    return { float: false, v: intPowPlain(a, b) };
  }
  let c = big(mod);
  if (c === 0n) throw valueErr('pow() 3rd argument cannot be 0');
  let negativeOutput = false;
  if (c < 0n) { negativeOutput = true; c = -c; }
  // if modulus == 1: return 0
  if (c === 1n) return { float: false, v: 0 };
  let base = big(a);
  let e = big(b);
  if (e < 0n) {
    const inv = modInverse(base, c);
    if (inv === null) throw valueErr('base is not invertible for the given modulus');
    base = inv;
    e = -e;
  }
  let r = modPow(base, e, c);
  if (negativeOutput && r !== 0n) r -= c;
  return { float: false, v: norm(r) };
}

/** a ** b for b >= 0. */
export function intPowPlain(a: IntVal, b: IntVal): IntVal {
  if (typeof a === 'number' && typeof b === 'number') {
    if (a === 0) return b === 0 ? 1 : 0;
    if (a === 1) return 1;
    if (a === -1) return b % 2 === 0 ? 1 : -1;
    // Repeated squaring in doubles while every intermediate stays a safe integer (then exact).
    let r = 1;
    let base = a;
    let e = b;
    for (;;) {
      if (e % 2 === 1) { r *= base; if (!Number.isSafeInteger(r)) break; }
      e = Math.floor(e / 2);
      if (e === 0) return r + 0;
      base *= base;
      if (!Number.isSafeInteger(base)) break;
    }
  }
  const x = big(a);
  if (x === 0n) return isZero(b) ? 1 : 0;
  if (x === 1n) return 1;
  if (x === -1n) return big(b) % 2n === 0n ? 1 : -1;
  const y = big(b);
  const bits = BigInt(bitLength(x) - 1) * y; // lower bound on the result's size
  if (bits > BigInt(MAX_INT_BITS)) throw memoryError();
  return norm(x ** y);
}

// ---- shifts and bitwise --------------------------------------------------------------

export function intLshift(a: IntVal, b: IntVal): IntVal {
  if ((typeof b === 'number' ? b : Number(b < 0n ? -1 : 1)) < 0) throw valueErr('negative shift count');
  if (isZero(a)) return 0;
  if (typeof b === 'bigint' && b > 0x7fffffffffffffffn) throw overflow('too many digits in integer');
  const n = Number(b);
  if (typeof a === 'number' && n < 31) {
    const r = a * 2 ** n;
    if (Number.isSafeInteger(r)) return r;
  }
  if (bitLengthOf(a) + n > MAX_INT_BITS) {
    // CPython: "too many digits in integer" past PY_SSIZE_T_MAX digits, MemoryError below.
    if (n / 30 > 2 ** 63 / 8) throw overflow('too many digits in integer');
    throw memoryError();
  }
  return norm(big(a) << BigInt(n));
}

export function intRshift(a: IntVal, b: IntVal): IntVal {
  if ((typeof b === 'number' ? b : Number(b < 0n ? -1 : 1)) < 0) throw valueErr('negative shift count');
  if (typeof a === 'number' && typeof b === 'number') {
    if (b >= 64) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** b) + 0; // exact: division by a power of two, then floor
  }
  const x = big(a);
  if (typeof b === 'bigint' || b > bitLength(x) + 1) return x < 0n ? -1 : 0;
  return norm(x >> BigInt(b)); // BigInt >> floors, as Python does
}

export function intAnd(a: IntVal, b: IntVal): IntVal {
  if (typeof a === 'number' && typeof b === 'number' && a >= -0x80000000 && a <= 0x7fffffff && b >= -0x80000000 && b <= 0x7fffffff) return a & b;
  return norm(big(a) & big(b));
}

export function intOr(a: IntVal, b: IntVal): IntVal {
  if (typeof a === 'number' && typeof b === 'number' && a >= -0x80000000 && a <= 0x7fffffff && b >= -0x80000000 && b <= 0x7fffffff) return a | b;
  return norm(big(a) | big(b));
}

export function intXor(a: IntVal, b: IntVal): IntVal {
  if (typeof a === 'number' && typeof b === 'number' && a >= -0x80000000 && a <= 0x7fffffff && b >= -0x80000000 && b <= 0x7fffffff) return a ^ b;
  return norm(big(a) ^ big(b));
}

export function intInvert(a: IntVal): IntVal {
  if (typeof a === 'number' && a < 9007199254740991) return -a - 1;
  return norm(-big(a) - 1n);
}

// ---- rounding -------------------------------------------------------------------------

/** round(v, ndigits) for an int (long_round): halves to even; ndigits >= 0 keeps v. */
export function intRound(v: IntVal, ndigits: IntVal): IntVal {
  const nd = big(ndigits);
  if (nd >= 0n) return v;
  const x = big(v);
  const n = -nd;
  const digits = (x < 0n ? -x : x).toString(10).length;
  if (n > BigInt(digits)) return 0; // |x| < 10**n / 10 < 10**n / 2
  const p = 10n ** n;
  let q = floorDivBig(x, p);
  const r2 = (x - q * p) * 2n;
  if (r2 > p || (r2 === p && (q & 1n) === 1n)) q += 1n;
  return norm(q * p);
}

// ---- bytes ----------------------------------------------------------------------------

/** int.to_bytes(length, byteorder, signed=...) (cf. _PyLong_AsByteArray). */
export function intToBytes(v: IntVal, length: number, little: boolean, signed: boolean): Uint8Array {
  let x = big(v);
  if (x < 0n && !signed) throw overflow("can't convert negative int to unsigned");
  const out = new Uint8Array(length);
  const bits = BigInt(length * 8);
  if (signed) {
    const lim = length === 0 ? 0n : 1n << (bits - 1n);
    if (length === 0 ? x !== 0n : x >= lim || x < -lim) throw overflow('int too big to convert');
    if (x < 0n) x += 1n << bits;
  } else if (length * 8 < bitLength(x)) {
    throw overflow('int too big to convert');
  }
  for (let i = 0; i < length; i++) {
    const byte = Number(x & 0xffn);
    x >>= 8n;
    out[little ? i : length - 1 - i] = byte;
  }
  return out;
}

/** int.from_bytes(bytes, byteorder, signed=...). */
export function intFromBytes(bytes: Uint8Array, little: boolean, signed: boolean): IntVal {
  const n = bytes.length;
  if (n === 0) return 0;
  let hex = '';
  for (let i = 0; i < n; i++) {
    const b = bytes[little ? n - 1 - i : i]!;
    hex += (b < 16 ? '0' : '') + b.toString(16);
  }
  let x = BigInt('0x' + hex);
  if (signed && (bytes[little ? n - 1 : 0]! & 0x80) !== 0) x -= 1n << BigInt(8 * n);
  return norm(x);
}

/** (numerator, denominator) of an int. */
export function intAsIntegerRatio(v: IntVal): [IntVal, IntVal] {
  return [v, 1];
}
