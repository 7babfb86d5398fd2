// Debugger code compiled once per text (DebugCodeCache, src/runtime/evaluate.ts): a breakpoint condition run at
// every iteration of a loop leaves exactly the heap (ids, refcounts, pymalloc free lists) it left when it was
// compiled each time, and a text that does not compile keeps its error.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareProgram } from '../../../src/runtime/program';
import { takeSnapshot } from '../../../src/runtime/inspect/snapshot';
import { evaluateInFrame, DebugCodeCache } from '../../../src/runtime/evaluate';
import { PySyntaxError } from '../../../src/runtime/parse/errors';

const SOURCE = `data = []
for i in range(300):
    data.append((i, str(i), [i]))
    if i % 50 == 0: del data[:10]
print(id(data[-1]), id(data[0][2]))
`;

/** Run SOURCE, evaluating `conditions` at each line 3 (with `cache`, or compiled each time); its output and final heap. */
function run(cache: DebugCodeCache | undefined, conditions: string[]): { out: string; heap: string } {
  let out = '';
  const p = prepareProgram(SOURCE, '/tmp/cache.py', { write: (_s, text) => { out += text; } });
  const rt = p.runtime;
  let evaluating = false;
  rt.trace.setListener((e) => {
    if (evaluating || e.kind !== 'line' || e.line !== 3) return;
    evaluating = true;
    try {
      for (const c of conditions) rt.decref(evaluateInFrame(rt, e.frame, c, { cache }));
    } finally { evaluating = false; }
  });
  const r = p.run();
  assert.equal(r.uncaught, null);
  return { out, heap: JSON.stringify(takeSnapshot(rt)) };
}

test('a condition run from the cache leaves the same heap as one compiled each time', () => {
  const conditions = ["i % 7 == 3 and len(data) > 2", "str(i) + 'x' == '12x'", "(lambda k: k * 2)(i) in {4, 8}"];
  const cache = new DebugCodeCache();
  const cached = run(cache, conditions);
  assert.equal(cache.size, conditions.length);
  const fresh = run(undefined, conditions);
  assert.equal(cached.out, fresh.out);
  assert.equal(cached.heap, fresh.heap);
});

test('text that does not compile throws the same error each time; the cache keeps at most `limit` texts', () => {
  const cache = new DebugCodeCache(2);
  let first: unknown;
  try { cache.compile('i ==='); } catch (e) { first = e; }
  assert.ok(first instanceof PySyntaxError);
  assert.throws(() => cache.compile('i ==='), (e) => e === first);
  const a = cache.compile('1 + 1');
  assert.equal(cache.compile('1 + 1'), a);
  assert.equal(a.expr, true);
  assert.equal(cache.compile('x = 1').expr, false);
  assert.equal(cache.size, 2);
  // It went out (the oldest first): compiled again, a new error.
  assert.throws(() => cache.compile('i ==='), (e) => e instanceof PySyntaxError && e !== first);
});
