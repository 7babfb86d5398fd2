// What a source file's code objects offer breakpoints: the lines that hold
// code (from every code object's line table) and the functions it defines
// (by name and co_qualname).

import { compileModule } from '../runtime/compile/index';
import { parseModule } from '../runtime/parse/index';
import type { CodeObject } from '../runtime/compile/code';

export interface CodeMap {
  /** Lines with code; empty when the file does not compile. */
  lines: Set<number>;
  /** Function names and qualified names. */
  functions: Set<string>;
  /** False when the file has a syntax error (nothing can be verified). */
  compiles: boolean;
}

export function codeMap(source: string, filename: string): CodeMap {
  const lines = new Set<number>();
  const functions = new Set<string>();
  let unit;
  try { unit = compileModule(parseModule(source, filename), filename, source); } catch { return { lines, functions, compiles: false }; }
  const walk = (c: CodeObject, top: boolean) => {
    if (!top) { functions.add(c.name); functions.add(c.qualname); }
    for (let i = 0; i < c.positions.length; i += 4) if (c.positions[i] > 0) lines.add(c.positions[i]);
    for (const k of c.consts) if (k.kind === 'code') walk(k.code, false);
  };
  walk(unit.code, true);
  return { lines, functions, compiles: true };
}

/** Lines with code (kept for callers that only need those). */
export function codeLines(source: string, filename: string): Set<number> {
  return codeMap(source, filename).lines;
}
