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
import { dictSetStr, dictDelStr, dictItems } from './dictops';

const SHARED_KEYS_MAX_SIZE = 30;

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
    const keys = sharedKeysOf(cls);
    const size = keys.names.length + keys.usable;
    if (keys.usable > 1) keys.usable--;
    o.valuesAddr = rt.allocRaw(valuesRequest(size));
    o.valuesSize = size;
    const d = new PyDict(rt.t.dict);
    d.split = true;
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

export function instanceSetAttr(rt: Runtime, o: PyInstance, name: string, v: PyObject): void {
  if (o.dict === null) rt.raise(rt.t.AttributeError, `'${o.type.name}' object has no attribute '${name}'`);
  const keys = o.type.sharedKeys;
  if (keys !== null && !keys.index.has(name) && !o.dictMaterialized) {
    if (keys.names.length < SHARED_KEYS_MAX_SIZE && keys.usable > 0 && !keys.frozen) {
      keys.index.set(name, keys.names.length);
      keys.names.push(name);
      keys.usable--;
    }
  }
  dictSetStr(rt, o.dict, name, v);
}

export function instanceDelAttr(rt: Runtime, o: PyInstance, name: string): void {
  if (o.dict === null || !dictDelStr(rt, o.dict, name)) rt.raise(rt.t.AttributeError, `'${o.type.name}' object has no attribute '${name}'`);
}

/** obj.__dict__: the dict object, created on first use (a 64-byte GC block). New reference. */
export function instanceGetDict(rt: Runtime, o: PyInstance): PyObject {
  if (o.dict === null) rt.raise(rt.t.AttributeError, `'${o.type.name}' object has no attribute '__dict__'`);
  if (!o.dictMaterialized) {
    const d = o.dict;
    rt.allocObject(d, 48);
    o.dictMaterialized = true;
    // The dict tracks itself if it holds GC objects (MAINTAIN_TRACKING on creation from values).
    for (const [k, v] of dictItems(d)) {
      if ((k.type.gc && k.gcGen !== -1) || (v.type.gc && v.gcGen !== -1)) { rt.gc.track(d); break; }
    }
  }
  o.dict.refcnt++;
  return o.dict;
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
    if (inst.valuesAddr !== 0) { rt.freeRaw(inst.valuesAddr); inst.valuesAddr = 0; }
    if (inst.dictMaterialized) rt.decref(d);
    else releaseValues(rt, d);
  }
}

function releaseValues(rt: Runtime, d: PyDict): void {
  const keys = d.keys;
  const values = d.values;
  d.keys = []; d.values = []; d.index = new Map(); d.used = 0;
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] === null) continue;
    rt.decref(values[i]!);
    rt.decref(keys[i]!);
  }
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
    } else releaseValues(rt, d);
  }
}
