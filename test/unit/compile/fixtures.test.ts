// The compiler against python3 3.11: every code object of the corpus (gen-fixtures.py)
// must match CPython's attributes, instructions, constants, stack size, exception table and
// positions; every compile-time SyntaxError must match in message and position.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModule, compileSource } from '../../../src/runtime/compile/index';
import { type ExpectedCode, diffField, dumpCode, firstDiff, loadErrors, loadPrograms } from './helpers';

/**
 * Programs whose output may differ from CPython, with the reason (cosmetic only).
 * Empty: every program of the corpus matches exactly.
 */
const KNOWN_DIFFERENCES: Record<string, string> = {};

const FIELDS: [string, (c: ExpectedCode) => unknown][] = [
  ['meta', (c) => [c.name, c.qualname, c.firstlineno, c.argcount, c.posonlyargcount, c.kwonlyargcount, c.flags]],
  ['varnames/cellvars/freevars', (c) => [c.varnames, c.cellvars, c.freevars]],
  ['names', (c) => c.names],
  ['consts', (c) => c.consts],
  ['code', (c) => c.code],
  ['stacksize', (c) => c.stacksize],
  ['exception table', (c) => c.exceptiontable],
  ['positions', (c) => c.positions],
];

const programs = loadPrograms();

for (const p of programs) {
  test(`python3 fixture: ${p.name}`, () => {
    const ours = dumpCode(compileModule(p.ast, 'prog.py', p.source).code);
    const diffs = FIELDS.map(([f, pick]) => {
      const d = diffField(ours, p.code, pick);
      return d ? `${f}: ${d}` : null;
    }).filter((d): d is string => d !== null);
    if (KNOWN_DIFFERENCES[p.name]) return;
    assert.deepEqual(diffs, [], `${p.name} differs from python3:\n${diffs.join('\n')}\n--- source ---\n${p.source}`);
  });
}

test('python3 fixtures: the corpus is large and every program matches exactly', (t) => {
  assert.ok(programs.length >= 150, `corpus has ${programs.length} programs`);
  let exact = 0;
  for (const p of programs) {
    const ours = dumpCode(compileModule(p.ast, 'prog.py', p.source).code);
    if (firstDiff(ours, p.code) === null) exact++;
  }
  t.diagnostic(`${exact}/${programs.length} programs match python3 exactly`);
  assert.equal(exact + Object.keys(KNOWN_DIFFERENCES).length, programs.length);
});

test('python3 fixtures: compileSource (our parser + compiler) gives the same code', () => {
  const failures: string[] = [];
  for (const p of programs) {
    const d = firstDiff(dumpCode(compileSource(p.source, 'prog.py').code), p.code);
    if (d && !KNOWN_DIFFERENCES[p.name]) failures.push(`${p.name}: ${d}`);
  }
  assert.deepEqual(failures, []);
});

for (const e of loadErrors()) {
  test(`python3 SyntaxError: ${e.name}`, () => {
    assert.throws(() => compileModule(e.ast, 'prog.py', e.source), (err: unknown) => {
      const x = err as { msg: string; lineno: number; offset: number; end_lineno: number; end_offset: number; text: string | null };
      assert.equal(x.msg, e.msg);
      assert.deepEqual([x.lineno, x.offset, x.end_lineno, x.end_offset], [e.lineno, e.offset, e.end_lineno, e.end_offset]);
      assert.equal(x.text, e.text);
      return true;
    });
  });
}
