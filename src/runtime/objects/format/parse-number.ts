// int(str, base) and float(str) parsing.
// cf. Objects/longobject.c PyLong_FromString, PyLong_FromUnicodeObject
// cf. Objects/floatobject.c PyFloat_FromString, float_from_string_inner
// cf. Python/pystrtod.c _Py_string_to_number_with_underscores, _Py_parse_inf_or_nan

import { FormatError } from './errors';
import { DEFAULT_MAX_STR_DIGITS, MAX_STR_DIGITS_THRESHOLD } from './int-format';
import { isAsciiSpace, transformDecimalAndSpaceToAscii } from './unicode';

/** _PyLong_DigitValue: 0-35 for [0-9a-zA-Z], 37 otherwise. */
function digitValue(ch: string | undefined): number {
  if (ch === undefined) return 37;
  const c = ch.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41 + 10;
  return 37;
}

/** _MAX_STR_DIGITS_ERROR_FMT_TO_INT */
export function maxStrDigitsToIntError(maxDigits: number, digits: number): FormatError {
  return new FormatError('ValueError',
    `Exceeds the limit (${maxDigits} digits) for integer string conversion: ` +
    `value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`);
}

function digitsToBigInt(digits: string, base: number): bigint {
  if (base === 10) return BigInt(digits);
  if (base === 16) return BigInt('0x' + digits);
  if (base === 8) return BigInt('0o' + digits);
  if (base === 2) return BigInt('0b' + digits);
  // Other bases: chunks of 8 digits (36**8 < 2**53).
  const b = BigInt(base);
  let acc = 0n;
  for (let i = 0; i < digits.length; i += 8) {
    const chunk = digits.slice(i, i + 8);
    acc = acc * b ** BigInt(chunk.length) + BigInt(parseInt(chunk, base));
  }
  return acc;
}

/**
 * int(text, base) for a str `text`. Returns null where CPython raises
 * "invalid literal for int() with base N: ..." (the runtime builds that
 * message from repr(text), clipped to 200 characters). Throws FormatError for
 * a bad base ("int() base must be >= 2 and <= 36, or 0") and for the digit
 * limit (bases that are not powers of two, more than max(640, maxDigits)
 * digits; maxDigits 0 = unlimited). Non-ASCII decimal digits and whitespace
 * are accepted as CPython does.
 */
export function parseIntLiteral(text: string, base: number, maxDigits = DEFAULT_MAX_STR_DIGITS): bigint | null {
  if ((base !== 0 && base < 2) || base > 36 || !Number.isInteger(base)) {
    throw new FormatError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  }
  const s = transformDecimalAndSpaceToAscii(text);
  let i = 0;
  while (i < s.length && isAsciiSpace(s[i]!)) i++;
  let negative = false;
  if (s[i] === '+') i++;
  else if (s[i] === '-') {
    negative = true;
    i++;
  }
  let errorIfNonzero = false;
  if (base === 0) {
    const c1 = s[i + 1];
    if (s[i] !== '0') base = 10;
    else if (c1 === 'x' || c1 === 'X') base = 16;
    else if (c1 === 'o' || c1 === 'O') base = 8;
    else if (c1 === 'b' || c1 === 'B') base = 2;
    else {
      // "old" (C-style) octal literal, now invalid; it might still be zero.
      errorIfNonzero = true;
      base = 10;
    }
  }
  if (s[i] === '0') {
    const c1 = s[i + 1];
    if ((base === 16 && (c1 === 'x' || c1 === 'X')) || (base === 8 && (c1 === 'o' || c1 === 'O')) ||
      (base === 2 && (c1 === 'b' || c1 === 'B'))) {
      i += 2;
      if (s[i] === '_') i++; // one underscore allowed here
    }
  }
  if (s[i] === '_') return null; // may not start with underscores
  const start = i;
  let digits = '';
  let prev = '';
  while (digitValue(s[i]) < base || s[i] === '_') {
    const ch = s[i]!;
    if (ch === '_') {
      if (prev === '_') return null; // only one underscore allowed
    } else {
      digits += ch;
    }
    prev = ch;
    i++;
  }
  if (prev === '_') return null; // trailing underscore not allowed
  if ((base & (base - 1)) !== 0 && digits.length > MAX_STR_DIGITS_THRESHOLD &&
    maxDigits > 0 && digits.length > maxDigits) {
    throw maxStrDigitsToIntError(maxDigits, digits.length);
  }
  const value = digits === '' ? 0n : digitsToBigInt(digits, base);
  if (errorIfNonzero && value !== 0n) return null;
  if (i === start) return null;
  while (i < s.length && isAsciiSpace(s[i]!)) i++;
  if (i !== s.length) return null;
  return negative ? -value : value;
}

const DECIMAL_RE = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const INF_NAN_RE = /^([+-]?)(?:(inf(?:inity)?)|nan)$/i;

/**
 * float(text) for a str `text`. Returns null where CPython raises
 * "could not convert string to float: ..." (the runtime formats repr(text)).
 * Accepts surrounding whitespace, underscores between digits, 'inf',
 * 'infinity', 'nan' in any case with a sign, and non-ASCII decimal digits.
 */
export function parseFloatLiteral(text: string): number | null {
  const ascii = transformDecimalAndSpaceToAscii(text);
  if (ascii.includes('\0')) return null; // no embedded NULs
  let s = ascii;
  if (s.includes('_')) {
    // cf. _Py_string_to_number_with_underscores
    let out = '';
    let prev = '';
    for (const ch of s) {
      const isDigit = ch >= '0' && ch <= '9';
      if (ch === '_') {
        if (!(prev >= '0' && prev <= '9')) return null;
      } else {
        if (prev === '_' && !isDigit) return null;
        out += ch;
      }
      prev = ch;
    }
    if (prev === '_') return null;
    s = out;
  }
  // cf. float_from_string_inner: strip whitespace, then the whole rest must parse.
  let a = 0;
  let b = s.length;
  while (a < b && isAsciiSpace(s[a]!)) a++;
  if (a === b) return null;
  while (a < b - 1 && isAsciiSpace(s[b - 1]!)) b--;
  const body = s.slice(a, b);
  if (DECIMAL_RE.test(body)) return Number(body);
  const m = INF_NAN_RE.exec(body);
  if (m !== null) {
    if (m[2] === undefined) return NaN;
    return m[1] === '-' ? -Infinity : Infinity;
  }
  return null;
}
