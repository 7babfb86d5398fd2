// set and frozenset methods, cf. Objects/setobject.c. Each operation follows its
// CPython counterpart step by step (which operand is iterated, when a table is
// presized or rebuilt), because that decides both the result's iteration order
// and its sys.getsizeof.

import type { PyObject } from './object';
import { PySet } from './core';
import { PyDict } from './dict';
import type { Runtime } from '../runtime';
import { defMethod, checkArgCount } from './native';
import {
  newSet, makeNewSet, baseSetType, setAddImpl, setAddEntry, setFind, setLookkey, setDiscard, setDiscardEntry,
  setMembers, setEntries, setClear, setResize, setUpdateInternal, setSwapBodies, setHash,
} from './set';
import { hashObjectBig, getIter, iterNext, iterateToArray } from '../vm/abstract';
import { dictSetStr, dictLookup } from './dictops';

const anySet = (o: PyObject): o is PySet => o instanceof PySet;

/** set_contains: an unhashable set is looked up as a frozenset. */
function contains(rt: Runtime, s: PySet, k: PyObject): boolean {
  try {
    return setFind(rt, s, k) >= 0;
  } catch (e) {
    if (k instanceof PySet && k.type.isSubtypeOf(rt.t.set)) {
      const tmp = makeNewSet(rt, rt.t.frozenset, k);
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

/** set_copy: a new set (or frozenset) of the base type, merged from so. */
function setCopy(rt: Runtime, so: PySet): PySet {
  return makeNewSet(rt, baseSetType(rt, so.type), so);
}

/** set_intersection: iterate the smaller set (or the iterable), adding common keys. */
function setIntersection(rt: Runtime, so: PySet, other: PyObject): PySet {
  if (so === other) return setCopy(rt, so);
  const result = newSet(rt, baseSetType(rt, so.type));
  try {
    if (anySet(other)) {
      let a = so; let b = other;
      if (b.used > a.used) [a, b] = [b, a];
      for (const [k, h] of setEntries(b)) {
        k.refcnt++;
        try { if (setLookkey(rt, a, k, h) >= 0) setAddEntry(rt, result, k, h); } finally { rt.decref(k); }
      }
      return result;
    }
    const it = getIter(rt, other);
    try {
      for (;;) {
        const k = iterNext(rt, it);
        if (k === null) break;
        try {
          const h = setHash(rt, k);
          if (setLookkey(rt, so, k, h) >= 0) {
            setAddEntry(rt, result, k, h);
            if (result.used >= so.used) break;
          }
        } finally { rt.decref(k); }
      }
    } finally { rt.decref(it); }
    return result;
  } catch (e) { rt.decref(result); throw e; }
}

/** set_intersection_multi */
function setIntersectionMulti(rt: Runtime, so: PySet, args: PyObject[]): PySet {
  if (args.length === 0) return setCopy(rt, so);
  so.refcnt++;
  let result: PySet = so;
  for (const other of args) {
    let next: PySet;
    try { next = setIntersection(rt, result, other); } catch (e) { rt.decref(result); throw e; }
    rt.decref(result);
    result = next;
  }
  return result;
}

/** set_intersection_update(_multi): compute the intersection, then swap tables with it. */
function setIntersectionUpdate(rt: Runtime, so: PySet, tmp: PySet): void {
  setSwapBodies(rt, so, tmp);
  rt.decref(tmp);
}

/** set_difference_update_internal; rebuilds the table when more than a quarter is dummies. */
function setDifferenceUpdateInternal(rt: Runtime, so: PySet, other: PyObject): void {
  if (so === other) { setClear(rt, so); return; }
  if (anySet(other)) {
    // When the other set is more than 8 times larger, use the intersection instead.
    const o = (other.used >> 3) > so.used ? setIntersection(rt, so, other) : (other.refcnt++, other);
    try {
      for (const [k, h] of setEntries(o)) { k.refcnt++; try { setDiscardEntry(rt, so, k, h); } finally { rt.decref(k); } }
    } finally { rt.decref(o); }
  } else {
    const it = getIter(rt, other);
    try {
      for (;;) {
        const k = iterNext(rt, it);
        if (k === null) break;
        try { setDiscard(rt, so, k); } finally { rt.decref(k); }
      }
    } finally { rt.decref(it); }
  }
  if (so.fill - so.used <= (so.tableSize - 1) >> 2) return;
  setResize(rt, so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

/** set_copy_and_difference */
function setCopyAndDifference(rt: Runtime, so: PySet, other: PyObject): PySet {
  const r = setCopy(rt, so);
  try { setDifferenceUpdateInternal(rt, r, other); } catch (e) { rt.decref(r); throw e; }
  return r;
}

/** set_difference */
function setDifference(rt: Runtime, so: PySet, other: PyObject): PySet {
  const isDict = other instanceof PyDict && other.type === rt.t.dict;
  if (!anySet(other) && !isDict) return setCopyAndDifference(rt, so, other);
  const otherSize = anySet(other) ? other.used : (other as PyDict).used;
  if ((so.used >> 2) > otherSize) return setCopyAndDifference(rt, so, other);
  const result = newSet(rt, baseSetType(rt, so.type));
  try {
    for (const [k, h] of setEntries(so)) {
      k.refcnt++;
      try {
        const found = isDict ? dictLookup(rt, other as PyDict, k) >= 0 : setLookkey(rt, other as PySet, k, h) >= 0;
        if (!found) setAddEntry(rt, result, k, h);
      } finally { rt.decref(k); }
    }
  } catch (e) { rt.decref(result); throw e; }
  return result;
}

/** set_difference_multi */
function setDifferenceMulti(rt: Runtime, so: PySet, args: PyObject[]): PySet {
  if (args.length === 0) return setCopy(rt, so);
  const result = setDifference(rt, so, args[0]);
  try { for (const o of args.slice(1)) setDifferenceUpdateInternal(rt, result, o); } catch (e) { rt.decref(result); throw e; }
  return result;
}

/** set_symmetric_difference_update: discard each key of other that is present, add the others. */
function setSymmetricDifferenceUpdate(rt: Runtime, so: PySet, other: PyObject): void {
  if (so === other) { setClear(rt, so); return; }
  let entries: Array<[PyObject, bigint]>;
  let holder: PySet | null = null;
  if (other instanceof PyDict && other.type === rt.t.dict) {
    entries = other.keys.filter((k): k is PyObject => k !== null).map((k) => [k, setHash(rt, k)]);
  } else {
    holder = anySet(other) ? (other.refcnt++, other) : makeNewSet(rt, baseSetType(rt, so.type), other);
    entries = setEntries(holder);
  }
  for (const [k] of entries) k.refcnt++;
  try {
    for (const [k, h] of entries) if (!setDiscardEntry(rt, so, k, h)) setAddEntry(rt, so, k, h);
  } finally {
    for (const [k] of entries) rt.decref(k);
    if (holder !== null) rt.decref(holder);
  }
}

/** set_symmetric_difference: a new set from other, updated with so. */
function setSymmetricDifference(rt: Runtime, so: PySet, other: PyObject): PySet {
  const r = makeNewSet(rt, baseSetType(rt, so.type), other);
  try { setSymmetricDifferenceUpdate(rt, r, so); } catch (e) { rt.decref(r); throw e; }
  return r;
}

/** set_issubset */
function isSubset(rt: Runtime, so: PySet, other: PyObject): boolean {
  if (!anySet(other)) {
    const tmp = setIntersection(rt, so, other);
    const r = tmp.used === so.used;
    rt.decref(tmp);
    return r;
  }
  if (so.used > other.used) return false;
  for (const [k, h] of setEntries(so)) {
    k.refcnt++;
    try { if (setLookkey(rt, other, k, h) < 0) return false; } finally { rt.decref(k); }
  }
  return true;
}

/** set_issuperset */
function isSuperset(rt: Runtime, so: PySet, other: PyObject): boolean {
  if (anySet(other)) return isSubset(rt, other, so);
  const it = getIter(rt, other);
  try {
    for (;;) {
      const k = iterNext(rt, it);
      if (k === null) return true;
      try { if (!contains(rt, so, k)) return false; } finally { rt.decref(k); }
    }
  } finally { rt.decref(it); }
}

/** set_isdisjoint */
function isDisjoint(rt: Runtime, so: PySet, other: PyObject): boolean {
  if (so === other) return so.used === 0;
  if (other.type === rt.t.set || other.type === rt.t.frozenset) {
    let a = so; let b = other as PySet;
    if (b.used > a.used) [a, b] = [b, a];
    for (const [k, h] of setEntries(b)) {
      k.refcnt++;
      try { if (setLookkey(rt, a, k, h) >= 0) return false; } finally { rt.decref(k); }
    }
    return true;
  }
  const it = getIter(rt, other);
  try {
    for (;;) {
      const k = iterNext(rt, it);
      if (k === null) return true;
      try { if (contains(rt, so, k)) return false; } finally { rt.decref(k); }
    }
  } finally { rt.decref(it); }
}

export function installSetTypes(rt: Runtime): void {
  for (const T of [rt.t.set, rt.t.frozenset]) {
    const frozen = T === rt.t.frozenset;
    T.newFn = (type, args, kw) => {
      if (!frozen) return newSet(rt, type); // set_new: filled by set_init
      if (type === rt.t.frozenset) {
        if (kw && kw.length) rt.typeError('frozenset() takes no keyword arguments');
        checkArgCount(rt, 'frozenset', args, 0, 1);
      }
      // make_new_frozenset: frozenset(f) is idempotent for an exact frozenset.
      if (type === rt.t.frozenset && args.length && args[0].type === rt.t.frozenset) { args[0].refcnt++; return args[0]; }
      return makeNewSet(rt, type, args.length ? args[0] : null);
    };
    if (!frozen) {
      defMethod(T, '__init__', (self, args, kw) => {
        if (kw && kw.length) rt.typeError('set() takes no keyword arguments');
        checkArgCount(rt, 'set', args, 0, 1);
        const s = self as PySet;
        if (s.fill) setClear(rt, s);
        s.hash = -1;
        if (args.length) setUpdateInternal(rt, s, args[0]);
        return rt.none();
      });
    }
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
    // nb_or, nb_and, nb_sub, nb_xor: the left operand decides; both must be sets.
    const binop = (f: (a: PySet, b: PySet) => PyObject) => (a: PyObject, b: PyObject): PyObject =>
      (anySet(a) && anySet(b) ? f(a, b) : rt.notImplemented());
    const or = binop((a, b) => { const r = setCopy(rt, a); if (a !== b) { try { setUpdateInternal(rt, r, b); } catch (e) { rt.decref(r); throw e; } } return r; });
    const and = binop((a, b) => setIntersection(rt, a, b));
    const sub = binop((a, b) => setDifference(rt, a, b));
    const xor = binop((a, b) => setSymmetricDifference(rt, a, b));
    for (const [n, f] of [['or', or], ['and', and], ['sub', sub], ['xor', xor]] as const) {
      defMethod(T, `__${n}__`, (self, args) => f(self, args[0]));
      defMethod(T, `__r${n}__`, (self, args) => f(args[0], self));
    }
    const cmp = (f: (a: PySet, b: PySet) => boolean) => (self: PyObject, args: PyObject[]) => (anySet(args[0]) ? rt.newBool(f(self as PySet, args[0] as PySet)) : rt.notImplemented());
    const eq = (a: PySet, b: PySet) => a.used === b.used && isSubset(rt, a, b);
    defMethod(T, '__eq__', cmp(eq));
    defMethod(T, '__ne__', cmp((a, b) => !eq(a, b)));
    defMethod(T, '__le__', cmp((a, b) => isSubset(rt, a, b)));
    defMethod(T, '__lt__', cmp((a, b) => a.used < b.used && isSubset(rt, a, b)));
    defMethod(T, '__ge__', cmp((a, b) => isSuperset(rt, a, b)));
    defMethod(T, '__gt__', cmp((a, b) => a.used > b.used && isSuperset(rt, a, b)));
    defMethod(T, 'union', (self, args) => {
      const r = setCopy(rt, self as PySet);
      try { for (const o of args) if (o !== self) setUpdateInternal(rt, r, o); } catch (e) { rt.decref(r); throw e; }
      return r;
    });
    defMethod(T, 'intersection', (self, args) => setIntersectionMulti(rt, self as PySet, args));
    defMethod(T, 'difference', (self, args) => setDifferenceMulti(rt, self as PySet, args));
    defMethod(T, 'symmetric_difference', (self, args) => {
      checkArgCount(rt, 'symmetric_difference', args, 1, 1);
      return setSymmetricDifference(rt, self as PySet, args[0]);
    });
    defMethod(T, 'issubset', (self, args) => rt.newBool(isSubset(rt, self as PySet, args[0])));
    defMethod(T, 'issuperset', (self, args) => rt.newBool(isSuperset(rt, self as PySet, args[0])));
    defMethod(T, 'isdisjoint', (self, args) => rt.newBool(isDisjoint(rt, self as PySet, args[0])));
    defMethod(T, 'copy', (self) => {
      if (frozen && self.type === rt.t.frozenset) { self.refcnt++; return self; } // frozenset_copy
      return setCopy(rt, self as PySet);
    });
    defMethod(T, '__reduce__', (self) => { const l = rt.newList(iterateToArray(rt, self)); self.type.refcnt++; return rt.newTuple([self.type, rt.newTuple([l]), rt.none()]); });
    if (frozen) {
      defMethod(T, '__hash__', (self) => rt.newInt(frozensetHash(rt, self as PySet)));
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
      s.thashes[i] = -1n;
      s.used--;
      f.finger = i + 1;
      return key;
    });
    defMethod(T, 'clear', (self) => { setClear(rt, self as PySet); return rt.none(); });
    defMethod(T, 'update', (self, args) => { for (const a of args) setUpdateInternal(rt, self as PySet, a); return rt.none(); });
    // In-place operators take only sets (set_ior, set_iand, set_isub, set_ixor).
    const inplace = (f: (s: PySet, o: PySet) => void) => (self: PyObject, args: PyObject[]) => {
      if (!anySet(args[0])) return rt.notImplemented();
      f(self as PySet, args[0]);
      self.refcnt++;
      return self;
    };
    defMethod(T, '__ior__', inplace((s, o) => setUpdateInternal(rt, s, o)));
    defMethod(T, '__iand__', inplace((s, o) => setIntersectionUpdate(rt, s, setIntersection(rt, s, o))));
    defMethod(T, '__isub__', inplace((s, o) => setDifferenceUpdateInternal(rt, s, o)));
    defMethod(T, '__ixor__', inplace((s, o) => setSymmetricDifferenceUpdate(rt, s, o)));
    defMethod(T, 'intersection_update', (self, args) => { setIntersectionUpdate(rt, self as PySet, setIntersectionMulti(rt, self as PySet, args)); return rt.none(); });
    defMethod(T, 'difference_update', (self, args) => { for (const a of args) setDifferenceUpdateInternal(rt, self as PySet, a); return rt.none(); });
    defMethod(T, 'symmetric_difference_update', (self, args) => {
      checkArgCount(rt, 'symmetric_difference_update', args, 1, 1);
      setSymmetricDifferenceUpdate(rt, self as PySet, args[0]);
      return rt.none();
    });
  }
}
