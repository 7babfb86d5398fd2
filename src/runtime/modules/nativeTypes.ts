// Shared helpers for the natively implemented standard-library modules
// (itertools, functools, collections): building their types and module objects,
// iterator objects with owned reference slots, and small argument utilities.
//
// CPython 3.11 imports itertools, functools and collections at start-up (site
// does), so `import collections` in a script allocates nothing. The module
// factories therefore build everything in the data segment, as the runtime does
// for its own start-up objects (withStaticAllocation).

import type { PyObject } from '../objects/object';
import { PyRaise } from '../objects/object';
import { PyType, type KwArgs } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyIter, PyModule, PyMethodDescr, PyStr, PyInt, PyTuple } from '../objects/core';
import type { Runtime } from '../runtime';
import { makeStaticType } from '../objects/typesetup';
import { defMethod, defGetSet, newBuiltin, parseArgSpec } from '../objects/native';
import { newDict, dictSetStr, dictClear, dictItems } from '../objects/dictops';
import { genericSetAttr, isDataDescriptor } from '../vm/attributes';

/** Run `fn` as interpreter start-up code: static addresses, no GC counting, no free-list traffic. */
export function withStaticAllocation<T>(rt: Runtime, fn: () => T): T {
  const fl = rt.freelists;
  const saved = { floats: fl.floats, tuples: fl.tuples, lists: fl.lists, dicts: fl.dicts, dictKeys: fl.dictKeys };
  fl.floats = []; fl.tuples = fl.tuples.map(() => []); fl.lists = []; fl.dicts = []; fl.dictKeys = [];
  const was = rt.initializing;
  rt.initializing = true;
  try {
    return fn();
  } finally {
    rt.initializing = was;
    fl.floats = saved.floats; fl.tuples = saved.tuples; fl.lists = saved.lists; fl.dicts = saved.dicts; fl.dictKeys = saved.dictKeys;
  }
}

/** A module object named `name`; `build` fills its dict (under start-up allocation). */
export function makeModule(rt: Runtime, name: string, build: (d: PyDict, m: PyModule) => void): PyModule {
  return withStaticAllocation(rt, () => {
    const d = newDict(rt);
    const m = new PyModule(rt.t.module, name, d);
    rt.allocObject(m, 56);
    rt.gc.track(m);
    const n = rt.newStr(name);
    dictSetStr(rt, d, '__name__', n);
    rt.decref(n);
    build(d, m);
    return m;
  });
}

/** Store `v` (a new reference, stolen) under `name` in a module dict. */
export function putNew(rt: Runtime, d: PyDict, name: string, v: PyObject): void {
  dictSetStr(rt, d, name, v);
  rt.decref(v);
}

export interface NativeTypeOpts {
  /** tp_basicsize without the GC pre-header. */
  basicsize: number;
  gc?: boolean;
  base?: PyType;
  baseType?: boolean;
  layout?: string;
  /** Instances act as descriptors / callables found through their type's dict (__get__, __set__): the runtime
   * honours those hooks only for heap types, so such types carry the heap flag (CPython builds them from specs). */
  heapLike?: boolean;
  /** Instances support weak references (tp_weaklistoffset != 0). */
  weakref?: boolean;
  doc?: string;
}

/** A type implemented natively by a module (cf. PyType_FromSpec / static C types). */
export function makeType(rt: Runtime, module: string, name: string, o: NativeTypeOpts): PyType {
  const t = makeStaticType(rt, name, {
    base: o.base, gc: o.gc ?? true, basicsize: o.basicsize, baseType: o.baseType ?? true, module,
    layout: o.layout ?? `${module}.${name}`,
  });
  if (o.heapLike) t.heap = true;
  t.weakrefable = o.weakref ?? false;
  if (o.doc !== undefined) t.doc = o.doc;
  rt.typeVersion++;
  return t;
}

/** tp_new: `fn(type, args, kw)` is used both by type calls and by subclasses' object.__new__. */
export function defNew(t: PyType, fn: (type: PyType, args: PyObject[], kw: KwArgs) => PyObject): void {
  const rt = t.rt;
  // A Python subclass that overrides __next__ must be iterated through it (slot_tp_iternext):
  // the eval loop's fast path calls PyIter.next, so route that to the override and keep the
  // native step for the base __next__ (super().__next__()).
  const make = (type: PyType, args: PyObject[], kw: KwArgs): PyObject => {
    const o = fn(type, args, kw);
    if (o instanceof NIter && type.heap && type !== t && type.lookup('__next__') !== t.lookup('__next__')) {
      o.native = o.next;
      o.next = () => {
        try { return rt.callSpecialMethod(o, '__next__', []); } catch (e) {
          if (isPyExc(rt, e, rt.t.StopIteration)) { rt.decref(e.exc); return null; }
          throw e;
        }
      };
    }
    return o;
  };
  t.newFn = make;
  // A staticmethod around a builtin, like CPython's tp_new wrapper: type calls, T.__new__(T, ...)
  // and super().__new__(cls, ...) all reach it.
  const b = newBuiltin(rt, '__new__', (args, kw) => {
    if (args.length === 0) rt.typeError(`${t.name}.__new__(): not enough arguments`);
    const self = args[0];
    if (!(self instanceof PyType)) return rt.typeError(`${t.name}.__new__(X): X is not a type object (${self.type.name})`);
    if (!self.isSubtypeOf(t)) rt.typeError(`${t.name}.__new__(${self.name}): ${self.name} is not a subtype of ${t.name}`);
    return make(self, args.slice(1), kw);
  }, t.module);
  b.qualname = `${t.name}.__new__`;
  const sm = rt.newStaticmethod(b);
  rt.decref(b);
  dictSetStr(rt, t.dict, '__new__', sm);
  rt.decref(sm);
}

/** A classmethod implemented natively. */
export function defClassMethod(t: PyType, name: string, fn: (cls: PyObject, args: PyObject[], kw: KwArgs) => PyObject): void {
  const rt = t.rt;
  const cm = rt.newClassmethodNative(name, t, fn);
  dictSetStr(rt, t.dict, name, cm);
  rt.decref(cm);
}

/** __class_getitem__ = classmethod(GenericAlias) */
export function defClassGetitem(t: PyType): void {
  defClassMethod(t, '__class_getitem__', (cls, args) => t.rt.genericAlias(cls as PyType, args[0]));
}

/** A method descriptor made at run time (e.g. functions total_ordering adds to a class). */
export function newMethodDescr(rt: Runtime, owner: PyType, name: string, fn: (self: PyObject, args: PyObject[], kw: KwArgs) => PyObject): PyMethodDescr {
  const d = new PyMethodDescr(rt.t.method_descriptor, name, owner, fn, false);
  rt.allocObject(d, 56);
  rt.gc.track(d);
  return d;
}

/** Allocate a native object of `type` (or of a Python subclass of it, which gets the subclass layout). */
export function allocNative<T extends PyObject>(rt: Runtime, o: T, type: PyType, size: number): T {
  if (type.heap && type.managedDict) {
    rt.newSubclassInstance(type, o, type.basicsize);
    return o;
  }
  rt.allocObject(o, type.heap ? Math.max(size, type.basicsize) : size);
  if (type.gc) rt.gc.track(o);
  return o;
}

/**
 * Release the attribute dict held in `o.dict` (the instance dict of the WithDict types).
 * A Python subclass's own dict is released by the heap type's hooks (typeobject.ts
 * inheritHooks) before the native dealloc runs, so this is then a no-op.
 */
export function releaseSubclassDict(rt: Runtime, o: PyObject): void {
  const holder = o as unknown as { dict?: PyDict | null; dictMaterialized?: boolean };
  const d = holder.dict;
  if (d === undefined || d === null) return;
  holder.dict = null;
  if (d.addr === 0) dictClear(rt, d);
  else rt.decref(d);
}

/** Visit the instance dict in `o.dict` (only for the exact native type: a subclass's hooks visit it). */
export function traverseSubclassDict(o: PyObject, visit: (c: PyObject) => void): void {
  if (!o.type.isStatic) return;
  const d = (o as unknown as { dict?: PyDict | null }).dict;
  if (d === undefined || d === null) return;
  if (d.addr !== 0) visit(d);
  else for (const [k, v] of dictItems(d)) { visit(k); visit(v); }
}

/** raise StopIteration (no arguments). */
export function stopIteration(rt: Runtime): never {
  throw new PyRaise(rt.newException(rt.t.StopIteration, null));
}

/** Whether `e` is a Python exception of type `t` (or a subclass). */
export function isPyExc(_rt: Runtime, e: unknown, t: PyType): e is PyRaise {
  return e instanceof PyRaise && e.exc.type.isSubtypeOf(t);
}

const NO_NEXT = (): PyObject | null => null;

/**
 * A native iterator whose owned references live in `s` (slots; null = NULL). The
 * `next` closure (inherited from PyIter, so the eval loop's fast path applies)
 * returns a new reference, or null when exhausted, or throws.
 */
export class NIter extends PyIter {
  s: Array<PyObject | null>;
  /** The native step when `next` was rerouted to a Python __next__ override. */
  native: (() => PyObject | null) | null = null;
  constructor(type: PyType, nslots: number) {
    super(type, NO_NEXT, [], 0);
    this.s = new Array<PyObject | null>(nslots).fill(null);
  }
}

/** Py_XSETREF(slot, v): store a new reference (stolen), release the old one. */
export function setSlot(rt: Runtime, it: NIter, i: number, v: PyObject | null): void {
  const old = it.s[i];
  it.s[i] = v;
  if (old !== null && old !== undefined) rt.decref(old);
}

export interface IterTypeHooks {
  /** Extra references to visit (beyond the slots). */
  traverse?: (o: PyObject, visit: (c: PyObject) => void) => void;
  /** Extra cleanup at dealloc (raw blocks, extra references). */
  dealloc?: (o: PyObject) => void;
}

/** GC hooks, __iter__ and __next__ for a type whose instances are NIter. */
export function installNIter(rt: Runtime, t: PyType, hooks: IterTypeHooks = {}): void {
  t.traverse = (o, visit) => {
    for (const x of (o as NIter).s) if (x !== null) visit(x);
    if (hooks.traverse) hooks.traverse(o, visit);
  };
  const clearSlots = (o: PyObject) => {
    const it = o as NIter;
    const s = it.s;
    it.s = s.map(() => null);
    it.next = NO_NEXT;
    it.native = null;
    for (const x of s) if (x !== null) rt.decref(x);
  };
  t.clear = clearSlots;
  t.dealloc = (o) => {
    clearSlots(o);
    if (hooks.dealloc) hooks.dealloc(o);
  };
  defMethod(t, '__iter__', (self) => { self.refcnt++; return self; });
  defMethod(t, '__next__', (self) => {
    const it = self as NIter;
    const v = (it.native ?? it.next)();
    if (v === null) stopIteration(rt);
    return v;
  });
}

/** The type's display name in reprs (cf. _PyType_Name). */
export function typeName(o: PyObject): string {
  return o.type.name;
}

/** A Python-level callable check (PyCallable_Check). */
export function isCallable(o: PyObject): boolean {
  return o.type.lookup('__call__') !== null;
}

/** `names` joined as CPython's format_missing does: 'a', 'b', and 'c'. */
export function formatNames(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/** PyNumber_AsSsize_t(o, OverflowError) as a JS number, or null when it fails (error cleared). */
export function ssizeOrNull(rt: Runtime, o: PyObject): number | null {
  try {
    const v = rt.indexValue(o);
    if (v > 9223372036854775807n || v < -9223372036854775808n) return null;
    return Number(v);
  } catch (e) {
    if (e instanceof PyRaise) { rt.decref(e.exc); return null; }
    throw e;
  }
}

/** An index argument ("n" format): TypeError for non-integers, OverflowError beyond ssize_t. */
export function ssizeArg(rt: Runtime, o: PyObject): number {
  const v = rt.indexValue(o);
  if (v > 9223372036854775807n || v < -9223372036854775808n) {
    rt.raise(rt.t.OverflowError, 'Python int too large to convert to C ssize_t');
  }
  return Number(v);
}

/** Keyword arguments as a new dict (str keys). */
export function kwDict(rt: Runtime, kw: KwArgs): PyDict {
  const d = newDict(rt);
  for (const [k, v] of kw ?? []) dictSetStr(rt, d, k, v);
  return d;
}

/** A dict's str-keyed items as KwArgs (borrowed values). */
export function dictToKw(rt: Runtime, d: PyDict, func: PyObject): Array<[string, PyObject]> {
  const out: Array<[string, PyObject]> = [];
  for (const [k, v] of dictItems(d)) {
    if (!k.type.isSubtypeOf(rt.t.str)) rt.typeError("keywords must be strings");
    out.push([(k as PyStr).v, v]);
  }
  return out;
}

/** {**a, **b} over KwArgs: a's order, b's values win, new names appended. */
export function mergeKw(a: Array<[string, PyObject]>, b: KwArgs): Array<[string, PyObject]> {
  const out = a.slice();
  for (const [k, v] of b ?? []) {
    const i = out.findIndex(([n]) => n === k);
    if (i >= 0) out[i] = [k, v]; else out.push([k, v]);
  }
  return out;
}

/** The stable sort order used by list.sort (shared with it; see vm/abstract.ts). */
export { stableOrder } from '../vm/abstract';

/** A tuple of new references to `items` (borrowed). */
export function tupleOf(rt: Runtime, items: PyObject[]): PyTuple {
  for (const x of items) x.refcnt++;
  return rt.newTuple(items.slice());
}

/** The int value of a PyInt as a JS number (for small counters). */
export function intValue(o: PyObject): number {
  return Number((o as PyInt).v);
}

/** Call `fn` and always release `objs` afterwards. */
export function using<T>(rt: Runtime, objs: PyObject[], fn: () => T): T {
  try { return fn(); } finally { for (const o of objs) rt.decref(o); }
}

export { PyRaise };

/**
 * Bind arguments like Argument Clinic's _PyArg_UnpackKeywords (`oldStyle`: like
 * PyArg_ParseTupleAndKeywords), with their error messages. spec as parseArgs: names,
 * '/' ends positional-only names, '*' starts keyword-only ones, a trailing '?' marks
 * an optional one. Returns the values aligned with the names (null = not given).
 */
export function clinicArgs(rt: Runtime, fname: string, args: PyObject[], kw: KwArgs, spec: string[], oldStyle = false): Array<PyObject | null> {
  const { names, optional, posOnly, kwOnlyFrom, maxPos } = parseArgSpec(spec);
  let minPos = 0;
  while (minPos < maxPos && !optional[minPos]) minPos++;
  const out: Array<PyObject | null> = new Array(names.length).fill(null);
  if (args.length > maxPos) {
    if (maxPos === 0) rt.typeError(`${fname}() takes no positional arguments`);
    const what = kwOnlyFrom >= 0 && !oldStyle ? 'positional argument' : 'argument';
    rt.typeError(`${fname}() takes ${minPos < maxPos ? 'at most' : 'exactly'} ${maxPos} ${what}${maxPos === 1 ? '' : 's'} (${args.length} given)`);
  }
  for (let i = 0; i < args.length; i++) out[i] = args[i];
  for (const [k, v] of kw ?? []) {
    const i = names.indexOf(k);
    if (i < 0 || i < posOnly) {
      if (oldStyle) rt.typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
      rt.typeError(`${fname}() got an unexpected keyword argument '${k}'`);
    }
    if (out[i] !== null) rt.typeError(`argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
    out[i] = v;
  }
  for (let i = 0; i < names.length; i++) {
    if (out[i] === null && !optional[i]) {
      if (i >= maxPos) rt.typeError(`${fname}() missing required keyword-only argument '${names[i]}'`);
      rt.typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

/** Objects with an instance attribute dict (tp_dictoffset): `dict` exists from creation, unallocated (addr 0)
 * until `__dict__` hands it out, as CPython creates the dict object lazily. */
export interface WithDict extends PyObject { dict: PyDict | null }

export function newAttrDict(rt: Runtime): PyDict {
  return new PyDict(rt.t.dict);
}

/** The instance dict as a new reference (materialised on first use: a real 48-byte dict object). */
export function getAttrDict(rt: Runtime, o: WithDict): PyDict {
  let d = o.dict;
  if (d === null) { d = newAttrDict(rt); o.dict = d; }
  if (d.addr === 0) {
    rt.freelists.allocDictObject(d);
    for (const [k, v] of dictItems(d)) {
      if ((k.type.gc && k.gcGen !== -1) || (v.type.gc && v.gcGen !== -1)) { rt.gc.track(d); break; }
    }
  }
  d.refcnt++;
  return d;
}

/** Whether the instance dict exists in CPython's sense (handed out or holding attributes). */
export function attrDictExists(o: WithDict): boolean {
  return o.dict !== null && (o.dict.addr !== 0 || o.dict.used > 0);
}

/**
 * Install `__dict__` (get and set) for a type whose instances are WithDict. On a
 * heap-like type it also installs __setattr__/__delattr__, so the dict object comes
 * into existence at the first attribute assignment, as PyObject_GenericSetAttr
 * creates it in CPython.
 */
export function defDictAttr(t: PyType): void {
  const rt = t.rt;
  if (t.heap) {
    for (const name of ['__setattr__', '__delattr__']) {
      defMethod(t, name, (self, args) => {
        if (args.length < 1 || !args[0].type.isSubtypeOf(rt.t.str)) rt.typeError(`attribute name must be string, not '${args[0]?.type.name}'`);
        const attr = (args[0] as PyStr).v;
        const descr = self.type.lookup(attr);
        if (descr === null || !isDataDescriptor(rt, descr)) rt.decref(getAttrDict(rt, self as WithDict));
        genericSetAttr(rt, self, attr, name === '__setattr__' ? args[1] : null);
        return rt.none();
      });
    }
  }
  defGetSet(t, '__dict__', (self) => getAttrDict(rt, self as WithDict), (self, v) => {
    if (v === null || !(v instanceof PyDict)) return rt.typeError(`__dict__ must be set to a dictionary, not a '${v === null ? 'NoneType' : v.type.name}'`);
    const o = self as WithDict;
    v.refcnt++;
    const old = o.dict;
    o.dict = v;
    if (old !== null) { if (old.addr === 0) dictClear(rt, old); else rt.decref(old); }
  });
}
