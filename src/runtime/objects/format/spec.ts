// The format-specification mini-language parser shared by int, float,
// complex and str (and reusable for user types).
// cf. Python/formatter_unicode.c parse_internal_render_format_spec, get_integer

import { FormatError, clip200 } from './errors';
import { unicodeDecimalValue } from './unicode';

export type Align = '<' | '>' | '=' | '^';
export type SignOption = '' | '+' | '-' | ' ';
/** LT_NO_LOCALE, LT_DEFAULT_LOCALE (','), LT_UNDERSCORE_LOCALE ('_'),
 *  LT_UNDER_FOUR_LOCALE ('_' for b/o/x/X: groups of four). */
export type Thousands = '' | ',' | '_' | '_4';

export interface FormatSpec {
  /** One code point (may be a surrogate pair in the JS string). */
  fill: string;
  align: Align;
  sign: SignOption;
  /** 'z' option (3.11): coerce negative zero. */
  noNeg0: boolean;
  /** '#' option. */
  alternate: boolean;
  /** -1 when absent. */
  width: number;
  thousands: Thousands;
  /** -1 when absent. */
  precision: number;
  /** Presentation type: one code point, or '' when none (also for an explicit NUL). */
  type: string;
}

const PY_SSIZE_T_MAX = 9223372036854775807n;
export const INT_MAX = 2147483647;

function isAlignmentToken(c: string | undefined): c is Align {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

/** Describe a presentation type as CPython's "%c" / "\\x%x" does. */
export function describeTypeChar(type: string): string {
  const cp = type === '' ? 0 : type.codePointAt(0)!;
  return cp > 32 && cp < 128 ? type : `\\x${cp.toString(16)}`;
}

/** cf. formatter_unicode.c unknown_presentation_type */
export function unknownPresentationType(type: string, typeName: string): FormatError {
  return new FormatError('ValueError',
    `Unknown format code '${describeTypeChar(type)}' for object of type '${clip200(typeName)}'`);
}

/** cf. formatter_unicode.c get_integer: reads Unicode decimal digits. */
function getInteger(cps: readonly string[], pos: number): { pos: number; value: number; count: number } {
  let acc = 0n;
  let count = 0;
  while (pos < cps.length) {
    const d = unicodeDecimalValue(cps[pos]!.codePointAt(0)!);
    if (d < 0) break;
    const dv = BigInt(d);
    if (acc > (PY_SSIZE_T_MAX - dv) / 10n) {
      throw new FormatError('ValueError', 'Too many decimal digits in format string');
    }
    acc = acc * 10n + dv;
    pos++;
    count++;
  }
  return { pos, value: Number(acc), count };
}

/**
 * Parse a format spec. `defaultType` is 'd' for int, 's' for str, '' for float
 * and complex; `defaultAlign` is '>' for numbers and '<' for str. `typeName`
 * only appears in the "Invalid format specifier" message.
 * Throws FormatError with CPython's messages.
 */
export function parseFormatSpec(spec: string, defaultType: string, defaultAlign: Align = '>',
  typeName = 'object'): FormatSpec {
  const cps = Array.from(spec);
  const end = cps.length;
  let pos = 0;
  let alignSpecified = false;
  let fillSpecified = false;
  const out: FormatSpec = {
    fill: ' ', align: defaultAlign, sign: '', noNeg0: false, alternate: false,
    width: -1, thousands: '', precision: -1, type: defaultType === '\0' ? '' : defaultType,
  };

  // If the second char is an alignment token, then parse the fill char.
  if (end - pos >= 2 && isAlignmentToken(cps[pos + 1])) {
    out.align = cps[pos + 1] as Align;
    out.fill = cps[pos]!;
    fillSpecified = true;
    alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlignmentToken(cps[pos])) {
    out.align = cps[pos] as Align;
    alignSpecified = true;
    pos++;
  }
  const s = cps[pos];
  if (end - pos >= 1 && (s === '+' || s === '-' || s === ' ')) {
    out.sign = s;
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === 'z') {
    out.noNeg0 = true;
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === '#') {
    out.alternate = true;
    pos++;
  }
  // The special case for 0-padding (backwards compat).
  if (!fillSpecified && end - pos >= 1 && cps[pos] === '0') {
    out.fill = '0';
    if (!alignSpecified && defaultAlign === '>') out.align = '=';
    pos++;
  }
  const w = getInteger(cps, pos);
  pos = w.pos;
  if (w.count > 0) out.width = w.value;

  if (end - pos > 0 && cps[pos] === ',') {
    out.thousands = ',';
    pos++;
  }
  if (end - pos > 0 && cps[pos] === '_') {
    if (out.thousands !== '') throw new FormatError('ValueError', "Cannot specify both ',' and '_'.");
    out.thousands = '_';
    pos++;
  }
  if (end - pos > 0 && cps[pos] === ',' && out.thousands === '_') {
    throw new FormatError('ValueError', "Cannot specify both ',' and '_'.");
  }
  if (end - pos > 0 && cps[pos] === '.') {
    pos++;
    const p = getInteger(cps, pos);
    pos = p.pos;
    if (p.count === 0) throw new FormatError('ValueError', 'Format specifier missing precision');
    out.precision = p.value;
  }
  if (end - pos > 1) {
    throw new FormatError('ValueError',
      `Invalid format specifier '${spec}' for object of type '${clip200(typeName)}'`);
  }
  if (end - pos === 1) {
    const t = cps[pos]!;
    out.type = t === '\0' ? '' : t;
  }

  if (out.thousands !== '') {
    const t = out.type;
    const plain = t === 'd' || t === 'e' || t === 'f' || t === 'g' || t === 'E' || t === 'G' ||
      t === '%' || t === 'F' || t === '';
    if (!plain) {
      // Underscores are allowed in bin/oct/hex, every four digits (PEP 515).
      if (out.thousands === '_' && (t === 'b' || t === 'o' || t === 'x' || t === 'X')) {
        out.thousands = '_4';
      } else {
        throw new FormatError('ValueError',
          `Cannot specify '${out.thousands}' with '${describeTypeChar(t)}'.`);
      }
    }
  }
  return out;
}
