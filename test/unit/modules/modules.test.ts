// The math, operator, string, copy and random modules at Python level: each
// section of cases.py runs on the simulator and must print what python3 printed
// (fixtures/cases.json, from gen-fixtures.py), refcounts and sizes included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runPy } from './harness';

interface Case { code: string; stdout: string; stderr: string; status: number }
const cases = JSON.parse(readFileSync(new URL('./fixtures/cases.json', import.meta.url), 'utf8')) as Record<string, Case>;

for (const [name, c] of Object.entries(cases)) {
  test(name, () => {
    const r = runPy(c.code, '<string>');
    assert.equal(r.stdout, c.stdout);
    assert.equal(r.stderr, c.stderr);
    assert.equal(r.exitCode, c.status);
  });
}
