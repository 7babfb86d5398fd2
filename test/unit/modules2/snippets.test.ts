// itertools / functools / collections: small programs run on the simulator must
// print what CPython 3.11 printed for them (fixtures/snippets.json, made by
// gen-fixtures.py with the real python3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareProgram } from '../../../src/runtime/program';
import { BufferHost } from '../../../src/runtime/host';
import { prepareRuntime } from './runPy';

interface Snippet { source: string; output: string }
const fixtures = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'snippets.json'), 'utf8')) as Record<string, Snippet>;

/** Output as gen-fixtures.py records it: stdout, then "!! <last traceback line>" after an uncaught exception. */
export function runSnippet(source: string): string {
  const host = new BufferHost();
  const p = prepareProgram(source, '<string>', host, { maxSteps: 10_000_000 });
  prepareRuntime(p.runtime);
  const r = p.run();
  let out = host.stdout;
  if (r.exitCode !== 0) {
    const lines = host.stderr.trim().split('\n');
    out += `!! ${lines[lines.length - 1]}\n`;
  }
  return out.replace(/0x[0-9a-f]{6,}/g, '0xADDR');
}

for (const [name, s] of Object.entries(fixtures)) {
  test(name, () => {
    assert.equal(runSnippet(s.source), s.output);
  });
}
