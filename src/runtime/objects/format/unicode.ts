// Unicode helpers pinned to CPython 3.11's Unicode database (14.0.0), so that
// results do not drift with the host's ICU version.
// cf. Objects/unicodectype.c _PyUnicode_ToDecimalDigit, _PyUnicode_IsWhitespace

/** First and last code point of every run of Unicode decimal digits
 *  (Numeric_Type=Decimal) in Unicode 14.0.0; each run starts at a digit zero. */
const DECIMAL_RUNS: readonly (readonly [number, number])[] = [
  [0x30, 0x39], [0x660, 0x669], [0x6f0, 0x6f9], [0x7c0, 0x7c9], [0x966, 0x96f],
  [0x9e6, 0x9ef], [0xa66, 0xa6f], [0xae6, 0xaef], [0xb66, 0xb6f], [0xbe6, 0xbef],
  [0xc66, 0xc6f], [0xce6, 0xcef], [0xd66, 0xd6f], [0xde6, 0xdef], [0xe50, 0xe59],
  [0xed0, 0xed9], [0xf20, 0xf29], [0x1040, 0x1049], [0x1090, 0x1099], [0x17e0, 0x17e9],
  [0x1810, 0x1819], [0x1946, 0x194f], [0x19d0, 0x19d9], [0x1a80, 0x1a89], [0x1a90, 0x1a99],
  [0x1b50, 0x1b59], [0x1bb0, 0x1bb9], [0x1c40, 0x1c49], [0x1c50, 0x1c59], [0xa620, 0xa629],
  [0xa8d0, 0xa8d9], [0xa900, 0xa909], [0xa9d0, 0xa9d9], [0xa9f0, 0xa9f9], [0xaa50, 0xaa59],
  [0xabf0, 0xabf9], [0xff10, 0xff19], [0x104a0, 0x104a9], [0x10d30, 0x10d39], [0x11066, 0x1106f],
  [0x110f0, 0x110f9], [0x11136, 0x1113f], [0x111d0, 0x111d9], [0x112f0, 0x112f9], [0x11450, 0x11459],
  [0x114d0, 0x114d9], [0x11650, 0x11659], [0x116c0, 0x116c9], [0x11730, 0x11739], [0x118e0, 0x118e9],
  [0x11950, 0x11959], [0x11c50, 0x11c59], [0x11d50, 0x11d59], [0x11da0, 0x11da9], [0x16a60, 0x16a69],
  [0x16ac0, 0x16ac9], [0x16b50, 0x16b59], [0x1d7ce, 0x1d7ff], [0x1e140, 0x1e149], [0x1e2f0, 0x1e2f9],
  [0x1e950, 0x1e959], [0x1fbf0, 0x1fbf9],
];

/** Py_UNICODE_TODECIMAL: the digit value of `cp`, or -1. */
export function unicodeDecimalValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x660) return -1;
  let lo = 0;
  let hi = DECIMAL_RUNS.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = DECIMAL_RUNS[mid]!;
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return (cp - a) % 10;
  }
  return -1;
}

/** Py_UNICODE_ISSPACE (str.isspace for one code point). */
export function isUnicodeSpace(cp: number): boolean {
  if (cp < 128) return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20);
  return cp === 0x85 || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000;
}

/** Py_ISSPACE: the C-locale isspace used on ASCII buffers. */
export function isAsciiSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\v' || ch === '\f';
}

/** Split into code points (a lone surrogate counts as one, as in CPython). */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

/** Length in code points. */
export function cpLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII whitespace becomes
 * ' ', non-ASCII decimal digits become their ASCII digit, any other non-ASCII
 * code point becomes '?'. cf. Objects/unicodeobject.c
 */
export function transformDecimalAndSpaceToAscii(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (isUnicodeSpace(cp)) out += ' ';
    else {
      const d = unicodeDecimalValue(cp);
      out += d >= 0 ? String.fromCharCode(0x30 + d) : '?';
    }
  }
  return out;
}

/** Repeat a (possibly astral) fill string n times; n <= 0 gives ''. */
export function repeatFill(fill: string, n: number): string {
  return n > 0 ? fill.repeat(n) : '';
}
