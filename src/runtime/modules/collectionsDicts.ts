// collections.defaultdict (Modules/_collectionsmodule.c) and collections.OrderedDict
// (Objects/odictobject.c), both native dict subclasses as in CPython 3.11.
//
// OrderedDict keeps its order in the dict's own entry table: move_to_end and
// popitem reorder the entries in place (no entry is added, so the dict geometry
// stays what CPython's dict part has), which makes every dict-level traversal
// (dict(od), {**od}, iteration) follow the OrderedDict order. sys.getsizeof adds
// what odict_sizeof adds: the od_fast_nodes index (8 bytes per dict slot) and one
// 32-byte node per item.

import { PyObject } from '../objects/object';
import { PyType, type KwArgs } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyStr } from '../objects/core';
import type { Runtime } from '../runtime';
import { defMethod, defGetSet } from '../objects/native';
import { dictSet, dictGet, dictDel, dictItems, dictClear, dictLookup, dictDelAt, dictSizeof, primKey } from '../objects/dictops';
import { iterNext, getIter, richCompareBool, getItem } from '../vm/abstract';
import { getAttrOrNull } from '../vm/attributes';
import {
  makeType, allocNative, isCallable, NIter, installNIter, defClassGetitem, setSlot,
  defClassMethod, clinicArgs,
} from './nativeTypes';

// ---- defaultdict -----------------------------------------------------------------

export class PyDefaultDict extends PyDict {
  factory: PyObject | null = null;
}

function dictMethod(rt: Runtime, name: string): (self: PyObject, args: PyObject[], kw: KwArgs) => PyObject {
  const m = rt.t.dict.dict.getStr(name) as unknown as { fn: (self: PyObject, args: PyObject[], kw: KwArgs) => PyObject };
  return m.fn;
}

/** dict_new for a subclass: the object (tracked), empty. */
function dictSubclassNew(rt: Runtime, o: PyDict, type: PyType, size: number): PyDict {
  return allocNative(rt, o, type, size);
}

function dictSizeofFor(o: PyObject): number {
  return dictSizeof(o as PyDict); // dict_sizeof starts from the type's basicsize
}

export function makeDefaultDictType(rt: Runtime): PyType {
  const t = makeType(rt, 'collections', 'defaultdict', { basicsize: 56, base: rt.t.dict, layout: 'collections.defaultdict' });
  const dictTraverse = rt.t.dict.traverse!;
  const dictDealloc = rt.t.dict.dealloc!;
  t.traverse = (o, visit) => { const f = (o as PyDefaultDict).factory; if (f !== null) visit(f); dictTraverse(o, visit); };
  t.clear = (o) => { const d = o as PyDefaultDict; const f = d.factory; d.factory = null; if (f !== null) rt.decref(f); dictClear(rt, d); };
  t.dealloc = (o) => { const d = o as PyDefaultDict; const f = d.factory; d.factory = null; if (f !== null) rt.decref(f); dictDealloc(o); };
  t.sizeof = dictSizeofFor;
  t.newFn = (type) => dictSubclassNew(rt, new PyDefaultDict(type), type, 56);
  const dictInit = dictMethod(rt, '__init__');
  const dictRepr = dictMethod(rt, '__repr__');
  defMethod(t, '__init__', (self, args, kw) => {
    const dd = self as PyDefaultDict;
    const old = dd.factory;
    let nf: PyObject | null = null;
    if (args.length > 0) {
      nf = args[0];
      if (!isCallable(nf) && nf !== rt.None) rt.typeError('first argument must be callable or None');
    }
    const rest = args.slice(1);
    const newargs = rest.length === 0 ? (rt.emptyTuple.refcnt++, rt.emptyTuple) : rt.newTuple(rest.map((x) => { x.refcnt++; return x; }));
    if (nf !== null) nf.refcnt++;
    dd.factory = nf;
    try { return dictInit(self, newargs.items.slice(), kw); } finally {
      rt.decref(newargs);
      if (old !== null) rt.decref(old);
    }
  });
  defMethod(t, '__missing__', (self, args) => {
    const dd = self as PyDefaultDict;
    const key = args[0];
    const f = dd.factory;
    if (f === null || f === rt.None) {
      key.refcnt++;
      const e = rt.newException(rt.t.KeyError, null);
      const oldArgs = e.args;
      e.args = rt.newTuple([key]);
      rt.decref(oldArgs);
      throw new (rt.raiseClass() as new (e: PyObject) => Error)(e);
    }
    const value = rt.call(f, []);
    try {
      const r = rt.callSpecialMethod(self, '__setitem__', [key, value]);
      if (r !== null) rt.decref(r);
    } catch (e) { rt.decref(value); throw e; }
    return value;
  });
  const copy = (self: PyObject) => rt.call(self.type, [(self as PyDefaultDict).factory ?? rt.None, self]);
  defMethod(t, 'copy', (self) => copy(self));
  defMethod(t, '__copy__', (self) => copy(self));
  defMethod(t, '__repr__', (self) => {
    const dd = self as PyDefaultDict;
    const base = dictRepr(self, [], null) as PyStr;
    let defrepr: string;
    try {
      if (dd.factory === null) defrepr = 'None';
      else if (rt.reprEnter(dd.factory)) defrepr = '...';
      else { try { defrepr = rt.repr(dd.factory); } finally { rt.reprLeave(dd.factory); } }
      return rt.newStr(`${self.type.name}(${defrepr}, ${base.v})`);
    } finally { rt.decref(base); }
  });
  defMethod(t, '__reduce__', (self) => {
    const dd = self as PyDefaultDict;
    const args = dd.factory === null || dd.factory === rt.None ? rt.newTuple([]) : rt.newTuple([(dd.factory.refcnt++, dd.factory)]);
    const items = rt.dictView(dd, 'items');
    let it: PyObject;
    try { it = getIter(rt, items); } finally { rt.decref(items); }
    self.type.refcnt++;
    return rt.newTuple([self.type, args, rt.none(), rt.none(), it]);
  });
  const or = (left: PyObject, right: PyObject, selfIsLeft: boolean) => {
    const self = (selfIsLeft ? left : right) as PyDefaultDict;
    const other = selfIsLeft ? right : left;
    if (!(other instanceof PyDict)) return rt.notImplemented();
    const nw = rt.call(self.type, [self.factory ?? rt.None, left]);
    try { rt.dictUpdate(nw as PyDict, right); } catch (e) { rt.decref(nw); throw e; }
    return nw;
  };
  defMethod(t, '__or__', (self, args) => or(self, args[0], true));
  defMethod(t, '__ror__', (self, args) => or(args[0], self, false));
  defGetSet(t, 'default_factory', (self) => { const f = (self as PyDefaultDict).factory ?? rt.None; f.refcnt++; return f; }, (self, v) => {
    const dd = self as PyDefaultDict;
    const old = dd.factory;
    if (v !== null) v.refcnt++;
    dd.factory = v;
    if (old !== null) rt.decref(old);
  });
  defClassGetitem(t);
  return t;
}

// ---- OrderedDict -------------------------------------------------------------------

export class PyODict extends PyDict {
  /** od_state: bumped when nodes are added, removed or moved. */
  odState = 0;
}

/** Rebuild the dict's index after entries moved (entry positions changed). */
function reindex(rt: Runtime, d: PyDict): void {
  d.index = new Map();
  d.buckets = null;
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k === null) continue;
    const pk = primKey(rt, k);
    if (pk !== null) { d.index.set(pk, i); continue; }
    if (d.buckets === null) d.buckets = new Map();
    const b = d.buckets.get(d.hashes[i]);
    if (b === undefined) d.buckets.set(d.hashes[i], [i]); else b.push(i);
  }
  d.version++;
}

/** Move entry i to the end (last) or the front of the live entries. */
function moveEntry(rt: Runtime, d: PyODict, i: number, last: boolean): void {
  const k = d.keys.splice(i, 1)[0];
  const v = d.values.splice(i, 1)[0];
  const h = d.hashes.splice(i, 1)[0];
  if (last) {
    let j = d.keys.length;
    while (j > 0 && d.keys[j - 1] === null) j--;
    d.keys.splice(j, 0, k); d.values.splice(j, 0, v); d.hashes.splice(j, 0, h);
  } else {
    d.keys.unshift(k); d.values.unshift(v); d.hashes.unshift(h);
  }
  reindex(rt, d);
}

/** Live keys in order (borrowed). */
function odKeys(d: PyDict): PyObject[] {
  const out: PyObject[] = [];
  for (const k of d.keys) if (k !== null) out.push(k);
  return out;
}

class ODictView extends PyObject {
  constructor(type: PyType, public mapping: PyDict) { super(type); }
}

interface ODictTypes { od: PyType; iter: PyType; keys: PyType; values: PyType; items: PyType }

/** odictiter: yields keys, values or (key, value) pairs in order, checking od_state and size. */
function odIter(rt: Runtime, T: ODictTypes, od: PyODict, kind: 'keys' | 'values' | 'items', reverse: boolean): NIter {
  const it = allocNative(rt, new NIter(T.iter, 1), T.iter, 48);
  od.refcnt++;
  it.s[0] = od;
  const state = od.odState;
  let size = od.used;
  let pos = reverse ? od.keys.length - 1 : 0;
  it.next = () => {
    if (it.s[0] === null) return null;
    if (od.odState !== state) rt.raise(rt.t.RuntimeError, 'OrderedDict mutated during iteration');
    if (size !== od.used) { size = -1; rt.raise(rt.t.RuntimeError, 'OrderedDict changed size during iteration'); }
    while (pos >= 0 && pos < od.keys.length && od.keys[pos] === null) pos += reverse ? -1 : 1;
    if (pos < 0 || pos >= od.keys.length) { setSlot(rt, it, 0, null); return null; }
    const k = od.keys[pos]!;
    const v = od.values[pos]!;
    pos += reverse ? -1 : 1;
    if (kind === 'keys') { k.refcnt++; return k; }
    v.refcnt++;
    if (kind === 'values') return v;
    k.refcnt++;
    return rt.newTuple([k, v]);
  };
  return it;
}

function odMutated(d: PyObject): void { (d as PyODict).odState++; }

export function makeODictTypes(rt: Runtime): ODictTypes {
  const od = makeType(rt, 'collections', 'OrderedDict', { basicsize: 112, weakref: true, base: rt.t.dict, layout: 'collections.OrderedDict' });
  const iter = makeType(rt, 'builtins', 'odict_iterator', { basicsize: 32, baseType: false });
  const keys = makeType(rt, 'builtins', 'odict_keys', { basicsize: 8, base: rt.t.dict_keys, baseType: false, layout: 'dictview' });
  const values = makeType(rt, 'builtins', 'odict_values', { basicsize: 8, base: rt.t.dict_values, baseType: false, layout: 'dictview' });
  const items = makeType(rt, 'builtins', 'odict_items', { basicsize: 8, base: rt.t.dict_items, baseType: false, layout: 'dictview' });
  const T: ODictTypes = { od, iter, keys, values, items };
  installNIter(rt, iter);
  const dictTraverse = rt.t.dict.traverse!;
  const dictDealloc = rt.t.dict.dealloc!;
  od.traverse = (o, visit) => dictTraverse(o, visit);
  od.clear = (o) => { odMutated(o); dictClear(rt, o as PyDict); };
  od.dealloc = (o) => dictDealloc(o);
  od.sizeof = (o) => {
    const d = o as PyDict;
    const fast = d.log2size === 0 ? 0 : 2 ** d.log2size;
    return dictSizeofFor(o) + 8 * fast + (d.used > 0 ? 32 * d.used : 0);
  };
  od.newFn = (type) => dictSubclassNew(rt, new PyODict(type), type, 112);
  const self = (o: PyObject) => o as PyODict;
  const setItem = (d: PyODict, k: PyObject, v: PyObject) => {
    const had = dictLookup(rt, d, k) >= 0;
    dictSet(rt, d, k, v);
    if (!had) d.odState++;
  };
  /** PyObject_SetItem on the OrderedDict (a subclass may override __setitem__). */
  const setItemO = (o: PyObject, k: PyObject, v: PyObject) => {
    if (o.type === od) { setItem(self(o), k, v); return; }
    const r = rt.callSpecialMethod(o, '__setitem__', [k, v]);
    if (r !== null) rt.decref(r);
  };
  /** mutablemapping_update: a mapping's keys, an object with keys(), or (key, value) pairs. */
  const update = (o: PyObject, args: PyObject[], kw: KwArgs, fname: string) => {
    if (args.length > 1) rt.typeError(`${fname}() takes at most 1 positional argument (${args.length} given)`);
    if (args.length === 1) {
      const arg = args[0];
      if (arg instanceof PyDict && arg.type === rt.t.dict) {
        for (const [k, v] of dictItems(arg)) setItemO(o, k, v);
      } else {
        const keysFn = getAttrOrNull(rt, arg, 'keys');
        if (keysFn !== null) {
          let ks: PyObject[];
          try { const kobj = rt.call(keysFn, []); try { ks = rt.iterate(kobj); } finally { rt.decref(kobj); } } finally { rt.decref(keysFn); }
          try { for (const k of ks) { const v = getItem(rt, arg, k); try { setItemO(o, k, v); } finally { rt.decref(v); } } } finally { for (const k of ks) rt.decref(k); }
        } else {
          const it = getIter(rt, arg);
          try {
            for (let i = 0; ; i++) {
              const pair = iterNext(rt, it);
              if (pair === null) break;
              let kv: PyObject[];
              try { kv = rt.iterate(pair); } catch (e) { rt.decref(pair); throw e; } finally { rt.decref(pair); }
              if (kv.length !== 2) {
                for (const x of kv) rt.decref(x);
                rt.valueError(kv.length > 2 ? 'too many values to unpack (expected 2)' : `need more than ${kv.length} value${kv.length === 1 ? '' : 's'} to unpack`);
              }
              try { setItemO(o, kv[0], kv[1]); } finally { rt.decref(kv[0]); rt.decref(kv[1]); }
            }
          } finally { rt.decref(it); }
        }
      }
    }
    for (const [k, v] of kw ?? []) { const ks = rt.newStr(k); try { setItemO(o, ks, v); } finally { rt.decref(ks); } }
  };
  defMethod(od, '__init__', (o, args, kw) => {
    if (args.length > 1) rt.typeError(`expected at most 1 arguments, got ${args.length}`);
    update(o, args, kw, 'OrderedDict');
    return rt.none();
  });
  defMethod(od, '__setitem__', (o, args) => { setItem(self(o), args[0], args[1]); return rt.none(); });
  defMethod(od, '__delitem__', (o, args) => {
    if (!dictDel(rt, self(o), args[0])) rt.raiseKeyError(args[0]);
    odMutated(o);
    return rt.none();
  });
  defMethod(od, 'update', (o, args, kw) => { update(o, args, kw, 'update'); return rt.none(); });
  defMethod(od, '__iter__', (o) => odIter(rt, T, self(o), 'keys', false));
  defMethod(od, '__reversed__', (o) => odIter(rt, T, self(o), 'keys', true));
  const view = (vt: PyType) => (o: PyObject) => {
    const v = allocNative(rt, new ODictView(vt, o as PyDict), vt, 24);
    o.refcnt++;
    return v;
  };
  defMethod(od, 'keys', view(keys));
  defMethod(od, 'values', view(values));
  defMethod(od, 'items', view(items));
  for (const [vt, kind] of [[keys, 'keys'], [values, 'values'], [items, 'items']] as const) {
    vt.dealloc = (o) => rt.decref((o as ODictView).mapping);
    vt.traverse = (o, visit) => visit((o as ODictView).mapping);
    defMethod(vt, '__iter__', (o) => odIter(rt, T, (o as ODictView).mapping as PyODict, kind, false));
    defMethod(vt, '__reversed__', (o) => odIter(rt, T, (o as ODictView).mapping as PyODict, kind, true));
    defMethod(vt, '__repr__', (o) => {
      if (rt.reprEnter(o)) return rt.newStr('...');
      try {
        const xs = rt.iterate(o);
        try { return rt.newStr(`${o.type.name}([${xs.map((x) => rt.repr(x)).join(', ')}])`); } finally { for (const x of xs) rt.decref(x); }
      } finally { rt.reprLeave(o); }
    });
  }
  defMethod(od, 'move_to_end', (o, args, kw) => {
    const [key, last] = clinicArgs(rt, 'move_to_end', args, kw, ['key', 'last?']);
    const d = self(o);
    const toEnd = last === null ? true : rt.truthy(last);
    const i = dictLookup(rt, d, key!);
    if (i < 0) rt.raiseKeyError(key!);
    const live = odKeys(d);
    if (live.length > 1 && live[toEnd ? live.length - 1 : 0] !== d.keys[i]) {
      moveEntry(rt, d, i, toEnd);
      d.odState += 2;
    }
    return rt.none();
  });
  defMethod(od, 'popitem', (o, args, kw) => {
    const [last] = clinicArgs(rt, 'popitem', args, kw, ['last?']);
    const d = self(o);
    if (d.used === 0) rt.raise(rt.t.KeyError, 'dictionary is empty');
    const keysNow = odKeys(d);
    const k = keysNow[last === null || rt.truthy(last) ? keysNow.length - 1 : 0];
    k.refcnt++;
    const i = dictLookup(rt, d, k);
    const v = d.values[i]!;
    v.refcnt++;
    dictDelAt(rt, d, i);
    d.odState++;
    return rt.newTuple([k, v]);
  });
  defMethod(od, 'pop', (o, args, kw) => {
    const [key, dflt] = clinicArgs(rt, 'pop', args, kw, ['key', 'default?']);
    const d = self(o);
    const i = dictLookup(rt, d, key!);
    if (i < 0) {
      if (dflt !== null) { dflt.refcnt++; return dflt; }
      rt.raiseKeyError(key!);
    }
    const v = d.values[i]!;
    v.refcnt++;
    dictDelAt(rt, d, i);
    d.odState++;
    return v;
  });
  defMethod(od, 'setdefault', (o, args, kw) => {
    const [key, dflt] = clinicArgs(rt, 'setdefault', args, kw, ['key', 'default?']);
    const d = self(o);
    const v = dictGet(rt, d, key!);
    if (v !== null) { v.refcnt++; return v; }
    const dv = dflt ?? rt.None;
    setItemO(o, key!, dv);
    dv.refcnt++;
    return dv;
  });
  defMethod(od, 'clear', (o) => { odMutated(o); dictClear(rt, self(o)); return rt.none(); });
  const copy = (o: PyObject) => {
    const nw = rt.call(o.type, []);
    try { for (const [k, v] of dictItems(self(o))) setItemO(nw, k, v); } catch (e) { rt.decref(nw); throw e; }
    return nw;
  };
  defMethod(od, 'copy', (o) => copy(o));
  defClassMethod(od, 'fromkeys', (cls, args, kw) => {
    const [iterable, value] = clinicArgs(rt, 'fromkeys', args, kw, ['iterable', 'value?']);
    const nw = rt.call(cls, []);
    try {
      const ks = rt.iterate(iterable!);
      try { for (const k of ks) setItemO(nw, k, value ?? rt.None); } finally { for (const k of ks) rt.decref(k); }
    } catch (e) { rt.decref(nw); throw e; }
    return nw;
  });
  const eq = (o: PyObject, other: PyObject): PyObject => {
    if (!(other instanceof PyDict)) return rt.notImplemented();
    const base = rt.t.dict.dict.getStr('__eq__') as unknown as { fn: (s: PyObject, a: PyObject[], k: KwArgs) => PyObject };
    const r = base.fn(o, [other], null);
    if (r !== rt.True || !(other instanceof PyODict)) return r;
    rt.decref(r);
    const a = odKeys(self(o)); const b = odKeys(other);
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !richCompareBool(rt, a[i], b[i], 2)) return rt.newBool(false);
    return rt.newBool(true);
  };
  defMethod(od, '__eq__', (o, args) => eq(o, args[0]));
  defMethod(od, '__ne__', (o, args) => {
    const r = eq(o, args[0]);
    if (r === rt.NotImplemented) return r;
    const b = r === rt.True;
    rt.decref(r);
    return rt.newBool(!b);
  });
  defMethod(od, '__repr__', (o) => {
    if (rt.reprEnter(o)) return rt.newStr('...');
    try {
      const d = self(o);
      if (d.used === 0) return rt.newStr(`${o.type.name}()`);
      let pairs: PyObject[];
      if (o.type === od) pairs = dictItems(d).map(([k, v]) => { k.refcnt++; v.refcnt++; return rt.newTuple([k, v]); });
      else {
        const itemsFn = rt.getAttrOrNull(o, 'items')!;
        try { const its = rt.call(itemsFn, []); try { pairs = rt.iterate(its); } finally { rt.decref(its); } } finally { rt.decref(itemsFn); }
      }
      const l = rt.newList(pairs);
      try { return rt.newStr(`${o.type.name}(${rt.repr(l)})`); } finally { rt.decref(l); }
    } finally { rt.reprLeave(o); }
  });
  defMethod(od, '__sizeof__', (o) => rt.newInt(od.sizeof!(o)));
  defMethod(od, '__reduce__', (o) => {
    const state = rt.getAttrOrNull(o, '__dict__') ?? rt.none();
    const its = rt.call(rt.getAttrOrNull(o, 'items')!, []);
    let it: PyObject;
    try { it = getIter(rt, its); } finally { rt.decref(its); }
    o.type.refcnt++;
    return rt.newTuple([o.type, rt.newTuple([]), state, rt.none(), it]);
  });
  const or = (left: PyObject, right: PyObject, selfLeft: boolean): PyObject => {
    const other = selfLeft ? right : left;
    if (!(other instanceof PyDict)) return rt.notImplemented();
    const s = selfLeft ? left : right;
    const nw = rt.call(s.type, [left]);
    try { update(nw, [right], null, 'update'); } catch (e) { rt.decref(nw); throw e; }
    return nw;
  };
  defMethod(od, '__or__', (o, args) => or(o, args[0], true));
  defMethod(od, '__ror__', (o, args) => or(args[0], o, false));
  defMethod(od, '__ior__', (o, args) => { update(o, [args[0]], null, 'update'); o.refcnt++; return o; });
  defClassGetitem(od);
  return T;
}
