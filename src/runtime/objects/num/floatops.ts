// float arithmetic with CPython 3.11's semantics (cf. Objects/floatobject.c):
// division and modulo sign rules, pow's special cases and errors, rounding,
// exact ratios, hex conversion. Pure functions on JS numbers; errors are NumError.

import { NumError, zeroDiv, overflow, valueErr, ERANGE_MESSAGE } from './errors';
import {
  type IntVal, norm, bitLength, decompose, roundRatio, floatToRatio, floorDivBig, pow2, frexp,
} from './bigmath';
import { glibcPow } from './glibcpow';

/** float / float (float_div). */
export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) throw zeroDiv('float division by zero');
  return a / b;
}

/** C fmod (JS % is exactly fmod). */
function fmod(a: number, b: number): number {
  return a % b;
}

/** divmod(a, b) for floats: cf. _float_div_mod. */
export function floatDivmodRaw(vx: number, wx: number): [number, number] {
  let mod = fmod(vx, wx);
  // fmod is typically exact, so vx-mod is *mathematically* an exact multiple of wx.
  let div = (vx - mod) / wx;
  if (mod !== 0) { // (C truth: NaN is nonzero)
    // Ensure the remainder has the same sign as the denominator.
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    // The remainder is zero: make it have the sign of the denominator.
    mod = wx < 0 || Object.is(wx, -0) ? -0.0 : 0.0;
  }
  let floordiv: number;
  if (div !== 0) {
    // Snap the quotient to the nearest integral value.
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    // div is zero: get the correct sign.
    const q = vx / wx;
    floordiv = q < 0 || Object.is(q, -0) ? -0.0 : 0.0;
  }
  return [floordiv, mod];
}

/** divmod(float, float) (float_divmod). */
export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw zeroDiv('float divmod()');
  return floatDivmodRaw(a, b);
}

/** float // float (float_floor_div). */
export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw zeroDiv('float floor division by zero');
  return floatDivmodRaw(a, b)[0];
}

/** float % float (float_rem). */
export function floatMod(vx: number, wx: number): number {
  if (wx === 0) throw zeroDiv('float modulo');
  let mod = fmod(vx, wx);
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) mod += wx;
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0.0 : 0.0;
  }
  return mod;
}

function isOddInteger(x: number): boolean {
  // cf. DOUBLE_IS_ODD_INTEGER: fmod(fabs(x), 2.0) == 1.0
  return Math.abs(x) % 2 === 1;
}

/** The result of float ** float: a float, or a request to compute it as complex. */
export type FloatPowResult = { complex: false; v: number } | { complex: true };

/**
 * float_pow(iv, iw) without a modulus. Negative bases with non-integer
 * exponents give `{complex: true}` (Python 3 then computes complex ** complex).
 * Overflow raises OverflowError (34, 'Numerical result out of range').
 */
export function floatPowValue(iv: number, iw: number): FloatPowResult {
  const ok = (v: number): FloatPowResult => ({ complex: false, v });
  // Sort out special cases here instead of relying on pow().
  if (iw === 0) return ok(1.0); // v**0 is 1, even 0**0
  if (Number.isNaN(iv)) return ok(iv); // nan**w = nan, unless w == 0
  if (Number.isNaN(iw)) return ok(iv === 1.0 ? 1.0 : iw); // v**nan = nan, unless v == 1; 1**nan = 1
  if (!Number.isFinite(iw)) {
    // v**inf is: 0.0 if abs(v) < 1; 1.0 if abs(v) == 1; inf if abs(v) > 1.
    // v**-inf is: inf if abs(v) < 1; 1.0 if abs(v) == 1; 0.0 if abs(v) > 1.
    const av = Math.abs(iv);
    if (av === 1.0) return ok(1.0);
    if ((iw > 0) === (av > 1.0)) return ok(Math.abs(iw));
    return ok(0.0);
  }
  if (!Number.isFinite(iv)) {
    // (+-inf)**w is: inf for w positive, 0 for w negative; the sign of an odd integer w carries.
    const odd = isOddInteger(iw);
    if (iw > 0) return ok(odd ? iv : Math.abs(iv));
    return ok(odd ? (iv < 0 ? -0.0 : 0.0) : 0.0);
  }
  if (iv === 0) {
    const odd = isOddInteger(iw);
    if (iw < 0) throw zeroDiv('0.0 cannot be raised to a negative power');
    // use correct sign if iw is odd
    return ok(odd ? iv : 0.0);
  }
  let negate = false;
  let v = iv;
  if (v < 0) {
    // Whether this is an error is a mess, and bumps into libm bugs so we have to figure it out ourselves.
    if (iw !== Math.floor(iw)) return { complex: true };
    v = -v;
    negate = isOddInteger(iw);
  }
  if (v === 1.0) return ok(negate ? -1.0 : 1.0);
  let ix = glibcPow(v, iw);
  if (negate) ix = -ix;
  if (!Number.isFinite(ix)) throw overflow(ERANGE_MESSAGE);
  return ok(ix);
}

// ---- conversions -------------------------------------------------------------------

/** int(x) / math.trunc for a float, with CPython's errors. */
export function floatToInt(x: number): IntVal {
  if (Number.isNaN(x)) throw valueErr('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw overflow('cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? t + 0 : BigInt(t);
}

export function floatFloor(x: number): IntVal {
  return floatToInt(Math.floor(x));
}

export function floatCeil(x: number): IntVal {
  return floatToInt(Math.ceil(x));
}

/** float.as_integer_ratio() */
export function floatAsIntegerRatio(x: number): [IntVal, IntVal] {
  if (Number.isNaN(x)) throw valueErr('cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) throw overflow('cannot convert Infinity to integer ratio');
  const { num, den } = floatToRatio(x);
  return [norm(num), norm(den)];
}

export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.floor(x) === x;
}

// ---- rounding ------------------------------------------------------------------------

/** round(x) with no ndigits: nearest integer, halves to even (float___round___impl). */
export function floatRoundToInt(x: number): IntVal {
  let rounded = cRound(x);
  if (Math.abs(x - rounded) === 0.5) rounded = 2.0 * cRound(x / 2.0); // halfway case: round to even
  return floatToInt(rounded);
}

/** C round(): halves away from zero. */
function cRound(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

const NDIGITS_MAX = Math.trunc((53 - -1021) * 0.30103); // 323
const NDIGITS_MIN = -Math.trunc((1024 + 1) * 0.30103); // -308

/**
 * round(x, ndigits) for a float (ndigits already clipped to a C ssize_t):
 * rounds the exact binary value to ndigits decimal places with halves to even,
 * then converts the decimal back correctly rounded (cf. double_round using
 * _Py_dg_dtoa mode 3 and _Py_dg_strtod).
 */
export function floatRoundNdigits(x: number, ndigits: number): number {
  if (!Number.isFinite(x)) return x;
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0.0 * x;
  if (x === 0) return x;
  const { num, den } = floatToRatio(Math.abs(x));
  // q = round_half_even(|x| * 10**ndigits)
  let n = num;
  let d = den;
  if (ndigits >= 0) n *= 10n ** BigInt(ndigits);
  else d *= 10n ** BigInt(-ndigits);
  let q = n / d;
  const r2 = (n - q * d) * 2n;
  if (r2 > d || (r2 === d && (q & 1n) === 1n)) q += 1n;
  let rounded: number;
  if (q === 0n) rounded = 0;
  else if (ndigits >= 0) rounded = roundRatio(q, 10n ** BigInt(ndigits));
  else rounded = roundRatio(q * 10n ** BigInt(-ndigits), 1n);
  if (!Number.isFinite(rounded)) throw overflow('rounded value too large to represent');
  return x < 0 ? -rounded : rounded;
}

// ---- hex ----------------------------------------------------------------------------

/** float.hex() (cf. float_hex). */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  let [m, e] = frexp(Math.abs(x));
  const shift = 1 - Math.max(-1021 - e, 0);
  m *= pow2(shift);
  e -= shift;
  let s = Math.trunc(m).toString(16);
  m -= Math.trunc(m);
  s += '.';
  for (let i = 0; i < 13; i++) {
    m *= 16.0;
    s += Math.trunc(m).toString(16);
    m -= Math.trunc(m);
  }
  const esign = e < 0 ? '-' : '+';
  return `${x < 0 ? '-' : ''}0x${s}p${esign}${Math.abs(e)}`;
}

function isHexDigit(c: string | undefined): boolean {
  return c !== undefined && /^[0-9a-fA-F]$/.test(c);
}

const PY_SPACE = /[ \t\n\r\x0b\x0c]/;

/** float.fromhex(s) (cf. float_fromhex): correctly rounded, halves to even. */
export function floatFromHex(text: string): number {
  const invalid = (): NumError => valueErr('invalid hexadecimal floating-point string');
  const s = text;
  let i = 0;
  const end = s.length;
  // leading whitespace (Py_ISSPACE: ASCII whitespace)
  while (i < end && PY_SPACE.test(s[i]!)) i++;
  // infinities and nans
  const rest = s.slice(i);
  const m = /^([+-]?)(infinity|inf|nan)/i.exec(rest);
  if (m !== null) {
    let j = i + m[0].length;
    while (j < end && PY_SPACE.test(s[j]!)) j++;
    if (j !== end) throw invalid();
    if (m[2]!.toLowerCase() === 'nan') return NaN;
    return m[1] === '-' ? -Infinity : Infinity;
  }
  let negate = false;
  if (s[i] === '-') { negate = true; i++; } else if (s[i] === '+') i++;
  // [0x]
  if (s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X')) i += 2;
  // coefficient: <integer> [. <fraction>]
  const coeffStart = i;
  while (isHexDigit(s[i])) i++;
  let intDigits = s.slice(coeffStart, i);
  let fracDigits = '';
  if (s[i] === '.') {
    i++;
    const fs = i;
    while (isHexDigit(s[i])) i++;
    fracDigits = s.slice(fs, i);
  }
  const ndigits = intDigits.length + fracDigits.length;
  if (ndigits === 0) throw invalid();
  if (ndigits > 1e8) throw valueErr('hexadecimal string too long to convert');
  // [p <exponent>]
  let exp = 0n;
  if (s[i] === 'p' || s[i] === 'P') {
    i++;
    const es = i;
    if (s[i] === '-' || s[i] === '+') i++;
    if (!(s[i] !== undefined && s[i]! >= '0' && s[i]! <= '9')) throw invalid();
    while (s[i] !== undefined && s[i]! >= '0' && s[i]! <= '9') i++;
    exp = BigInt(s.slice(es, i));
  }
  while (i < end && PY_SPACE.test(s[i]!)) i++;
  if (i !== end) throw invalid();
  intDigits = intDigits.replace(/^0+/, '');
  const digits = intDigits + fracDigits;
  const mant = digits.replace(/^0+/, '') === '' ? 0n : BigInt('0x' + digits);
  if (mant === 0n) return negate ? -0.0 : 0.0;
  // value = mant * 2**(exp - 4 * fracDigits.length)
  const e2 = exp - BigInt(4 * fracDigits.length);
  const top = BigInt(bitLength(mant)) + e2; // value < 2**top
  if (top > 1025n) throw overflow('hexadecimal value too large to represent as a float');
  if (top < -1080n) return negate ? -0.0 : 0.0;
  const r = roundRatio(mant, 1n, Number(e2));
  if (!Number.isFinite(r)) throw overflow('hexadecimal value too large to represent as a float');
  return negate ? -r : r;
}

export { floorDivBig, decompose };
