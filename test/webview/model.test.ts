// The Heap view's pure parts (read model, GC analysis, graph layout) in node,
// on the same fixtures the browser tests use.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HeapModel } from '../../webview/model';
import { layoutGraph, DEFAULT_OPTIONS, type GraphLayout } from '../../webview/graph/layout';
import { fixture, runtimeRecording } from './harness';
import { bigSnapshot } from './fixtures/big';

const FIXTURES = ['refcount', 'cycle', 'closure', 'containers'];

function overlaps(L: GraphLayout): string[] {
  const bad: string[] = [];
  const boxes = L.boxes;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) bad.push(`${a.id.toString(16)} overlaps ${b.id.toString(16)}`);
    }
  }
  return bad;
}

test('fixtures: refcounts equal the references the snapshot holds, plus what it cannot see', () => {
  for (const name of FIXTURES) {
    for (const s of fixture(name).steps) {
      const m = new HeapModel(s, null);
      for (const o of s.objects) {
        const a = m.refAccount(o.id);
        assert.ok(a.other >= 0, `${name} step ${s.step}: ${o.type} ${o.id.toString(16)} has more references than its refcount`);
      }
    }
  }
});

test('garbage: what a full collection frees is the unreachable Node cycle, and only after the dels', () => {
  const fx = fixture('cycle');
  const before = new HeapModel(fx.steps[3], null); // both Nodes still named
  assert.equal(before.garbage().size, 0);
  const after = new HeapModel(fx.steps[5], null); // del node1; del node2
  const nodes = fx.steps[5].objects.filter((o) => o.type === 'Node').map((o) => o.id).sort();
  assert.deepEqual([...after.garbage()].sort(), nodes);
  const garbageCycles = after.cycles().filter((c) => c.garbage);
  assert.equal(garbageCycles.length, 1);
  assert.deepEqual(garbageCycles[0].ids, nodes);
  assert.equal(garbageCycles[0].unreachable, true);
  // The collection itself (gc.last) freed exactly those 2.
  assert.equal(fx.steps[6].gc.last?.collected, 2);
  assert.equal(new HeapModel(fx.steps[6], fx.steps[5]).freed.length, 2);
});

test('diff marks: static objects entering the snapshot are not "new"', () => {
  const fx = fixture('containers');
  const m = new HeapModel(fx.steps[5], fx.steps[4]); // inside example(): x = 10 (a small int) and lst
  for (const id of m.newIds) assert.notEqual(m.get(id)!.block.kind, 'static');
  assert.ok([...m.newIds].some((id) => m.get(id)!.type === 'list'));
});

test('layout: frames first, no overlapping boxes, every arrow ends on a box, options respected', () => {
  for (const name of FIXTURES) {
    const fx = fixture(name);
    fx.steps.forEach((s, i) => {
      const m = new HeapModel(s, i > 0 ? fx.steps[i - 1] : null);
      for (const opts of [DEFAULT_OPTIONS, { ...DEFAULT_OPTIONS, inline: false }, { ...DEFAULT_OPTIONS, internals: true, unreachable: true }]) {
        const L = layoutGraph(m, opts);
        assert.deepEqual(overlaps(L), [], `${name} step ${s.step}`);
        const frameRight = Math.max(...L.frames.map((f) => f.x + f.w));
        for (const b of L.boxes) assert.ok(b.x > frameRight, 'objects are right of the frames');
        for (const e of L.edges) {
          const b = L.boxById.get(e.dst)!;
          assert.ok(b, 'arrow to a drawn box');
          assert.ok(e.x2 >= b.x && e.x2 <= b.x + b.w && e.y2 >= b.y && e.y2 <= b.y + b.h, 'arrow ends on its box');
        }
        if (!opts.inline) for (const b of L.boxes) for (const r of b.rows) assert.ok(r.drawn || r.inline?.startsWith('‹') || r.inline === '?', 'values are boxes of their own');
      }
      const d1 = layoutGraph(m, { ...DEFAULT_OPTIONS, depth: 1 });
      const named = new Set(m.frames.flatMap((f) => f.rows.map((r) => r.target)));
      for (const b of d1.boxes) if (!b.ghost) assert.ok(named.has(b.id), 'depth 1: only what names point at');
    });
  }
});

test('layout of 10,000 objects: reachable only by default, unreachable on demand, no overlap', () => {
  const { snapshot, previous } = bigSnapshot(10000);
  const m = new HeapModel(snapshot, previous);
  const t0 = performance.now();
  const L = layoutGraph(m, DEFAULT_OPTIONS);
  const ms = performance.now() - t0;
  console.log(`[heap view] layout of ${snapshot.objects.length} objects in node: ${ms.toFixed(0)} ms, ${L.boxes.length} boxes, ${L.edges.length} arrows`);
  assert.ok(L.boxes.length > 3000);
  for (const b of L.boxes) assert.ok(m.isReachable(b.id) || b.ghost, 'default: reachable objects only');
  assert.ok(L.hidden.unreachable >= 40, 'the 20 garbage pairs are counted, not drawn');
  const U = layoutGraph(m, { ...DEFAULT_OPTIONS, unreachable: true });
  assert.equal(U.boxes.length - L.boxes.length, L.hidden.unreachable);
  assert.equal(new HeapModel(snapshot, null).cycles().filter((c) => c.garbage).length, 20);
});

test('garbage, checked against the runtime: what the view predicts is what gc.collect() frees', () => {
  const fx = runtimeRecording('cycle');
  const i = fx.steps.findIndex((s, k) => k > 0 && s.gc.last !== null && fx.steps[k - 1].gc.last === null);
  assert.ok(i > 0, 'the recording has a collection');
  const before = new HeapModel(fx.steps[i - 1], null);
  const after = new HeapModel(fx.steps[i], fx.steps[i - 1]);
  const predicted = [...before.garbage()].sort();
  const freed = after.freed.map((o) => o.id).sort();
  assert.deepEqual(predicted, freed);
  assert.equal(predicted.length, fx.steps[i].gc.last!.collected);
  // The collection also untracked the tuples that hold only untracked objects
  // (the class's bases, constants tuples): gone from the snapshot, not freed, and
  // not shown as freed; nor is the class body's code object one of them holds.
  assert.deepEqual(after.vanished.map((o) => o.type).sort(), ['code', 'tuple', 'tuple', 'tuple', 'tuple']);
  for (const o of after.vanished) if (o.type === 'tuple') assert.notEqual(o.gen, null, 'the tuples were tracked before');
  const code = after.vanished.find((o) => o.type === 'code')!;
  assert.ok(after.vanished.some((o) => o.type === 'tuple' && o.referents.some((e) => e.id === code.id)), 'the code object is held by a vanished tuple');
  assert.deepEqual(predicted.map((id) => before.get(id)!.type), ['Node', 'Node']);
});
