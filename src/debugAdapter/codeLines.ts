// Lines that hold code (where a breakpoint can bind): the line table of every
// code object of the file.

import { compileModule } from '../runtime/compile/index';
import { parseModule } from '../runtime/parse/index';
import type { CodeObject } from '../runtime/compile/code';

export function codeLines(source: string, filename: string): Set<number> {
  const lines = new Set<number>();
  let unit;
  try { unit = compileModule(parseModule(source, filename), filename, source); } catch { return lines; }
  const walk = (c: CodeObject) => {
    for (let i = 0; i < c.positions.length; i += 4) if (c.positions[i] > 0) lines.add(c.positions[i]);
    for (const k of c.consts) if (k.kind === 'code') walk(k.code);
  };
  walk(unit.code);
  return lines;
}
