// Escape-sequence decoding for str and bytes literals.
// cf. Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal,
// Objects/bytesobject.c _PyBytes_DecodeEscape, Parser/string_parser.c decode_unicode_with_escapes.
// Errors are returned as the text CPython puts after "(unicode error) " / "(value error) ".

import { UNICODE_NAMES } from './unicode-names';

export type Decoded<V> = { ok: true; value: V } | { ok: false; error: string };

const HEX = /^[0-9a-fA-F]$/;

function decodeError(start: number, end: number, buf: string, reason: string): string {
  // cf. Objects/exceptions.c UnicodeDecodeError_str
  if (end === start + 1) {
    const b = buf.charCodeAt(start).toString(16).padStart(2, '0');
    return `'unicodeescape' codec can't decode byte 0x${b} in position ${start}: ${reason}`;
  }
  return `'unicodeescape' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
}

/**
 * Decodes the body of a non-raw str literal. Like CPython, non-ASCII characters are first
 * rewritten as \U escapes (so error positions count in that rewritten buffer).
 */
export function decodeUnicodeEscapes(body: string): Decoded<string> {
  // cf. string_parser.c decode_unicode_with_escapes
  let buf = '';
  let i = 0;
  while (i < body.length) {
    if (body[i] === '\\') {
      buf += '\\';
      i++;
      if (i >= body.length || body.charCodeAt(i) >= 0x80) {
        buf += 'u005c';
        if (i >= body.length) break;
      }
    }
    const cp = body.codePointAt(i)!;
    if (cp >= 0x80) {
      buf += '\\U' + cp.toString(16).padStart(8, '0');
      i += cp > 0xffff ? 2 : 1;
    } else {
      buf += body[i];
      i++;
    }
  }
  return unicodeEscape(buf);
}

function unicodeEscape(s: string): Decoded<string> {
  let out = '';
  let i = 0;
  const end = s.length;
  while (i < end) {
    const c = s[i++];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const startinpos = i - 1;
    if (i >= end) return { ok: false, error: decodeError(startinpos, i, s, '\\ at end of string') };
    const e = s[i++];
    let count = 0;
    let message = '';
    switch (e) {
      case '\n': continue;
      case '\\': out += '\\'; continue;
      case '\'': out += '\''; continue;
      case '"': out += '"'; continue;
      case 'b': out += '\b'; continue;
      case 'f': out += '\f'; continue;
      case 't': out += '\t'; continue;
      case 'n': out += '\n'; continue;
      case 'r': out += '\r'; continue;
      case 'v': out += '\v'; continue;
      case 'a': out += '\x07'; continue;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        let ch = e.charCodeAt(0) - 48;
        if (i < end && s[i] >= '0' && s[i] <= '7') {
          ch = (ch << 3) + s.charCodeAt(i++) - 48;
          if (i < end && s[i] >= '0' && s[i] <= '7') ch = (ch << 3) + s.charCodeAt(i++) - 48;
        }
        out += String.fromCodePoint(ch);
        continue;
      }
      case 'x': count = 2; message = 'truncated \\xXX escape'; break;
      case 'u': count = 4; message = 'truncated \\uXXXX escape'; break;
      case 'U': count = 8; message = 'truncated \\UXXXXXXXX escape'; break;
      case 'N': {
        message = 'malformed \\N character escape';
        if (i >= end) return { ok: false, error: decodeError(startinpos, i, s, message) };
        if (s[i] === '{') {
          const start = ++i;
          while (i < end && s[i] !== '}') i++;
          if (i >= end) return { ok: false, error: decodeError(startinpos, i, s, message) };
          if (i > start) {
            const name = s.slice(start, i);
            i++;
            const cp = lookupName(name);
            if (cp !== undefined) {
              out += String.fromCodePoint(cp);
              continue;
            }
            message = 'unknown Unicode character name';
          }
        }
        return { ok: false, error: decodeError(startinpos, i, s, message) };
      }
      default:
        out += '\\' + e;
        continue;
    }
    // hex escapes
    let ch = 0;
    for (; count; ++i, --count) {
      if (i >= end || !HEX.test(s[i])) return { ok: false, error: decodeError(startinpos, i, s, message) };
      ch = ch * 16 + parseInt(s[i], 16);
    }
    if (ch > 0x10ffff) return { ok: false, error: decodeError(startinpos, i, s, 'illegal Unicode character') };
    out += String.fromCodePoint(ch);
  }
  return { ok: true, value: out };
}

/** Unicode character names known to \N{...} (a small table; CPython has the full database). */
function lookupName(name: string): number | undefined {
  const key = name.toUpperCase();
  const cp = UNICODE_NAMES.get(key);
  if (cp !== undefined) return cp;
  // Algorithmic names (cf. Modules/unicodedata.c _getcode)
  const m = /^(?:CJK UNIFIED IDEOGRAPH|CJK COMPATIBILITY IDEOGRAPH)-([0-9A-F]{4,5})$/.exec(key);
  if (m) return parseInt(m[1], 16);
  return undefined;
}

/** Decodes the body of a non-raw bytes literal (ASCII only). cf. _PyBytes_DecodeEscape */
export function decodeBytesEscapes(s: string): Decoded<Uint8Array> {
  const out: number[] = [];
  let i = 0;
  const end = s.length;
  while (i < end) {
    if (s[i] !== '\\') {
      out.push(s.charCodeAt(i++));
      continue;
    }
    i++;
    if (i === end) return { ok: false, error: 'Trailing \\ in string' };
    const e = s[i++];
    switch (e) {
      case '\n': break;
      case '\\': out.push(92); break;
      case '\'': out.push(39); break;
      case '"': out.push(34); break;
      case 'b': out.push(8); break;
      case 'f': out.push(12); break;
      case 't': out.push(9); break;
      case 'n': out.push(10); break;
      case 'r': out.push(13); break;
      case 'v': out.push(11); break;
      case 'a': out.push(7); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        let c = e.charCodeAt(0) - 48;
        if (i < end && s[i] >= '0' && s[i] <= '7') {
          c = (c << 3) + s.charCodeAt(i++) - 48;
          if (i < end && s[i] >= '0' && s[i] <= '7') c = (c << 3) + s.charCodeAt(i++) - 48;
        }
        out.push(c & 0xff);
        break;
      }
      case 'x':
        if (i + 1 < end && HEX.test(s[i]) && HEX.test(s[i + 1])) {
          out.push(parseInt(s.slice(i, i + 2), 16));
          i += 2;
          break;
        }
        return { ok: false, error: `invalid \\x escape at position ${i - 2}` };
      default:
        out.push(92);
        i--;
    }
  }
  return { ok: true, value: Uint8Array.from(out) };
}
