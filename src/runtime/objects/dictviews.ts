// dict_keys, dict_values and dict_items: live views of a dict, their set operations and
// comparisons (keys and items behave as sets), containment, reversed() and .mapping.
// cf. Objects/dictobject.c dictview_new, dictkeys_contains, dictitems_contains,
// dictview_richcompare, all_contained_in, _PyDictView_Intersect, dictviews_sub/or/xor,
// dictitems_xor, dictviews_isdisjoint, dictkeys_reversed.

import type { PyObject } from './object';
import { PyDict } from './dict';
import { PyTuple } from './core';
import type { Runtime } from '../runtime';
import { defGetSet, defMethod, checkMethO } from './native';
import { dictLookup, dictDelAt, dictItems, dictSetStr } from './dictops';
import { contains, iterateToArray, richCompareBool, getIter, iterNext } from '../vm/abstract';
import { callObject } from '../vm/call';
import { getAttr } from '../vm/attributes';

type What = 'keys' | 'values' | 'items';
type View = PyObject & { mapping: PyDict };

declare module '../runtime' {
  interface Runtime {
    dictView(d: PyDict, what: What): PyObject;
  }
}

export function installDictViews(rt: Runtime): void {
  rt.dictView = function (this: Runtime, d, what) {
    const t = this.t[`dict_${what}`];
    const view = Object.assign(Object.create(Object.getPrototypeOf(this.None)), { type: t, refcnt: 1, addr: 0, gcGen: -1, gcRefs: 0, weakrefs: null, mapping: d }) as View;
    d.refcnt++;
    this.allocObject(view, 24);
    this.gc.track(view);
    return view;
  };
  const isSetView = (o: PyObject): o is View => o.type === rt.t.dict_keys || o.type === rt.t.dict_items;
  const isAnySet = (o: PyObject): boolean => o.type.isSubtypeOf(rt.t.set) || o.type.isSubtypeOf(rt.t.frozenset);
  const callMethod = (o: PyObject, name: string, args: PyObject[]): PyObject => {
    const m = getAttr(rt, o, name);
    try { return callObject(rt, m, args, null); } finally { rt.decref(m); }
  };

  // cf. dictitems_contains: (key, value) is in the items when d[key] == value.
  const itemsContains = (d: PyDict, o: PyObject): boolean => {
    if (!(o instanceof PyTuple) || o.items.length !== 2) return false;
    const i = dictLookup(rt, d, o.items[0]);
    if (i < 0) return false;
    const found = d.values[i]!;
    found.refcnt++;
    try { return richCompareBool(rt, found, o.items[1], 2); } finally { rt.decref(found); }
  };
  const viewContains = (v: View, o: PyObject): boolean =>
    (v.type === rt.t.dict_keys ? dictLookup(rt, v.mapping, o) >= 0 : itemsContains(v.mapping, o));

  // cf. dictviews_to_set: PySet_New(left) (a keys view of an exact dict: the dict itself).
  const toSet = (left: PyObject): PyObject => {
    const src = left.type === rt.t.dict_keys && (left as View).mapping.type === rt.t.dict ? (left as View).mapping : left;
    return rt.call(rt.t.set, [src]);
  };
  const viaSet = (method: string) => (left: PyObject, right: PyObject): PyObject => {
    const result = toSet(left);
    try { rt.decref(callMethod(result, method, [right])); } catch (e) { rt.decref(result); throw e; }
    return result;
  };
  const sub = viaSet('difference_update');
  const or = viaSet('update');
  const xorSets = viaSet('symmetric_difference_update');
  const xor = (left: PyObject, right: PyObject): PyObject =>
    (left.type === rt.t.dict_items && right.type === rt.t.dict_items ? itemsXor(left as View, right as View) : xorSets(left, right));

  // cf. _PyDictView_Intersect
  const and = (a: PyObject, b: PyObject): PyObject => {
    let self = a; let other = b;
    if (!isSetView(self)) { self = b; other = a; }
    const lenSelf = (self as View).mapping.used;
    if (other.type === rt.t.set && lenSelf <= rt.length(other)) return callMethod(other, 'intersection', [self]);
    if (isSetView(other) && other.mapping.used > lenSelf) { const t = other; other = self; self = t; }
    const result = rt.call(rt.t.set, []);
    try {
      const it = getIter(rt, other);
      try {
        for (;;) {
          const key = iterNext(rt, it);
          if (key === null) break;
          try { if (viewContains(self as View, key)) rt.decref(callMethod(result, 'add', [key])); } finally { rt.decref(key); }
        }
      } finally { rt.decref(it); }
    } catch (e) { rt.decref(result); throw e; }
    return result;
  };

  // cf. dictitems_xor
  const itemsXor = (self: View, other: View): PyObject => {
    const temp = callMethod(self.mapping, 'copy', []) as PyDict;
    const result = rt.call(rt.t.set, []);
    try {
      for (const [key, val2] of dictItems(other.mapping)) {
        key.refcnt++; val2.refcnt++;
        try {
          const i = dictLookup(rt, temp, key);
          const toDelete = i >= 0 && richCompareBool(rt, temp.values[i]!, val2, 2);
          if (toDelete) dictDelAt(rt, temp, dictLookup(rt, temp, key));
          else {
            key.refcnt++; val2.refcnt++;
            const pair = rt.newTuple([key, val2]);
            try { rt.decref(callMethod(result, 'add', [pair])); } finally { rt.decref(pair); }
          }
        } finally { rt.decref(key); rt.decref(val2); }
      }
      const remaining = rt.dictView(temp, 'items');
      try { rt.decref(callMethod(result, 'update', [remaining])); } finally { rt.decref(remaining); }
    } catch (e) { rt.decref(result); throw e; } finally { rt.decref(temp); }
    return result;
  };

  // cf. all_contained_in: every item of `a` is in `b` (PySequence_Contains).
  const allContainedIn = (a: PyObject, b: PyObject): boolean => {
    const items = iterateToArray(rt, a);
    try { return items.every((x) => contains(rt, b, x)); } finally { for (const x of items) rt.decref(x); }
  };
  // cf. dictview_richcompare
  const compare = (op: number) => (self: PyObject, args: PyObject[]): PyObject => {
    const other = args[0];
    if (!isAnySet(other) && !isSetView(other)) return rt.notImplemented();
    const ls = rt.length(self);
    const lo = rt.length(other);
    let ok = false;
    switch (op) {
      case 2: case 3: ok = ls === lo && allContainedIn(self, other); if (op === 3) ok = !ok; break;
      case 0: ok = ls < lo && allContainedIn(self, other); break;
      case 1: ok = ls <= lo && allContainedIn(self, other); break;
      case 4: ok = ls > lo && allContainedIn(other, self); break;
      case 5: ok = ls >= lo && allContainedIn(other, self); break;
    }
    return rt.newBool(ok);
  };

  for (const what of ['keys', 'values', 'items'] as const) {
    const t = rt.t[`dict_${what}`];
    const view = (o: PyObject) => o as View;
    t.dealloc = (o) => rt.decref(view(o).mapping);
    t.traverse = (o, visit) => visit(view(o).mapping);
    defMethod(t, '__iter__', (self) => rt.dictIter(view(self).mapping, what));
    defMethod(t, '__len__', (self) => rt.newInt(view(self).mapping.used));
    defMethod(t, '__repr__', (self) => {
      const items = iterateToArray(rt, self);
      const s = `dict_${what}([${items.map((x) => rt.repr(x)).join(', ')}])`;
      for (const x of items) rt.decref(x);
      return rt.newStr(s);
    });
    defMethod(t, '__reversed__', (self) => reversedView(rt, view(self).mapping, what));
    defGetSet(t, 'mapping', (self) => rt.newMappingProxy(view(self).mapping));
    if (what === 'values') continue;
    defMethod(t, '__contains__', (self, args) => rt.newBool(viewContains(view(self), args[0])));
    const binop = (name: string, f: (a: PyObject, b: PyObject) => PyObject) => {
      defMethod(t, `__${name}__`, (self, args) => f(self, args[0]));
      defMethod(t, `__r${name}__`, (self, args) => f(args[0], self));
    };
    binop('sub', sub);
    binop('and', and);
    binop('or', or);
    binop('xor', xor);
    ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((n, op) => defMethod(t, n, compare(op)));
    dictSetStr(rt, t.dict, '__hash__', rt.None);
    // cf. dictviews_isdisjoint
    defMethod(t, 'isdisjoint', (self, args, kw) => {
      checkMethO(rt, 'isdisjoint()', args, kw);
      let a: PyObject = self; let b = args[0];
      if (a === b) return rt.newBool(view(a).mapping.used === 0);
      if ((isAnySet(b) || isSetView(b)) && rt.length(b) > view(a).mapping.used) { const x = a; a = b; b = x; }
      const items = iterateToArray(rt, b);
      try { return rt.newBool(!items.some((x) => contains(rt, a, x))); } finally { for (const x of items) rt.decref(x); }
    });
  }
}

/** reversed(d.keys()) / values / items. cf. dictkeys_reversed, dictreviter_iternext */
function reversedView(rt: Runtime, d: PyDict, what: What): PyObject {
  let i = d.keys.length - 1;
  const used = d.used;
  const name = what === 'keys' ? 'dict_reversekeyiterator' : what === 'values' ? 'dict_reversevalueiterator' : 'dict_reverseitemiterator';
  return rt.newNativeIter(name, () => {
    if (d.used !== used) { i = -1; rt.raise(rt.t.RuntimeError, 'dictionary changed size during iteration'); }
    while (i >= 0 && d.keys[i] === null) i--;
    if (i < 0) return null;
    const k = d.keys[i]!; const v = d.values[i]!;
    i--;
    if (what === 'keys') { k.refcnt++; return k; }
    if (what === 'values') { v.refcnt++; return v; }
    k.refcnt++; v.refcnt++;
    return rt.newTuple([k, v]);
  }, [d], 56);
}
