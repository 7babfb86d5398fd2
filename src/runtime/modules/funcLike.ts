// Native callables that stand for the *Python* functions of Lib/functools.py and
// Lib/collections/__init__.py (wraps, lru_cache's decorating_function, the
// singledispatch wrapper, namedtuple, ...). They behave like function objects:
// type(f).__name__ == 'function', repr <function QUALNAME at 0x...>, they bind as
// methods (__get__), and carry __name__, __qualname__, __module__, __doc__,
// __annotations__ and an attribute __dict__. Their size is a function's (136 bytes
// + GC header). What a Python closure would keep alive is held in `keep`.

import { PyObject } from '../objects/object';
import { PyType, type KwArgs } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyStr } from '../objects/core';
import type { Runtime } from '../runtime';
import { defMethod, defGetSet } from '../objects/native';
import { newDict, dictSetStr } from '../objects/dictops';
import { newBoundMethod } from '../vm/attributes';
import { makeType, allocNative, newAttrDict, defDictAttr, releaseSubclassDict, traverseSubclassDict, withStaticAllocation, type WithDict } from './nativeTypes';

export type NativeFn = (args: PyObject[], kw: KwArgs) => PyObject;

export class FuncLike extends PyObject implements WithDict {
  dict: PyDict | null = null;
  name = '';
  qualname = '';
  module: PyObject | null = null;
  doc: PyObject | null = null;
  annotations: PyObject | null = null;
  constructor(type: PyType, public fn: NativeFn, public keep: PyObject | null) { super(type); }
}

const TYPES = new WeakMap<Runtime, PyType>();

function funcLikeType(rt: Runtime): PyType {
  let t = TYPES.get(rt);
  if (t !== undefined) return t;
  t = withStaticAllocation(rt, () => {
    const ft = makeType(rt, 'builtins', 'function', { basicsize: 136, heapLike: true, baseType: false, layout: 'native.function', weakref: true });
    const parts = (f: FuncLike) => [f.keep, f.module, f.doc, f.annotations];
    ft.traverse = (o, visit) => { for (const x of parts(o as FuncLike)) if (x !== null) visit(x); traverseSubclassDict(o, visit); };
    const clear = (o: PyObject) => {
      const f = o as FuncLike;
      const xs = parts(f);
      f.keep = null; f.module = null; f.doc = null; f.annotations = null;
      releaseSubclassDict(rt, o);
      for (const x of xs) if (x !== null) rt.decref(x);
    };
    ft.clear = clear;
    ft.dealloc = clear;
    defMethod(ft, '__call__', (self, args, kw) => (self as FuncLike).fn(args, kw));
    defMethod(ft, '__get__', (self, args) => {
      const obj = args[0];
      if (obj === undefined || obj === rt.None) { self.refcnt++; return self; }
      return newBoundMethod(rt, self, obj);
    });
    defMethod(ft, '__repr__', (self) => rt.newStr(`<function ${(self as FuncLike).qualname} at ${rt.hexAddr(self)}>`));
    const strAttr = (name: '__name__' | '__qualname__', field: 'name' | 'qualname') => defGetSet(ft, name, (self) => rt.newStr((self as FuncLike)[field]), (self, v) => {
      if (v === null || !v.type.isSubtypeOf(rt.t.str)) rt.typeError(`${name} must be set to a string object`);
      (self as FuncLike)[field] = (v as PyStr).v;
    });
    strAttr('__name__', 'name');
    strAttr('__qualname__', 'qualname');
    const objAttr = (name: string, field: 'module' | 'doc') => defGetSet(ft, name, (self) => { const v = (self as FuncLike)[field] ?? rt.None; v.refcnt++; return v; }, (self, v) => {
      const f = self as FuncLike;
      const old = f[field];
      if (v !== null) v.refcnt++;
      f[field] = v;
      if (old !== null) rt.decref(old);
    });
    objAttr('__module__', 'module');
    objAttr('__doc__', 'doc');
    defGetSet(ft, '__annotations__', (self) => {
      const f = self as FuncLike;
      if (f.annotations === null) f.annotations = newDict(rt);
      f.annotations.refcnt++;
      return f.annotations;
    }, (self, v) => {
      const f = self as FuncLike;
      if (v !== null && v !== rt.None && !(v instanceof PyDict)) rt.typeError('__annotations__ must be set to a dict object');
      const old = f.annotations;
      if (v !== null && v !== rt.None) v.refcnt++;
      f.annotations = v === rt.None ? null : v;
      if (old !== null) rt.decref(old);
    });
    defDictAttr(ft);
    return ft;
  });
  TYPES.set(rt, t);
  return t;
}

export interface FuncLikeSpec {
  name: string;
  qualname?: string;
  module: string | null;
  doc?: string | null;
  fn: NativeFn;
  /** References the "closure" keeps (borrowed; the function takes its own). */
  keep?: PyObject[];
}

/** A new function-like object (new reference). */
export function newFuncLike(rt: Runtime, spec: FuncLikeSpec): FuncLike {
  const t = funcLikeType(rt);
  let keep: PyObject | null = null;
  if (spec.keep !== undefined && spec.keep.length > 0) keep = rt.newTuple(spec.keep.map((x) => { x.refcnt++; return x; }));
  const f = allocNative(rt, new FuncLike(t, spec.fn, keep), t, 136);
  f.name = spec.name;
  f.qualname = spec.qualname ?? spec.name;
  f.module = spec.module === null ? null : rt.internStr(spec.module);
  f.doc = spec.doc === undefined || spec.doc === null ? null : rt.newStr(spec.doc);
  if (f.dict === null) f.dict = newAttrDict(rt);
  return f;
}

/** Put a function-like object into a module dict. */
export function defFuncLike(rt: Runtime, d: PyDict, spec: FuncLikeSpec): FuncLike {
  const f = newFuncLike(rt, spec);
  dictSetStr(rt, d, spec.name, f);
  rt.decref(f);
  return f;
}
