// The rest of dict's methods, cf. Objects/dictobject.c.

import type { PyObject } from './object';
import { PyDict } from './dict';
import type { Runtime } from '../runtime';
import { defMethod, checkArgCount, parseArgs } from './native';
import { dictSet, dictGet, dictDel, dictItems, dictClear, newDict, dictLookup, dictDelAt, dictUnsplit } from './dictops';
import { PyStr } from './core';
import { valuesRequest } from './instance';

/** NEXT_LOG2_SHARED_KEYS_MAX_SIZE: a class's cached keys have 2**6 slots. */
const SHARED_KEYS_LOG2 = 6;
import { iterateToArray } from '../vm/abstract';

/** PyDict_Copy: a dense table is cloned at its size (clone_combined_dict_keys); otherwise re-inserted. */
export function dictCopy(rt: Runtime, d: PyDict): PyDict {
  if (d.shared !== null) {
    // A split dict's copy shares the keys and gets its own values array; the object comes from
    // PyObject_GC_New, not the free list. cf. PyDict_Copy
    const valuesAddr = rt.allocRaw(valuesRequest(d.shared.names.length + d.shared.usable));
    const c = new PyDict(rt.t.dict);
    rt.allocObject(c, 48);
    c.split = true;
    c.shared = d.shared;
    c.valuesAddr = valuesAddr;
    c.valuesSlots = d.shared.names.length + d.shared.usable;
    for (const [k, v] of dictItems(d)) { k.refcnt++; v.refcnt++; c.index.set((k as PyStr).v, c.keys.length); c.keys.push(k); c.values.push(v); c.hashes.push(0); c.used++; }
    if (d.gcGen !== -1) rt.gc.track(c);
    return c;
  }
  const c = newDict(rt);
  if (d.used === 0) return c;
  const dense = d.used >= (d.nentries * 2) / 3;
  if (dense && d.log2size > 0) {
    // Same geometry: allocate the same keys size then insert in order.
    c.log2size = 0;
    for (const [k, v] of dictItems(d)) dictSet(rt, c, k, v);
    return c;
  }
  for (const [k, v] of dictItems(d)) dictSet(rt, c, k, v);
  return c;
}

export function installDictMethods(rt: Runtime): void {
  const D = rt.t.dict;
  defMethod(D, 'pop', (self, args) => {
    checkArgCount(rt, 'pop', args, 1, 2);
    const d = self as PyDict;
    const i = dictLookup(rt, d, args[0]);
    if (i < 0) {
      if (args.length === 2) { args[1].refcnt++; return args[1]; }
      rt.raiseKeyError(args[0]);
    }
    const v = d.values[i]!;
    v.refcnt++;
    dictDelAt(rt, d, i);
    return v;
  });
  defMethod(D, 'popitem', (self) => {
    const d = self as PyDict;
    // A split table is converted to a combined one of the shared keys' size first.
    if (d.used > 0 && d.shared !== null) dictUnsplit(rt, d, SHARED_KEYS_LOG2, true);
    for (let i = d.keys.length - 1; i >= 0; i--) {
      const k = d.keys[i];
      if (k === null) continue;
      const v = d.values[i]!;
      k.refcnt++; v.refcnt++;
      dictDelAt(rt, d, i);
      // popitem also drops the trailing holes (the entry count shrinks).
      while (d.keys.length > 0 && d.keys[d.keys.length - 1] === null) { d.keys.pop(); d.values.pop(); d.hashes.pop(); d.usable++; }
      return rt.newTuple([k, v]);
    }
    rt.raise(rt.t.KeyError, 'popitem(): dictionary is empty');
  });
  defMethod(D, 'setdefault', (self, args) => {
    checkArgCount(rt, 'setdefault', args, 1, 2);
    const d = self as PyDict;
    const v = dictGet(rt, d, args[0]);
    if (v !== null) { v.refcnt++; return v; }
    const dv = args[1] ?? rt.None;
    dictSet(rt, d, args[0], dv);
    dv.refcnt++;
    return dv;
  });
  defMethod(D, 'update', (self, args, kw) => {
    checkArgCount(rt, 'update', args, 0, 1);
    if (args.length) rt.dictUpdate(self as PyDict, args[0]);
    for (const [k, v] of kw ?? []) { const ks = rt.newStr(k); dictSet(rt, self as PyDict, ks, v); rt.decref(ks); }
    return rt.none();
  });
  defMethod(D, 'copy', (self) => dictCopy(rt, self as PyDict));
  defMethod(D, 'clear', (self) => { dictClear(rt, self as PyDict); return rt.none(); });
  defMethod(D, '__reversed__', (self) => {
    const d = self as PyDict;
    let i = d.keys.length - 1;
    return rt.newNativeIter('dict_reversekeyiterator', () => {
      while (i >= 0 && d.keys[i] === null) i--;
      if (i < 0) return null;
      const k = d.keys[i--]!;
      k.refcnt++;
      return k;
    }, [d], 56); // dictiterobject, as the forward iterators
  });
  defMethod(D, '__or__', (self, args) => {
    if (!(args[0] instanceof PyDict)) return rt.notImplemented();
    const c = dictCopy(rt, self as PyDict);
    rt.dictUpdate(c, args[0]);
    return c;
  });
  defMethod(D, '__ror__', (self, args) => {
    if (!(args[0] instanceof PyDict)) return rt.notImplemented();
    const c = dictCopy(rt, args[0]);
    rt.dictUpdate(c, self);
    return c;
  });
  defMethod(D, '__ior__', (self, args) => { rt.dictUpdate(self as PyDict, args[0]); self.refcnt++; return self; });
  const fromkeys = rt.newClassmethodNative('fromkeys', D, (cls, args) => {
    checkArgCount(rt, 'fromkeys', args, 1, 2);
    const d = rt.call(cls, []);
    const v = args[1] ?? rt.None;
    const keys = iterateToArray(rt, args[0]);
    try {
      for (const k of keys) {
        if (d instanceof PyDict && d.type === rt.t.dict) dictSet(rt, d, k, v);
        else { const r = rt.callSpecialMethod(d, '__setitem__', [k, v]); if (r) rt.decref(r); }
      }
    } finally { for (const k of keys) rt.decref(k); }
    return d;
  });
  const key = rt.internStr('fromkeys');
  dictSet(rt, D.dict, key, fromkeys);
  rt.decref(key);
  rt.decref(fromkeys);
  void dictDel; void parseArgs;
}
