// types.UnionType: what `int | None`, `int | str | list[int]` evaluate to in 3.11
// (type.__or__, GenericAlias.__or__), with its repr, __args__, isinstance/issubclass
// rules, equality and hash. cf. Objects/unionobject.c. Type variables are not
// simulated, so __parameters__ is always ().

import { PyObject } from './object';
import type { PyTuple } from './core';
import { PyType } from './type';
import type { Runtime } from '../runtime';
import { defGetSet, defMethod } from './native';
import { makeStaticType } from './typesetup';
import { richCompareBool, hashObjectBig } from '../vm/abstract';
import { PyGenericAlias, reprItem } from './genericAlias';

export class PyUnion extends PyObject {
  constructor(type: PyType, public args: PyTuple) { super(type); }
}

export function installUnionType(rt: Runtime): void {
  const was = rt.initializing;
  rt.initializing = true;
  // sizeof(unionobject): args, parameters (PyObject_HEAD + 2 pointers, +16 GC header counted by the allocator).
  const UT = makeStaticType(rt, 'UnionType', { module: 'types', layout: 'types.UnionType', gc: true, basicsize: 32, baseType: false });
  rt.initializing = was;
  rt.t.UnionType = UT;
  UT.traverse = (o, visit) => visit((o as PyUnion).args);
  UT.dealloc = (o) => rt.decref((o as PyUnion).args);

  /** is_unionable: None, a type, a GenericAlias or a union. */
  const unionable = (o: PyObject) => o === rt.None || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnion;
  /** _Py_union_type_or / dedup_and_flatten_args: flatten, drop duplicates (aliases by ==), None as
   *  type(None); a single distinct member is itself. */
  const makeUnion = (a: PyObject, b: PyObject): PyObject => {
    if (!unionable(a) || !unionable(b)) return rt.notImplemented();
    const flat: PyObject[] = [];
    for (const x of [a, b]) {
      const items = x instanceof PyUnion ? x.args.items : [x === rt.None ? rt.t.NoneType : x];
      for (const it of items) {
        const dup = flat.some((f) => f === it || (f instanceof PyGenericAlias && it instanceof PyGenericAlias && richCompareBool(rt, f, it, 2)));
        if (!dup) flat.push(it);
      }
    }
    if (flat.length === 1) { flat[0].refcnt++; return flat[0]; }
    for (const x of flat) x.refcnt++;
    const u = new PyUnion(UT, rt.newTuple(flat));
    rt.allocObject(u, UT.basicsize);
    rt.gc.track(u);
    return u;
  };
  for (const T of [rt.t.type, rt.t.GenericAlias, UT]) {
    defMethod(T, '__or__', (self, args) => makeUnion(self, args[0]));
    defMethod(T, '__ror__', (self, args) => makeUnion(args[0], self));
  }
  // cf. union_repr / union_repr_item: NoneType shows as None.
  defMethod(UT, '__repr__', (self) => rt.newStr((self as PyUnion).args.items.map((p) => (p === rt.t.NoneType ? 'None' : reprItem(rt, p))).join(' | ')));
  defGetSet(UT, '__args__', (self) => { const a = (self as PyUnion).args; a.refcnt++; return a; });
  defGetSet(UT, '__parameters__', () => rt.newTuple([]));
  // union_richcompare: equal as sets of members.
  const sameUnion = (a: PyUnion, b: PyUnion) => a.args.items.length === b.args.items.length
    && a.args.items.every((x) => b.args.items.some((y) => x === y || richCompareBool(rt, x, y, 2)));
  defMethod(UT, '__eq__', (self, args) => (args[0] instanceof PyUnion ? rt.newBool(sameUnion(self as PyUnion, args[0])) : rt.notImplemented()));
  defMethod(UT, '__ne__', (self, args) => (args[0] instanceof PyUnion ? rt.newBool(!sameUnion(self as PyUnion, args[0])) : rt.notImplemented()));
  // union_hash: hash(frozenset(args)).
  defMethod(UT, '__hash__', (self) => {
    const fs = rt.call(rt.t.frozenset, [(self as PyUnion).args]);
    try { return rt.newInt(hashObjectBig(rt, fs)); } finally { rt.decref(fs); }
  });
}
