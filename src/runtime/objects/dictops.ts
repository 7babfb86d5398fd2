// dict storage operations with CPython 3.11's geometry: insertdict, delitem,
// insertion_resize, dictresize (cf. Objects/dictobject.c). Keys that are exact str,
// or int/float values representable as JS numbers, are indexed by their JS value;
// other keys by Python hash with __eq__ checks.

import { gcMayBeTracked } from '../memory/gc';
import { PyObject } from './object';
import { PyDict, DICT_LOG_MINSIZE, usableFraction, calculateLog2Keysize, estimateLog2Keysize, keysObjectSize } from './dict';
import { PyStr, PyInt, PyFloat } from './core';
import type { Runtime } from '../runtime';
import { hashObject, eqObjects } from '../vm/abstract';

/** The JS key for primitive-indexed keys, or null when the key needs Python hashing. */
export function primKey(rt: Runtime, k: PyObject): string | number | null {
  const t = k.type;
  if (t === rt.t.str) return (k as PyStr).v;
  if (t === rt.t.int || t === rt.t.bool) {
    const v = (k as PyInt).v;
    return typeof v === 'number' ? v : null;
  }
  if (t === rt.t.float) {
    const v = (k as PyFloat).v;
    if (Number.isNaN(v)) return null;
    if (Number.isInteger(v) && !Number.isSafeInteger(v)) return null;
    return v;
  }
  return null;
}

function isExactStr(rt: Runtime, k: PyObject): boolean {
  return k.type === rt.t.str;
}

/** Entry index of `key`, or -1. */
export function dictLookup(rt: Runtime, d: PyDict, key: PyObject): number {
  return findEntry(rt, d, key, primKey(rt, key)).i;
}

/**
 * cf. dictobject.c lookups: by hash, then identity or ==. Exact str/int/float keys are indexed by
 * value (`index`), other keys by hash (`buckets`); a key of one kind can equal a key of the other
 * (a str subclass instance and the str), so a miss in one looks in the other too. `h` is the
 * key's hash when it was computed (non-primitive keys).
 */
function findEntry(rt: Runtime, d: PyDict, key: PyObject, pk: string | number | null): { i: number; h: number } {
  if (pk !== null) {
    const f = d.index.get(pk);
    if (f !== undefined) return { i: f, h: 0 };
    if (d.buckets === null || d.buckets.size === 0) return { i: -1, h: 0 };
    return { i: searchBucket(rt, d, hashObject(rt, key), key), h: 0 };
  }
  // Non-primitive key: always hashed (raises for unhashable keys).
  const h = hashObject(rt, key);
  let i = d.buckets === null ? -1 : searchBucket(rt, d, h, key);
  if (i < 0 && d.index.size > 0) {
    const alt = primValueOf(rt, key);
    const f = alt === null ? undefined : d.index.get(alt);
    if (f !== undefined) {
      const k = d.keys[f]!;
      if (hashObject(rt, k) === h && eqObjects(rt, k, key)) i = f;
    }
  }
  return { i, h };
}

function searchBucket(rt: Runtime, d: PyDict, h: number, key: PyObject): number {
  const bucket = d.buckets?.get(h);
  if (bucket === undefined) return -1;
  for (const i of bucket) {
    const k = d.keys[i];
    if (k === null) continue;
    if (k === key || eqObjects(rt, k, key)) return i;
  }
  return -1;
}

/** The value of a str/int/float subclass instance as an `index` key (what an equal exact key is). */
function primValueOf(rt: Runtime, k: PyObject): string | number | null {
  const t = k.type;
  if (k instanceof PyStr && t.isSubtypeOf(rt.t.str)) return k.v;
  if (k instanceof PyInt && t.isSubtypeOf(rt.t.int)) return typeof k.v === 'number' ? k.v : null;
  if (k instanceof PyFloat && t.isSubtypeOf(rt.t.float)) return Number.isNaN(k.v) ? null : k.v;
  return null;
}

/** Borrowed value for a str key (type dicts, globals), or null. */
export function dictGetStr(d: PyDict, name: string): PyObject | null {
  const i = d.index.get(name);
  return i === undefined ? null : d.values[i];
}


/** Borrowed value or null. */
export function dictGet(rt: Runtime, d: PyDict, key: PyObject): PyObject | null {
  const i = dictLookup(rt, d, key);
  return i < 0 ? null : d.values[i];
}

/** Allocate the keys table of a dict going from empty to its first key (insert_to_emptydict). */
function ensureKeys(rt: Runtime, d: PyDict, unicode: boolean): void {
  if (d.log2size !== 0) return;
  d.log2size = DICT_LOG_MINSIZE;
  d.unicodeKeys = unicode;
  d.usable = usableFraction(8);
  if (!d.split) d.keysAddr = rt.freelists.allocDictKeys(keysObjectSize(3, unicode), 3, unicode);
}

/** dictresize: rebuild the entries compactly into a table of 2**log2 slots. */
export function dictResize(rt: Runtime, d: PyDict, log2: number, unicode: boolean): void {
  const oldAddr = d.keysAddr;
  const oldLog2 = d.log2size;
  const oldUnicode = d.unicodeKeys;
  const keys: Array<PyObject | null> = [];
  const values: Array<PyObject | null> = [];
  const hashes: number[] = [];
  for (let i = 0; i < d.keys.length; i++) {
    if (d.keys[i] !== null) { keys.push(d.keys[i]); values.push(d.values[i]); hashes.push(d.hashes[i]); }
  }
  d.keys = keys; d.values = values; d.hashes = hashes;
  reindex(rt, d);
  d.log2size = log2;
  d.unicodeKeys = unicode;
  d.usable = usableFraction(2 ** log2) - keys.length;
  if (d.split) return;
  const bytes = keysObjectSize(log2, unicode);
  d.keysAddr = rt.freelists.allocDictKeys(bytes, log2, unicode);
  if (oldAddr !== 0) rt.freelists.freeDictKeys(oldAddr, oldLog2, oldUnicode);
}

function reindex(rt: Runtime, d: PyDict): void {
  d.index = new Map();
  d.buckets = null;
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i]!;
    const pk = primKey(rt, k);
    if (pk !== null) d.index.set(pk, i);
    else addBucket(d, d.hashes[i], i);
  }
}

function addBucket(d: PyDict, h: number, i: number): void {
  if (d.buckets === null) d.buckets = new Map();
  const b = d.buckets.get(h);
  if (b === undefined) d.buckets.set(h, [i]);
  else b.push(i);
}

/** dictresize of a split dict: a combined table of 2**log2 slots gets the entries in insertion
 * order, then the values array is freed (the shared keys stay with the class). */
export function dictUnsplit(rt: Runtime, d: PyDict, log2: number, unicode: boolean): void {
  d.shared = null;
  d.split = false;
  d.keysAddr = 0;
  dictResize(rt, d, log2, unicode);
  if (d.valuesAddr !== 0) { rt.freeRaw(d.valuesAddr); d.valuesAddr = 0; }
}

/** GROWTH_RATE(d) = used * 3 (3.11). */
function insertionResize(rt: Runtime, d: PyDict, unicode: boolean): void {
  dictResize(rt, d, calculateLog2Keysize(d.used * 3), unicode);
}

/**
 * d[key] = value. Borrowed key and value (increfs what it stores). cf. insertdict.
 * Tracks the dict in the GC when a GC-tracked key or value goes in (MAINTAIN_TRACKING).
 */
export function dictSet(rt: Runtime, d: PyDict, key: PyObject, value: PyObject): void {
  const pk = primKey(rt, key);
  const { i, h } = findEntry(rt, d, key, pk);
  value.refcnt++;
  if (i >= 0) {
    const old = d.values[i]!;
    d.values[i] = value;
    maintainTracking(rt, d, value);
    if (--old.refcnt === 0) rt.dealloc(old);
    return;
  }
  const exact = isExactStr(rt, key);
  // A split dict takes a new exact-str key into the class's shared keys while they have room;
  // any other key first turns it into a combined table (insertion_resize). cf. insertdict
  if (d.shared !== null && !(exact && d.shared.insert((key as PyStr).v) >= 0)) {
    dictUnsplit(rt, d, calculateLog2Keysize(d.used * 3), exact);
  }
  if (d.shared === null) {
    if (d.log2size === 0) ensureKeys(rt, d, exact);
    else if (d.unicodeKeys && !exact) insertionResize(rt, d, false);
    if (d.usable <= 0) insertionResize(rt, d, d.unicodeKeys);
  }
  key.refcnt++;
  const idx = d.keys.length;
  d.keys.push(key);
  d.values.push(value);
  if (pk !== null) {
    d.hashes.push(0);
    d.index.set(pk, idx);
  } else {
    d.hashes.push(h);
    addBucket(d, h, idx);
  }
  d.used++;
  d.usable--;
  d.version++;
  maintainTracking(rt, d, key);
  maintainTracking(rt, d, value);
}

/** cf. Include/internal/pycore_object.h _PyObject_GC_MAY_BE_TRACKED: any GC object, but an exact
 *  tuple only while it is tracked. */
function maintainTracking(rt: Runtime, d: PyDict, o: PyObject): void {
  if (d.gcGen === -1 && d.addr !== 0 && !rt.initializing && gcMayBeTracked(rt, o)) {
    if (d.type.gc) rt.gc.track(d);
  }
}

export function dictSetStr(rt: Runtime, d: PyDict, name: string, value: PyObject): void {
  const k = rt.internStr(name);
  dictSet(rt, d, k, value);
  if (--k.refcnt === 0) rt.dealloc(k);
}

/** Delete `key`; returns false when absent (caller raises KeyError). cf. delitem_common. */
export function dictDel(rt: Runtime, d: PyDict, key: PyObject): boolean {
  const i = dictLookup(rt, d, key);
  if (i < 0) return false;
  dictDelAt(rt, d, i);
  return true;
}

/** Remove entry i, leaving a hole (DKIX_DUMMY). */
export function dictDelAt(rt: Runtime, d: PyDict, i: number): void {
  const k = d.keys[i]!;
  const v = d.values[i]!;
  const pk = primKey(rt, k);
  if (pk !== null) d.index.delete(pk);
  else {
    const b = d.buckets!.get(d.hashes[i])!;
    b.splice(b.indexOf(i), 1);
    if (b.length === 0) d.buckets!.delete(d.hashes[i]);
  }
  d.keys[i] = null;
  d.values[i] = null;
  d.used--;
  d.version++;
  if (--k.refcnt === 0) rt.dealloc(k);
  if (--v.refcnt === 0) rt.dealloc(v);
}

export function dictDelStr(rt: Runtime, d: PyDict, name: string): boolean {
  const i = d.index.get(name);
  if (i === undefined) return false;
  dictDelAt(rt, d, i);
  return true;
}

/** dict.clear(): back to the shared empty keys. A split dict releases its values (by shared-key
 * index, as the values array is laid out), then frees the array. cf. PyDict_Clear */
export function dictClear(rt: Runtime, d: PyDict): void {
  if (d.shared !== null) {
    const shared = d.shared;
    const valuesAddr = d.valuesAddr;
    const order = d.keys.map((_, i) => i).filter((i) => d.keys[i] !== null);
    order.sort((a, b) => (shared.index.get((d.keys[a] as PyStr).v) ?? a) - (shared.index.get((d.keys[b] as PyStr).v) ?? b));
    const keys = d.keys;
    const values = d.values;
    d.shared = null; d.split = false; d.valuesAddr = 0;
    d.keys = []; d.values = []; d.hashes = [];
    d.index = new Map(); d.buckets = null;
    d.used = 0; d.log2size = 0; d.usable = 0; d.keysAddr = 0; d.unicodeKeys = true;
    d.version++;
    for (const i of order) { rt.decref(values[i]!); rt.decref(keys[i]!); }
    if (valuesAddr !== 0) rt.freeRaw(valuesAddr);
    return;
  }
  const keys = d.keys;
  const values = d.values;
  const oldAddr = d.keysAddr;
  const oldLog2 = d.log2size;
  d.keys = []; d.values = []; d.hashes = [];
  d.index = new Map(); d.buckets = null;
  d.used = 0; d.log2size = 0; d.usable = 0; d.keysAddr = 0; d.unicodeKeys = true;
  d.version++;
  if (oldAddr !== 0) rt.freelists.freeDictKeys(oldAddr, oldLog2, true);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === null) continue;
    if (--k.refcnt === 0) rt.dealloc(k);
    const v = values[i]!;
    if (--v.refcnt === 0) rt.dealloc(v);
  }
}

/** A new, empty dict object (PyDict_New), from the dict free list. */
export function newDict(rt: Runtime): PyDict {
  const d = new PyDict(rt.t.dict);
  rt.freelists.allocDictObject(d);
  return d;
}

/** _PyDict_NewPresized(n): a table big enough for n items when n > 5. */
export function newDictPresized(rt: Runtime, n: number, unicode: boolean): PyDict {
  const d = newDict(rt);
  if (n > 5) {
    const log2 = estimateLog2Keysize(n);
    d.log2size = log2;
    d.unicodeKeys = unicode;
    d.usable = usableFraction(2 ** log2);
    d.keysAddr = rt.freelists.allocDictKeys(keysObjectSize(log2, unicode), log2, unicode);
  }
  return d;
}

/** Live entries as [key, value] pairs (borrowed). */
export function dictItems(d: PyDict): Array<[PyObject, PyObject]> {
  const out: Array<[PyObject, PyObject]> = [];
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k !== null) out.push([k, d.values[i]!]);
  }
  return out;
}

/** sys.getsizeof(dict) without the GC header: cf. _PyDict_SizeOf. A split dict counts its values
 * array at the shared keys' current size (dk_nentries + dk_usable), not the keys, which the class
 * owns. */
export function dictSizeof(d: PyDict): number {
  // cf. dict_sizeof: _PyObject_SIZE(Py_TYPE(mp)), then the keys table unless shared
  if (d.shared !== null) return d.type.basicsize + 8 * (d.shared.names.length + d.shared.usable);
  let res = d.type.basicsize;
  if (d.log2size !== 0) res += keysObjectSize(d.log2size, d.unicodeKeys);
  return res;
}
