// The abstract object protocol: cf. Objects/abstract.c, Objects/object.c.
// Every operation dispatches through the type's special methods (the type dicts of
// builtin types hold native slot wrappers), with fast paths for exact builtin types.
// All functions return new references and borrow their arguments.

import { PyObject, PyRaise } from '../objects/object';
import { PyType } from '../objects/type';
import {
  PyInt, PyStr, PyTuple, PyList, PyFunction, PyMethodDescr, PySet, PySlice, PyFloat,
} from '../objects/core';
import { PyDict } from '../objects/dict';
import type { Runtime } from '../runtime';
import { callObject } from './call';
import { descrGet, getAttrOrNull } from './attributes';
import { BINARY_OPS } from '../compile/opcodes';
import { dictSet, dictLookup, dictItems } from '../objects/dictops';
import { listAppendImpl, listExtendImpl, newListFrom } from '../objects/list';
import { setAddImpl, newSet, setUpdateInternal } from '../objects/set';
import { timsort } from '../objects/listsort';

export { listAppendImpl as listAppend };


/** Call special method `name` found on type(o) with o as self; null when the type lacks it. cf. vectorcall_method. */
export function callSpecial(rt: Runtime, o: PyObject, name: string, args: PyObject[]): PyObject | null {
  const m = o.type.lookup(name);
  if (m === null) return null;
  if (m instanceof PyFunction) return callObject(rt, m, [o, ...args], null);
  if (m instanceof PyMethodDescr) return m.fn(o, args, null);
  if (m === rt.None) return null;
  const bound = descrGet(rt, m, o, o.type);
  try { return callObject(rt, bound, args, null); } finally { rt.decref(bound); }
}

/** _PyObject_LookupSpecial: the bound special method, or null. */
export function lookupSpecial(rt: Runtime, o: PyObject, name: string): PyObject | null {
  const m = o.type.lookup(name);
  if (m === null) return null;
  return descrGet(rt, m, o, o.type);
}

export function isNotImpl(rt: Runtime, r: PyObject): boolean {
  return r === rt.NotImplemented;
}

export { binaryOp, unaryNegative, unaryPositive, unaryInvert } from './binaryops';

// ---- int fast paths ------------------------------------------------------------

export function intAddFast(rt: Runtime, a: PyInt, b: PyInt): PyObject {
  const x = a.v; const y = b.v;
  if (typeof x === 'number' && typeof y === 'number') {
    const r = x + y;
    if (Number.isSafeInteger(r)) return rt.newInt(r);
  }
  return rt.newInt(BigInt(x) + BigInt(y));
}

export function intSubFast(rt: Runtime, a: PyInt, b: PyInt): PyObject {
  const x = a.v; const y = b.v;
  if (typeof x === 'number' && typeof y === 'number') {
    const r = x - y;
    if (Number.isSafeInteger(r)) return rt.newInt(r);
  }
  return rt.newInt(BigInt(x) - BigInt(y));
}

export function intCompareFast(a: PyInt, b: PyInt, op: number): boolean {
  const x = a.v; const y = b.v;
  switch (op) {
    case 0: return x < y;
    case 1: return x <= y;
    case 2: return x == y; // eslint-disable-line eqeqeq
    case 3: return x != y; // eslint-disable-line eqeqeq
    case 4: return x > y;
    default: return x >= y;
  }
}

// ---- comparison, truth, hashing ------------------------------------------------

const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const CMP_SWAP = [4, 5, 2, 3, 0, 1];
const CMP_SYMS = ['<', '<=', '==', '!=', '>', '>='];

/** PyObject_RichCompare, cf. object.c do_richcompare. */
export function richCompare(rt: Runtime, a: PyObject, b: PyObject, op: number): PyObject {
  const ta = a.type;
  const tb = b.type;
  let checkedReverse = false;
  // cf. Objects/object.c do_richcompare: a right operand whose type is a proper subtype of the
  // left's goes first, whether or not it overrides the reflected method.
  if (ta !== tb && tb.isSubtypeOf(ta) && tb.lookup(CMP_NAMES[CMP_SWAP[op]]) !== null) {
    checkedReverse = true;
    const r = callSpecial(rt, b, CMP_NAMES[CMP_SWAP[op]], [a]);
    if (r !== null && !isNotImpl(rt, r)) return r;
    if (r !== null) rt.decref(r);
  }
  const r1 = callSpecial(rt, a, CMP_NAMES[op], [b]);
  if (r1 !== null && !isNotImpl(rt, r1)) return r1;
  if (r1 !== null) rt.decref(r1);
  if (!checkedReverse) {
    const r2 = callSpecial(rt, b, CMP_NAMES[CMP_SWAP[op]], [a]);
    if (r2 !== null && !isNotImpl(rt, r2)) return r2;
    if (r2 !== null) rt.decref(r2);
  }
  if (op === 2) return rt.newBool(a === b);
  if (op === 3) return rt.newBool(a !== b);
  rt.typeError(`'${CMP_SYMS[op]}' not supported between instances of '${ta.tpName}' and '${tb.tpName}'`);
}

/** PyObject_RichCompareBool: identity implies equality for == and !=. */
export function richCompareBool(rt: Runtime, a: PyObject, b: PyObject, op: number): boolean {
  if (a === b) {
    if (op === 2) return true;
    if (op === 3) return false;
  }
  if (a.type === rt.t.int && b.type === rt.t.int) return intCompareFast(a as PyInt, b as PyInt, op);
  if (a.type === rt.t.str && b.type === rt.t.str) {
    const x = (a as PyStr).v; const y = (b as PyStr).v;
    if (op === 2) return x === y;
    if (op === 3) return x !== y;
  }
  const r = richCompare(rt, a, b, op);
  try { return isTrue(rt, r); } finally { rt.decref(r); }
}

export function eqObjects(rt: Runtime, a: PyObject, b: PyObject): boolean {
  return richCompareBool(rt, a, b, 2);
}

/** PyObject_IsTrue */
export function isTrue(rt: Runtime, o: PyObject): boolean {
  if (o === rt.True) return true;
  if (o === rt.False || o === rt.None) return false;
  const t = o.type;
  if (t === rt.t.int) return (o as PyInt).v != 0; // eslint-disable-line eqeqeq
  if (t === rt.t.str) return (o as PyStr).v.length > 0;
  if (t === rt.t.list) return (o as PyList).items.length > 0;
  if (t === rt.t.tuple) return (o as PyTuple).items.length > 0;
  if (t === rt.t.dict) return (o as PyDict).used > 0;
  const b = t.lookup('__bool__');
  if (b !== null) {
    const r = callSpecial(rt, o, '__bool__', [])!;
    if (r.type !== rt.t.bool) {
      rt.decref(r);
      rt.typeError(`__bool__ should return bool, returned ${r.type.tpName}`);
    }
    return r === rt.True;
  }
  const l = t.lookup('__len__');
  if (l !== null) return rt.length(o) > 0;
  return true;
}

/** PyObject_Hash, exactly (a signed 64-bit value as bigint). */
export function hashObjectBig(rt: Runtime, o: PyObject): bigint {
  const h = o.type.lookup('__hash__');
  if (h === null || h === rt.None) rt.typeError(`unhashable type: '${o.type.tpName}'`);
  const r = h instanceof PyMethodDescr ? h.fn(o, [], null) : callSpecial(rt, o, '__hash__', [])!;
  if (!(r instanceof PyInt)) { rt.decref(r); rt.typeError('__hash__ method should return an integer'); }
  let v = BigInt(r.v);
  rt.decref(r);
  if (v < -(1n << 63n) || v >= 1n << 63n) {
    // A user __hash__ returning a huge int: CPython hashes that int (slot_tp_hash).
    const M = (1n << 61n) - 1n;
    const a = v < 0n ? -v : v;
    let x = a % M;
    if (v < 0n) x = -x;
    v = x === -1n ? -2n : x;
  }
  if (v === -1n) v = -2n;
  return v;
}

/** PyObject_Hash */
export function hashObject(rt: Runtime, o: PyObject): number {
  const h = o.type.lookup('__hash__');
  if (h === null || h === rt.None) rt.typeError(`unhashable type: '${o.type.tpName}'`);
  if (h instanceof PyMethodDescr) {
    const r = h.fn(o, [], null) as PyInt;
    const v = Number(r.v);
    rt.decref(r);
    return v;
  }
  const r = callSpecial(rt, o, '__hash__', [])!;
  if (!(r instanceof PyInt)) { rt.decref(r); rt.typeError('__hash__ method should return an integer'); }
  const v = rt.hashOfInt(r);
  rt.decref(r);
  return v;
}

// ---- iteration ---------------------------------------------------------------------

export function getIter(rt: Runtime, o: PyObject): PyObject {
  const r = callSpecial(rt, o, '__iter__', []);
  if (r !== null) {
    if (r.type.lookup('__next__') === null) {
      rt.decref(r);
      rt.typeError(`iter() returned non-iterator of type '${r.type.tpName}'`);
    }
    return r;
  }
  if (o.type.lookup('__getitem__') !== null && o.type !== rt.t.dict) return rt.seqIter(o);
  rt.typeError(`'${o.type.tpName}' object is not iterable`);
}

/** next(it): the next item, or null when exhausted (StopIteration swallowed). */
export function iterNext(rt: Runtime, it: PyObject): PyObject | null {
  const fast = rt.fastNext(it);
  if (fast !== undefined) return fast;
  const m = it.type.lookup('__next__');
  if (m === null) rt.typeError(`'${it.type.tpName}' object is not an iterator`);
  try {
    return callSpecial(rt, it, '__next__', [])!;
  } catch (e) {
    if (e instanceof PyRaise && rt.isInstanceOf(e.exc, rt.t.StopIteration)) {
      rt.decref(e.exc);
      return null;
    }
    throw e;
  }
}

/** All items of an iterable as new references. */
/** `forStar`: the error of an unpacking `*x` (true), or of a call `f(*x)` (the callee: cf. ceval.c check_args_iterable). */
export function iterateToArray(rt: Runtime, o: PyObject, forStar: boolean | PyObject = false): PyObject[] {
  if (o.type === rt.t.list || o.type === rt.t.tuple) {
    const items = (o as PyList).items.slice();
    for (const x of items) x.refcnt++;
    return items;
  }
  let it: PyObject;
  try {
    it = getIter(rt, o);
  } catch (e) {
    if (forStar && e instanceof PyRaise && rt.isInstanceOf(e.exc, rt.t.TypeError) && o.type.lookup('__iter__') === null) {
      rt.decref(e.exc);
      if (forStar !== true) rt.typeError(`${rt.funcDescription(forStar)} argument after * must be an iterable, not ${o.type.tpName}`);
      rt.typeError(`Value after * must be an iterable, not ${o.type.tpName}`);
    }
    throw e;
  }
  const out: PyObject[] = [];
  try {
    for (;;) {
      const v = iterNext(rt, it);
      if (v === null) break;
      out.push(v);
    }
  } catch (e) {
    for (const x of out) rt.decref(x);
    throw e;
  } finally {
    rt.decref(it);
  }
  return out;
}

/** PyObject_LengthHint: len() when the type has one (a TypeError from it is ignored), else __length_hint__,
 * else `dflt`. cf. Objects/abstract.c */
export function lengthHint(rt: Runtime, o: PyObject, dflt: number): number {
  if (o.type.lookup('__len__') !== null) {
    try {
      return rt.length(o);
    } catch (e) {
      if (!(e instanceof PyRaise) || !e.exc.type.isSubtypeOf(rt.t.TypeError)) throw e;
      rt.decref(e.exc);
    }
  }
  let r: PyObject | null;
  try {
    r = callSpecial(rt, o, '__length_hint__', []);
  } catch (e) {
    if (e instanceof PyRaise && e.exc.type.isSubtypeOf(rt.t.TypeError)) { rt.decref(e.exc); return dflt; }
    throw e;
  }
  if (r === null) return dflt;
  if (r === rt.NotImplemented) { rt.decref(r); return dflt; }
  if (!(r instanceof PyInt)) {
    const tn = r.type.name;
    rt.decref(r);
    rt.typeError(`__length_hint__ must be an integer, not ${tn}`);
  }
  const v = BigInt(r.v);
  rt.decref(r);
  if (v < 0n) rt.valueError('__length_hint__() should return >= 0');
  return Number(v);
}

// ---- items -----------------------------------------------------------------------

export function getItem(rt: Runtime, o: PyObject, k: PyObject): PyObject {
  if (o.type === rt.t.list && k.type === rt.t.int) {
    const items = (o as PyList).items;
    let i = Number((k as PyInt).v);
    if (i < 0) i += items.length;
    if (i >= 0 && i < items.length) { const v = items[i]; v.refcnt++; return v; }
  }
  const r = callSpecial(rt, o, '__getitem__', [k]);
  if (r !== null) return r;
  if (o instanceof PyType) {
    if (o === rt.t.type) return rt.genericAlias(o, k);
    const cg = rt.getClassGetitem(o);
    if (cg !== null) {
      try { return callObject(rt, cg, [k], null); } finally { rt.decref(cg); }
    }
    rt.typeError(`type '${o.name}' is not subscriptable`);
  }
  rt.typeError(`'${o.type.tpName}' object is not subscriptable`);
}

export function setItem(rt: Runtime, o: PyObject, k: PyObject, v: PyObject): void {
  const r = callSpecial(rt, o, '__setitem__', [k, v]);
  if (r === null) rt.typeError(`'${o.type.tpName}' object does not support item assignment`);
  rt.decref(r);
}

export function delItem(rt: Runtime, o: PyObject, k: PyObject): void {
  const r = callSpecial(rt, o, '__delitem__', [k]);
  if (r === null) rt.typeError(`'${o.type.tpName}' object doesn't support item deletion`);
  rt.decref(r);
}

/** `v in o` (PySequence_Contains). */
export function contains(rt: Runtime, o: PyObject, v: PyObject): boolean {
  if (o.type === rt.t.dict) return dictLookup(rt, o as PyDict, v) >= 0;
  // __contains__ = None disables the protocol (cf. typeobject.c slot_sq_contains).
  if (o.type.lookup('__contains__') === rt.None) rt.typeError(`'${o.type.tpName}' object is not a container`);
  const r = callSpecial(rt, o, '__contains__', [v]);
  if (r !== null) { try { return isTrue(rt, r); } finally { rt.decref(r); } }
  let it: PyObject;
  try { it = getIter(rt, o); } catch (e) {
    if (e instanceof PyRaise && rt.isInstanceOf(e.exc, rt.t.TypeError)) {
      rt.decref(e.exc);
      rt.typeError(`argument of type '${o.type.tpName}' is not iterable`);
    }
    throw e;
  }
  try {
    for (;;) {
      const x = iterNext(rt, it);
      if (x === null) return false;
      const eq = x === v || eqObjects(rt, x, v);
      rt.decref(x);
      if (eq) return true;
    }
  } finally { rt.decref(it); }
}

export function isInstance(rt: Runtime, o: PyObject, t: PyType): boolean {
  return o.type.isSubtypeOf(t);
}

// ---- building ----------------------------------------------------------------------

export function buildSlice(rt: Runtime, start: PyObject, stop: PyObject, step: PyObject | null): PySlice {
  return rt.newSlice(start, stop, step ?? rt.None);
}

export function newList(rt: Runtime, items: PyObject[]): PyList {
  return newListFrom(rt, items);
}

export function listExtend(rt: Runtime, l: PyList, v: PyObject, forStar: boolean): void {
  listExtendImpl(rt, l, v, forStar);
}

export function newSetObject(rt: Runtime, t: PyType): PySet {
  return newSet(rt, t);
}

export function setAdd(rt: Runtime, s: PyObject, v: PyObject): void {
  setAddImpl(rt, s as PySet, v);
}

/** SET_UPDATE: `{*it}` and constant set literals. cf. _PySet_Update -> set_update_internal */
export function setUpdate(rt: Runtime, s: PyObject, v: PyObject): void {
  setUpdateInternal(rt, s as PySet, v);
}

/** DICT_UPDATE: `{**m}` */
export function dictUpdateFrom(rt: Runtime, d: PyDict, v: PyObject): void {
  if (v instanceof PyDict) {
    for (const [k, val] of dictItems(v)) dictSet(rt, d, k, val);
    return;
  }
  const keys = getAttrOrNull(rt, v, 'keys');
  if (keys === null) rt.typeError(`'${v.type.tpName}' object is not a mapping`);
  const ks = callObject(rt, keys, [], null);
  rt.decref(keys);
  const arr = iterateToArray(rt, ks);
  rt.decref(ks);
  try {
    for (const k of arr) {
      const val = getItem(rt, v, k);
      dictSet(rt, d, k, val);
      rt.decref(val);
    }
  } finally { for (const k of arr) rt.decref(k); }
}

/** DICT_MERGE: `f(**m)`, rejecting duplicate keywords. */
export function dictMergeFrom(rt: Runtime, d: PyDict, v: PyObject, func: PyObject): void {
  const fname = rt.funcDescription(func);
  if (!(v instanceof PyDict) && v.type.lookup('keys') === null) {
    rt.typeError(`${fname} argument after ** must be a mapping, not ${v.type.tpName}`);
  }
  const tmp = rt.newDictFromPairs([]);
  try {
    dictUpdateFrom(rt, tmp, v);
    for (const [k, val] of dictItems(tmp)) {
      if (k.type !== rt.t.str) rt.typeError("keywords must be strings");
      if (dictLookup(rt, d, k) >= 0) rt.typeError(`${fname} got multiple values for keyword argument '${(k as PyStr).v}'`);
      dictSet(rt, d, k, val);
    }
  } finally { rt.decref(tmp); }
}

/** UNPACK_SEQUENCE: exactly n items (new references, in order). */
export function unpackSequence(rt: Runtime, seq: PyObject, n: number): PyObject[] {
  if (seq.type === rt.t.tuple || seq.type === rt.t.list) {
    const items = (seq as PyTuple).items;
    if (items.length === n) { for (const x of items) x.refcnt++; return items.slice(); }
    if (items.length < n) rt.valueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
    rt.valueError(`too many values to unpack (expected ${n})`);
  }
  let it: PyObject;
  try { it = getIter(rt, seq); } catch (e) {
    if (e instanceof PyRaise && rt.isInstanceOf(e.exc, rt.t.TypeError) && seq.type.lookup('__iter__') === null) {
      rt.decref(e.exc);
      rt.typeError(`cannot unpack non-iterable ${seq.type.tpName} object`);
    }
    throw e;
  }
  const out: PyObject[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const v = iterNext(rt, it);
      if (v === null) rt.valueError(`not enough values to unpack (expected ${n}, got ${i})`);
      out.push(v);
    }
    const extra = iterNext(rt, it);
    if (extra !== null) { rt.decref(extra); rt.valueError(`too many values to unpack (expected ${n})`); }
  } catch (e) {
    for (const x of out) rt.decref(x);
    throw e;
  } finally { rt.decref(it); }
  return out;
}

/** UNPACK_EX: `before` items, a list of the middle, `after` items. */
export function unpackEx(rt: Runtime, seq: PyObject, before: number, after: number): PyObject[] {
  let all: PyObject[];
  try { all = iterateToArray(rt, seq); } catch (e) {
    if (e instanceof PyRaise && rt.isInstanceOf(e.exc, rt.t.TypeError) && seq.type.lookup('__iter__') === null) {
      rt.decref(e.exc);
      rt.typeError(`cannot unpack non-iterable ${seq.type.tpName} object`);
    }
    throw e;
  }
  if (all.length < before + after) {
    for (const x of all) rt.decref(x);
    rt.valueError(`not enough values to unpack (expected at least ${before + after}, got ${all.length})`);
  }
  const mid = newListFrom(rt, all.slice(before, all.length - after));
  return [...all.slice(0, before), mid, ...all.slice(all.length - after)];
}

/** FORMAT_VALUE: conversion 0 none, 1 str, 2 repr, 3 ascii, then format(value, spec). */
export function formatValue(rt: Runtime, v: PyObject, conv: number, spec: PyStr | null): PyObject {
  let val = v;
  let owned = false;
  if (conv === 1) { val = rt.strObj(v); owned = true; }
  else if (conv === 2) { val = rt.reprObj(v); owned = true; }
  else if (conv === 3) { val = rt.asciiObj(v); owned = true; }
  try {
    if (val.type === rt.t.str && (spec === null || spec.v === '')) { val.refcnt++; return val; }
    return rt.format(val, spec === null ? '' : spec.v);
  } finally { if (owned) rt.decref(val); }
}

/**
 * The order list.sort(key, reverse) produces for `keys` (stable; reverse keeps ties
 * in their original order, as CPython's reverse-sort-reverse does). Compares with `<`.
 */
/** The order list.sort(reverse=...) puts `keys` in (indices), with list.sort's comparisons. */
export function stableOrder(rt: Runtime, keys: PyObject[], reverse: boolean): number[] {
  const k = keys.slice();
  const idx = keys.map((_, i) => i);
  if (reverse) { k.reverse(); idx.reverse(); }
  timsort(k, idx, (a, b) => richCompareBool(rt, a, b, 0));
  if (reverse) idx.reverse();
  return idx;
}

export { PyFloat };
