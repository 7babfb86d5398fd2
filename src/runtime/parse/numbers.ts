// Numeric literal values. cf. Parser/pegen.c parsenumber / parsenumber_raw.
// The tokenizer has already validated the literal's syntax.

import type { ConstValue } from './ast';

/** cf. Python/initconfig.c: the default sys.int_info.default_max_str_digits */
const MAX_STR_DIGITS = 4300;

/**
 * The value of a NUMBER token, or the text of the SyntaxError CPython raises for it
 * (only decimal integers longer than the int/str conversion limit fail).
 */
export function parseNumber(raw: string): ConstValue | string {
  const s = raw.includes('_') ? raw.replace(/_/g, '') : raw;
  const last = s.charCodeAt(s.length - 1);
  if (last === 106 || last === 74) {
    return { kind: 'complex', real: 0, imag: Number(s.slice(0, -1)) };
  }
  const c1 = s.length > 1 ? s.charCodeAt(1) | 0x20 : 0;
  if (s.charCodeAt(0) === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
    return { kind: 'int', value: BigInt(s) };
  }
  if (/^[0-9]+$/.test(s)) {
    const digits = s.replace(/^0+(?=.)/, '');
    if (digits.length > MAX_STR_DIGITS) {
      return `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ` +
        `${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit - ` +
        'Consider hexadecimal for huge integer literals to avoid decimal conversion limits.';
    }
    return { kind: 'int', value: BigInt(s) };
  }
  return { kind: 'float', value: Number(s) };
}
