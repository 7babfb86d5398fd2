// functools.lru_cache / functools.cache: the C _lru_cache_wrapper of
// Modules/_functoolsmodule.c (3.11) — key making (kwd_mark, the single int/str
// fast key, typed keys), the three wrappers (uncached, infinite, bounded with its
// linked list of _lru_list_elem links), cache_info() as the CacheInfo namedtuple,
// cache_clear(), method binding (__get__) and the instance __dict__ that
// update_wrapper fills.

import { PyObject } from '../objects/object';
import { PyType, type KwArgs } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyInt } from '../objects/core';
import type { Runtime } from '../runtime';
import { defMethod } from '../objects/native';
import { newDict, dictGet, dictSet, dictDel, dictClear, dictSetStr } from '../objects/dictops';
import { hashObject } from '../vm/abstract';
import { getAttr, newBoundMethod } from '../vm/attributes';
import { newFuncLike } from './funcLike';
import {
  makeType, defNew, allocNative, isCallable, newAttrDict, defDictAttr, releaseSubclassDict, traverseSubclassDict, ssizeArg,
  type WithDict,
} from './nativeTypes';

/** lru_list_elem: a link of the bounded cache's recency list (not a GC type). */
class LruLink extends PyObject {
  prev: LruLink | null = null;
  next: LruLink | null = null;
  hash = 0;
  constructor(type: PyType, public key: PyObject | null, public result: PyObject | null) { super(type); }
}

type WrapperKind = 'uncached' | 'infinite' | 'bounded';

class LruWrapper extends PyObject implements WithDict {
  dict: PyDict | null = null;
  /** The root of the circular recency list (a JS sentinel, like the C struct's inline root). */
  root: LruLink;
  hits = 0;
  misses = 0;
  maxsize = -1;
  typed = false;
  kind: WrapperKind = 'infinite';
  constructor(type: PyType, linkType: PyType, public func: PyObject | null, public cache: PyDict | null, public kwdMark: PyObject | null, public cacheInfoType: PyObject | null) {
    super(type);
    this.root = new LruLink(linkType, null, null);
    this.root.prev = this.root;
    this.root.next = this.root;
  }
}

export interface CacheTypes { wrapper: PyType; link: PyType; kwdMark: PyObject }

/** lru_cache_make_key */
function makeKey(rt: Runtime, w: LruWrapper, args: PyObject[], kw: KwArgs): PyObject {
  const nkw = kw === null ? 0 : kw.length;
  if (!w.typed && nkw === 0) {
    if (args.length === 1) {
      const k = args[0];
      if (k.type === rt.t.str || k.type === rt.t.int) { k.refcnt++; return k; }
    }
    return rt.newTuple(args.map((a) => { a.refcnt++; return a; }));
  }
  const items: PyObject[] = args.map((a) => { a.refcnt++; return a; });
  if (nkw > 0) {
    w.kwdMark!.refcnt++;
    items.push(w.kwdMark!);
    for (const [k, v] of kw!) { items.push(rt.internStr(k)); v.refcnt++; items.push(v); }
  }
  if (w.typed) {
    for (const a of args) { a.type.refcnt++; items.push(a.type); }
    for (const [, v] of kw ?? []) { v.type.refcnt++; items.push(v.type); }
  }
  return rt.newTuple(items);
}

function extractLink(l: LruLink): void {
  l.prev!.next = l.next;
  l.next!.prev = l.prev;
}

function appendLink(w: LruWrapper, l: LruLink): void {
  const root = w.root;
  const last = root.prev!;
  last.next = l;
  root.prev = l;
  l.prev = last;
  l.next = root;
}

function callWrapper(rt: Runtime, w: LruWrapper, args: PyObject[], kw: KwArgs, linkType: PyType): PyObject {
  const func = w.func!;
  if (w.kind === 'uncached') {
    w.misses++;
    return rt.call(func, args, kw);
  }
  const key = makeKey(rt, w, args, kw);
  try {
    const hash = hashObject(rt, key);
    const cache = w.cache!;
    if (w.kind === 'infinite') {
      const hit = dictGet(rt, cache, key);
      if (hit !== null) { hit.refcnt++; w.hits++; return hit; }
      w.misses++;
      const result = rt.call(func, args, kw);
      try { dictSet(rt, cache, key, result); } catch (e) { rt.decref(result); throw e; }
      return result;
    }
    // bounded
    const found = dictGet(rt, cache, key) as LruLink | null;
    if (found !== null) {
      extractLink(found);
      appendLink(w, found);
      w.hits++;
      found.result!.refcnt++;
      return found.result!;
    }
    w.misses++;
    const result = rt.call(func, args, kw);
    if (dictGet(rt, cache, key) !== null) return result;
    if (cache.used < w.maxsize || w.root.next === w.root) {
      const link = new LruLink(linkType, key, result);
      rt.allocObject(link, 56);
      link.hash = hash;
      key.refcnt++;
      result.refcnt++;
      dictSet(rt, cache, key, link);
      appendLink(w, link);
      return result;
    }
    // Full: reuse the oldest link for the new key and result.
    const link = w.root.next!;
    extractLink(link);
    link.refcnt++;
    if (!dictDel(rt, cache, link.key!)) {
      rt.decref(link);
      rt.decref(link);
      return result;
    }
    const oldkey = link.key!;
    const oldresult = link.result!;
    link.hash = hash;
    key.refcnt++;
    link.key = key;
    result.refcnt++;
    link.result = result;
    dictSet(rt, cache, key, link);
    appendLink(w, link);
    rt.decref(link);
    rt.decref(oldkey);
    rt.decref(oldresult);
    return result;
  } finally { rt.decref(key); }
}

export function makeCacheTypes(rt: Runtime): CacheTypes {
  const link = makeType(rt, 'functools', '_lru_list_elem', { basicsize: 56, gc: false, baseType: false });
  link.dealloc = (o) => {
    const l = o as LruLink;
    const k = l.key; const r = l.result;
    l.key = null; l.result = null;
    if (k !== null) rt.decref(k);
    if (r !== null) rt.decref(r);
  };
  const t = makeType(rt, 'functools', '_lru_cache_wrapper', { basicsize: 152, heapLike: true, weakref: true });
  const kwdMark = rt.newSentinel();
  t.traverse = (o, visit) => {
    const w = o as LruWrapper;
    for (let l = w.root.next!; l !== w.root; l = l.next!) { if (l.result) visit(l.result); if (l.key) visit(l.key); }
    for (const x of [w.cache, w.func, w.kwdMark, w.cacheInfoType]) if (x !== null) visit(x);
    traverseSubclassDict(o, visit);
  };
  const clear = (o: PyObject) => {
    const w = o as LruWrapper;
    const parts = [w.cache, w.func, w.kwdMark, w.cacheInfoType];
    w.cache = null; w.func = null; w.kwdMark = null; w.cacheInfoType = null;
    const root = w.root;
    let l: LruLink | null = root.next === root ? null : root.next;
    if (l !== null) { root.prev!.next = null; root.next = root; root.prev = root; }
    for (const x of parts) if (x !== null) rt.decref(x);
    releaseSubclassDict(rt, o);
    while (l !== null) { const n: LruLink | null = l.next; rt.decref(l); l = n; }
  };
  t.clear = clear;
  t.dealloc = clear;
  defNew(t, (type, args, kw) => {
    if (kw !== null && kw.length > 0) {
      const names = ['user_function', 'maxsize', 'typed', 'cache_info_type'];
      const all: PyObject[] = args.slice();
      for (const [k, v] of kw) { const i = names.indexOf(k); if (i < 0) rt.typeError(`'${k}' is an invalid keyword argument for _lru_cache_wrapper()`); all[i] = v; }
      return newWrapper(rt, type, link, kwdMark, all);
    }
    return newWrapper(rt, type, link, kwdMark, args);
  });
  defMethod(t, '__call__', (self, args, kw) => callWrapper(rt, self as LruWrapper, args, kw, link));
  defMethod(t, 'cache_info', (self) => {
    const w = self as LruWrapper;
    const args = [rt.newInt(w.hits), rt.newInt(w.misses), w.maxsize === -1 ? rt.none() : rt.newInt(w.maxsize), rt.newInt(w.cache ? w.cache.used : 0)];
    try { return rt.call(w.cacheInfoType!, args); } finally { for (const a of args) rt.decref(a); }
  });
  defMethod(t, 'cache_clear', (self) => {
    const w = self as LruWrapper;
    const root = w.root;
    const first = root.next === root ? null : root.next;
    if (first !== null) { root.prev!.next = null; root.next = root; root.prev = root; }
    w.hits = 0; w.misses = 0;
    if (w.cache !== null) dictClear(rt, w.cache);
    let l = first;
    while (l !== null) { const n: LruLink | null = l.next; rt.decref(l); l = n; }
    return rt.none();
  });
  defMethod(t, '__get__', (self, args) => {
    const obj = args[0];
    if (obj === undefined || obj === rt.None) { self.refcnt++; return self; }
    return newBoundMethod(rt, self, obj);
  });
  defMethod(t, '__reduce__', (self) => getAttr(rt, self, '__qualname__'));
  defMethod(t, '__copy__', (self) => { self.refcnt++; return self; });
  defMethod(t, '__deepcopy__', (self) => { self.refcnt++; return self; });
  defDictAttr(t);
  return { wrapper: t, link, kwdMark };
}

function newWrapper(rt: Runtime, type: PyType, linkType: PyType, kwdMark: PyObject, args: PyObject[]): LruWrapper {
  if (args.length !== 4 || args.some((a) => a === undefined)) rt.typeError(`_lru_cache_wrapper() takes exactly 4 arguments (${args.length} given)`);
  const [func, maxsizeO, typedO, infoType] = args;
  if (!isCallable(func)) rt.typeError('the first argument must be callable');
  let kind: WrapperKind;
  let maxsize = -1;
  if (maxsizeO === rt.None) kind = 'infinite';
  else if (maxsizeO.type.lookup('__index__') !== null) {
    maxsize = ssizeArg(rt, maxsizeO);
    if (maxsize < 0) maxsize = 0;
    kind = maxsize === 0 ? 'uncached' : 'bounded';
  } else rt.typeError('maxsize should be integer or None');
  const cache = newDict(rt);
  const w = allocNative(rt, new LruWrapper(type, linkType, func, cache, kwdMark, infoType), type, 152);
  func.refcnt++; kwdMark.refcnt++; infoType.refcnt++;
  if (w.dict === null) w.dict = newAttrDict(rt);
  w.kind = kind;
  w.maxsize = maxsize;
  w.typed = rt.truthy(typedO);
  return w;
}

/** functools.lru_cache(maxsize=128, typed=False) as Lib/functools.py defines it. */
export function lruCache(rt: Runtime, types: CacheTypes, cacheInfo: PyObject, updateWrapper: (w: PyObject, f: PyObject) => void, args: PyObject[], kw: KwArgs): PyObject {
  if (args.length > 2) rt.typeError(`lru_cache() takes from 0 to 2 positional arguments but ${args.length} were given`);
  let maxsize: PyObject = args[0] ?? rt.smallInts[128 + 5];
  let typed: PyObject = args[1] ?? rt.False;
  for (const [k, v] of kw ?? []) {
    if (k === 'maxsize') { if (args.length >= 1) rt.typeError("lru_cache() got multiple values for argument 'maxsize'"); maxsize = v; }
    else if (k === 'typed') { if (args.length >= 2) rt.typeError("lru_cache() got multiple values for argument 'typed'"); typed = v; }
    else rt.typeError(`lru_cache() got an unexpected keyword argument '${k}'`);
  }
  const decorate = (userFunction: PyObject, ms: PyObject): PyObject => {
    const w = newWrapper(rt, types.wrapper, types.link, types.kwdMark, [userFunction, ms, typed, cacheInfo]);
    try {
      // The lambda's closure: a tuple of two cells holding maxsize and typed (the builtin's self here).
      const c1 = rt.newCell(ms); const c2 = rt.newCell(typed);
      const params = newFuncLike(rt, {
        name: '<lambda>', qualname: 'lru_cache.<locals>.decorating_function.<locals>.<lambda>', module: 'functools', keep: [c1, c2],
        fn: () => {
          const d = newDict(rt);
          dictSetStr(rt, d, 'maxsize', ms);
          dictSetStr(rt, d, 'typed', typed);
          return d;
        },
      });
      rt.decref(c1); rt.decref(c2);
      dictSetStr(rt, w.dict!, 'cache_parameters', params);
      rt.decref(params);
      updateWrapper(w, userFunction);
    } catch (e) { rt.decref(w); throw e; }
    return w;
  };
  if (maxsize instanceof PyInt) {
    if (BigInt(maxsize.v) < 0n) maxsize = rt.smallInts[5];
  } else if (isCallable(maxsize) && typed.type === rt.t.bool) {
    return decorate(maxsize, rt.smallInts[128 + 5]);
  } else if (maxsize !== rt.None) {
    rt.typeError('Expected first argument to be an integer, a callable, or None');
  }
  const ms = maxsize;
  const c1 = rt.newCell(ms); const c2 = rt.newCell(typed);
  const deco = newFuncLike(rt, {
    name: 'decorating_function', qualname: 'lru_cache.<locals>.decorating_function', module: 'functools', keep: [c1, c2],
    fn: (a, kw) => {
      if (kw !== null && kw.length > 0) rt.typeError(`lru_cache.<locals>.decorating_function() got an unexpected keyword argument '${kw[0][0]}'`);
      if (a.length !== 1) rt.typeError(`lru_cache.<locals>.decorating_function() takes 1 positional argument but ${a.length} were given`);
      return decorate(a[0], ms);
    },
  });
  rt.decref(c1); rt.decref(c2);
  return deco;
}

