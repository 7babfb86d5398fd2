// The separately allocated parts of a dict, as CPython 3.11 lays them out:
// the keys object (Include/internal/pycore_dict.h struct _dictkeysobject: header,
// dk_indices[], then the entries) and a split dict's values (struct _dictvalues,
// preceded by its prefix bytes). cf. Objects/dictobject.c new_keys_object,
// new_values, find_empty_slot, _PyDictValues_AddToInsertionOrder.

import type { PyObject } from '../objects/object';
import type { PyType, SharedKeys } from '../objects/type';
import type { PyDict } from '../objects/dict';
import { usableFraction } from '../objects/dict';
import { PyStr, PyInt, PyFloat } from '../objects/core';
import type { Runtime } from '../runtime';
import { strHash } from '../objects/siphash';
import { pyHashIntBig, pyHashFloatBig, pyHashPointer } from '../objects/numhash';
import { ByteImage } from './byteImage';
import type { HeapIndex } from './heapIndex';

/** DictKeysKind (pycore_dict.h) */
const DICT_KEYS_GENERAL = 0;
const DICT_KEYS_UNICODE = 1;
const DICT_KEYS_SPLIT = 2;
const DKIX_EMPTY = -1;
const DKIX_DUMMY = -2;
/** NEXT_LOG2_SHARED_KEYS_MAX_SIZE */
const SHARED_LOG2 = 6;

/** The class whose ht_cached_keys are these shared keys, or null. */
export function sharedKeysType(ix: HeapIndex, keys: SharedKeys): PyType | null {
  return ix.sharedKeysOwners.get(keys) ?? null;
}

/** new_values: prefix_size = round8(size + 2); the values pointer is block + prefix_size. */
export function valuesPrefixSize(d: PyDict): number {
  return Math.ceil((d.valuesSlots + 2) / 8) * 8;
}

function indexWidth(log2: number): number {
  return log2 < 8 ? 1 : log2 < 16 ? 2 : log2 < 32 ? 4 : 8;
}

/**
 * dk_indices as CPython fills them: entries inserted in order, each at the first slot of its probe
 * sequence (i = hash & mask; perturb >>= 5; i = (5i + perturb + 1) & mask) that holds no entry.
 * null when a hash is not known exactly, or when there are deleted entries (where their DKIX_DUMMY
 * slots are depends on when they were deleted, which the simulator does not record).
 */
function computeIndices(log2: number, hashes: Array<bigint | null>, deleted: boolean): Int32Array | null {
  if (deleted || hashes.some((h) => h === null)) return null;
  const size = 2 ** log2;
  const mask = BigInt(size - 1);
  const out = new Int32Array(size).fill(DKIX_EMPTY);
  hashes.forEach((h, entry) => {
    let perturb = BigInt.asUintN(64, h as bigint);
    let i = perturb & mask;
    while (out[Number(i)] >= 0) {
      perturb >>= 5n;
      i = (i * 5n + perturb + 1n) & mask;
    }
    out[Number(i)] = entry;
  });
  return out;
}

function writeIndices(img: ByteImage, log2: number, indices: Int32Array | null): void {
  if (indices === null) return; // not known exactly: zeros
  const w = indexWidth(log2);
  indices.forEach((v, i) => {
    const off = 32 + w * i;
    if (w === 1) img.u8(off, v);
    else if (w === 2) img.u16(off, v & 0xffff);
    else if (w === 4) img.u32(off, v);
    else img.i64(off, v);
  });
}

/** The struct _dictkeysobject header (dk_version 0: not modelled). */
function writeKeysHeader(img: ByteImage, refcnt: number, log2: number, kind: number, usable: number, nentries: number): void {
  img.u64(0, refcnt);
  img.u8(8, log2);
  img.u8(9, log2 + Math.log2(indexWidth(log2)));
  img.u8(10, kind);
  img.u64(16, usable);
  img.u64(24, nentries);
}

/** hash(key) when it is known exactly without running code. */
function keyHash(rt: Runtime, k: PyObject, stored: number): bigint | null {
  if (k instanceof PyStr && k.type === rt.t.str) return strHash(k.v);
  if (k instanceof PyInt && (k.type === rt.t.int || k.type === rt.t.bool)) return pyHashIntBig(k.v);
  if (k instanceof PyFloat && k.type === rt.t.float) return pyHashFloatBig(k.v, k.addr);
  if (k === rt.None) return pyHashPointer(k.addr);
  return Number.isSafeInteger(stored) ? BigInt(stored) : null;
}

/** A combined dict's keys block: header, indices, then PyDictUnicodeEntry {key, value} or PyDictKeyEntry {hash, key, value}. */
export function writeDictKeys(rt: Runtime, d: PyDict, img: ByteImage): void {
  const log2 = d.log2size;
  const kind = d.unicodeKeys ? DICT_KEYS_UNICODE : DICT_KEYS_GENERAL;
  writeKeysHeader(img, 1, log2, kind, d.usable, d.nentries);
  const hashes = d.keys.map((k, i) => (k === null ? null : keyHash(rt, k, d.hashes[i])));
  writeIndices(img, log2, computeIndices(log2, hashes, d.keys.some((k) => k === null)));
  const entries = 32 + indexWidth(log2) * 2 ** log2;
  const size = d.unicodeKeys ? 16 : 24;
  const n = Math.min(d.nentries, usableFraction(2 ** log2));
  for (let i = 0; i < n; i++) {
    const off = entries + size * i;
    const k = d.keys[i];
    if (k === null) continue; // deleted: key and value NULL (the hash is left over; not modelled)
    if (!d.unicodeKeys) { const h = hashes[i]; if (h !== null) img.i64(off, h); }
    img.ptr(off + size - 16, k);
    img.ptr(off + size - 8, d.values[i]);
  }
}

/**
 * A class's shared keys (ht_cached_keys, DICT_KEYS_SPLIT, 2**6 slots): the attribute names as
 * interned strs, values NULL (they live in each instance's values). dk_refcnt is not modelled (0).
 */
export function writeSharedKeys(rt: Runtime, keys: SharedKeys, img: ByteImage): void {
  writeKeysHeader(img, 0, SHARED_LOG2, DICT_KEYS_SPLIT, keys.usable, keys.names.length);
  writeIndices(img, SHARED_LOG2, computeIndices(SHARED_LOG2, keys.names.map((n) => strHash(n)), false));
  const entries = 32 + 2 ** SHARED_LOG2;
  keys.names.forEach((name, i) => img.ptr(entries + 16 * i, rt.interned.get(name) ?? null));
}

/**
 * A split dict's values block: prefix bytes ([-1] = prefix size, [-2] = number of values in
 * insertion order, [-3], [-4], … = their key indices in insertion order), then values[ix].
 */
export function writeValues(d: PyDict, img: ByteImage): void {
  const prefix = valuesPrefixSize(d);
  img.u8(prefix - 1, prefix);
  const shared = d.shared;
  if (shared === null) return;
  let count = 0;
  d.keys.forEach((k, i) => {
    if (!(k instanceof PyStr)) return;
    const ix = shared.index.get(k.v);
    if (ix === undefined) return;
    count++;
    img.u8(prefix - 2 - count, ix);
    img.ptr(prefix + 8 * ix, d.values[i]);
  });
  img.u8(prefix - 2, count);
}
