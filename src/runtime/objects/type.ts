// Type objects. cf. Include/cpython/object.h PyTypeObject, Objects/typeobject.c.
//
// Every Runtime builds its own set of builtin types (no module singletons).
// A type carries the native hooks CPython keeps in tp_* slots that the simulator
// needs in TypeScript (dealloc, traverse, clear, sizeof, new), and its Python-level
// attributes in `dict` (a real simulated dict, as tp_dict).

import { PyObject } from './object';
import type { Runtime } from '../runtime';
import type { PyDict } from './dict';

export type Visit = (o: PyObject) => void;
export type NativeNew = (type: PyType, args: PyObject[], kw: KwArgs) => PyObject;
/** Keyword arguments: names and values in call order, or null. Values are borrowed. */
export type KwArgs = Array<[string, PyObject]> | null;

export class PyType extends PyObject {
  rt: Runtime;
  name: string;
  qualname: string;
  /** Heap types: the str objects held as ht_name and ht_qualname (owned references). */
  htName: PyObject | null = null;
  htQualname: PyObject | null = null;
  module: string;
  base: PyType | null = null;
  bases: PyType[] = [];
  mro: PyType[] = [];
  dict!: PyDict;
  /** Py_TPFLAGS_HEAPTYPE: created by a class statement or type(). */
  heap = false;
  /** Py_TPFLAGS_HAVE_GC */
  gc = false;
  /** Py_TPFLAGS_MANAGED_DICT: instances keep a values array / lazily created __dict__. */
  managedDict = false;
  /** Py_TPFLAGS_BASETYPE */
  baseType = true;
  /** tp_basicsize (without the GC pre-header). */
  basicsize = 16;
  /** tp_itemsize */
  itemsize = 0;
  /** __slots__ names of this class (not inherited ones), null when the class has no __slots__. */
  slotNames: string[] | null = null;
  /** All slot names with their index in the instance's slot array (including inherited). */
  slotIndex: Map<string, number> | null = null;
  /** Instances have a __weakref__ slot (tp_weaklistoffset != 0): static types name theirs in typesetup. */
  weakrefable = false;
  /** Which native layout instances use ('object' for plain instances; 'list', 'dict', 'int', ... for builtins). */
  layout: string;
  /** cf. tp_new for native layouts. */
  newFn: NativeNew | null = null;
  /** Release what the object owns (not the object's memory): cf. tp_dealloc minus the free. */
  dealloc: ((o: PyObject) => void) | null = null;
  /** cf. tp_traverse */
  traverse: ((o: PyObject, visit: Visit) => void) | null = null;
  /** cf. tp_clear */
  clear: ((o: PyObject) => void) | null = null;
  /** cf. __sizeof__ without the pre-header */
  sizeof: ((o: PyObject) => number) | null = null;
  /** tp_is_gc: whether this instance of a GC type is a GC object (type objects: only heap types). */
  isGc: ((o: PyObject) => boolean) | null = null;
  /** Shared keys of instances (names in insertion order), cf. ht_cached_keys. */
  sharedKeys: SharedKeys | null = null;
  /** Per-type cache of MRO lookups, cleared by the runtime whenever any type's dict changes. */
  lookupCache = new Map<string, PyObject | null>();
  cacheVersion = -1;
  /** The metatype's __call__ etc. are found through `type`; this caches whether the class defines __del__. */
  hasFinalizer = false;
  /** tp_finalize of a native type (e.g. generators close themselves), run once as PEP 442 says. */
  finalize: ((o: PyObject) => void) | null = null;
  /** For static (builtin) types: true. Static types are never deallocated. */
  isStatic = false;
  subclasses: PyType[] = [];
  /** Heap types: the __bases__ and __mro__ tuples (real objects holding references), and the cached keys block. */
  basesObj: PyObject | null = null;
  mroObj: PyObject | null = null;
  cachedKeysAddr = 0;
  /** A static type with its own __getattribute__ (super, weakref proxies). */
  customGetattribute = false;
  /** Extra data for types whose instances carry it (e.g. exception classes). */
  doc: string | null = null;

  /** tp_name, as C-level messages print it: "module.Name" for a static type outside builtins. */
  get tpName(): string {
    return this.isStatic && this.module !== 'builtins' ? `${this.module}.${this.name}` : this.name;
  }

  constructor(rt: Runtime, metatype: PyType | null, name: string, layout: string) {
    // The very first type (`type` itself) is created with a null metatype and patched.
    super(metatype as PyType);
    this.rt = rt;
    this.name = name;
    this.qualname = name;
    this.module = 'builtins';
    this.layout = layout;
  }

  /** PyType_IsSubtype */
  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  /** _PyType_Lookup: find `name` along the MRO (borrowed reference, or null). */
  lookup(name: string): PyObject | null {
    if (this.cacheVersion !== this.rt.typeVersion) {
      this.lookupCache.clear();
      this.cacheVersion = this.rt.typeVersion;
    }
    const cached = this.lookupCache.get(name);
    if (cached !== undefined) return cached;
    let found: PyObject | null = null;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const v = mro[i].dict.getStr(name);
      if (v !== null) { found = v; break; }
    }
    this.lookupCache.set(name, found);
    return found;
  }
}

/** cf. Objects/dictobject.c new_keys_object for a heap type's cached (shared) keys. */
export class SharedKeys {
  names: string[] = [];
  index = new Map<string, number>();
  /** dk_usable: starts at 30 of 64 slots, drops by one per new instance while > 1 (dictobject.c:5356). */
  usable = 30;
  /** insert_into_dictkeys: the entry index of `name`, adding it while dk_usable > 0; -1 when full. */
  insert(name: string): number {
    const ix = this.index.get(name);
    if (ix !== undefined) return ix;
    if (this.usable <= 0) return -1;
    this.index.set(name, this.names.length);
    this.names.push(name);
    this.usable--;
    return this.names.length - 1;
  }
}
