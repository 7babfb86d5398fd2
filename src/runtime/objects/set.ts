// set and frozenset: an open-addressing table with linear probing, as
// Objects/setobject.c (3.11): 8-entry smalltable inline, LINEAR_PROBES 9,
// PERTURB_SHIFT 5, resize when fill*5 >= mask*3. Iteration order is the
// table order, which is why {3, 1, 2} prints as {1, 2, 3}.
//
// `fill` counts active and dummy entries, `used` only active ones. A table
// larger than the smalltable is a separate PyMem block of 16 bytes per entry.

import type { PyObject } from './object';
import { PySet, PyInt, PyStr, PyFloat } from './core';
import { PyDict } from './dict';
import type { PyType } from './type';
import type { Runtime } from '../runtime';
import { hashObjectBig, eqObjects, getIter, iterNext } from '../vm/abstract';

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;
/** PySet_MINSIZE: the inline smalltable. */
const SET_MINSIZE = 8;
/** A dummy entry's hash, as CPython stores -1 there. */
const DUMMY_HASH = -1n;

/** The set's slot table: parallel arrays, null = empty, DUMMY marker for deleted. */
export interface SetTable {
  keys: Array<PyObject | null | 'dummy'>;
  hashes: bigint[];
}

export function setTable(s: PySet): SetTable {
  return { keys: s.table, hashes: s.thashes };
}

/** make_new_set without an iterable: the object (200 bytes, smalltable inline). */
export function newSet(rt: Runtime, type: PyType): PySet {
  const s = new PySet(type);
  rt.allocObject(s, 200);
  rt.gc.track(s);
  return s;
}

/** make_new_set_basetype: subclasses of set build a set, of frozenset a frozenset. */
export function baseSetType(rt: Runtime, t: PyType): PyType {
  if (t === rt.t.set || t === rt.t.frozenset) return t;
  return t.isSubtypeOf(rt.t.set) ? rt.t.set : rt.t.frozenset;
}

/** make_new_set(type, iterable) */
export function makeNewSet(rt: Runtime, type: PyType, iterable: PyObject | null): PySet {
  const s = newSet(rt, type);
  if (iterable !== null) {
    try { setUpdateInternal(rt, s, iterable); } catch (e) { rt.decref(s); throw e; }
  }
  return s;
}

export function setHash(rt: Runtime, k: PyObject): bigint {
  if (k.type === rt.t.int) {
    const v = (k as PyInt).v;
    if (typeof v === 'number' && v >= 0 && v < 2 ** 53) return BigInt(v);
  }
  return hashObjectBig(rt, k);
}

function unsigned(h: bigint): bigint {
  return h < 0n ? h + (1n << 64n) : h;
}

/** set_add_entry: insert `key` (increfed) with its hash; the last dummy seen on the probe
 * sequence is reused. Resizes to used*4 (used*2 past 50000) when fill*5 >= mask*3. */
export function setAddEntry(rt: Runtime, s: PySet, key: PyObject, h: bigint): void {
  const mask = s.tableSize - 1;
  const keys = s.table;
  const hashes = s.thashes;
  let perturb = unsigned(h);
  let i = Number(perturb & BigInt(mask));
  let freeslot = -1;
  for (;;) {
    let idx = i;
    let probes = idx + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (;;) {
      const k = keys[idx];
      if (k === null) {
        key.refcnt++;
        if (freeslot >= 0) {
          s.used++;
          keys[freeslot] = key;
          hashes[freeslot] = h;
          return;
        }
        s.fill++;
        s.used++;
        keys[idx] = key;
        hashes[idx] = h;
        if (s.fill * 5 < mask * 3) return;
        setResize(rt, s, s.used > 50000 ? s.used * 2 : s.used * 4);
        return;
      }
      if (k === 'dummy') freeslot = idx;
      else if (hashes[idx] === h) {
        if (k === key || eqObjects(rt, k, key)) return;
        // The comparison may have changed the set: start again.
        if (s.table !== keys || keys[idx] !== k) { setAddEntry(rt, s, key, h); return; }
      }
      if (probes-- <= 0) break;
      idx++;
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + Number(perturb & BigInt(mask))) & mask;
  }
}

/** set_add_key */
export function setAddImpl(rt: Runtime, s: PySet, key: PyObject): void {
  setAddEntry(rt, s, key, setHash(rt, key));
}

/** set_lookkey: index of the active entry for key, or -1. */
export function setLookkey(rt: Runtime, s: PySet, key: PyObject, h: bigint): number {
  const mask = s.tableSize - 1;
  const keys = s.table;
  let perturb = unsigned(h);
  let i = Number(perturb & BigInt(mask));
  for (;;) {
    let idx = i;
    let probes = idx + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (;;) {
      const k = keys[idx];
      if (k === null) return -1;
      if (k !== 'dummy' && s.thashes[idx] === h) {
        if (k === key) return idx;
        const eq = eqObjects(rt, k, key);
        if (s.table !== keys || keys[idx] !== k) return setLookkey(rt, s, key, h);
        if (eq) return idx;
      }
      if (probes-- <= 0) break;
      idx++;
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + Number(perturb & BigInt(mask))) & mask;
  }
}

/** Index of key in the table, or -1. */
export function setFind(rt: Runtime, s: PySet, key: PyObject): number {
  return setLookkey(rt, s, key, setHash(rt, key));
}

/** set_discard_entry: the slot becomes a dummy (fill unchanged); the table never shrinks here. */
export function setDiscardEntry(rt: Runtime, s: PySet, key: PyObject, h: bigint): boolean {
  const i = setLookkey(rt, s, key, h);
  if (i < 0) return false;
  const k = s.table[i] as PyObject;
  s.table[i] = 'dummy';
  s.thashes[i] = DUMMY_HASH;
  s.used--;
  rt.decref(k);
  return true;
}

export function setDiscard(rt: Runtime, s: PySet, key: PyObject): boolean {
  return setDiscardEntry(rt, s, key, setHash(rt, key));
}

/** set_insert_clean: place a key known to be absent in a table without dummies. */
function insertClean(keys: Array<PyObject | null | 'dummy'>, hashes: bigint[], mask: number, key: PyObject, h: bigint): void {
  let perturb = unsigned(h);
  let i = Number(perturb & BigInt(mask));
  for (;;) {
    if (keys[i] === null) { keys[i] = key; hashes[i] = h; return; }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (keys[i + j] === null) { keys[i + j] = key; hashes[i + j] = h; return; }
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + Number(perturb & BigInt(mask))) & mask;
  }
}

/** set_table_resize(minused): the smallest power of 2 > minused (at least 8). The new table is
 * allocated before the old one is freed; a small table without dummies is left alone. */
export function setResize(rt: Runtime, s: PySet, minused: number): void {
  let newsize = SET_MINSIZE;
  while (newsize <= minused) newsize *= 2;
  if (newsize === SET_MINSIZE && s.tableSize === SET_MINSIZE && s.fill === s.used) return;
  const oldKeys = s.table;
  const oldHashes = s.thashes;
  const oldAddr = s.tableAddr;
  s.tableAddr = newsize > SET_MINSIZE ? rt.allocRaw(16 * newsize) : 0;
  s.tableSize = newsize;
  s.table = new Array(newsize).fill(null);
  s.thashes = new Array(newsize).fill(0n);
  s.fill = s.used;
  for (let i = 0; i < oldKeys.length; i++) {
    const k = oldKeys[i];
    if (k !== null && k !== 'dummy') insertClean(s.table, s.thashes, newsize - 1, k, oldHashes[i]);
  }
  if (oldAddr !== 0) rt.freeRaw(oldAddr);
}

/** set_merge: add the members of another set, presizing once for (used + other.used)*2. */
export function setMerge(rt: Runtime, so: PySet, other: PySet): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= (so.tableSize - 1) * 3) setResize(rt, so, (so.used + other.used) * 2);
  const okeys = other.table.slice();
  const ohashes = other.thashes.slice();
  if (so.fill === 0 && so.tableSize === other.tableSize && other.fill === other.used) {
    // Same geometry, no dummies: copy the slots as they are.
    for (let i = 0; i < okeys.length; i++) {
      const k = okeys[i];
      if (k !== null && k !== 'dummy') { k.refcnt++; so.table[i] = k; so.thashes[i] = ohashes[i]; }
    }
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  if (so.fill === 0) {
    so.fill = other.used;
    so.used = other.used;
    for (let i = 0; i < okeys.length; i++) {
      const k = okeys[i];
      if (k !== null && k !== 'dummy') { k.refcnt++; insertClean(so.table, so.thashes, so.tableSize - 1, k, ohashes[i]); }
    }
    return;
  }
  for (let i = 0; i < okeys.length; i++) {
    const k = okeys[i];
    if (k !== null && k !== 'dummy') setAddEntry(rt, so, k, ohashes[i]);
  }
}

/** set_update_internal: a set merges, an exact dict presizes then adds its keys, anything else
 * is iterated. (The dict's stored hash is not reused: keys are hashed again.) */
export function setUpdateInternal(rt: Runtime, so: PySet, other: PyObject): void {
  if (other instanceof PySet) { setMerge(rt, so, other); return; }
  if (other instanceof PyDict && other.type === rt.t.dict) {
    const n = other.used;
    if ((so.fill + n) * 5 >= (so.tableSize - 1) * 3) setResize(rt, so, (so.used + n) * 2);
    const keys = other.keys.filter((k): k is PyObject => k !== null);
    for (const k of keys) k.refcnt++;
    try { for (const k of keys) setAddImpl(rt, so, k); } finally { for (const k of keys) rt.decref(k); }
    return;
  }
  const it = getIter(rt, other);
  try {
    for (;;) {
      const k = iterNext(rt, it);
      if (k === null) break;
      try { setAddImpl(rt, so, k); } finally { rt.decref(k); }
    }
  } finally { rt.decref(it); }
}

/** set_swap_bodies: exchange the tables (and frozenset hashes) of two sets. */
export function setSwapBodies(rt: Runtime, a: PySet, b: PySet): void {
  [a.table, b.table] = [b.table, a.table];
  [a.thashes, b.thashes] = [b.thashes, a.thashes];
  [a.fill, b.fill] = [b.fill, a.fill];
  [a.used, b.used] = [b.used, a.used];
  [a.tableSize, b.tableSize] = [b.tableSize, a.tableSize];
  [a.tableAddr, b.tableAddr] = [b.tableAddr, a.tableAddr];
  if (a.type.isSubtypeOf(rt.t.frozenset) && b.type.isSubtypeOf(rt.t.frozenset)) [a.hash, b.hash] = [b.hash, a.hash];
  else { a.hash = -1; b.hash = -1; }
}

/** Live members in table order (borrowed). */
export function setMembers(s: PySet): PyObject[] {
  const out: PyObject[] = [];
  for (const k of s.table) if (k !== null && k !== 'dummy') out.push(k);
  return out;
}

/** Live members with their stored hashes, in table order (borrowed): set_next. */
export function setEntries(s: PySet): Array<[PyObject, bigint]> {
  const out: Array<[PyObject, bigint]> = [];
  for (let i = 0; i < s.table.length; i++) { const k = s.table[i]; if (k !== null && k !== 'dummy') out.push([k, s.thashes[i]]); }
  return out;
}

/** set_clear_internal: empty the set to the smalltable first, then release the members in table
 * order, then free the old table. */
export function setClear(rt: Runtime, s: PySet): void {
  const members = setMembers(s);
  const addr = s.tableAddr;
  s.tableAddr = 0;
  s.tableSize = SET_MINSIZE;
  s.used = 0;
  s.fill = 0;
  s.table = new Array(SET_MINSIZE).fill(null);
  s.thashes = new Array(SET_MINSIZE).fill(0n);
  for (const m of members) rt.decref(m);
  if (addr !== 0) rt.freeRaw(addr);
}

export function setDealloc(o: PyObject): void {
  setClear(o.type.rt, o as PySet);
}

/** set_sizeof: the object plus a table that is not the smalltable. */
export function setSizeof(o: PyObject): number {
  const s = o as PySet;
  return s.type.basicsize + (s.tableSize > SET_MINSIZE ? 16 * s.tableSize : 0);
}

export { PyStr, PyFloat };
