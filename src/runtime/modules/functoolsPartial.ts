// functools.partial, functools.KeyWrapper (cmp_to_key), and the pure-Python
// classes partialmethod and cached_property. cf. Modules/_functoolsmodule.c and
// Lib/functools.py (3.11).

import { PyObject } from '../objects/object';
import { PyType, type KwArgs } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyTuple } from '../objects/core';
import type { Runtime } from '../runtime';
import { defMethod, defGetSet } from '../objects/native';
import { newFuncLike } from './funcLike';
import { newDict, dictSet, dictItems, dictGet, dictSetStr } from '../objects/dictops';
import { getAttr, getAttrOrNull, newBoundMethod } from '../vm/attributes';
import { richCompare } from '../vm/abstract';
import {
  makeType, defNew, defClassGetitem, allocNative, isCallable, dictToKw, mergeKw, releaseSubclassDict, traverseSubclassDict,
  newAttrDict, defDictAttr, attrDictExists, clinicArgs, type WithDict,
} from './nativeTypes';

export interface PartialTypes { partial: PyType; keyWrapper: PyType; partialmethod: PyType; cachedProperty: PyType }

// ---- partial ---------------------------------------------------------------------

export class PyPartial extends PyObject implements WithDict {
  dict: PyDict | null = null;
  constructor(type: PyType, public fn: PyObject, public args: PyTuple, public kw: PyDict) { super(type); }
}

const PARTIAL_CALL = new WeakMap<Runtime, PyObject>();

/** partial(func, *args, **keywords) as a JS helper (new reference). cf. partial_new. */
export function newPartial(rt: Runtime, type: PyType, args: PyObject[], kw: KwArgs): PyPartial {
  if (args.length < 1) rt.typeError("type 'partial' takes at least one argument");
  let func = args[0];
  let pargs: PyTuple | null = null;
  let pkw: PyDict | null = null;
  if (func instanceof PyPartial && func.type.lookup('__call__') === PARTIAL_CALL.get(rt) && !attrDictExists(func)) {
    pargs = func.args; pkw = func.kw; func = func.fn;
  }
  if (!isCallable(func)) rt.typeError('the first argument must be callable');
  rt.emptyTuple.refcnt++;
  const p = allocNative(rt, new PyPartial(type, func, rt.emptyTuple, null as unknown as PyDict), type, 64);
  func.refcnt++;
  if (p.dict === null) p.dict = newAttrDict(rt);
  const rest = args.slice(1);
  const nargs = rest.length === 0 ? (rt.emptyTuple.refcnt++, rt.emptyTuple) : rt.newTuple(rest.map((a) => { a.refcnt++; return a; }));
  let all: PyTuple;
  if (pargs === null) all = nargs;
  else if (nargs.items.length === 0) { pargs.refcnt++; all = pargs; rt.decref(nargs); }
  else if (pargs.items.length === 0) all = nargs;
  else {
    const items = [...pargs.items, ...nargs.items];
    for (const x of items) x.refcnt++;
    all = rt.newTuple(items);
    rt.decref(nargs);
  }
  const oldArgs = p.args;
  p.args = all;
  rt.decref(oldArgs);
  const d = newDict(rt);
  if (pkw !== null) for (const [k, v] of dictItems(pkw)) dictSet(rt, d, k, v);
  for (const [k, v] of kw ?? []) dictSetStr(rt, d, k, v);
  p.kw = d;
  return p;
}

function partialCall(rt: Runtime, p: PyPartial, args: PyObject[], kw: KwArgs): PyObject {
  const all = p.args.items.length === 0 ? args : [...p.args.items, ...args];
  const kw2: KwArgs = p.kw.used === 0 ? kw : mergeKw(dictToKw(rt, p.kw, p.fn), kw);
  return rt.call(p.fn, all, kw2);
}

function installPartial(rt: Runtime, t: PyType): void {
  t.traverse = (o, visit) => {
    const p = o as PyPartial;
    visit(p.fn); visit(p.args); if (p.kw) visit(p.kw);
    traverseSubclassDict(o, visit);
  };
  const clear = (o: PyObject) => {
    const p = o as PyPartial;
    const parts = [p.fn, p.args, p.kw];
    p.fn = rt.None; p.args = rt.emptyTuple; p.kw = newDict(rt);
    rt.None.refcnt++; rt.emptyTuple.refcnt++;
    releaseSubclassDict(rt, o);
    for (const x of parts) rt.decref(x);
  };
  t.clear = clear;
  t.dealloc = (o) => {
    const p = o as PyPartial;
    const parts = [p.fn, p.args, p.kw];
    releaseSubclassDict(rt, o);
    for (const x of parts) if (x) rt.decref(x);
  };
  defNew(t, (type, args, kw) => newPartial(rt, type, args, kw));
  defMethod(t, '__call__', (self, args, kw) => partialCall(rt, self as PyPartial, args, kw));
  PARTIAL_CALL.set(rt, t.dict.getStr('__call__')!);
  defMethod(t, '__repr__', (self) => {
    const p = self as PyPartial;
    if (rt.reprEnter(self)) return rt.newStr('...');
    try {
      let s = '';
      for (const a of p.args.items) s += `, ${rt.repr(a)}`;
      for (const [k, v] of dictItems(p.kw)) s += `, ${rt.str(k)}=${rt.repr(v)}`;
      const name = self.type === t ? 'functools.partial' : self.type.name;
      return rt.newStr(`${name}(${rt.repr(p.fn)}${s})`);
    } finally { rt.reprLeave(self); }
  });
  defGetSet(t, 'func', (self) => { const v = (self as PyPartial).fn; v.refcnt++; return v; });
  defGetSet(t, 'args', (self) => { const v = (self as PyPartial).args; v.refcnt++; return v; });
  defGetSet(t, 'keywords', (self) => { const v = (self as PyPartial).kw; v.refcnt++; return v; });
  defDictAttr(t);
  defMethod(t, '__reduce__', (self) => {
    const p = self as PyPartial;
    const d = attrDictExists(p) ? getAttrDictRef(rt, p) : (rt.None.refcnt++, rt.None);
    const kwv = p.kw.used > 0 ? (p.kw.refcnt++, p.kw) : (rt.None.refcnt++, rt.None);
    self.type.refcnt++; p.fn.refcnt++; p.fn.refcnt++; p.args.refcnt++;
    return rt.newTuple([self.type, rt.newTuple([p.fn]), rt.newTuple([p.fn, p.args, kwv, d])]);
  });
  defMethod(t, '__setstate__', (self, args) => {
    const p = self as PyPartial;
    const st = args[0];
    if (!(st instanceof PyTuple) || st.items.length !== 4) rt.typeError('invalid partial state');
    const [fn, fargs, fkw, fdict] = st.items;
    if (!isCallable(fn) || !(fargs instanceof PyTuple) || (fkw !== rt.None && !(fkw instanceof PyDict))) rt.typeError('invalid partial state');
    const nargs = fargs.type === rt.t.tuple ? (fargs.refcnt++, fargs) : rt.newTuple(fargs.items.map((x) => { x.refcnt++; return x; }));
    const nkw = newDict(rt);
    if (fkw instanceof PyDict) for (const [k, v] of dictItems(fkw)) dictSet(rt, nkw, k, v);
    fn.refcnt++;
    const old = [p.fn, p.args, p.kw];
    p.fn = fn; p.args = nargs; p.kw = nkw;
    if (fdict instanceof PyDict) {
      releaseSubclassDict(rt, p);
      fdict.refcnt++;
      p.dict = fdict;
    }
    for (const x of old) rt.decref(x);
    return rt.none();
  });
  defClassGetitem(t);
  dictSetStr(rt, t.dict, '__doc__', rt.newStr('partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n'));
  rt.decref(t.dict.getStr('__doc__')!);
}

function getAttrDictRef(rt: Runtime, o: WithDict): PyObject {
  const d = getAttr(rt, o, '__dict__');
  return d;
}

// ---- cmp_to_key: functools.KeyWrapper --------------------------------------------

class KeyWrapper extends PyObject {
  constructor(type: PyType, public cmp: PyObject, public obj: PyObject | null) { super(type); }
}

function newKeyWrapper(rt: Runtime, type: PyType, cmp: PyObject, obj: PyObject | null): KeyWrapper {
  const k = allocNative(rt, new KeyWrapper(type, cmp, obj), type, 32);
  cmp.refcnt++;
  if (obj !== null) obj.refcnt++;
  return k;
}

function installKeyWrapper(rt: Runtime, t: PyType): void {
  t.traverse = (o, visit) => { const k = o as KeyWrapper; visit(k.cmp); if (k.obj !== null) visit(k.obj); };
  t.dealloc = (o) => {
    const k = o as KeyWrapper;
    const parts = [k.cmp, k.obj];
    k.obj = null;
    for (const x of parts) if (x !== null) rt.decref(x);
  };
  t.clear = (o) => { const k = o as KeyWrapper; const x = k.obj; k.obj = null; if (x !== null) rt.decref(x); };
  defMethod(t, '__call__', (self, args, kw) => {
    const [obj] = clinicArgs(rt, 'K', args, kw, ['obj'], true);
    return newKeyWrapper(rt, self.type, (self as KeyWrapper).cmp, obj);
  });
  ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => {
    defMethod(t, name, (self, args) => {
      const other = args[0];
      if (other.type !== self.type) rt.typeError('other argument must be K instance');
      const x = (self as KeyWrapper).obj;
      const y = (other as KeyWrapper).obj;
      if (x === null || y === null) rt.raise(rt.t.AttributeError, 'object');
      const res = rt.call((self as KeyWrapper).cmp, [x, y]);
      try { return richCompare(rt, res, rt.smallInts[5], op); } finally { rt.decref(res); }
    });
  });
  dictSetStr(rt, t.dict, '__hash__', rt.None);
  defGetSet(t, 'obj', (self) => {
    const o = (self as KeyWrapper).obj;
    if (o === null) rt.raise(rt.t.AttributeError, "'functools.KeyWrapper' object has no attribute 'obj'");
    o.refcnt++;
    return o;
  });
}

/** functools.cmp_to_key(mycmp) */
export function cmpToKey(rt: Runtime, types: PartialTypes, args: PyObject[], kw: KwArgs): PyObject {
  const [mycmp] = clinicArgs(rt, 'cmp_to_key', args, kw, ['mycmp']);
  return newKeyWrapper(rt, types.keyWrapper, mycmp!, null);
}

// ---- partialmethod (a Python class in Lib/functools.py) ------------------------------

class PartialMethod extends PyObject implements WithDict {
  dict: PyDict | null = null;
  constructor(type: PyType, public func: PyObject, public args: PyTuple, public keywords: PyDict) { super(type); }
}

function installPartialMethod(rt: Runtime, t: PyType, partialType: PyType): void {
  t.traverse = (o, visit) => { const p = o as PartialMethod; visit(p.func); visit(p.args); visit(p.keywords); traverseSubclassDict(o, visit); };
  t.dealloc = (o) => { const p = o as PartialMethod; releaseSubclassDict(rt, o); for (const x of [p.func, p.args, p.keywords]) rt.decref(x); };
  defNew(t, (type, args, kw) => {
    if (args.length < 1) rt.typeError("partialmethod.__init__() missing 1 required positional argument: 'func'");
    const func = args[0];
    if (!isCallable(func) && func.type.lookup('__get__') === null) rt.typeError(`${rt.repr(func)} is not callable or a descriptor`);
    const rest = args.slice(1);
    let f: PyObject; let items: PyObject[]; const d = newDict(rt);
    if (func instanceof PartialMethod) {
      f = func.func;
      items = [...func.args.items, ...rest];
      for (const [k, v] of dictItems(func.keywords)) dictSet(rt, d, k, v);
    } else { f = func; items = rest; }
    for (const [k, v] of kw ?? []) dictSetStr(rt, d, k, v);
    for (const x of items) x.refcnt++;
    f.refcnt++;
    const p = allocNative(rt, new PartialMethod(type, f, rt.newTuple(items), d), type, 32);
    if (p.dict === null) p.dict = newAttrDict(rt);
    return p;
  });
  defMethod(t, '__get__', (self, args) => {
    const p = self as PartialMethod;
    const obj = args[0] ?? rt.None;
    const cls = args[1] ?? rt.None;
    const get = getAttrOrNull(rt, p.func, '__get__');
    let result: PyObject | null = null;
    if (get !== null) {
      let nf: PyObject;
      try { nf = rt.call(get, [obj, cls]); } finally { rt.decref(get); }
      try {
        if (nf !== p.func) {
          result = newPartial(rt, partialType, [nf, ...p.args.items], dictToKw(rt, p.keywords, nf));
          const s = getAttrOrNull(rt, nf, '__self__');
          if (s !== null) { dictSetStr(rt, (result as PyPartial).dict!, '__self__', s); rt.decref(s); }
        }
      } finally { rt.decref(nf); }
    }
    if (result === null) {
      // _make_unbound_method().__get__(obj, cls)
      const m = newFuncLike(rt, {
        name: '_method', qualname: 'partialmethod._make_unbound_method.<locals>._method', module: 'functools', keep: [self],
        fn: (a, k) => {
          if (a.length === 0) rt.typeError("partialmethod._make_unbound_method.<locals>._method() missing 1 required positional argument: 'cls_or_self'");
          const kw2 = mergeKw(dictToKw(rt, p.keywords, p.func), k);
          return rt.call(p.func, [a[0], ...p.args.items, ...a.slice(1)], kw2);
        },
      });
      if (obj === rt.None) return m;
      try { return newBoundMethod(rt, m, obj); } finally { rt.decref(m); }
    }
    return result;
  });
  defMethod(t, '__repr__', (self) => {
    const p = self as PartialMethod;
    const a = p.args.items.map((x) => rt.repr(x)).join(', ');
    const k = dictItems(p.keywords).map(([kk, v]) => `${rt.str(kk)}=${rt.repr(v)}`).join(', ');
    return rt.newStr(`${self.type.module}.${self.type.qualname}(${rt.repr(p.func)}, ${a}, ${k})`);
  });
  defGetSet(t, 'func', (self) => { const v = (self as PartialMethod).func; v.refcnt++; return v; });
  defGetSet(t, 'args', (self) => { const v = (self as PartialMethod).args; v.refcnt++; return v; });
  defGetSet(t, 'keywords', (self) => { const v = (self as PartialMethod).keywords; v.refcnt++; return v; });
  defDictAttr(t);
  defClassGetitem(t);
}

// ---- cached_property (a Python class in Lib/functools.py) ----------------------------

class CachedProperty extends PyObject implements WithDict {
  dict: PyDict | null = null;
  attrname: PyObject | null = null;
  doc: PyObject | null = null;
  constructor(type: PyType, public func: PyObject) { super(type); }
}

function installCachedProperty(rt: Runtime, t: PyType): void {
  t.traverse = (o, visit) => {
    const c = o as CachedProperty;
    visit(c.func);
    if (c.attrname !== null) visit(c.attrname);
    if (c.doc !== null) visit(c.doc);
    traverseSubclassDict(o, visit);
  };
  t.dealloc = (o) => {
    const c = o as CachedProperty;
    releaseSubclassDict(rt, o);
    for (const x of [c.func, c.attrname, c.doc]) if (x !== null) rt.decref(x);
  };
  defNew(t, (type, args, kw) => {
    const [func] = clinicArgs(rt, 'cached_property', args, kw, ['func']);
    func!.refcnt++;
    const c = allocNative(rt, new CachedProperty(type, func!), type, 32);
    if (c.dict === null) c.dict = newAttrDict(rt);
    c.doc = getAttrOrNull(rt, func!, '__doc__') ?? (rt.None.refcnt++, rt.None);
    return c;
  });
  defMethod(t, '__set_name__', (self, args) => {
    const c = self as CachedProperty;
    const name = args[1];
    if (c.attrname === null) { name.refcnt++; c.attrname = name; }
    else if (!rt.eq(name, c.attrname)) {
      rt.typeError(`Cannot assign the same cached_property to two different names (${rt.repr(c.attrname)} and ${rt.repr(name)}).`);
    }
    return rt.none();
  });
  defMethod(t, '__get__', (self, args) => {
    const c = self as CachedProperty;
    const instance = args[0] ?? rt.None;
    if (instance === rt.None) { self.refcnt++; return self; }
    if (c.attrname === null) rt.typeError('Cannot use cached_property instance without calling __set_name__ on it.');
    const cache = getAttrOrNull(rt, instance, '__dict__');
    if (cache === null) {
      rt.typeError(`No '__dict__' attribute on ${reprName(rt, instance.type.name)} instance to cache ${rt.repr(c.attrname)} property.`);
    }
    try {
      if (cache instanceof PyDict) {
        const v = dictGet(rt, cache, c.attrname);
        if (v !== null) { v.refcnt++; return v; }
      }
      const val = rt.call(c.func, [instance]);
      try {
        if (cache instanceof PyDict) dictSet(rt, cache, c.attrname, val);
        else rt.typeError(`The '__dict__' attribute on ${reprName(rt, instance.type.name)} instance does not support item assignment for caching ${rt.repr(c.attrname)} property.`);
      } catch (e) { rt.decref(val); throw e; }
      return val;
    } finally { rt.decref(cache); }
  });
  defGetSet(t, 'func', (self) => { const v = (self as CachedProperty).func; v.refcnt++; return v; });
  defGetSet(t, 'attrname', (self) => { const v = (self as CachedProperty).attrname ?? rt.None; v.refcnt++; return v; });
  defGetSet(t, '__doc__', (self) => { const v = (self as CachedProperty).doc ?? rt.None; v.refcnt++; return v; }, (self, v) => {
    const c = self as CachedProperty;
    const old = c.doc;
    if (v !== null) v.refcnt++;
    c.doc = v;
    if (old !== null) rt.decref(old);
  });
  defDictAttr(t);
  defClassGetitem(t);
}

function reprName(rt: Runtime, s: string): string {
  const o = rt.newStr(s);
  try { return rt.repr(o); } finally { rt.decref(o); }
}

/** Create partial, KeyWrapper, partialmethod and cached_property for this runtime. */
export function makePartialTypes(rt: Runtime): PartialTypes {
  const partial = makeType(rt, 'functools', 'partial', { basicsize: 64, heapLike: true, weakref: true });
  installPartial(rt, partial);
  const keyWrapper = makeType(rt, 'functools', 'KeyWrapper', { basicsize: 32, baseType: false });
  installKeyWrapper(rt, keyWrapper);
  const partialmethod = makeType(rt, 'functools', 'partialmethod', { basicsize: 32, heapLike: true, weakref: true });
  installPartialMethod(rt, partialmethod, partial);
  const cachedProperty = makeType(rt, 'functools', 'cached_property', { basicsize: 32, heapLike: true, weakref: true });
  installCachedProperty(rt, cachedProperty);
  return { partial, keyWrapper, partialmethod, cachedProperty };
}

