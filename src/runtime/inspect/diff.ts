// What changed between two snapshots: allocations, frees, refcount changes,
// rebindings of names and mutated containers.

import type { HeapSnapshot, SnapshotDiff, Binding, ObjectSnapshot } from './model';

function bindingMap(list: Binding[]): Map<string, number | null> {
  return new Map(list.map((b) => [b.name, b.id]));
}

function sameReferents(a: ObjectSnapshot, b: ObjectSnapshot): boolean {
  if (a.referents.length !== b.referents.length) return false;
  for (let i = 0; i < a.referents.length; i++) {
    if (a.referents[i].id !== b.referents[i].id || a.referents[i].label !== b.referents[i].label) return false;
  }
  return true;
}

export function diffSnapshots(from: HeapSnapshot, to: HeapSnapshot): SnapshotDiff {
  const before = new Map(from.objects.map((o) => [o.id, o]));
  const after = new Map(to.objects.map((o) => [o.id, o]));
  const allocated: number[] = [];
  const freed: number[] = [];
  const refcountChanges: SnapshotDiff['refcountChanges'] = [];
  const mutated: number[] = [];
  for (const [id, o] of after) {
    const p = before.get(id);
    // A reused address holding an object of another type is a new object.
    if (p === undefined || p.type !== o.type) { allocated.push(id); continue; }
    if (p.refcnt !== o.refcnt) refcountChanges.push({ id, from: p.refcnt, to: o.refcnt });
    if (!sameReferents(p, o)) mutated.push(id);
  }
  for (const [id, p] of before) {
    const o = after.get(id);
    if (o === undefined || o.type !== p.type) freed.push(id);
  }
  const rebindings: SnapshotDiff['rebindings'] = [];
  const cmp = (frame: number, a: Binding[], b: Binding[]) => {
    const ma = bindingMap(a);
    const mb = bindingMap(b);
    for (const [name, id] of mb) {
      const old = ma.has(name) ? ma.get(name)! : null;
      if (old !== id) rebindings.push({ frame, name, from: old, to: id });
    }
    for (const [name, id] of ma) if (!mb.has(name) && id !== null) rebindings.push({ frame, name, from: id, to: null });
  };
  cmp(-1, from.globals, to.globals);
  const n = Math.min(from.frames.length, to.frames.length);
  for (let i = 0; i < n; i++) {
    if (from.frames[i].name === to.frames[i].name) cmp(i, [...from.frames[i].locals, ...from.frames[i].cells], [...to.frames[i].locals, ...to.frames[i].cells]);
  }
  return { fromStep: from.step, toStep: to.step, allocated, freed, refcountChanges, rebindings, mutated };
}
