// itertools.tee: _tee iterators sharing _tee_dataobject buffers of 57 cells
// (LINKCELLS), each buffer linking to the next, the source iterator kept by every
// buffer. cf. Modules/itertoolsmodule.c (3.11) teedataobject / teeobject.

import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import type { PyTuple } from '../objects/core';
import type { Runtime } from '../runtime';
import { defMethod, noKw } from '../objects/native';
import { getIter, iterNext } from '../vm/abstract';
import { getAttrOrNull } from '../vm/attributes';
import { allocNative, NIter, setSlot, installNIter, defNew } from './nativeTypes';

/** Set item i of a tuple being filled (steals v). */
function setItem(rt: Runtime, t: PyTuple, i: number, v: PyObject): void {
  const old = t.items[i];
  t.items[i] = v;
  rt.decref(old);
}

const LINKCELLS = 57;

/** teedataobject: up to 57 values read from the shared iterator, then a link to the next buffer. */
class TeeData extends NIter {
  values: PyObject[] = [];
  running = false;
  /** s[0] it, s[1] nextlink */
}

class TeeIter extends NIter {
  index = 0;
  /** s[0] dataobj */
}

interface TeeTypes { tee: PyType; data: PyType }
const TEE = new WeakMap<Runtime, TeeTypes>();

function newTeeData(rt: Runtime, it: PyObject): TeeData {
  const tt = TEE.get(rt)!;
  const d = allocNative(rt, new TeeData(tt.data, 2), tt.data, 496);
  it.refcnt++;
  d.s[0] = it;
  return d;
}

function teeGetItem(rt: Runtime, d: TeeData, i: number): PyObject | null {
  let v: PyObject;
  if (i < d.values.length) v = d.values[i];
  else {
    if (d.running) rt.raise(rt.t.RuntimeError, 'cannot re-enter the tee iterator');
    const src = d.s[0];
    if (src === null) return null;
    d.running = true;
    let got: PyObject | null;
    try { got = iterNext(rt, src); } finally { d.running = false; }
    if (got === null) return null;
    d.values.push(got);
    v = got;
  }
  v.refcnt++;
  return v;
}

function newTee(rt: Runtime, type: PyType, data: TeeData, index: number): TeeIter {
  const to = allocNative(rt, new TeeIter(type, 1), type, 40);
  data.refcnt++;
  to.s[0] = data;
  to.index = index;
  to.next = () => {
    let d = to.s[0] as TeeData | null;
    if (d === null) return null;
    if (to.index >= LINKCELLS) {
      let link = d.s[1] as TeeData | null;
      if (link === null) { link = newTeeData(rt, d.s[0]!); d.s[1] = link; }
      link.refcnt++;
      setSlot(rt, to, 0, link);
      d = link;
      to.index = 0;
    }
    const v = teeGetItem(rt, d, to.index);
    if (v === null) return null;
    to.index++;
    return v;
  };
  return to;
}

/** tee_fromiterable */
function teeFromIterable(rt: Runtime, iterable: PyObject): PyObject {
  const tt = TEE.get(rt)!;
  const it = getIter(rt, iterable);
  try {
    if (it instanceof TeeIter && it.type.isSubtypeOf(tt.tee)) return newTee(rt, tt.tee, it.s[0] as TeeData, it.index);
    const data = newTeeData(rt, it);
    const to = newTee(rt, tt.tee, data, 0);
    rt.decref(data);
    return to;
  } finally { rt.decref(it); }
}

export function installTee(rt: Runtime, t: PyType, dt: PyType): void {
  TEE.set(rt, { tee: t, data: dt });
  installNIter(rt, t);
  // The data object is a container, not an iterator; it keeps its values and the next link.
  dt.traverse = (o, visit) => {
    const d = o as TeeData;
    if (d.s[0] !== null) visit(d.s[0]);
    for (const v of d.values) visit(v);
    if (d.s[1] !== null) visit(d.s[1]);
  };
  const clearData = (o: PyObject) => {
    const d = o as TeeData;
    const src = d.s[0];
    d.s[0] = null;
    if (src !== null) rt.decref(src);
    const vals = d.values;
    d.values = [];
    for (const v of vals) rt.decref(v);
    // teedataobject_safe_decref: release a long chain of links iteratively.
    let link = d.s[1];
    d.s[1] = null;
    while (link !== null && link instanceof TeeData && link.refcnt === 1) {
      const nxt = link.s[1];
      link.s[1] = null;
      rt.decref(link);
      link = nxt;
    }
    if (link !== null) rt.decref(link);
  };
  dt.clear = clearData;
  dt.dealloc = clearData;
  defNew(t, (_type, args, kw) => {
    noKw(rt, '_tee', kw);
    if (args.length !== 1) rt.typeError(`_tee expected 1 argument, got ${args.length}`);
    return teeFromIterable(rt, args[0]);
  });
  defMethod(t, '__copy__', (self) => {
    const to = self as TeeIter;
    const d = to.s[0] as TeeData;
    return newTee(rt, TEE.get(rt)!.tee, d, to.index);
  });
}

/** itertools.tee(iterable, n=2) */
export function itertoolsTee(rt: Runtime, iterable: PyObject, n: number): PyObject {
  if (n < 0) rt.valueError('n must be >= 0');
  const items: PyObject[] = [];
  for (let i = 0; i < n; i++) { rt.None.refcnt++; items.push(rt.None); }
  const result = rt.newTuple(items);
  if (n === 0) return result;
  try {
    const it = getIter(rt, iterable);
    let copyable: PyObject;
    let copyfunc: PyObject | null;
    try {
      copyfunc = getAttrOrNull(rt, it, '__copy__');
      if (copyfunc !== null) { it.refcnt++; copyable = it; }
      else {
        copyable = teeFromIterable(rt, it);
        try { copyfunc = getAttrOrNull(rt, copyable, '__copy__')!; } catch (e) { rt.decref(copyable); throw e; }
      }
    } finally { rt.decref(it); }
    try {
      setItem(rt, result, 0, copyable);
      for (let i = 1; i < n; i++) setItem(rt, result, i, rt.call(copyfunc, []));
    } finally { rt.decref(copyfunc); }
  } catch (e) { rt.decref(result); throw e; }
  return result;
}
