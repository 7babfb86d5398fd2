// Structural pattern matching support: cf. Python/ceval.c match_class, match_keys,
// and the Py_TPFLAGS_MAPPING / Py_TPFLAGS_SEQUENCE checks of MATCH_MAPPING/SEQUENCE.

import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyTuple, PyStr } from '../objects/core';
import { PyDict } from '../objects/dict';
import type { Runtime } from '../runtime';
import { getAttrOrNull } from './attributes';
import { getItem, iterateToArray } from './abstract';
import { dictLookup } from '../objects/dictops';

export function isMappingForMatch(rt: Runtime, o: PyObject): boolean {
  if (o instanceof PyDict) return true;
  return o.type.mro.some((t) => t === rt.t.dict || t.name === 'Mapping' || t.name === 'OrderedDict' || t.name === 'defaultdict' || t.name === 'Counter');
}

export function isSequenceForMatch(rt: Runtime, o: PyObject): boolean {
  const t = o.type;
  if (t.isSubtypeOf(rt.t.str) || t.isSubtypeOf(rt.t.bytes) || t.isSubtypeOf(rt.t.bytearray)) return false;
  return t.isSubtypeOf(rt.t.list) || t.isSubtypeOf(rt.t.tuple) || t.isSubtypeOf(rt.t.range) || t.mro.some((m) => m.name === 'deque' || m.name === 'Sequence');
}

/** MATCH_KEYS: a tuple of the values for `keys`, or None when one is missing. */
export function matchKeys(rt: Runtime, subject: PyObject, keys: PyTuple): PyObject {
  const values: PyObject[] = [];
  const seen: PyObject[] = [];
  for (const k of keys.items) {
    for (const s of seen) if (rt.eq(s, k)) { for (const v of values) rt.decref(v); rt.valueError(`mapping pattern checks duplicate key (${rt.repr(k)})`); }
    seen.push(k);
    if (subject instanceof PyDict && subject.type === rt.t.dict) {
      const i = dictLookup(rt, subject, k);
      if (i < 0) { for (const v of values) rt.decref(v); return rt.none(); }
      const v = subject.values[i]!;
      v.refcnt++;
      values.push(v);
      continue;
    }
    const get = getAttrOrNull(rt, subject, 'get');
    if (get === null) { for (const v of values) rt.decref(v); return rt.none(); }
    const dummy = rt.newSentinel();
    const v = rt.call(get, [k, dummy]);
    rt.decref(get);
    if (v === dummy) { rt.decref(v); rt.decref(dummy); for (const x of values) rt.decref(x); return rt.none(); }
    rt.decref(dummy);
    values.push(v);
  }
  return rt.newTuple(values);
}

/** MATCH_CLASS: isinstance check, then positional (via __match_args__) and keyword attributes. */
export function matchClass(rt: Runtime, subject: PyObject, cls: PyObject, npos: number, kwNames: PyTuple): PyObject {
  if (!(cls instanceof PyType)) rt.typeError('called match pattern must be a class');
  if (!subject.type.isSubtypeOf(cls)) return rt.none();
  const attrs: PyObject[] = [];
  const seen = new Set<string>();
  const fail = (): PyObject => { for (const a of attrs) rt.decref(a); return rt.none(); };
  const take = (name: string): boolean => {
    if (seen.has(name)) { for (const a of attrs) rt.decref(a); rt.typeError(`${cls.name}() got multiple sub-patterns for attribute '${name}'`); }
    seen.add(name);
    const v = getAttrOrNull(rt, subject, name);
    if (v === null) return false;
    attrs.push(v);
    return true;
  };
  if (npos > 0) {
    const matchArgs = getAttrOrNull(rt, cls, '__match_args__');
    const selfMatch = [rt.t.bool, rt.t.bytearray, rt.t.bytes, rt.t.dict, rt.t.float, rt.t.frozenset, rt.t.int, rt.t.list, rt.t.set, rt.t.str, rt.t.tuple].some((t) => cls.isSubtypeOf(t));
    if (matchArgs === null) {
      if (selfMatch) {
        if (npos > 1) rt.typeError(`${cls.name}() accepts 1 positional sub-pattern (${npos} given)`);
        subject.refcnt++;
        attrs.push(subject);
      } else rt.typeError(`${cls.name}() accepts 0 positional sub-patterns (${npos} given)`);
    } else {
      if (!(matchArgs instanceof PyTuple)) { rt.decref(matchArgs); rt.typeError(`${cls.name}.__match_args__ must be a tuple (got ${matchArgs.type.name})`); }
      if (npos > matchArgs.items.length) {
        const n = matchArgs.items.length;
        rt.decref(matchArgs);
        rt.typeError(`${cls.name}() accepts ${n} positional sub-pattern${n === 1 ? '' : 's'} (${npos} given)`);
      }
      const names = matchArgs.items.slice(0, npos).map((s) => (s as PyStr).v);
      rt.decref(matchArgs);
      for (const n of names) if (!take(n)) return fail();
    }
  }
  for (const k of kwNames.items) if (!take((k as PyStr).v)) return fail();
  return rt.newTuple(attrs);
}

export { getItem, iterateToArray };
