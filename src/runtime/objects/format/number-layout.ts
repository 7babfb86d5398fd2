// Padding, sign placement and digit grouping for numbers.
// cf. Python/formatter_unicode.c calc_number_widths, fill_number, parse_number
// cf. Objects/unicodeobject.c _PyUnicode_InsertThousandsGrouping

import { checkResultLength } from './errors';
import type { Align, SignOption, Thousands } from './spec';
import { cpLength, repeatFill } from './unicode';

/** The pieces of a rendered number, as formatter_unicode.c sees them. */
export interface NumberParts {
  /** '-' when the value is negative, else ''. */
  signChar: '' | '-';
  /** '0x', '0o', '0b' or ''. */
  prefix: string;
  /** The digits that get grouped (and zero-padded). */
  digits: string;
  /** Whether a decimal point follows the digits. */
  hasDecimal: boolean;
  /** Everything after the decimal point (fraction, exponent, 'inf', '%'...). */
  remainder: string;
}

export interface LayoutOptions {
  fill: string;
  align: Align;
  sign: SignOption;
  width: number;
  thousands: Thousands;
  /** Upper-case the prefix and the grouped digits ('X'). */
  toUpper?: boolean;
}

/** cf. formatter_unicode.c parse_number: split "digits[.remainder]". */
export function parseNumber(s: string): { digits: string; hasDecimal: boolean; remainder: string } {
  let pos = 0;
  while (pos < s.length && s.charCodeAt(pos) >= 0x30 && s.charCodeAt(pos) <= 0x39) pos++;
  const digits = s.slice(0, pos);
  const hasDecimal = pos < s.length && s[pos] === '.';
  return { digits, hasDecimal, remainder: s.slice(hasDecimal ? pos + 1 : pos) };
}

/** Split a signed rendered number ("-12.5e+03") into NumberParts. */
export function splitSigned(s: string, prefixLen = 0): NumberParts {
  let signChar: '' | '-' = '';
  let rest = s;
  if (rest.startsWith('-')) {
    signChar = '-';
    rest = rest.slice(1);
  }
  const prefix = rest.slice(0, prefixLen);
  const p = parseNumber(rest.slice(prefixLen));
  return { signChar, prefix, ...p };
}

function grouping(th: Thousands): { sep: string; group: number } {
  switch (th) {
    case ',': return { sep: ',', group: 3 };
    case '_': return { sep: '_', group: 3 };
    case '_4': return { sep: '_', group: 4 };
    default: return { sep: '', group: 0 };
  }
}

/**
 * _PyUnicode_InsertThousandsGrouping: group `digits` from the right, padding
 * with '0' (and separators) up to `minWidth` characters.
 */
export function insertThousandsGrouping(digits: string, minWidthIn: number, sep: string,
  group: number): string {
  let minWidth = Math.max(0, minWidthIn);
  checkResultLength(minWidth);
  let remaining = digits.length;
  let digitsPos = digits.length;
  const pieces: string[] = [];
  let useSeparator = false;
  let loopBroken = false;
  if (group > 0) {
    for (;;) {
      const len = Math.min(group, Math.max(remaining, minWidth, 1));
      const nZeros = Math.max(0, len - remaining);
      const nChars = Math.max(0, Math.min(remaining, len));
      if (useSeparator) pieces.push(sep);
      pieces.push(digits.slice(digitsPos - nChars, digitsPos));
      pieces.push('0'.repeat(nZeros));
      digitsPos -= nChars;
      useSeparator = true;
      remaining -= nChars;
      minWidth -= len;
      if (remaining <= 0 && minWidth <= 0) {
        loopBroken = true;
        break;
      }
      minWidth -= sep.length;
    }
  }
  if (!loopBroken) {
    const len = Math.max(remaining, minWidth, 1);
    checkResultLength(len);
    const nZeros = Math.max(0, len - remaining);
    const nChars = Math.max(0, Math.min(remaining, len));
    if (useSeparator) pieces.push(sep);
    pieces.push(digits.slice(digitsPos - nChars, digitsPos));
    pieces.push('0'.repeat(nZeros));
  }
  // Pieces were produced right to left; each piece is [digits, zeros] where
  // the zeros sit to the left of the digits.
  let out = '';
  for (let i = pieces.length - 1; i >= 0; i--) out += pieces[i]!;
  return out;
}

/** calc_number_widths + fill_number: lay out a number in its field. */
export function layoutNumber(parts: NumberParts, opt: LayoutOptions): string {
  const { sep, group } = grouping(opt.thousands);
  let sign = '';
  switch (opt.sign) {
    case '+': sign = parts.signChar === '-' ? '-' : '+'; break;
    case ' ': sign = parts.signChar === '-' ? '-' : ' '; break;
    default: sign = parts.signChar === '-' ? '-' : ''; break;
  }
  const nDecimal = parts.hasDecimal ? 1 : 0;
  const nonDigit = sign.length + parts.prefix.length + nDecimal + cpLength(parts.remainder);
  const minWidth = opt.fill === '0' && opt.align === '=' ? opt.width - nonDigit : 0;
  let grouped = parts.digits.length === 0 ? '' :
    insertThousandsGrouping(parts.digits, minWidth, sep, group);
  const nPadding = opt.width - (nonDigit + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (nPadding > 0) {
    checkResultLength(opt.width);
    switch (opt.align) {
      case '<': rpad = nPadding; break;
      case '^': lpad = Math.floor(nPadding / 2); rpad = nPadding - lpad; break;
      case '=': spad = nPadding; break;
      case '>': lpad = nPadding; break;
    }
  }
  let prefix = parts.prefix;
  if (opt.toUpper === true) {
    prefix = prefix.toUpperCase();
    grouped = grouped.toUpperCase();
  }
  return repeatFill(opt.fill, lpad) + sign + prefix + repeatFill(opt.fill, spad) + grouped +
    (parts.hasDecimal ? '.' : '') + parts.remainder + repeatFill(opt.fill, rpad);
}

/** calc_padding + fill_padding for a string of `len` code points. */
export function padString(s: string, len: number, width: number, align: Align, fill: string): string {
  const total = Math.max(width, len);
  if (total > len) checkResultLength(total);
  let lpad = 0;
  if (align === '>') lpad = total - len;
  else if (align === '^') lpad = Math.floor((total - len) / 2);
  const rpad = total - len - lpad;
  return repeatFill(fill, lpad) + s + repeatFill(fill, rpad);
}
