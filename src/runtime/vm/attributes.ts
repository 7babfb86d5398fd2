// Attribute access: PyObject_GenericGetAttr / GenericSetAttr, type_getattro,
// and the descriptor protocol. cf. Objects/object.c, Objects/typeobject.c,
// Objects/descrobject.c, Objects/funcobject.c, Objects/classobject.c.

import { PyObject, PyRaise } from '../objects/object';
import { PyType } from '../objects/type';
import {
  PyFunction, PyMethod, PyMethodDescr, PyGetSetDescr, PySlotDescr, PyProperty, PyWrapper,
  PyBuiltin, PyInstance, PyModule, PyException, PyStr,
} from '../objects/core';
import type { PyDict } from '../objects/dict';
import type { Runtime } from '../runtime';
import { callObject } from './call';
import { dictSetStr, dictDelStr, newDict } from '../objects/dictops';
import { instanceSetAttr, instanceDelAttr, instanceGetDict } from '../objects/instance';

/** The attribute dict of an object that has one (instances, modules, functions, exceptions), or null. Borrowed. */
export function objectDict(rt: Runtime, o: PyObject): PyDict | null {
  if (o instanceof PyInstance) return o.dict;
  if (o instanceof PyModule) return o.dict;
  if (o instanceof PyFunction) return o.dict;
  if (o instanceof PyException) return o.dict;
  if (o instanceof PyWrapper) return o.dict;
  const extra = (o as unknown as { dict?: PyDict | null }).dict;
  return extra ?? null;
}

export function isDataDescriptor(rt: Runtime, d: PyObject): boolean {
  if (d instanceof PyGetSetDescr || d instanceof PySlotDescr || d instanceof PyProperty) return true;
  const t = d.type;
  if (!t.heap) return false;
  return t.lookup('__set__') !== null || t.lookup('__delete__') !== null;
}

/** Make a bound method object (PyMethod_New): new reference. */
export function newBoundMethod(rt: Runtime, func: PyObject, self: PyObject): PyMethod {
  func.refcnt++;
  self.refcnt++;
  const m = new PyMethod(rt.t.method, func, self);
  rt.allocObject(m, 48);
  rt.gc.track(m);
  return m;
}

/** A native method bound to self: builtin_function_or_method or method-wrapper. */
export function bindNative(rt: Runtime, d: PyMethodDescr, self: PyObject): PyBuiltin {
  const fn = d.fn;
  const b = new PyBuiltin(d.isSlot ? rt.t.method_wrapper : rt.t.builtin_function_or_method, d.name, (args, kw) => fn(self, args, kw), self, `${d.objclass.name}.${d.name}`, null);
  self.refcnt++;
  rt.allocObject(b, d.isSlot ? rt.t.method_wrapper.basicsize : 56);
  rt.gc.track(b);
  return b;
}

/** __set__ / __delete__ of a getset or member descriptor (v null deletes). cf. getset_set, member_set. */
export function nativeDescrSet(rt: Runtime, descr: PyGetSetDescr | PySlotDescr, o: PyObject, v: PyObject | null): void {
  const t = o.type;
  if (descr instanceof PyGetSetDescr) {
    if (descr.set === null) rt.raise(rt.t.AttributeError, `attribute '${descr.name}' of '${descr.objclass.name}' objects is not writable`);
    descr.set(o, v);
    return;
  }
  const inst = o as PyInstance;
  // A subclass of a builtin with __slots__: its slots array is made on first store.
  inst.slots ??= new Array(Math.max(t.slotIndex?.size ?? 0, descr.index + 1)).fill(null);
  const old = inst.slots[descr.index] ?? null;
  // Deleting an unset slot: the bare name (cf. Python/structmember.c PyMember_SetOne, T_OBJECT_EX).
  if (v === null && old === null) rt.raise(rt.t.AttributeError, descr.name);
  if (v !== null) v.refcnt++;
  inst.slots[descr.index] = v;
  if (old !== null) rt.decref(old);
}

/** descr.__get__(obj, type): new reference. `obj` null means access through the class. */
export function descrGet(rt: Runtime, descr: PyObject, obj: PyObject | null, type: PyType): PyObject {
  if (descr instanceof PyFunction) {
    if (obj === null) { descr.refcnt++; return descr; }
    return newBoundMethod(rt, descr, obj);
  }
  if (descr instanceof PyMethodDescr) {
    if (obj === null) { descr.refcnt++; return descr; }
    return bindNative(rt, descr, obj);
  }
  if (descr instanceof PyGetSetDescr) {
    if (obj === null) { descr.refcnt++; return descr; }
    return descr.get(obj);
  }
  if (descr instanceof PySlotDescr) {
    if (obj === null) { descr.refcnt++; return descr; }
    const slots = (obj as PyInstance).slots;
    const v = slots ? slots[descr.index] : null;
    if (v === null || v === undefined) rt.raise(rt.t.AttributeError, `'${obj.type.tpName}' object has no attribute '${descr.name}'`);
    v.refcnt++;
    return v;
  }
  if (descr instanceof PyProperty) {
    if (obj === null) { descr.refcnt++; return descr; }
    if (descr.fget === null) rt.raise(rt.t.AttributeError, `property ${propertyName(rt, descr)}of '${obj.type.qualname}' object has no getter`);
    return callObject(rt, descr.fget, [obj], null);
  }
  if (descr instanceof PyWrapper) {
    if (descr.type === rt.t.staticmethod) { descr.callable.refcnt++; return descr.callable; }
    if (descr.type === rt.t.classmethod) {
      const owner = obj === null ? type : obj.type;
      // classmethod_descriptor (cf. Objects/descrobject.c classmethod_get): a builtin method whose __self__ is the class.
      if (descr.nativeClassMethod && descr.callable instanceof PyBuiltin) {
        const inner = descr.callable;
        const b = new PyBuiltin(rt.t.builtin_function_or_method, inner.name, (args, kw) => inner.fn([owner, ...args], kw), owner, inner.qualname, null);
        owner.refcnt++;
        rt.allocObject(b, 56);
        rt.gc.track(b);
        return b;
      }
      return newBoundMethod(rt, descr.callable, owner);
    }
  }
  if (descr.type.heap) {
    const get = descr.type.lookup('__get__');
    if (get !== null) {
      return callObject(rt, get, [descr, obj ?? rt.None, type], null);
    }
  }
  descr.refcnt++;
  return descr;
}

/** "'name' " for 3.11's property messages ("property 'x' of 'C' object has no setter"), or ''. */
function propertyName(rt: Runtime, p: PyProperty): string {
  return p.name === null ? '' : `${rt.repr(p.name)} `;
}

function hasGet(rt: Runtime, d: PyObject): boolean {
  return d instanceof PyFunction || d instanceof PyMethodDescr || d instanceof PyGetSetDescr || d instanceof PySlotDescr
    || d instanceof PyProperty || d instanceof PyWrapper || (d.type.heap && d.type.lookup('__get__') !== null);
}

export function attributeError(rt: Runtime, o: PyObject, name: string): never {
  const msg = o instanceof PyModule ? `module '${o.name}' has no attribute '${name}'`
    : o instanceof PyType ? `type object '${o.tpName}' has no attribute '${name}'`
      : `'${o.type.tpName}' object has no attribute '${name}'`;
  const e = rt.newException(rt.t.AttributeError, msg);
  e.sugName = name;
  o.refcnt++;
  e.sugObj = o;
  throw new PyRaise(e);
}

/** PyObject_GenericGetAttr; returns null instead of raising AttributeError when `suppress`. */
export function genericGetAttr(rt: Runtime, o: PyObject, name: string, suppress: boolean): PyObject | null {
  const t = o.type;
  const descr = t.lookup(name);
  if (descr !== null && isDataDescriptor(rt, descr)) return descrGet(rt, descr, o, t);
  const d = o instanceof PyInstance ? o.dict : objectDict(rt, o);
  if (d !== null) {
    const v = d.getStr(name);
    if (v !== null) { v.refcnt++; return v; }
  }
  if (descr !== null) {
    if (hasGet(rt, descr)) return descrGet(rt, descr, o, t);
    descr.refcnt++;
    return descr;
  }
  if (suppress) return null;
  attributeError(rt, o, name);
}

/** type_getattro: attributes of a class (metatype data descriptors, then the MRO). */
export function typeGetAttr(rt: Runtime, t: PyType, name: string, suppress: boolean): PyObject | null {
  const meta = t.type;
  const metaAttr = meta.lookup(name);
  if (metaAttr !== null && isDataDescriptor(rt, metaAttr)) return descrGet(rt, metaAttr, t, meta);
  const attr = t.lookup(name);
  if (attr !== null) {
    if (hasGet(rt, attr)) return descrGet(rt, attr, null, t);
    attr.refcnt++;
    return attr;
  }
  if (metaAttr !== null) {
    if (hasGet(rt, metaAttr)) return descrGet(rt, metaAttr, t, meta);
    metaAttr.refcnt++;
    return metaAttr;
  }
  if (suppress) return null;
  attributeError(rt, t, name);
}

/** getattr(o, name): new reference. Honours __getattribute__ and __getattr__ of heap types. */
export function getAttr(rt: Runtime, o: PyObject, name: string): PyObject {
  return getAttrImpl(rt, o, name, false)!;
}

/** Like getAttr, but null when the attribute does not exist (AttributeError swallowed). */
export function getAttrOrNull(rt: Runtime, o: PyObject, name: string): PyObject | null {
  // cf. Objects/object.c _PyObject_LookupAttr: an AttributeError raised while looking (by a
  // descriptor's __get__, e.g. a property) also means "no attribute".
  try {
    return getAttrImpl(rt, o, name, true);
  } catch (e) {
    if (e instanceof PyRaise && rt.isInstanceOf(e.exc, rt.t.AttributeError)) {
      rt.decref(e.exc);
      return null;
    }
    throw e;
  }
}

function getAttrImpl(rt: Runtime, o: PyObject, name: string, suppress: boolean): PyObject | null {
  const t = o.type;
  if (t.heap || t.customGetattribute) {
    const ga = t.lookup('__getattribute__');
    const custom = ga !== null && ga !== rt.t.object.dict.getStr('__getattribute__') && !(o instanceof PyType);
    const getattrHook = t.lookup('__getattr__');
    if (custom || getattrHook !== null) {
      let r: PyObject | null = null;
      try {
        if (custom) r = callObject(rt, ga!, [o, nameObj(rt, name)], null);
        else r = o instanceof PyType ? typeGetAttr(rt, o, name, true) : genericGetAttr(rt, o, name, true);
      } catch (e) {
        if (!(e instanceof PyRaise) || !rt.isInstanceOf(e.exc, rt.t.AttributeError) || getattrHook === null) {
          if (suppress && e instanceof PyRaise && rt.isInstanceOf(e.exc, rt.t.AttributeError)) { rt.decref(e.exc); return null; }
          throw e;
        }
        rt.decref(e.exc);
      }
      if (r !== null) return r;
      if (getattrHook !== null) {
        try {
          return callObject(rt, getattrHook, [o, nameObj(rt, name)], null);
        } catch (e) {
          if (suppress && e instanceof PyRaise && rt.isInstanceOf(e.exc, rt.t.AttributeError)) { rt.decref(e.exc); return null; }
          throw e;
        }
      }
      if (suppress) return null;
      attributeError(rt, o, name);
    }
  }
  if (o instanceof PyType) return typeGetAttr(rt, o, name, suppress);
  return genericGetAttr(rt, o, name, suppress);
}

/** setattr(o, name, v); v null deletes. */
export function setAttr(rt: Runtime, o: PyObject, name: string, v: PyObject | null): void {
  const t = o.type;
  if (t.heap) {
    const hook = t.lookup(v === null ? '__delattr__' : '__setattr__');
    const base = rt.t.object.dict.getStr(v === null ? '__delattr__' : '__setattr__');
    if (hook !== null && hook !== base && !(hook instanceof PyMethodDescr && hook.objclass === rt.t.type)) {
      const r = v === null ? callObject(rt, hook, [o, nameObj(rt, name)], null) : callObject(rt, hook, [o, nameObj(rt, name), v], null);
      rt.decref(r);
      return;
    }
  }
  genericSetAttr(rt, o, name, v);
}

export function genericSetAttr(rt: Runtime, o: PyObject, name: string, v: PyObject | null): void {
  if (o instanceof PyType) return typeSetAttr(rt, o, name, v);
  const t = o.type;
  const descr = t.lookup(name);
  if (descr !== null) {
    if (descr instanceof PyGetSetDescr || descr instanceof PySlotDescr) { nativeDescrSet(rt, descr, o, v); return; }
    if (descr instanceof PyProperty) {
      const f = v === null ? descr.fdel : descr.fset;
      if (f === null) {
        const pn = propertyName(rt, descr);
        rt.raise(rt.t.AttributeError, v === null ? `property ${pn}of '${t.qualname}' object has no deleter` : `property ${pn}of '${t.qualname}' object has no setter`);
      }
      const r = v === null ? callObject(rt, f, [o], null) : callObject(rt, f, [o, v], null);
      rt.decref(r);
      return;
    }
    if (descr.type.heap) {
      const m = descr.type.lookup(v === null ? '__delete__' : '__set__');
      if (m !== null) {
        const r = v === null ? callObject(rt, m, [descr, o], null) : callObject(rt, m, [descr, o, v], null);
        rt.decref(r);
        return;
      }
      // A data descriptor with only the other method: slot_tp_descr_set's lookup fails
      // (cf. Objects/typeobject.c vectorcall_method: AttributeError(name)).
      if (descr.type.lookup(v === null ? '__set__' : '__delete__') !== null) rt.raise(rt.t.AttributeError, v === null ? '__delete__' : '__set__');
    }
  }
  if (o instanceof PyInstance) {
    if (v === null) return instanceDelAttr(rt, o, name);
    return instanceSetAttr(rt, o, name, v);
  }
  let d = objectDict(rt, o);
  if (d === null && (o instanceof PyFunction || o instanceof PyException || o instanceof PyWrapper)) {
    d = newDict(rt);
    (o as unknown as { dict: PyDict }).dict = d;
  }
  if (d === null) {
    if (descr !== null) rt.raise(rt.t.AttributeError, `'${t.tpName}' object attribute '${name}' is read-only`);
    rt.raise(rt.t.AttributeError, `'${t.tpName}' object has no attribute '${name}'`);
  }
  if (v === null) {
    if (!dictDelStr(rt, d, name)) attributeError(rt, o, name);
  } else dictSetStr(rt, d, name, v);
}

/** type_setattro: class attributes (static types refuse). */
export function typeSetAttr(rt: Runtime, t: PyType, name: string, v: PyObject | null): void {
  const metaAttr = t.type.lookup(name);
  if (metaAttr !== null && metaAttr instanceof PyGetSetDescr && metaAttr.set !== null) {
    metaAttr.set(t, v);
    return;
  }
  if (!t.heap) rt.typeError(`cannot set '${name}' attribute of immutable type '${t.name}'`);
  if (v === null) {
    if (!dictDelStr(rt, t.dict, name)) rt.raise(rt.t.AttributeError, `type object '${t.tpName}' has no attribute '${name}'`);
  } else dictSetStr(rt, t.dict, name, v);
  rt.typeModified(t, name);
}

export function delAttr(rt: Runtime, o: PyObject, name: string): void {
  setAttr(rt, o, name, null);
}

/** `__dict__` of an instance: materialises the dict object (3.11 managed dict). */
export function instanceDict(rt: Runtime, o: PyInstance): PyObject {
  return instanceGetDict(rt, o);
}

/** The attribute name as a str object kept alive by the interned table for the call. */
function nameObj(rt: Runtime, name: string): PyStr {
  const s = rt.internStr(name);
  // The interned table keeps it; the caller's reference is dropped right away (interned strings persist).
  if (s.refcnt > 1) s.refcnt--;
  return s;
}

export function strName(o: PyObject): string {
  return (o as PyStr).v;
}
