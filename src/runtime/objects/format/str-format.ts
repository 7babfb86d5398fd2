// format(str, spec).
// cf. Python/formatter_unicode.c _PyUnicode_FormatAdvancedWriter, format_string_internal

import { FormatError } from './errors';
import { padString } from './number-layout';
import { parseFormatSpec, unknownPresentationType, type FormatSpec } from './spec';
import { codePoints, cpLength } from './unicode';

/** cf. format_string_internal (spec parsed, type 's'). Lengths in code points. */
export function formatStringInternal(value: string, spec: FormatSpec): string {
  if (spec.sign !== '') {
    throw new FormatError('ValueError', spec.sign === ' '
      ? 'Space not allowed in string format specifier'
      : 'Sign not allowed in string format specifier');
  }
  if (spec.noNeg0) {
    throw new FormatError('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  }
  if (spec.alternate) {
    throw new FormatError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  }
  if (spec.align === '=') {
    throw new FormatError('ValueError', "'=' alignment not allowed in string format specifier");
  }
  let len = cpLength(value);
  if ((spec.width === -1 || spec.width <= len) && (spec.precision === -1 || spec.precision >= len)) {
    return value; // fast path
  }
  let s = value;
  if (spec.precision >= 0 && len >= spec.precision) {
    len = spec.precision;
    s = codePoints(value).slice(0, len).join('');
  }
  return padString(s, len, spec.width, spec.align, spec.fill);
}

/** format(s, spec) for a str (`typeName` for subclasses' error messages). Throws FormatError. */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s;
  const parsed = parseFormatSpec(spec, 's', '<', typeName);
  if (parsed.type !== 's') throw unknownPresentationType(parsed.type, typeName);
  return formatStringInternal(s, parsed);
}
