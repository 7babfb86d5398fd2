// SyntaxError values produced by the tokenizer and the parser, and their rendering as
// CPython 3.11 prints them for an uncaught exception in a script.
// cf. Objects/exceptions.c SyntaxError_init, Python/pythonrun.c print_exception_file_and_line
// and print_error_text.

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

/**
 * A Python SyntaxError (or its subclasses IndentationError/TabError). Columns (`offset`,
 * `end_offset`) are 1-based and counted in JS string indices of the line, like CPython counts
 * characters. `end_lineno`/`end_offset` may be -1 or 0 when CPython leaves them unset.
 */
export class PySyntaxError extends Error {
  readonly kind: SyntaxErrorKind;
  readonly msg: string;
  filename: string;
  lineno: number;
  offset: number;
  end_lineno: number;
  end_offset: number;
  /** The offending source line as CPython stores it (usually with its trailing newline), or null. */
  text: string | null;
  /**
   * How CPython 3.11 itself counts this error's columns, which decides where `python3 FILE.py`
   * prints the caret: UTF-8 bytes for parser and compiler errors, characters for most tokenizer
   * errors. Only matters for lines with non-ASCII text before the error.
   */
  printedOffsetUnit: 'bytes' | 'chars' = 'bytes';
  /**
   * The exception's `args`: (msg, (filename, lineno, offset, text, end_lineno, end_offset)) as the
   * parser and compiler_error make them, or just (msg,) when the location was set afterwards
   * (PyErr_SyntaxLocationObject: symbol table and __future__ errors).
   */
  argsShape: 'tuple' | 'msg' = 'tuple';

  constructor(
    kind: SyntaxErrorKind,
    msg: string,
    filename: string,
    lineno: number,
    offset: number,
    end_lineno: number,
    end_offset: number,
    text: string | null,
  ) {
    super(msg);
    this.name = kind;
    this.kind = kind;
    this.msg = msg;
    this.filename = filename;
    this.lineno = lineno;
    this.offset = offset;
    this.end_lineno = end_lineno;
    this.end_offset = end_offset;
    this.text = text;
  }
}

const isIndentSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\f';

/** Number of UTF-8 bytes of `s` (lone surrogates count 3, as CPython's surrogateescape-free encoder would not; rare). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** A 1-based column counted in JS string indices, converted to UTF-8 bytes of `text`. */
function toBytes(col: number, text: string): number {
  if (col <= 0) return col;
  const chars = col - 1;
  if (chars <= text.length) return utf8Length(text.slice(0, chars)) + 1;
  return utf8Length(text) + (chars - text.length) + 1;
}

/** A 1-based column counted in JS string indices, converted to code points (CPython's characters). */
function toCodePoints(col: number, text: string): number {
  if (col <= 0) return col;
  const chars = Math.min(col - 1, text.length);
  let n = col - 1 - chars;
  const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
  const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
  for (let i = 0; i < chars; i++) {
    const c = text.charCodeAt(i);
    if (isLow(c) && i > 0 && isHigh(text.charCodeAt(i - 1))) continue;
    // A column that cuts a surrogate pair (a tokenizer offset just past an astral character
    // counts the pair as one character).
    if (isHigh(c) && i === chars - 1 && isLow(text.charCodeAt(i + 1))) continue;
    n++;
  }
  return n + 1;
}

/** cf. Python/pythonrun.c print_error_text (offsets in CPython's unit, lengths in UTF-8 bytes). */
function errorText(offsetIn: number, endOffset: number, textIn: string): string {
  const caretRepetitions = endOffset > 0 && endOffset > offsetIn ? endOffset - offsetIn : 1;
  let offset = offsetIn - 1;
  let i = 0;
  while (i < textIn.length && isIndentSpace(textIn[i])) {
    i++;
    offset--;
  }
  let text = textIn.slice(i);
  let len = utf8Length(text);
  if (len > 0 && text[text.length - 1] === '\n') len--;
  if (offset > len) offset = len;
  for (;;) {
    const nl = text.indexOf('\n');
    if (nl < 0) break;
    const inlBytes = utf8Length(text.slice(0, nl));
    if (inlBytes >= offset) break;
    text = text.slice(nl + 1);
    len -= inlBytes + 1;
    offset -= inlBytes + 1;
  }
  let out = '    ' + text;
  if (!text.endsWith('\n')) out += '\n';
  if (offset < 0) return out;
  out += '    ' + ' '.repeat(offset) + '^'.repeat(caretRepetitions) + '\n';
  return out;
}

/**
 * What CPython 3.11 writes to stderr when this error is uncaught in `python3 FILE.py`
 * (no "Traceback" header for syntax errors raised while compiling the script).
 * cf. Python/pythonrun.c print_exception_file_and_line
 */
export function formatSyntaxError(e: PySyntaxError): string {
  // SyntaxError subclasses do not carry an end offset for printing (parse_syntax_error).
  const [offset, endOffset] = cpythonColumns(e);
  const block = e.kind === 'SyntaxError'
    ? syntaxErrorBlock(e.filename, e.lineno, offset, e.end_lineno, endOffset, e.text)
    : syntaxErrorBlock(e.filename, e.lineno, offset, e.lineno, -1, e.text);
  return `${block}${e.kind}: ${e.msg}\n`;
}

/**
 * The error's `offset` and `end_offset` as CPython counts them (what the exception object's
 * attributes hold): UTF-8 bytes or characters, see printedOffsetUnit.
 */
export function cpythonColumns(e: PySyntaxError): [number, number] {
  if (e.text === null) return [e.offset, e.end_offset];
  const conv = e.printedOffsetUnit === 'bytes' ? toBytes : toCodePoints;
  return [conv(e.offset, e.text), e.end_lineno === e.lineno ? conv(e.end_offset, e.text) : e.end_offset];
}

/**
 * The `  File "...", line N` line, the source line and its carets, from a SyntaxError's
 * attributes (columns as CPython counts them). cf. pythonrun.c print_exception_file_and_line.
 */
export function syntaxErrorBlock(filename: string, lineno: number, offset: number, endLineno: number, endOffsetIn: number, text: string | null): string {
  let out = `  File "${filename}", line ${lineno}\n`;
  if (text !== null) {
    let endOffset = endOffsetIn;
    const lineSize = utf8Length(text);
    if (endLineno > lineno) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    out += errorText(offset, endOffset, text);
  }
  return out;
}
