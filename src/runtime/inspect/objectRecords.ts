// The ObjectSnapshot records (model.ts) of a captured object table, in id order:
// what HeapSnapshot.objects holds once a consumer reads it (the Heap view's
// message, the .pyheap text, a diff, JSON).

import type { BlockRef, Edge, ObjectSnapshot } from './model';
import { ObjectTable, BLOCK_PYMALLOC, BLOCK_KIND_NAMES, GEN_UNTRACKED, LINE_UNKNOWN } from './objectTable';
import { idOrder } from './idOrder';
import { renderRepr } from './reprTape';
import { EdgeLabelText } from './edgeLabels';

function blockRecord(t: ObjectTable, r: number): BlockRef {
  const kind = t.blockKind[r];
  if (kind === BLOCK_PYMALLOC) {
    return {
      kind: 'pymalloc', address: t.blockAddress[r], size: t.blockSize[r],
      arena: t.arena[r], pool: t.pool[r], sizeClass: t.sizeClass[r], blockIndex: t.blockIndex[r],
    };
  }
  return { kind: BLOCK_KIND_NAMES[kind], address: t.blockAddress[r], size: t.blockSize[r] };
}

function edgeRecords(t: ObjectTable, r: number, labels: EdgeLabelText): Edge[] {
  const start = t.edgeStart[r];
  const n = t.edgeStart[r + 1] - start;
  if (n === 0) return [];
  const edges: Edge[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const e = start + i;
    edges[i] = { label: labels.text(t.edgeLabelKind[e], t.edgeLabel[e]), id: t.edgeId[e] };
  }
  return edges;
}

/** Every row of `t` as an ObjectSnapshot, ordered by id. */
export function objectRecords(t: ObjectTable): ObjectSnapshot[] {
  const order = idOrder(t.id, t.count);
  const labels = new EdgeLabelText();
  const out: ObjectSnapshot[] = new Array(t.count);
  for (let k = 0; k < order.length; k++) {
    const r = order[k];
    const gen = t.gen[r];
    const line = t.line[r];
    // Fields in model order, the same for every record (one hidden class).
    const record: ObjectSnapshot = {
      id: t.id[r],
      type: t.typeName[r],
      repr: renderRepr(t.reprs, r === 0 ? 0 : t.reprEnd[r - 1], t.reprEnd[r], r === 0 ? 0 : t.reprArgEnd[r - 1]),
      size: t.size[r],
      refcnt: t.refcnt[r],
      gen: gen === GEN_UNTRACKED ? null : gen,
      block: blockRecord(t, r),
      referents: edgeRecords(t, r, labels),
      line: line === LINE_UNKNOWN ? null : line,
    };
    if (t.omitted[r] > 0) record.omitted = t.omitted[r];
    out[k] = record;
  }
  return out;
}
