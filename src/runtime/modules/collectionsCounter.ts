// collections.Counter: a Python class in CPython (Lib/collections/__init__.py, a
// dict subclass with an instance __dict__), so here a heap type made by type()
// whose methods are native but follow the Python code step by step: the same
// get / __setitem__ / __missing__ calls, the same `Counter()` results (never the
// subclass), most_common's stable descending sort, elements() as
// chain.from_iterable(starmap(repeat, self.items())), and _count_elements' fast
// path for plain counting.

import type { PyObject } from '../objects/object';
import { PyType, type KwArgs } from '../objects/type';
import { PyDict } from '../objects/dict';
import type { Runtime } from '../runtime';
import { defMethod } from '../objects/native';
import { newDict, dictSetStr, dictGet, dictSet, dictItems, dictLookup, dictSizeof } from '../objects/dictops';
import { richCompareBool, getItem, getIter, iterNext } from '../vm/abstract';
import { getAttr } from '../vm/attributes';
import { typeNew } from '../objects/typeobject';
import { stableOrder, isPyExc, defClassMethod, defClassGetitem } from './nativeTypes';
import { itertoolsTypes, chainFromIterable } from './itertools';

const LT = 0; const LE = 1; const EQ = 2; const GT = 4;

/** isinstance(o, collections.abc.Mapping) for the mappings the simulator has. */
export function isMapping(rt: Runtime, o: PyObject): boolean {
  if (o instanceof PyDict || o.type === rt.t.mappingproxy) return true;
  return o.type.mro.some((t) => t.name === 'Mapping' || t.name === 'MutableMapping' || (t.heap && (t.name === 'ChainMap' || t.name === 'UserDict') && t.module === 'collections'));
}

export function makeCounterType(rt: Runtime): PyType {
  const ns = newDict(rt);
  const put = (k: string, v: PyObject) => { dictSetStr(rt, ns, k, v); rt.decref(v); };
  put('__module__', rt.newStr('collections'));
  put('__qualname__', rt.newStr('Counter'));
  put('__doc__', rt.newStr("Dict subclass for counting hashable items.  Sometimes called a bag\n    or multiset.  Elements are stored as dictionary keys and their counts\n    are stored as dictionary values.\n"));
  rt.t.dict.refcnt++;
  const bases = rt.newTuple([rt.t.dict]);
  let C: PyType;
  try { C = typeNew(rt, rt.t.type, 'Counter', bases, ns, null); } finally { rt.decref(bases); rt.decref(ns); }
  // dict_sizeof counts the type's basicsize (56 here: dict + __weakref__).
  C.sizeof = (o) => dictSizeof(o as PyDict);
  // dict_new allocates the type's basicsize (the runtime's dict tp_new assumes 48).
  C.newFn = (type) => rt.newSubclassInstance(type, new PyDict(type), type.basicsize);
  const dictGetM = rt.t.dict.dict.getStr('get');
  const dictSetM = rt.t.dict.dict.getStr('__setitem__');
  const dictDelM = rt.t.dict.dict.getStr('__delitem__');
  const zero = () => rt.newInt(0);
  /** self.get(k, dflt) */
  const cget = (self: PyObject, k: PyObject, dflt: PyObject): PyObject => {
    if (self.type.lookup('get') === dictGetM) { const v = dictGet(rt, self as PyDict, k) ?? dflt; v.refcnt++; return v; }
    const g = getAttr(rt, self, 'get');
    try { return rt.call(g, [k, dflt]); } finally { rt.decref(g); }
  };
  /** self[k] = v */
  const cset = (self: PyObject, k: PyObject, v: PyObject): void => {
    if (self.type.lookup('__setitem__') === dictSetM) { dictSet(rt, self as PyDict, k, v); return; }
    const r = rt.callSpecialMethod(self, '__setitem__', [k, v]);
    if (r !== null) rt.decref(r);
  };
  const newCounter = () => rt.call(C, []) as PyDict;
  const items = (o: PyObject): Array<[PyObject, PyObject]> => {
    if (o instanceof PyDict && o.type.lookup('items') === rt.t.dict.dict.getStr('items')) {
      const its = dictItems(o);
      for (const [k, v] of its) { k.refcnt++; v.refcnt++; }
      return its;
    }
    const f = getAttr(rt, o, 'items');
    let view: PyObject;
    try { view = rt.call(f, []); } finally { rt.decref(f); }
    const pairs = rt.iterate(view);
    rt.decref(view);
    return pairs.map((p) => {
      const kv = rt.iterate(p);
      rt.decref(p);
      return [kv[0], kv[1]] as [PyObject, PyObject];
    });
  };
  const release = (its: Array<[PyObject, PyObject]>) => { for (const [k, v] of its) { rt.decref(k); rt.decref(v); } };
  const gt0 = (v: PyObject) => { const z = zero(); try { return richCompareBool(rt, v, z, GT); } finally { rt.decref(z); } };
  const lt0 = (v: PyObject) => { const z = zero(); try { return richCompareBool(rt, v, z, LT); } finally { rt.decref(z); } };
  const neg = (v: PyObject) => { const z = zero(); try { return rt.binary(z, v, 10); } finally { rt.decref(z); } };
  const isCounter = (o: PyObject) => o.type.isSubtypeOf(C);

  defMethod(C, '__init__', (self, args, kw) => {
    if (args.length > 1) rt.typeError(`Counter.__init__() takes from 1 to 2 positional arguments but ${args.length + 1} were given`);
    const upd = getAttr(rt, self, 'update');
    try { rt.decref(rt.call(upd, args.length ? [args[0]] : [], kw)); } finally { rt.decref(upd); }
    return rt.none();
  });
  defMethod(C, '__missing__', () => zero());
  defMethod(C, 'total', (self) => {
    let acc: PyObject = zero();
    for (const [, v] of dictItems(self as PyDict)) { const r = rt.binary(acc, v, 0); rt.decref(acc); acc = r; }
    return acc;
  });
  const mostCommon = (self: PyObject, n: PyObject | null): PyObject => {
    const its = items(self);
    const order = stableOrder(rt, its.map(([, v]) => v), true);
    let take = order.length;
    if (n !== null && n !== rt.None) {
      const nn = Number(rt.indexValue(n));
      take = Math.max(0, Math.min(nn, order.length));
    }
    const out = order.slice(0, take).map((i) => { const [k, v] = its[i]; k.refcnt++; v.refcnt++; return rt.newTuple([k, v]); });
    release(its);
    return rt.newList(out);
  };
  defMethod(C, 'most_common', (self, args, kw) => {
    let n: PyObject | null = args[0] ?? null;
    for (const [k, v] of kw ?? []) { if (k === 'n') n = v; else rt.typeError(`Counter.most_common() got an unexpected keyword argument '${k}'`); }
    return mostCommon(self, n);
  });
  defMethod(C, 'elements', (self) => {
    const T = itertoolsTypes(rt);
    const view = rt.dictView(self as PyDict, 'items');
    let sm: PyObject;
    try { sm = rt.call(T.starmap, [T.repeat, view]); } finally { rt.decref(view); }
    try { return chainFromIterable(rt, sm); } finally { rt.decref(sm); }
  });
  defClassMethod(C, 'fromkeys', () => rt.raise(rt.t.NotImplementedError, 'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.'));
  /** _collections._count_elements(mapping, iterable) */
  const countElements = (self: PyObject, iterable: PyObject) => {
    const it = getIter(rt, iterable);
    const fast = self.type.lookup('get') === dictGetM && self.type.lookup('__setitem__') === dictSetM;
    const one = rt.newInt(1);
    try {
      for (;;) {
        const key = iterNext(rt, it);
        if (key === null) break;
        try {
          if (fast) {
            const old = dictGet(rt, self as PyDict, key);
            if (old === null) dictSet(rt, self as PyDict, key, one);
            else { const nv = rt.binary(old, one, 0); try { dictSet(rt, self as PyDict, key, nv); } finally { rt.decref(nv); } }
          } else {
            const z = zero();
            const old = cget(self, key, z);
            rt.decref(z);
            const nv = rt.binary(old, one, 0);
            rt.decref(old);
            try { cset(self, key, nv); } finally { rt.decref(nv); }
          }
        } finally { rt.decref(key); }
      }
    } finally { rt.decref(it); rt.decref(one); }
  };
  const update = (self: PyObject, args: PyObject[], kw: KwArgs, subtract: boolean): void => {
    const name = subtract ? 'subtract' : 'update';
    if (args.length > 1) rt.typeError(`Counter.${name}() takes from 1 to 2 positional arguments but ${args.length + 1} were given`);
    const iterable = args[0] ?? rt.None;
    if (iterable !== rt.None) {
      if (isMapping(rt, iterable)) {
        if (!subtract && (self as PyDict).used === 0 && self.type.lookup('update') !== null) {
          // super().update(iterable): dict.update
          const du = rt.t.dict.dict.getStr('update') as unknown as { fn: (s: PyObject, a: PyObject[], k: KwArgs) => PyObject };
          rt.decref(du.fn(self, [iterable], null));
        } else {
          const its = items(iterable);
          try {
            for (const [elem, count] of its) {
              const z = zero();
              const cur = cget(self, elem, z);
              rt.decref(z);
              let nv: PyObject;
              try { nv = subtract ? rt.binary(cur, count, 10) : rt.binary(count, cur, 0); } finally { rt.decref(cur); }
              try { cset(self, elem, nv); } finally { rt.decref(nv); }
            }
          } finally { release(its); }
        }
      } else if (subtract) {
        const one = rt.newInt(1);
        const xs = rt.iterate(iterable);
        try {
          for (const elem of xs) {
            const z = zero();
            const cur = cget(self, elem, z);
            rt.decref(z);
            const nv = rt.binary(cur, one, 10);
            rt.decref(cur);
            try { cset(self, elem, nv); } finally { rt.decref(nv); }
          }
        } finally { for (const x of xs) rt.decref(x); rt.decref(one); }
      } else countElements(self, iterable);
    }
    if (kw !== null && kw.length > 0) {
      const d = newDict(rt);
      for (const [k, v] of kw) dictSetStr(rt, d, k, v);
      try {
        const m = getAttr(rt, self, name);
        try { rt.decref(rt.call(m, [d])); } finally { rt.decref(m); }
      } finally { rt.decref(d); }
    }
  };
  defMethod(C, 'update', (self, args, kw) => { update(self, args, kw, false); return rt.none(); });
  defMethod(C, 'subtract', (self, args, kw) => { update(self, args, kw, true); return rt.none(); });
  defMethod(C, 'copy', (self) => rt.call(self.type, [self]));
  defMethod(C, '__reduce__', (self) => {
    const d = newDict(rt);
    for (const [k, v] of dictItems(self as PyDict)) dictSet(rt, d, k, v);
    self.type.refcnt++;
    return rt.newTuple([self.type, rt.newTuple([d])]);
  });
  defMethod(C, '__delitem__', (self, args) => {
    if (dictLookup(rt, self as PyDict, args[0]) >= 0) {
      const m = dictDelM as unknown as { fn: (s: PyObject, a: PyObject[], k: KwArgs) => PyObject };
      return m.fn(self, [args[0]], null);
    }
    return rt.none();
  });
  defMethod(C, '__repr__', (self) => {
    const d = self as PyDict;
    if (d.used === 0) return rt.newStr(`${self.type.name}()`);
    let body: string;
    try {
      const mc = mostCommon(self, null);
      try {
        const dd = newDict(rt);
        try { rt.dictUpdate(dd, mc); body = rt.repr(dd); } finally { rt.decref(dd); }
      } finally { rt.decref(mc); }
    } catch (e) {
      if (!isPyExc(rt, e, rt.t.TypeError)) throw e;
      rt.decref(e.exc);
      const dd = newDict(rt);
      try { for (const [k, v] of dictItems(d)) dictSet(rt, dd, k, v); body = rt.repr(dd); } finally { rt.decref(dd); }
    }
    return rt.newStr(`${self.type.name}(${body})`);
  });
  /** all(self[e] <op> other[e] for c in (self, other) for e in c) */
  const allCmp = (self: PyObject, other: PyObject, op: number): boolean => {
    for (const c of [self, other]) {
      const keys = dictItems(c as PyDict).map(([k]) => { k.refcnt++; return k; });
      try {
        for (const e of keys) {
          const a = getItem(rt, self, e);
          try {
            const b = getItem(rt, other, e);
            try { if (!richCompareBool(rt, a, b, op)) return false; } finally { rt.decref(b); }
          } finally { rt.decref(a); }
        }
      } finally { for (const k of keys) rt.decref(k); }
    }
    return true;
  };
  defMethod(C, '__eq__', (self, args) => (isCounter(args[0]) ? rt.newBool(allCmp(self, args[0], EQ)) : rt.notImplemented()));
  defMethod(C, '__ne__', (self, args) => (isCounter(args[0]) ? rt.newBool(!allCmp(self, args[0], EQ)) : rt.notImplemented()));
  defMethod(C, '__le__', (self, args) => (isCounter(args[0]) ? rt.newBool(allCmp(self, args[0], LE)) : rt.notImplemented()));
  defMethod(C, '__lt__', (self, args) => (isCounter(args[0]) ? rt.newBool(allCmp(self, args[0], LE) && !allCmp(self, args[0], EQ)) : rt.notImplemented()));
  defMethod(C, '__ge__', (self, args) => (isCounter(args[0]) ? rt.newBool(allCmp(args[0], self, LE)) : rt.notImplemented()));
  defMethod(C, '__gt__', (self, args) => (isCounter(args[0]) ? rt.newBool(allCmp(args[0], self, LE) && !allCmp(self, args[0], EQ)) : rt.notImplemented()));

  /** The binary operators: a fresh Counter built as the Python code builds it. */
  const binop = (kind: 'add' | 'sub' | 'or' | 'and') => (self: PyObject, args: PyObject[]): PyObject => {
    const other = args[0];
    if (!isCounter(other)) return rt.notImplemented();
    const result = newCounter();
    try {
      const mine = items(self);
      try {
        for (const [elem, count] of mine) {
          const oc = getItem(rt, other, elem);
          let nc: PyObject;
          try {
            if (kind === 'add') nc = rt.binary(count, oc, 0);
            else if (kind === 'sub') nc = rt.binary(count, oc, 10);
            else if (kind === 'or') nc = richCompareBool(rt, count, oc, LT) ? (oc.refcnt++, oc) : (count.refcnt++, count);
            else nc = richCompareBool(rt, count, oc, LT) ? (count.refcnt++, count) : (oc.refcnt++, oc);
          } finally { rt.decref(oc); }
          try { if (gt0(nc)) cset(result, elem, nc); } finally { rt.decref(nc); }
        }
      } finally { release(mine); }
      if (kind !== 'and') {
        const theirs = items(other);
        try {
          for (const [elem, count] of theirs) {
            if (dictLookup(rt, self as PyDict, elem) >= 0) continue;
            if (kind === 'sub') { if (lt0(count)) { const n = neg(count); try { cset(result, elem, n); } finally { rt.decref(n); } } }
            else if (gt0(count)) cset(result, elem, count);
          }
        } finally { release(theirs); }
      }
    } catch (e) { rt.decref(result); throw e; }
    return result;
  };
  defMethod(C, '__add__', binop('add'));
  defMethod(C, '__sub__', binop('sub'));
  defMethod(C, '__or__', binop('or'));
  defMethod(C, '__and__', binop('and'));
  const unary = (negative: boolean) => (self: PyObject): PyObject => {
    const result = newCounter();
    const mine = items(self);
    try {
      for (const [elem, count] of mine) {
        if (negative) { if (lt0(count)) { const n = neg(count); try { cset(result, elem, n); } finally { rt.decref(n); } } }
        else if (gt0(count)) cset(result, elem, count);
      }
    } catch (e) { rt.decref(result); throw e; } finally { release(mine); }
    return result;
  };
  defMethod(C, '__pos__', unary(false));
  defMethod(C, '__neg__', unary(true));
  const keepPositive = (self: PyObject): PyObject => {
    const nonpos = dictItems(self as PyDict).filter(([, c]) => !gt0(c)).map(([e]) => { e.refcnt++; return e; });
    try {
      for (const e of nonpos) {
        const r = rt.callSpecialMethod(self, '__delitem__', [e]);
        if (r !== null) rt.decref(r);
      }
    } finally { for (const e of nonpos) rt.decref(e); }
    self.refcnt++;
    return self;
  };
  defMethod(C, '_keep_positive', (self) => keepPositive(self));
  const inplace = (kind: 'add' | 'sub' | 'or' | 'and') => (self: PyObject, args: PyObject[]): PyObject => {
    const other = args[0];
    if (kind === 'and') {
      const mine = items(self);
      try {
        for (const [elem, count] of mine) {
          const oc = getItem(rt, other, elem);
          try { if (richCompareBool(rt, oc, count, LT)) cset(self, elem, oc); } finally { rt.decref(oc); }
        }
      } finally { release(mine); }
      return keepPositive(self);
    }
    const theirs = items(other);
    try {
      for (const [elem, oc] of theirs) {
        const cur = getItem(rt, self, elem);
        try {
          if (kind === 'or') { if (richCompareBool(rt, oc, cur, GT)) cset(self, elem, oc); continue; }
          const nv = rt.binary(cur, oc, kind === 'add' ? 13 : 23);
          try { cset(self, elem, nv); } finally { rt.decref(nv); }
        } finally { rt.decref(cur); }
      }
    } finally { release(theirs); }
    return keepPositive(self);
  };
  defMethod(C, '__iadd__', inplace('add'));
  defMethod(C, '__isub__', inplace('sub'));
  defMethod(C, '__ior__', inplace('or'));
  defMethod(C, '__iand__', inplace('and'));
  defClassGetitem(C);
  rt.typeVersion++;
  return C;
}
