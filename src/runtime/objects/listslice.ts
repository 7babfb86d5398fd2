// Slice assignment and deletion on lists (l[a:b] = v, l[::k] = v, del l[a:b]).
// cf. Objects/listobject.c list_ass_subscript, list_ass_slice; Objects/abstract.c PySequence_Fast.

import type { PyObject } from './object';
import { PyRaise } from './object';
import type { PyList, PySlice } from './core';
import type { Runtime } from '../runtime';
import { sliceIndices } from './containers';
import { listResize } from './list';
import { getIter, iterateToArray } from '../vm/abstract';

/** PySequence_Fast(v, msg): the items (new references); a TypeError from iter(v) becomes msg.
 *  cf. Objects/abstract.c PySequence_Fast */
function sequenceFast(rt: Runtime, v: PyObject, msg: string): PyObject[] {
  if (v.type === rt.t.list || v.type === rt.t.tuple) return iterateToArray(rt, v);
  let it: PyObject;
  try {
    it = getIter(rt, v);
  } catch (e) {
    if (e instanceof PyRaise && rt.isInstanceOf(e.exc, rt.t.TypeError)) {
      rt.decref(e.exc);
      rt.typeError(msg);
    }
    throw e;
  }
  try { return iterateToArray(rt, it); } finally { rt.decref(it); }
}

/** cf. listobject.c list_ass_subscript (slice) and list_ass_slice. */
export function listSetSlice(rt: Runtime, l: PyList, s: PySlice, v: PyObject): void {
  const [start, stop, step, n] = sliceIndices(rt, s, l.items.length);
  const items = sequenceFast(rt, v, step === 1 ? 'can only assign an iterable' : 'must assign iterable to extended slice');
  if (step === 1) {
    const removed = l.items.splice(start, Math.max(0, stop - start), ...items);
    listResize(rt, l, l.items.length);
    for (const x of removed) rt.decref(x);
    return;
  }
  if (items.length !== n) {
    for (const x of items) rt.decref(x);
    rt.valueError(`attempt to assign sequence of size ${items.length} to extended slice of size ${n}`);
  }
  const garbage: PyObject[] = [];
  for (let i = 0, j = start; i < n; i++, j += step) { garbage.push(l.items[j]); l.items[j] = items[i]; }
  for (const old of garbage) rt.decref(old);
}

export function listDelSlice(rt: Runtime, l: PyList, s: PySlice): void {
  const [start, , step, n] = sliceIndices(rt, s, l.items.length);
  const idxs: number[] = [];
  for (let i = 0, j = start; i < n; i++, j += step) idxs.push(j);
  idxs.sort((a, b) => b - a);
  const removed: PyObject[] = [];
  for (const j of idxs) removed.push(...l.items.splice(j, 1));
  listResize(rt, l, l.items.length);
  for (const x of removed) rt.decref(x);
}
