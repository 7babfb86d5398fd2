// Runtime helpers used by builtins and containers (sorting, key errors, dict
// views and iterators, locals(), isinstance with __instancecheck__).

import { PyUnion } from '../objects/unionType';
import type { PyObject } from '../objects/object';
import { PyRaise } from '../objects/object';
import { PyType } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyList, PyInt, PyTuple, PyException } from '../objects/core';
import type { Runtime } from '../runtime';
import type { Frame } from '../vm/frame';
import { richCompareBool, isTrue, binaryOp, iterateToArray, getItem, iterNext } from '../vm/abstract';
import { timsort } from '../objects/listsort';
import { dictSet, dictItems, newDict, dictSetStr, dictGetStr, dictDelStr, dictLookup } from '../objects/dictops';
import { getAttrOrNull } from '../vm/attributes';
import { defMethod } from '../objects/native';
import { cellvars } from '../compile/code';

declare module '../runtime' {
  interface Runtime {
    reprStack: PyObject[];
    reprEnter(o: PyObject): boolean;
    reprLeave(o: PyObject): void;
    newSubclassInstance(type: PyType, o: PyObject, request: number): PyObject;
    sortList(l: PyList, key: PyObject | null, reverse: boolean): void;
    truthy(o: PyObject): boolean;
    dictUpdate(d: PyDict, src: PyObject): void;
    raiseKeyError(k: PyObject): never;
    dictIter(d: PyDict, what: 'keys' | 'values' | 'items'): PyObject;
    writeStdout(s: string): void;
    callableIter(f: PyObject, sentinel: PyObject): PyObject;
    /** A fresh dict of the frame's variables (for debugger views and evaluation: changes nothing). */
    localsOf(f: Frame): PyObject;
    /** locals() / frame.f_locals: the frame's namespace, or for a function frame its f_locals dict, refreshed. */
    frameLocals(f: Frame): PyObject;
    isinstance(o: PyObject, cls: PyObject): boolean;
    issubclass(c: PyObject, cls: PyObject): boolean;
    binary(a: PyObject, b: PyObject, op: number): PyObject;
    indexValue(o: PyObject): bigint;
  }
}

export function installRuntimeHelpers(rt: Runtime): void {
  rt.reprStack = [];
  rt.reprEnter = function (this: Runtime, o) { if (this.reprStack.includes(o)) return true; this.reprStack.push(o); return false; };
  rt.reprLeave = function (this: Runtime, o) { const i = this.reprStack.lastIndexOf(o); if (i >= 0) this.reprStack.splice(i, 1); };
  rt.newSubclassInstance = function (this: Runtime, type, o, request) {
    this.allocObject(o, request);
    if (type.managedDict) {
      const d = new PyDict(this.t.dict);
      d.split = true;
      (o as unknown as { dict: PyDict }).dict = d;
    }
    if (type.gc) this.gc.track(o);
    return o;
  };
  rt.truthy = function (this: Runtime, o) { return isTrue(this, o); };
  /** list.sort: keys computed first (the list is empty meanwhile), then timsort comparing with
   *  `<`; reverse= reverses before and after so equal items keep their order. cf. listobject.c
   *  list_sort_impl */
  rt.sortList = function (this: Runtime, l, key, reverse) {
    const items = l.items;
    l.items = [];
    let keys: PyObject[] = items;
    if (key) {
      keys = [];
      try {
        for (const x of items) keys.push(this.call(key, [x]));
      } catch (e) {
        for (const k of keys) this.decref(k);
        l.items = items;
        throw e;
      }
    }
    if (reverse) { items.reverse(); if (key) keys.reverse(); }
    let err: unknown = null;
    try {
      timsort(keys, key ? items : null, (a, b) => richCompareBool(this, a, b, 0));
    } catch (e) { err = e; }
    if (reverse) { items.reverse(); if (key) keys.reverse(); }
    if (key) for (const k of keys) this.decref(k);
    if (l.items.length > 0 && err === null) {
      const added = l.items;
      l.items = items;
      for (const x of added) this.decref(x);
      this.valueError('list modified during sort');
    }
    l.items = items;
    if (err !== null) throw err;
  };
  rt.dictUpdate = function (this: Runtime, d, src) {
    if (src instanceof PyDict) { for (const [k, v] of dictItems(src)) dictSet(this, d, k, v); return; }
    const keys = getAttrOrNull(this, src, 'keys');
    if (keys !== null) {
      const ks = this.call(keys, []);
      this.decref(keys);
      const arr = iterateToArray(this, ks);
      this.decref(ks);
      for (const k of arr) { const v = getItem(this, src, k); dictSet(this, d, k, v); this.decref(v); this.decref(k); }
      return;
    }
    const items = iterateToArray(this, src);
    try {
      items.forEach((it, i) => {
        let pair: PyObject[];
        try { pair = iterateToArray(this, it); } catch (e) {
          if (e instanceof PyRaise) { this.decref(e.exc); this.typeError(`cannot convert dictionary update sequence element #${i} to a sequence`); }
          throw e;
        }
        if (pair.length !== 2) { for (const x of pair) this.decref(x); this.valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`); }
        dictSet(this, d, pair[0], pair[1]);
        this.decref(pair[0]); this.decref(pair[1]);
      });
    } finally { for (const x of items) this.decref(x); }
  };
  rt.raiseKeyError = function (this: Runtime, k) {
    k.refcnt++;
    const e = this.newException(this.t.KeyError, null);
    const old = e.args;
    e.args = this.newTuple([k]);
    this.decref(old);
    throw new PyRaise(e);
  };
  rt.dictIter = function (this: Runtime, d, what) {
    let i = 0;
    const used = d.used;
    // di_len: the items still expected; finding one more means keys were swapped during
    // iteration (cf. Objects/dictobject.c dictiter_iternextkey).
    let len = d.used;
    const name = what === 'keys' ? 'dict_keyiterator' : what === 'values' ? 'dict_valueiterator' : 'dict_itemiterator';
    return this.newNativeIter(name, () => {
      if (d.used !== used) { i = Infinity; this.raise(this.t.RuntimeError, 'dictionary changed size during iteration'); }
      while (i < d.keys.length && d.keys[i] === null) i++;
      if (i >= d.keys.length) return null;
      if (len === 0) { i = Infinity; this.raise(this.t.RuntimeError, 'dictionary keys changed during iteration'); }
      len--;
      const k = d.keys[i]!; const v = d.values[i]!;
      i++;
      if (what === 'keys') { k.refcnt++; return k; }
      if (what === 'values') { v.refcnt++; return v; }
      k.refcnt++; v.refcnt++;
      return this.newTuple([k, v]);
    }, [d], 56); // cf. Objects/dictobject.c dictiterobject: di_dict, di_used, di_pos, di_result, len
  };
  rt.writeStdout = function (this: Runtime, s) { this.host.write('stdout', s); };
  // cf. Objects/iterobject.c callableiter_next: stops when sentinel == result (or on
  // StopIteration), dropping the callable and the sentinel then.
  rt.callableIter = function (this: Runtime, f, sentinel) {
    if (f.type.lookup('__call__') === null) this.typeError('iter(v, w): v must be callable');
    const it = this.newNativeIter('callable_iterator', () => {
      if (it.refs.length === 0) return null;
      const [fn, sent] = it.refs;
      let v: PyObject;
      try {
        v = this.call(fn, []);
      } catch (e) {
        if (e instanceof PyRaise && this.isInstanceOf(e.exc, this.t.StopIteration)) {
          this.decref(e.exc);
          exhaust();
          return null;
        }
        throw e;
      }
      let stop: boolean;
      try { stop = richCompareBool(this, sent, v, 2); } catch (e) { this.decref(v); throw e; }
      if (!stop) return v;
      this.decref(v);
      exhaust();
      return null;
    }, [f, sentinel], 32);
    const exhaust = (): void => {
      const refs = it.refs.splice(0);
      for (const r of refs) this.decref(r);
    };
    return it;
  };
  rt.localsOf = function (this: Runtime, f) {
    if (f.locals !== null) { f.locals.refcnt++; return f.locals; }
    const d = newDict(this);
    const names = f.code.localsplusNames;
    const kinds = f.code.localsplusKinds;
    for (let i = 0; i < names.length; i++) {
      let v = f.localsplus[i];
      if (v !== null && (kinds[i] & 0xc0)) v = (v as unknown as { ref: PyObject | null }).ref;
      if (v !== null) dictSetStr(this, d, names[i], v);
    }
    void cellvars;
    return d;
  };
  rt.frameLocals = function (this: Runtime, f) {
    if (f.locals !== null) { f.locals.refcnt++; return f.locals; }
    // cf. Objects/frameobject.c _PyFrame_FastToLocalsWithError: one dict per frame, refreshed.
    if (f.localsDict === null) f.localsDict = newDict(this);
    const d = f.localsDict;
    const names = f.code.localsplusNames;
    const kinds = f.code.localsplusKinds;
    for (let i = 0; i < names.length; i++) {
      let v = f.localsplus[i];
      if (v !== null && (kinds[i] & 0xc0)) v = (v as unknown as { ref: PyObject | null }).ref;
      if (v !== null) dictSetStr(this, d, names[i], v);
      else if (dictGetStr(d, names[i]) !== null) dictDelStr(this, d, names[i]);
    }
    d.refcnt++;
    return d;
  };
  rt.isinstance = function (this: Runtime, o, cls) {
    // cf. Objects/abstract.c object_recursive_isinstance: a union is checked as its __args__ tuple.
    if (cls instanceof PyUnion) cls = cls.args;
    if (cls instanceof PyTuple) return cls.items.some((c) => this.isinstance(o, c));
    if (cls instanceof PyType) {
      if (o.type.isSubtypeOf(cls)) return true;
      const ic = cls.type.lookup('__instancecheck__');
      if (ic !== null && cls.type !== this.t.type) { const r = this.call(ic, [cls, o]); const b = isTrue(this, r); this.decref(r); return b; }
      return false;
    }
    const ic = cls.type.lookup('__instancecheck__');
    if (ic === null) this.typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
    const r = this.call(ic, [cls, o]); const b = isTrue(this, r); this.decref(r); return b;
  };
  // cf. Objects/abstract.c object_issubclass: exact types fast, tuples item by item, then
  // type(cls).__subclasscheck__ (a union's, a metaclass's), then recursive_issubclass's checks.
  rt.issubclass = function (this: Runtime, c, cls) {
    const recursive = () => {
      if (!(c instanceof PyType)) this.typeError('issubclass() arg 1 must be a class');
      if (!(cls instanceof PyType)) this.typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
      return c.isSubtypeOf(cls);
    };
    if (cls instanceof PyType && cls.type === this.t.type) return recursive();
    if (cls instanceof PyUnion) cls = cls.args;
    if (cls instanceof PyTuple) return cls.items.some((x) => this.issubclass(c, x));
    const sc = cls.type.lookup('__subclasscheck__');
    if (sc !== null && sc !== this.t.type.dict.getStr('__subclasscheck__')) { const r = this.call(sc, [cls, c]); const b = isTrue(this, r); this.decref(r); return b; }
    return recursive();
  };
  rt.binary = function (this: Runtime, a, b, op) { return binaryOp(this, a, b, op); };
  rt.indexValue = function (this: Runtime, o) {
    if (o instanceof PyInt) return BigInt(o.v);
    const r = this.callSpecialMethod(o, '__index__', []);
    if (r === null) this.typeError(`'${o.type.name}' object cannot be interpreted as an integer`);
    if (!(r instanceof PyInt)) { this.decref(r); this.typeError(`__index__ returned non-int (type ${r.type.name})`); }
    const v = BigInt(r.v);
    this.decref(r);
    return v;
  };
  void iterNext; void PyException;
}
