// The text algorithms shared by str, bytes and bytearray, as pure functions on
// JS strings. A str is its code points (astral characters are surrogate pairs);
// bytes are handled as latin-1 strings (one unit per byte), so the same code
// serves both. Indices in and out are code point indices.
// cf. Objects/stringlib/{find,count,split,partition,transmogrify}.h,
// Objects/unicodeobject.c (replace, pad, do_strip, unicode_expandtabs_impl,
// tailmatch, any_find_slice).

import { isUnicodeSpace } from './format/unicode';
import { hasSurrogates } from './strmethods-unicode';

export const PY_SSIZE_T_MAX = 9223372036854775807;

/** Whitespace and line-break predicates: str's (Unicode) or bytes' (ASCII). */
export interface TextMode {
  isSpace(c: number): boolean;
  isLineBreak(c: number): boolean;
}

export const STR_MODE: TextMode = {
  isSpace: isUnicodeSpace,
  isLineBreak: (c) => (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029,
};

export const BYTES_MODE: TextMode = {
  isSpace: (c) => c === 0x20 || (c >= 0x09 && c <= 0x0d),
  isLineBreak: (c) => c === 0x0a || c === 0x0d,
};

// ---- code point indexing ----------------------------------------------------------------

const offsetCache: Array<[string, Int32Array]> = [];

/**
 * UTF-16 offset of every code point of s, plus s.length at the end; null when
 * s has no surrogates (code point index = unit index).
 */
export function cpOffsets(s: string): Int32Array | null {
  if (s.length < 2 || !hasSurrogates(s)) return null;
  for (const [k, v] of offsetCache) if (k === s) return v;
  const tmp: number[] = [];
  for (let i = 0; i < s.length; i++) {
    tmp.push(i);
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  tmp.push(s.length);
  const offs = Int32Array.from(tmp);
  offsetCache.push([s, offs]);
  if (offsetCache.length > 4) offsetCache.shift();
  return offs;
}

/** len() of a str: its code points. */
export function cpLen(s: string): number {
  const o = cpOffsets(s);
  return o === null ? s.length : o.length - 1;
}

/** Code point index of unit offset u (u must start a code point, or be s.length). */
function unitToCp(offs: Int32Array | null, u: number): number {
  if (offs === null) return u;
  let lo = 0;
  let hi = offs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offs[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function cpToUnit(offs: Int32Array | null, i: number): number {
  return offs === null ? i : offs[i];
}

/** s[i] for 0 <= i < len. */
export function cpAt(s: string, i: number): string {
  const o = cpOffsets(s);
  if (o === null) return s[i];
  return s.slice(o[i], o[i + 1]);
}

/** s[start:stop] for 0 <= start <= stop <= len. */
export function cpSlice(s: string, start: number, stop: number): string {
  const o = cpOffsets(s);
  if (o === null) return s.slice(start, stop);
  return s.slice(o[start], o[stop]);
}

/** s[start:stop:step] given the normalised slice (start, step, slicelength). */
export function cpSliceStep(s: string, start: number, step: number, n: number): string {
  if (step === 1) return cpSlice(s, start, start + n);
  const o = cpOffsets(s);
  const parts: string[] = new Array(n);
  for (let k = 0, i = start; k < n; k++, i += step) parts[k] = o === null ? s[i] : s.slice(o[i], o[i + 1]);
  return parts.join('');
}

// ---- searching ----------------------------------------------------------------------------

/** ADJUST_INDICES: clamp start/end (already clamped to ssize_t) to [0, len]. */
export function adjustIndices(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) { end += len; if (end < 0) end = 0; }
  if (start < 0) { start += len; if (start < 0) start = 0; }
  return [start, end];
}

/** str.find / rfind (any_find_slice): code point index or -1. */
export function findIn(s: string, sub: string, start: number, end: number, reverse: boolean): number {
  const offs = cpOffsets(s);
  const len = offs === null ? s.length : offs.length - 1;
  [start, end] = adjustIndices(start, end, len);
  const subLen = cpLen(sub);
  if (end - start < subLen) return -1;
  if (subLen === 0) return reverse ? end : start;
  const us = cpToUnit(offs, start);
  const ue = cpToUnit(offs, end);
  let r: number;
  if (!reverse) {
    r = s.indexOf(sub, us);
    if (r < 0 || r + sub.length > ue) return -1;
  } else {
    r = s.lastIndexOf(sub, ue - sub.length);
    if (r < us) return -1;
  }
  return unitToCp(offs, r);
}

/** str.count: non-overlapping occurrences in s[start:end]. */
export function countIn(s: string, sub: string, start: number, end: number): number {
  const offs = cpOffsets(s);
  const len = offs === null ? s.length : offs.length - 1;
  [start, end] = adjustIndices(start, end, len);
  const subLen = cpLen(sub);
  if (end - start < subLen) return 0;
  if (subLen === 0) return end - start + 1;
  const us = cpToUnit(offs, start);
  const ue = cpToUnit(offs, end);
  let n = 0;
  let i = s.indexOf(sub, us);
  while (i >= 0 && i + sub.length <= ue) {
    n++;
    i = s.indexOf(sub, i + sub.length);
  }
  return n;
}

/** tailmatch: startswith (atEnd false) / endswith (atEnd true) one candidate. */
export function tailMatch(s: string, sub: string, start: number, end: number, atEnd: boolean): boolean {
  const offs = cpOffsets(s);
  const len = offs === null ? s.length : offs.length - 1;
  [start, end] = adjustIndices(start, end, len);
  const subLen = cpLen(sub);
  end -= subLen;
  if (end < start) return false;
  if (subLen === 0) return true;
  if (atEnd) return s.startsWith(sub, cpToUnit(offs, end));
  return s.startsWith(sub, cpToUnit(offs, start));
}

// ---- splitting ------------------------------------------------------------------------------

/** split() on whitespace. maxsplit < 0 means no limit. */
export function splitWhitespace(s: string, maxsplit: number, mode: TextMode): string[] {
  const out: string[] = [];
  const n = s.length;
  let maxcount = maxsplit < 0 ? PY_SSIZE_T_MAX : maxsplit;
  let i = 0;
  while (maxcount-- > 0) {
    while (i < n && mode.isSpace(s.charCodeAt(i))) i++;
    if (i === n) break;
    const j = i;
    i++;
    while (i < n && !mode.isSpace(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  if (i < n) {
    while (i < n && mode.isSpace(s.charCodeAt(i))) i++;
    if (i !== n) out.push(s.slice(i));
  }
  return out;
}

/** rsplit() on whitespace. */
export function rsplitWhitespace(s: string, maxsplit: number, mode: TextMode): string[] {
  const out: string[] = [];
  let maxcount = maxsplit < 0 ? PY_SSIZE_T_MAX : maxsplit;
  let i = s.length - 1;
  while (maxcount-- > 0) {
    while (i >= 0 && mode.isSpace(s.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i;
    i--;
    while (i >= 0 && !mode.isSpace(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && mode.isSpace(s.charCodeAt(i))) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
  }
  return out.reverse();
}

/** split(sep) with a non-empty separator. */
export function splitSep(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = [];
  let maxcount = maxsplit < 0 ? PY_SSIZE_T_MAX : maxsplit;
  let i = 0;
  while (maxcount-- > 0) {
    const pos = s.indexOf(sep, i);
    if (pos < 0) break;
    out.push(s.slice(i, pos));
    i = pos + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

/** rsplit(sep) with a non-empty separator. */
export function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = [];
  let maxcount = maxsplit < 0 ? PY_SSIZE_T_MAX : maxsplit;
  let j = s.length;
  while (maxcount-- > 0) {
    if (j - sep.length < 0) break;
    const pos = s.lastIndexOf(sep, j - sep.length);
    if (pos < 0) break;
    out.push(s.slice(pos + sep.length, j));
    j = pos;
  }
  out.push(s.slice(0, j));
  return out.reverse();
}

/** splitlines(keepends). */
export function splitLines(s: string, keepends: boolean, mode: TextMode): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  let j = 0;
  while (i < n) {
    while (i < n && !mode.isLineBreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (s.charCodeAt(i) === 0x0d && i + 1 < n && s.charCodeAt(i + 1) === 0x0a) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
    j = i;
  }
  return out;
}

/** partition / rpartition: [before, after] around the first/last sep, or null when absent. */
export function partitionAt(s: string, sep: string, reverse: boolean): [string, string] | null {
  const pos = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
  if (pos < 0) return null;
  return [s.slice(0, pos), s.slice(pos + sep.length)];
}

// ---- stripping, replacing, padding ---------------------------------------------------------

function cpBefore(s: string, end: number): number {
  const c = s.charCodeAt(end - 1);
  if (c >= 0xdc00 && c <= 0xdfff && end >= 2) {
    const h = s.charCodeAt(end - 2);
    if (h >= 0xd800 && h <= 0xdbff) return 0x10000 + ((h - 0xd800) << 10) + (c - 0xdc00);
  }
  return c;
}

/**
 * strip/lstrip/rstrip: `chars` null strips whitespace, else the code points of
 * chars. Returns the stripped string (=== s when nothing was stripped).
 */
export function stripText(s: string, chars: string | null, left: boolean, right: boolean, mode: TextMode): string {
  let set: Set<number> | null = null;
  if (chars !== null) {
    set = new Set<number>();
    for (let k = 0; k < chars.length;) { const c = chars.codePointAt(k)!; set.add(c); k += c > 0xffff ? 2 : 1; }
  }
  const test = set === null ? (c: number) => mode.isSpace(c) : (c: number) => set!.has(c);
  let i = 0;
  let j = s.length;
  if (left) {
    while (i < j) {
      const c = s.codePointAt(i)!;
      if (!test(c)) break;
      i += c > 0xffff ? 2 : 1;
    }
  }
  if (right) {
    while (j > i) {
      const c = cpBefore(s, j);
      if (!test(c)) break;
      j -= c > 0xffff ? 2 : 1;
    }
  }
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

/** replace(old, new, count): null when the result is unchanged (CPython returns self). */
export function replaceText(s: string, old: string, rep: string, count: number): string | null {
  const slen = cpLen(s);
  const len1 = cpLen(old);
  if (slen < len1) return null;
  const maxcount = count < 0 ? PY_SSIZE_T_MAX : count;
  if (maxcount === 0) return null;
  if (len1 === 0) {
    // Insert `rep` before every code point (and at the end), at most maxcount times.
    const n = Math.min(slen + 1, maxcount);
    const offs = cpOffsets(s);
    const parts: string[] = [];
    for (let k = 0; k < n; k++) {
      parts.push(rep);
      if (k < slen) parts.push(offs === null ? s[k] : s.slice(offs[k], offs[k + 1]));
    }
    const used = n < slen + 1 ? n : slen;
    parts.push(offs === null ? s.slice(used) : s.slice(offs[used]));
    return parts.join('');
  }
  const parts: string[] = [];
  let i = 0;
  let n = 0;
  while (n < maxcount) {
    const pos = s.indexOf(old, i);
    if (pos < 0) break;
    parts.push(s.slice(i, pos), rep);
    i = pos + old.length;
    n++;
  }
  if (n === 0) return null;
  parts.push(s.slice(i));
  return parts.join('');
}

/** expandtabs(tabsize): null when s has no tab (unchanged). */
export function expandTabs(s: string, tabsize: number): string | null {
  if (!s.includes('\t')) return null;
  let out = '';
  let linePos = 0;
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x09) {
      out += s.slice(runStart, i);
      runStart = i + 1;
      if (tabsize > 0) {
        const incr = tabsize - (linePos % tabsize);
        linePos += incr;
        out += ' '.repeat(incr);
      }
    } else {
      if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
        const h = s.charCodeAt(i - 1);
        if (h >= 0xd800 && h <= 0xdbff) continue; // second half of a pair: same column
      }
      linePos++;
      if (c === 0x0a || c === 0x0d) linePos = 0;
    }
  }
  return out + s.slice(runStart);
}

/** pad(): `left` and `right` copies of the fill character around s. */
export function padText(s: string, left: number, right: number, fill: string): string {
  return (left > 0 ? fill.repeat(left) : '') + s + (right > 0 ? fill.repeat(right) : '');
}

/** center(width, fill): null when len >= width (unchanged). */
export function centerText(s: string, width: number, fill: string): string | null {
  const len = cpLen(s);
  if (len >= width) return null;
  const marg = width - len;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return padText(s, left, marg - left, fill);
}

export function ljustText(s: string, width: number, fill: string): string | null {
  const len = cpLen(s);
  if (len >= width) return null;
  return padText(s, 0, width - len, fill);
}

export function rjustText(s: string, width: number, fill: string): string | null {
  const len = cpLen(s);
  if (len >= width) return null;
  return padText(s, width - len, 0, fill);
}

/** zfill(width): null when len >= width (unchanged). */
export function zfillText(s: string, width: number): string | null {
  const len = cpLen(s);
  if (len >= width) return null;
  const fill = width - len;
  const first = s.charAt(0);
  if (first === '+' || first === '-') return first + '0'.repeat(fill) + s.slice(1);
  return '0'.repeat(fill) + s;
}
