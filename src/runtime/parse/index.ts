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

import type { Mod, Module } from './ast';
import { badSingleStatement, evalInput, interactiveInput } from './modes';
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

export type CompileMode = 'exec' | 'eval' | 'single';

export interface StringSourceOptions {
  /** The source came from a str (the tokenizer then has an encoding: parser error columns are
   *  characters). False for bytes. */
  fromStr?: boolean;
  /** The lines of the file named `filename`, when CPython would find it (the 'exec' mode reads
   *  SyntaxError.text from the file itself: _PyErr_ProgramDecodedTextObject). */
  fileLines?: readonly string[] | null;
}

/**
 * Parses source given to compile(), exec() or eval(). cf. Parser/peg_api.c
 * _PyParser_ASTFromString, pegen.c _PyPegen_run_parser_from_string and tokenizer.c
 * translate_newlines (newlines normalised; a final one added in 'exec' mode only).
 */
export function parseString(source: string, filename: string, mode: CompileMode, opts: StringSourceOptions = {}): Mod {
  let src = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  if (mode === 'exec' && !src.endsWith('\n')) src += '\n';
  const tok = new Tokenizer(src, filename, false);
  const p = new Parser(tok, {
    filename,
    fileLines: mode === 'exec' ? opts.fileLines ?? null : null,
    stringInput: { mode, hasEncoding: opts.fromStr ?? true },
  });
  if (mode === 'exec') return p.run(file);
  if (mode === 'eval') return p.run(evalInput);
  const res = p.run(interactiveInput);
  if (badSingleStatement(src, tok.cur)) p.raise('multiple statements found while compiling a single statement');
  return res;
}
