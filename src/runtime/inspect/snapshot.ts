// Taking a heap snapshot of a Runtime: frames, globals, and every live object
// reachable from them or tracked by the GC, with its block, size, refcount and
// labelled referents, and the allocator's arenas, pools and free lists. Never
// runs Python code (reprs are computed natively).
//
// The objects are captured into a table of typed arrays (captureObjects.ts) and
// become ObjectSnapshot records when `objects` is first read (objectRecords.ts):
// taking the snapshot reads everything that can change (bench/snapshot.mjs
// times it for 100,000 objects), and a consumer that never reads `objects`
// never pays for the records. Once the program has gone on, reading `objects`
// still gives the heap as it was when the snapshot was taken.

import type { Runtime } from '../runtime';
import type { Frame } from '../vm/frame';
import type { PyStr } from '../objects/core';
import { PyCell } from '../objects/core';
import type { HeapSnapshot, ObjectSnapshot, FrameSnapshot, Binding, ArenaSummary } from './model';
import { dictItems } from '../objects/dictops';
import { ObjectQueue } from './objectQueue';
import { captureObjects } from './captureObjects';
import { objectRecords } from './objectRecords';
import type { ObjectTable } from './objectTable';

export { shortRepr } from './shortRepr';

function frameSnapshot(f: Frame, queue: ObjectQueue): FrameSnapshot {
  const locals: Binding[] = [];
  const cells: Binding[] = [];
  const names = f.code.localsplusNames;
  const kinds = f.code.localsplusKinds;
  if (f.locals !== null && f.locals !== f.globals) {
    for (const [k, v] of dictItems(f.locals)) { queue.add(v); locals.push({ name: (k as PyStr).v, id: v.addr }); }
  }
  for (let i = 0; i < names.length; i++) {
    const v = f.localsplus[i];
    queue.add(v);
    if (kinds[i] & 0xc0 && v instanceof PyCell) {
      queue.add(v.ref);
      cells.push({ name: names[i], id: v.ref ? v.ref.addr : null, cell: v.addr });
    } else if (kinds[i] & 0x20) locals.push({ name: names[i], id: v ? v.addr : null });
  }
  const stack: number[] = [];
  for (let i = 0; i < f.sp; i++) { const v = f.stack[i]; if (v) { queue.add(v); stack.push(v.addr); } }
  return { name: f.code.qualname, filename: f.code.filename, line: f.lineno, locals, cells, stack };
}

export interface SnapshotOptions {
  /** Stop adding objects after this many (the rest of the heap is left out; `capped` is set). */
  maxObjects?: number;
  /** Referents listed per object (the rest are counted in `omitted`). */
  maxEdges?: number;
}

/** Snapshot the runtime's state now. Objects are found from the frames and globals first, then the GC's lists. */
export function takeSnapshot(rt: Runtime, step = rt.trace.steps, opts: SnapshotOptions = {}): HeapSnapshot {
  const maxObjects = opts.maxObjects ?? Infinity;
  // Every heap object has a block: the allocator's count of blocks in use sizes the tables.
  const stats = rt.mem.stats();
  const expected = Math.min(maxObjects, stats.pymallocBlocksInUse + stats.systemBlocksInUse + 1024);
  const queue = new ObjectQueue(maxObjects, expected);
  const chain: Frame[] = [];
  for (let f = rt.frame; f !== null; f = f.back) chain.unshift(f);
  const frames = chain.map((f) => frameSnapshot(f, queue));
  const main = rt.modules.loaded.get('__main__');
  const globals: Binding[] = [];
  const gdict = chain.length > 0 ? chain[0].globals : main ? main.dict : null;
  if (gdict !== null) {
    queue.add(gdict);
    for (const [k, v] of dictItems(gdict)) {
      const name = (k as PyStr).v;
      if (name === '__builtins__') continue;
      queue.add(v);
      globals.push({ name, id: v.addr });
    }
  }
  let table: ObjectTable | null = captureObjects(rt, queue, opts.maxEdges ?? Infinity, expected);
  const capped = queue.capped;
  const layout = rt.mem.layout({ freeLists: true });
  const arenas: ArenaSummary[] = layout.arenas.map((a) => ({
    index: a.index, address: a.address, ntotalpools: a.ntotalpools, nfreepools: a.nfreepools,
    pools: a.pools.map((p) => ({ address: p.address, arena: a.index, sizeClass: p.sizeClass, blockSize: p.blockSize, used: p.used, capacity: p.capacity, state: p.state,
      freeBlocks: p.freeList ? p.freeList.slice() : [], nextOffset: p.nextOffset })),
  }));
  let objects: ObjectSnapshot[] | null = null;
  const fl = rt.freelists;
  const top = frames.length > 0 ? frames[frames.length - 1] : null;
  return {
    version: 1,
    step,
    filename: top ? top.filename : '',
    line: top ? top.line : 0,
    frames,
    globals,
    // Made from the table when first read (JSON, postMessage and structured clone read it too).
    get objects(): ObjectSnapshot[] {
      if (objects === null) { objects = objectRecords(table!); table = null; }
      return objects;
    },
    set objects(value: ObjectSnapshot[]) {
      objects = value;
      table = null;
    },
    arenas,
    systemBlocks: layout.system.blocks.map((b: { address: number; size: number }) => ({ address: b.address, size: b.size })),
    freelists: [
      { name: 'float', blocks: fl.floats.slice().reverse() },
      { name: 'list', blocks: fl.lists.slice().reverse() },
      { name: 'dict', blocks: fl.dicts.slice().reverse() },
      ...fl.tuples.map((t, n) => ({ name: `tuple[${n}]`, blocks: t.slice().reverse() })).filter((x, n) => n > 0 && x.blocks.length > 0),
    ],
    ...(capped ? { capped: true } : {}),
    gc: {
      count: [rt.gc.count[0], rt.gc.count[1], rt.gc.count[2]],
      threshold: [rt.gc.threshold[0], rt.gc.threshold[1], rt.gc.threshold[2]],
      tracked: [rt.gc.sets[0].size, rt.gc.sets[1].size, rt.gc.sets[2].size],
      enabled: rt.gc.enabled,
      last: rt.gc.last,
    },
  };
}
