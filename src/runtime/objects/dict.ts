// dict: a compact, insertion-ordered hash table. cf. Objects/dictobject.c.
//
// Storage mirrors CPython's combined table: an entries array (keys, values, hashes)
// where deletions leave holes (DKIX_DUMMY), plus the geometry CPython keeps
// (log2 size of the index, usable entries, str-only keys) so that growth,
// sys.getsizeof and the memory blocks match 3.11. The index itself is a JS Map:
// exact str keys and "plain" numbers use their JS value as the Map key; every other
// key goes through Python hashing and equality (buckets by hash).

import { PyObject } from './object';
import type { SharedKeys } from './type';

/** PyDict_LOG_MINSIZE */
export const DICT_LOG_MINSIZE = 3;

/** USABLE_FRACTION(n) = (n << 1) / 3, cf. dictobject.c:401 */
export function usableFraction(size: number): number {
  return Math.floor((size * 2) / 3);
}

/** calculate_log2_keysize(minsize), cf. dictobject.c */
export function calculateLog2Keysize(minsize: number): number {
  const m = ((minsize | 8) - 1) | 7;
  return 32 - Math.clz32(m);
}

/** estimate_log2_keysize(n): the table that holds n items without resizing. */
export function estimateLog2Keysize(n: number): number {
  return calculateLog2Keysize(Math.floor((n * 3 + 1) / 2));
}

/** Bytes of a PyDictKeysObject: header, index, entries. cf. new_keys_object. */
export function keysObjectSize(log2size: number, unicode: boolean): number {
  const size = 2 ** log2size;
  const ixSize = log2size < 8 ? 1 : log2size < 16 ? 2 : log2size < 32 ? 4 : 8;
  const entry = unicode ? 16 : 24;
  return 32 + size * ixSize + usableFraction(size) * entry;
}

export class PyDict extends PyObject {
  keys: Array<PyObject | null> = [];
  values: Array<PyObject | null> = [];
  hashes: number[] = [];
  /** Primitive key (JS string / number) -> entry index. */
  index = new Map<string | number, number>();
  /** hash -> entry indices, for keys compared with __eq__. */
  buckets: Map<number, number[]> | null = null;
  /** ma_used */
  used = 0;
  /** log2 of the index size; 0 means the shared empty keys object (Py_EMPTY_KEYS). */
  log2size = 0;
  /** dk_usable */
  usable = 0;
  /** DK_IS_UNICODE: all keys are exact str. */
  unicodeKeys = true;
  /** Address of the separately allocated keys block, 0 when none. */
  keysAddr = 0;
  version = 0;
  /** A split dict: an instance's attributes, keys shared with the class (no keys block of its own). */
  split = false;
  /** For a split dict over a class's cached keys: those keys (ma_keys) and the values array block
   * (ma_values) it owns once it is materialised. null / 0 for a combined table. */
  shared: SharedKeys | null = null;
  valuesAddr = 0;
  /** Slots of that values array (dk_nentries + dk_usable when it was allocated): its prefix size follows. */
  valuesSlots = 0;

  /** Borrowed value for an exact-str key, or null. */
  getStr(name: string): PyObject | null {
    const i = this.index.get(name);
    return i === undefined ? null : this.values[i];
  }

  get nentries(): number {
    return this.keys.length;
  }
}
