// Class creation and the behaviour of `type`, `object` and `super`.
// cf. Objects/typeobject.c (type_new, mro_internal/C3, type_call, object_new,
// object_init, object_repr, super_getattro). __build_class__ is in buildClass.ts.

import { PyObject, PyRaise } from './object';
import { PyType } from './type';
import { PyDict } from './dict';
import { PyFunction, PyTuple, PyStr, PyInstance, PySuper, PySlotDescr, PyGetSetDescr, PyMethodDescr } from './core';
import type { Runtime } from '../runtime';
import type { KwArgs } from './type';
import { defMethod, defGetSet } from './native';
import { dictSetStr, dictGetStr, dictItems, dictDelStr, newDict, dictSet } from './dictops';
import { callObject, callPrepend } from '../vm/call';
import { getAttr, descrGet, genericGetAttr, genericSetAttr, typeGetAttr } from '../vm/attributes';
import { newInstance, instanceGetDict, instanceDealloc, instanceTraverse, instanceClear } from './instance';
import { isTrue } from '../vm/abstract';
import { unicodeAsUtf8 } from './strmethods-misc';

/** C3 linearisation, cf. typeobject.c mro_implementation / pmerge. */
export function c3(rt: Runtime, t: PyType, bases: PyType[]): PyType[] {
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const c = s[0];
      if (!nonEmpty.some((o) => o.indexOf(c) > 0)) { cand = c; break; }
    }
    if (cand === null) {
      const names = [...new Set(nonEmpty.map((s) => s[0].name))];
      rt.typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${names.join(', ')}`);
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

/** best_base: the base whose layout the new class extends. */
function bestBase(rt: Runtime, bases: PyType[]): PyType {
  let best: PyType = rt.t.object;
  for (const b of bases) {
    if (!b.baseType) rt.typeError(`type '${b.name}' is not an acceptable base type`);
    if (b.layout !== 'object') {
      if (best.layout !== 'object' && best.layout !== b.layout && !b.isSubtypeOf(best) && !best.isSubtypeOf(b)) {
        rt.typeError('multiple bases have instance lay-out conflict');
      }
      if (best.layout === 'object' || b.isSubtypeOf(best)) best = b;
    } else if (best === rt.t.object && b !== rt.t.object) best = b;
  }
  return best;
}

/**
 * The most derived of `meta` and the bases' types; a TypeError when neither of two is a subclass of
 * the other. cf. typeobject.c _PyType_CalculateMetaclass (also __build_class__'s choice).
 */
export function calculateMetaclass(rt: Runtime, meta: PyType, bases: PyObject[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const tmp = b.type;
    if (winner.isSubtypeOf(tmp)) continue;
    if (tmp.isSubtypeOf(winner)) { winner = tmp; continue; }
    rt.typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** type.__new__(meta, name, bases, ns): a heap type. */
export function typeNew(rt: Runtime, meta: PyType, name: string, basesT: PyTuple, ns: PyDict, kw: KwArgs, nameObj: PyStr | null = null): PyType {
  let bases = basesT.items as PyType[];
  // Before best_base: the metaclass must be a subclass of every base's type, whatever the bases are.
  calculateMetaclass(rt, meta, basesT.items);
  for (const b of bases) if (!(b instanceof PyType)) rt.typeError('bases must be types');
  for (let i = 0; i < bases.length; i++) {
    if (bases.indexOf(bases[i]) !== i) rt.typeError(`duplicate base class ${bases[i].name}`);
  }
  if (bases.length === 0) bases = [rt.t.object];
  const base = bestBase(rt, bases);
  // type_new_set_name: tp_name is the name's UTF-8 (cached on a non-ASCII str). The type object
  // comes from the system malloc, so making the cache first does not change any address.
  if (nameObj !== null && unicodeAsUtf8(rt, nameObj).includes(0)) rt.valueError('type name must not contain null characters');
  const t = new PyType(rt, meta, name, base.layout);
  // A heap type is basicsize 904 + one 40-byte member slot (+ GC head): 960 bytes, so it
  // comes from the system malloc (cf. reference §2, PyType_GenericAlloc).
  rt.allocObject(t, 944);
  if (meta.heap) { /* allocObject counted the metatype reference */ }
  t.heap = true;
  t.gc = true;
  t.base = base;
  base.refcnt++;
  t.bases = bases.slice();
  for (const b of bases) b.subclasses.push(t);
  t.basesObj = rt.newTuple(bases.map((b) => { b.refcnt++; return b; }));
  t.mro = c3(rt, t, bases);
  t.mroObj = rt.newTuple(t.mro.map((m) => { m.refcnt++; return m; }));
  const dict = newDict(rt);
  t.dict = dict;
  for (const [k, v] of dictItems(ns)) dictSet(rt, dict, k, v);
  // ht_name is the name object itself; ht_qualname the namespace's __qualname__, else ht_name.
  // cf. type_new_set_ht_name
  if (nameObj !== null) nameObj.refcnt++;
  t.htName = nameObj ?? rt.newStr(name);
  const qn = dictGetStr(dict, '__qualname__');
  if (qn !== null && !qn.type.isSubtypeOf(rt.t.str)) rt.typeError(`type __qualname__ must be a str, not ${qn.type.name}`);
  t.htQualname = qn ?? t.htName;
  t.htQualname.refcnt++;
  t.qualname = qn !== null ? (qn as PyStr).v : name;
  if (qn !== null) dictDelStr(rt, dict, '__qualname__');
  const mod = dictGetStr(dict, '__module__');
  if (mod === null) {
    const g = rt.frame ? dictGetStr(rt.frame.globals, '__name__') : null;
    if (g !== null) dictSetStr(rt, dict, '__module__', g);
  }
  const m2 = dictGetStr(dict, '__module__');
  t.module = m2 !== null && m2.type === rt.t.str ? (m2 as PyStr).v : 'builtins';
  if (dictGetStr(dict, '__doc__') === null) dictSetStr(rt, dict, '__doc__', rt.None);
  // A class that defines __eq__ but not __hash__ is unhashable (type_new: inherit_slots/update_one_slot).
  if (dictGetStr(dict, '__eq__') !== null && dictGetStr(dict, '__hash__') === null) dictSetStr(rt, dict, '__hash__', rt.None);
  // __slots__
  const slots = dictGetStr(dict, '__slots__');
  // A SimpleNamespace base has its own tp_dictoffset: its subclasses add no __dict__.
  let addDict = !bases.some((b) => b.managedDict || b.layout !== 'object' && b.heap && hasInstanceDict(b) || b.layout === 'namespace');
  // cf. Objects/typeobject.c type_new: may_add_weak = base->tp_weaklistoffset == 0 && base->tp_itemsize == 0
  let addWeak = !bases.some((b) => b.weakrefable) && base.itemsize === 0;
  const inheritedSlots = new Map<string, number>();
  for (const b of [...t.mro].reverse()) if (b.slotIndex) for (const [k, v] of b.slotIndex) inheritedSlots.set(k, v);
  t.basicsize = base.layout === 'object' ? Math.max(16, ...bases.map((b) => b.basicsize)) : base.basicsize;
  if (slots !== null) {
    const names: string[] = [];
    const items = slots.type === rt.t.str ? [slots] : rt.iterate(slots);
    for (const s of items) {
      if (s.type !== rt.t.str) rt.typeError(`__slots__ items must be strings, not '${s.type.name}'`);
      names.push((s as PyStr).v);
    }
    // cf. Objects/typeobject.c type_new_slots: variable-size bases (int, bytes, tuple) take no slots.
    if (names.length > 0 && base.itemsize !== 0) {
      if (slots.type !== rt.t.str) for (const s of items) rt.decref(s);
      rt.typeError(`nonempty __slots__ not supported for subtype of '${base.name}'`);
    }
    // type_new_descriptors: each member's name is the UTF-8 of the slot name (a private name is
    // mangled into a new str first, which then holds the cache).
    for (const s of items) {
      const n = (s as PyStr).v;
      if (n !== '__dict__' && n !== '__weakref__' && !(n.startsWith('__') && !n.endsWith('__'))) unicodeAsUtf8(rt, s as PyStr);
    }
    if (slots.type !== rt.t.str) for (const s of items) rt.decref(s);
    t.slotNames = names.filter((n) => n !== '__dict__' && n !== '__weakref__');
    addDict = addDict && names.includes('__dict__');
    addWeak = addWeak && names.includes('__weakref__');
    t.slotIndex = new Map(inheritedSlots);
    for (const n of t.slotNames) {
      if (dictGetStr(dict, n) !== null) rt.valueError(`'${n}' in __slots__ conflicts with class variable`);
      const idx = t.slotIndex.size;
      t.slotIndex.set(n, idx);
      const d = new PySlotDescr(rt.t.member_descriptor, n, t, idx);
      t.refcnt++; // d_type
      rt.allocObject(d, rt.t.member_descriptor.basicsize);
      rt.gc.track(d);
      dictSetStr(rt, dict, n, d);
      rt.decref(d);
    }
    t.basicsize += 8 * t.slotNames.length;
  } else {
    t.slotIndex = inheritedSlots.size > 0 ? new Map(inheritedSlots) : null;
  }
  if (base.layout === 'object' && t.slotIndex === null && slots === null) t.basicsize = 16;
  if (addWeak) t.basicsize += 8;
  // cf. type_new_descriptors: with a variable-size base the __dict__ pointer is in the object;
  // otherwise it is managed, in the pre-header (see Runtime.getsizeof).
  t.itemsize = base.itemsize;
  if (addDict && t.itemsize !== 0) t.basicsize += 8;
  t.weakrefable = addWeak || bases.some((b) => b.weakrefable);
  if (addDict) {
    t.managedDict = true;
    defGetSetHeap(rt, t, '__dict__');
  } else t.managedDict = bases.some((b) => b.managedDict);
  // ht_cached_keys: the shared keys of instances, 64 slots (768 bytes), cf. _PyDict_NewKeysForClass.
  if (t.managedDict) t.cachedKeysAddr = rt.allocRaw(768);
  if (addWeak) defGetSetHeap(rt, t, '__weakref__');
  t.hasFinalizer = t.lookup('__del__') !== null;
  inheritHooks(rt, t, base);
  // Functions named __init_subclass__ and __class_getitem__ are implicitly classmethods.
  for (const n of ['__init_subclass__', '__class_getitem__']) {
    const f = dictGetStr(dict, n);
    if (f instanceof PyFunction) {
      const cm = rt.newClassmethod(f);
      dictSetStr(rt, dict, n, cm);
      rt.decref(cm);
    }
  }
  const nw = dictGetStr(dict, '__new__');
  if (nw instanceof PyFunction) {
    const sm = rt.newStaticmethod(nw);
    dictSetStr(rt, dict, '__new__', sm);
    rt.decref(sm);
  }
  rt.typeVersion++;
  rt.gc.track(t);
  // __set_name__ on descriptors, then __init_subclass__ of the parent.
  for (const [k, v] of dictItems(dict)) {
    const sn = v.type.lookup('__set_name__');
    if (sn !== null) {
      let r: PyObject;
      try {
        r = callObject(rt, sn, [v, t, k], null);
      } catch (e) {
        if (!(e instanceof PyRaise)) throw e;
        // cf. typeobject.c type_new_set_names: _PyErr_FormatFromCause(PyExc_RuntimeError, ...); the class is not made.
        const err = rt.newException(rt.t.RuntimeError, `Error calling __set_name__ on '${v.type.tpName}' instance ${rt.repr(k)} in '${t.tpName}'`);
        rt.setCauseAndContext(err, e.exc);
        rt.decref(t);
        throw new PyRaise(err);
      }
      rt.decref(r);
    }
  }
  const sup = rt.newSuper(t.mro[1] === undefined ? rt.t.object : t, t, t);
  try {
    const isub = getAttr(rt, sup, '__init_subclass__');
    try { rt.decref(callObject(rt, isub, [], kw)); } finally { rt.decref(isub); }
  } finally { rt.decref(sup); }
  return t;
}

/** A heap type's instances: plain instances use the instance hooks; subclasses of builtins
 * extend the base's hooks with their own attribute dict (cf. subtype_dealloc/subtype_traverse). */
function inheritHooks(rt: Runtime, t: PyType, base: PyType): void {
  if (base.layout === 'object') {
    t.dealloc = instanceDealloc;
    t.traverse = instanceTraverse;
    t.clear = instanceClear;
    t.sizeof = (o) => t.basicsize + (o.type.managedDict ? 0 : 0);
    return;
  }
  let b: PyType | null = base;
  while (b !== null && b.dealloc === null && b.traverse === null) b = b.base;
  const bd = b?.dealloc ?? null;
  const bt = b?.traverse ?? null;
  const bc = b?.clear ?? null;
  // Types, modules and SimpleNamespaces keep their namespace in `dict` themselves: their own hooks manage it.
  const baseOwnsDict = t.mro.some((m) => !m.heap && (m.layout === 'type' || m.layout === 'module' || m.layout === 'namespace'));
  const dictOf = (o: PyObject) => (baseOwnsDict ? null : (o as unknown as { dict?: PyDict | null }).dict ?? null);
  // __slots__ of the subclass (cf. typeobject.c clear_slots / traverse_slots).
  const slotsOf = (o: PyObject) => (o as unknown as { slots?: Array<PyObject | null> | null }).slots ?? null;
  const clearSlots = (o: PyObject) => {
    const s = slotsOf(o);
    if (s === null) return;
    (o as unknown as { slots: null }).slots = null;
    for (const v of s) if (v) rt.decref(v);
  };
  t.dealloc = (o) => {
    clearSlots(o);
    const d = dictOf(o);
    if (d !== null) { (o as unknown as { dict: PyDict | null }).dict = null; releaseSplitDict(rt, d); }
    if (bd !== null) bd(o);
  };
  t.traverse = (o, visit) => {
    const s = slotsOf(o);
    if (s !== null) for (const v of s) if (v) visit(v);
    const d = dictOf(o);
    if (d !== null) for (const v of d.values) if (v !== null) visit(v);
    if (bt !== null) bt(o, visit);
    visit(o.type);
  };
  t.clear = (o) => {
    clearSlots(o);
    const d = dictOf(o);
    if (d !== null) { (o as unknown as { dict: PyDict | null }).dict = null; releaseSplitDict(rt, d); }
    if (bc !== null) bc(o);
  };
  let s: PyType | null = base;
  while (s !== null && s.sizeof === null) s = s.base;
  t.sizeof = s?.sizeof ?? null;
}

function releaseSplitDict(rt: Runtime, d: PyDict): void {
  if (d.addr !== 0) { rt.decref(d); return; }
  const keys = d.keys; const values = d.values;
  d.keys = []; d.values = []; d.index = new Map(); d.used = 0;
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] === null) continue;
    rt.decref(values[i]!);
    rt.decref(keys[i]!);
  }
}

function hasInstanceDict(t: PyType): boolean {
  return t.managedDict;
}

function defGetSetHeap(rt: Runtime, t: PyType, name: '__dict__' | '__weakref__'): void {
  const get = name === '__dict__'
    ? (self: PyObject) => instanceGetDict(rt, self as PyInstance)
    : (self: PyObject) => rt.weakrefHead(self);
  const set = name === '__dict__' ? (self: PyObject, v: PyObject | null) => rt.setInstanceDict(self, v) : null;
  const d = new PyGetSetDescr(rt.t.getset_descriptor, name, t, get, set);
  t.refcnt++; // d_type
  rt.allocObject(d, rt.t.getset_descriptor.basicsize);
  rt.gc.track(d);
  dictSetStr(rt, t.dict, name, d);
  rt.decref(d);
}

/** type.__call__: __new__ then __init__. cf. type_call. */
export function typeCall(rt: Runtime, t: PyType, args: PyObject[], kw: KwArgs): PyObject {
  if (t === rt.t.type && args.length === 1 && (kw === null || kw.length === 0)) {
    args[0].type.refcnt++;
    return args[0].type;
  }
  const nw = t.lookup('__new__');
  let obj: PyObject;
  if (nw === null || nw === rt.objectNew) obj = objectNew(rt, t, args, kw);
  else if (nw instanceof PyMethodDescr && nw.name === '__new__' && nw.objclass === t.mro.find((m) => !m.heap)) {
    obj = nw.fn(t, args, kw);
  } else {
    const f = descrGet(rt, nw, null, t);
    try { obj = callPrepend(rt, f, [t, ...args], kw); } finally { rt.decref(f); }
  }
  if (!obj.type.isSubtypeOf(t)) return obj;
  const init = obj.type.lookup('__init__');
  if (init !== null && init !== rt.objectInit) {
    let r: PyObject;
    try {
      if (init instanceof PyFunction) r = callPrepend(rt, init, [obj, ...args], kw);
      else if (init instanceof PyMethodDescr) r = init.fn(obj, args, kw);
      else { const b = descrGet(rt, init, obj, obj.type); try { r = callObject(rt, b, args, kw); } finally { rt.decref(b); } }
    } catch (e) { rt.decref(obj); throw e; }
    if (r !== rt.None) {
      rt.decref(obj);
      const tn = r.type.name;
      rt.decref(r);
      rt.typeError(`__init__() should return None, not '${tn}'`);
    }
    rt.decref(r);
  } else if ((args.length > 0 || (kw !== null && kw.length > 0)) && (nw === null || nw === rt.objectNew) && t.layout === 'object') {
    rt.decref(obj);
    rt.typeError(`${t.name}() takes no arguments`);
  }
  return obj;
}

/** object.__new__(cls) and the native layouts' constructors. */
export function objectNew(rt: Runtime, t: PyType, args: PyObject[], kw: KwArgs): PyObject {
  if (t.layout !== 'object') {
    let b: PyType | null = t;
    while (b !== null && b.newFn === null) b = b.base;
    if (b === null || b.newFn === null) rt.typeError(`cannot create '${t.name}' instances`);
    return b.newFn(t, args, kw);
  }
  const excess = args.length > 0 || (kw !== null && kw.length > 0);
  if (excess && (t.lookup('__init__') === rt.objectInit || t.lookup('__new__') !== rt.objectNew)) {
    if (t.lookup('__new__') !== rt.objectNew) rt.typeError('object.__new__() takes exactly one argument (the type to instantiate)');
    rt.typeError(`${t.name}() takes no arguments`);
  }
  if (!t.heap && t !== rt.t.object) rt.typeError(`object.__new__(${t.name}) is not safe, use ${t.name}.__new__()`);
  if (t === rt.t.object) {
    const o = new PyObject(t);
    rt.allocObject(o, 16);
    return o;
  }
  return newInstance(rt, t);
}

/** Install type/object/super behaviour. */
export function installTypeObject(rt: Runtime): void {
  const T = rt.t.type;
  const O = rt.t.object;
  defMethod(T, '__call__', (self, args, kw) => rt.typeCall(self as PyType, args, kw));
  defMethod(T, '__new__', (self, args, kw) => {
    // type.__new__(meta, name, bases, ns) or type(x)
    const meta = self as PyType;
    if (args.length === 1 && meta === rt.t.type) { args[0].type.refcnt++; return args[0].type; }
    if (args.length !== 3) rt.typeError('type() takes 1 or 3 arguments');
    if (args[0].type !== rt.t.str) rt.typeError(`type.__new__() argument 1 must be str, not ${args[0].type.name}`);
    if (!(args[1] instanceof PyTuple)) rt.typeError(`type.__new__() argument 2 must be tuple, not ${args[1].type.name}`);
    if (!(args[2] instanceof PyDict)) rt.typeError(`type.__new__() argument 3 must be dict, not ${args[2].type.name}`);
    return typeNew(rt, meta, (args[0] as PyStr).v, args[1] as PyTuple, args[2] as PyDict, kw, args[0] as PyStr);
  });
  defMethod(T, '__init__', () => rt.none());
  defMethod(T, '__repr__', (self) => {
    const t = self as PyType;
    return rt.newStr(t.module === 'builtins' ? `<class '${t.qualname}'>` : `<class '${t.module}.${t.qualname}'>`);
  });
  defMethod(T, 'mro', (self) => rt.newList((self as PyType).mro.map((m) => { m.refcnt++; return m; })));
  defMethod(T, '__subclasses__', (self) => rt.newList((self as PyType).subclasses.map((m) => { m.refcnt++; return m; })));
  defMethod(T, '__instancecheck__', (self, args) => rt.newBool(args[0].type.isSubtypeOf(self as PyType)));
  defMethod(T, '__subclasscheck__', (self, args) => rt.newBool(args[0] instanceof PyType && args[0].isSubtypeOf(self as PyType)));
  defMethod(T, '__getattribute__', (self, args) => typeGetAttr(rt, self as PyType, (args[0] as PyStr).v, false)!);
  defMethod(T, '__setattr__', (self, args) => { genericSetAttr(rt, self, (args[0] as PyStr).v, args[1]); return rt.none(); });
  defMethod(T, '__delattr__', (self, args) => { genericSetAttr(rt, self, (args[0] as PyStr).v, null); return rt.none(); });
  defMethod(T, '__dir__', (self) => rt.dirOfType(self as PyType));
  defMethod(T, '__sizeof__', (self) => rt.newInt(rt.sizeofNoPre(self)));
  defGetSet(T, '__name__', (self) => {
    const t = self as PyType;
    if (t.htName !== null) { t.htName.refcnt++; return t.htName; }
    return rt.newStr(t.name);
  }, (self, v) => {
    if (v === null || v.type !== rt.t.str) rt.typeError(`can only assign string to ${(self as PyType).name}.__name__, not '${v ? v.type.name : 'NoneType'}'`);
    // type_set_name: tp_name becomes the value's UTF-8.
    if (unicodeAsUtf8(rt, v as PyStr).includes(0)) rt.valueError('type name must not contain null characters');
    const t = self as PyType;
    t.name = (v as PyStr).v;
    if (t.htName !== null) { v.refcnt++; const old = t.htName; t.htName = v; rt.decref(old); }
  });
  defGetSet(T, '__qualname__', (self) => {
    const t = self as PyType;
    if (t.htQualname !== null) { t.htQualname.refcnt++; return t.htQualname; }
    return rt.newStr(t.qualname);
  }, (self, v) => {
    // cf. type_set_qualname
    const t = self as PyType;
    if (v === null || !v.type.isSubtypeOf(rt.t.str)) rt.typeError(`can only assign string to ${t.name}.__qualname__, not '${v ? v.type.name : 'NoneType'}'`);
    t.qualname = (v as PyStr).v;
    if (t.htQualname !== null) { v.refcnt++; const old = t.htQualname; t.htQualname = v; rt.decref(old); }
  });
  defGetSet(T, '__module__', (self) => {
    const t = self as PyType;
    if (t.heap) { const m = dictGetStr(t.dict, '__module__'); if (m) { m.refcnt++; return m; } }
    return rt.newStr(t.module);
  });
  defGetSet(T, '__bases__', (self) => {
    const t = self as PyType;
    if (t.basesObj !== null) { t.basesObj.refcnt++; return t.basesObj; }
    return rt.newTuple(t.bases.map((b) => { b.refcnt++; return b; }));
  });
  defGetSet(T, '__base__', (self) => { const b = (self as PyType).base; if (b === null) return rt.none(); b.refcnt++; return b; });
  defGetSet(T, '__mro__', (self) => {
    const t = self as PyType;
    if (t.mroObj !== null) { t.mroObj.refcnt++; return t.mroObj; }
    return rt.mroTuple(t);
  });
  // Heap types are GC objects: their dict, bases, mro (which contains the type itself).
  T.traverse = (o, visit) => {
    const t = o as PyType;
    if (!t.heap) return;
    visit(t.dict);
    if (t.basesObj) visit(t.basesObj);
    if (t.mroObj) visit(t.mroObj);
    if (t.base) visit(t.base);
    // type_traverse does not visit the metatype; a heap metatype is visited by subtype_traverse.
    if (t.type.heap) visit(t.type);
  };
  T.clear = (o) => {
    const t = o as PyType;
    if (!t.heap) return;
    const mro = t.mroObj;
    t.mroObj = null;
    if (mro) rt.decref(mro);
    rt.dictClearOf(t.dict);
  };
  T.dealloc = (o) => {
    const t = o as PyType;
    if (!t.heap) return;
    for (const b of t.bases) { const i = b.subclasses.indexOf(t); if (i >= 0) b.subclasses.splice(i, 1); }
    const parts = [t.mroObj, t.basesObj, t.base, t.dict, t.htName, t.htQualname];
    t.mroObj = null; t.basesObj = null; t.base = null; t.htName = null; t.htQualname = null;
    if (t.cachedKeysAddr !== 0) { rt.freeRaw(t.cachedKeysAddr); t.cachedKeysAddr = 0; }
    for (const p of parts) if (p) rt.decref(p);
    rt.typeVersion++;
  };
  T.sizeof = (o) => {
    const t = o as PyType;
    if (!t.heap) return 408;
    return 904 + (t.cachedKeysAddr !== 0 ? 768 : 0);
  };
  defGetSet(T, '__dict__', (self) => rt.newMappingProxy((self as PyType).dict));
  defGetSet(T, '__doc__', (self) => {
    const t = self as PyType;
    const d = dictGetStr(t.dict, '__doc__');
    if (d !== null) { if (d.type.lookup('__get__') !== null && d.type.heap) return descrGet(rt, d, null, t); d.refcnt++; return d; }
    return t.doc !== null ? rt.newStr(t.doc) : rt.none();
  });
  defGetSet(T, '__abstractmethods__', () => rt.raise(rt.t.AttributeError, '__abstractmethods__'));

  defMethod(O, '__init__', (self, args, kw) => {
    const t = self.type;
    if ((args.length > 0 || (kw !== null && kw.length > 0))) {
      if (t.lookup('__init__') !== rt.objectInit) rt.typeError('object.__init__() takes exactly one argument (the instance to initialize)');
      if (t.lookup('__new__') === rt.objectNew) rt.typeError(`${t.name}() takes no arguments`);
    }
    return rt.none();
  });
  defMethod(O, '__new__', (self, args, kw) => {
    if (!(self instanceof PyType)) rt.typeError(`object.__new__(X): X is not a type object (${self.type.name})`);
    return objectNew(rt, self, args, kw);
  });
  defMethod(O, '__repr__', (self) => {
    const t = self.type;
    const mod = t.module === 'builtins' ? '' : `${t.module}.`;
    return rt.newStr(`<${mod}${t.qualname} object at ${rt.hexAddr(self)}>`);
  });
  defMethod(O, '__str__', (self) => rt.reprObj(self));
  defMethod(O, '__eq__', (self, args) => (self === args[0] ? rt.newBool(true) : rt.notImplemented()));
  defMethod(O, '__ne__', (self, args) => {
    const eq = self.type.lookup('__eq__');
    if (eq === null) return rt.notImplemented();
    const r = rt.callSpecialMethod(self, '__eq__', [args[0]]);
    if (r === null || r === rt.NotImplemented) return r ?? rt.notImplemented();
    const b = isTrue(rt, r);
    rt.decref(r);
    return rt.newBool(!b);
  });
  for (const n of ['__lt__', '__le__', '__gt__', '__ge__']) defMethod(O, n, () => rt.notImplemented());
  defMethod(O, '__hash__', (self) => rt.newInt(rt.pointerHash(self)));
  defMethod(O, '__getattribute__', (self, args) => {
    if (args.length !== 1 || args[0].type !== rt.t.str) rt.typeError(`attribute name must be string, not '${args[0]?.type.name}'`);
    return genericGetAttr(rt, self, (args[0] as PyStr).v, false)!;
  });
  defMethod(O, '__setattr__', (self, args) => { genericSetAttr(rt, self, (args[0] as PyStr).v, args[1]); return rt.none(); });
  defMethod(O, '__delattr__', (self, args) => { genericSetAttr(rt, self, (args[0] as PyStr).v, null); return rt.none(); });
  defMethod(O, '__format__', (self, args) => {
    const spec = args[0] as PyStr;
    if (spec.v !== '') rt.typeError(`unsupported format string passed to ${self.type.name}.__format__`);
    return rt.strObj(self);
  });
  defMethod(O, '__sizeof__', (self) => rt.newInt(rt.sizeofNoPre(self)));
  defMethod(O, '__dir__', (self) => rt.dirOfObject(self));
  defMethod(O, '__reduce_ex__', (self) => rt.raise(rt.t.TypeError, `cannot pickle '${self.type.name}' object`));
  defGetSet(O, '__class__', (self) => { self.type.refcnt++; return self.type; }, (self, v) => rt.setClass(self, v));
  // object.__init_subclass__ is METH_CLASS | METH_NOARGS: a leftover class keyword is an error,
  // named after the bound class (cf. Objects/typeobject.c object___init_subclass__).
  const isc = rt.newClassmethodNative('__init_subclass__', O, (cls, args, kw) => {
    const q = cls instanceof PyType ? cls.qualname : cls.type.qualname;
    if (kw !== null && kw.length > 0) rt.typeError(`${q}.__init_subclass__() takes no keyword arguments`);
    if (args.length > 0) rt.typeError(`${q}.__init_subclass__() takes no arguments (${args.length} given)`);
    return rt.none();
  });
  dictSetStr(rt, O.dict, '__init_subclass__', isc);
  rt.decref(isc);
  const hook = rt.newClassmethodNative('__subclasshook__', O, () => rt.notImplemented());
  dictSetStr(rt, O.dict, '__subclasshook__', hook);
  rt.decref(hook);
  dictSetStr(rt, O.dict, '__doc__', rt.newStrStatic('The base class of the class hierarchy.'));
  rt.objectNew = O.dict.getStr('__new__')!;
  rt.objectInit = O.dict.getStr('__init__')!;
  rt.objectGetattribute = O.dict.getStr('__getattribute__')!;

  // Instances of heap types.
  const inst = { dealloc: instanceDealloc, traverse: instanceTraverse, clear: instanceClear };
  rt.instanceHooks = inst;

  // super
  const S = rt.t.super;
  S.newFn = (type, args) => rt.makeSuper(args);
  defMethod(S, '__getattribute__', (self, args) => superGetAttr(rt, self as PySuper, (args[0] as PyStr).v));
  defMethod(S, '__repr__', (self) => {
    const s = self as PySuper;
    return rt.newStr(s.objType ? `<super: <class '${s.thisType.name}'>, <${s.objType.name} object>>` : `<super: <class '${s.thisType.name}'>, NULL>`);
  });
  // cf. Objects/typeobject.c super_members: __thisclass__, __self__, __self_class__.
  const opt = (v: PyObject | null) => { const r = v ?? rt.None; r.refcnt++; return r; };
  defGetSet(S, '__thisclass__', (self) => opt((self as PySuper).thisType));
  defGetSet(S, '__self__', (self) => opt((self as PySuper).obj));
  defGetSet(S, '__self_class__', (self) => opt((self as PySuper).objType));
  S.traverse = (o, visit) => { const s = o as PySuper; visit(s.thisType); if (s.obj) visit(s.obj); if (s.objType) visit(s.objType); };
  S.dealloc = (o) => { const s = o as PySuper; rt.decref(s.thisType); if (s.obj) rt.decref(s.obj); if (s.objType) rt.decref(s.objType); };
}

/** super_getattro: look past thisType in the MRO of the object's type. */
export function superGetAttr(rt: Runtime, s: PySuper, name: string): PyObject {
  if (s.objType !== null && name !== '__class__') {
    const mro = s.objType.mro;
    let i = mro.indexOf(s.thisType) + 1;
    for (; i < mro.length; i++) {
      const v = mro[i].dict.getStr(name);
      if (v !== null) {
        const obj = s.obj === s.objType ? null : s.obj;
        return descrGet(rt, v, obj, s.objType);
      }
    }
  }
  return genericGetAttr(rt, s, name, false)!;
}

export { PyRaise, PyTuple, PyStr };
