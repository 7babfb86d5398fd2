// The parser's entry point: source text to a Module, or a PySyntaxError.
// cf. Parser/peg_api.c _PyParser_ASTFromFile and Parser/pegen.c _PyPegen_run_parser_from_file_pointer.
//
// The parser is a hand port of CPython 3.11's PEG grammar (Grammar/python.gram) with its two
// passes (the second one enabling the invalid_* rules), its memoization and its error reporting,
// so messages and locations follow CPython's. Known differences:
// - columns are JS string indices, not UTF-8 bytes (PySyntaxError.printedOffsetUnit keeps how
//   CPython counts them, so formatSyntaxError still prints CPython's caret);
// - \N{...} knows a table of common names only (unknown names raise CPython's "unknown Unicode
//   character name" error);
// - str values are JS strings: an explicit surrogate pair such as '\ud834\udd1e' cannot be told
//   apart from the character it encodes, and repr() printability follows the JS engine's
//   Unicode version rather than Python 3.11's Unicode 14;
// - inputs nested beyond the JS stack (thousands of unary operators) raise a PySyntaxError where
//   CPython raises MemoryError or RecursionError;
// - type comments are not produced (as with ast.parse without type_comments=True).

import type { Module } from './ast';
import { Parser } from './parser';
import { file } from './statements';
import { Tokenizer } from './tokenizer';

export * from './ast';
export { PySyntaxError, formatSyntaxError, type SyntaxErrorKind } from './errors';
export { dumpAst } from './dump';

/**
 * Splits the source into lines as a file reader sees them (universal newlines), each keeping its
 * trailing '\n' (the last one has none if the source does not end with a newline).
 */
function fileLines(src: string): string[] {
  const lines: string[] = [];
  let i = 0;
  while (i < src.length) {
    let j = src.indexOf('\n', i);
    j = j < 0 ? src.length : j + 1;
    lines.push(src.slice(i, j));
    i = j;
  }
  return lines;
}

/**
 * Parses a module as `python3 FILE.py` would: universal newlines, a leading BOM ignored, a final
 * newline implied. Returns the Module or throws PySyntaxError (SyntaxError, IndentationError or
 * TabError) with CPython 3.11's message and location.
 */
export function parseModule(source: string, filename: string): Module {
  let src = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
  const lines = fileLines(src);
  const tokSrc = src.length === 0 || src.endsWith('\n') ? src : src + '\n';
  const tok = new Tokenizer(tokSrc, filename, true);
  const p = new Parser(tok, { filename, fileLines: lines });
  return p.run(file);
}
