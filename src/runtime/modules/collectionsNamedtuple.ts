// collections.namedtuple: a real class made with type(typename, (tuple,), ns) as
// Lib/collections/__init__.py does, whose namespace holds native methods
// (__new__, _make, _replace, __repr__, _asdict, __getnewargs__), _fields,
// _field_defaults, __match_args__, __slots__ = () and one _tuplegetter descriptor
// per field (cf. Modules/_collectionsmodule.c tuplegetter).

import { PyObject } from '../objects/object';
import { PyType, type KwArgs } from '../objects/type';
import { PyTuple, PyStr, PyList } from '../objects/core';
import type { Runtime } from '../runtime';
import { defMethod, defGetSet } from '../objects/native';
import { newFuncLike, type NativeFn } from './funcLike';
import { newDict, dictSetStr, dictSet, dictGetStr } from '../objects/dictops';
import { getAttr } from '../vm/attributes';
import { isTrue } from '../vm/abstract';
import { typeNew } from '../objects/typeobject';
import { strIsIdentifier } from '../objects/strmethods-unicode';
import { makeType, defNew, allocNative, formatNames, ssizeArg, withStaticAllocation } from './nativeTypes';

const KWLIST = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def',
  'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);

/** keyword.iskeyword */
export function isKeyword(s: string): boolean {
  return KWLIST.has(s);
}

const GETTER = new WeakMap<Runtime, PyType>();

/** _collections._tuplegetter: the descriptor for field number `index`. */
class TupleGetter extends PyObject {
  index = 0;
  doc: PyObject | null = null;
}

export interface NamedTupleOpts {
  rename?: boolean;
  defaults?: PyObject | null;
  module?: string | null;
}

/** The _tuplegetter type of this runtime. */
export function tupleGetterType(rt: Runtime): PyType {
  let t = GETTER.get(rt);
  if (t === undefined) {
    t = withStaticAllocation(rt, () => makeTupleGetterType(rt));
    GETTER.set(rt, t);
  }
  return t;
}

function makeTupleGetterType(rt: Runtime): PyType {
  const t = makeType(rt, '_collections', '_tuplegetter', { basicsize: 32, heapLike: true, baseType: false });
  t.traverse = (o, visit) => { const g = o as TupleGetter; if (g.doc !== null) visit(g.doc); };
  t.dealloc = (o) => { const g = o as TupleGetter; const d = g.doc; g.doc = null; if (d !== null) rt.decref(d); };
  t.clear = t.dealloc;
  defNew(t, (type, args, kw) => {
    if (kw !== null && kw.length > 0) rt.typeError('_tuplegetter() takes no keyword arguments');
    if (args.length !== 2) rt.typeError(`_tuplegetter expected 2 arguments, got ${args.length}`);
    return newTupleGetter(rt, type, ssizeArg(rt, args[0]), args[1]);
  });
  defMethod(t, '__get__', (self, args) => {
    const g = self as TupleGetter;
    const obj = args[0];
    if (obj === undefined || obj === rt.None) { self.refcnt++; return self; }
    if (!obj.type.isSubtypeOf(rt.t.tuple)) {
      rt.typeError(`descriptor for index '${g.index}' for tuple subclasses doesn't apply to '${obj.type.name}' object`);
    }
    const items = (obj as PyTuple).items;
    if (g.index >= items.length) rt.raise(rt.t.IndexError, 'tuple index out of range');
    items[g.index].refcnt++;
    return items[g.index];
  });
  defMethod(t, '__set__', () => rt.raise(rt.t.AttributeError, "can't set attribute"));
  defMethod(t, '__delete__', () => rt.raise(rt.t.AttributeError, "can't delete attribute"));
  defMethod(t, '__repr__', (self) => {
    const g = self as TupleGetter;
    return rt.newStr(`${self.type.name}(${g.index}, ${rt.repr(g.doc ?? rt.None)})`);
  });
  defGetSet(t, '__doc__', (self) => { const d = (self as TupleGetter).doc ?? rt.None; d.refcnt++; return d; }, (self, v) => {
    const g = self as TupleGetter;
    const old = g.doc;
    if (v !== null) v.refcnt++;
    g.doc = v;
    if (old !== null) rt.decref(old);
  });
  return t;
}

function newTupleGetter(rt: Runtime, type: PyType, index: number, doc: PyObject): TupleGetter {
  const g = allocNative(rt, new TupleGetter(type), type, 32);
  g.index = index;
  doc.refcnt++;
  g.doc = doc;
  return g;
}

/** field_names as CPython normalises them: split a str on commas/whitespace, else str() of each item. */
function fieldNameList(rt: Runtime, fieldNames: PyObject): string[] {
  if (fieldNames.type.isSubtypeOf(rt.t.str)) {
    return (fieldNames as PyStr).v.replace(/,/g, ' ').split(/[\s\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/).filter((x) => x !== '');
  }
  const items = rt.iterate(fieldNames);
  try { return items.map((x) => rt.str(x)); } finally { for (const x of items) rt.decref(x); }
}

/** collections.namedtuple(typename, field_names, *, rename=False, defaults=None, module=None) */
export function namedtuple(rt: Runtime, typenameObj: PyObject, fieldNamesObj: PyObject, o: NamedTupleOpts): PyType {
  const names = fieldNameList(rt, fieldNamesObj);
  const typename = rt.str(typenameObj);
  if (o.rename) {
    const seen = new Set<string>();
    names.forEach((name, index) => {
      if (!strIsIdentifier(name) || isKeyword(name) || name.startsWith('_') || seen.has(name)) names[index] = `_${index}`;
      seen.add(name);
    });
  }
  for (const name of [typename, ...names]) {
    if (!strIsIdentifier(name)) rt.valueError(`Type names and field names must be valid identifiers: ${reprStr(rt, name)}`);
    if (isKeyword(name)) rt.valueError(`Type names and field names cannot be a keyword: ${reprStr(rt, name)}`);
  }
  const seen = new Set<string>();
  for (const name of names) {
    if (name.startsWith('_') && !o.rename) rt.valueError(`Field names cannot start with an underscore: ${reprStr(rt, name)}`);
    if (seen.has(name)) rt.valueError(`Encountered duplicate field name: ${reprStr(rt, name)}`);
    seen.add(name);
  }
  let defaults: PyObject[] = [];
  const hasDefaults = o.defaults !== undefined && o.defaults !== null && o.defaults !== rt.None;
  if (hasDefaults) {
    defaults = rt.iterate(o.defaults!);
    if (defaults.length > names.length) { for (const x of defaults) rt.decref(x); rt.typeError('Got more default values than field names'); }
  }
  const n = names.length;
  const argList = names.join(', ') + (n === 1 ? ',' : '');
  const ns = newDict(rt);
  const put = (k: string, v: PyObject) => { dictSetStr(rt, ns, k, v); rt.decref(v); };
  const fieldStrs = names.map((x) => rt.internStr(x));
  const fields = rt.newTuple(fieldStrs);
  const fieldDefaults = newDict(rt);
  for (let i = 0; i < defaults.length; i++) dictSet(rt, fieldDefaults, fieldStrs[n - defaults.length + i], defaults[i]);
  try {
    put('__doc__', rt.newStr(`${typename}(${argList})`));
    put('__slots__', rt.newTuple([]));
    fields.refcnt++;
    put('_fields', fields);
    fieldDefaults.refcnt++;
    put('_field_defaults', fieldDefaults);
    const qual = `${typename}.__new__`;
    const defaultsTuple = hasDefaults ? rt.newTuple(defaults.map((x) => { x.refcnt++; return x; })) : null;
    // The generated `lambda _cls, x, y: _tuple_new(_cls, (x, y))` (its closure keeps the defaults).
    const newFn = newFuncLike(rt, {
      name: '__new__', qualname: qual, module: `namedtuple_${typename}`, doc: `Create new instance of ${typename}(${argList})`,
      fn: (args, kw) => ntNew(rt, qual, names, defaults, args, kw), keep: defaultsTuple ? [defaultsTuple] : [],
    });
    if (defaultsTuple !== null) { dictSetStr(rt, newFn.dict!, '__defaults__', defaultsTuple); rt.decref(defaultsTuple); }
    put('__new__', rt.newStaticmethod(newFn));
    rt.decref(newFn);
    const method = (name: string, doc: string, fn: NativeFn) => newFuncLike(rt, { name, qualname: `${typename}.${name}`, module: 'collections', doc, fn });
    const make = method('_make', `Make a new ${typename} object from a sequence or iterable`, (args) => {
      if (args.length !== 2) rt.typeError(`${typename}._make() takes 2 positional arguments but ${args.length} were given`);
      return ntMake(rt, args[0] as PyType, args[1], n);
    });
    put('_make', rt.newClassmethod(make));
    rt.decref(make);
    const self1 = (name: string, args: PyObject[]): PyTuple => {
      if (args.length < 1) rt.typeError(`${typename}.${name}() missing 1 required positional argument: 'self'`);
      return args[0] as PyTuple;
    };
    put('_replace', method('_replace', `Return a new ${typename} object replacing specified fields with new values`,
      (args, kw) => ntReplace(rt, self1('_replace', args), names, args.slice(1), kw)));
    put('__repr__', method('__repr__', 'Return a nicely formatted representation string', (args) => ntRepr(rt, self1('__repr__', args), names)));
    put('_asdict', method('_asdict', 'Return a new dict which maps field names to their values.', (args) => ntAsdict(rt, self1('_asdict', args))));
    put('__getnewargs__', method('__getnewargs__', 'Return self as a plain tuple.  Used by copy and pickle.', (args) => {
      const items = self1('__getnewargs__', args).items.slice();
      for (const x of items) x.refcnt++;
      return rt.newTuple(items);
    }));
    fields.refcnt++;
    put('__match_args__', fields);
    const gt = tupleGetterType(rt);
    names.forEach((name, index) => {
      const doc = rt.internStr(`Alias for field number ${index}`);
      put(name, newTupleGetter(rt, gt, index, doc));
      rt.decref(doc);
    });
    let module = o.module ?? null;
    if (module === null) {
      const g = rt.frame ? dictGetStr(rt.frame.globals, '__name__') : null;
      module = g !== null && g.type === rt.t.str ? (g as PyStr).v : '__main__';
    }
    put('__module__', rt.newStr(module));
    const T = rt.t.tuple;
    const bases = rt.newTuple([(T.refcnt++, T)]);
    let cls: PyType;
    try {
      cls = typeNew(rt, rt.t.type, typename, bases, ns, null);
    } finally { rt.decref(bases); }
    // subtype_traverse / subtype_dealloc over the tuple layout (__slots__ = (): no dict).
    const tupleTraverse = T.traverse!;
    if (cls.traverse === null) cls.traverse = (obj, visit) => { tupleTraverse(obj, visit); visit(obj.type); };
    if (cls.dealloc === null) cls.dealloc = T.dealloc;
    return cls;
  } finally {
    rt.decref(ns);
    rt.decref(fields);
    rt.decref(fieldDefaults);
    for (const x of defaults) rt.decref(x);
  }
}

function reprStr(rt: Runtime, s: string): string {
  const o = rt.newStr(s);
  try { return rt.repr(o); } finally { rt.decref(o); }
}

/** The generated `lambda _cls, x, y: _tuple_new(_cls, (x, y))` with Python's argument errors. */
function ntNew(rt: Runtime, qual: string, names: string[], defaults: PyObject[], args: PyObject[], kw: KwArgs): PyObject {
  if (args.length === 0) rt.typeError(`${qual}() missing 1 required positional argument: '_cls'`);
  const cls = args[0];
  const n = names.length;
  const given = args.length - 1;
  const vals: Array<PyObject | null> = new Array(n).fill(null);
  for (let i = 0; i < Math.min(given, n); i++) vals[i] = args[i + 1];
  for (const [k, v] of kw ?? []) {
    if (k === '_cls') rt.typeError(`${qual}() got multiple values for argument '_cls'`);
    const i = names.indexOf(k);
    if (i < 0) rt.typeError(`${qual}() got an unexpected keyword argument '${k}'`);
    if (vals[i] !== null) rt.typeError(`${qual}() got multiple values for argument '${k}'`);
    vals[i] = v;
  }
  if (given > n) {
    const total = n + 1;
    const k = defaults.length;
    const sig = k > 0 ? `from ${total - k} to ${total}` : `${total}`;
    const plural = k > 0 || total !== 1;
    rt.typeError(`${qual}() takes ${sig} positional argument${plural ? 's' : ''} but ${args.length} ${args.length === 1 ? 'was' : 'were'} given`);
  }
  const missing: string[] = [];
  for (let i = 0; i < n; i++) {
    if (vals[i] !== null) continue;
    const d = i - (n - defaults.length);
    if (d >= 0) vals[i] = defaults[d];
    else missing.push(names[i]);
  }
  if (missing.length > 0) {
    rt.typeError(`${qual}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${formatNames(missing)}`);
  }
  const items = vals as PyObject[];
  for (const x of items) x.refcnt++;
  return tupleNew(rt, cls, items);
}

/** tuple.__new__(cls, items) for a tuple subclass (steals items). */
function tupleNew(rt: Runtime, cls: PyObject, items: PyObject[]): PyObject {
  if (!(cls instanceof PyType) || !cls.isSubtypeOf(rt.t.tuple)) {
    for (const x of items) rt.decref(x);
    rt.typeError(`tuple.__new__(X): X is not a type object (${cls.type.name})`);
  }
  if (cls === rt.t.tuple) return rt.newTuple(items);
  return rt.newSubclassInstance(cls, new PyTuple(cls, items), 24 + 8 * items.length);
}

function ntMake(rt: Runtime, cls: PyType, iterable: PyObject, n: number): PyObject {
  const result = tupleNew(rt, cls, rt.iterate(iterable)) as PyTuple;
  if (result.items.length !== n) {
    const got = result.items.length;
    rt.decref(result);
    rt.typeError(`Expected ${n} arguments, got ${got}`);
  }
  return result;
}

function ntReplace(rt: Runtime, self: PyTuple, names: string[], args: PyObject[], kw: KwArgs): PyObject {
  if (args.length > 0) rt.typeError(`${self.type.name}._replace() takes 1 positional argument but ${args.length + 1} were given`);
  const rest = new Map<string, PyObject>((kw ?? []).map(([k, v]) => [k, v]));
  const vals: PyObject[] = [];
  const m = Math.min(names.length, self.items.length);
  for (let i = 0; i < m; i++) {
    const v = rest.get(names[i]);
    if (v !== undefined) rest.delete(names[i]);
    vals.push(v ?? self.items[i]);
  }
  const make = getAttr(rt, self, '_make');
  let result: PyObject;
  try {
    const tup = rt.newTuple(vals.map((x) => { x.refcnt++; return x; }));
    try { result = rt.call(make, [tup]); } finally { rt.decref(tup); }
  } finally { rt.decref(make); }
  if (rest.size > 0) {
    rt.decref(result);
    const l = rt.newList([...rest.keys()].map((k) => rt.newStr(k))) as PyList;
    const s = rt.repr(l);
    rt.decref(l);
    rt.valueError(`Got unexpected field names: ${s}`);
  }
  return result;
}

function ntRepr(rt: Runtime, self: PyTuple, names: string[]): PyObject {
  if (self.items.length !== names.length) {
    rt.typeError(self.items.length < names.length ? 'not enough arguments for format string' : 'not all arguments converted during string formatting');
  }
  const parts = names.map((n, i) => `${n}=${rt.repr(self.items[i])}`);
  return rt.newStr(`${self.type.name}(${parts.join(', ')})`);
}

function ntAsdict(rt: Runtime, self: PyTuple): PyObject {
  const fields = getAttr(rt, self, '_fields');
  const d = newDict(rt);
  try {
    const names = rt.iterate(fields);
    const m = Math.min(names.length, self.items.length);
    for (let i = 0; i < m; i++) dictSet(rt, d, names[i], self.items[i]);
    for (const x of names) rt.decref(x);
  } catch (e) { rt.decref(d); throw e; } finally { rt.decref(fields); }
  return d;
}

/** The module-level namedtuple() callable's argument handling (a Python function in CPython). */
export function namedtupleCall(rt: Runtime, args: PyObject[], kw: KwArgs): PyObject {
  const q = 'namedtuple';
  if (args.length > 2) rt.typeError(`${q}() takes 2 positional arguments but ${args.length} were given`);
  let typename: PyObject | null = args[0] ?? null;
  let fieldNames: PyObject | null = args[1] ?? null;
  const o: NamedTupleOpts = {};
  for (const [k, v] of kw ?? []) {
    if (k === 'typename' || k === 'field_names') {
      if ((k === 'typename' ? typename : fieldNames) !== null) rt.typeError(`${q}() got multiple values for argument '${k}'`);
      if (k === 'typename') typename = v; else fieldNames = v;
    } else if (k === 'rename') o.rename = isTrue(rt, v);
    else if (k === 'defaults') o.defaults = v;
    else if (k === 'module') o.module = v === rt.None ? null : rt.str(v);
    else rt.typeError(`${q}() got an unexpected keyword argument '${k}'`);
  }
  const missing = [typename === null ? 'typename' : null, fieldNames === null ? 'field_names' : null].filter((x): x is string => x !== null);
  if (missing.length > 0) rt.typeError(`${q}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${formatNames(missing)}`);
  return namedtuple(rt, typename!, fieldNames!, o);
}

