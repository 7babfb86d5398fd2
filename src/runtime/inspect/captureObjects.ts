// Capturing the snapshot's objects into an ObjectTable: every object in the
// discovery queue (the queue grows as referents are found, then takes what else
// the GC tracks), one row each with its type, repr, size, refcount, generation,
// block and labelled referents, as they are at this moment.
//
// Everything that can change once the program runs on is read now; only the
// ObjectSnapshot records are made later, from the table.

import type { PyObject } from '../objects/object';
import type { Runtime } from '../runtime';
import type { PymallocBlockPosition } from '../memory/index';
import type { ObjectQueue } from './objectQueue';
import { ReferentCollector } from './referents';
import { ReprRecorder } from './shortRepr';
import { ObjectTable, BLOCK_PYMALLOC, BLOCK_STATIC, BLOCK_SYSTEM, GEN_UNTRACKED, LINE_UNKNOWN } from './objectTable';

/**
 * Row r's block: where the object's memory starts (the GC header and managed-dict pointers come
 * first: cf. _PyObject_GC_Link, _PyType_PreHeaderSize) and what allocated it. `position` is
 * scratch space for the allocator's answer (reused for every row).
 */
function captureBlock(rt: Runtime, t: ObjectTable, r: number, o: PyObject, pre: number, position: PymallocBlockPosition): void {
  const start = o.addr - pre;
  t.blockAddress[r] = start;
  if (rt.isStaticAddress(o.addr)) {
    t.blockKind[r] = BLOCK_STATIC;
    t.blockSize[r] = 0;
  } else if (rt.mem.pymallocBlockInto(start, position)) {
    t.blockKind[r] = BLOCK_PYMALLOC;
    t.blockSize[r] = position.blockSize;
    t.arena[r] = position.arenaIndex;
    t.pool[r] = position.poolAddress;
    t.sizeClass[r] = position.sizeClass;
    t.blockIndex[r] = position.blockIndex;
  } else {
    const info = rt.mem.blockInfo(start);
    t.blockKind[r] = info !== undefined && info.kind === 'system' ? BLOCK_SYSTEM : BLOCK_STATIC;
    t.blockSize[r] = info !== undefined && info.kind === 'system' ? info.size : 0;
  }
}

/** Fill a row for `o`, whose edges the collector has just written. */
function captureRow(rt: Runtime, t: ObjectTable, o: PyObject, omitted: number, repr: ReprRecorder, position: PymallocBlockPosition): void {
  const r = t.addRow();
  const type = o.type;
  const pre = (type.gc ? 16 : 0) + (type.managedDict ? 16 : 0);
  let size: number;
  try { size = rt.sizeofNoPre(o) + pre; } catch { size = 0; }
  const gen = o.gcGen;
  const line = (o as PyObject & { allocLine?: number }).allocLine;
  t.id[r] = o.addr;
  t.refcnt[r] = o.refcnt;
  t.size[r] = size;
  t.gen[r] = gen >= 0 && gen <= 2 ? gen : GEN_UNTRACKED;
  t.line[r] = line === undefined || line === null ? LINE_UNKNOWN : line;
  t.omitted[r] = omitted;
  t.typeName[r] = type.name;
  repr.record(o);
  t.reprEnd[r] = t.reprs.length;
  t.reprArgEnd[r] = t.reprs.argLength;
  captureBlock(rt, t, r, o, pre, position);
}

/**
 * Capture every object of `queue` (which the caller has seeded with the frames' and globals'
 * objects) and every object found from them, then what else the GC tracks. The builtins
 * module and its dict are walked past, not listed. `expectedRows` sizes the table.
 */
export function captureObjects(rt: Runtime, queue: ObjectQueue, maxEdges: number, expectedRows: number): ObjectTable {
  const table = new ObjectTable(expectedRows);
  const referents = new ReferentCollector(rt, table, queue, maxEdges);
  const repr = new ReprRecorder(rt, table.reprs);
  const position: PymallocBlockPosition = { arenaIndex: 0, slot: 0, poolAddress: 0, sizeClass: 0, blockSize: 0, blockIndex: 0 };
  let gcScanned = false;
  for (let qi = 0; qi < queue.size || !gcScanned; qi++) {
    if (qi >= queue.size) {
      // Reachable objects done: add what else the GC tracks (cycles awaiting collection).
      gcScanned = true;
      for (let g = 0; g < 3; g++) for (const o of rt.gc.sets[g]) queue.add(o);
      if (qi >= queue.size) break;
    }
    const o = queue.at(qi);
    if (o === rt.builtins || o === rt.builtinsModule) continue;
    referents.collect(o);
    captureRow(rt, table, o, referents.total - referents.listed, repr, position);
  }
  return table;
}
