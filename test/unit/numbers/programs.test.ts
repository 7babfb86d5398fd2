// Whole Python programs about numbers, run on the simulator and compared with
// python3's output (fixtures/programs.json, written by gen-fixtures.py).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { prepareProgram } from '../../../src/runtime/program';
import type { Runtime } from '../../../src/runtime/runtime';
import { installIntType } from '../../../src/runtime/objects/int';
import { installBoolType } from '../../../src/runtime/objects/bool';
import { installFloatType } from '../../../src/runtime/objects/float';
import { installComplexType } from '../../../src/runtime/objects/complex';
import { loadFixture } from './oracle';

/** The numeric types, unless the runtime already installs them at start-up. */
function ensureNumbers(rt: Runtime): void {
  if (rt.t.int.dict.getStr('__add__') !== null) return;
  const was = rt.initializing;
  rt.initializing = true;
  installIntType(rt);
  installBoolType(rt);
  installFloatType(rt);
  installComplexType(rt);
  rt.initializing = was;
  rt.typeVersion++;
}

const expected = loadFixture<Record<string, { stdout: string; stderr: string; status: number }>>('programs');

for (const [name, want] of Object.entries(expected)) {
  test(`program ${name}`, () => {
    const source = readFileSync(new URL(`./programs/${name}`, import.meta.url), 'utf8');
    const out: string[] = [];
    const err: string[] = [];
    const host = { write(stream: 'stdout' | 'stderr', text: string) { (stream === 'stdout' ? out : err).push(text); } };
    const p = prepareProgram(source, name, host, { argv: [name] });
    ensureNumbers(p.runtime);
    const r = p.run();
    assert.equal(out.join(''), want.stdout, err.join(''));
    assert.equal(r.exitCode, want.status);
  });
}
