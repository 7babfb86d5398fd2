// The simulated functools module. cf. Lib/functools.py and Modules/_functoolsmodule.c (3.11).
//
// reduce, cmp_to_key, partial and the lru_cache wrapper are C code in CPython and
// native here with the same behaviour; update_wrapper, wraps, total_ordering,
// lru_cache, cache, singledispatch, partialmethod and cached_property are Python
// code in CPython, written natively here with the same semantics (the same
// attribute reads and writes, in the same order, and the same messages).

import type { PyObject } from '../objects/object';
import { PyType, type KwArgs } from '../objects/type';
import type { PyDict } from '../objects/dict';
import { PyFunction, PyModule } from '../objects/core';
import type { Runtime } from '../runtime';
import { defFunction, checkArgCount, noKw } from '../objects/native';
import { getIter, iterNext, isTrue, richCompare } from '../vm/abstract';
import { getAttr, getAttrOrNull, setAttr } from '../vm/attributes';
import { makeModule, putNew, withStaticAllocation, isPyExc } from './nativeTypes';
import { defFuncLike, newFuncLike } from './funcLike';
import { makePartialTypes, newPartial, cmpToKey, type PartialTypes } from './functoolsPartial';
import { makeCacheTypes, lruCache, type CacheTypes } from './functoolsCache';
import { singledispatch, makeSingledispatchmethodType } from './functoolsDispatch';
import { namedtuple } from './collectionsNamedtuple';

interface FunctoolsState { partial: PartialTypes; cache: CacheTypes; cacheInfo: PyType; sdm: PyType | null }
const STATE = new WeakMap<Runtime, FunctoolsState>();

export function functoolsState(rt: Runtime): FunctoolsState {
  let s = STATE.get(rt);
  if (s === undefined) {
    s = withStaticAllocation(rt, () => {
      const partial = makePartialTypes(rt);
      const cache = makeCacheTypes(rt);
      const name = rt.newStr('CacheInfo');
      const fields = rt.newList(['hits', 'misses', 'maxsize', 'currsize'].map((x) => rt.newStr(x)));
      let cacheInfo: PyType;
      try { cacheInfo = namedtuple(rt, name, fields, { module: 'functools' }); } finally { rt.decref(name); rt.decref(fields); }
      return { partial, cache, cacheInfo, sdm: null };
    });
    STATE.set(rt, s);
  }
  return s;
}

export function installFunctoolsModule(rt: Runtime): void {
  rt.modules.register('functools', makeFunctools);
}

const ASSIGNMENTS = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];

function makeFunctools(rt: Runtime): PyModule {
  const st = functoolsState(rt);
  return makeModule(rt, 'functools', (d: PyDict) => {
    const fn = (name: string, f: (args: PyObject[], kw: KwArgs) => PyObject) => defFunction(rt, d, name, f, 'functools');
    const pyfn = (name: string, f: (args: PyObject[], kw: KwArgs) => PyObject) => defFuncLike(rt, d, { name, module: 'functools', fn: f });
    putNew(rt, d, '__doc__', rt.newStr('functools.py - Tools for working with functions and callable objects\n'));
    const tupleOfStrs = (xs: string[]) => rt.newTuple(xs.map((x) => rt.internStr(x)));
    const assigned = tupleOfStrs(ASSIGNMENTS);
    const updated = tupleOfStrs(['__dict__']);
    assigned.refcnt++; updated.refcnt++;
    putNew(rt, d, 'WRAPPER_ASSIGNMENTS', assigned);
    putNew(rt, d, 'WRAPPER_UPDATES', updated);
    for (const [n, t] of [['partial', st.partial.partial], ['partialmethod', st.partial.partialmethod],
      ['cached_property', st.partial.cachedProperty], ['_lru_cache_wrapper', st.cache.wrapper], ['_CacheInfo', st.cacheInfo]] as const) {
      t.refcnt++;
      putNew(rt, d, n, t);
    }
    fn('reduce', (args, kw) => reduce(rt, args, kw));
    fn('cmp_to_key', (args, kw) => cmpToKey(rt, st.partial, args, kw));
    const updateWrapper = pyfn('update_wrapper', (args, kw) => {
      const [wrapper, wrapped, a, u] = bindPy(rt, 'update_wrapper', args, kw, ['wrapper', 'wrapped', 'assigned', 'updated'], 2);
      return updateWrapperImpl(rt, wrapper!, wrapped!, a ?? assigned, u ?? updated);
    });
    updateWrapper.refcnt++;
    pyfn('wraps', (args, kw) => {
      const [wrapped, a, u] = bindPy(rt, 'wraps', args, kw, ['wrapped', 'assigned', 'updated'], 1);
      return newPartial(rt, st.partial.partial, [updateWrapper], [['wrapped', wrapped!], ['assigned', a ?? assigned], ['updated', u ?? updated]]);
    });
    rt.decref(updateWrapper);
    const uw = (w: PyObject, f: PyObject) => { rt.decref(updateWrapperImpl(rt, w, f, assigned, updated)); };
    pyfn('lru_cache', (args, kw) => lruCache(rt, st.cache, st.cacheInfo, uw, args, kw));
    pyfn('cache', (args, kw) => {
      const [userFunction] = bindPy(rt, 'cache', args, kw, ['user_function'], 1);
      const deco = lruCache(rt, st.cache, st.cacheInfo, uw, [], [['maxsize', rt.None]]);
      try { return rt.call(deco, [userFunction!]); } finally { rt.decref(deco); }
    });
    pyfn('total_ordering', (args, kw) => {
      const [cls] = bindPy(rt, 'total_ordering', args, kw, ['cls'], 1);
      return totalOrdering(rt, cls!);
    });
    if (st.sdm === null) st.sdm = makeSingledispatchmethodType(rt, uw);
    st.sdm.refcnt++;
    putNew(rt, d, 'singledispatchmethod', st.sdm);
    pyfn('singledispatch', (args, kw) => {
      const [func] = bindPy(rt, 'singledispatch', args, kw, ['func'], 1);
      return singledispatch(rt, func!, uw);
    });
    rt.decref(assigned); rt.decref(updated);
  });
}

/** Bind a Python-level function's arguments (positional-or-keyword names, `required` of them mandatory). */
function bindPy(rt: Runtime, name: string, args: PyObject[], kw: KwArgs, names: string[], required: number): Array<PyObject | null> {
  if (args.length > names.length) {
    rt.typeError(`${name}() takes ${required === names.length ? names.length : `from ${required} to ${names.length}`} positional arguments but ${args.length} were given`);
  }
  const out: Array<PyObject | null> = names.map((_, i) => args[i] ?? null);
  for (const [k, v] of kw ?? []) {
    const i = names.indexOf(k);
    if (i < 0) rt.typeError(`${name}() got an unexpected keyword argument '${k}'`);
    if (out[i] !== null) rt.typeError(`${name}() got multiple values for argument '${k}'`);
    out[i] = v;
  }
  const missing = names.slice(0, required).filter((_, i) => out[i] === null);
  if (missing.length > 0) {
    const q = missing.map((m) => `'${m}'`);
    const list = q.length === 1 ? q[0] : q.length === 2 ? `${q[0]} and ${q[1]}` : `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
    rt.typeError(`${name}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
  }
  return out;
}

/** functools.reduce(function, iterable[, initial]) */
function reduce(rt: Runtime, args: PyObject[], kw: KwArgs): PyObject {
  noKw(rt, 'reduce', kw);
  checkArgCount(rt, 'reduce', args, 2, 3);
  const [func, seq] = args;
  let result: PyObject | null = args[2] ?? null;
  let it: PyObject;
  try { it = getIter(rt, seq); } catch (e) {
    if (isPyExc(rt, e, rt.t.TypeError)) { rt.decref(e.exc); rt.typeError('reduce() arg 2 must support iteration'); }
    throw e;
  }
  if (result !== null) result.refcnt++;
  try {
    for (;;) {
      const op2 = iterNext(rt, it);
      if (op2 === null) break;
      if (result === null) { result = op2; continue; }
      try {
        const r = rt.call(func, [result, op2]);
        rt.decref(result);
        result = r;
      } finally { rt.decref(op2); }
    }
  } catch (e) { if (result !== null) rt.decref(result); throw e; } finally { rt.decref(it); }
  if (result === null) rt.typeError('reduce() of empty iterable with no initial value');
  return result;
}

/** update_wrapper(wrapper, wrapped, assigned, updated) as Lib/functools.py does it. */
export function updateWrapperImpl(rt: Runtime, wrapper: PyObject, wrapped: PyObject, assigned: PyObject, updated: PyObject): PyObject {
  const attrs = rt.iterate(assigned);
  try {
    for (const a of attrs) {
      const name = rt.str(a);
      const value = getAttrOrNull(rt, wrapped, name);
      if (value === null) continue;
      try { setWrapperAttr(rt, wrapper, name, value); } finally { rt.decref(value); }
    }
  } finally { for (const a of attrs) rt.decref(a); }
  const ups = rt.iterate(updated);
  try {
    for (const a of ups) {
      const name = rt.str(a);
      const target = getAttr(rt, wrapper, name);
      try {
        const upd = getAttr(rt, target, 'update');
        try {
          const src = getAttrOrNull(rt, wrapped, name) ?? rt.newDictFromPairs([]);
          try { rt.decref(rt.call(upd, [src])); } finally { rt.decref(src); }
        } finally { rt.decref(upd); }
      } finally { rt.decref(target); }
    }
  } finally { for (const a of ups) rt.decref(a); }
  setAttr(rt, wrapper, '__wrapped__', wrapped);
  wrapper.refcnt++;
  return wrapper;
}

function setWrapperAttr(rt: Runtime, wrapper: PyObject, name: string, value: PyObject): void {
  // function.__annotations__ is writable in CPython (func_set_annotations).
  if (wrapper instanceof PyFunction && name === '__annotations__') {
    if (value !== rt.None && !value.type.isSubtypeOf(rt.t.dict)) rt.typeError('__annotations__ must be set to a dict object');
    value.refcnt++;
    const old = wrapper.annotations;
    wrapper.annotations = value === rt.None ? (rt.decref(value), null) : value;
    if (old !== null) rt.decref(old);
    return;
  }
  setAttr(rt, wrapper, name, value);
}

// ---- total_ordering ------------------------------------------------------------------

const OPS = ['__lt__', '__le__', '__gt__', '__ge__'];
/** For each root: the generated methods, as [name, base op, form]. */
type Form = 'notAndNe' | 'orEq' | 'not' | 'notOrEq' | 'andNe';
const CONVERT: Record<string, Array<[string, Form]>> = {
  __lt__: [['__gt__', 'notAndNe'], ['__le__', 'orEq'], ['__ge__', 'not']],
  __le__: [['__ge__', 'notOrEq'], ['__lt__', 'andNe'], ['__gt__', 'not']],
  __gt__: [['__lt__', 'notAndNe'], ['__ge__', 'orEq'], ['__le__', 'not']],
  __ge__: [['__le__', 'notOrEq'], ['__gt__', 'andNe'], ['__lt__', 'not']],
};

const DOCS: Record<string, string> = {
  _gt_from_lt: 'Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).',
  _le_from_lt: 'Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).',
  _ge_from_lt: 'Return a >= b.  Computed by @total_ordering from (not a < b).',
  _ge_from_le: 'Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).',
  _lt_from_le: 'Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).',
  _gt_from_le: 'Return a > b.  Computed by @total_ordering from (not a <= b).',
  _lt_from_gt: 'Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).',
  _ge_from_gt: 'Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).',
  _le_from_gt: 'Return a <= b.  Computed by @total_ordering from (not a > b).',
  _le_from_ge: 'Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).',
  _gt_from_ge: 'Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).',
  _lt_from_ge: 'Return a < b.  Computed by @total_ordering from (not a >= b).',
};

/** One of the _gt_from_lt, _le_from_lt, ... functions of Lib/functools.py. */
function generated(rt: Runtime, root: string, form: Form, self: PyObject, other: PyObject): PyObject {
  const m = getAttr(rt, self.type, root);
  let op: PyObject;
  try { op = rt.call(m, [self, other]); } finally { rt.decref(m); }
  if (op === rt.NotImplemented) return op;
  const cmp = (code: number) => richCompare(rt, self, other, code);
  switch (form) {
    case 'not': { const b = isTrue(rt, op); rt.decref(op); return rt.newBool(!b); }
    case 'notAndNe': { const b = isTrue(rt, op); rt.decref(op); return b ? rt.newBool(false) : cmp(3); }
    case 'orEq': { if (isTrue(rt, op)) return op; rt.decref(op); return cmp(2); }
    case 'notOrEq': { const b = isTrue(rt, op); rt.decref(op); return !b ? rt.newBool(true) : cmp(2); }
    case 'andNe': { if (!isTrue(rt, op)) return op; rt.decref(op); return cmp(3); }
  }
}

function totalOrdering(rt: Runtime, cls: PyObject): PyObject {
  const roots = new Set<string>();
  for (const op of OPS) {
    const mine = getAttrOrNull(rt, cls, op);
    const base = getAttrOrNull(rt, rt.t.object, op);
    if (mine !== base) roots.add(op);
    if (mine !== null) rt.decref(mine);
    if (base !== null) rt.decref(base);
  }
  if (roots.size === 0) rt.valueError('must define at least one ordering operation: < > <= >=');
  const root = [...roots].sort().reverse()[0];
  for (const [name, form] of CONVERT[root]) {
    if (roots.has(name)) continue;
    const fname = `_${name.slice(2, 4)}_from_${root.slice(2, 4)}`;
    const f = newFuncLike(rt, {
      name, qualname: fname, module: 'functools', doc: DOCS[fname],
      fn: (args) => {
        if (args.length !== 2) rt.typeError(`${fname}() takes 2 positional arguments but ${args.length} were given`);
        return generated(rt, root, form, args[0], args[1]);
      },
    });
    try { setAttr(rt, cls, name, f); } finally { rt.decref(f); }
  }
  cls.refcnt++;
  return cls;
}

