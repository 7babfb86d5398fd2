// list: cf. Objects/listobject.c. The item array is a separate block
// (PyMem_Realloc) whose capacity follows list_resize's over-allocation.

import type { PyObject } from './object';
import { PyList } from './core';
import type { Runtime } from '../runtime';
import { iterateToArray } from '../vm/abstract';

/** list_resize: new capacity when growing/shrinking to `newsize`. cf. listobject.c:70 */
export function listResize(rt: Runtime, l: PyList, newsize: number): void {
  const allocated = l.allocated;
  if (allocated >= newsize && newsize >= allocated >> 1) return;
  let newAlloc = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - l.items.length > newAlloc - newsize) newAlloc = (newsize + 3) & ~3;
  if (newsize === 0) newAlloc = 0;
  setCapacity(rt, l, newAlloc);
}

/** Move the item array to a block of `cap` slots (0 frees it). */
export function setCapacity(rt: Runtime, l: PyList, cap: number): void {
  if (cap > 0x7ffffff) rt.memoryError();
  if (cap === 0) {
    if (l.itemsAddr !== 0) rt.freeRaw(l.itemsAddr);
    l.itemsAddr = 0;
  } else {
    l.itemsAddr = l.itemsAddr === 0 ? rt.allocRaw(8 * cap) : rt.reallocRaw(l.itemsAddr, 8 * cap);
  }
  l.allocated = cap;
}

/** A list object without items, from the free list (PyList_New(0)). */
export function newEmptyList(rt: Runtime): PyList {
  const l = new PyList(rt.t.list, []);
  rt.freelists.allocListObject(l);
  rt.gc.track(l);
  return l;
}

/** PyList_New(n) filled with `items` (stolen): exact capacity, as BUILD_LIST does. */
export function newListFrom(rt: Runtime, items: PyObject[]): PyList {
  const l = new PyList(rt.t.list, []);
  rt.freelists.allocListObject(l);
  if (items.length > 0) {
    try { setCapacity(rt, l, items.length); } catch (e) { for (const x of items) rt.decref(x); throw e; }
  }
  l.items = items;
  rt.gc.track(l);
  return l;
}

/** list.append / LIST_APPEND (increfs v). */
export function listAppendImpl(rt: Runtime, l: PyList, v: PyObject): void {
  const n = l.items.length;
  if (l.allocated <= n) listResize(rt, l, n + 1);
  v.refcnt++;
  l.items.push(v);
}

/** list.extend / LIST_EXTEND. */
export function listExtendImpl(rt: Runtime, l: PyList, v: PyObject, forStar: boolean): void {
  const items = iterateToArray(rt, v, forStar);
  if (items.length === 0) return;
  const n = l.items.length;
  if (v.type === rt.t.list || v.type === rt.t.tuple) {
    // list_extend fast path: list_resize to the exact new size first.
    if (l.items.length === 0 && v.type === rt.t.tuple) {
      // list_preallocate_exact rounds up to even for the constant-tuple case.
      const cap = (items.length + 1) & ~1;
      if (l.allocated < cap) setCapacity(rt, l, cap);
    } else listResize(rt, l, n + items.length);
    for (const x of items) l.items.push(x);
    return;
  }
  for (const x of items) {
    if (l.allocated <= l.items.length) listResize(rt, l, l.items.length + 1);
    l.items.push(x);
  }
}

/** Release a list's items (last to first, as list_dealloc) and its array. */
export function listDealloc(o: PyObject): void {
  const l = o as PyList;
  const rt = o.type.rt;
  const items = l.items;
  l.items = [];
  if (l.itemsAddr !== 0) { rt.freeRaw(l.itemsAddr); l.itemsAddr = 0; }
  l.allocated = 0;
  for (let i = items.length - 1; i >= 0; i--) rt.decref(items[i]);
}
