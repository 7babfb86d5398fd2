// A snapshot's object records are made when `objects` is first read (the
// objects are captured into typed-array columns first): they must still be the
// heap as it was when the snapshot was taken, however the program changed it
// since, and `objects` must behave as a plain data property for every consumer
// (JSON, structured clone / postMessage, assignment).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareProgram } from '../../../src/runtime/program';
import { takeSnapshot } from '../../../src/runtime/inspect/snapshot';
import { formatHeapText } from '../../../src/runtime/inspect/text';
import type { HeapSnapshot } from '../../../src/runtime/inspect/model';

// Everything the records show (reprs two levels deep, labels, refcounts, sizes, blocks) changes
// after line 14: containers mutate, a refcount-1 str is appended to in place, a class is renamed.
const SOURCE = `class C:
    pass

def grow():
    t = 'ab' * 3
    t += 'x'
    return t

s = grow()
l = [1, 'two', [3.5, None]]
d = {'k': [3], 7: (1, 2), 'big': 10 ** 30}
c = C()
c.a = {'inner': [1, 2]}
mark = 1
l.append(99)
l[2].append('more')
d['k'].append(4)
del d[7]
c.a['inner'].append(3)
c.b = 'new'
C.__qualname__ = 'Renamed'
t = s
t += 'yz'
del s
end = 0
`;

function run(atLine: number): { late: HeapSnapshot; early: unknown; step: number } {
  const p = prepareProgram(SOURCE, '/tmp/records.py', { write() { /* no output */ } }, {});
  const rt = p.runtime;
  rt.recordAllocLines = true;
  let late: HeapSnapshot | null = null;
  let early: unknown = null;
  let step = 0;
  rt.trace.setListener((e) => {
    const ev = e as { kind: string; step: number; line?: number; frame?: { lineno: number; back: unknown } };
    if (ev.kind === 'line' && ev.frame?.back === null && ev.frame.lineno === atLine && late === null) {
      step = ev.step;
      late = takeSnapshot(rt, ev.step); // records not read until the program has finished
      early = JSON.parse(JSON.stringify(takeSnapshot(rt, ev.step)));
    }
  });
  p.run();
  assert.ok(late !== null, `line ${atLine} reached`);
  return { late, early, step };
}

test('records read after the program went on are the heap as it was at the snapshot', () => {
  const { late, early } = run(14);
  assert.deepStrictEqual(JSON.parse(JSON.stringify(late)), early);
  const reprs = late.objects.map((o) => o.repr);
  assert.ok(reprs.includes("[1, 'two', [3.5, None]]"), 'list repr as at line 14');
  assert.ok(reprs.includes("{'k': [3], 7: (1, 2), 'big': 1000000000000000000000000000000}"), 'dict repr as at line 14');
  assert.ok(reprs.includes("'abababx'"), 'the str appended to in place later, as it was');
  assert.ok(reprs.includes('<C object>'), 'instance repr uses the qualname as it was');
  assert.ok(!reprs.some((r) => r.includes('<Renamed object>') || r.includes("'more']") || r.includes('None], 99]')));
});

test('objects reads like a plain property: JSON, structured clone, key order, assignment', () => {
  const { late } = run(14);
  const cloned = structuredClone(late);
  assert.deepStrictEqual(cloned, JSON.parse(JSON.stringify(late)));
  assert.deepStrictEqual(Object.keys(late), Object.keys(cloned));
  assert.deepStrictEqual(Object.keys(late).slice(0, 8), ['version', 'step', 'filename', 'line', 'frames', 'globals', 'objects', 'arenas']);
  assert.strictEqual(late.objects, late.objects, 'made once');
  const ids = late.objects.map((o) => o.id);
  for (let i = 1; i < ids.length; i++) assert.ok(ids[i - 1] < ids[i], 'ascending ids, each once');
  const text = formatHeapText(late);
  assert.ok(text.includes('repr "[1, \'two\', [3.5, None]]"'));
  late.objects = [];
  assert.deepStrictEqual(late.objects, []);
  assert.ok(!JSON.stringify(late).includes('"repr"'));
});

test('capped snapshots and capped referents read the same late as early', () => {
  const p = prepareProgram(SOURCE, '/tmp/records.py', { write() { /* no output */ } }, {});
  const rt = p.runtime;
  const late: HeapSnapshot[] = [];
  const early: unknown[] = [];
  rt.trace.setListener((e) => {
    const ev = e as { kind: string; step: number };
    if (ev.kind !== 'line') return;
    for (const opts of [{ maxObjects: 30 }, { maxEdges: 1 }, { maxObjects: 200, maxEdges: 2 }]) {
      late.push(takeSnapshot(rt, ev.step, opts));
      early.push(JSON.parse(JSON.stringify(takeSnapshot(rt, ev.step, opts))));
    }
  });
  p.run();
  assert.ok(late.length > 30);
  assert.deepStrictEqual(JSON.parse(JSON.stringify(late)), early);
  assert.ok(late.some((s) => s.capped === true));
  assert.ok(late.some((s) => s.objects.some((o) => (o.omitted ?? 0) > 0)));
});

test('a str the program appends to after the snapshot keeps its repr from the snapshot', () => {
  const source = "def build(n):\n    t = 'ab' * n\n    for i in range(20):\n        t += 'x'\n    return t\n\nr = build(3)\n";
  const p = prepareProgram(source, '/tmp/inplace.py', { write() { /* no output */ } }, {});
  const rt = p.runtime;
  let late: HeapSnapshot | null = null;
  let early: unknown = null;
  let local: { v?: unknown } | undefined;
  let hits = 0;
  rt.trace.setListener((e) => {
    const ev = e as { kind: string; step: number; frame?: { lineno: number; localsplus: Array<{ v?: unknown } | null> } };
    // The 5th time round: t is the str the previous += made, held by the local alone.
    if (ev.kind === 'line' && ev.frame?.lineno === 4 && ++hits === 5) {
      local = ev.frame.localsplus.find((x) => x?.v === 'ababab' + 'x'.repeat(4)) ?? undefined;
      late = takeSnapshot(rt, ev.step);
      early = JSON.parse(JSON.stringify(takeSnapshot(rt, ev.step)));
    }
  });
  p.run();
  assert.ok(late !== null && local !== undefined);
  const snap: HeapSnapshot = late;
  // strAppend (str.ts) may resize that very str object in place (its JS value changes); the
  // records were captured from its value at the snapshot either way.
  assert.ok(snap.objects.some((o) => o.repr === "'ababab" + 'x'.repeat(4) + "'"), 'the str as it was');
  assert.deepStrictEqual(JSON.parse(JSON.stringify(snap)), early);
});
