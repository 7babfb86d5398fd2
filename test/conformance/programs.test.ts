// Conformance: every test/programs/**/X.py runs on the simulator and must print
// exactly CPython 3.11's goldens (X.stdout, X.stderr, X.status), after the
// address normalisation of scripts/gen-goldens.py. Programs listed in
// known-failures.txt are reported as "todo" (not counted as passing); a listed
// program that starts passing fails the suite until it is removed from the list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runOne, programs, golden, matchesGolden } from './runOne';

const ROOT = join(__dirname, '..', 'programs');
const known = new Set(
  readFileSync(join(__dirname, 'known-failures.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')),
);

const nowPassing: string[] = [];

for (const file of programs(ROOT)) {
  const name = relative(ROOT, file);
  const expected = golden(file);
  const isKnown = known.has(name);
  test(name, isKnown ? { todo: 'known failure (test/conformance/known-failures.txt)' } : {}, () => {
    const got = runOne(file);
    const passes = matchesGolden(got, expected);
    if (isKnown && passes) nowPassing.push(name);
    assert.equal(got.stdout, expected.stdout, 'stdout');
    assert.equal(got.stderr, expected.stderr, 'stderr');
    assert.equal(got.status, expected.status, 'exit status');
  });
}

test('known-failures.txt lists only programs that still fail', () => {
  assert.deepEqual(nowPassing, [], 'these programs now pass: remove them from known-failures.txt');
});
