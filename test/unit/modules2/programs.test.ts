// The conformance programs that exercise itertools, functools and collections
// (test/programs/modules2/ and the ones of test/programs/ that import them), run
// with these modules registered, against their CPython goldens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runFile } from './runPy';

const ROOT = join(__dirname, '..', '..', 'programs');

/** Programs whose remaining differences come from other parts of the runtime. */
const OUTSIDE: Record<string, string> = {
  'modules/functools_wraps_attributes.py': 'needs len.__doc__ (builtin docstrings)',
};

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
  const outside = OUTSIDE[name];
  test(name, outside ? { todo: outside } : {}, () => {
    const got = runFile(file);
    const want = (ext: string) => readFileSync(file.replace(/\.py$/, ext), 'utf8');
    assert.equal(got.stdout, want('.stdout'), 'stdout');
    assert.equal(got.stderr, want('.stderr'), 'stderr');
    assert.equal(`${got.status}\n`, want('.status'), 'exit status');
  });
}
