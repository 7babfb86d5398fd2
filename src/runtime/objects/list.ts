// list: cf. Objects/listobject.c. The item array is a separate block
// (PyMem_Realloc) whose capacity follows list_resize's over-allocation.

import { PyObject, PyRaise } from './object';
import { PyList } from './core';
import type { Runtime } from '../runtime';
import { getIter, iterNext, lengthHint } from '../vm/abstract';

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

/** list_preallocate_exact: a first item array for `size` items, rounded up to even (the allocator's
 * 16-byte granularity makes the odd slot free). Only while ob_item is NULL. cf. Objects/listobject.c */
export function listPreallocateExact(rt: Runtime, l: PyList, size: number): void {
  setCapacity(rt, l, (size + 1) & ~1);
}

/** list.extend / LIST_EXTEND / list += (increfs what it stores). cf. Objects/listobject.c list_extend */
export function listExtendImpl(rt: Runtime, l: PyList, v: PyObject, forStar: boolean): void {
  if (v.type === rt.t.list || v.type === rt.t.tuple || v === l) {
    // PySequence_Fast path: room for all items at once.
    const items = (v as PyList).items.slice();
    if (items.length === 0) return;
    if (l.itemsAddr === 0) listPreallocateExact(rt, l, items.length);
    else listResize(rt, l, l.items.length + items.length);
    for (const x of items) { x.refcnt++; l.items.push(x); }
    return;
  }
  let it: PyObject;
  try {
    it = getIter(rt, v);
  } catch (e) {
    if (forStar && e instanceof PyRaise && rt.isInstanceOf(e.exc, rt.t.TypeError) && v.type.lookup('__iter__') === null) {
      rt.decref(e.exc);
      rt.typeError(`Value after * must be an iterable, not ${v.type.name}`);
    }
    throw e;
  }
  try {
    // Guess a result size and make room (the size stays m).
    const n = lengthHint(rt, v, 8);
    if (l.itemsAddr === 0) { if (n > 0) listPreallocateExact(rt, l, n); }
    else listResize(rt, l, l.items.length + n);
    for (;;) {
      const x = iterNext(rt, it);
      if (x === null) break;
      if (l.items.length >= l.allocated) {
        try { listResize(rt, l, l.items.length + 1); } catch (e) { rt.decref(x); throw e; }
      }
      l.items.push(x);
    }
    // Cut back if the guess was too generous (list_resize shrinks only below half).
    if (l.items.length < l.allocated) listResize(rt, l, l.items.length);
  } finally {
    rt.decref(it);
  }
}

/** _list_clear: detach the items, release them last to first, then free the array. cf. Objects/listobject.c */
export function listClear(rt: Runtime, l: PyList): void {
  const items = l.items;
  const addr = l.itemsAddr;
  if (addr === 0 && items.length === 0) return;
  l.items = [];
  l.itemsAddr = 0;
  l.allocated = 0;
  for (let i = items.length - 1; i >= 0; i--) rt.decref(items[i]);
  if (addr !== 0) rt.freeRaw(addr);
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
