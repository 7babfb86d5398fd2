// format(float, spec): the format-spec mini-language for floats.
// cf. Python/formatter_unicode.c _PyFloat_FormatAdvancedWriter, format_float_internal

import { FormatError } from './errors';
import { doubleToString, floatStr, type DoubleFormatCode } from './double-to-string';
import { layoutNumber, splitSigned } from './number-layout';
import { INT_MAX, parseFormatSpec, unknownPresentationType, type FormatSpec } from './spec';

/** cf. formatter_unicode.c format_float_internal (spec already parsed and
 *  its type known to be one of '' e E f F g G n %). */
export function formatFloatInternal(value: number, spec: FormatSpec): string {
  if (spec.precision > INT_MAX) throw new FormatError('ValueError', 'precision too big');
  let precision = spec.precision;
  let defaultPrecision = 6;
  let type: string = spec.type;
  let addDot0 = false;
  let val = value;
  let addPct = false;
  if (type === '') {
    // Omitted type specifier. Behaves like repr(x) without precision, else
    // like 'g' but with at least one digit after the decimal point.
    addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g'; // 'n' is 'g' in the C locale
  if (type === '%') {
    type = 'f';
    val *= 100;
    addPct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';

  let buf = doubleToString(val, type as DoubleFormatCode, precision,
    { addDot0, alt: spec.alternate, noNeg0: spec.noNeg0 });
  if (addPct) buf += '%';

  if (spec.sign !== '+' && spec.sign !== ' ' && spec.width === -1 && spec.type !== 'n' &&
    spec.thousands === '') {
    return buf; // fast path
  }
  return layoutNumber(splitSigned(buf), {
    fill: spec.fill, align: spec.align, sign: spec.sign, width: spec.width, thousands: spec.thousands,
  });
}

/** True for the presentation types a float accepts. */
export function isFloatPresentationType(t: string): boolean {
  return t === '' || t === 'e' || t === 'E' || t === 'f' || t === 'F' || t === 'g' || t === 'G' ||
    t === 'n' || t === '%';
}

/**
 * format(x, spec) for a float. `typeName` is used in error messages (a float
 * subclass passes its own name). Throws FormatError.
 */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatStr(x);
  const parsed = parseFormatSpec(spec, '', '>', typeName);
  if (!isFloatPresentationType(parsed.type)) throw unknownPresentationType(parsed.type, typeName);
  return formatFloatInternal(x, parsed);
}
