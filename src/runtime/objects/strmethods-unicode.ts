// Unicode character properties and case mappings with CPython 3.11's answers
// (Unicode 14.0.0), and the str operations built on them: predicates, case
// conversion, repr() and ascii(). Pure functions over JS strings (code points,
// astral characters as surrogate pairs, lone surrogates as themselves).
// cf. Objects/unicodectype.c, Objects/unicodeobject.c (do_upper, do_lower,
// do_title, do_capitalize, do_swapcase, do_casefold, handle_capital_sigma,
// unicode_repr, unicode_isalpha ...).
//
// JS property escapes answer for the host's (newer) Unicode version; the tables
// generated from CPython pin them to 14.0.0: characters assigned later are
// unassigned here, and the few properties that changed since are overridden.

import { UNASSIGNED, DIGIT_EXTRA, NUMERIC_EXTRA, NUMERIC_MISSING, TITLE_MAP, FOLD_MAP } from './strmethods-unicodedata';
import { isUnicodeSpace, unicodeDecimalValue } from './format/unicode';

// ---- packed tables ---------------------------------------------------------------

function unpackRanges(packed: string): Int32Array {
  if (packed === '') return new Int32Array(0);
  const parts = packed.split(',');
  const out = new Int32Array(parts.length);
  let prev = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const a = prev + parseInt(parts[i], 36);
    const b = a + parseInt(parts[i + 1], 36);
    out[i] = a;
    out[i + 1] = b;
    prev = b;
  }
  return out;
}

function unpackMap(packed: string): Map<number, string> {
  const m = new Map<number, string>();
  if (packed === '') return m;
  for (const entry of packed.split(',')) {
    const [k, v] = entry.split(':');
    m.set(parseInt(k, 36), String.fromCodePoint(...v.split('.').map((x) => parseInt(x, 36))));
  }
  return m;
}

function inRanges(r: Int32Array, cp: number): boolean {
  let lo = 0;
  let hi = (r.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r[2 * mid]) hi = mid - 1;
    else if (cp > r[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

let unassigned: Int32Array | null = null;
let digitExtra: Int32Array | null = null;
let numericExtra: Int32Array | null = null;
let numericMissing: Int32Array | null = null;
let titleMap: Map<number, string> | null = null;
let foldMap: Map<number, string> | null = null;

/** General category Cn in Unicode 14.0.0. */
export function isUnassigned(cp: number): boolean {
  if (cp < 0x378) return false;
  if (unassigned === null) unassigned = unpackRanges(UNASSIGNED);
  return inRanges(unassigned, cp);
}

// Properties that changed for characters already assigned in 14.0.0 (checked
// over every code point by test/unit/text/unicode.test.ts).
const LOWER_ADD = new Set([0x295]);
const LOWER_REMOVE = new Set([0x10fc, 0xa7f2, 0xa7f3, 0xa7f4, 0xab69]);
const XIDC_REMOVE = new Set([0x200c, 0x200d, 0x30fb, 0xff65]);
const UPPER_IDENTITY = new Set([0x19b, 0x264, 0xa7d3, 0xa7d5]);
const CASED_ADD = LOWER_ADD;
const IGNORABLE_ADD = new Set([0x1171e]);
const CASED_REMOVE = LOWER_REMOVE;

const RE_PRINTABLE = /^[^\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;
const RE_ALPHA = /^\p{L}$/u;
const RE_DECIMAL = /^\p{Nd}$/u;
const RE_NUMBER = /^\p{N}$/u;
const RE_LOWER = /^\p{Lowercase}$/u;
const RE_UPPER = /^\p{Uppercase}$/u;
const RE_TITLE = /^\p{Lt}$/u;
const RE_CASED = /^\p{Cased}$/u;
const RE_CASE_IGNORABLE = /^\p{Case_Ignorable}$/u;
const RE_XID_START = /^\p{XID_Start}$/u;
const RE_XID_CONTINUE = /^\p{XID_Continue}$/u;

/** A property answered by a regex on assigned code points, cached for the BMP. */
function cachedProp(re: RegExp, extra?: (cp: number, v: boolean) => boolean): (cp: number) => boolean {
  const cache = new Int8Array(0x10000);
  const compute = (cp: number): boolean => {
    let v = !isUnassigned(cp) && re.test(String.fromCodePoint(cp));
    if (extra) v = extra(cp, v);
    return v;
  };
  return (cp: number): boolean => {
    if (cp < 0x10000) {
      const c = cache[cp];
      if (c !== 0) return c > 0;
      const v = compute(cp);
      cache[cp] = v ? 1 : -1;
      return v;
    }
    return compute(cp);
  };
}

const printableProp = cachedProp(RE_PRINTABLE);
/** Py_UNICODE_ISPRINTABLE (space is printable, other separators are not). */
export function isPrintableCp(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  return printableProp(cp);
}

const alphaProp = cachedProp(RE_ALPHA);
/** Py_UNICODE_ISALPHA: categories Lu Ll Lt Lm Lo. */
export function isAlphaCp(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return alphaProp(cp);
}

const decimalProp = cachedProp(RE_DECIMAL);
/** Py_UNICODE_ISDECIMAL */
export function isDecimalCp(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  return decimalProp(cp);
}

/** Py_UNICODE_ISDIGIT: decimal digits and Numeric_Type=Digit. */
export function isDigitCp(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  if (isDecimalCp(cp)) return true;
  if (digitExtra === null) digitExtra = unpackRanges(DIGIT_EXTRA);
  return inRanges(digitExtra, cp);
}

const numberProp = cachedProp(RE_NUMBER);
/** Py_UNICODE_ISNUMERIC: any Numeric_Type. */
export function isNumericCp(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  if (numericExtra === null) {
    numericExtra = unpackRanges(NUMERIC_EXTRA);
    numericMissing = unpackRanges(NUMERIC_MISSING);
  }
  if (numberProp(cp)) return !inRanges(numericMissing!, cp);
  return inRanges(numericExtra, cp);
}

/** Py_UNICODE_ISALNUM */
export function isAlnumCp(cp: number): boolean {
  return isAlphaCp(cp) || isDecimalCp(cp) || isDigitCp(cp) || isNumericCp(cp);
}

const lowerProp = cachedProp(RE_LOWER, (cp, v) => (LOWER_ADD.has(cp) ? true : LOWER_REMOVE.has(cp) ? false : v));
/** _PyUnicode_IsLowercase (the Lowercase property). */
export function isLowerCp(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a;
  return lowerProp(cp);
}

const upperProp = cachedProp(RE_UPPER);
/** _PyUnicode_IsUppercase (the Uppercase property). */
export function isUpperCp(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  return upperProp(cp);
}

const titleProp = cachedProp(RE_TITLE);
/** _PyUnicode_IsTitlecase (category Lt). */
export function isTitleCp(cp: number): boolean {
  if (cp < 0x80) return false;
  return titleProp(cp);
}

const casedProp = cachedProp(RE_CASED, (cp, v) => (CASED_ADD.has(cp) ? true : CASED_REMOVE.has(cp) ? false : v));
/** _PyUnicode_IsCased */
export function isCasedCp(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return casedProp(cp);
}

const ignorableProp = cachedProp(RE_CASE_IGNORABLE, (cp, v) => v || IGNORABLE_ADD.has(cp));
/** _PyUnicode_IsCaseIgnorable */
export function isCaseIgnorableCp(cp: number): boolean {
  if (cp < 0x80) return cp === 0x27 || cp === 0x2e || cp === 0x3a || cp === 0x5e || cp === 0x60;
  return ignorableProp(cp);
}

/** Py_UNICODE_ISSPACE */
export function isSpaceCp(cp: number): boolean {
  return isUnicodeSpace(cp);
}

const xidStartProp = cachedProp(RE_XID_START);
export function isXidStartCp(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return xidStartProp(cp);
}

const xidContinueProp = cachedProp(RE_XID_CONTINUE, (cp, v) => (XIDC_REMOVE.has(cp) ? false : v));
export function isXidContinueCp(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39) || cp === 0x5f;
  return xidContinueProp(cp);
}

export { unicodeDecimalValue };

// ---- case mappings ------------------------------------------------------------------

/** _PyUnicode_ToUpperFull */
export function upperFull(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp >= 0x61 && cp <= 0x7a ? cp - 32 : cp);
  const c = String.fromCodePoint(cp);
  if (isUnassigned(cp) || UPPER_IDENTITY.has(cp)) return c;
  return c.toUpperCase();
}

/** _PyUnicode_ToLowerFull (U+03A3 maps to U+03C3 here; the callers handle final sigma). */
export function lowerFull(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp);
  const c = String.fromCodePoint(cp);
  if (isUnassigned(cp)) return c;
  return c.toLowerCase();
}

/** _PyUnicode_ToTitleFull */
export function titleFull(cp: number): string {
  if (cp < 0x80) return upperFull(cp);
  if (titleMap === null) titleMap = unpackMap(TITLE_MAP);
  return titleMap.get(cp) ?? upperFull(cp);
}

/** _PyUnicode_ToFoldedFull */
export function foldFull(cp: number): string {
  if (cp < 0x80) return lowerFull(cp);
  if (foldMap === null) foldMap = unpackMap(FOLD_MAP);
  return foldMap.get(cp) ?? lowerFull(cp);
}

// ---- code points of a JS string --------------------------------------------------------

const RE_ASCII = /^[\x00-\x7f]*$/;
const RE_SURROGATE = /[\ud800-\udfff]/;

export function isAsciiString(s: string): boolean {
  return RE_ASCII.test(s);
}

/** True when the string holds any surrogate unit (so code points and UTF-16 units differ). */
export function hasSurrogates(s: string): boolean {
  return RE_SURROGATE.test(s);
}

/** The code points of s (a lone surrogate is one code point). */
export function codePointsOf(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { out.push(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00)); i++; continue; }
    }
    out.push(c);
  }
  return out;
}

/** Largest code point of s (0 for ''). */
export function maxCodePoint(s: string): number {
  let max = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
    }
    if (c > max) max = c;
  }
  return max;
}

// ---- case conversion of strings ---------------------------------------------------------

/** handle_capital_sigma: the lower case of U+03A3 at index i of cps. */
function lowerSigma(cps: number[], i: number): string {
  let j = i - 1;
  let c = 0;
  for (; j >= 0; j--) {
    c = cps[j];
    if (!isCaseIgnorableCp(c)) break;
  }
  let finalSigma = j >= 0 && isCasedCp(c);
  if (finalSigma && i + 1 < cps.length) {
    for (j = i + 1; j < cps.length; j++) {
      c = cps[j];
      if (!isCaseIgnorableCp(c)) break;
    }
    finalSigma = j === cps.length || !isCasedCp(c);
  }
  return finalSigma ? '\u03c2' : '\u03c3';
}

/** lower_ucs4 */
function lowerAt(cps: number[], i: number): string {
  const c = cps[i];
  return c === 0x3a3 ? lowerSigma(cps, i) : lowerFull(c);
}

/** str.upper() */
export function strUpper(s: string): string {
  if (isAsciiString(s)) return s.toUpperCase();
  let out = '';
  for (const cp of codePointsOf(s)) out += upperFull(cp);
  return out;
}

/** str.lower() */
export function strLower(s: string): string {
  if (isAsciiString(s)) return s.toLowerCase();
  const cps = codePointsOf(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

/** str.casefold() */
export function strCasefold(s: string): string {
  if (isAsciiString(s)) return s.toLowerCase();
  let out = '';
  for (const cp of codePointsOf(s)) out += foldFull(cp);
  return out;
}

/** str.swapcase() */
export function strSwapcase(s: string): string {
  const cps = codePointsOf(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (isUpperCp(c)) out += lowerAt(cps, i);
    else if (isLowerCp(c)) out += upperFull(c);
    else out += String.fromCodePoint(c);
  }
  return out;
}

/** str.title() */
export function strTitle(s: string): string {
  const cps = codePointsOf(s);
  let out = '';
  let previousIsCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    out += previousIsCased ? lowerAt(cps, i) : titleFull(c);
    previousIsCased = isCasedCp(c);
  }
  return out;
}

/** str.capitalize() (3.8+: the first character is title-cased). */
export function strCapitalize(s: string): string {
  if (s.length === 0) return s;
  const cps = codePointsOf(s);
  let out = titleFull(cps[0]);
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

// ---- predicates -----------------------------------------------------------------------------

function allCps(s: string, pred: (cp: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
    }
    if (!pred(c)) return false;
  }
  return true;
}

export const strIsAlpha = (s: string): boolean => allCps(s, isAlphaCp);
export const strIsAlnum = (s: string): boolean => allCps(s, isAlnumCp);
export const strIsDecimal = (s: string): boolean => allCps(s, isDecimalCp);
export const strIsDigit = (s: string): boolean => allCps(s, isDigitCp);
export const strIsNumeric = (s: string): boolean => allCps(s, isNumericCp);
export const strIsSpace = (s: string): boolean => allCps(s, isSpaceCp);
export const strIsAscii = (s: string): boolean => isAsciiString(s);
/** str.isprintable() ('' is printable). */
export const strIsPrintable = (s: string): boolean => s.length === 0 || allCps(s, isPrintableCp);

/** str.islower(): no upper/title-case characters and at least one cased (lowercase) one. */
export function strIsLower(s: string): boolean {
  let cased = false;
  for (const c of codePointsOf(s)) {
    if (isUpperCp(c) || isTitleCp(c)) return false;
    if (!cased && isLowerCp(c)) cased = true;
  }
  return cased;
}

/** str.isupper() */
export function strIsUpper(s: string): boolean {
  let cased = false;
  for (const c of codePointsOf(s)) {
    if (isLowerCp(c) || isTitleCp(c)) return false;
    if (!cased && isUpperCp(c)) cased = true;
  }
  return cased;
}

/** str.istitle() */
export function strIsTitle(s: string): boolean {
  let cased = false;
  let previousIsCased = false;
  for (const c of codePointsOf(s)) {
    if (isUpperCp(c) || isTitleCp(c)) {
      if (previousIsCased) return false;
      previousIsCased = true;
      cased = true;
    } else if (isLowerCp(c)) {
      if (!previousIsCased) return false;
      previousIsCased = true;
      cased = true;
    } else previousIsCased = false;
  }
  return cased;
}

/** str.isidentifier() */
export function strIsIdentifier(s: string): boolean {
  if (s.length === 0) return false;
  const cps = codePointsOf(s);
  if (!(isXidStartCp(cps[0]) || cps[0] === 0x5f)) return false;
  for (let i = 1; i < cps.length; i++) if (!isXidContinueCp(cps[i])) return false;
  return true;
}

// ---- repr() and ascii() ------------------------------------------------------------------

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** Escape a non-printable or non-ASCII code point as \xNN, \uNNNN or \UNNNNNNNN. */
export function escapeCp(cp: number): string {
  if (cp <= 0xff) return '\\x' + hex(cp, 2);
  if (cp <= 0xffff) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

/** repr(str): cf. unicode_repr. */
export function strRepr(s: string): string {
  const hasSingle = s.includes("'");
  const quote = hasSingle && !s.includes('"') ? '"' : "'";
  let out = quote;
  let runStart = 0;
  const n = s.length;
  let i = 0;
  const flush = (end: number): void => { if (end > runStart) out += s.slice(runStart, end); };
  while (i < n) {
    let cp = s.charCodeAt(i);
    let w = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { cp = 0x10000 + ((cp - 0xd800) << 10) + (d - 0xdc00); w = 2; }
    }
    let esc: string | null = null;
    if (cp === 0x27 || cp === 0x5c) esc = cp === 0x5c ? '\\\\' : quote === "'" ? "\\'" : null;
    else if (cp === 0x09) esc = '\\t';
    else if (cp === 0x0a) esc = '\\n';
    else if (cp === 0x0d) esc = '\\r';
    else if (cp < 0x20 || cp === 0x7f) esc = '\\x' + hex(cp, 2);
    else if (cp >= 0x80 && !isPrintableCp(cp)) esc = escapeCp(cp);
    if (esc !== null) {
      flush(i);
      out += esc;
      runStart = i + w;
    }
    i += w;
  }
  flush(n);
  return out + quote;
}

/** The backslashreplace step of ascii(): escape every non-ASCII code point. */
export function asciiEscape(s: string): string {
  if (isAsciiString(s)) return s;
  let out = '';
  for (const cp of codePointsOf(s)) out += cp < 0x80 ? String.fromCharCode(cp) : escapeCp(cp);
  return out;
}

/** ascii(str) */
export function strAscii(s: string): string {
  return asciiEscape(strRepr(s));
}
