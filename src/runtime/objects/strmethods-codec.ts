// str.encode / bytes.decode for the codecs a program is likely to name:
// utf-8, ascii, latin-1, utf-16 and utf-32 (with -le/-be), and the standard
// error handlers. Pure functions; failures are thrown as CodecError and the
// runtime turns them into UnicodeEncodeError / UnicodeDecodeError / LookupError.
// cf. Objects/unicodeobject.c (PyUnicode_AsEncodedString, unicode_encode_ucs1,
// unicode_encode_utf8, unicode_decode_utf8, PyUnicode_DecodeASCII,
// _PyUnicode_EncodeUTF16/32, PyUnicode_DecodeUTF16Stateful), Objects/stringlib/codecs.h,
// Python/codecs.c (the error handlers), Objects/exceptions.c (UnicodeError __str__),
// Lib/encodings/aliases.py.

import { codePointsOf } from './strmethods-unicode';

export type Codec = 'utf-8' | 'utf-8-sig' | 'ascii' | 'latin-1' | 'cp1252' | 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be';

export class CodecError extends Error {
  constructor(
    public readonly kind: 'encode' | 'decode' | 'lookup',
    public readonly encoding: string,
    public readonly start: number,
    public readonly end: number,
    public readonly reason: string,
    /** For decode errors: the bytes the positions refer to (after a stripped BOM). */
    public readonly data: Uint8Array | null = null,
  ) { super(reason); this.name = 'CodecError'; }
}

const ALIASES: Record<string, Codec> = {
  utf_8: 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', utf8_ucs2: 'utf-8', utf8_ucs4: 'utf-8', cp65001: 'utf-8',
  ascii: 'ascii', us_ascii: 'ascii', '646': 'ascii', 'ansi_x3.4_1968': 'ascii', ansi_x3_4_1968: 'ascii', 'ansi_x3.4_1986': 'ascii',
  cp367: 'ascii', csascii: 'ascii', ibm367: 'ascii', iso646_us: 'ascii', 'iso_646.irv_1991': 'ascii', iso_ir_6: 'ascii', us: 'ascii',
  latin_1: 'latin-1', latin1: 'latin-1', latin: 'latin-1', l1: 'latin-1', iso_8859_1: 'latin-1', iso8859_1: 'latin-1',
  '8859': 'latin-1', cp819: 'latin-1', ibm819: 'latin-1', iso_ir_100: 'latin-1', iso_8859_1_1987: 'latin-1', csisolatin1: 'latin-1',
  utf_16: 'utf-16', utf16: 'utf-16', u16: 'utf-16', utf_16_le: 'utf-16-le', utf_16le: 'utf-16-le', unicodelittleunmarked: 'utf-16-le',
  utf_16_be: 'utf-16-be', utf_16be: 'utf-16-be', unicodebigunmarked: 'utf-16-be',
  utf_8_sig: 'utf-8-sig', cp1252: 'cp1252', windows_1252: 'cp1252',
  utf_32: 'utf-32', utf32: 'utf-32', u32: 'utf-32', utf_32_le: 'utf-32-le', utf_32le: 'utf-32-le', utf_32_be: 'utf-32-be', utf_32be: 'utf-32-be',
};

/** encodings.normalize_encoding + the alias table: the codec, or null when unknown. */
export function lookupCodec(name: string): Codec | null {
  // Runs of characters other than alphanumerics and '.' become one '_' (not leading).
  let norm = '';
  let punct = false;
  for (const ch of name) {
    if (/^[A-Za-z0-9.]$/.test(ch)) {
      if (punct && norm.length > 0) norm += '_';
      punct = false;
      norm += ch.toLowerCase();
    } else punct = true;
  }
  return Object.prototype.hasOwnProperty.call(ALIASES, norm) ? ALIASES[norm] : null;
}

const KNOWN_HANDLERS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']);

function checkHandler(errors: string): void {
  if (!KNOWN_HANDLERS.has(errors)) throw new CodecError('lookup', '', 0, 0, `unknown error handler name '${errors}'`);
}

function hex(n: number, w: number): string {
  return n.toString(16).padStart(w, '0');
}

function backslashCp(cp: number): string {
  if (cp <= 0xff) return '\\x' + hex(cp, 2);
  if (cp <= 0xffff) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

const isSurrogate = (cp: number): boolean => cp >= 0xd800 && cp <= 0xdfff;

/**
 * The replacement bytes an error handler gives for the unencodable code points
 * cps[start:end] (raises for 'strict' and for what a handler cannot take).
 */
function encodeReplacement(codec: string, cps: number[], start: number, end: number, errors: string, reason: string,
  out: number[], put: (cp: number) => void): void {
  switch (errors) {
    case 'strict': break;
    case 'ignore': return;
    case 'replace':
      for (let k = start; k < end; k++) put(0x3f);
      return;
    case 'backslashreplace':
    case 'namereplace':
      for (let k = start; k < end; k++) for (const ch of backslashCp(cps[k])) put(ch.charCodeAt(0));
      return;
    case 'xmlcharrefreplace':
      for (let k = start; k < end; k++) for (const ch of `&#${cps[k]};`) put(ch.charCodeAt(0));
      return;
    case 'surrogateescape': {
      let k = start;
      for (; k < end; k++) {
        const c = cps[k];
        if (c < 0xdc80 || c > 0xdcff) break;
        out.push(c - 0xdc00);
      }
      if (k >= end) return;
      throw new CodecError('encode', codec, k, end, reason);
    }
    case 'surrogatepass':
      if (codec === 'utf-8') {
        let k = start;
        for (; k < end && isSurrogate(cps[k]); k++) {
          const c = cps[k];
          out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
        }
        if (k >= end) return;
        throw new CodecError('encode', codec, k, end, reason);
      }
      break;
    default:
      checkHandler(errors);
  }
  throw new CodecError('encode', codec, start, end, reason);
}

/** cp1252 bytes 0x80..0x9f (0xfffe: undefined). cf. Lib/encodings/cp1252.py */
const CP1252_HIGH = [
  0x20ac, 0xfffe, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffe, 0x017d, 0xfffe,
  0xfffe, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffe, 0x017e, 0x0178,
];
let cp1252Encode: Map<number, number> | null = null;

/** cp1252 through the charmap codec (its errors are reported as 'charmap'). */
function encodeCp1252(cps: number[], errors: string): Uint8Array {
  if (cp1252Encode === null) {
    cp1252Encode = new Map();
    for (let b = 0; b < 256; b++) {
      const c = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b;
      if (c !== 0xfffe) cp1252Encode.set(c, b);
    }
  }
  const table = cp1252Encode;
  const out: number[] = [];
  const reason = 'character maps to <undefined>';
  for (let i = 0; i < cps.length;) {
    const b = table.get(cps[i]);
    if (b !== undefined) { out.push(b); i++; continue; }
    let j = i;
    while (j < cps.length && !table.has(cps[j])) j++;
    encodeReplacement('charmap', cps, i, j, errors, reason, out, (x) => {
      const m = table.get(x);
      if (m === undefined) throw new CodecError('encode', 'charmap', i, j, reason);
      out.push(m);
    });
    i = j;
  }
  return Uint8Array.from(out);
}

/** str.encode(encoding, errors) for one of the supported codecs. Throws CodecError. */
export function encodeText(s: string, codec: Codec, errors: string): Uint8Array {
  if (codec === 'utf-8-sig') {
    const body = encodeText(s, 'utf-8', errors);
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  const cps = codePointsOf(s);
  if (codec === 'cp1252') return encodeCp1252(cps, errors);
  const out: number[] = [];
  const n = cps.length;
  if (codec === 'ascii' || codec === 'latin-1') {
    const limit = codec === 'ascii' ? 0x80 : 0x100;
    const reason = `ordinal not in range(${limit})`;
    for (let i = 0; i < n;) {
      const c = cps[i];
      if (c < limit) { out.push(c); i++; continue; }
      let j = i;
      while (j < n && cps[j] >= limit) j++;
      encodeReplacement(codec, cps, i, j, errors, reason, out, (b) => {
        if (b >= limit) throw new CodecError('encode', codec, i, j, reason);
        out.push(b);
      });
      i = j;
    }
    return Uint8Array.from(out);
  }
  if (codec === 'utf-8') {
    for (let i = 0; i < n;) {
      const c = cps[i];
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
      else if (isSurrogate(c)) {
        let j = i;
        while (j < n && isSurrogate(cps[j])) j++;
        encodeReplacement(codec, cps, i, j, errors, 'surrogates not allowed', out, (b) => out.push(b));
        i = j;
        continue;
      } else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
      i++;
    }
    return Uint8Array.from(out);
  }
  // UTF-16 / UTF-32
  const wide = codec.startsWith('utf-32');
  const big = codec.endsWith('-be');
  const unit = (v: number): void => {
    if (wide) {
      if (big) out.push((v >>> 24) & 0xff, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
      else out.push(v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff);
    } else if (big) out.push((v >> 8) & 0xff, v & 0xff);
    else out.push(v & 0xff, (v >> 8) & 0xff);
  };
  if (codec === 'utf-16' || codec === 'utf-32') unit(0xfeff);
  for (let i = 0; i < n;) {
    const c = cps[i];
    if (isSurrogate(c)) {
      let j = i;
      while (j < n && isSurrogate(cps[j])) j++;
      if (errors === 'surrogatepass') { for (let k = i; k < j; k++) unit(cps[k]); i = j; continue; }
      const bytes: number[] = [];
      encodeReplacement(codec, cps, i, j, errors, 'surrogates not allowed', bytes, (b) => bytes.push(b));
      for (const b of bytes) unit(b);
      i = j;
      continue;
    }
    if (!wide && c >= 0x10000) {
      unit(0xd800 + ((c - 0x10000) >> 10));
      unit(0xdc00 + ((c - 0x10000) & 0x3ff));
    } else unit(c);
    i++;
  }
  return Uint8Array.from(out);
}

/** What a decode error handler produces for bytes[start:end]; returns the position to resume at. */
function decodeReplacement(codec: string, b: Uint8Array, start: number, end: number, errors: string, reason: string,
  out: string[]): number {
  switch (errors) {
    case 'strict': break;
    case 'ignore': return end;
    case 'replace': out.push('\ufffd'); return end;
    case 'backslashreplace':
      for (let k = start; k < end; k++) out.push('\\x' + hex(b[k], 2));
      return end;
    case 'surrogateescape': {
      let k = start;
      for (; k < end && b[k] >= 0x80; k++) out.push(String.fromCharCode(0xdc00 + b[k]));
      if (k === start) break;
      return k;
    }
    case 'surrogatepass':
      if (codec === 'utf-8' && start + 3 <= b.length && (b[start] & 0xf0) === 0xe0 && (b[start + 1] & 0xc0) === 0x80 && (b[start + 2] & 0xc0) === 0x80) {
        const c = ((b[start] & 0x0f) << 12) | ((b[start + 1] & 0x3f) << 6) | (b[start + 2] & 0x3f);
        if (isSurrogate(c)) { out.push(String.fromCharCode(c)); return start + 3; }
      }
      break;
    case 'xmlcharrefreplace':
    case 'namereplace':
      // Encoding-only handlers: CPython raises a TypeError here; report the decode error instead.
      break;
    default:
      checkHandler(errors);
  }
  throw new CodecError('decode', codec, start, end, reason, b);
}

const isCont = (c: number): boolean => c >= 0x80 && c < 0xc0;

/** bytes.decode(encoding, errors). Throws CodecError. */
export function decodeBytes(b: Uint8Array, codec: Codec, errors: string): string {
  const n = b.length;
  const out: string[] = [];
  if (codec === 'latin-1') {
    for (let i = 0; i < n; i += 8192) out.push(String.fromCharCode(...b.subarray(i, i + 8192)));
    return out.join('');
  }
  if (codec === 'ascii') {
    let run = 0;
    for (let i = 0; i < n;) {
      if (b[i] < 0x80) { i++; continue; }
      if (i > run) out.push(String.fromCharCode(...b.subarray(run, i)));
      i = decodeReplacement(codec, b, i, i + 1, errors, 'ordinal not in range(128)', out);
      run = i;
    }
    if (run < n) out.push(latin1Run(b, run, n));
    return out.join('');
  }
  if (codec === 'utf-8') return decodeUtf8(b, errors, out);
  if (codec === 'utf-8-sig') {
    const bom = n >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
    return decodeUtf8(bom ? b.subarray(3) : b, errors, out);
  }
  if (codec === 'cp1252') {
    for (let i = 0; i < n;) {
      const c = b[i] >= 0x80 && b[i] < 0xa0 ? CP1252_HIGH[b[i] - 0x80] : b[i];
      if (c !== 0xfffe) { out.push(String.fromCharCode(c)); i++; continue; }
      i = decodeReplacement('charmap', b, i, i + 1, errors, 'character maps to <undefined>', out);
    }
    return out.join('');
  }
  return decodeUtf16or32(b, codec, errors, out);
}

function latin1Run(b: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i += 8192) s += String.fromCharCode(...b.subarray(i, Math.min(to, i + 8192)));
  return s;
}

function decodeUtf8(b: Uint8Array, errors: string, out: string[]): string {
  const n = b.length;
  let i = 0;
  let acc: number[] = [];
  const flush = (): void => { if (acc.length > 0) { out.push(String.fromCodePoint(...acc)); acc = []; } };
  while (i < n) {
    const ch = b[i];
    if (ch < 0x80) { acc.push(ch); i++; if (acc.length > 4096) flush(); continue; }
    // 0: unexpected end of data, 1: invalid start byte, 2..4: invalid continuation byte (end = start + code - 1)
    let code = -1;
    let cp = 0;
    let len = 0;
    const avail = n - i;
    if (ch < 0xc2) code = 1;
    else if (ch < 0xe0) {
      if (avail < 2) code = 0;
      else if (!isCont(b[i + 1])) code = 2;
      else { cp = ((ch & 0x1f) << 6) | (b[i + 1] & 0x3f); len = 2; }
    } else if (ch < 0xf0) {
      const c2 = b[i + 1];
      if (avail < 3) {
        if (avail < 2) code = 0;
        else if (!isCont(c2) || (c2 < 0xa0 ? ch === 0xe0 : ch === 0xed)) code = 2;
        else code = 0;
      } else if (!isCont(c2) || (ch === 0xe0 && c2 < 0xa0) || (ch === 0xed && c2 >= 0xa0)) code = 2;
      else if (!isCont(b[i + 2])) code = 3;
      else { cp = ((ch & 0x0f) << 12) | ((c2 & 0x3f) << 6) | (b[i + 2] & 0x3f); len = 3; }
    } else if (ch < 0xf5) {
      const c2 = b[i + 1];
      if (avail < 4) {
        if (avail < 2) code = 0;
        else if (!isCont(c2) || (c2 < 0x90 ? ch === 0xf0 : ch === 0xf4)) code = 2;
        else if (avail < 3) code = 0;
        else if (!isCont(b[i + 2])) code = 3;
        else code = 0;
      } else if (!isCont(c2) || (ch === 0xf0 && c2 < 0x90) || (ch === 0xf4 && c2 >= 0x90)) code = 2;
      else if (!isCont(b[i + 2])) code = 3;
      else if (!isCont(b[i + 3])) code = 4;
      else { cp = ((ch & 0x07) << 18) | ((c2 & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f); len = 4; }
    } else code = 1;
    if (code < 0) { acc.push(cp); i += len; continue; }
    flush();
    let end: number;
    let reason: string;
    if (code === 0) { end = n; reason = 'unexpected end of data'; }
    else if (code === 1) { end = i + 1; reason = 'invalid start byte'; }
    else { end = i + code - 1; reason = 'invalid continuation byte'; }
    i = decodeReplacement('utf-8', b, i, end, errors, reason, out);
  }
  flush();
  return out.join('');
}

function decodeUtf16or32(b: Uint8Array, codec: Codec, errors: string, out: string[]): string {
  const wide = codec.startsWith('utf-32');
  let big = codec.endsWith('-be');
  const size = wide ? 4 : 2;
  const n = b.length;
  let i = 0;
  const name = codec;
  if (codec === 'utf-16' || codec === 'utf-32') {
    if (wide && n >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) i = 4;
    else if (wide && n >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) { i = 4; big = true; }
    else if (!wide && n >= 2 && b[0] === 0xff && b[1] === 0xfe) i = 2;
    else if (!wide && n >= 2 && b[0] === 0xfe && b[1] === 0xff) { i = 2; big = true; }
  }
  const read = (k: number): number => {
    if (wide) {
      return big ? ((b[k] << 24) | (b[k + 1] << 16) | (b[k + 2] << 8) | b[k + 3]) >>> 0
        : ((b[k + 3] << 24) | (b[k + 2] << 16) | (b[k + 1] << 8) | b[k]) >>> 0;
    }
    return big ? (b[k] << 8) | b[k + 1] : (b[k + 1] << 8) | b[k];
  };
  while (i < n) {
    if (n - i < size) {
      i = decodeReplacement(name, b, i, n, errors, 'truncated data', out);
      continue;
    }
    const u = read(i);
    if (wide) {
      if (u > 0x10ffff || (u >= 0xd800 && u <= 0xdfff && errors !== 'surrogatepass')) {
        i = decodeReplacement(name, b, i, i + 4, errors, u > 0x10ffff ? 'code point not in range(0x110000)' : 'code point in surrogate code point range(0xd800, 0xe000)', out);
        continue;
      }
      out.push(String.fromCodePoint(u));
      i += 4;
      continue;
    }
    if (u < 0xd800 || u > 0xdfff) { out.push(String.fromCharCode(u)); i += 2; continue; }
    if (u >= 0xdc00) {
      i = decodeReplacement(name, b, i, i + 2, errors, 'illegal encoding', out);
      continue;
    }
    if (n - i < 4) {
      i = decodeReplacement(name, b, i, n, errors, 'unexpected end of data', out);
      continue;
    }
    const u2 = read(i + 2);
    if (u2 < 0xdc00 || u2 > 0xdfff) {
      i = decodeReplacement(name, b, i, i + 2, errors, 'illegal UTF-16 surrogate', out);
      continue;
    }
    out.push(String.fromCharCode(u, u2));
    i += 4;
  }
  return out.join('');
}

/** str(UnicodeEncodeError): cf. UnicodeEncodeError_str. */
export function encodeErrorMessage(e: CodecError, s: string): string {
  if (e.end === e.start + 1) {
    const cp = codePointsOf(s)[e.start];
    const shown = cp <= 0xff ? '\\x' + hex(cp, 2) : cp <= 0xffff ? '\\u' + hex(cp, 4) : '\\U' + hex(cp, 8);
    return `'${e.encoding}' codec can't encode character '${shown}' in position ${e.start}: ${e.reason}`;
  }
  return `'${e.encoding}' codec can't encode characters in position ${e.start}-${e.end - 1}: ${e.reason}`;
}

/** str(UnicodeDecodeError): cf. UnicodeDecodeError_str. */
export function decodeErrorMessage(e: CodecError, whole: Uint8Array): string {
  const b = e.data ?? whole;
  if (e.start < b.length && e.end === e.start + 1) {
    return `'${e.encoding}' codec can't decode byte 0x${hex(b[e.start], 2)} in position ${e.start}: ${e.reason}`;
  }
  return `'${e.encoding}' codec can't decode bytes in position ${e.start}-${e.end - 1}: ${e.reason}`;
}
