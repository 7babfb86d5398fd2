// functools.singledispatch (Lib/functools.py, 3.11): a generic function that
// dispatches on the class of its first argument along the MRO. The returned
// object behaves like the Python `wrapper` function CPython returns: it is called
// with any arguments, binds as a method, and carries register, dispatch,
// registry (a mappingproxy), _clear_cache and the update_wrapper attributes in its
// __dict__. ABC-based dispatch (virtual subclasses) is not modelled: the
// implementation is the first class of type(arg).__mro__ found in the registry.

import { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import type { PyDict } from '../objects/dict';
import { PyFunction, PyStr } from '../objects/core';
import type { Runtime } from '../runtime';
import { newBuiltin, defMethod, defGetSet } from '../objects/native';
import { newDict, dictGet, dictSet, dictSetStr, dictItems, dictGetStr } from '../objects/dictops';
import { getAttr, getAttrOrNull } from '../vm/attributes';
import { newFuncLike } from './funcLike';
import { makeType, defNew, allocNative } from './nativeTypes';

interface Dispatcher { func: PyObject; registry: PyDict; funcname: string }

/** dispatch(cls): the registered implementation for cls or its nearest base (new reference). */
function dispatch(rt: Runtime, f: Dispatcher, cls: PyObject): PyObject {
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

function register(rt: Runtime, f: Dispatcher, clsArg: PyObject, funcArg: PyObject | null): PyObject {
  let cls = clsArg;
  let func = funcArg;
  let owned: PyObject | null = null;
  if (isValidDispatchType(cls)) {
    if (func === null) {
      return newFuncLike(rt, {
        name: '<lambda>', qualname: 'singledispatch.<locals>.register.<locals>.<lambda>', module: 'functools',
        fn: (a) => { if (a.length !== 1) rt.typeError(`singledispatch.<locals>.register.<locals>.<lambda>() takes 1 positional argument but ${a.length} were given`); return register(rt, f, cls, a[0]); },
        keep: [cls, f.registry],
      });
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

/** functools.singledispatch(func): the generic function (a function object with register, dispatch, registry, ...). */
export function singledispatch(rt: Runtime, func: PyObject, updateWrapper: (w: PyObject, f: PyObject) => void): PyObject {
  const registry = newDict(rt);
  const nameObj = getAttrOrNull(rt, func, '__name__');
  const funcname = nameObj !== null ? rt.str(nameObj) : 'singledispatch function';
  if (nameObj !== null) rt.decref(nameObj);
  dictSet(rt, registry, rt.t.object, func);
  const disp: Dispatcher = { func, registry, funcname };
  const keep = [func, registry];
  const wrapper = newFuncLike(rt, {
    name: 'wrapper', qualname: 'singledispatch.<locals>.wrapper', module: 'functools', keep,
    fn: (args, kw) => {
      if (args.length === 0) rt.typeError(`${funcname} requires at least 1 positional argument`);
      const cls = getAttr(rt, args[0], '__class__');
      let impl: PyObject;
      try { impl = dispatch(rt, disp, cls); } finally { rt.decref(cls); }
      try { return rt.call(impl, args, kw); } finally { rt.decref(impl); }
    },
  });
  rt.decref(registry);
  const d = wrapper.dict!;
  const put = (k: string, v: PyObject) => { dictSetStr(rt, d, k, v); rt.decref(v); };
  try {
    put('register', newFuncLike(rt, {
      name: 'register', qualname: 'singledispatch.<locals>.register', module: 'functools', keep,
      fn: (a, kw) => {
        let cls: PyObject | null = a[0] ?? null;
        let fn: PyObject | null = a[1] ?? null;
        if (a.length > 2) rt.typeError(`singledispatch.<locals>.register() takes from 1 to 2 positional arguments but ${a.length} were given`);
        for (const [k, v] of kw ?? []) {
          if (k === 'cls') cls = v; else if (k === 'func') fn = v;
          else rt.typeError(`singledispatch.<locals>.register() got an unexpected keyword argument '${k}'`);
        }
        if (cls === null) rt.typeError("singledispatch.<locals>.register() missing 1 required positional argument: 'cls'");
        return register(rt, disp, cls, fn);
      },
    }));
    put('dispatch', newFuncLike(rt, {
      name: 'dispatch', qualname: 'singledispatch.<locals>.dispatch', module: 'functools', keep,
      fn: (a) => {
        if (a.length !== 1) rt.typeError(`singledispatch.<locals>.dispatch() takes 1 positional argument but ${a.length} were given`);
        return dispatch(rt, disp, a[0]);
      },
    }));
    put('registry', rt.newMappingProxy(registry));
    const cc = newBuiltin(rt, 'clear', () => rt.none(), 'weakref', null);
    cc.qualname = 'WeakKeyDictionary.clear';
    put('_clear_cache', cc);
    updateWrapper(wrapper, func);
  } catch (e) { rt.decref(wrapper); throw e; }
  return wrapper;
}


// ---- singledispatchmethod (a Python class in Lib/functools.py) --------------------------

class DispatchMethod extends PyObject {
  constructor(type: PyType, public dispatcher: PyObject, public func: PyObject) { super(type); }
}

/** The functools.singledispatchmethod type (heap-like: a descriptor). */
export function makeSingledispatchmethodType(rt: Runtime, updateWrapper: (w: PyObject, f: PyObject) => void): PyType {
  const t = makeType(rt, 'functools', 'singledispatchmethod', { basicsize: 32, heapLike: true, weakref: true });
  t.traverse = (o, visit) => { const m = o as DispatchMethod; visit(m.dispatcher); visit(m.func); };
  t.dealloc = (o) => { const m = o as DispatchMethod; rt.decref(m.dispatcher); rt.decref(m.func); };
  defNew(t, (type, args, kw) => {
    if (kw !== null && kw.length > 0) rt.typeError(`singledispatchmethod.__init__() got an unexpected keyword argument '${kw[0][0]}'`);
    if (args.length !== 1) rt.typeError(`singledispatchmethod.__init__() takes 2 positional arguments but ${args.length + 1} were given`);
    const func = args[0];
    if (func.type.lookup('__call__') === null && func.type.lookup('__get__') === null) rt.typeError(`${rt.repr(func)} is not callable or a descriptor`);
    const dispatcher = singledispatch(rt, func, updateWrapper);
    func.refcnt++;
    return allocNative(rt, new DispatchMethod(type, dispatcher, func), type, 32);
  });
  defMethod(t, 'register', (self, args, kw) => {
    const m = self as DispatchMethod;
    let cls: PyObject | null = args[0] ?? null;
    let method: PyObject | null = args[1] ?? null;
    for (const [k, v] of kw ?? []) { if (k === 'cls') cls = v; else if (k === 'method') method = v; else rt.typeError(`singledispatchmethod.register() got an unexpected keyword argument '${k}'`); }
    if (cls === null) rt.typeError("singledispatchmethod.register() missing 1 required positional argument: 'cls'");
    const reg = getAttr(rt, m.dispatcher, 'register');
    try { return rt.call(reg, [cls], method === null ? null : [['func', method]]); } finally { rt.decref(reg); }
  });
  defMethod(t, '__get__', (self, args) => {
    const m = self as DispatchMethod;
    const obj = args[0] ?? rt.None;
    const cls = args[1] ?? rt.None;
    const dispatchFn = getAttr(rt, m.dispatcher, 'dispatch');
    const method = newFuncLike(rt, {
      name: '_method', qualname: 'singledispatchmethod.__get__.<locals>._method', module: 'functools', keep: [self, obj, cls, dispatchFn],
      fn: (a, kw) => {
        if (a.length === 0) rt.raise(rt.t.IndexError, 'tuple index out of range');
        const c = getAttr(rt, a[0], '__class__');
        let impl: PyObject;
        try { impl = rt.call(dispatchFn, [c]); } finally { rt.decref(c); }
        let bound: PyObject;
        try {
          const get = getAttrOrNull(rt, impl, '__get__');
          if (get === null) { impl.refcnt++; bound = impl; } else { try { bound = rt.call(get, [obj, cls]); } finally { rt.decref(get); } }
        } finally { rt.decref(impl); }
        try { return rt.call(bound, a, kw); } finally { rt.decref(bound); }
      },
    });
    rt.decref(dispatchFn);
    try {
      const reg = getAttr(rt, self, 'register');
      try { dictSetStr(rt, method.dict!, 'register', reg); } finally { rt.decref(reg); }
      updateWrapper(method, m.func);
    } catch (e) { rt.decref(method); throw e; }
    return method;
  });
  defGetSet(t, 'func', (self) => { const f = (self as DispatchMethod).func; f.refcnt++; return f; });
  defGetSet(t, 'dispatcher', (self) => { const f = (self as DispatchMethod).dispatcher; f.refcnt++; return f; });
  return t;
}
