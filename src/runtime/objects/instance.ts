// Instances of Python classes, 3.11 layout: a managed dict whose values live in a
// separately allocated values array sized from the class's shared keys; no dict
// object exists until __dict__ or vars() is used. cf. Objects/dictobject.c
// _PyObject_InitializeDict, init_inline_values, _PyObject_StoreInstanceAttribute,
// make_dict_from_instance_attributes; Objects/typeobject.c object_new, subtype_dealloc.

import { PyObject } from './object';
import { PyType, SharedKeys } from './type';
import { PyDict } from './dict';
import { PyInstance } from './core';
import type { Runtime } from '../runtime';
import { PyStr } from './core';
import { dictSetStr, dictDelStr, dictItems } from './dictops';

/** Bytes requested for a values array of `size` slots: round8(size + 2) + 8 * size (dictobject.c new_values). */
export function valuesRequest(size: number): number {
  return Math.ceil((size + 2) / 8) * 8 + 8 * size;
}

/** object.__new__(cls) for plain instances (PyBaseObject_Type tp_alloc + init_inline_values). */
export function newInstance(rt: Runtime, cls: PyType): PyInstance {
  const o = new PyInstance(cls);
  rt.allocObject(o, cls.basicsize);
  if (cls.slotIndex !== null && cls.slotIndex.size > 0) o.slots = new Array(cls.slotIndex.size).fill(null);
  if (cls.managedDict) {
    // init_inline_values: one usable slot fewer for each new instance, then a values array of
    // dk_nentries + dk_usable slots.
    const keys = sharedKeysOf(cls);
    if (keys.usable > 1) keys.usable--;
    const size = keys.names.length + keys.usable;
    const d = new PyDict(rt.t.dict);
    d.split = true;
    d.shared = keys;
    d.valuesAddr = rt.allocRaw(valuesRequest(size));
    d.valuesSlots = size;
    d.refcnt = 1;
    o.dict = d;
  }
  rt.gc.track(o);
  return o;
}

export function sharedKeysOf(cls: PyType): SharedKeys {
  if (cls.sharedKeys === null) cls.sharedKeys = new SharedKeys();
  return cls.sharedKeys;
}

/** _PyObject_StoreInstanceAttribute: the name goes into the shared keys (insert_into_dictkeys) and
 * the value into the values array; when the keys are full, a dict is made from the values first and
 * the attribute set there (the dict then turns combined). A materialised dict is set directly. */
export function instanceSetAttr(rt: Runtime, o: PyInstance, name: string, v: PyObject): void {
  if (o.dict === null) rt.raise(rt.t.AttributeError, `'${o.type.name}' object has no attribute '${name}'`);
  const keys = o.dict.shared;
  if (keys !== null && !o.dictMaterialized && keys.insert(name) < 0) materializeInstanceDict(rt, o);
  dictSetStr(rt, o.dict, name, v);
}

export function instanceDelAttr(rt: Runtime, o: PyInstance, name: string): void {
  const d = o.dict;
  // Deleting also goes through insert_into_dictkeys (an unknown name may be added to the keys).
  if (d !== null && d.shared !== null && !o.dictMaterialized && d.shared.insert(name) < 0) materializeInstanceDict(rt, o);
  if (o.dict === null || !dictDelStr(rt, o.dict, name)) rt.raise(rt.t.AttributeError, `'${o.type.name}' object has no attribute '${name}'`);
}

/** make_dict_from_instance_attributes: a dict object (from the dict free list) over the shared keys
 * and the instance's values array, which it now owns. Tracked if a value may be. */
export function materializeInstanceDict(rt: Runtime, o: PyInstance): PyDict {
  const d = o.dict!;
  if (o.dictMaterialized) return d;
  rt.freelists.allocDictObject(d);
  o.dictMaterialized = true;
  for (const [k, v] of dictItems(d)) {
    if ((k.type.gc && k.gcGen !== -1) || (v.type.gc && v.gcGen !== -1)) { rt.gc.track(d); break; }
  }
  return d;
}

/** obj.__dict__: the dict object, created on first use (a 64-byte GC block). New reference. */
export function instanceGetDict(rt: Runtime, o: PyInstance): PyObject {
  if (o.dict === null) rt.raise(rt.t.AttributeError, `'${o.type.name}' object has no attribute '__dict__'`);
  const d = materializeInstanceDict(rt, o);
  d.refcnt++;
  return d;
}

/** subtype_dealloc's part for instances: slots, then the dict / values (insertion order). */
export function instanceDealloc(o: PyObject): void {
  const inst = o as PyInstance;
  const rt = o.type.rt;
  if (inst.slots !== null) {
    const slots = inst.slots;
    inst.slots = null;
    for (const v of slots) if (v !== null) rt.decref(v);
  }
  const d = inst.dict;
  if (d !== null) {
    inst.dict = null;
    // A materialised dict owns the values array; otherwise _PyObject_FreeInstanceAttributes.
    if (inst.dictMaterialized) rt.decref(d);
    else releaseValues(rt, d, true);
  }
}

/** Release the values (in values-array order, i.e. by shared-key index); `free`: also free the
 * array (dealloc), not only clear it (tp_clear). */
function releaseValues(rt: Runtime, d: PyDict, free: boolean): void {
  const keys = d.keys;
  const values = d.values;
  const shared = d.shared;
  // Usually the insertion order already is the shared-key order: then no sorting is needed.
  let sorted = true;
  if (shared !== null) {
    let last = -1;
    for (let i = 0; i < keys.length && sorted; i++) {
      const k = keys[i];
      if (k === null) continue;
      const ix = shared.index.get((k as PyStr).v) ?? i;
      if (ix < last) sorted = false;
      last = ix;
    }
  }
  d.keys = []; d.values = []; d.hashes = []; d.index = new Map(); d.used = 0;
  if (sorted) {
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === null) continue;
      rt.decref(values[i]!);
      rt.decref(keys[i]!);
    }
  } else {
    const order = keys.map((_, i) => i).filter((i) => keys[i] !== null);
    order.sort((a, b) => (shared!.index.get((keys[a] as PyStr).v) ?? a) - (shared!.index.get((keys[b] as PyStr).v) ?? b));
    for (const i of order) {
      rt.decref(values[i]!);
      rt.decref(keys[i]!);
    }
  }
  if (free && d.valuesAddr !== 0) { rt.freeRaw(d.valuesAddr); d.valuesAddr = 0; }
}

export function instanceTraverse(o: PyObject, visit: (c: PyObject) => void): void {
  const inst = o as PyInstance;
  if (inst.slots !== null) for (const v of inst.slots) if (v !== null) visit(v);
  const d = inst.dict;
  if (d !== null) {
    if (inst.dictMaterialized) visit(d);
    else for (const v of d.values) if (v !== null) visit(v);
  }
  if (o.type.heap) visit(o.type);
}

export function instanceClear(o: PyObject): void {
  const inst = o as PyInstance;
  const rt = o.type.rt;
  if (inst.slots !== null) {
    for (let i = 0; i < inst.slots.length; i++) {
      const v = inst.slots[i];
      inst.slots[i] = null;
      if (v !== null) rt.decref(v);
    }
  }
  const d = inst.dict;
  if (d !== null) {
    if (inst.dictMaterialized) {
      // The dict object is cleared by its own tp_clear; drop our reference.
      inst.dict = null;
      inst.dictMaterialized = false;
      rt.decref(d);
    } else releaseValues(rt, d, false);
  }
}
