// A snapshot's pools carry pymalloc's free list in its real order (the
// pool_header.freeblock chain, LIFO) and where the never-used tail starts
// (nextoffset): checked against what the runtime then allocates.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareProgram } from '../../../src/runtime/program';
import { takeSnapshot } from '../../../src/runtime/inspect/snapshot';
import { formatHeapText, parseHeapText } from '../../../src/runtime/inspect/text';
import type { HeapSnapshot, ObjectSnapshot, PoolSummary } from '../../../src/runtime/inspect/model';
import { POOL_OVERHEAD } from '../../../src/runtime/memory/constants';

// Slot6 instances: 16-byte GC header + 16-byte object header + 6 slots = 80 bytes,
// size class 4 (whose pool they share with the module object and the slots tuple;
// nothing else in this program allocates from it).
const SOURCE = `class Slot6:
    __slots__ = ('a', 'b', 'c', 'd', 'e', 'f')

a = Slot6()
b = Slot6()
c = Slot6()
d = Slot6()
del b
del d
del a
here = 1
e = Slot6()
f = Slot6()
g = Slot6()
end = 0
`;

interface Stop { line: number; snap: HeapSnapshot; next: (pool: PoolSummary) => number }

/**
 * Run SOURCE, snapshotting at each line event (taken before the line runs). At
 * the lines in `probe`, also ask the allocator for an 80-byte block after the
 * snapshot: where the next allocation really goes. At line 11 the block is
 * given straight back (the free list's head is a freed block, so popping and
 * pushing it leaves the pool as it was); at the last line, 15, it is kept.
 */
function run(probe = new Set([11, 15])): Stop[] {
  const p = prepareProgram(SOURCE, '/tmp/freelist.py', { write() { /* no output */ } }, { maxSteps: 10000 });
  const rt = p.runtime;
  const stops: Stop[] = [];
  rt.trace.setListener((e) => {
    const ev = e as { kind: string; step: number };
    if (ev.kind !== 'line') return;
    const snap = JSON.parse(JSON.stringify(takeSnapshot(rt, ev.step))) as HeapSnapshot;
    let addr = NaN;
    if (probe.has(snap.line)) {
      addr = rt.mem.malloc(72);
      if (snap.line === 11) rt.mem.free(addr);
    }
    stops.push({ line: snap.line, snap, next: (pool) => (addr - pool.address - POOL_OVERHEAD) / pool.blockSize });
  });
  const r = p.run();
  assert.equal(r.exitCode, 0);
  return stops;
}

const at = (stops: Stop[], line: number) => {
  const s = stops.find((x) => x.line === line);
  assert.ok(s, `a stop at line ${line}`);
  return s;
};
const named = (s: HeapSnapshot, name: string): ObjectSnapshot => {
  const id = s.globals.find((g) => g.name === name)?.id;
  const o = s.objects.find((x) => x.id === id);
  assert.ok(o, `${name} is in the snapshot`);
  return o;
};
const poolOf = (s: HeapSnapshot, o: ObjectSnapshot): PoolSummary => {
  const p = s.arenas.flatMap((a) => a.pools).find((x) => x.address === o.block.pool);
  assert.ok(p, 'its pool is in the snapshot');
  return p;
};

test('a pool\'s free list is LIFO, ends at the untouched tail, and the next allocation takes its head', () => {
  const stops = run();
  // Line 8 (`del b`, not yet run): a, b, c, d all live, in consecutive blocks.
  const s8 = at(stops, 8).snap;
  const [ia, ib, ic, id] = ['a', 'b', 'c', 'd'].map((n) => named(s8, n).block.blockIndex!);
  assert.deepEqual([ib - ia, ic - ia, id - ia], [1, 2, 3], 'a, b, c, d carved one after the other');
  const p8 = poolOf(s8, named(s8, 'a'));
  assert.equal(p8.sizeClass, 4);
  assert.equal(p8.blockSize, 80);

  // Line 11 (`here = 1`): b, d, a freed in that order, so the chain is a, d, b, then the carved block after d.
  const stop11 = at(stops, 11);
  const s11 = stop11.snap;
  const p11 = poolOf(s11, named(s11, 'c'));
  const tail = (p11.nextOffset - POOL_OVERHEAD) / p11.blockSize;
  assert.equal(tail, id + 2, 'nextoffset: one block past the carved spare after d');
  assert.deepEqual(p11.freeBlocks, [ia, id, ib, id + 1]);
  assert.equal(p11.used, p8.used - 3);
  assert.equal(p11.state, 'used');
  // Block #1 of the zoomed pool is what the allocator hands out next.
  assert.equal(stop11.next(p11), p11.freeBlocks[0]);
  // No object of the snapshot sits on a free block or in the untouched tail.
  for (const o of s11.objects) {
    if (o.block.pool !== p11.address) continue;
    assert.ok(!p11.freeBlocks.includes(o.block.blockIndex!) && o.block.blockIndex! < tail, `${o.type} at block ${o.block.blockIndex}`);
  }

  // Line 15: e, f, g took the free blocks in the listed order; the carved spare is next.
  const s15 = at(stops, 15).snap;
  assert.deepEqual(['e', 'f', 'g'].map((n) => named(s15, n).block.blockIndex), p11.freeBlocks.slice(0, 3));
  const p15 = poolOf(s15, named(s15, 'e'));
  assert.deepEqual(p15.freeBlocks, [id + 1]);
  assert.equal(p15.nextOffset, p11.nextOffset);
  assert.equal(at(stops, 15).next(p15), id + 1);

  // The .pyheap text keeps both.
  const back = parseHeapText(formatHeapText(s11));
  assert.deepEqual(back.arenas, s11.arenas);
  assert.match(formatHeapText(s11), new RegExp(`pool 0x${p11.address.toString(16)} class=4 size=80 used=\\d+/204 nextoffset=${p11.nextOffset} freeblocks=${p11.freeBlocks.join(',')} used`));
});

test('every pool of a snapshot: free list and untouched tail account for exactly the free blocks', () => {
  for (const { snap } of run(new Set())) {
    for (const p of snap.arenas.flatMap((a) => a.pools)) {
      const tail = (p.nextOffset - POOL_OVERHEAD) / p.blockSize;
      assert.ok(Number.isInteger(tail) && tail <= p.capacity, `nextoffset ${p.nextOffset} of a ${p.blockSize}-byte pool`);
      assert.equal(new Set(p.freeBlocks).size, p.freeBlocks.length, 'no block twice');
      for (const b of p.freeBlocks) assert.ok(b >= 0 && b < tail, `free block ${b} below the tail ${tail}`);
      assert.equal(p.freeBlocks.length + (p.capacity - tail), p.capacity - p.used, `pool 0x${p.address.toString(16)}: free = listed + untouched`);
    }
  }
});
