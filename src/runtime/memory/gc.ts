// The cyclic garbage collector of CPython 3.11. cf. Modules/gcmodule.c.
//
// Three generations (thresholds 700, 10, 10). count[0] is the net number of GC-type
// allocations (+1 in _PyObject_GC_Link, -1 in PyObject_GC_Del clamped at 0); when it
// exceeds threshold[0] a collection runs inside the allocating call. Collection:
// gc_refs = refcount, subtract references from inside the generation (tp_traverse),
// objects still > 0 are reachable from outside; propagate; the rest is unreachable:
// weakrefs cleared, finalizers run (PEP 442), resurrected objects kept, tp_clear on
// the rest. The collector never switches on object kind: it calls the type's
// traverse/clear hooks.

import { PyObject, UNTRACKED, PyRaise } from '../objects/object';
import type { Runtime } from '../runtime';
import type { PyTuple, PyWeakRef } from '../objects/core';
import type { PyDict } from '../objects/dict';

const UNREACHABLE = 3;

/** cf. Include/internal/pycore_object.h _PyObject_GC_MAY_BE_TRACKED: any GC object, but an exact
 *  tuple only while it is tracked. */
export function gcMayBeTracked(rt: Runtime, o: PyObject): boolean {
  if (!o.type.gc) return false;
  if (o.type.isGc !== null && !o.type.isGc(o)) return false; // PyObject_IS_GC: tp_is_gc
  if (o.type === rt.t.tuple) return o.gcGen !== UNTRACKED;
  return true;
}

export interface CollectionResult {
  generation: number;
  collected: number;
  uncollectable: number;
  finalized: number;
}

export class GcState {
  /** Generation lists 0..2, plus the working "unreachable" list at index 3. Sets keep insertion order. */
  sets: Array<Set<PyObject>> = [new Set(), new Set(), new Set(), new Set()];
  count = [0, 0, 0];
  threshold = [700, 10, 10];
  enabled = true;
  collecting = false;
  debug = 0;
  longLivedTotal = 0;
  longLivedPending = 0;
  /** Objects whose tp_finalize already ran (cf. _PyGC_FINALIZED). */
  finalizedSet = new WeakSet<PyObject>();
  /** gc.garbage and gc.callbacks lists (set by the gc module). */
  garbage: PyObject | null = null;
  callbacks: PyObject | null = null;
  stats = [0, 1, 2].map(() => ({ collections: 0, collected: 0, uncollectable: 0 }));
  last: CollectionResult | null = null;
  /** gc.freeze(): objects moved to the permanent generation. */
  frozen = new Set<PyObject>();
  /** Hook for the gc module: calls a Python callable. */
  callHook: ((f: PyObject, args: PyObject[]) => PyObject) | null = null;
  /** Hook: report an exception in a finalizer/callback (PyErr_WriteUnraisable). */
  unraisable: ((exc: PyObject, where: PyObject | null, msg?: string) => void) | null = null;
  /** Observer (the language server): each time an object is linked into generation 0. Must not touch the heap. */
  onTrack: ((o: PyObject) => void) | null = null;
  /**
   * Observer (the language server): the unreachable objects a collection found, before
   * weakrefs, finalizers and tp_clear touch them. Must not touch the heap.
   */
  onCollect: ((unreachable: readonly PyObject[], generation: number) => void) | null = null;

  constructor(private rt: Runtime) {}

  track(o: PyObject): void {
    if (o.gcGen !== UNTRACKED) return;
    o.gcGen = 0;
    this.sets[0].add(o);
    if (this.onTrack !== null) this.onTrack(o);
  }

  untrack(o: PyObject): void {
    if (o.gcGen === UNTRACKED) return;
    if (!this.sets[o.gcGen].delete(o)) this.frozen.delete(o);
    o.gcGen = UNTRACKED;
  }

  isTracked(o: PyObject): boolean {
    return o.gcGen !== UNTRACKED;
  }

  onAlloc(): void {
    this.count[0]++;
    if (this.rt.options.gcStress && this.enabled && !this.collecting) {
      // Stress mode: a collection at every allocation, as with gc.set_threshold(1) -- generation 0
      // each time, the older generations when their own thresholds say so.
      this.collecting = true;
      try { this.collectGenerations(true); } finally { this.collecting = false; }
      return;
    }
    if (this.count[0] > this.threshold[0] && this.enabled && this.threshold[0] !== 0 && !this.collecting) {
      this.collecting = true;
      try { this.collectGenerations(); } finally { this.collecting = false; }
    }
  }

  onFree(): void {
    if (this.count[0] > 0) this.count[0]--;
  }

  isFinalized(o: PyObject): boolean {
    return this.finalizedSet.has(o);
  }

  /** gc_collect_generations: the oldest generation over its threshold (gen 2 only with enough long-lived pending). */
  private collectGenerations(stress = false): void {
    for (let i = 2; i >= 0; i--) {
      if (this.count[i] > this.threshold[i] || (stress && i === 0)) {
        if (i === 2 && this.longLivedPending < this.longLivedTotal / 4) continue;
        this.collectWithCallback(i);
        break;
      }
    }
  }

  /** gc.collect(generation): returns unreachable objects found (collected + uncollectable). */
  collectExplicit(generation: number): number {
    if (this.collecting) return 0;
    this.collecting = true;
    try {
      return this.collectWithCallback(generation);
    } finally {
      this.collecting = false;
    }
  }

  private collectWithCallback(generation: number): number {
    this.invokeCallbacks('start', generation, 0, 0);
    const r = this.collectMain(generation);
    this.invokeCallbacks('stop', generation, r.collected, r.uncollectable);
    return r.collected + r.uncollectable;
  }

  private invokeCallbacks(phase: string, generation: number, collected: number, uncollectable: number): void {
    const cbs = this.callbacks as unknown as { items?: PyObject[] } | null;
    if (!cbs || !cbs.items || cbs.items.length === 0 || !this.callHook) return;
    const rt = this.rt;
    const info = rt.gcInfoDict(generation, collected, uncollectable);
    const phaseStr = rt.newStr(phase);
    for (const cb of cbs.items.slice()) {
      cb.refcnt++;
      try {
        const r = this.callHook(cb, [phaseStr, info]);
        if (--r.refcnt === 0) rt.dealloc(r);
      } catch (e) {
        if (e instanceof PyRaise && this.unraisable) this.unraisable(e.exc, cb, 'Exception ignored in garbage collector callback');
        else throw e;
      } finally {
        if (--cb.refcnt === 0) rt.dealloc(cb);
      }
    }
    if (--phaseStr.refcnt === 0) rt.dealloc(phaseStr);
    if (--info.refcnt === 0) rt.dealloc(info);
  }

  private traverse(o: PyObject, visit: (c: PyObject) => void): void {
    const tr = o.type.traverse;
    if (tr !== null) tr(o, visit);
  }

  /** gc_collect_main */
  collectMain(generation: number): CollectionResult {
    const rt = this.rt;
    // Merge younger generations into this one (gc_list_merge appends).
    for (let i = 0; i < generation; i++) {
      for (const o of this.sets[i]) { o.gcGen = generation; this.sets[generation].add(o); }
      this.sets[i].clear();
    }
    if (generation + 1 < 3) this.count[generation + 1] += 1;
    for (let i = 0; i <= generation; i++) this.count[i] = 0;

    const young = this.sets[generation];
    // update_refs + subtract_refs
    for (const o of young) o.gcRefs = o.refcnt;
    for (const o of young) {
      this.traverse(o, (c) => { if (c.gcGen === generation) c.gcRefs--; });
    }
    // cf. Modules/gcmodule.c move_unreachable: one pass over `young` in list order; an object with
    // no outside references moves (tentatively) to `unreachable`; one reached from a reachable
    // object moves back to the end of `young` and is scanned in turn. The orders that result
    // decide untrack_tuples' outcome and the order finalizers run in.
    const unreachable = this.sets[UNREACHABLE];
    for (const o of young) {
      if (o.gcRefs > 0) {
        this.traverse(o, (c) => {
          if (c.gcGen === UNREACHABLE && unreachable.has(c)) {
            unreachable.delete(c); c.gcGen = generation; young.add(c); c.gcRefs = 1;
          } else if (c.gcGen === generation && c.gcRefs === 0) {
            c.gcRefs = 1;
          }
        });
      } else {
        young.delete(o); o.gcGen = UNREACHABLE; unreachable.add(o);
      }
    }
    // untrack_tuples (after deduce_unreachable, over the reachable ones in list order): a tuple
    // whose items cannot be tracked stops being tracked.
    for (const o of young) {
      if (o.type === rt.t.tuple && this.tupleMayBeUntracked(o as PyTuple)) {
        young.delete(o);
        o.gcGen = UNTRACKED;
      }
    }
    if (generation === 2) {
      // untrack_dicts: only full collections untrack dicts holding no GC objects.
      for (const o of young) {
        if (o.type === rt.t.dict && this.dictMayBeUntracked(o as PyDict)) { young.delete(o); o.gcGen = UNTRACKED; }
      }
    }
    // Survivors move to the next generation.
    if (generation < 2) {
      const older = this.sets[generation + 1];
      if (generation === 1) this.longLivedPending += young.size;
      for (const o of young) { o.gcGen = generation + 1; older.add(o); }
      young.clear();
    } else {
      this.longLivedPending = 0;
      this.longLivedTotal = young.size;
    }

    const found = Array.from(unreachable);
    if (this.onCollect !== null && found.length > 0) this.onCollect(found, generation);
    // handle_weakrefs: clear weakrefs to unreachable objects; callbacks only for reachable weakrefs.
    for (const o of found) if (o.weakrefs !== null) this.clearWeakrefs(o, true, unreachable);
    // finalize_garbage (PEP 442)
    let finalized = 0;
    for (const o of found) {
      if (o.gcGen !== UNREACHABLE) continue;
      if ((o.type.hasFinalizer || o.type.finalize !== null) && !this.isFinalized(o)) {
        o.refcnt++;
        this.callFinalizer(o);
        finalized++;
        if (--o.refcnt === 0) rt.dealloc(o);
      }
    }
    // handle_resurrected_objects: recheck; anything now referenced from outside survives.
    const still = Array.from(unreachable).filter((o) => o.gcGen === UNREACHABLE);
    for (const o of still) o.gcRefs = o.refcnt;
    for (const o of still) this.traverse(o, (c) => { if (c.gcGen === UNREACHABLE) c.gcRefs--; });
    const resurrected = new Set<PyObject>();
    const st2: PyObject[] = [];
    for (const o of still) if (o.gcRefs > 0) { resurrected.add(o); st2.push(o); }
    while (st2.length > 0) {
      const o = st2.pop()!;
      this.traverse(o, (c) => { if (c.gcGen === UNREACHABLE && !resurrected.has(c)) { resurrected.add(c); st2.push(c); } });
    }
    const oldGen = generation < 2 ? generation + 1 : 2;
    for (const o of resurrected) { unreachable.delete(o); o.gcGen = oldGen; this.sets[oldGen].add(o); }
    // What gc.collect() reports: m += gc_list_size(&final_unreachable) (objects freed or resurrected
    // by finalizers are not counted).
    const n = still.length - resurrected.size;
    // delete_garbage
    const gcList = this.garbage as unknown as { items?: PyObject[] } | null;
    for (const o of Array.from(unreachable)) {
      if (o.gcGen !== UNREACHABLE) continue; // freed meanwhile
      if (this.debug & 0x20 /* DEBUG_SAVEALL */ && gcList && gcList.items) {
        rt.listAppend(this.garbage!, o);
        unreachable.delete(o);
        o.gcGen = oldGen;
        this.sets[oldGen].add(o);
        continue;
      }
      o.refcnt++;
      const clear = o.type.clear;
      if (clear !== null) clear(o);
      if (--o.refcnt === 0) rt.dealloc(o);
      else if (o.gcGen === UNREACHABLE) {
        // Still alive after tp_clear: move to the old generation (gcmodule.c delete_garbage).
        unreachable.delete(o);
        o.gcGen = oldGen;
        this.sets[oldGen].add(o);
      }
    }
    if (generation === 2) rt.freelists.clearAll();
    const result: CollectionResult = { generation, collected: n, uncollectable: 0, finalized };
    const s = this.stats[generation];
    s.collections++;
    s.collected += n;
    this.last = result;
    return { generation, collected: n, uncollectable: 0, finalized };
  }

  /** cf. Objects/tupleobject.c _PyTuple_MaybeUntrack */
  private tupleMayBeUntracked(t: PyTuple): boolean {
    for (const it of t.items) if (gcMayBeTracked(this.rt, it)) return false;
    return true;
  }

  /** cf. Objects/dictobject.c _PyDict_MaybeUntrack (str-keyed tables look at values only). */
  private dictMayBeUntracked(d: PyDict): boolean {
    for (let i = 0; i < d.keys.length; i++) {
      const k = d.keys[i];
      if (k === null) continue;
      const v = d.values[i]!;
      if (gcMayBeTracked(this.rt, v) || gcMayBeTracked(this.rt, k)) return false;
    }
    return true;
  }

  /** tp_finalize: call __del__ once; exceptions are reported and ignored. */
  callFinalizer(o: PyObject): void {
    this.finalizedSet.add(o);
    const rt = this.rt;
    const native = o.type.finalize;
    if (native !== null) {
      native(o);
      return;
    }
    const del = o.type.lookup('__del__');
    if (del === null || !this.callHook) return;
    const saved = rt.handled;
    try {
      const bound = rt.bindDescriptor(del, o);
      try {
        const r = this.callHook(bound, []);
        if (--r.refcnt === 0) rt.dealloc(r);
      } finally {
        if (--bound.refcnt === 0) rt.dealloc(bound);
      }
    } catch (e) {
      if (e instanceof PyRaise && this.unraisable) this.unraisable(e.exc, del);
      else throw e;
    } finally {
      rt.handled = saved;
    }
  }

  /**
   * PyObject_ClearWeakRefs: detach every weakref to `o`; call the callbacks of weakrefs
   * that are themselves alive (and, during a collection, not part of the garbage).
   */
  clearWeakrefs(o: PyObject, callCallbacks: boolean, garbage?: Set<PyObject>): void {
    const refs = o.weakrefs;
    if (refs === null) return;
    o.weakrefs = null;
    const pending: PyWeakRef[] = [];
    for (const w of refs as PyWeakRef[]) {
      w.referent = null;
      if (w.callback !== null && callCallbacks && !(garbage && garbage.has(w))) pending.push(w);
    }
    const rt = this.rt;
    for (const w of pending) {
      const cb = w.callback!;
      w.callback = null;
      w.refcnt++;
      try {
        if (this.callHook) {
          const r = this.callHook(cb, [w]);
          if (--r.refcnt === 0) rt.dealloc(r);
        }
      } catch (e) {
        if (e instanceof PyRaise && this.unraisable) this.unraisable(e.exc, cb);
        else throw e;
      } finally {
        if (--cb.refcnt === 0) rt.dealloc(cb);
        if (--w.refcnt === 0) rt.dealloc(w);
      }
    }
  }
}
