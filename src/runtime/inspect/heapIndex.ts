// Which simulated object owns which block: built by walking every live object
// (from the frames, modules, interned strings, static objects and the GC's
// lists, then everything they reference), so that memory can be read at any
// address (memoryLayout.ts). The runtime keeps no address -> object map itself
// (that would cost on every allocation), so the index is built on demand and is
// valid until the program changes; callers rebuild it when it may have.
// Never runs Python code and never allocates on the simulated heap.

import type { PyObject } from '../objects/object';
import { PyType, type SharedKeys } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyList, PySet, PyStr, PyByteArray, PyInstance, PyCodeObj } from '../objects/core';
import type { Runtime } from '../runtime';

/** What lives in a block: an object (its header is `addr - preheader`), or a part allocated on its own. */
export type BlockOwner =
  | { readonly part: 'object'; readonly obj: PyObject }
  /** PyListObject.ob_item (PyMem_Malloc'd). */
  | { readonly part: 'listItems'; readonly obj: PyList }
  /** PyDictObject.ma_keys: a combined dict's own PyDictKeysObject. */
  | { readonly part: 'dictKeys'; readonly obj: PyDict }
  /** A split dict's PyDictValues (an instance's attributes, materialised or not). */
  | { readonly part: 'values'; readonly obj: PyDict }
  /** PySetObject.table when it outgrew the inline smalltable. */
  | { readonly part: 'setTable'; readonly obj: PySet }
  /** PyByteArrayObject.ob_bytes. */
  | { readonly part: 'bytearrayBuf'; readonly obj: PyByteArray }
  /** PyCompactUnicodeObject.utf8: the cached UTF-8 copy of a non-ASCII str. */
  | { readonly part: 'utf8'; readonly obj: PyStr }
  /** PyHeapTypeObject.ht_cached_keys: the shared keys of a class's instances. */
  | { readonly part: 'cachedKeys'; readonly obj: PyType };

/** Bytes before `o.addr` that belong to its block: PyGC_Head (16) and the managed-dict pointers (16). cf. _PyType_PreHeaderSize */
export function preHeaderSize(o: PyObject): number {
  return (o.type.gc ? 16 : 0) + (o.type.managedDict ? 16 : 0);
}

export interface StaticEntry { readonly start: number; readonly obj: PyObject }

/** The GC list neighbours of a tracked object (their PyGC_Head addresses; 0 = the generation's list head). */
export interface GcLinks { readonly prev: number; readonly next: number }

export class HeapIndex {
  /** Block start -> owner, for blocks of the allocator. */
  readonly blocks = new Map<number, BlockOwner>();
  /** Objects in the static "data segment", by start (pre-header included), ascending. */
  readonly statics: StaticEntry[] = [];
  readonly gcLinks = new Map<PyObject, GcLinks>();
  /** Every object found. */
  readonly objects = new Set<PyObject>();
  /** Classes by their ht_cached_keys. */
  readonly sharedKeysOwners = new Map<SharedKeys, PyType>();

  static build(rt: Runtime): HeapIndex {
    const ix = new HeapIndex();
    ix.walk(rt);
    ix.statics.sort((a, b) => a.start - b.start);
    ix.linkGcLists(rt);
    return ix;
  }

  ownerOf(blockStart: number): BlockOwner | undefined {
    return this.blocks.get(blockStart);
  }

  /** The static object whose start is the last one at or below `addr`, or undefined. */
  staticBefore(addr: number): { entry: StaticEntry; next: number } | undefined {
    const s = this.statics;
    let lo = 0;
    let hi = s.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid].start <= addr) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (found < 0) return undefined;
    return { entry: s[found], next: found + 1 < s.length ? s[found + 1].start : Infinity };
  }

  private walk(rt: Runtime): void {
    const queue: PyObject[] = [];
    const seen = this.objects;
    const visit = (o: PyObject | null | undefined): void => {
      if (o === null || o === undefined || o.addr === 0 || seen.has(o)) return;
      seen.add(o);
      queue.push(o);
    };
    // Roots: static objects, types, modules, interned strings, frames, the GC's lists.
    [rt.None, rt.True, rt.False, rt.NotImplemented, rt.Ellipsis, rt.emptyTuple, rt.emptyStr, rt.emptyBytes].forEach(visit);
    rt.smallInts.forEach(visit);
    rt.latin1.forEach(visit);
    rt.bytes1.forEach(visit);
    for (const t of Object.values(rt.t)) if (t instanceof PyType) visit(t);
    visit(rt.builtins);
    visit(rt.builtinsModule);
    for (const m of rt.modules.loaded.values()) visit(m);
    for (const s of rt.interned.values()) visit(s);
    for (let f = rt.frame; f !== null; f = f.back) {
      visit(f.codeObj); visit(f.globals); visit(f.builtins); visit(f.locals); visit(f.func);
      visit(f.localsDict); visit(f.frameObject); visit(f.generator); visit(f.kwnames);
      f.localsplus.forEach(visit);
      for (let i = 0; i < f.sp; i++) visit(f.stack[i]);
    }
    for (let g = 0; g < 3; g++) for (const o of rt.gc.sets[g]) visit(o);
    for (const o of rt.gc.frozen) visit(o);
    for (let qi = 0; qi < queue.length; qi++) {
      const o = queue[qi];
      this.record(rt, o);
      visit(o.type);
      if (o.type.traverse !== null) o.type.traverse(o, visit);
      // Referents the GC does not traverse (non-GC containers and static types).
      if (o instanceof PyCodeObj) { visit(o.constsTuple); o.names.forEach(visit); }
      else if (o instanceof PyType) {
        visit(o.dict); visit(o.basesObj); visit(o.mroObj); visit(o.base); visit(o.htName); visit(o.htQualname);
      }
    }
  }

  private record(rt: Runtime, o: PyObject): void {
    const start = o.addr - preHeaderSize(o);
    if (rt.isStaticAddress(o.addr)) this.statics.push({ start, obj: o });
    else this.blocks.set(start, { part: 'object', obj: o });
    const part = (addr: number, owner: BlockOwner): void => { if (addr !== 0 && !rt.isStaticAddress(addr)) this.blocks.set(addr, owner); };
    if (o instanceof PyList) part(o.itemsAddr, { part: 'listItems', obj: o });
    else if (o instanceof PyDict) this.recordDict(rt, o);
    else if (o instanceof PyInstance && o.dict !== null && !o.dictMaterialized) this.recordDict(rt, o.dict);
    else if (o instanceof PySet) part(o.tableAddr, { part: 'setTable', obj: o });
    else if (o instanceof PyByteArray) part(o.bufAddr, { part: 'bytearrayBuf', obj: o });
    else if (o instanceof PyStr) part(o.utf8Addr, { part: 'utf8', obj: o });
    else if (o instanceof PyType) {
      part(o.cachedKeysAddr, { part: 'cachedKeys', obj: o });
      if (o.sharedKeys !== null) this.sharedKeysOwners.set(o.sharedKeys, o);
    }
  }

  private recordDict(rt: Runtime, d: PyDict): void {
    if (d.keysAddr !== 0 && !rt.isStaticAddress(d.keysAddr)) this.blocks.set(d.keysAddr, { part: 'dictKeys', obj: d });
    if (d.valuesAddr !== 0 && !rt.isStaticAddress(d.valuesAddr)) this.blocks.set(d.valuesAddr, { part: 'values', obj: d });
  }

  /**
   * _gc_next / _gc_prev of tracked objects: the simulated generation lists keep CPython's order
   * (gc_list_append at track time, gc_list_merge into the older generation), so the neighbours are
   * the previous and next objects of the same list. The ends link to the generation's list head
   * (`gcstate->generations[i].head`, a static struct whose address is not simulated): 0 there.
   */
  private linkGcLists(rt: Runtime): void {
    const lists: Array<Iterable<PyObject>> = [rt.gc.sets[0], rt.gc.sets[1], rt.gc.sets[2], rt.gc.frozen];
    for (const set of lists) {
      let prev: PyObject | null = null;
      for (const o of set) {
        this.gcLinks.set(o, { prev: prev === null ? 0 : prev.addr - 16, next: 0 });
        if (prev !== null) this.gcLinks.set(prev, { prev: this.gcLinks.get(prev)!.prev, next: o.addr - 16 });
        prev = o;
      }
    }
  }
}
