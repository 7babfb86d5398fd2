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
import { newBuiltin } from '../objects/native';
import { newDict, dictGet, dictSet, dictSetStr, dictItems, dictGetStr } from '../objects/dictops';
import { getAttr, getAttrOrNull } from '../vm/attributes';
import { newFuncLike } from './funcLike';

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

export type { KwArgs };
