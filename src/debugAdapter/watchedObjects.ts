// The objects data breakpoints watch, in one runner (see dataTargets.ts ObjRef):
// found by address once the runner has got to the event the watch was made at
// (earlier, the object may not exist yet, or another one may live at that
// address), then held by identity for the runner's life. Holding is not a
// reference: it changes no refcount, and a freed object stays recognisable
// (its refcount is 0 and it is never reused: a new object is a new JS object).
//
// Also the shallow view of an object a fingerprint compares: its referents.

import type { PyObject } from '../runtime/objects/object';
import { PyType } from '../runtime/objects/type';
import { PyDict } from '../runtime/objects/dict';
import {
  PyTuple, PyList, PySet, PyInstance, PyCell, PyFunction, PyMethod, PyModule, PyByteArray,
} from '../runtime/objects/core';
import type { Runtime } from '../runtime/runtime';
import type { ObjRef } from './dataTargets';

export class WatchedObjects {
  /** By `addr@ev`; null: looked for and not found (the watch stays inert in this runner). */
  private readonly found = new Map<string, PyObject | null>();

  /** `now`: the runner's event number (messages.ts Point.ev). */
  constructor(private readonly rt: Runtime, private readonly now: () => number) {}

  private static key(ref: ObjRef): string {
    return `${ref.addr}@${ref.ev}`;
  }

  /** This runner has the object in hand (it answered dataBreakpointInfo for it just now). */
  put(ref: ObjRef, o: PyObject): void {
    this.found.set(WatchedObjects.key(ref), o);
  }

  /** The object, once this runner has got to where the watch was made (null before, or when it was not found). */
  get(ref: ObjRef): PyObject | null {
    const key = WatchedObjects.key(ref);
    const o = this.found.get(key);
    if (o !== undefined) return o;
    if (this.now() < ref.ev) return null;
    const x = findObject(this.rt, ref.addr);
    const same = x !== null && x.type.name === ref.type ? x : null;
    this.found.set(key, same);
    return same;
  }
}

/**
 * Every object `o` refers to, in order, into `out` (null for empty slots, so positions stay put): what a
 * "mutated" check compares. Container contents, instance attributes and slots, a cell's contents…; for
 * other types what tp_traverse visits.
 */
export function referents(o: PyObject, out: Array<PyObject | null>): void {
  if (o instanceof PyList || o instanceof PyTuple) { for (const x of o.items) out.push(x); return; }
  if (o instanceof PyDict) { dictEntries(o, out); return; }
  if (o instanceof PySet) { for (const k of o.table) if (k !== null && k !== 'dummy') out.push(k); return; }
  if (o instanceof PyInstance) {
    out.push(o.type);
    if (o.dict !== null) dictEntries(o.dict, out);
    if (o.slots !== null) for (const x of o.slots) out.push(x);
    return;
  }
  if (o instanceof PyCell) { out.push(o.ref); return; }
  if (o instanceof PyFunction) {
    out.push(o.codeObj, o.defaults, o.kwdefaults, o.closure);
    if (o.dict !== null) dictEntries(o.dict, out);
    return;
  }
  if (o instanceof PyMethod) { out.push(o.func, o.self); return; }
  if (o instanceof PyModule) { dictEntries(o.dict, out); return; }
  if (o instanceof PyType) { if (o.heap) { dictEntries(o.dict, out); for (const b of o.bases) out.push(b); } return; }
  const tr = o.type.traverse;
  if (tr !== null) tr(o, (c) => { out.push(c); });
}

function dictEntries(d: PyDict, out: Array<PyObject | null>): void {
  const keys = d.keys;
  const values = d.values;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== null && values[i] !== null) out.push(keys[i], values[i]);
}

/** A value besides the referents that a mutation changes (a bytearray's bytes), as a number; 0 for others. */
export function valueHash(o: PyObject): number {
  if (!(o instanceof PyByteArray)) return 0;
  let h = o.length;
  for (let i = 0; i < o.length; i++) h = (Math.imul(h, 31) + o.v[i]) | 0;
  return h;
}

/**
 * The live object whose id() is `addr`, or null: a walk from the frames, the modules and the GC's lists over
 * referents (the same roots as a heap snapshot). Only run when a watch is made or first met in a runner.
 */
export function findObject(rt: Runtime, addr: number): PyObject | null {
  const seen = new Set<PyObject>();
  const queue: PyObject[] = [];
  const visit = (o: PyObject | null): void => {
    if (o === null || seen.has(o)) return;
    seen.add(o);
    queue.push(o);
  };
  for (let f = rt.frame; f !== null; f = f.back) {
    visit(f.globals);
    visit(f.locals);
    for (const v of f.localsplus) visit(v);
    for (let i = 0; i < f.sp; i++) visit(f.stack[i]);
  }
  for (const m of rt.modules.loaded.values()) visit(m);
  for (let g = 0; g < 3; g++) for (const o of rt.gc.sets[g]) visit(o);
  const refs: Array<PyObject | null> = [];
  for (let i = 0; i < queue.length; i++) {
    const o = queue[i];
    if (o.addr === addr && o.refcnt > 0) return o;
    refs.length = 0;
    referents(o, refs);
    if (o instanceof PyInstance && o.dict !== null) refs.push(o.dict);
    if (o instanceof PyModule || (o instanceof PyType && o.heap)) refs.push(o.dict);
    if (o instanceof PyFunction) refs.push(o.globals, o.dict);
    for (const r of refs) visit(r);
  }
  return null;
}
