// Errors raised while compiling: SyntaxErrors with CPython's messages and positions, and
// CompileUnsupported for the constructs RefScope does not run yet.

import { PySyntaxError } from '../parse/errors';

/** A construct the compiler recognises but RefScope cannot run (async, except*, ...). */
export class CompileUnsupported extends Error {
  readonly construct: string;
  readonly lineno: number;
  readonly col: number;
  constructor(construct: string, lineno: number, col: number) {
    super(`'${construct}' is not supported by RefScope yet`);
    this.name = 'CompileUnsupported';
    this.construct = construct;
    this.lineno = lineno;
    this.col = col;
  }
}

export interface SourceLoc {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** A compile-time warning CPython would print (SyntaxWarning). */
export interface CompileWarning {
  category: 'SyntaxWarning';
  message: string;
  filename: string;
  lineno: number;
}

/** Builds SyntaxErrors the way compile.c/symtable.c do: offsets are col + 1, text is the source line. */
export class ErrorSink {
  readonly warnings: CompileWarning[] = [];
  private readonly lines: string[] | null;

  constructor(readonly filename: string, source: string | null) {
    this.lines = source === null ? null : splitLinesKeepEnds(source);
  }

  lineText(lineno: number): string | null {
    if (!this.lines || lineno < 1 || lineno > this.lines.length) return null;
    return this.lines[lineno - 1];
  }

  /**
   * cf. compiler_error (`args` is (msg, (filename, lineno, ...))) and the symbol table's
   * PyErr_SetString + PyErr_RangedSyntaxLocationObject (`args` is (msg,)): `argsShape`.
   */
  error(msg: string, loc: SourceLoc, argsShape: 'tuple' | 'msg' = 'tuple'): PySyntaxError {
    const e = new PySyntaxError('SyntaxError', msg, this.filename, loc.lineno, loc.col_offset + 1,
      loc.end_lineno, loc.end_col_offset + 1, this.lineText(loc.lineno));
    e.argsShape = argsShape;
    return e;
  }

  warn(message: string, lineno: number): void {
    this.warnings.push({ category: 'SyntaxWarning', message, filename: this.filename, lineno });
  }
}

function splitLinesKeepEnds(src: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      out.push(src.slice(start, i + 1).replace(/\r\n?$/, '\n'));
      start = i + 1;
    }
  }
  if (start < src.length) out.push(src.slice(start));
  return out;
}
