// The Heap view's read model: a HeapSnapshot (and the previous one) indexed for
// the views. Pure: no DOM, so the tests can run it in node as well.

import type { HeapSnapshot, ObjectSnapshot, Binding, SnapshotDiff, GcSummary } from '../src/runtime/inspect/model';
import { diffSnapshots } from '../src/runtime/inspect/diff';

export type NameKind = 'global' | 'local' | 'cell' | 'stack';

/** A name (or value-stack slot) in a frame that references an object. */
export interface NameRef {
  /** Index in snapshot.frames, or -1 for the module's globals. */
  frame: number;
  frameTitle: string;
  name: string;
  kind: NameKind;
  /** The object the frame row points at (the cell object for cell/free variables). */
  target: number;
  /** For cell/free variables: the cell's contents. */
  contents?: number | null;
  /** Module bookkeeping names (__name__, __doc__…). */
  internal: boolean;
}

export type Referrer =
  | { kind: 'object'; from: number; label: string }
  | { kind: 'name'; ref: NameRef };

export interface FrameView {
  /** Index in snapshot.frames, -1 for the global frame when there is no <module> frame. */
  index: number;
  key: string;
  title: string;
  filename: string;
  line: number;
  current: boolean;
  global: boolean;
  rows: NameRef[];
  /** Names declared but not bound yet. */
  unbound: string[];
}

export interface Cycle {
  ids: number[];
  /** True when no member is reachable from a frame or the globals. */
  unreachable: boolean;
  /** True when a full collection now would free it (CPython's algorithm run on the snapshot). */
  garbage: boolean;
}

const MODULE_DUNDERS = new Set(['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__annotations__', '__file__', '__cached__', '__builtins__']);

const EMPTY_GC: GcSummary = { count: [0, 0, 0], threshold: [700, 10, 10], tracked: [0, 0, 0], enabled: true, last: null };

/** Fill what a partial or older snapshot may lack, so the views never crash on it. */
export function normaliseSnapshot(s: HeapSnapshot): HeapSnapshot {
  const objects = Array.isArray(s.objects) ? s.objects.filter((o) => o && typeof o.id === 'number') : [];
  for (const o of objects) {
    if (!Array.isArray(o.referents)) o.referents = [];
    if (typeof o.type !== 'string') o.type = '?';
    if (typeof o.repr !== 'string') o.repr = '';
    if (!o.block) o.block = { kind: 'static', address: o.id, size: 0 };
    if (o.gen === undefined) o.gen = null;
    if (o.line === undefined) o.line = null;
  }
  const frames = Array.isArray(s.frames) ? s.frames : [];
  for (const f of frames) {
    if (!Array.isArray(f.locals)) f.locals = [];
    if (!Array.isArray(f.cells)) f.cells = [];
    if (!Array.isArray(f.stack)) f.stack = [];
  }
  return {
    version: 1,
    step: typeof s.step === 'number' ? s.step : 0,
    filename: typeof s.filename === 'string' ? s.filename : '',
    line: typeof s.line === 'number' ? s.line : 0,
    frames,
    globals: Array.isArray(s.globals) ? s.globals : [],
    objects,
    arenas: Array.isArray(s.arenas) ? s.arenas : [],
    systemBlocks: Array.isArray(s.systemBlocks) ? s.systemBlocks : [],
    freelists: Array.isArray(s.freelists) ? s.freelists : [],
    gc: s.gc && Array.isArray(s.gc.count) ? s.gc : EMPTY_GC,
  };
}

/** Is this dict-key label ("['name']") a dunder key such as '__module__'? */
export function isDunderKeyLabel(label: string): boolean {
  return /^\[['"]__\w+__['"]\]$/.test(label);
}

/** References each object receives inside a snapshot: object slots, frame locals, cells, value stacks (global names are globals-dict slots). */
export function incomingRefs(s: HeapSnapshot): Map<number, number> {
  const n = new Map<number, number>();
  const inc = (id: number | null | undefined) => { if (typeof id === 'number') n.set(id, (n.get(id) ?? 0) + 1); };
  for (const o of s.objects) for (const e of o.referents) inc(e.id);
  for (const f of s.frames) {
    for (const b of f.locals) inc(b.id);
    for (const b of f.cells) inc(b.cell);
    for (const id of f.stack) inc(id);
  }
  return n;
}

export class HeapModel {
  readonly snap: HeapSnapshot;
  readonly prev: HeapSnapshot | null;
  readonly byId = new Map<number, ObjectSnapshot>();
  /** Dense index of each object (its position in snap.objects). */
  readonly index = new Map<number, number>();
  /** For each object (by index), the index of each referent (-1 when not in the snapshot). */
  readonly refIdx: Int32Array[] = [];
  /** By index: 1 when reachable from a frame or the globals over every edge. */
  readonly reachableIdx: Uint8Array;
  readonly diff: SnapshotDiff | null;
  readonly newIds = new Set<number>();
  readonly changed = new Map<number, { from: number; to: number }>();
  readonly mutated = new Set<number>();
  /** Objects of the previous snapshot that are gone (or whose address now holds another type). */
  readonly freed: ObjectSnapshot[] = [];
  /** Objects gone from the snapshot that something outside it may still hold (not known to be freed). */
  readonly vanished: ObjectSnapshot[] = [];
  readonly frames: FrameView[] = [];
  /** Frame rows pointing at each object (directly; a cell variable points at its cell). */
  readonly names = new Map<number, NameRef[]>();
  /** Names under which an object is known, for search: direct names and cell contents. */
  readonly aliases = new Map<number, string[]>();
  /** Dicts that are some class's __dict__. */
  readonly classDicts = new Set<number>();
  readonly typeCounts = new Map<string, number>();
  /** The file the program runs (the outermost frame's). */
  readonly mainFile: string;
  /** The module's globals dict (the one global names live in), when the snapshot holds it. */
  readonly globalsDict: number | null = null;
  private referrerIndex: Map<number, Referrer[]> | null = null;
  private cycleCache: Cycle[] | null = null;
  private garbageCache: Set<number> | null = null;

  constructor(snapshot: HeapSnapshot, previous: HeapSnapshot | null) {
    this.snap = normaliseSnapshot(snapshot);
    this.prev = previous ? normaliseSnapshot(previous) : null;
    const objs = this.snap.objects;
    objs.forEach((o, i) => {
      this.byId.set(o.id, o);
      this.index.set(o.id, i);
      this.typeCounts.set(o.type, (this.typeCounts.get(o.type) ?? 0) + 1);
    });
    for (const o of objs) {
      const r = new Int32Array(o.referents.length);
      for (let k = 0; k < r.length; k++) r[k] = this.index.get(o.referents[k].id) ?? -1;
      this.refIdx.push(r);
    }
    this.reachableIdx = new Uint8Array(objs.length);
    this.mainFile = this.snap.frames[0]?.filename || this.snap.filename;
    if (this.prev) {
      const d = diffSnapshots(this.prev, this.snap);
      this.diff = d;
      // A static object (small int, None…) that just entered the snapshot was not allocated, nor freed when it leaves.
      for (const id of d.allocated) if (this.byId.get(id)?.block.kind !== 'static') this.newIds.add(id);
      for (const c of d.refcountChanges) this.changed.set(c.id, { from: c.from, to: c.to });
      for (const id of d.mutated) this.mutated.add(id);
      const prevById = new Map(this.prev.objects.map((o) => [o.id, o]));
      // Gone from the snapshot is not always freed: an object held only from
      // outside it (a type's MRO tuple, say) leaves it when the GC untracks it.
      // Call it freed when the previous snapshot explained all its references.
      // And what such an object holds may live on with it (a class body's code
      // object in a constants tuple the GC untracked): not freed either.
      let held: Map<number, number> | null = null;
      const freed = new Map<number, ObjectSnapshot>();
      for (const id of d.freed) {
        const o = prevById.get(id);
        if (!o || o.block.kind === 'static') continue;
        held ??= incomingRefs(this.prev);
        if (o.refcnt <= (held.get(id) ?? 0)) freed.set(id, o);
        else this.vanished.push(o);
      }
      for (let q = 0; q < this.vanished.length; q++) {
        for (const e of this.vanished[q].referents) {
          const o = freed.get(e.id);
          if (o) { freed.delete(e.id); this.vanished.push(o); }
        }
      }
      this.freed.push(...freed.values());
    } else {
      this.diff = null;
    }
    this.buildFrames();
    for (const o of this.snap.objects) {
      if (o.type === 'type' || o.repr.startsWith('<class ')) {
        for (const e of o.referents) if (e.label === '__dict__') this.classDicts.add(e.id);
      }
    }
    this.computeReachable();
    this.globalsDict = this.findGlobalsDict();
  }

  private findGlobalsDict(): number | null {
    const votes = new Map<number, number>();
    for (const o of this.snap.objects) {
      if (o.type !== 'function') continue;
      for (const e of o.referents) if (e.label === '__globals__') votes.set(e.id, (votes.get(e.id) ?? 0) + 1);
    }
    let best: number | null = null;
    for (const [id, n] of votes) if (best === null || n > votes.get(best)!) best = id;
    if (best !== null && this.byId.has(best)) return best;
    // No function yet: the dict holding the first global name's entry.
    const g = this.snap.globals.find((b) => b.id !== null);
    if (!g) return null;
    for (const r of this.referrers(g.id!)) {
      if (r.kind === 'object' && r.label === `['${g.name}']` && this.byId.get(r.from)?.type === 'dict') return r.from;
    }
    return null;
  }

  private addName(ref: NameRef): void {
    const list = this.names.get(ref.target);
    if (list) list.push(ref); else this.names.set(ref.target, [ref]);
    const alias = ref.kind === 'stack' ? null : ref.name;
    if (alias) {
      const a = this.aliases.get(ref.target);
      if (a) a.push(alias); else this.aliases.set(ref.target, [alias]);
      if (ref.contents !== undefined && ref.contents !== null) {
        const c = this.aliases.get(ref.contents);
        if (c) c.push(alias); else this.aliases.set(ref.contents, [alias]);
      }
    }
  }

  private buildFrames(): void {
    const s = this.snap;
    const rowsOf = (bindings: Binding[], frame: number, title: string, kind: NameKind, out: NameRef[], unbound: string[], global: boolean) => {
      for (const b of bindings) {
        if (kind === 'cell' || b.cell !== undefined) {
          if (typeof b.cell !== 'number') { unbound.push(b.name); continue; }
          out.push({ frame, frameTitle: title, name: b.name, kind: 'cell', target: b.cell, contents: b.id, internal: false });
        } else if (b.id === null || b.id === undefined) {
          unbound.push(b.name);
        } else {
          out.push({ frame, frameTitle: title, name: b.name, kind, target: b.id, internal: global && MODULE_DUNDERS.has(b.name) });
        }
      }
    };
    const top = s.frames.length - 1;
    const moduleFrame = s.frames.length > 0 && s.frames[0].name === '<module>' ? 0 : -1;
    // The global frame: the module's names (and the <module> frame's value stack).
    {
      const rows: NameRef[] = [];
      const unbound: string[] = [];
      const title = 'Global frame';
      rowsOf(s.globals, moduleFrame, title, 'global', rows, unbound, true);
      if (moduleFrame === 0) s.frames[0].stack.forEach((id, i) => rows.push({ frame: 0, frameTitle: title, name: `stack[${i}]`, kind: 'stack', target: id, internal: false }));
      const f0 = moduleFrame === 0 ? s.frames[0] : null;
      this.frames.push({
        index: moduleFrame, key: 'g', title, filename: f0?.filename ?? s.filename, line: f0?.line ?? 0,
        current: moduleFrame === 0 && top === 0, global: true, rows, unbound,
      });
    }
    s.frames.forEach((f, i) => {
      if (i === moduleFrame) return;
      const rows: NameRef[] = [];
      const unbound: string[] = [];
      const title = f.name;
      rowsOf(f.locals, i, title, 'local', rows, unbound, false);
      rowsOf(f.cells, i, title, 'cell', rows, unbound, false);
      f.stack.forEach((id, k) => rows.push({ frame: i, frameTitle: title, name: `stack[${k}]`, kind: 'stack', target: id, internal: false }));
      this.frames.push({ index: i, key: `f${i}`, title, filename: f.filename, line: f.line, current: i === top, global: false, rows, unbound });
    });
    for (const fv of this.frames) for (const r of fv.rows) this.addName(r);
  }

  private computeReachable(): void {
    const seen = this.reachableIdx;
    const queue: number[] = [];
    const push = (i: number | undefined) => {
      if (i === undefined || i < 0 || seen[i]) return;
      seen[i] = 1;
      queue.push(i);
    };
    for (const fv of this.frames) for (const r of fv.rows) push(this.index.get(r.target));
    for (let q = 0; q < queue.length; q++) for (const j of this.refIdx[queue[q]]) push(j);
  }

  /** Reachable from a frame or the globals (over every edge, internals included). */
  isReachable(id: number): boolean {
    const i = this.index.get(id);
    return i !== undefined && this.reachableIdx[i] === 1;
  }

  get(id: number): ObjectSnapshot | undefined {
    return this.byId.get(id);
  }

  /** Everything that references `id`: frame names, stack slots and object slots. */
  referrers(id: number): Referrer[] {
    if (this.referrerIndex === null) {
      const idx = new Map<number, Referrer[]>();
      const add = (to: number, r: Referrer) => {
        const l = idx.get(to);
        if (l) l.push(r); else idx.set(to, [r]);
      };
      for (const fv of this.frames) for (const r of fv.rows) add(r.target, { kind: 'name', ref: r });
      for (const o of this.snap.objects) for (const e of o.referents) add(e.id, { kind: 'object', from: o.id, label: e.label });
      this.referrerIndex = idx;
    }
    return this.referrerIndex.get(id) ?? [];
  }

  /** Strongly connected components (size > 1, or a self-reference) among GC-tracked objects. */
  cycles(): Cycle[] {
    if (this.cycleCache) return this.cycleCache;
    const objs = this.snap.objects;
    const trackedIdx: number[] = [];
    const local = new Int32Array(objs.length).fill(-1);
    objs.forEach((o, i) => { if (o.gen !== null) { local[i] = trackedIdx.length; trackedIdx.push(i); } });
    const tracked = trackedIdx.map((i) => objs[i]);
    const n = tracked.length;
    const adj: number[][] = trackedIdx.map((i) => {
      const out: number[] = [];
      for (const j of this.refIdx[i]) if (j >= 0 && local[j] >= 0) out.push(local[j]);
      return out;
    });
    // Tarjan's algorithm, iterative (heaps can be deep: no recursion).
    const idx = new Int32Array(n).fill(-1);
    const low = new Int32Array(n);
    const onStack = new Uint8Array(n);
    const stack: number[] = [];
    const comps: number[][] = [];
    let counter = 0;
    const work: Array<[number, number]> = [];
    for (let root = 0; root < n; root++) {
      if (idx[root] !== -1) continue;
      work.push([root, 0]);
      while (work.length > 0) {
        const top = work[work.length - 1];
        const v = top[0];
        if (top[1] === 0 && idx[v] === -1) {
          idx[v] = low[v] = counter++;
          stack.push(v);
          onStack[v] = 1;
        }
        const edges = adj[v];
        if (top[1] < edges.length) {
          const w = edges[top[1]++];
          if (idx[w] === -1) work.push([w, 0]);
          else if (onStack[w]) low[v] = Math.min(low[v], idx[w]);
          continue;
        }
        work.pop();
        if (work.length > 0) { const p = work[work.length - 1][0]; low[p] = Math.min(low[p], low[v]); }
        if (low[v] === idx[v]) {
          const comp: number[] = [];
          let w: number;
          do { w = stack.pop()!; onStack[w] = 0; comp.push(w); } while (w !== v);
          if (comp.length > 1 || adj[v].includes(v)) comps.push(comp);
        }
      }
    }
    const garbage = this.garbage();
    const cycles = comps.map((c) => {
      const ids = c.map((i) => tracked[i].id).sort((a, b) => a - b);
      return { ids, unreachable: ids.every((id) => !this.isReachable(id)), garbage: ids.every((id) => garbage.has(id)) };
    });
    // Garbage cycles first (what gc.collect() would free), then unreachable ones, then by size.
    cycles.sort((a, b) => Number(b.garbage) - Number(a.garbage) || Number(b.unreachable) - Number(a.unreachable) || a.ids.length - b.ids.length || a.ids[0] - b.ids[0]);
    this.cycleCache = cycles;
    return cycles;
  }

  /**
   * What a full collection would free now, found the way CPython's gc does it
   * (update_refs, subtract_refs, move_unreachable): among tracked objects,
   * those whose refcount is not all explained by references from other tracked
   * objects are referenced from outside; everything they reach survives.
   */
  garbage(): Set<number> {
    if (this.garbageCache) return this.garbageCache;
    const objs = this.snap.objects;
    const n = objs.length;
    const tracked = new Uint8Array(n);
    const gcRefs = new Float64Array(n);
    for (let i = 0; i < n; i++) if (objs[i].gen !== null) { tracked[i] = 1; gcRefs[i] = objs[i].refcnt; }
    for (let i = 0; i < n; i++) {
      if (!tracked[i]) continue;
      for (const j of this.refIdx[i]) if (j >= 0 && tracked[j]) gcRefs[j]--;
    }
    const alive = new Uint8Array(n);
    const queue: number[] = [];
    for (let i = 0; i < n; i++) if (tracked[i] && gcRefs[i] > 0) { alive[i] = 1; queue.push(i); }
    for (let q = 0; q < queue.length; q++) {
      for (const j of this.refIdx[queue[q]]) if (j >= 0 && tracked[j] && !alive[j]) { alive[j] = 1; queue.push(j); }
    }
    const garbage = new Set<number>();
    for (let i = 0; i < n; i++) if (tracked[i] && !alive[i]) garbage.add(objs[i].id);
    this.garbageCache = garbage;
    return garbage;
  }

  /**
   * How the refcount splits: references the snapshot shows (object slots, frame
   * locals, cells' frames, value-stack slots) and the rest. A global name is an
   * entry of the globals dict, so it is counted once, as that dict's slot.
   */
  refAccount(id: number): { names: number; slots: number; other: number } {
    const refs = this.referrers(id);
    let names = 0, slots = 0;
    const dictKeys = new Set<string>();
    for (const r of refs) if (r.kind === 'object') { slots++; dictKeys.add(r.label); }
    for (const r of refs) {
      if (r.kind !== 'name') continue;
      if (r.ref.kind === 'global' && (dictKeys.has(`['${r.ref.name}']`) || dictKeys.has(`["${r.ref.name}"]`))) continue;
      names++;
    }
    const o = this.byId.get(id);
    return { names, slots, other: o ? o.refcnt - names - slots : 0 };
  }

  /** The first frame row naming `id` (for labels such as "a" or "node1"). */
  nameOf(id: number): string | null {
    const n = this.names.get(id);
    return n && n.length > 0 ? n[0].name : null;
  }
}
