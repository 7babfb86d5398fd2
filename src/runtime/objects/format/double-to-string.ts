// Port of PyOS_double_to_string and its helper format_float_short, plus
// repr(float) / str(float).
// cf. Python/pystrtod.c PyOS_double_to_string, format_float_short
// cf. Objects/floatobject.c float_repr

import { checkResultLength } from './errors';
import { dtoaFixed, dtoaShortest, dtoaSignificant, isNegative, type DtoaResult } from './dtoa';

/** Format codes accepted by PyOS_double_to_string. */
export type DoubleFormatCode = 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r';

export interface DoubleToStringFlags {
  /** Py_DTSF_SIGN: always add a sign. */
  sign?: boolean;
  /** Py_DTSF_ADD_DOT_0: integers get '.0' (repr style). */
  addDot0?: boolean;
  /** Py_DTSF_ALT: '#' alternate form. */
  alt?: boolean;
  /** Py_DTSF_NO_NEG_0: 'z', drop the sign of a zero result. */
  noNeg0?: boolean;
}

/**
 * PyOS_double_to_string(val, format_code, precision, flags, NULL).
 * For 'r' the precision is ignored (must be 0 in CPython).
 */
export function doubleToString(val: number, formatCode: DoubleFormatCode, precision: number,
  flags: DoubleToStringFlags = {}): string {
  let upper = false;
  let code: 'e' | 'f' | 'g' | 'r';
  let prec = precision;
  switch (formatCode) {
    case 'E': upper = true; code = 'e'; prec++; break;
    case 'e': code = 'e'; prec++; break;
    case 'F': upper = true; code = 'f'; break;
    case 'f': code = 'f'; break;
    case 'G': upper = true; code = 'g'; if (prec === 0) prec = 1; break;
    case 'g': code = 'g'; if (prec === 0) prec = 1; break;
    default: code = 'r'; prec = 0; break;
  }
  return formatFloatShort(val, code, prec, flags, upper);
}

function zeros(n: number): string {
  checkResultLength(n);
  return n > 0 ? '0'.repeat(n) : '';
}

// cf. pystrtod.c format_float_short
function formatFloatShort(d: number, code: 'e' | 'f' | 'g' | 'r', precision: number,
  flags: DoubleToStringFlags, upper: boolean): string {
  const alwaysAddSign = flags.sign === true;
  const addDot0 = flags.addDot0 === true;
  const useAlt = flags.alt === true;

  if (!Number.isFinite(d)) {
    // Infinities and nans; the sign of a nan is ignored.
    let sign = '';
    if (Number.isNaN(d)) {
      if (alwaysAddSign) sign = '+';
      return sign + (upper ? 'NAN' : 'nan');
    }
    if (d < 0) sign = '-';
    else if (alwaysAddSign) sign = '+';
    return sign + (upper ? 'INF' : 'inf');
  }

  let r: DtoaResult;
  if (code === 'r') r = dtoaShortest(d);
  else if (code === 'f') r = dtoaFixed(d, precision);
  else r = dtoaSignificant(d, precision);

  let negative = r.negative;
  const digits = r.digits;
  const digitsLen = digits.length;
  let decpt = r.decpt;
  if (flags.noNeg0 === true && negative && digits === '0') negative = false;

  let vdigitsEnd = digitsLen;
  let useExp = false;
  let exp = 0;
  switch (code) {
    case 'e':
      useExp = true;
      vdigitsEnd = precision;
      break;
    case 'f':
      vdigitsEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (useAlt) vdigitsEnd = precision;
      break;
    case 'r':
      // convert to exponential format at 1e16
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
  else vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;

  let out = '';
  if (negative) out += '-';
  else if (alwaysAddSign) out += '+';

  // Zero padding on left of digit string.
  if (decpt <= 0) {
    out += zeros(decpt - vdigitsStart) + '.' + zeros(-decpt);
  } else {
    out += zeros(-vdigitsStart);
  }
  // Digits, with included decimal point.
  if (decpt > 0 && decpt <= digitsLen) {
    out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  } else {
    out += digits;
  }
  // And zeros on the right.
  if (digitsLen < decpt) {
    out += zeros(decpt - digitsLen) + '.' + zeros(vdigitsEnd - decpt);
  } else {
    out += zeros(vdigitsEnd - digitsLen);
  }
  // Delete a trailing decimal pt unless using alternative formatting.
  if (out.endsWith('.') && !useAlt) out = out.slice(0, -1);

  if (useExp) {
    const a = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
  }
  return out;
}

/** repr(float): PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0, NULL). */
export function floatRepr(x: number): string {
  return doubleToString(x, 'r', 0, { addDot0: true });
}

/** str(float) is repr(float) in Python 3. */
export function floatStr(x: number): string {
  return floatRepr(x);
}

export { isNegative };
