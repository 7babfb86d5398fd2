// CPython 3.11's per-type free lists: freed objects keep their memory block and
// the next object of the same kind takes it (hence `id([]) == id([])`).
// cf. Objects/floatobject.c (float_free_list, 100), Objects/tupleobject.c
// (free_list per size 1..20, 2000 each; sizes 1..19 popped), Objects/listobject.c
// (80), Objects/dictobject.c (80 dicts, 80 keys objects of log2 size 3).
// Free-list traffic does not touch the GC's allocation count.

import type { PyObject } from '../objects/object';
import type { Runtime } from '../runtime';
import type { PyTuple, PyFloat } from '../objects/core';

export const FLOAT_MAXFREELIST = 100;
export const TUPLE_MAXSAVESIZE = 20;
export const TUPLE_MAXFREELIST = 2000;
export const LIST_MAXFREELIST = 80;
export const DICT_MAXFREELIST = 80;

export class FreeLists {
  /** Block addresses (object addresses, pre-header included in the block). */
  floats: number[] = [];
  /** tuples[n] for n = 1..20 */
  tuples: number[][] = [];
  lists: number[] = [];
  dicts: number[] = [];
  /** Keys-object blocks of log2 size 3, str keys. */
  dictKeys: number[] = [];

  constructor(private rt: Runtime) {
    for (let i = 0; i <= TUPLE_MAXSAVESIZE; i++) this.tuples.push([]);
  }

  allocFloat(o: PyFloat): void {
    const a = this.floats.pop();
    if (a !== undefined) o.addr = a;
    else this.rt.allocObject(o, 24);
  }

  /** tuple_alloc: pop a saved tuple of this size (sizes 1..19), else a new GC block. */
  allocTuple(o: PyTuple): void {
    const n = o.items.length;
    if (n < TUPLE_MAXSAVESIZE) {
      const a = this.tuples[n].pop();
      if (a !== undefined) { o.addr = a; return; }
    }
    this.rt.allocObject(o, 24 + 8 * n);
  }

  /** PyList_New: from the list free list, else a new GC block. */
  allocListObject(o: PyObject): void {
    const a = this.lists.pop();
    if (a !== undefined) o.addr = a;
    else this.rt.allocObject(o, 40);
  }

  allocDictObject(o: PyObject): void {
    const a = this.dicts.pop();
    if (a !== undefined) o.addr = a;
    else this.rt.allocObject(o, 48);
  }

  allocDictKeys(bytes: number, log2size: number, unicode: boolean): number {
    if (log2size === 3 && unicode) {
      const a = this.dictKeys.pop();
      if (a !== undefined) return a;
    }
    return this.rt.allocRaw(bytes);
  }

  freeDictKeys(addr: number, log2size: number, unicode: boolean): void {
    if (addr === 0) return;
    if (log2size === 3 && unicode && this.dictKeys.length < DICT_MAXFREELIST && !this.rt.isStaticAddress(addr)) {
      this.dictKeys.push(addr);
      return;
    }
    this.rt.freeRaw(addr);
  }

  /** The object's block after its dealloc: to a free list, or back to the allocator. */
  release(o: PyObject): void {
    const rt = this.rt;
    const t = o.type;
    if (rt.isStaticAddress(o.addr)) return;
    if (t === rt.t.float) {
      if (this.floats.length < FLOAT_MAXFREELIST) { this.floats.push(o.addr); return; }
    } else if (t === rt.t.tuple) {
      const n = (o as PyTuple).items.length;
      if (n > 0 && n <= TUPLE_MAXSAVESIZE && this.tuples[n].length < TUPLE_MAXFREELIST) {
        this.tuples[n].push(o.addr);
        return;
      }
    } else if (t === rt.t.list) {
      if (this.lists.length < LIST_MAXFREELIST) { this.lists.push(o.addr); return; }
    } else if (t === rt.t.dict) {
      if (this.dicts.length < DICT_MAXFREELIST) { this.dicts.push(o.addr); return; }
    }
    rt.freeObject(o);
  }

  /** _PyGC_ClearAllFreeLists: a full collection returns every saved block. */
  clearAll(): void {
    const rt = this.rt;
    const free = (addr: number, gc: boolean) => {
      if (gc) rt.gc.onFree();
      rt.mem.free(addr - (gc ? 16 : 0));
    };
    for (const a of this.floats) free(a, false);
    this.floats = [];
    for (let n = 1; n <= TUPLE_MAXSAVESIZE; n++) {
      for (const a of this.tuples[n]) free(a, true);
      this.tuples[n] = [];
    }
    for (const a of this.lists) free(a, true);
    this.lists = [];
    for (const a of this.dicts) free(a, true);
    this.dicts = [];
    for (const a of this.dictKeys) rt.mem.free(a);
    this.dictKeys = [];
  }

  /** Lines for sys._debugmallocstats(), cf. _PyFloat_DebugMallocStats and friends. */
  statsLines(): Array<{ label: string; count: number; sizeEach: number }> {
    const out: Array<{ label: string; count: number; sizeEach: number }> = [];
    out.push({ label: 'free PyDictObjects', count: this.dicts.length, sizeEach: 48 });
    out.push({ label: 'free PyFloatObjects', count: this.floats.length, sizeEach: 24 });
    out.push({ label: 'free PyListObjects', count: this.lists.length, sizeEach: 40 });
    for (let n = 1; n <= TUPLE_MAXSAVESIZE; n++) {
      out.push({ label: `free ${n}-sized PyTupleObjects`, count: this.tuples[n].length, sizeEach: 24 + 8 * n });
    }
    return out;
  }
}
