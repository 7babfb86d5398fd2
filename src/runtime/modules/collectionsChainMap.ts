// collections.ChainMap: a Python class in CPython (a MutableMapping whose `maps`
// attribute is a list of mappings), here a heap type whose native methods follow
// Lib/collections/__init__.py. keys()/values()/items() return views of a snapshot
// dict (CPython returns collections.abc KeysView/ValuesView/ItemsView objects).

import type { PyObject } from '../objects/object';
import { PyType, type KwArgs } from '../objects/type';
import { PyDict } from '../objects/dict';
import type { Runtime } from '../runtime';
import { defMethod, defGetSet } from '../objects/native';
import { newDict, dictSetStr, dictSet, dictItems } from '../objects/dictops';
import { getItem, contains, isTrue, getIter, setItem, delItem } from '../vm/abstract';
import { getAttr, setAttr } from '../vm/attributes';
import { typeNew } from '../objects/typeobject';
import { isPyExc, defClassMethod, defClassGetitem } from './nativeTypes';
import { isMapping } from './collectionsCounter';

export function makeChainMapType(rt: Runtime): PyType {
  const ns = newDict(rt);
  const put = (k: string, v: PyObject) => { dictSetStr(rt, ns, k, v); rt.decref(v); };
  put('__module__', rt.newStr('collections'));
  put('__qualname__', rt.newStr('ChainMap'));
  put('__doc__', rt.newStr(' A ChainMap groups multiple dicts (or other mappings) together\n    to create a single, updateable view.\n'));
  const bases = rt.newTuple([(rt.t.object.refcnt++, rt.t.object)]);
  let C: PyType;
  try { C = typeNew(rt, rt.t.type, 'ChainMap', bases, ns, null); } finally { rt.decref(bases); rt.decref(ns); }
  const maps = (self: PyObject): PyObject[] => {
    const m = getAttr(rt, self, 'maps');
    try { return rt.iterate(m); } finally { rt.decref(m); }
  };
  const first = (self: PyObject): PyObject => {
    const m = getAttr(rt, self, 'maps');
    try { const k = rt.newInt(0); try { return getItem(rt, m, k); } finally { rt.decref(k); } } finally { rt.decref(m); }
  };
  const release = (xs: PyObject[]) => { for (const x of xs) rt.decref(x); };
  /** The keys in ChainMap iteration order, as a dict (reversed maps, dict.fromkeys each). */
  const keyDict = (self: PyObject): PyDict => {
    const d = newDict(rt);
    const ms = maps(self);
    try {
      for (const m of ms.slice().reverse()) {
        const ks = rt.iterate(m);
        try { for (const k of ks) dictSet(rt, d, k, rt.None); } finally { release(ks); }
      }
    } catch (e) { rt.decref(d); throw e; } finally { release(ms); }
    return d;
  };
  const lookup = (self: PyObject, key: PyObject): PyObject => {
    const ms = maps(self);
    try {
      for (const m of ms) {
        try { return getItem(rt, m, key); } catch (e) {
          if (!isPyExc(rt, e, rt.t.KeyError)) throw e;
          rt.decref(e.exc);
        }
      }
    } finally { release(ms); }
    const r = rt.callSpecialMethod(self, '__missing__', [key]);
    if (r === null) rt.raiseKeyError(key);
    return r;
  };
  const newOfClass = (self: PyObject, args: PyObject[]) => rt.call(self.type, args);

  defMethod(C, '__init__', (self, args) => {
    const l = args.length === 0 ? rt.newList([newDict(rt)]) : rt.newList(args.map((a) => { a.refcnt++; return a; }));
    try { setAttr(rt, self, 'maps', l); } finally { rt.decref(l); }
    return rt.none();
  });
  defMethod(C, '__missing__', (_self, args) => rt.raiseKeyError(args[0]));
  defMethod(C, '__getitem__', (self, args) => lookup(self, args[0]));
  defMethod(C, 'get', (self, args) => {
    if (args.length < 1 || args.length > 2) rt.typeError(`ChainMap.get() takes from 2 to 3 positional arguments but ${args.length + 1} were given`);
    if (contains(rt, self, args[0])) return getItem(rt, self, args[0]);
    const d = args[1] ?? rt.None;
    d.refcnt++;
    return d;
  });
  defMethod(C, '__len__', (self) => { const d = keyDict(self); const n = d.used; rt.decref(d); return rt.newInt(n); });
  defMethod(C, '__iter__', (self) => { const d = keyDict(self); try { return getIter(rt, d); } finally { rt.decref(d); } });
  defMethod(C, '__contains__', (self, args) => {
    const ms = maps(self);
    try { return rt.newBool(ms.some((m) => contains(rt, m, args[0]))); } finally { release(ms); }
  });
  defMethod(C, '__bool__', (self) => { const ms = maps(self); try { return rt.newBool(ms.some((m) => isTrue(rt, m))); } finally { release(ms); } });
  defMethod(C, '__repr__', (self) => {
    if (rt.reprEnter(self)) return rt.newStr('...');
    try {
      const ms = maps(self);
      try { return rt.newStr(`${self.type.name}(${ms.map((m) => rt.repr(m)).join(', ')})`); } finally { release(ms); }
    } finally { rt.reprLeave(self); }
  });
  defClassMethod(C, 'fromkeys', (cls, args) => {
    const fk = getAttr(rt, rt.t.dict, 'fromkeys');
    let d: PyObject;
    try { d = rt.call(fk, args); } finally { rt.decref(fk); }
    try { return rt.call(cls, [d]); } finally { rt.decref(d); }
  });
  const copy = (self: PyObject) => {
    const ms = maps(self);
    try {
      const cp = getAttr(rt, ms[0], 'copy');
      let c0: PyObject;
      try { c0 = rt.call(cp, []); } finally { rt.decref(cp); }
      try { return newOfClass(self, [c0, ...ms.slice(1)]); } finally { rt.decref(c0); }
    } finally { release(ms); }
  };
  defMethod(C, 'copy', copy);
  defMethod(C, '__copy__', copy);
  defMethod(C, 'new_child', (self, args, kw) => {
    let m: PyObject | null = args[0] ?? null;
    if (m === rt.None) m = null;
    let owned = false;
    if (m === null) { m = newDict(rt); owned = true; for (const [k, v] of kw ?? []) dictSetStr(rt, m as PyDict, k, v); }
    else if (kw !== null && kw.length > 0) {
      const upd = getAttr(rt, m, 'update');
      try { rt.decref(rt.call(upd, [], kw)); } finally { rt.decref(upd); }
    }
    const ms = maps(self);
    try { return newOfClass(self, [m, ...ms]); } finally { release(ms); if (owned) rt.decref(m); }
  });
  defGetSet(C, 'parents', (self) => {
    const ms = maps(self);
    try { return newOfClass(self, ms.slice(1)); } finally { release(ms); }
  });
  const keyErr = (msg: string): never => rt.raise(rt.t.KeyError, msg);
  defMethod(C, '__setitem__', (self, args) => { const m = first(self); try { setItem(rt, m, args[0], args[1]); } finally { rt.decref(m); } return rt.none(); });
  defMethod(C, '__delitem__', (self, args) => {
    const m = first(self);
    try { delItem(rt, m, args[0]); } catch (e) {
      if (!isPyExc(rt, e, rt.t.KeyError)) throw e;
      rt.decref(e.exc);
      keyErr(`Key not found in the first mapping: ${rt.repr(args[0])}`);
    } finally { rt.decref(m); }
    return rt.none();
  });
  const callFirst = (self: PyObject, name: string, args: PyObject[], onKeyError: () => never, kw: KwArgs = null): PyObject => {
    const m = first(self);
    try {
      const f = getAttr(rt, m, name);
      try { return rt.call(f, args, kw); } catch (e) {
        if (!isPyExc(rt, e, rt.t.KeyError)) throw e;
        rt.decref(e.exc);
        return onKeyError();
      } finally { rt.decref(f); }
    } finally { rt.decref(m); }
  };
  defMethod(C, 'popitem', (self) => callFirst(self, 'popitem', [], () => keyErr('No keys found in the first mapping.')));
  defMethod(C, 'pop', (self, args) => callFirst(self, 'pop', args, () => keyErr(`Key not found in the first mapping: ${rt.repr(args[0])}`)));
  defMethod(C, 'clear', (self) => callFirst(self, 'clear', [], () => keyErr('')));
  defMethod(C, '__ior__', (self, args) => { rt.decref(callFirst(self, 'update', [args[0]], () => keyErr(''))); self.refcnt++; return self; });
  defMethod(C, '__or__', (self, args) => {
    if (!isMapping(rt, args[0])) return rt.notImplemented();
    const m = copy(self);
    try { rt.decref(callFirst(m, 'update', [args[0]], () => keyErr(''))); } catch (e) { rt.decref(m); throw e; }
    return m;
  });
  defMethod(C, '__ror__', (self, args) => {
    if (!isMapping(rt, args[0])) return rt.notImplemented();
    const m = newDict(rt);
    try {
      rt.dictUpdate(m, args[0]);
      const ms = maps(self);
      try { for (const child of ms.slice().reverse()) rt.dictUpdate(m, child); } finally { release(ms); }
      return newOfClass(self, [m]);
    } finally { rt.decref(m); }
  });
  // Mapping / MutableMapping mixin methods.
  const snapshot = (self: PyObject): PyDict => {
    const d = keyDict(self);
    try { for (const [k] of dictItems(d)) { const v = lookup(self, k); try { dictSet(rt, d, k, v); } finally { rt.decref(v); } } } catch (e) { rt.decref(d); throw e; }
    return d;
  };
  for (const what of ['keys', 'values', 'items'] as const) {
    defMethod(C, what, (self) => { const d = snapshot(self); try { return rt.dictView(d, what); } finally { rt.decref(d); } });
  }
  defMethod(C, '__eq__', (self, args) => {
    if (!isMapping(rt, args[0])) return rt.notImplemented();
    const a = snapshot(self);
    const b = newDict(rt);
    try { rt.dictUpdate(b, args[0]); return rt.newBool(rt.eq(a, b)); } finally { rt.decref(a); rt.decref(b); }
  });
  defMethod(C, 'setdefault', (self, args) => {
    const key = args[0]; const dflt = args[1] ?? rt.None;
    if (contains(rt, self, key)) return getItem(rt, self, key);
    setItem(rt, self, key, dflt);
    dflt.refcnt++;
    return dflt;
  });
  defMethod(C, 'update', (self, args, kw) => {
    const src = newDict(rt);
    try {
      if (args.length > 0) rt.dictUpdate(src, args[0]);
      for (const [k, v] of kw ?? []) dictSetStr(rt, src, k, v);
      for (const [k, v] of dictItems(src)) setItem(rt, self, k, v);
    } finally { rt.decref(src); }
    return rt.none();
  });
  defClassGetitem(C);
  rt.typeVersion++;
  return C;
}
