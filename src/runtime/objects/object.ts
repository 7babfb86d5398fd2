// The object header every simulated object carries: its type, its reference
// count and its address. cf. Include/object.h PyObject { ob_refcnt; ob_type }.
//
// Addresses come only from the allocator (memory/); `addr` is what id() returns.
// GC bookkeeping (generation membership) lives here too, cf. Include/internal/pycore_gc.h
// PyGC_Head, but as fields instead of a pre-header.

import type { PyType } from './type';

export const UNTRACKED = -1;

export class PyObject {
  /** ob_type. */
  type: PyType;
  /** ob_refcnt. */
  refcnt: number;
  /** id(): the PyObject* address (block start, + 16 for GC types, + 32 for managed-dict instances). */
  addr: number;
  /** GC generation this object is linked in (0..2), or UNTRACKED. Only GC types are ever tracked. */
  gcGen: number;
  /** gc_refs during a collection. */
  gcRefs: number;
  /** Weak references pointing at this object (cf. tp_weaklistoffset), null when none. */
  weakrefs: PyObject[] | null;

  constructor(type: PyType) {
    this.type = type;
    this.refcnt = 1;
    this.addr = 0;
    this.gcGen = UNTRACKED;
    this.gcRefs = 0;
    this.weakrefs = null;
  }
}

/** Thrown through JS frames to propagate a Python exception; `exc` is the exception instance (a new reference). */
export class PyRaise {
  /** True until the eval loop has seen it once (it then chains __context__ and adds no second traceback entry for the raise). */
  fresh = true;
  constructor(public readonly exc: PyObject) {}
}

/** Stops the whole program (max steps, stop request): not catchable by Python code. */
export class ExecutionHalted {
  constructor(public readonly reason: string) {}
}
