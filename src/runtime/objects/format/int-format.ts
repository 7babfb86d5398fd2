// int -> string conversions and format(int, spec).
// cf. Objects/longobject.c long_to_decimal_string_internal, _PyLong_Format
// cf. Python/formatter_unicode.c _PyLong_FormatAdvancedWriter, format_long_internal

import { FormatError } from './errors';
import { formatFloatInternal } from './float-format';
import { layoutNumber, type NumberParts } from './number-layout';
import { parseFormatSpec, unknownPresentationType, type FormatSpec } from './spec';

/** sys.int_info.default_max_str_digits */
export const DEFAULT_MAX_STR_DIGITS = 4300;
/** _PY_LONG_MAX_STR_DIGITS_THRESHOLD: below this many digits no check is made. */
export const MAX_STR_DIGITS_THRESHOLD = 640;

const C_LONG_MIN = -(2n ** 63n);
const C_LONG_MAX = 2n ** 63n - 1n;

/** Plain digits of x in base 2, 8, 10 or 16 with a leading '-' if negative;
 *  no prefix and no digit limit. */
export function intToString(x: bigint, base: 2 | 8 | 10 | 16): string {
  return x.toString(base);
}

/** _MAX_STR_DIGITS_ERROR_FMT_TO_STR */
export function maxStrDigitsToStrError(maxDigits: number): FormatError {
  return new FormatError('ValueError',
    `Exceeds the limit (${maxDigits} digits) for integer string conversion; ` +
    'use sys.set_int_max_str_digits() to increase the limit');
}

function bitLength(x: bigint): number {
  const a = x < 0n ? -x : x;
  if (a === 0n) return 0;
  const hex = a.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

/**
 * str(int) with CPython's int_max_str_digits guard (maxDigits 0 = unlimited).
 * CPython raises exactly when the decimal form has more than maxDigits digits
 * (sign excluded): its cheap size pre-check (10/3 >= log2(10)) only fires for
 * values already well over the limit, and the exact count is checked after
 * conversion. So 10**4299 (4300 digits) converts and 10**4300 raises; the
 * sign does not count. We skip the conversion when the bit length alone
 * proves the value is over the limit.
 */
export function intToDecimalString(x: bigint, maxDigits = DEFAULT_MAX_STR_DIGITS): string {
  if (maxDigits > 0) {
    const bits = bitLength(x);
    // 2**(bits-1) <= |x|, so |x| has at least floor((bits-1)*log10(2)) + 1 digits.
    const lowerBound = bits === 0 ? 1 : Math.floor((bits - 1) * 0.30102999566398114) + 1;
    if (lowerBound > maxDigits + 1 && lowerBound > MAX_STR_DIGITS_THRESHOLD + 1) {
      throw maxStrDigitsToStrError(maxDigits);
    }
  }
  const s = x.toString(10);
  if (maxDigits > 0) {
    const nosign = x < 0n ? s.length - 1 : s.length;
    if (s.length > MAX_STR_DIGITS_THRESHOLD && nosign > maxDigits) throw maxStrDigitsToStrError(maxDigits);
  }
  return s;
}

/** _PyLong_Format(x, base) with alternate prefix handling: what bin(), oct(),
 *  hex() return when `alternate`, else the bare digits. Base 10 is limited. */
export function intToBaseString(x: bigint, base: 2 | 8 | 10 | 16, alternate: boolean,
  maxDigits = DEFAULT_MAX_STR_DIGITS): string {
  if (base === 10) return intToDecimalString(x, maxDigits);
  const neg = x < 0n;
  const digits = (neg ? -x : x).toString(base);
  const prefix = alternate ? (base === 2 ? '0b' : base === 8 ? '0o' : '0x') : '';
  return (neg ? '-' : '') + prefix + digits;
}

/** PyNumber_Float(int): correctly rounded, OverflowError past DBL_MAX. */
export function intToFloat(x: bigint): number {
  const f = Number(x);
  if (!Number.isFinite(f)) throw new FormatError('OverflowError', 'int too large to convert to float');
  return f;
}

/** cf. formatter_unicode.c format_long_internal (type in b c d o x X n). */
export function formatLongInternal(x: bigint, spec: FormatSpec, maxDigits = DEFAULT_MAX_STR_DIGITS): string {
  if (spec.precision !== -1) {
    throw new FormatError('ValueError', 'Precision not allowed in integer format specifier');
  }
  if (spec.noNeg0) {
    throw new FormatError('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  }
  let parts: NumberParts;
  if (spec.type === 'c') {
    if (spec.sign !== '') {
      throw new FormatError('ValueError', "Sign not allowed with integer format specifier 'c'");
    }
    if (spec.alternate) {
      throw new FormatError('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    if (x < C_LONG_MIN || x > C_LONG_MAX) {
      throw new FormatError('OverflowError', 'Python int too large to convert to C long');
    }
    if (x < 0n || x > 0x10ffffn) throw new FormatError('OverflowError', '%c arg not in range(0x110000)');
    // The character is passed as "remainder" so it is never grouped.
    parts = { signChar: '', prefix: '', digits: '', hasDecimal: false, remainder: String.fromCodePoint(Number(x)) };
  } else {
    const t = spec.type;
    const base = t === 'b' ? 2 : t === 'o' ? 8 : t === 'x' || t === 'X' ? 16 : 10;
    const neg = x < 0n;
    const digits = base === 10 ? intToDecimalString(neg ? -x : x, maxDigits) : (neg ? -x : x).toString(base);
    const prefix = spec.alternate && base !== 10 ? (base === 2 ? '0b' : base === 8 ? '0o' : '0x') : '';
    parts = { signChar: neg ? '-' : '', prefix, digits, hasDecimal: false, remainder: '' };
  }
  return layoutNumber(parts, {
    fill: spec.fill, align: spec.align, sign: spec.sign, width: spec.width,
    thousands: spec.type === 'n' ? '' : spec.thousands, toUpper: spec.type === 'X',
  });
}

/**
 * format(x, spec) for an int (`typeName` 'bool' or a subclass name for error
 * messages). Float presentation types convert to float first. Throws FormatError.
 */
export function formatInt(x: bigint, spec: string, typeName = 'int',
  maxDigits = DEFAULT_MAX_STR_DIGITS): string {
  if (spec === '') return intToDecimalString(x, maxDigits);
  const parsed = parseFormatSpec(spec, 'd', '>', typeName);
  switch (parsed.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return formatLongInternal(x, parsed, maxDigits);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatInternal(intToFloat(x), parsed);
    default:
      throw unknownPresentationType(parsed.type, typeName);
  }
}
