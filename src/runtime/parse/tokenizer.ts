// A hand-written port of CPython 3.11's tokenizer state machine.
// cf. Parser/tokenizer.c (tok_get, tok_nextc, tok_backup, syntaxerror, verify_end_of_number).
//
// The tokenizer reads a JS string line by line, like tok_underflow_file reads a file: it keeps
// `cur` (next char), `inp` (end of the text read so far), `lineStart` and `buf` (start of the
// current buffer) as indices, because the parser computes some error columns from them.

import { PySyntaxError } from './errors';
import { scanNumber } from './scan-number';
import { T, oneChar, twoChars, threeChars } from './tokens';

export const EOF = -1;

/** Tokenizer status. cf. Include/errcode.h E_OK, E_EOF, E_ERROR, E_TABSPACE... */
export const enum Done { OK, EOF, ERROR, TABSPACE, DEDENT, TOODEEP, LINECONT, EOFS, EOLS }

const TABSIZE = 8;
const MAXINDENT = 100;
const MAXLEVEL = 200;

const C_TAB = 9, C_NL = 10, C_FF = 12, C_SP = 32, C_DQ = 34, C_SQ = 39, C_HASH = 35;
const C_DOT = 46, C_0 = 48, C_9 = 57, C_BSL = 92, C_US = 95;

const isDigit = (c: number): boolean => c >= C_0 && c <= C_9;
const isIdStart = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === C_US || c >= 128;
export const isIdChar = (c: number): boolean => isIdStart(c) || isDigit(c);
const ch = (c: number): string => String.fromCharCode(c);

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;
const NON_PRINTABLE = /^[\p{C}\p{Z}]$/u;

/** cf. Objects/unicodectype.c _PyUnicode_IsPrintable */
export function isPrintable(cp: string): boolean {
  return cp === ' ' || !NON_PRINTABLE.test(cp);
}

export function hex4(cp: number): string {
  const h = cp.toString(16).toUpperCase();
  return h.length < 4 ? '0'.repeat(4 - h.length) + h : h;
}

export class Tokenizer {
  readonly src: string;
  readonly filename: string;
  /** File mode resets the buffer at each new line (tok_underflow_file); string mode keeps it. */
  readonly fileMode: boolean;
  cur = 0;
  inp = 0;
  buf = 0;
  lineStart = 0;
  lineno: number;
  done: Done = Done.OK;
  /** The error raised by the tokenizer itself (PyErr set by syntaxerror()). */
  error: PySyntaxError | null = null;
  atbol = true;
  indstack: number[] = [0];
  altindstack: number[] = [0];
  indent = 0;
  pendin = 0;
  level = 0;
  parenstack: number[] = [];
  parenlinenostack: number[] = [];
  parencolstack: number[] = [];
  /** Start of the current token, or -1 (NULL) between tokens. */
  start = -1;
  firstLineno = 0;
  multiLineStart = 0;
  /** Token span produced by the last get(): indices into src or -1. */
  pStart = -1;
  pEnd = -1;

  /** Index of the first NUL character in src, or -1. */
  private readonly nulIndex: number;

  constructor(src: string, filename: string, fileMode: boolean, firstLineno = 0) {
    this.src = src;
    this.nulIndex = src.indexOf('\0');
    this.filename = filename;
    this.fileMode = fileMode;
    this.lineno = firstLineno;
  }

  // cf. tokenizer.c tok_nextc + tok_underflow_file/tok_underflow_string
  nextc(): number {
    for (;;) {
      if (this.cur !== this.inp) return this.src.charCodeAt(this.cur++);
      if (this.done !== Done.OK) return EOF;
      if (this.fileMode && this.start === -1) this.buf = this.cur;
      if (this.inp >= this.src.length) {
        this.done = Done.EOF;
        if (this.fileMode && this.start === -1) this.buf = this.inp;
        this.cur = this.inp;
        return EOF;
      }
      let end = this.src.indexOf('\n', this.inp);
      end = end < 0 ? this.src.length : end + 1;
      if (!this.fileMode && this.start === -1) this.buf = this.cur;
      this.lineno++;
      const nul = this.nulIndex;
      if (nul >= this.inp && nul < end) {
        // cf. tok_readline_raw (3.11.4+): "source code cannot contain null bytes"
        const text = this.src.slice(this.inp, nul);
        this.error = new PySyntaxError('SyntaxError', 'source code cannot contain null bytes',
          this.filename, this.lineno, 0, this.lineno, 0, text);
        this.done = Done.ERROR;
        return EOF;
      }
      this.inp = end;
      this.lineStart = this.cur;
    }
  }

  backup(c: number): void {
    if (c !== EOF) this.cur--;
  }

  // cf. tokenizer.c _syntaxerror_range
  syntaxError(msg: string, colOffset = -1, endColOffset = -1): T {
    // Columns counted from the decoded line are characters; explicit ranges are byte offsets in C.
    // CPython counts the characters up to `cur`, which is the 1-based column of the last one; in
    // JS indices an astral character ending there starts one unit earlier.
    let col = colOffset;
    if (col === -1) {
      col = this.cur - this.lineStart;
      const c = this.src.charCodeAt(this.cur - 1);
      if (c >= 0xdc00 && c <= 0xdfff && col >= 2) {
        const h = this.src.charCodeAt(this.cur - 2);
        if (h >= 0xd800 && h <= 0xdbff) col--;
      }
    }
    const end = endColOffset === -1 ? col : endColOffset;
    let nl = this.src.indexOf('\n', this.lineStart);
    if (nl < 0) nl = this.src.length;
    const text = this.src.slice(this.lineStart, nl);
    this.error = new PySyntaxError('SyntaxError', msg, this.filename, this.lineno, col, this.lineno, end, text);
    this.error.printedOffsetUnit = colOffset === -1 ? 'chars' : 'bytes';
    this.done = Done.ERROR;
    return T.ERRORTOKEN;
  }

  private indentError(): T {
    this.done = Done.TABSPACE;
    this.cur = this.inp;
    return T.ERRORTOKEN;
  }

  // cf. tokenizer.c verify_identifier (PEP 3131 check on the whole identifier)
  private verifyIdentifier(): boolean {
    const s = this.src.slice(this.start, this.cur);
    let i = 0;
    let first = true;
    for (const cp of s) {
      const ok = first ? XID_START.test(cp) : XID_CONTINUE.test(cp);
      if (!ok) {
        const code = cp.codePointAt(0)!;
        if (i + cp.length < s.length) this.cur = this.start + i + cp.length;
        if (isPrintable(cp)) this.syntaxError(`invalid character '${cp}' (U+${hex4(code)})`);
        else this.syntaxError(`invalid non-printable character U+${hex4(code)}`);
        return false;
      }
      first = false;
      i += cp.length;
    }
    return true;
  }

  // cf. tokenizer.c tok_continuation_line
  private continuationLine(): number {
    let c = this.nextc();
    if (c !== C_NL) {
      this.done = Done.LINECONT;
      return -1;
    }
    c = this.nextc();
    if (c === EOF) {
      this.done = Done.EOF;
      this.cur = this.inp;
      return -1;
    }
    this.backup(c);
    return c;
  }

  /** Reads the next token; its span is left in pStart/pEnd. cf. tokenizer.c tok_get */
  get(): T {
    this.pStart = this.pEnd = -1;
    let c = 0;
    let blankline = false;
    for (;;) {
      // nextline:
      this.start = -1;
      blankline = false;
      if (this.atbol) {
        const r = this.readIndentation();
        if (r === T.ERRORTOKEN) return r;
        blankline = r === 1;
      }
      this.start = this.cur;
      if (this.pendin !== 0) {
        if (this.pendin < 0) {
          this.pendin++;
          return T.DEDENT;
        }
        this.pendin--;
        return T.INDENT;
      }
      // again:
      for (;;) {
        this.start = -1;
        do {
          c = this.nextc();
        } while (c === C_SP || c === C_TAB || c === C_FF);
        this.start = this.cur - 1;
        if (c === C_HASH) {
          while (c !== EOF && c !== C_NL) c = this.nextc();
        }
        if (c === EOF) {
          if (this.level) return T.ERRORTOKEN;
          return this.done === Done.EOF ? T.ENDMARKER : T.ERRORTOKEN;
        }
        if (c === C_BSL) {
          // Line continuation
          if (this.continuationLine() === -1) return T.ERRORTOKEN;
          continue;
        }
        break;
      }
      if (c === C_NL) {
        this.atbol = true;
        if (blankline || this.level > 0) continue;
        this.pStart = this.start;
        this.pEnd = this.cur - 1;
        return T.NEWLINE;
      }
      return this.tokenBody(c);
    }
  }

  /** Indentation at the beginning of a line; returns 1 for a blank line, 0 otherwise. */
  private readIndentation(): number {
    let col = 0;
    let altcol = 0;
    let contLineCol = 0;
    let c: number;
    this.atbol = false;
    for (;;) {
      c = this.nextc();
      if (c === C_SP) {
        col++;
        altcol++;
      } else if (c === C_TAB) {
        col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
        altcol = altcol + 1;
      } else if (c === C_FF) {
        col = altcol = 0;
      } else if (c === C_BSL) {
        contLineCol = contLineCol ? contLineCol : col;
        if ((c = this.continuationLine()) === -1) return T.ERRORTOKEN;
      } else {
        break;
      }
    }
    this.backup(c);
    const blankline = c === C_HASH || c === C_NL;
    if (!blankline && this.level === 0) {
      col = contLineCol ? contLineCol : col;
      altcol = contLineCol ? contLineCol : altcol;
      const ind = this.indstack[this.indent];
      if (col === ind) {
        if (altcol !== this.altindstack[this.indent]) return this.indentError();
      } else if (col > ind) {
        if (this.indent + 1 >= MAXINDENT) {
          this.done = Done.TOODEEP;
          this.cur = this.inp;
          return T.ERRORTOKEN;
        }
        if (altcol <= this.altindstack[this.indent]) return this.indentError();
        this.pendin++;
        this.indent++;
        this.indstack[this.indent] = col;
        this.altindstack[this.indent] = altcol;
      } else {
        while (this.indent > 0 && col < this.indstack[this.indent]) {
          this.pendin--;
          this.indent--;
        }
        if (col !== this.indstack[this.indent]) {
          this.done = Done.DEDENT;
          this.cur = this.inp;
          return T.ERRORTOKEN;
        }
        if (altcol !== this.altindstack[this.indent]) return this.indentError();
      }
    }
    return blankline ? 1 : 0;
  }

  private tokenBody(first: number): T {
    let c = first;
    if (isIdStart(c)) {
      // String prefixes: b, r, u, f in their legal combinations.
      let sawB = false, sawR = false, sawU = false, sawF = false;
      for (;;) {
        if (!(sawB || sawU || sawF) && (c === 98 || c === 66)) sawB = true;
        else if (!(sawB || sawU || sawR || sawF) && (c === 117 || c === 85)) sawU = true;
        else if (!(sawR || sawU) && (c === 114 || c === 82)) sawR = true;
        else if (!(sawF || sawB || sawU) && (c === 102 || c === 70)) sawF = true;
        else break;
        c = this.nextc();
        if (c === C_DQ || c === C_SQ) return this.stringBody(c);
      }
      let nonascii = false;
      while (isIdChar(c)) {
        if (c >= 128) nonascii = true;
        c = this.nextc();
      }
      this.backup(c);
      if (nonascii && !this.verifyIdentifier()) return T.ERRORTOKEN;
      this.pStart = this.start;
      this.pEnd = this.cur;
      const len = this.cur - this.start;
      if (len === 5 && this.src.charCodeAt(this.start) === 97) {
        const w = this.src.slice(this.start, this.cur);
        if (w === 'async') return T.ASYNC;
        if (w === 'await') return T.AWAIT;
      }
      return T.NAME;
    }
    if (c === C_DOT) {
      c = this.nextc();
      if (isDigit(c)) return scanNumber(this, c, 'fraction');
      if (c === C_DOT) {
        c = this.nextc();
        if (c === C_DOT) {
          this.pStart = this.start;
          this.pEnd = this.cur;
          return T.ELLIPSIS;
        }
        this.backup(c);
        this.backup(C_DOT);
      } else {
        this.backup(c);
      }
      this.pStart = this.start;
      this.pEnd = this.cur;
      return T.DOT;
    }
    if (isDigit(c)) return scanNumber(this, c, 'start');
    if (c === C_DQ || c === C_SQ) return this.stringBody(c);

    // Two- and three-character operators
    {
      const c2 = this.nextc();
      const tok2 = twoChars(c, c2);
      if (tok2 !== T.OP) {
        const c3 = this.nextc();
        const tok3 = threeChars(c, c2, c3);
        let tok = tok2;
        if (tok3 !== T.OP) tok = tok3;
        else this.backup(c3);
        this.pStart = this.start;
        this.pEnd = this.cur;
        return tok;
      }
      this.backup(c2);
    }
    // Parenthesis nesting level
    if (c === 40 || c === 91 || c === 123) {
      if (this.level >= MAXLEVEL) return this.syntaxError('too many nested parentheses');
      this.parenstack[this.level] = c;
      this.parenlinenostack[this.level] = this.lineno;
      this.parencolstack[this.level] = this.start - this.lineStart;
      this.level++;
    } else if (c === 41 || c === 93 || c === 125) {
      if (!this.level) return this.syntaxError(`unmatched '${ch(c)}'`);
      this.level--;
      const opening = this.parenstack[this.level];
      if (!((opening === 40 && c === 41) || (opening === 91 && c === 93) || (opening === 123 && c === 125))) {
        if (this.parenlinenostack[this.level] !== this.lineno) {
          return this.syntaxError(`closing parenthesis '${ch(c)}' does not match opening parenthesis '${ch(opening)}' on line ${this.parenlinenostack[this.level]}`);
        }
        return this.syntaxError(`closing parenthesis '${ch(c)}' does not match opening parenthesis '${ch(opening)}'`);
      }
    }
    if (c < 128 ? c < 32 || c === 127 : !isPrintable(ch(c))) {
      return this.syntaxError(`invalid non-printable character U+${hex4(c)}`);
    }
    this.pStart = this.start;
    this.pEnd = this.cur;
    return oneChar(ch(c));
  }

  // cf. tokenizer.c tok_get, "String" section (letter_quote)
  private stringBody(quote: number): T {
    let quoteSize = 1;
    let endQuoteSize = 0;
    this.firstLineno = this.lineno;
    this.multiLineStart = this.lineStart;
    let c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1;
    }
    if (c !== quote) this.backup(c);
    while (endQuoteSize !== quoteSize) {
      c = this.nextc();
      if (c === EOF || (quoteSize === 1 && c === C_NL)) {
        this.cur = this.start + 1;
        this.lineStart = this.multiLineStart;
        const detected = this.lineno;
        this.lineno = this.firstLineno;
        if (quoteSize === 3) {
          this.syntaxError(`unterminated triple-quoted string literal (detected at line ${detected})`);
          if (c !== C_NL) this.done = Done.EOFS;
        } else {
          this.syntaxError(`unterminated string literal (detected at line ${detected})`);
          if (c !== C_NL) this.done = Done.EOLS;
        }
        return T.ERRORTOKEN;
      }
      if (c === quote) {
        endQuoteSize += 1;
      } else {
        endQuoteSize = 0;
        if (c === C_BSL) this.nextc();
      }
    }
    this.pStart = this.start;
    this.pEnd = this.cur;
    return T.STRING;
  }
}
