// types.GenericAlias: what list[int], dict[str, int] and the other builtin generics' __class_getitem__
// return. cf. Objects/genericaliasobject.c (3.11): ga_new, ga_repr, ga_call, ga_getattro,
// ga_richcompare, ga_hash, ga_mro_entries, ga_getitem, ga_instancecheck.

import { PyObject, PyRaise } from './object';
import { PyType } from './type';
import { PyStr, PyTuple } from './core';
import type { Runtime } from '../runtime';
import { makeStaticType } from './typesetup';
import { defGetSet, defMethod } from './native';
import { genericGetAttr, getAttr, getAttrOrNull, setAttr } from '../vm/attributes';
import { callObject } from '../vm/call';
import { hashObject, richCompareBool } from '../vm/abstract';

export class PyGenericAlias extends PyObject {
  /** __parameters__, computed on first use. */
  parameters: PyTuple | null = null;
  constructor(type: PyType, public origin: PyObject, public args: PyTuple) { super(type); }
}

/** Attributes a GenericAlias answers itself; any other name is looked up on the origin. */
const ATTR_EXCEPTIONS = new Set(['__class__', '__origin__', '__args__', '__unpacked__', '__parameters__',
  '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__']);

declare module '../runtime' {
  interface Runtime {
    /** GenericAlias(origin, args): a new reference. */
    newGenericAlias(origin: PyObject, args: PyObject): PyObject;
  }
}

export function installGenericAlias(rt: Runtime): void {
  const was = rt.initializing;
  rt.initializing = true;
  // sizeof(gaobject): origin, args, parameters, weakreflist, starred, vectorcall.
  const G = makeStaticType(rt, 'GenericAlias', { layout: 'genericalias', gc: true, basicsize: 64, baseType: false, module: 'types' });
  rt.initializing = was;
  rt.t.GenericAlias = G;
  G.traverse = (o, visit) => {
    const g = o as PyGenericAlias;
    visit(g.origin); visit(g.args);
    if (g.parameters !== null) visit(g.parameters);
  };
  G.dealloc = (o) => {
    const g = o as PyGenericAlias;
    const parts: PyObject[] = [g.origin, g.args];
    if (g.parameters !== null) parts.push(g.parameters);
    g.parameters = null;
    for (const p of parts) rt.decref(p);
  };
  rt.newGenericAlias = (origin, args) => {
    let tuple: PyTuple;
    if (args instanceof PyTuple && args.type === rt.t.tuple) { args.refcnt++; tuple = args; }
    else { args.refcnt++; tuple = rt.newTuple([args]); }
    origin.refcnt++;
    const g = new PyGenericAlias(G, origin, tuple);
    rt.allocObject(g, 64);
    rt.gc.track(g);
    return g;
  };
  G.newFn = (type, args, kw) => {
    if (kw !== null && kw.length > 0) rt.typeError('GenericAlias() takes no keyword arguments');
    if (args.length !== 2) rt.typeError(`GenericAlias expected 2 arguments, got ${args.length}`);
    return rt.newGenericAlias(args[0], args[1]);
  };
  const ga = (o: PyObject) => o as PyGenericAlias;
  defGetSet(G, '__origin__', (self) => { const v = ga(self).origin; v.refcnt++; return v; });
  defGetSet(G, '__args__', (self) => { const v = ga(self).args; v.refcnt++; return v; });
  defGetSet(G, '__parameters__', (self) => {
    const g = ga(self);
    if (g.parameters === null) g.parameters = rt.newTuple([]);
    g.parameters.refcnt++;
    return g.parameters;
  });
  defGetSet(G, '__unpacked__', () => rt.newBool(false));
  defMethod(G, '__getattribute__', (self, args) => {
    const name = (args[0] as PyStr).v;
    if (!ATTR_EXCEPTIONS.has(name)) return getAttr(rt, ga(self).origin, name);
    return genericGetAttr(rt, self, name, false)!;
  });
  defMethod(G, '__repr__', (self) => rt.newStr(gaRepr(rt, ga(self))));
  // cf. ga_call: the origin is called, and the result gets __orig_class__ when it can take it.
  defMethod(G, '__call__', (self, args, kw) => {
    const obj = callObject(rt, ga(self).origin, args, kw);
    try {
      setAttr(rt, obj, '__orig_class__', self);
    } catch (e) {
      if (!(e instanceof PyRaise) || !(rt.isInstanceOf(e.exc, rt.t.AttributeError) || rt.isInstanceOf(e.exc, rt.t.TypeError))) {
        rt.decref(obj);
        throw e;
      }
      rt.decref(e.exc);
    }
    return obj;
  });
  defMethod(G, '__mro_entries__', (self) => { const o = ga(self).origin; o.refcnt++; return rt.newTuple([o]); });
  defMethod(G, '__instancecheck__', () => rt.typeError('isinstance() argument 2 cannot be a parameterized generic'));
  defMethod(G, '__subclasscheck__', () => rt.typeError('issubclass() argument 2 cannot be a parameterized generic'));
  defMethod(G, '__getitem__', (self) => rt.typeError(`${gaRepr(rt, ga(self))} is not a generic class`));
  const cmp = (op: number) => (self: PyObject, args: PyObject[]): PyObject => {
    const other = args[0];
    if (!(other instanceof PyGenericAlias)) return rt.notImplemented();
    const a = ga(self);
    const eq = richCompareBool(rt, a.origin, other.origin, 2) && richCompareBool(rt, a.args, other.args, 2);
    return rt.newBool(op === 2 ? eq : !eq);
  };
  defMethod(G, '__eq__', cmp(2));
  defMethod(G, '__ne__', cmp(3));
  defMethod(G, '__hash__', (self) => rt.newInt(hashCombine(hashObject(rt, ga(self).origin), hashObject(rt, ga(self).args))));
  defMethod(G, '__dir__', (self) => {
    const d = rt.callSpecialMethod(ga(self).origin, '__dir__', [])!;
    const names = new Set(rt.iterate(d).map((x) => { const s = (x as PyStr).v; rt.decref(x); return s; }));
    rt.decref(d);
    for (const n of ATTR_EXCEPTIONS) names.add(n);
    return rt.newList([...names].map((n) => rt.newStr(n)));
  });
}

/** ga_hash: hash(origin) ^ hash(args), as a Py_hash_t (-1 becomes -2). */
function hashCombine(a: number, b: number): number {
  const h = Number(BigInt.asIntN(64, BigInt(a) ^ BigInt(b)));
  return h === -1 ? -2 : h;
}

function gaRepr(rt: Runtime, g: PyGenericAlias): string {
  let out = reprItem(rt, g.origin) + '[';
  const items = g.args.items;
  if (items.length === 0) out += '()';
  out += items.map((a) => reprItem(rt, a)).join(', ');
  return out + ']';
}

/** cf. ga_repr_item: `...`, a generic alias's repr, a class's [module.]qualname, else repr(). */
export function reprItem(rt: Runtime, p: PyObject): string {
  if (p === rt.Ellipsis) return '...';
  const attr = (name: string): PyObject | null => getAttrOrNull(rt, p, name);
  const origin = attr('__origin__');
  if (origin !== null) {
    rt.decref(origin);
    const args = attr('__args__');
    if (args !== null) { rt.decref(args); return rt.repr(p); }
  }
  const qualname = attr('__qualname__');
  if (qualname === null) return rt.repr(p);
  try {
    const module = attr('__module__');
    if (module === null || module === rt.None) { if (module) rt.decref(module); return rt.repr(p); }
    try {
      if (module.type === rt.t.str && (module as PyStr).v === 'builtins') return rt.str(qualname);
      return `${rt.str(module)}.${rt.str(qualname)}`;
    } finally { rt.decref(module); }
  } finally { rt.decref(qualname); }
}

export { PyType };
