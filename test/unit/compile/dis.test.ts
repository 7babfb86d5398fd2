// The disassembler against `python3 -m dis` (3.11). CPython's offsets count CACHE entries
// and its jump arguments are relative; ours are instruction indices. So python3's text is
// renumbered (offset = instruction ordinal * 2, jump argument = target ordinal) and code
// object addresses are masked; everything else must be identical.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSource, disassemble } from '../../../src/runtime/compile/index';

interface DisFixture { name: string; source: string; text: string }

const fixtures = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'dis.json'), 'utf8')) as DisFixture[];

const INSTR = /^(.{3}) (.{3}) (>>| {2}) +(\d+) ([A-Z_]+)(?: +(-?\d+))?(?: \((.*)\))?$/;

/** Renumber python3's dis output as if there were no caches and jumps were absolute. */
function renumber(text: string): string {
  const sections = text.split(/\n(?=Disassembly of )/);
  return sections.map((sec) => {
    const lines = sec.split('\n');
    const ordinal = new Map<number, number>();
    let n = 0;
    for (const l of lines) {
      const m = INSTR.exec(l);
      if (m) ordinal.set(Number(m[4]), n++);
    }
    const ord = (off: number): number => {
      let best = 0;
      for (const [o, i] of ordinal) if (o <= off) best = Math.max(best, i);
      return best;
    };
    return lines.map((l) => {
      const m = INSTR.exec(l);
      if (m) {
        const [, lineno, cur, mark, off, opname, arg, argrepr] = m;
        const fields = [lineno, cur, mark, String(ordinal.get(Number(off))! * 2).padStart(4), opname.padEnd(20)];
        if (arg !== undefined) {
          let a = arg;
          let r = argrepr;
          const to = argrepr !== undefined ? /^to (\d+)$/.exec(argrepr) : null;
          if (to) {
            const target = ordinal.get(Number(to[1]))!;
            a = String(target);
            r = `to ${target * 2}`;
          }
          fields.push(a.padStart(5));
          if (r !== undefined) fields.push(`(${r})`);
        }
        return fields.join(' ').trimEnd();
      }
      const e = /^ {2}(\d+) to (\d+) -> (\d+) \[(\d+)\]( lasti)?$/.exec(l);
      if (e) return `  ${ord(Number(e[1])) * 2} to ${ord(Number(e[2])) * 2} -> ${ordinal.get(Number(e[3]))! * 2} [${e[4]}]${e[5] ?? ''}`;
      return l;
    }).join('\n');
  }).join('\n');
}

const maskAddresses = (s: string): string => s.replace(/ at 0x[0-9a-f]+,/g, ' at 0x?,');

for (const f of fixtures) {
  test(`dis output like python3 -m dis: ${f.name}`, () => {
    const ours = disassemble(compileSource(f.source, 'prog.py').code);
    assert.equal(maskAddresses(ours), maskAddresses(renumber(f.text)));
  });
}
