import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatHeapText, parseHeapText } from '../../../src/runtime/inspect/text';
import { diffSnapshots } from '../../../src/runtime/inspect/diff';
import type { HeapSnapshot } from '../../../src/runtime/inspect/model';

function sample(): HeapSnapshot {
  return {
    version: 1, step: 7, filename: 'demo.py', line: 4,
    frames: [
      { name: '<module>', filename: 'demo.py', line: 9, locals: [], cells: [], stack: [0x7f4e2c804030] },
      { name: 'outer.<locals>.inner', filename: 'demo.py', line: 4, locals: [{ name: 'y', id: null }, { name: 'z "q"', id: 0x7f4e2c804070 }], cells: [{ name: 'x', id: 0x7f4d8e6a1000, cell: 0x7f4e2c8040b0 }], stack: [] },
    ],
    globals: [{ name: 'a', id: 0x7f4e2c804030 }, { name: 'b', id: 0x7f4e2c804030 }],
    objects: [
      { id: 0x7f4e2c804030, type: 'list', repr: 'list[2]', size: 72, refcnt: 3, gen: 0, line: 1,
        block: { kind: 'pymalloc', address: 0x7f4e2c804020, size: 64, arena: 0, pool: 0x7f4e2c804000, sizeClass: 3, blockIndex: 0 },
        referents: [{ label: '[0]', id: 0x7f4d8e6a1000 }, { label: "[1]", id: 0x7f4e2c804070 }] },
      { id: 0x7f4e2c804070, type: 'str', repr: "'a \\n \"b\"'", size: 54, refcnt: 2, gen: null, line: null,
        block: { kind: 'system', address: 0x55c3e0a1b010, size: 1040 }, referents: [] },
      { id: 0x7f4d8e6a1000, type: 'int', repr: '1', size: 28, refcnt: 1000000001, gen: null, line: null,
        block: { kind: 'static', address: 0x7f4d8e6a1000, size: 0 }, referents: [] },
    ],
    arenas: [{ index: 0, address: 0x7f4e2c802000, ntotalpools: 63, nfreepools: 62, pools: [
      { address: 0x7f4e2c804000, arena: 0, sizeClass: 3, blockSize: 64, used: 1, capacity: 255, state: 'used', freeBlocks: [3, 1, 4], nextOffset: 368 },
      { address: 0x7f4e2c808000, arena: 0, sizeClass: 0, blockSize: 16, used: 1021, capacity: 1021, state: 'full', freeBlocks: [], nextOffset: 16384 },
    ] }],
    systemBlocks: [{ address: 0x55c3e0a1b010, size: 1040 }],
    freelists: [{ name: 'float', blocks: [] }, { name: 'list', blocks: [0x7f4e2c804120, 0x7f4e2c804160] }],
    gc: { count: [5, 1, 0], threshold: [700, 10, 10], tracked: [3, 0, 0], enabled: true, last: { generation: 2, collected: 2, uncollectable: 0, finalized: 0 } },
  };
}

test('.pyheap text round-trips a snapshot exactly', () => {
  const s = sample();
  const text = formatHeapText(s);
  assert.match(text, /^# RefScope heap snapshot \(\.pyheap\) v1\n/);
  assert.deepEqual(parseHeapText(text), s);
  assert.equal(formatHeapText(parseHeapText(text)), text);
});

test('.pyheap parser rejects unknown records with the line number', () => {
  assert.throws(() => parseHeapText('# x\nbogus 1\n'), /line 2/);
});

test('snapshot diff reports allocations, frees, refcount changes, rebindings and mutations', () => {
  const a = sample();
  const b = sample();
  b.step = 8;
  b.objects = b.objects.filter((o) => o.type !== 'str');
  b.objects[0].refcnt = 2;
  b.objects[0].referents = [{ label: '[0]', id: 0x7f4d8e6a1000 }];
  b.objects.push({ ...b.objects[0], id: 0x7f4e2c8040f0, type: 'dict', referents: [] });
  b.globals = [{ name: 'a', id: 0x7f4e2c804030 }, { name: 'c', id: 0x7f4e2c8040f0 }];
  const d = diffSnapshots(a, b);
  assert.deepEqual(d.allocated, [0x7f4e2c8040f0]);
  assert.deepEqual(d.freed, [0x7f4e2c804070]);
  assert.deepEqual(d.refcountChanges, [{ id: 0x7f4e2c804030, from: 3, to: 2 }]);
  assert.deepEqual(d.mutated, [0x7f4e2c804030]);
  assert.deepEqual(d.rebindings, [
    { frame: -1, name: 'c', from: null, to: 0x7f4e2c8040f0 },
    { frame: -1, name: 'b', from: 0x7f4e2c804030, to: null },
  ]);
});
