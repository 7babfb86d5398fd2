// set and frozenset methods, cf. Objects/setobject.c.

import type { PyObject } from './object';
import { PySet } from './core';
import type { PyType } from './type';
import type { Runtime } from '../runtime';
import { defMethod, checkArgCount } from './native';
import { newSet, setAddImpl, setFind, setDiscard, setMembers, setClear, setResize } from './set';
import { iterateToArray, hashObjectBig } from '../vm/abstract';
import { dictSetStr } from './dictops';

function isSetLike(rt: Runtime, o: PyObject): o is PySet {
  return o instanceof PySet;
}

function members(rt: Runtime, o: PyObject): PyObject[] {
  if (o instanceof PySet) { const m = setMembers(o); for (const x of m) x.refcnt++; return m; }
  return iterateToArray(rt, o);
}

function make(rt: Runtime, t: PyType, items: PyObject[]): PySet {
  const s = newSet(rt, t === rt.t.frozenset || t.isSubtypeOf(rt.t.frozenset) ? rt.t.frozenset : rt.t.set);
  try { for (const x of items) setAddImpl(rt, s, x); } finally { for (const x of items) rt.decref(x); }
  return s;
}

function contains(rt: Runtime, s: PySet, k: PyObject): boolean {
  try {
    return setFind(rt, s, k) >= 0;
  } catch (e) {
    // An unhashable set is looked up as a frozenset (cf. set_contains).
    if (k instanceof PySet && k.type.isSubtypeOf(rt.t.set)) {
      const tmp = make(rt, rt.t.frozenset, members(rt, k));
      try { return setFind(rt, s, tmp) >= 0; } finally { rt.decref(tmp); }
    }
    throw e;
  }
}

/** frozenset hash, cf. frozenset_hash (shuffle bits of each entry hash). */
function frozensetHash(rt: Runtime, s: PySet): bigint {
  const M = (1n << 64n) - 1n;
  let hash = 0n;
  for (const m of setMembers(s)) {
    let h = hashObjectBig(rt, m);
    if (h < 0n) h += 1n << 64n;
    hash ^= (((h ^ 89869747n) ^ ((h << 16n) & M)) * 3644798167n) & M;
  }
  hash ^= (BigInt(s.used) + 1n) * 1927868237n & M;
  hash = hash & M;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & M;
  if (hash === M) hash = 590923713n;
  return BigInt.asIntN(64, hash);
}

export function installSetTypes(rt: Runtime): void {
  for (const T of [rt.t.set, rt.t.frozenset]) {
    const frozen = T === rt.t.frozenset;
    const name = frozen ? 'frozenset' : 'set';
    T.newFn = (type, args, kw) => {
      if (!frozen || type !== rt.t.frozenset) {
        const s = newSet(rt, type);
        if (frozen && args.length) for (const x of iterateToArray(rt, args[0])) { setAddImpl(rt, s, x); rt.decref(x); }
        return s;
      }
      if (kw && kw.length) rt.typeError('frozenset() takes no keyword arguments');
      checkArgCount(rt, 'frozenset', args, 0, 1);
      if (args.length && args[0].type === rt.t.frozenset) { args[0].refcnt++; return args[0]; }
      return make(rt, rt.t.frozenset, args.length ? iterateToArray(rt, args[0]) : []);
    };
    if (!frozen) {
      defMethod(T, '__init__', (self, args, kw) => {
        if (kw && kw.length) rt.typeError('set() takes no keyword arguments');
        checkArgCount(rt, 'set', args, 0, 1);
        setClear(rt, self as PySet);
        if (args.length) for (const x of members(rt, args[0])) { setAddImpl(rt, self as PySet, x); rt.decref(x); }
        return rt.none();
      });
    }
    const sameKind = (self: PyObject, items: PyObject[]) => make(rt, self.type, items);
    defMethod(T, '__repr__', (self) => {
      const s = self as PySet;
      const m = setMembers(s);
      if (m.length === 0) return rt.newStr(`${self.type.name}()`);
      if (rt.reprEnter(self)) return rt.newStr(`${self.type.name}(...)`);
      try {
        const body = '{' + m.map((x) => rt.repr(x)).join(', ') + '}';
        return rt.newStr(self.type === rt.t.set ? body : `${self.type.name}(${body})`);
      } finally { rt.reprLeave(self); }
    });
    defMethod(T, '__len__', (self) => rt.newInt((self as PySet).used));
    defMethod(T, '__contains__', (self, args) => rt.newBool(contains(rt, self as PySet, args[0])));
    defMethod(T, '__iter__', (self) => {
      const s = self as PySet;
      let i = 0;
      const used = s.used;
      return rt.newNativeIter('set_iterator', () => {
        if (s.used !== used) { i = Infinity; rt.raise(rt.t.RuntimeError, 'Set changed size during iteration'); }
        while (i < s.table.length) {
          const k = s.table[i++];
          if (k !== null && k !== 'dummy') { k.refcnt++; return k; }
        }
        return null;
      }, [s], 48);
    });
    const binop = (op: string, f: (a: PySet, b: PySet) => PyObject[]) => (self: PyObject, args: PyObject[]) => {
      const o = args[0];
      if (!isSetLike(rt, o)) return rt.notImplemented();
      void op;
      return sameKind(self, f(self as PySet, o));
    };
    const inter = (a: PySet, b: PySet) => setMembers(a).filter((x) => contains(rt, b, x)).map((x) => (x.refcnt++, x));
    const union = (a: PySet, b: PySet) => [...setMembers(a), ...setMembers(b)].map((x) => (x.refcnt++, x));
    const diff = (a: PySet, b: PySet) => setMembers(a).filter((x) => !contains(rt, b, x)).map((x) => (x.refcnt++, x));
    const sym = (a: PySet, b: PySet) => [...diff(a, b), ...diff(b, a)];
    defMethod(T, '__and__', binop('&', inter));
    defMethod(T, '__or__', binop('|', union));
    defMethod(T, '__sub__', binop('-', diff));
    defMethod(T, '__xor__', binop('^', sym));
    defMethod(T, '__rand__', binop('&', (a, b) => inter(b, a)));
    defMethod(T, '__ror__', binop('|', (a, b) => union(b, a)));
    defMethod(T, '__rsub__', binop('-', (a, b) => diff(b, a)));
    defMethod(T, '__rxor__', binop('^', (a, b) => sym(b, a)));
    const subset = (a: PySet, b: PySet) => a.used <= b.used && setMembers(a).every((x) => contains(rt, b, x));
    const cmp = (f: (a: PySet, b: PySet) => boolean) => (self: PyObject, args: PyObject[]) => (isSetLike(rt, args[0]) ? rt.newBool(f(self as PySet, args[0] as PySet)) : rt.notImplemented());
    defMethod(T, '__eq__', cmp((a, b) => a.used === b.used && subset(a, b)));
    defMethod(T, '__ne__', cmp((a, b) => !(a.used === b.used && subset(a, b))));
    defMethod(T, '__le__', cmp(subset));
    defMethod(T, '__lt__', cmp((a, b) => a.used < b.used && subset(a, b)));
    defMethod(T, '__ge__', cmp((a, b) => subset(b, a)));
    defMethod(T, '__gt__', cmp((a, b) => b.used < a.used && subset(b, a)));
    const many = (f: (acc: PyObject[], other: PySet) => PyObject[]) => (self: PyObject, args: PyObject[]) => {
      let acc = members(rt, self);
      for (const a of args) {
        const other = a instanceof PySet ? (a.refcnt++, a) : make(rt, rt.t.set, iterateToArray(rt, a));
        const next = f(acc, other);
        for (const x of acc) rt.decref(x);
        acc = next;
        rt.decref(other);
      }
      return sameKind(self, acc);
    };
    defMethod(T, 'union', many((acc, o) => [...acc, ...setMembers(o)].map((x) => (x.refcnt++, x))));
    defMethod(T, 'intersection', many((acc, o) => acc.filter((x) => contains(rt, o, x)).map((x) => (x.refcnt++, x))));
    defMethod(T, 'difference', many((acc, o) => acc.filter((x) => !contains(rt, o, x)).map((x) => (x.refcnt++, x))));
    defMethod(T, 'symmetric_difference', (self, args) => {
      checkArgCount(rt, 'symmetric_difference', args, 1, 1);
      const o = make(rt, rt.t.set, members(rt, args[0]));
      try { return sameKind(self, sym(self as PySet, o)); } finally { rt.decref(o); }
    });
    defMethod(T, 'issubset', (self, args) => { const o = make(rt, rt.t.set, members(rt, args[0])); try { return rt.newBool(subset(self as PySet, o)); } finally { rt.decref(o); } });
    defMethod(T, 'issuperset', (self, args) => { const o = make(rt, rt.t.set, members(rt, args[0])); try { return rt.newBool(subset(o, self as PySet)); } finally { rt.decref(o); } });
    defMethod(T, 'isdisjoint', (self, args) => { const m = members(rt, args[0]); try { return rt.newBool(!m.some((x) => contains(rt, self as PySet, x))); } finally { for (const x of m) rt.decref(x); } });
    defMethod(T, 'copy', (self) => { if (frozen && self.type === rt.t.frozenset) { self.refcnt++; return self; } return make(rt, self.type, members(rt, self)); });
    defMethod(T, '__reduce__', (self) => { const l = rt.newList(members(rt, self)); self.type.refcnt++; return rt.newTuple([self.type, rt.newTuple([l]), rt.none()]); });
    if (frozen) {
      defMethod(T, '__hash__', (self) => {
        const s = self as PySet;
        return rt.newInt(frozensetHash(rt, s));
      });
      continue;
    }
    dictSetStr(rt, T.dict, '__hash__', rt.None);
    defMethod(T, 'add', (self, args) => { checkArgCount(rt, 'set.add()', args, 1, 1); setAddImpl(rt, self as PySet, args[0]); return rt.none(); });
    defMethod(T, 'discard', (self, args) => { setDiscard(rt, self as PySet, args[0]); return rt.none(); });
    defMethod(T, 'remove', (self, args) => { if (!setDiscard(rt, self as PySet, args[0])) rt.raiseKeyError(args[0]); return rt.none(); });
    defMethod(T, 'pop', (self) => {
      const s = self as PySet;
      if (s.used === 0) rt.raise(rt.t.KeyError, 'pop from an empty set');
      // set_pop: scan from the saved finger.
      const f = s as PySet & { finger?: number };
      let i = (f.finger ?? 0) & (s.tableSize - 1);
      while (s.table[i] === null || s.table[i] === 'dummy') i = (i + 1) & (s.tableSize - 1);
      const key = s.table[i] as PyObject;
      s.table[i] = 'dummy';
      s.used--;
      f.finger = i + 1;
      return key;
    });
    defMethod(T, 'clear', (self) => { setClear(rt, self as PySet); return rt.none(); });
    defMethod(T, 'update', (self, args) => { for (const a of args) for (const x of members(rt, a)) { setAddImpl(rt, self as PySet, x); rt.decref(x); } return rt.none(); });
    const inplace = (f: (s: PySet, o: PySet) => void) => (self: PyObject, args: PyObject[]) => {
      if (!isSetLike(rt, args[0])) return rt.notImplemented();
      f(self as PySet, args[0] as PySet);
      self.refcnt++;
      return self;
    };
    const keepOnly = (s: PySet, keep: (x: PyObject) => boolean) => { for (const x of setMembers(s)) if (!keep(x)) setDiscard(rt, s, x); };
    defMethod(T, '__ior__', inplace((s, o) => { for (const x of setMembers(o)) setAddImpl(rt, s, x); }));
    defMethod(T, '__iand__', inplace((s, o) => keepOnly(s, (x) => contains(rt, o, x))));
    defMethod(T, '__isub__', inplace((s, o) => { for (const x of setMembers(o)) setDiscard(rt, s, x); }));
    defMethod(T, '__ixor__', inplace((s, o) => { for (const x of setMembers(o)) if (!setDiscard(rt, s, x)) setAddImpl(rt, s, x); }));
    defMethod(T, 'intersection_update', (self, args) => { for (const a of args) { const o = make(rt, rt.t.set, members(rt, a)); keepOnly(self as PySet, (x) => contains(rt, o, x)); rt.decref(o); } return rt.none(); });
    defMethod(T, 'difference_update', (self, args) => { for (const a of args) for (const x of members(rt, a)) { setDiscard(rt, self as PySet, x); rt.decref(x); } return rt.none(); });
    defMethod(T, 'symmetric_difference_update', (self, args) => {
      const o = make(rt, rt.t.set, members(rt, args[0]));
      for (const x of setMembers(o)) if (!setDiscard(rt, self as PySet, x)) setAddImpl(rt, self as PySet, x);
      rt.decref(o);
      return rt.none();
    });
  }
  void setResize;
}
