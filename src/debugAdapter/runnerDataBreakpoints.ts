// Data breakpoints in the runner (DAP setDataBreakpoints; what each watches:
// dataTargets.ts). At every line event while some are set, each watch reads a
// small fingerprint of what it watches and compares it with the one read at the
// line event before: a name's or slot's binding (object identity), an object's
// refcount, its referents (identities, in order) and a bytearray's bytes. A
// change stops the program at that line event, the one right after the change:
// line granularity (a change undone within one line, e.g. a refcount raised and
// dropped again while a call runs, is not seen). With none set the runner never
// calls in here (`active`), so ordinary runs cost nothing.

import type { PyObject } from '../runtime/objects/object';
import { PyDict } from '../runtime/objects/dict';
import { PyList, PyInstance, PyCell, PyModule } from '../runtime/objects/core';
import { PyType } from '../runtime/objects/type';
import type { Runtime } from '../runtime/runtime';
import type { Frame } from '../runtime/vm/frame';
import type { DataBreakpointSpec, DataHit } from './messages';
import { parseDataId, varLabel, objName, type DataTarget, type Slot } from './dataTargets';
import { WatchedObjects, referents, valueHash } from './watchedObjects';
import { pyRepr } from './pyRepr';

const CELL_OR_FREE = 0x40 | 0x80;
const REPR = 60;

/** The code a function's frame runs, as a data breakpoint names it across runners. */
export function codeKey(f: Frame): string {
  return `${f.code.filename}:${f.code.firstlineno}:${f.code.qualname}`;
}

/** Frames on the stack from `f` down to the module's (1: the bottom one). */
export function frameDepth(f: Frame): number {
  let d = 0;
  for (let x: Frame | null = f; x !== null; x = x.back) d++;
  return d;
}

/** A binding as read now: where it lives (a frame or a dict; null: nowhere now) and the object bound (null: unbound). */
interface Binding { home: object | null; value: PyObject | null }

interface Watch {
  id: number;
  dataId: string;
  target: DataTarget;
  /** 'var' and 'slot': the binding at the last line event (home null: not known yet). */
  home: object | null;
  value: PyObject | null;
  repr: string;
  /** 'obj': the object (null until found), its refcount, referents and value hash; freed: reported, done. */
  obj: PyObject | null;
  refcnt: number;
  refs: Array<PyObject | null>;
  hash: number;
  freed: boolean;
  /** 'var' in a function: the code last seen at the watched depth, and whether it is the watched code. */
  code: unknown;
  codeMatches: boolean;
}

export class DataWatch {
  /** Some data breakpoint is set: the runner calls check() at each line event. */
  active = false;
  private watches: Watch[] = [];
  private scratch: Array<PyObject | null> = [];

  constructor(private readonly rt: Runtime, private readonly objects: WatchedObjects) {}

  /** The data breakpoints now set: ones already watched keep their fingerprint, new ones take it now. */
  set(specs: DataBreakpointSpec[] | undefined): void {
    const old = new Map(this.watches.map((w) => [w.dataId, w]));
    this.watches = [];
    for (const s of specs ?? []) {
      const kept = old.get(s.dataId);
      if (kept !== undefined) { kept.id = s.id; this.watches.push(kept); continue; }
      const target = parseDataId(s.dataId);
      if (target === null) continue;
      const w: Watch = { id: s.id, dataId: s.dataId, target, home: null, value: null, repr: '', obj: null, refcnt: 0, refs: [], hash: 0, freed: false, code: null, codeMatches: false };
      this.watches.push(w);
      this.compare(w);
    }
    this.active = this.watches.length > 0;
  }

  /** At a line event: what changed since the last one (null: nothing). */
  check(): DataHit | null {
    let hit: DataHit | null = null;
    for (const w of this.watches) {
      const text = this.compare(w);
      if (text === null) continue;
      if (hit === null) hit = { ids: [w.id], text };
      else { hit.ids.push(w.id); hit.text += `; ${text}`; }
    }
    return hit;
  }

  /** Read the watch's fingerprint now, keep it, and say what changed (null: nothing, or nothing to compare with). */
  private compare(w: Watch): string | null {
    return w.target.k === 'obj' ? this.compareObject(w) : this.compareBinding(w);
  }

  private compareBinding(w: Watch): string | null {
    const t = w.target;
    const now = t.k === 'var' ? this.readVar(w, t) : t.k === 'slot' ? this.readSlot(t.obj, t.slot) : null;
    if (now === null) return null;
    const label = t.k === 'var' ? varLabel(t) : t.k === 'slot' ? t.label : '';
    if (now.home === FREED) {
      const was = w.home;
      w.home = FREED;
      return was !== null && was !== FREED && t.k === 'slot' ? `${label}: ${objName(t.obj)} freed` : null;
    }
    const seen = w.home !== null && w.home === now.home;
    const changed = seen && now.value !== w.value;
    const before = w.repr;
    if (!seen || changed) {
      w.home = now.home;
      w.value = now.value;
      w.repr = now.value === null ? '<unbound>' : pyRepr(this.rt, now.value, REPR);
    }
    if (!changed) return null;
    return `${label} rebound: ${before} → ${w.repr}`;
  }

  private compareObject(w: Watch): string | null {
    if (w.freed || w.target.k !== 'obj') return null;
    const ref = w.target.obj;
    const o = this.objects.get(ref);
    if (o === null) return null;
    const name = objName(ref);
    const first = w.obj === null;
    w.obj = o;
    if (o.refcnt <= 0) { w.freed = true; return first ? null : `${name} freed`; }
    const refs = this.scratch;
    refs.length = 0;
    referents(o, refs);
    const hash = valueHash(o);
    const mutated = !first && (hash !== w.hash || !sameRefs(refs, w.refs));
    const counted = !first && o.refcnt !== w.refcnt;
    const before = w.refcnt;
    if (first || mutated) { this.scratch = w.refs; w.refs = refs; }
    w.hash = hash;
    w.refcnt = o.refcnt;
    const count = `refcount ${before} → ${o.refcnt}`;
    if (mutated) return `${name} mutated${counted ? `; ${count}` : ''}`;
    return counted ? `${name} ${count}` : null;
  }

  /** A name in a scope: the module's globals (by name), or the frame at the watched depth if it runs the watched code. */
  private readVar(w: Watch, t: Extract<DataTarget, { k: 'var' }>): Binding {
    if (t.scope === 'globals') {
      const d = this.rt.modules.loaded.get(t.module)?.dict ?? null;
      return { home: d, value: d === null ? null : d.getStr(t.name) };
    }
    let f = this.rt.frame;
    for (let skip = f === null ? 0 : frameDepth(f) - t.depth; skip > 0 && f !== null; skip--) f = f.back;
    if (f === null) return { home: null, value: null };
    if (f.code !== w.code) { w.code = f.code; w.codeMatches = codeKey(f) === t.code; }
    if (!w.codeMatches) return { home: null, value: null };
    if (f.locals !== null && f.locals !== f.globals) return { home: f, value: f.locals.getStr(t.name) };
    const i = f.code.localsplusNames.indexOf(t.name);
    if (i < 0) return { home: f, value: null };
    const v = f.localsplus[i];
    if ((f.code.localsplusKinds[i] & CELL_OR_FREE) !== 0 && v instanceof PyCell) return { home: f, value: v.ref };
    return { home: f, value: v };
  }

  /** A slot of a watched object; null while the object is not known here. */
  private readSlot(ref: Extract<DataTarget, { k: 'slot' }>['obj'], slot: Slot): Binding | null {
    const o = this.objects.get(ref);
    if (o === null) return null;
    if (o.refcnt <= 0) return { home: FREED, value: null };
    return { home: o, value: slotValue(o, slot) };
  }
}

/** The home of a slot whose object was freed. */
const FREED = {};

function sameRefs(a: Array<PyObject | null>, b: Array<PyObject | null>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The object bound in a slot now (null: empty, deleted, out of range). */
export function slotValue(o: PyObject, slot: Slot): PyObject | null {
  if ('item' in slot) return o instanceof PyList ? o.items[slot.item] ?? null : null;
  if ('key' in slot || 'intKey' in slot) {
    if (!(o instanceof PyDict)) return null;
    const i = o.index.get('key' in slot ? slot.key : slot.intKey);
    return i === undefined ? null : o.values[i];
  }
  if ('cell' in slot) return o instanceof PyCell ? o.ref : null;
  const name = slot.attr;
  if (o instanceof PyInstance) {
    const i = o.slots !== null ? o.type.slotIndex?.get(name) : undefined;
    if (i !== undefined) return o.slots![i];
    return o.dict?.getStr(name) ?? null;
  }
  if (o instanceof PyModule) return o.dict.getStr(name);
  if (o instanceof PyType) return o.dict.getStr(name);
  return null;
}
