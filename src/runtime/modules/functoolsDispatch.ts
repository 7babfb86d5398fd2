// functools.singledispatch (Lib/functools.py, 3.11): a generic function that
// dispatches on the class of its first argument along the MRO. The returned
// object behaves like the Python `wrapper` function CPython returns: it is called
// with any arguments, binds as a method, and carries register, dispatch,
// registry (a mappingproxy), _clear_cache and the update_wrapper attributes in its
// __dict__. ABC-based dispatch (virtual subclasses) is not modelled: the
// implementation is the first class of type(arg).__mro__ found in the registry.

import { PyObject } from '../objects/object';
import { PyType, type KwArgs } from '../objects/type';
import type { PyDict } from '../objects/dict';
import { PyFunction, PyStr } from '../objects/core';
import type { Runtime } from '../runtime';
import { defMethod, newBuiltin } from '../objects/native';
import { newDict, dictGet, dictSet, dictSetStr, dictItems, dictGetStr } from '../objects/dictops';
import { getAttr, getAttrOrNull, newBoundMethod } from '../vm/attributes';
import {
  makeType, allocNative, newAttrDict, defDictAttr, releaseSubclassDict, traverseSubclassDict, withStaticAllocation, type WithDict,
} from './nativeTypes';

class DispatchFunction extends PyObject implements WithDict {
  dict: PyDict | null = null;
  constructor(type: PyType, public func: PyObject, public registry: PyDict, public funcname: string) { super(type); }
}

const TYPES = new WeakMap<Runtime, PyType>();

function dispatchType(rt: Runtime): PyType {
  let t = TYPES.get(rt);
  if (t !== undefined) return t;
  t = withStaticAllocation(rt, () => {
    // Looks like the Python function CPython returns (type(f).__name__ == 'function').
    const ft = makeType(rt, 'builtins', 'function', { basicsize: 120, heapLike: true, baseType: false, layout: 'functools.singledispatch' });
    ft.traverse = (o, visit) => { const f = o as DispatchFunction; visit(f.func); visit(f.registry); traverseSubclassDict(o, visit); };
    ft.dealloc = (o) => { const f = o as DispatchFunction; releaseSubclassDict(rt, o); rt.decref(f.func); rt.decref(f.registry); };
    ft.clear = (o) => releaseSubclassDict(rt, o);
    defMethod(ft, '__call__', (self, args, kw) => {
      const f = self as DispatchFunction;
      if (args.length === 0) rt.typeError(`${f.funcname} requires at least 1 positional argument`);
      const cls = getAttr(rt, args[0], '__class__');
      let impl: PyObject;
      try { impl = dispatch(rt, f, cls); } finally { rt.decref(cls); }
      try { return rt.call(impl, args, kw); } finally { rt.decref(impl); }
    });
    defMethod(ft, '__get__', (self, args) => {
      const obj = args[0];
      if (obj === undefined || obj === rt.None) { self.refcnt++; return self; }
      return newBoundMethod(rt, self, obj);
    });
    defMethod(ft, '__repr__', (self) => {
      const q = (self as DispatchFunction).dict ? dictGetStr((self as DispatchFunction).dict!, '__qualname__') : null;
      const name = q !== null && q.type === rt.t.str ? (q as PyStr).v : (self as DispatchFunction).funcname;
      return rt.newStr(`<function ${name} at ${rt.hexAddr(self)}>`);
    });
    defDictAttr(ft);
    return ft;
  });
  TYPES.set(rt, t);
  return t;
}

/** dispatch(cls): the registered implementation for cls or its nearest base (new reference). */
function dispatch(rt: Runtime, f: DispatchFunction, cls: PyObject): PyObject {
  const exact = dictGet(rt, f.registry, cls);
  if (exact !== null) { exact.refcnt++; return exact; }
  if (cls instanceof PyType) {
    for (const t of cls.mro) {
      const impl = dictGet(rt, f.registry, t);
      if (impl !== null) { impl.refcnt++; return impl; }
    }
  }
  return rt.none();
}

function isValidDispatchType(o: PyObject): boolean {
  return o instanceof PyType;
}

/** The first annotation of `func` resolved as typing.get_type_hints does for plain names. */
function firstAnnotation(rt: Runtime, func: PyObject): [string, PyObject] {
  const ann = getAttr(rt, func, '__annotations__');
  try {
    const items = dictItems(ann as PyDict);
    if (items.length === 0) rt.raise(rt.t.StopIteration, '');
    const [k, v] = items[0];
    if (v.type === rt.t.str) {
      const name = (v as PyStr).v;
      const g = func instanceof PyFunction ? func.globals : null;
      const found = (g !== null ? dictGetStr(g, name) : null) ?? dictGetStr(rt.builtins, name);
      if (found === null) rt.raise(rt.t.NameError, `name '${name}' is not defined`);
      found.refcnt++;
      return [rt.str(k), found];
    }
    v.refcnt++;
    return [rt.str(k), v];
  } finally { rt.decref(ann); }
}

function register(rt: Runtime, f: DispatchFunction, clsArg: PyObject, funcArg: PyObject | null): PyObject {
  let cls = clsArg;
  let func = funcArg;
  let owned: PyObject | null = null;
  if (isValidDispatchType(cls)) {
    if (func === null) {
      cls.refcnt++;
      const keep = rt.newTuple([cls]);
      const lam = newBuiltin(rt, '<lambda>', (a) => register(rt, f, cls, a[0]), 'functools', keep);
      rt.decref(keep);
      lam.qualname = 'singledispatch.<locals>.register.<locals>.<lambda>';
      return lam;
    }
  } else {
    if (func !== null) rt.typeError(`Invalid first argument to \`register()\`. ${rt.repr(cls)} is not a class or union type.`);
    const ann = getAttrOrNull(rt, cls, '__annotations__');
    const empty = ann === null || !rt.truthy(ann);
    if (ann !== null) rt.decref(ann);
    if (empty) {
      rt.typeError(`Invalid first argument to \`register()\`: ${rt.repr(cls)}. Use either \`@register(some_class)\` or plain \`@register\` on an annotated function.`);
    }
    func = cls;
    const [argname, annCls] = firstAnnotation(rt, func);
    owned = annCls;
    cls = annCls;
    if (!isValidDispatchType(cls)) {
      rt.decref(annCls);
      const a = rt.newStr(argname);
      const ar = rt.repr(a);
      rt.decref(a);
      rt.typeError(`Invalid annotation for ${ar}. ${rt.repr(cls)} is not a class.`);
    }
  }
  try { dictSet(rt, f.registry, cls, func); } finally { if (owned !== null) rt.decref(owned); }
  func.refcnt++;
  return func;
}

/** functools.singledispatch(func) */
export function singledispatch(rt: Runtime, func: PyObject, updateWrapper: (w: PyObject, f: PyObject) => void): PyObject {
  const t = dispatchType(rt);
  const registry = newDict(rt);
  const nameObj = getAttrOrNull(rt, func, '__name__');
  const funcname = nameObj !== null ? rt.str(nameObj) : 'singledispatch function';
  if (nameObj !== null) rt.decref(nameObj);
  dictSet(rt, registry, rt.t.object, func);
  func.refcnt++;
  const f = allocNative(rt, new DispatchFunction(t, func, registry, funcname), t, 120);
  f.dict = newAttrDict(rt);
  const d = f.dict;
  const put = (k: string, v: PyObject) => { dictSetStr(rt, d, k, v); rt.decref(v); };
  try {
    const reg = newBuiltin(rt, 'register', (a, kw) => {
      let cls: PyObject | null = a[0] ?? null;
      let fn: PyObject | null = a[1] ?? null;
      if (a.length > 2) rt.typeError(`register() takes from 1 to 2 positional arguments but ${a.length} were given`);
      for (const [k, v] of kw ?? []) {
        if (k === 'cls') cls = v; else if (k === 'func') fn = v; else rt.typeError(`register() got an unexpected keyword argument '${k}'`);
      }
      if (cls === null) rt.typeError("register() missing 1 required positional argument: 'cls'");
      return register(rt, f, cls, fn);
    }, 'functools', f);
    reg.qualname = 'singledispatch.<locals>.register';
    put('register', reg);
    const disp = newBuiltin(rt, 'dispatch', (a) => {
      if (a.length !== 1) rt.typeError(`dispatch() takes 1 positional argument but ${a.length} were given`);
      return dispatch(rt, f, a[0]);
    }, 'functools', f);
    disp.qualname = 'singledispatch.<locals>.dispatch';
    put('dispatch', disp);
    put('registry', rt.newMappingProxy(registry));
    const cc = newBuiltin(rt, 'clear', () => rt.none(), 'functools', f);
    cc.qualname = 'WeakKeyDictionary.clear';
    put('_clear_cache', cc);
    updateWrapper(f, func);
  } catch (e) { rt.decref(f); throw e; }
  void dictItems;
  return f;
}

export type { KwArgs };
