// set and frozenset: an open-addressing table with linear probing, as
// Objects/setobject.c (3.11): 8-entry smalltable inline, LINEAR_PROBES 9,
// PERTURB_SHIFT 5, resize when fill*5 >= mask*3. Iteration order is the
// table order, which is why {3, 1, 2} prints as {1, 2, 3}.

import type { PyObject } from './object';
import { PySet, PyInt, PyStr, PyFloat } from './core';
import type { PyType } from './type';
import type { Runtime } from '../runtime';
import { hashObjectBig, eqObjects } from '../vm/abstract';

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;

/** The set's slot table: parallel arrays, null = empty, DUMMY marker for deleted. */
export interface SetTable {
  keys: Array<PyObject | null | 'dummy'>;
  hashes: bigint[];
}

export function setTable(s: PySet): SetTable {
  return { keys: s.table, hashes: s.thashes };
}

export function newSet(rt: Runtime, type: PyType): PySet {
  const s = new PySet(type);
  rt.allocObject(s, 200);
  rt.gc.track(s);
  return s;
}

function hashOf(rt: Runtime, k: PyObject): bigint {
  if (k.type === rt.t.int) {
    const v = (k as PyInt).v;
    if (typeof v === 'number' && v >= 0 && v < 2 ** 53) return BigInt(v);
  }
  return hashObjectBig(rt, k);
}

/** set_add_entry */
export function setAddImpl(rt: Runtime, s: PySet, key: PyObject): void {
  const h = hashOf(rt, key);
  const t = setTable(s);
  const mask = BigInt(s.tableSize - 1);
  let perturb = h < 0n ? h + (1n << 64n) : h;
  let i = h & mask;
  let freeslot = -1;
  for (;;) {
    let idx = Number(i);
    let probes = idx + LINEAR_PROBES <= Number(mask) ? LINEAR_PROBES : 0;
    for (;;) {
      const k = t.keys[idx];
      if (k === null) {
        const at = freeslot >= 0 ? freeslot : idx;
        key.refcnt++;
        t.keys[at] = key;
        t.hashes[at] = h;
        s.used++;
        if (freeslot < 0) {
          s.fill++;
          if (s.fill * 5 >= Number(mask) * 3) setResize(rt, s, s.used > 50000 ? s.used * 2 : s.used * 4);
        }
        return;
      }
      if (k === 'dummy') { if (freeslot < 0) freeslot = idx; }
      else if (t.hashes[idx] === h && (k === key || eqObjects(rt, k, key))) return;
      if (probes-- <= 0) break;
      idx++;
    }
    perturb >>= BigInt(PERTURB_SHIFT);
    i = (i * 5n + 1n + perturb) & mask;
  }
}

/** Index of key in the table, or -1. */
export function setFind(rt: Runtime, s: PySet, key: PyObject): number {
  const h = hashOf(rt, key);
  const t = setTable(s);
  const mask = BigInt(s.tableSize - 1);
  let perturb = h < 0n ? h + (1n << 64n) : h;
  let i = h & mask;
  for (;;) {
    let idx = Number(i);
    let probes = idx + LINEAR_PROBES <= Number(mask) ? LINEAR_PROBES : 0;
    for (;;) {
      const k = t.keys[idx];
      if (k === null) return -1;
      if (k !== 'dummy' && t.hashes[idx] === h && (k === key || eqObjects(rt, k, key))) return idx;
      if (probes-- <= 0) break;
      idx++;
    }
    perturb >>= BigInt(PERTURB_SHIFT);
    i = (i * 5n + 1n + perturb) & mask;
  }
}

export function setDiscard(rt: Runtime, s: PySet, key: PyObject): boolean {
  const i = setFind(rt, s, key);
  if (i < 0) return false;
  const t = setTable(s);
  const k = t.keys[i] as PyObject;
  t.keys[i] = 'dummy';
  s.used--;
  rt.decref(k);
  return true;
}

/** set_table_resize(minused) */
export function setResize(rt: Runtime, s: PySet, minused: number): void {
  let newsize = 8;
  while (newsize <= minused) newsize <<= 1;
  const old = setTable(s);
  const entries: Array<[PyObject, bigint]> = [];
  for (let i = 0; i < old.keys.length; i++) {
    const k = old.keys[i];
    if (k !== null && k !== 'dummy') entries.push([k, old.hashes[i]]);
  }
  const oldAddr = s.tableAddr;
  s.tableSize = newsize;
  s.table = new Array(newsize).fill(null);
  s.thashes = new Array(newsize).fill(0n);
  const t = setTable(s);
  const mask = BigInt(newsize - 1);
  s.fill = entries.length;
  // set_insert_clean
  for (const [k, h] of entries) {
    let perturb = h < 0n ? h + (1n << 64n) : h;
    let i = h & mask;
    for (;;) {
      let idx = Number(i);
      let placed = false;
      if (t.keys[idx] === null) { t.keys[idx] = k; t.hashes[idx] = h; placed = true; }
      else if (idx + LINEAR_PROBES <= Number(mask)) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (t.keys[idx + j] === null) { t.keys[idx + j] = k; t.hashes[idx + j] = h; placed = true; break; }
        }
      }
      if (placed) break;
      perturb >>= BigInt(PERTURB_SHIFT);
      i = (i * 5n + 1n + perturb) & mask;
      idx = Number(i);
    }
  }
  s.tableAddr = newsize > 8 ? (oldAddr === 0 ? rt.allocRaw(16 * newsize) : (rt.freeRaw(oldAddr), rt.allocRaw(16 * newsize))) : (oldAddr !== 0 ? (rt.freeRaw(oldAddr), 0) : 0);
}

/** Live members in table order (borrowed). */
export function setMembers(s: PySet): PyObject[] {
  const t = setTable(s);
  const out: PyObject[] = [];
  for (const k of t.keys) if (k !== null && k !== 'dummy') out.push(k);
  return out;
}

export function setClear(rt: Runtime, s: PySet): void {
  const members = setMembers(s);
  if (s.tableAddr !== 0) rt.freeRaw(s.tableAddr);
  s.tableAddr = 0;
  s.tableSize = 8;
  s.used = 0;
  s.fill = 0;
  s.table = new Array(8).fill(null);
  s.thashes = new Array(8).fill(0n);
  for (const m of members) rt.decref(m);
}

export function setDealloc(o: PyObject): void {
  setClear(o.type.rt, o as PySet);
}

export function setSizeof(o: PyObject): number {
  const s = o as PySet;
  return s.type.basicsize + (s.tableSize > 8 ? 16 * s.tableSize : 0);
}

export { PyStr, PyFloat };
