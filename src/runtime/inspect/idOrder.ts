// The order of a snapshot's rows by object id (address), as `objects` lists them.
//
// The ids are sorted as a Float64Array (a native numeric sort, no comparator
// calls), then each sorted id is mapped back to its row through an
// open-addressing table keyed by id. Ids are unique among live objects; if two
// rows ever share one, a stable comparator sort orders them as before (by id,
// then row).

import { addressHash } from './addressHash';

const EMPTY = -1;

/** Row indices of ids[0 .. count) in ascending id order (ties: row order). */
export function idOrder(ids: Float64Array, count: number): Int32Array {
  const sorted = ids.slice(0, count).sort();
  for (let i = 1; i < count; i++) {
    if (sorted[i] === sorted[i - 1]) return stableOrder(ids, count);
  }
  let capacity = 16;
  while (capacity < count * 2) capacity *= 2;
  const shift = 32 - Math.log2(capacity);
  const mask = capacity - 1;
  const rowAt = new Int32Array(capacity).fill(EMPTY);
  const idAt = new Float64Array(capacity);
  for (let r = 0; r < count; r++) {
    const id = ids[r];
    let i = addressHash(id) >>> shift;
    while (rowAt[i] !== EMPTY) i = (i + 1) & mask;
    rowAt[i] = r;
    idAt[i] = id;
  }
  const order = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const id = sorted[k];
    let i = addressHash(id) >>> shift;
    while (idAt[i] !== id || rowAt[i] === EMPTY) i = (i + 1) & mask;
    order[k] = rowAt[i];
  }
  return order;
}

function stableOrder(ids: Float64Array, count: number): Int32Array {
  const rows = Array.from({ length: count }, (_, r) => r);
  rows.sort((a, b) => ids[a] - ids[b] || a - b);
  return Int32Array.from(rows);
}
