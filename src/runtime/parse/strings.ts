// String literals: the `strings` rule, prefix handling, escape decoding and the
// concatenation of adjacent literals. cf. Parser/string_parser.c _PyPegen_parsestr and
// Parser/action_helpers.c _PyPegen_concatenate_strings.

import type { Constant, Expr } from './ast';
import { decodeBytesEscapes, decodeUnicodeEscapes } from './escapes';
import { FstringState, concatFstring, finishFstring, concatStr } from './fstring';
import { M, type Parser } from './parser';
import { T, type Token } from './tokens';

/** strings (memo): STRING+ */
export function strings(p: Parser): Expr | null {
  const memo = p.memoGet<Expr>(M.strings);
  if (memo !== undefined) return memo;
  const mark = p.mark;
  const toks: Token[] = [];
  for (;;) {
    const t = p.expect(T.STRING);
    if (!t) break;
    toks.push(t);
  }
  const res = toks.length ? concatenateStrings(p, toks) : null;
  if (!res) p.mark = mark;
  p.memoSet(mark, M.strings, res);
  return res;
}

export interface ParsedStr {
  bytesmode: boolean;
  rawmode: boolean;
  /** Decoded value for plain literals. */
  value: string | Uint8Array | null;
  /** For f-strings: the text between the quotes and its offset in the token text. */
  fstr: string | null;
  fstrOffset: number;
}

/** cf. string_parser.c _PyPegen_parsestr */
export function parsestr(p: Parser, t: Token): ParsedStr {
  const s = t.string;
  let i = 0;
  let bytesmode = false;
  let rawmode = false;
  let fmode = false;
  for (;;) {
    const c = s[i];
    if (c === 'b' || c === 'B') bytesmode = true;
    else if (c === 'u' || c === 'U') { /* no effect */ }
    else if (c === 'r' || c === 'R') rawmode = true;
    else if (c === 'f' || c === 'F') fmode = true;
    else break;
    i++;
  }
  const quote = s[i];
  let start = i + 1;
  let end = s.length - 1;
  if (end - start >= 4 && s[start] === quote && s[start + 1] === quote) {
    start += 2;
    end -= 2;
  }
  const body = s.slice(start, end);
  if (fmode) return { bytesmode, rawmode, value: null, fstr: body, fstrOffset: start };
  rawmode = rawmode || !body.includes('\\');
  if (bytesmode) {
    for (let k = 0; k < body.length; k++) {
      // 3.11.7 locates this error on the literal's token (3.11.2 used the last token read).
      if (body.charCodeAt(k) >= 0x80) p.raiseAt(t, 'bytes can only contain ASCII literal characters');
    }
    if (rawmode) {
      const out = new Uint8Array(body.length);
      for (let k = 0; k < body.length; k++) out[k] = body.charCodeAt(k);
      return { bytesmode, rawmode, value: out, fstr: null, fstrOffset: 0 };
    }
    const d = decodeBytesEscapes(body);
    if (!d.ok) p.raise(`(value error) ${d.error}`);
    return { bytesmode, rawmode, value: d.value, fstr: null, fstrOffset: 0 };
  }
  if (rawmode) return { bytesmode, rawmode, value: body, fstr: null, fstrOffset: 0 };
  return { bytesmode, rawmode, value: decodeStr(p, body), fstr: null, fstrOffset: 0 };
}

/** Decodes a non-raw str body, raising CPython's "(unicode error) ..." on failure. */
export function decodeStr(p: Parser, body: string): string {
  const d = decodeUnicodeEscapes(body);
  if (!d.ok) p.raise(`(unicode error) ${d.error}`);
  return d.value;
}

/** cf. action_helpers.c _PyPegen_concatenate_strings */
function concatenateStrings(p: Parser, toks: Token[]): Expr {
  const first = toks[0];
  const last = toks[toks.length - 1];
  let bytesmode = false;
  const bytesParts: Uint8Array[] = [];
  const state = new FstringState();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const r = parsestr(p, t);
    if (i !== 0 && bytesmode !== r.bytesmode) p.raise('cannot mix bytes and nonbytes literals');
    bytesmode = r.bytesmode;
    if (r.fstr !== null) {
      concatFstring(p, state, t.string, r.fstrOffset, r.fstrOffset + r.fstr.length, r.rawmode, 0, first, t, last);
    } else if (bytesmode) {
      bytesParts.push(r.value as Uint8Array);
    } else {
      concatStr(state, r.value as string);
    }
  }
  if (bytesmode) {
    let n = 0;
    for (const b of bytesParts) n += b.length;
    const value = new Uint8Array(n);
    let o = 0;
    for (const b of bytesParts) {
      value.set(b, o);
      o += b.length;
    }
    const c: Constant = {
      _type: 'Constant', value: { kind: 'bytes', value }, kind: null,
      lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset,
    };
    return c;
  }
  return finishFstring(state, first, last);
}
