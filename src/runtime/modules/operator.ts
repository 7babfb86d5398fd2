// The simulated operator module. cf. Modules/_operator.c and Lib/operator.py (3.11).
//
// CPython's operator module re-exports _operator's C functions (so
// operator.add.__module__ is '_operator') plus the dunder aliases
// (operator.__add__ is operator.add). itemgetter, attrgetter and methodcaller
// are native types with the C structs' sizes, reprs and __reduce__.

import { PyObject, PyRaise } from '../objects/object';
import type { PyType, KwArgs } from '../objects/type';
import type { PyDict } from '../objects/dict';
import { PyInt, PyTuple, PyStr, PyModule, PyBytes, PyByteArray } from '../objects/core';
import type { Runtime } from '../runtime';
import { defFunction, defMethod } from '../objects/native';
import {
  binaryOp, unaryNegative, unaryPositive, unaryInvert, richCompare, isTrue, getItem, setItem, delItem, contains,
  getIter, iterNext, richCompareBool, callSpecial, lengthHint,
} from '../vm/abstract';
import { getAttr } from '../vm/attributes';
import { newDict, dictSetStr, dictItems } from '../objects/dictops';
import { strRepr } from '../objects/strmethods-unicode';
import { makeModule, makeType, defNew, allocNative, putNew, withStaticAllocation } from './nativeTypes';

type Fn = (args: PyObject[], kw: KwArgs) => PyObject;

export function installOperatorModule(rt: Runtime): void {
  rt.modules.register('_operator', makeCOperator);
  rt.modules.register('operator', makeOperator);
}

// ---- argument checks with _operator's messages ------------------------------------

function noKw(rt: Runtime, name: string, kw: KwArgs): void {
  if (kw !== null && kw.length > 0) rt.typeError(`_operator.${name}() takes no keyword arguments`);
}

/** METH_O: "_operator.neg() takes exactly one argument (0 given)". */
function one(rt: Runtime, name: string, args: PyObject[], kw: KwArgs): PyObject {
  noKw(rt, name, kw);
  if (args.length !== 1) rt.typeError(`_operator.${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

/** _PyArg_CheckPositional: "add expected 2 arguments, got 1". */
function exactly(rt: Runtime, name: string, args: PyObject[], kw: KwArgs, n: number): void {
  noKw(rt, name, kw);
  if (args.length !== n) rt.typeError(`${name} expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
}

// ---- sequence helpers (abstract.c) ---------------------------------------------------

/** Types with sq_concat: str, bytes, bytearray, list, tuple (and subclasses). */
function hasSqConcat(rt: Runtime, o: PyObject): boolean {
  return rt.isSequence(o);
}

/** PySequence_Check */
function isSequenceLike(rt: Runtime, o: PyObject): boolean {
  if (o.type.isSubtypeOf(rt.t.dict)) return false;
  return o.type.lookup('__getitem__') !== null;
}

/** PySequence_Concat / PySequence_InPlaceConcat */
function sequenceConcat(rt: Runtime, a: PyObject, b: PyObject, inplace: boolean): PyObject {
  if (inplace && hasSqConcat(rt, a) && a.type.lookup('__iadd__') !== null) return binaryOp(rt, a, b, 13);
  if (hasSqConcat(rt, a)) return binaryOp(rt, a, b, 0);
  if (isSequenceLike(rt, a) && isSequenceLike(rt, b)) {
    const name = inplace ? '__iadd__' : '__add__';
    const r = callSpecial(rt, a, name, [b]) ?? (inplace ? callSpecial(rt, a, '__add__', [b]) : null);
    if (r !== null && r !== rt.NotImplemented) return r;
    if (r !== null) rt.decref(r);
    const rr = callSpecial(rt, b, '__radd__', [a]);
    if (rr !== null && rr !== rt.NotImplemented) return rr;
    if (rr !== null) rt.decref(rr);
  }
  rt.typeError(`'${a.type.name}' object can't be concatenated`);
}

/** _PySequence_IterSearch for PY_ITERSEARCH_COUNT / PY_ITERSEARCH_INDEX. */
function iterSearch(rt: Runtime, seq: PyObject, obj: PyObject, count: boolean): number {
  let it: PyObject;
  try {
    it = getIter(rt, seq);
  } catch (e) {
    if (e instanceof PyRaise && e.exc.type.isSubtypeOf(rt.t.TypeError)) {
      rt.decref(e.exc);
      rt.typeError(`argument of type '${seq.type.name}' is not iterable`);
    }
    throw e;
  }
  let n = 0;
  let i = 0;
  try {
    for (;;) {
      const item = iterNext(rt, it);
      if (item === null) break;
      let eq: boolean;
      try { eq = richCompareBool(rt, item, obj, 2); } finally { rt.decref(item); }
      if (eq) {
        if (!count) return i;
        n++;
      }
      i++;
    }
  } finally {
    rt.decref(it);
  }
  if (!count) rt.valueError('sequence.index(x): x not in sequence');
  return n;
}

// ---- itemgetter, attrgetter, methodcaller ------------------------------------------------

/** The three callable types' instances: their owned references in `slots`. */
class OpObject extends PyObject {
  /** nitems / nattrs */
  n = 1;
  /** itemgetter's fast-path index (-1 unless the item is one non-negative int). */
  index = -1;
  constructor(type: PyType, public slots: Array<PyObject | null>) { super(type); }
}
/** itemgetter: slots [item] (the item, or the tuple of items). */
class ItemGetter extends OpObject {}
/** attrgetter: slots [attr] (a tuple of interned names or tuples of names). */
class AttrGetter extends OpObject {}
/** methodcaller: slots [name, args, kwds]. */
class MethodCaller extends OpObject {}

interface OperatorTypes { itemgetter: PyType; attrgetter: PyType; methodcaller: PyType }
const TYPES = new WeakMap<Runtime, OperatorTypes>();

export function operatorTypes(rt: Runtime): OperatorTypes {
  let t = TYPES.get(rt);
  if (t === undefined) {
    t = withStaticAllocation(rt, () => createTypes(rt));
    TYPES.set(rt, t);
  }
  return t;
}

function createTypes(rt: Runtime): OperatorTypes {
  const itemgetter = makeType(rt, 'operator', 'itemgetter', { basicsize: 48, baseType: false, doc:
    'itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])' });
  const attrgetter = makeType(rt, 'operator', 'attrgetter', { basicsize: 40, baseType: false, doc:
    "attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last)." });
  const methodcaller = makeType(rt, 'operator', 'methodcaller', { basicsize: 40, baseType: false, doc:
    'methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the given method on its operand.\nAfter f = methodcaller(\'name\'), the call f(r) returns r.name().\nAfter g = methodcaller(\'name\', \'date\', foo=1), the call g(r) returns\nr.name(\'date\', foo=1).' });
  installItemGetter(rt, itemgetter);
  installAttrGetter(rt, attrgetter);
  installMethodCaller(rt, methodcaller);
  return { itemgetter, attrgetter, methodcaller };
}

/** Reference slots shared by the three types: their dealloc / traverse / clear. */
function installSlots(rt: Runtime, T: PyType): void {
  const clear = (o: PyObject) => {
    const s = (o as OpObject).slots;
    (o as OpObject).slots = [];
    for (const x of s) if (x !== null) rt.decref(x);
  };
  T.dealloc = clear;
  T.clear = clear;
  T.traverse = (o, visit) => { for (const x of (o as OpObject).slots) if (x !== null) visit(x); };
}

function callArg(rt: Runtime, name: string, args: PyObject[], kw: KwArgs): PyObject {
  if (kw !== null && kw.length > 0) rt.typeError(`${name}() takes no keyword arguments`);
  if (args.length !== 1) rt.typeError(`${name} expected 1 argument, got ${args.length}`);
  return args[0]!;
}

function reprGuard(rt: Runtime, self: PyObject, body: () => string): PyObject {
  if (rt.reprEnter(self)) return rt.newStr(`${self.type.module}.${self.type.name}(...)`);
  try { return rt.newStr(body()); } finally { rt.reprLeave(self); }
}

function installItemGetter(rt: Runtime, T: PyType): void {
  installSlots(rt, T);
  defNew(T, (type, args, kw) => {
    if (kw !== null && kw.length > 0) rt.typeError('itemgetter() takes no keyword arguments');
    let item: PyObject;
    if (args.length <= 1) {
      if (args.length !== 1) rt.typeError(`itemgetter expected 1 argument, got ${args.length}`);
      item = args[0]!;
      item.refcnt++;
    } else {
      item = rt.newTuple(args.map((a) => { a.refcnt++; return a; }));
    }
    const o = new ItemGetter(type, [item]);
    o.n = args.length;
    o.index = -1;
    if (item instanceof PyInt && item.type === rt.t.int && item.v >= 0 && item.v <= 9223372036854775807n) o.index = Number(item.v);
    return allocNative(rt, o, type, 48);
  });
  defMethod(T, '__call__', (self, args, kw) => {
    const obj = callArg(rt, 'itemgetter', args, kw);
    const ig = self as ItemGetter;
    const item = ig.slots[0]!;
    if (ig.n === 1) {
      if (ig.index >= 0 && obj instanceof PyTuple && obj.type === rt.t.tuple && ig.index < obj.items.length) {
        const r = obj.items[ig.index]!;
        r.refcnt++;
        return r;
      }
      return getItem(rt, obj, item);
    }
    const keys = (item as PyTuple).items;
    const out: PyObject[] = [];
    try {
      for (const k of keys) out.push(getItem(rt, obj, k));
    } catch (e) {
      for (const x of out) rt.decref(x);
      throw e;
    }
    return rt.newTuple(out);
  });
  defMethod(T, '__repr__', (self) => reprGuard(rt, self, () => {
    const ig = self as ItemGetter;
    const r = rt.repr(ig.slots[0]!);
    return ig.n === 1 ? `operator.itemgetter(${r})` : `operator.itemgetter${r}`;
  }));
  defMethod(T, '__reduce__', (self) => {
    const ig = self as ItemGetter;
    const item = ig.slots[0]!;
    T.refcnt++;
    item.refcnt++;
    if (ig.n === 1) return rt.newTuple([T, rt.newTuple([item])]);
    return rt.newTuple([T, item]);
  });
}

/** The dotted name an attrgetter item stands for ('a' or ('b', 'c') -> 'b.c'). */
function dottedName(o: PyObject): string {
  if (o instanceof PyTuple) return o.items.map((x) => (x as PyStr).v).join('.');
  return (o as PyStr).v;
}

function installAttrGetter(rt: Runtime, T: PyType): void {
  installSlots(rt, T);
  defNew(T, (type, args, kw) => {
    if (kw !== null && kw.length > 0) rt.typeError('attrgetter() takes no keyword arguments');
    if (args.length <= 1 && args.length !== 1) rt.typeError(`attrgetter expected 1 argument, got ${args.length}`);
    const items: PyObject[] = [];
    try {
      for (const a of args) {
        if (!(a instanceof PyStr)) rt.typeError('attribute name must be a string');
        const s = a.v;
        if (!s.includes('.')) {
          items.push(rt.internStr(s));
        } else {
          items.push(rt.newTuple(s.split('.').map((p) => rt.internStr(p))));
        }
      }
    } catch (e) {
      for (const x of items) rt.decref(x);
      throw e;
    }
    const attr = rt.newTuple(items);
    const o = new AttrGetter(type, [attr]);
    o.n = args.length;
    return allocNative(rt, o, type, 40);
  });
  const dottedGet = (obj: PyObject, attr: PyObject): PyObject => {
    if (attr instanceof PyTuple) {
      let cur = obj;
      cur.refcnt++;
      for (const n of attr.items) {
        let next: PyObject;
        try { next = getAttr(rt, cur, (n as PyStr).v); } finally { rt.decref(cur); }
        cur = next;
      }
      return cur;
    }
    return getAttr(rt, obj, (attr as PyStr).v);
  };
  defMethod(T, '__call__', (self, args, kw) => {
    const obj = callArg(rt, 'attrgetter', args, kw);
    const ag = self as AttrGetter;
    const attrs = (ag.slots[0] as PyTuple).items;
    if (ag.n === 1) return dottedGet(obj, attrs[0]!);
    const out: PyObject[] = [];
    try {
      for (const a of attrs) out.push(dottedGet(obj, a));
    } catch (e) {
      for (const x of out) rt.decref(x);
      throw e;
    }
    return rt.newTuple(out);
  });
  const argStrings = (ag: AttrGetter) => (ag.slots[0] as PyTuple).items.map((a) => dottedName(a));
  defMethod(T, '__repr__', (self) => reprGuard(rt, self, () => {
    const names = argStrings(self as AttrGetter).map((n) => strRepr(n));
    return names.length === 1 ? `operator.attrgetter(${names[0]})` : `operator.attrgetter(${names.join(', ')})`;
  }));
  defMethod(T, '__reduce__', (self) => {
    T.refcnt++;
    return rt.newTuple([T, rt.newTuple(argStrings(self as AttrGetter).map((n) => rt.newStr(n)))]);
  });
}

function installMethodCaller(rt: Runtime, T: PyType): void {
  installSlots(rt, T);
  defNew(T, (type, args, kw) => {
    if (args.length < 1) rt.typeError('methodcaller needs at least one argument, the method name');
    const name = args[0]!;
    if (!(name instanceof PyStr)) rt.typeError('method name must be a string');
    const iname = rt.internStr(name.v);
    let kwds: PyDict | null = null;
    if (kw !== null && kw.length > 0) {
      kwds = newDict(rt);
      for (const [k, v] of kw) dictSetStr(rt, kwds, k, v);
    }
    const rest = rt.newTuple(args.slice(1).map((a) => { a.refcnt++; return a; }));
    const o = new MethodCaller(type, [iname, rest, kwds]);
    return allocNative(rt, o, type, 40);
  });
  defMethod(T, '__call__', (self, args, kw) => {
    const obj = callArg(rt, 'methodcaller', args, kw);
    const [name, rest, kwds] = (self as MethodCaller).slots;
    const method = getAttr(rt, obj, (name as PyStr).v);
    try {
      const kwArgs: Array<[string, PyObject]> | null = kwds ? dictItems(kwds as PyDict).map(([k, v]) => [(k as PyStr).v, v]) : null;
      return rt.call(method, (rest as PyTuple).items.slice(), kwArgs);
    } finally {
      rt.decref(method);
    }
  });
  defMethod(T, '__repr__', (self) => reprGuard(rt, self, () => {
    const [name, rest, kwds] = (self as MethodCaller).slots;
    const parts = (rest as PyTuple).items.map((a) => rt.repr(a));
    if (kwds) for (const [k, v] of dictItems(kwds as PyDict)) parts.push(`${(k as PyStr).v}=${rt.repr(v)}`);
    const nr = rt.repr(name!);
    return parts.length === 0 ? `operator.methodcaller(${nr})` : `operator.methodcaller(${nr}, ${parts.join(', ')})`;
  }));
  defMethod(T, '__reduce__', (self) => {
    const [name, rest, kwds] = (self as MethodCaller).slots;
    if (kwds === null || (kwds as PyDict).used === 0) {
      T.refcnt++;
      name!.refcnt++;
      const items = [name!, ...(rest as PyTuple).items.map((a) => { a.refcnt++; return a; })];
      return rt.newTuple([T, rt.newTuple(items)]);
    }
    // partial(methodcaller, name, **kwds), args: CPython builds it with functools.partial.
    const functools = rt.modules.get('functools');
    if (functools === null) rt.raise(rt.t.NotImplementedError, 'methodcaller.__reduce__ with keyword arguments needs functools');
    const partial = getAttr(rt, functools, 'partial');
    try {
      const kwArgs = dictItems(kwds as PyDict).map(([k, v]) => [(k as PyStr).v, v] as [string, PyObject]);
      const ctor = rt.call(partial, [T, name!], kwArgs);
      rest!.refcnt++;
      return rt.newTuple([ctor, rest!]);
    } finally {
      rt.decref(partial);
    }
  });
}

// ---- the module -----------------------------------------------------------------------------

const ALL = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf', 'delitem', 'eq', 'floordiv', 'ge',
  'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul', 'index', 'indexOf', 'inv',
  'invert', 'ior', 'ipow', 'irshift', 'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le', 'length_hint', 'lshift',
  'lt', 'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub',
  'truediv', 'truth', 'xor'];

/** Binary operators: name, BINARY_OP index (in-place forms are index + 13). */
const BINARY: Array<[string, number]> = [
  ['add', 0], ['and_', 1], ['floordiv', 2], ['lshift', 3], ['matmul', 4], ['mul', 5], ['mod', 6], ['or_', 7], ['pow', 8],
  ['rshift', 9], ['sub', 10], ['truediv', 11], ['xor', 12],
];
const COMPARE: Array<[string, number]> = [['lt', 0], ['le', 1], ['eq', 2], ['ne', 3], ['gt', 4], ['ge', 5]];

/** Lib/operator.py's dunder aliases, in its order. */
const DUNDERS: Array<[string, string]> = [
  ['__lt__', 'lt'], ['__le__', 'le'], ['__eq__', 'eq'], ['__ne__', 'ne'], ['__ge__', 'ge'], ['__gt__', 'gt'],
  ['__not__', 'not_'], ['__abs__', 'abs'], ['__add__', 'add'], ['__and__', 'and_'], ['__call__', 'call'],
  ['__floordiv__', 'floordiv'], ['__index__', 'index'], ['__inv__', 'inv'], ['__invert__', 'invert'],
  ['__lshift__', 'lshift'], ['__mod__', 'mod'], ['__mul__', 'mul'], ['__matmul__', 'matmul'], ['__neg__', 'neg'],
  ['__or__', 'or_'], ['__pos__', 'pos'], ['__pow__', 'pow'], ['__rshift__', 'rshift'], ['__sub__', 'sub'],
  ['__truediv__', 'truediv'], ['__xor__', 'xor'], ['__concat__', 'concat'], ['__contains__', 'contains'],
  ['__delitem__', 'delitem'], ['__getitem__', 'getitem'], ['__setitem__', 'setitem'], ['__iadd__', 'iadd'],
  ['__iand__', 'iand'], ['__iconcat__', 'iconcat'], ['__ifloordiv__', 'ifloordiv'], ['__ilshift__', 'ilshift'],
  ['__imod__', 'imod'], ['__imul__', 'imul'], ['__imatmul__', 'imatmul'], ['__ior__', 'ior'], ['__ipow__', 'ipow'],
  ['__irshift__', 'irshift'], ['__isub__', 'isub'], ['__itruediv__', 'itruediv'], ['__ixor__', 'ixor'],
];

const C_DOC = "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.";

/** _operator's dict order (Modules/_operator.c operator_methods), then its types. */
const C_ORDER = ['truth', 'contains', 'indexOf', 'countOf', 'is_', 'is_not', 'index', 'add', 'sub', 'mul', 'matmul', 'floordiv',
  'truediv', 'mod', 'neg', 'pos', 'abs', 'inv', 'invert', 'lshift', 'rshift', 'not_', 'and_', 'xor', 'or_', 'iadd', 'isub', 'imul',
  'imatmul', 'ifloordiv', 'itruediv', 'imod', 'ilshift', 'irshift', 'iand', 'ixor', 'ior', 'concat', 'iconcat', 'getitem', 'setitem',
  'delitem', 'pow', 'ipow', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', '_compare_digest', 'length_hint', 'call'];

/** Lib/operator.py's definition order (its names are then rebound to _operator's objects). */
const PY_ORDER = ['lt', 'le', 'eq', 'ne', 'ge', 'gt', 'not_', 'truth', 'is_', 'is_not', 'abs', 'add', 'and_', 'floordiv', 'index',
  'inv', 'invert', 'lshift', 'mod', 'mul', 'matmul', 'neg', 'or_', 'pos', 'pow', 'rshift', 'sub', 'truediv', 'xor', 'concat',
  'contains', 'countOf', 'delitem', 'getitem', 'indexOf', 'setitem', 'length_hint', 'call', 'attrgetter', 'itemgetter',
  'methodcaller', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imod', 'imul', 'imatmul', 'ior', 'ipow', 'irshift', 'isub',
  'itruediv', 'ixor'];

/** Lib/operator.py: its own definitions, replaced by `from _operator import *`, then the dunder aliases. */
function makeOperator(rt: Runtime): PyModule {
  const c = rt.modules.get('_operator')!;
  return makeModule(rt, 'operator', (d: PyDict) => {
    dictSetStr(rt, d, '__doc__', c.dict.getStr('__doc__')!);
    putNew(rt, d, '__all__', rt.newList(ALL.map((n) => rt.newStr(n))));
    const builtinAbs = rt.builtins.getStr('abs');
    if (builtinAbs !== null) dictSetStr(rt, d, '_abs', builtinAbs);
    for (const n of PY_ORDER) dictSetStr(rt, d, n, c.dict.getStr(n)!);
    for (const [alias, target] of DUNDERS) dictSetStr(rt, d, alias, d.getStr(target)!);
  });
}

/** Modules/_operator.c */
function makeCOperator(rt: Runtime): PyModule {
  const types = operatorTypes(rt);
  return makeModule(rt, '_operator', (d: PyDict) => {
    putNew(rt, d, '__doc__', rt.newStr(C_DOC));
    const fns = new Map<string, Fn>();
    const fn = (name: string, f: Fn) => fns.set(name, f);

    for (const [name, op] of BINARY) {
      fn(name, (args, kw) => { exactly(rt, name, args, kw, 2); return binaryOp(rt, args[0]!, args[1]!, op); });
      const iname = `i${name.replace(/_$/, '')}`;
      fn(iname, (args, kw) => { exactly(rt, iname, args, kw, 2); return binaryOp(rt, args[0]!, args[1]!, op + 13); });
    }
    for (const [name, op] of COMPARE) {
      fn(name, (args, kw) => { exactly(rt, name, args, kw, 2); return richCompare(rt, args[0]!, args[1]!, op); });
    }
    fn('abs', (args, kw) => {
      const a = one(rt, 'abs', args, kw);
      const r = callSpecial(rt, a, '__abs__', []);
      if (r === null) rt.typeError(`bad operand type for abs(): '${a.type.name}'`);
      return r;
    });
    fn('neg', (args, kw) => unaryNegative(rt, one(rt, 'neg', args, kw)));
    fn('pos', (args, kw) => unaryPositive(rt, one(rt, 'pos', args, kw)));
    fn('inv', (args, kw) => unaryInvert(rt, one(rt, 'inv', args, kw)));
    fn('invert', (args, kw) => unaryInvert(rt, one(rt, 'invert', args, kw)));
    fn('not_', (args, kw) => rt.newBool(!isTrue(rt, one(rt, 'not_', args, kw))));
    fn('truth', (args, kw) => rt.newBool(isTrue(rt, one(rt, 'truth', args, kw))));
    fn('index', (args, kw) => {
      const a = one(rt, 'index', args, kw);
      if (a instanceof PyInt && a.type === rt.t.int) { a.refcnt++; return a; }
      return rt.newInt(rt.indexValue(a));
    });
    fn('is_', (args, kw) => { exactly(rt, 'is_', args, kw, 2); return rt.newBool(args[0] === args[1]); });
    fn('is_not', (args, kw) => { exactly(rt, 'is_not', args, kw, 2); return rt.newBool(args[0] !== args[1]); });
    fn('concat', (args, kw) => { exactly(rt, 'concat', args, kw, 2); return sequenceConcat(rt, args[0]!, args[1]!, false); });
    fn('iconcat', (args, kw) => { exactly(rt, 'iconcat', args, kw, 2); return sequenceConcat(rt, args[0]!, args[1]!, true); });
    fn('contains', (args, kw) => { exactly(rt, 'contains', args, kw, 2); return rt.newBool(contains(rt, args[0]!, args[1]!)); });
    fn('countOf', (args, kw) => { exactly(rt, 'countOf', args, kw, 2); return rt.newInt(iterSearch(rt, args[0]!, args[1]!, true)); });
    fn('indexOf', (args, kw) => { exactly(rt, 'indexOf', args, kw, 2); return rt.newInt(iterSearch(rt, args[0]!, args[1]!, false)); });
    fn('getitem', (args, kw) => { exactly(rt, 'getitem', args, kw, 2); return getItem(rt, args[0]!, args[1]!); });
    fn('setitem', (args, kw) => { exactly(rt, 'setitem', args, kw, 3); setItem(rt, args[0]!, args[1]!, args[2]!); return rt.none(); });
    fn('delitem', (args, kw) => { exactly(rt, 'delitem', args, kw, 2); delItem(rt, args[0]!, args[1]!); return rt.none(); });
    fn('length_hint', (args, kw) => {
      noKw(rt, 'length_hint', kw);
      if (args.length < 1 || args.length > 2) {
        rt.typeError(args.length < 1 ? `length_hint expected at least 1 argument, got ${args.length}` : `length_hint expected at most 2 arguments, got ${args.length}`);
      }
      let dflt = 0;
      if (args.length === 2) {
        const dv = args[1]!;
        if (!(dv instanceof PyInt)) rt.typeError(`'${dv.type.name}' object cannot be interpreted as an integer`);
        dflt = Number(dv.v);
      }
      return rt.newInt(lengthHint(rt, args[0]!, dflt));
    });
    fn('call', (args, kw) => {
      if (args.length < 1) rt.typeError(`call expected at least 1 argument, got ${args.length}`);
      return rt.call(args[0]!, args.slice(1), kw);
    });

    fn('_compare_digest', (args, kw) => {
      exactly(rt, '_compare_digest', args, kw, 2);
      return rt.newBool(compareDigest(rt, args[0]!, args[1]!));
    });

    for (const n of C_ORDER) defFunction(rt, d, n, fns.get(n)!, '_operator');
    for (const [k, t] of [['attrgetter', types.attrgetter], ['itemgetter', types.itemgetter], ['methodcaller', types.methodcaller]] as const) {
      dictSetStr(rt, d, k, t);
    }
  });
}

/** _operator._compare_digest(a, b): ASCII str or bytes-like operands. */
function compareDigest(rt: Runtime, a: PyObject, b: PyObject): boolean {
  if (a instanceof PyStr && b instanceof PyStr) {
    // eslint-disable-next-line no-control-regex
    if (/[^\x00-\x7f]/.test(a.v) || /[^\x00-\x7f]/.test(b.v)) rt.typeError('comparing strings with non-ASCII characters is not supported');
    return a.v === b.v;
  }
  const bytesOf = (o: PyObject): Uint8Array | null => (o instanceof PyBytes ? o.v : o instanceof PyByteArray ? o.v.subarray(0, o.length) : null);
  const x = bytesOf(a);
  const y = bytesOf(b);
  if (x === null && y === null) rt.typeError(`unsupported operand types(s) or combination of types: '${a.type.name}' and '${b.type.name}'`);
  if (x === null) rt.typeError(`a bytes-like object is required, not '${a.type.name}'`);
  if (y === null) rt.typeError(`a bytes-like object is required, not '${b.type.name}'`);
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}
