// The conformance programs that exercise itertools, functools and collections
// (test/programs/modules2/ and the ones of test/programs/ that import them), run
// with these modules registered, against their CPython goldens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runFile } from './runPy';

const ROOT = join(__dirname, '..', '..', 'programs');

/** Programs that do not match CPython yet, for reasons outside these modules: the conformance
 *  suite's list (test/conformance/known-failures.txt) -- they run as todo here too. */
const KNOWN = new Set(
  readFileSync(join(__dirname, '..', '..', 'conformance', 'known-failures.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')),
);

function pythonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...pythonFiles(p));
    else if (name.endsWith('.py')) out.push(p);
  }
  return out;
}

const USES = /^\s*(import|from)\s+(itertools|functools|collections)\b|^\s*import\s+.*\b(itertools|functools|collections)\b/m;

for (const file of pythonFiles(ROOT)) {
  const name = relative(ROOT, file);
  if (!name.startsWith('modules2/') && !USES.test(readFileSync(file, 'utf8'))) continue;
  test(name, KNOWN.has(name) ? { todo: 'known failure (test/conformance/known-failures.txt)' } : {}, () => {
    const got = runFile(file);
    const want = (ext: string) => readFileSync(file.replace(/\.py$/, ext), 'utf8');
    assert.equal(got.stdout, want('.stdout'), 'stdout');
    assert.equal(got.stderr, want('.stderr'), 'stderr');
    assert.equal(`${got.status}\n`, want('.status'), 'exit status');
  });
}
