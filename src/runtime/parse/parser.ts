// The PEG parser's engine: token buffer, marks, memo, lookahead, node locations, error raising
// and the two-pass driver. cf. Parser/pegen.c, Parser/pegen_errors.c, Parser/pegen.h.
//
// Rule functions (in the other files of this folder) take the Parser and return a result or
// null for "no match", exactly like the generated C functions; errors are thrown as
// PySyntaxError, which mirrors CPython's error_indicator unwinding the whole parse.

import type { Constant, Loc, Name } from './ast';
import { PySyntaxError, type SyntaxErrorKind } from './errors';
import { Memo } from './memo';
import { parseNumber } from './numbers';
import { Done, Tokenizer } from './tokenizer';
import { KEYWORDS, SOFT_KEYWORDS, T, type Token } from './tokens';

/** RAISE_SYNTAX_ERROR_STARTING_FROM's end marker. cf. pegen.h CURRENT_POS */
export const CURRENT_POS = -5;

/** Ids of memoized rules. cf. the `(memo)` rules and left-recursive rules of python.gram. */
export const enum M {
  simple_stmt, block, expression, star_expression, disjunction, conjunction, inversion,
  bitwise_or, bitwise_xor, bitwise_and, shift_expr, sum, term, factor, await_primary, primary,
  arguments, strings, star_target, target_with_star_atom, t_primary, del_target, dotted_name,
  closed_pattern, star_pattern, attr, invalid_named_expression,
}

export type WithoutLoc<N> = Omit<N, keyof Loc>;

export interface ParserOptions {
  filename: string;
  /** The source lines as a file holds them (for SyntaxError.text), or null for string input. */
  fileLines: readonly string[] | null;
  /** Set for the sub-parser of an f-string replacement field. cf. Py_fstring_input */
  fstring?: { startingLineno: number; startingColOffset: number; src: string };
  /**
   * Set when parsing a string given to compile()/exec()/eval() (cf. _PyPegen_run_parser_from_string):
   * its start rule, and whether the tokenizer has an encoding (a str source: columns of parser
   * errors are then characters, cf. _PyPegen_raise_error_known_location).
   */
  stringInput?: { mode: 'exec' | 'eval' | 'single'; hasEncoding: boolean };
}

export class Parser {
  readonly tok: Tokenizer;
  readonly tokens: Token[] = [];
  mark = 0;
  callInvalidRules = false;
  /** Recursion depth of rule calls. cf. Parser.level / MAXSTACK */
  level = 0;
  knownErrToken: Token | null = null;
  readonly filename: string;
  readonly fileLines: readonly string[] | null;
  readonly isFstring: boolean;
  readonly startingLineno: number;
  readonly startingColOffset: number;
  private readonly subSrc: string | null;
  readonly stringInput: ParserOptions['stringInput'] | null;
  /** cf. Parser.parsing_started (single-input mode turns the first ENDMARKER into NEWLINE). */
  private parsingStarted = false;
  /** The memo (cf. Parser/pegen.h Memo, kept on each token in C). */
  private memo = new Memo();
  private readonly nameCache: (Name | undefined)[] = [];

  constructor(tok: Tokenizer, opts: ParserOptions) {
    this.tok = tok;
    this.filename = opts.filename;
    this.fileLines = opts.fileLines;
    this.isFstring = opts.fstring !== undefined;
    this.startingLineno = opts.fstring?.startingLineno ?? 0;
    this.startingColOffset = opts.fstring?.startingColOffset ?? 0;
    this.subSrc = opts.fstring?.src ?? null;
    this.stringInput = opts.stringInput ?? null;
  }

  get fill(): number {
    return this.tokens.length;
  }

  // ------------------------------------------------------------ tokens

  /** cf. pegen.c _PyPegen_fill_token + initialize_token */
  fillToken(): void {
    const tok = this.tok;
    let type = tok.get();
    // cf. pegen.c _PyPegen_fill_token: at the end of single input, an extra NEWLINE (and the
    // pending DEDENTs) before the ENDMARKER.
    if (this.stringInput?.mode === 'single') {
      if (type === T.ENDMARKER && this.parsingStarted) {
        type = T.NEWLINE;
        this.parsingStarted = false;
        if (tok.indent) {
          tok.pendin = -tok.indent;
          tok.indent = 0;
        }
      } else {
        this.parsingStarted = true;
      }
    }
    const s = tok.pStart;
    const e = tok.pEnd;
    const text = s >= 0 && e >= 0 ? tok.src.slice(s, e) : '';
    const kind = type === T.NAME ? KEYWORDS.get(text) ?? T.NAME : type;
    const lineStart = type === T.STRING ? tok.multiLineStart : tok.lineStart;
    const lineno = type === T.STRING ? tok.firstLineno : tok.lineno;
    let col = s >= 0 && s >= lineStart ? s - lineStart : -1;
    let endCol = e >= 0 && e >= tok.lineStart ? e - tok.lineStart : -1;
    if (tok.lineno === this.startingLineno) {
      col += this.startingColOffset;
      endCol += this.startingColOffset;
    }
    this.tokens.push({
      type: kind, string: text, level: tok.level, lineno, col_offset: col,
      end_lineno: tok.lineno, end_col_offset: endCol,
    });
    if (type === T.ERRORTOKEN) this.tokenizerError();
  }

  /** The token at the current mark (filling the buffer if needed). */
  peek(): Token {
    if (this.mark === this.tokens.length) this.fillToken();
    return this.tokens[this.mark];
  }

  peekType(): T {
    if (this.mark === this.tokens.length) this.fillToken();
    return this.tokens[this.mark].type;
  }

  /** cf. pegen.c _PyPegen_expect_token */
  expect(type: T): Token | null {
    if (this.mark === this.tokens.length) this.fillToken();
    const t = this.tokens[this.mark];
    if (t.type !== type) return null;
    this.mark++;
    return t;
  }

  /** `&&'x'` in the grammar. cf. pegen.c _PyPegen_expect_forced_token */
  expectForced(type: T, expected: string): Token {
    if (this.mark === this.tokens.length) this.fillToken();
    const t = this.tokens[this.mark];
    if (t.type !== type) this.raiseAt(t, `expected '${expected}'`);
    this.mark++;
    return t;
  }

  /** Positive lookahead for one token kind. */
  at(type: T): boolean {
    if (this.mark === this.tokens.length) this.fillToken();
    return this.tokens[this.mark].type === type;
  }

  /** Lookahead on an arbitrary rule: runs it and restores the mark. */
  lookahead(positive: boolean, rule: (p: Parser) => unknown): boolean {
    const mark = this.mark;
    const res = rule(this);
    this.mark = mark;
    return (res !== null && res !== undefined && res !== false) === positive;
  }

  /** cf. pegen.c _PyPegen_name_token. Name nodes are never mutated, so one per token is shared. */
  name(): Name | null {
    if (this.mark === this.tokens.length) this.fillToken();
    const i = this.mark;
    if (this.tokens[i].type !== T.NAME) return null;
    this.mark++;
    return (this.nameCache[i] ??= this.nameFromToken(this.tokens[i]));
  }

  nameFromToken(t: Token): Name {
    return {
      _type: 'Name', id: newIdentifier(t.string), ctx: 'Load',
      lineno: t.lineno, col_offset: t.col_offset, end_lineno: t.end_lineno, end_col_offset: t.end_col_offset,
    };
  }

  /** A NAME token spelled `keyword`. cf. pegen.c _PyPegen_expect_soft_keyword */
  softKeyword(keyword: string): Name | null {
    const t = this.peek();
    if (t.type !== T.NAME || t.string !== keyword) return null;
    this.mark++;
    return this.nameFromToken(t);
  }

  /**
   * SOFT_KEYWORD in the grammar. CPython compares with strncmp(keyword, token, len(token)), so any
   * NAME that is a prefix of a soft keyword ("c", "ma", "_"...) matches. cf. pegen.c _PyPegen_soft_keyword_token
   */
  anySoftKeyword(): Name | null {
    const t = this.peek();
    if (t.type !== T.NAME || !isSoftKeywordPrefix(t.string)) return null;
    this.mark++;
    return this.nameFromToken(t);
  }

  /** cf. pegen.c _PyPegen_number_token */
  number(): Constant | null {
    const t = this.expect(T.NUMBER);
    if (!t) return null;
    const value = parseNumber(t.string);
    if (typeof value === 'string') {
      this.raiseKnownLocation('SyntaxError', t.lineno, -1, t.end_lineno, -1, value);
    }
    return {
      _type: 'Constant', value, kind: null,
      lineno: t.lineno, col_offset: t.col_offset, end_lineno: t.end_lineno, end_col_offset: t.end_col_offset,
    };
  }

  // ------------------------------------------------------------ memo

  /** cf. pegen.c _PyPegen_is_memoized; returns undefined when not memoized. */
  memoGet<R>(rule: M): R | null | undefined {
    if (this.mark === this.tokens.length) this.fillToken();
    const e = this.memo.find(this.mark, rule);
    if (e < 0) return undefined;
    this.mark = this.memo.endOf(e);
    return this.memo.resultOf(e) as R | null;
  }

  /** cf. pegen.c _PyPegen_insert_memo: memoize `node` found at `mark`, ending at the current mark. */
  memoSet(mark: number, rule: M, node: unknown): void {
    this.memo.set(mark, rule, this.mark, node);
  }

  /** Forgets every memo entry (before the second pass). */
  private clearMemo(): void {
    this.memo = new Memo();
  }

  // ------------------------------------------------------------ locations

  /** The token a rule starts at (EXTRA's start). */
  startToken(): Token {
    if (this.mark === this.tokens.length) this.fillToken();
    return this.tokens[this.mark];
  }

  /** cf. pegen.c _PyPegen_get_last_nonnwhitespace_token */
  lastNonWhitespaceToken(): Token {
    let token = this.tokens[0];
    for (let m = this.mark - 1; m >= 0; m--) {
      token = this.tokens[m];
      if (token.type !== T.ENDMARKER && (token.type < T.NEWLINE || token.type > T.DEDENT)) break;
    }
    return token;
  }

  /** Completes `node` with EXTRA: from `start` to the last non-whitespace token consumed. */
  mk<N extends Loc>(node: WithoutLoc<N>, start: Token): N {
    const last = this.lastNonWhitespaceToken();
    const n = node as N;
    n.lineno = start.lineno;
    n.col_offset = start.col_offset;
    n.end_lineno = last.end_lineno;
    n.end_col_offset = last.end_col_offset;
    return n;
  }

  // ------------------------------------------------------------ errors

  /** cf. pegen_errors.c _PyPegen_raise_error_known_location (columns already 1-based). */
  raiseKnownLocationRaw(
    kind: SyntaxErrorKind, lineno: number, colOffset: number, endLineno: number, endColOffset: number,
    msg: string,
  ): never {
    const tok = this.tok;
    if (endLineno === CURRENT_POS) endLineno = tok.lineno;
    if (endColOffset === CURRENT_POS) endColOffset = tok.cur - tok.lineStart;
    if (this.isFstring) msg = 'f-string: ' + msg;
    let errorLine: string;
    if (this.fileLines !== null && lineno >= 1 && lineno <= this.fileLines.length) {
      errorLine = this.fileLines[lineno - 1];
    } else if (tok.lineno <= lineno && tok.inp > tok.buf) {
      errorLine = tok.src.slice(tok.buf, tok.inp);
    } else if (this.subSrc !== null) {
      const lines = this.subSrc.split(/(?<=\n)/);
      const rel = lineno - this.startingLineno;
      errorLine = lines[Math.max(0, Math.min(rel, lines.length - 1))] ?? '';
    } else if (this.stringInput) {
      errorLine = errorLineFromStringBuffer(tok.src, tok.inp, lineno);
    } else {
      errorLine = '';
    }
    if (this.isFstring) {
      colOffset -= this.startingColOffset;
      endColOffset -= this.startingColOffset;
    }
    // No byte-to-character conversion (or clipping) happens here: in file mode CPython's
    // tokenizer has no `encoding`, so its columns stay UTF-8 byte offsets (see printedOffsetUnit).
    const err = new PySyntaxError(kind, msg, this.filename, lineno, colOffset, endLineno, endColOffset, errorLine);
    if (this.stringInput?.hasEncoding) err.printedOffsetUnit = 'chars';
    throw err;
  }

  /** cf. pegen.h RAISE_ERROR_KNOWN_LOCATION (0-based columns, -1 for none). */
  raiseKnownLocation(
    kind: SyntaxErrorKind, lineno: number, colOffset: number, endLineno: number, endColOffset: number,
    msg: string,
  ): never {
    const col = colOffset === CURRENT_POS ? CURRENT_POS : colOffset + 1;
    const endCol = endColOffset === CURRENT_POS ? CURRENT_POS : endColOffset + 1;
    return this.raiseKnownLocationRaw(kind, lineno, col, endLineno, endCol, msg);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg) */
  raiseAt(a: Loc, msg: string): never {
    return this.raiseKnownLocation('SyntaxError', a.lineno, a.col_offset, a.end_lineno, a.end_col_offset, msg);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg) */
  raiseRange(a: Loc, b: Loc, msg: string): never {
    return this.raiseKnownLocation('SyntaxError', a.lineno, a.col_offset, b.end_lineno, b.end_col_offset, msg);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg) */
  raiseStartingFrom(a: Loc, msg: string): never {
    return this.raiseKnownLocation('SyntaxError', a.lineno, a.col_offset, CURRENT_POS, CURRENT_POS, msg);
  }

  /** RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: located at the last token read. cf. _PyPegen_raise_error */
  raise(msg: string, kind: SyntaxErrorKind = 'SyntaxError'): never {
    if (this.tokens.length === 0) return this.raiseKnownLocationRaw(kind, 0, 0, 0, -1, msg);
    const t = this.knownErrToken ?? this.tokens[this.tokens.length - 1];
    let col: number;
    if (t.col_offset === -1) {
      col = this.tok.cur === this.tok.buf ? 0 : this.tok.cur - this.tok.lineStart;
    } else {
      col = t.col_offset + 1;
    }
    const endCol = t.end_col_offset !== -1 ? t.end_col_offset + 1 : -1;
    return this.raiseKnownLocationRaw(kind, t.lineno, col, t.end_lineno, endCol, msg);
  }

  /** cf. pegen_errors.c raise_unclosed_parentheses_error */
  unclosedParenthesesError(): PySyntaxError {
    const tok = this.tok;
    const lineno = tok.parenlinenostack[tok.level - 1];
    const col = tok.parencolstack[tok.level - 1];
    const c = String.fromCharCode(tok.parenstack[tok.level - 1]);
    return catchError(() => this.raiseKnownLocation('SyntaxError', lineno, col, lineno, -1, `'${c}' was never closed`));
  }

  /** cf. pegen_errors.c _Pypegen_tokenizer_error */
  private tokenizerError(): never {
    const tok = this.tok;
    if (tok.error !== null) throw tok.error;
    let kind: SyntaxErrorKind = 'SyntaxError';
    let msg: string;
    let col = -1;
    switch (tok.done) {
      case Done.EOF:
        if (tok.level) throw this.unclosedParenthesesError();
        return this.raise('unexpected EOF while parsing');
      case Done.DEDENT:
        return this.raise('unindent does not match any outer indentation level', 'IndentationError');
      case Done.TABSPACE:
        kind = 'TabError';
        msg = 'inconsistent use of tabs and spaces in indentation';
        break;
      case Done.TOODEEP:
        kind = 'IndentationError';
        msg = 'too many levels of indentation';
        break;
      case Done.LINECONT:
        col = tok.cur - tok.buf - 1;
        msg = 'unexpected character after line continuation character';
        break;
      default:
        msg = 'unknown parsing error';
    }
    return this.raiseKnownLocation(kind, tok.lineno, col >= 0 ? col : 0, tok.lineno, -1, msg);
  }

  /**
   * Tokenizes the rest of the input: a later tokenizer error replaces `err`.
   * cf. pegen_errors.c _PyPegen_tokenize_full_source_to_check_for_errors
   */
  private checkRestOfSource(err: PySyntaxError): PySyntaxError {
    const current = this.knownErrToken ?? this.tokens[this.tokens.length - 1];
    const currentErrLine = current.lineno;
    const tok = this.tok;
    for (;;) {
      const type = tok.get();
      if (type === T.ERRORTOKEN) {
        if (tok.error !== null) return tok.error;
        if (tok.level !== 0) {
          const errorLineno = tok.parenlinenostack[tok.level - 1];
          if (currentErrLine > errorLineno) return this.unclosedParenthesesError();
        }
        return err;
      }
      if (type === T.ENDMARKER) return err;
    }
  }

  /** Runs `start` in two passes and reports errors like CPython. cf. pegen.c _PyPegen_run_parser */
  run<R>(start: (p: Parser) => R | null): R {
    let err: PySyntaxError | null = null;
    try {
      const res = start(this);
      if (res !== null) return res;
    } catch (e) {
      err = asSyntaxError(e, this);
    }
    const lastToken = this.tokens[this.tokens.length - 1];
    if (err === null) {
      // Second pass with the invalid_* rules enabled.
      this.clearMemo();
      this.mark = 0;
      this.callInvalidRules = true;
      try {
        start(this);
      } catch (e) {
        err = asSyntaxError(e, this);
      }
    }
    // cf. pegen_errors.c _Pypegen_set_syntax_error
    if (err !== null) {
      if (this.tok.done === Done.OK) err = this.checkRestOfSource(err);
      throw err;
    }
    if (lastToken.type === T.ERRORTOKEN && this.tok.done === Done.EOF) {
      if (this.tok.level) throw this.unclosedParenthesesError();
      this.raise('unexpected EOF while parsing');
    }
    if (lastToken.type === T.INDENT || lastToken.type === T.DEDENT) {
      this.raise(lastToken.type === T.INDENT ? 'unexpected indent' : 'unexpected unindent', 'IndentationError');
    }
    const generic = catchError(() => this.raiseAt(lastToken, 'invalid syntax'));
    throw this.checkRestOfSource(generic);
  }
}

/** The line `lineno` of a string source, without its newline. cf. pegen_errors.c
 * get_error_line_from_tokenizer_buffers (tok->str, lines up to tok->inp). */
function errorLineFromStringBuffer(src: string, inp: number, lineno: number): string {
  let cur = 0;
  for (let i = 0; i < lineno - 1; i++) {
    const nl = src.indexOf('\n', cur);
    if (nl < 0 || nl + 1 > inp) break;
    cur = nl + 1;
  }
  let end = src.indexOf('\n', cur);
  if (end < 0) end = src.length;
  return src.slice(cur, end);
}

function catchError(f: () => never): PySyntaxError {
  try {
    f();
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error('unreachable');
}

function asSyntaxError(e: unknown, p: Parser): PySyntaxError {
  if (e instanceof PySyntaxError) return e;
  if (e instanceof RangeError) {
    // The JS stack ran out. CPython stops earlier, at ~3000 nested unary operators, lambdas or
    // conditional expressions, with MemoryError or RecursionError, which are not SyntaxErrors;
    // the parser's contract here is "a Module or a PySyntaxError".
    const t = p.tokens[p.tokens.length - 1];
    return new PySyntaxError('SyntaxError', 'too complex: maximum recursion depth exceeded during parsing', p.filename,
      t ? t.lineno : 1, t ? t.col_offset + 1 : 0, t ? t.end_lineno : 1, t ? t.end_col_offset + 1 : 0,
      p.fileLines && t ? p.fileLines[t.lineno - 1] ?? null : null);
  }
  throw e;
}

function isSoftKeywordPrefix(s: string): boolean {
  for (const k of SOFT_KEYWORDS) if (k.startsWith(s)) return true;
  return false;
}

/** Identifiers are NFKC-normalized when not ASCII. cf. pegen.c _PyPegen_new_identifier */
export function newIdentifier(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 128) return s.normalize('NFKC');
  }
  return s;
}
