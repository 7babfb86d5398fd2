// The simulated itertools module. cf. Modules/itertoolsmodule.c (3.11).
//
// Every iterator type is a native type named as CPython names it (itertools.count,
// itertools.chain, ...), lazy exactly as the C code is: the same sub-iterator
// calls, in the same order, with the same objects kept alive. Object sizes are the
// C structs' (sys.getsizeof matches). This file has the module and the simple
// iterators; itertoolsComb.ts has zip_longest, the combinatoric ones, groupby and tee.

import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import type { PyDict } from '../objects/dict';
import { PyInt, PyTuple, PyList, PyModule } from '../objects/core';
import type { Runtime } from '../runtime';
import { defMethod, defFunction, checkArgCount, noKw } from '../objects/native';
import { getIter, iterNext, isTrue } from '../vm/abstract';
import { listAppendImpl } from '../objects/list';
import {
  makeModule, makeType, defNew, defClassMethod, defClassGetitem, allocNative, NIter, setSlot, installNIter,
  typeName, ssizeOrNull, ssizeArg, putNew, withStaticAllocation, clinicArgs,
} from './nativeTypes';
import { installItertoolsComb } from './itertoolsComb';
import { itertoolsTee } from './itertoolsTee';

export type TypeTable = Record<string, PyType>;
const TYPES = new WeakMap<Runtime, TypeTable>();

/** The itertools types of this runtime (created once, as start-up objects). */
export function itertoolsTypes(rt: Runtime): TypeTable {
  let t = TYPES.get(rt);
  if (t === undefined) {
    t = withStaticAllocation(rt, () => createTypes(rt));
    TYPES.set(rt, t);
  }
  return t;
}

export function installItertoolsModule(rt: Runtime): void {
  rt.modules.register('itertools', makeItertools);
}

const PUBLIC = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress', 'count', 'cycle',
  'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
  'takewhile', 'zip_longest', '_grouper', '_tee', '_tee_dataobject'];

function makeItertools(rt: Runtime): PyModule {
  const types = itertoolsTypes(rt);
  return makeModule(rt, 'itertools', (d: PyDict) => {
    putNew(rt, d, '__doc__', rt.newStr('Functional tools for creating and using iterators.'));
    for (const n of PUBLIC) { const t = types[n]; t.refcnt++; putNew(rt, d, n, t); }
    defFunction(rt, d, 'tee', (args, kw) => {
      noKw(rt, 'tee', kw);
      checkArgCount(rt, 'tee', args, 1, 2);
      return itertoolsTee(rt, args[0], args.length < 2 ? 2 : ssizeArg(rt, args[1]));
    }, 'itertools');
  });
}

/** A new NIter of `type` with `nslots` reference slots and `size` bytes; `next` is set by the caller. */
export function newNIter(rt: Runtime, type: PyType, nslots: number, size: number): NIter {
  return allocNative(rt, new NIter(type, nslots), type, size);
}

function createTypes(rt: Runtime): TypeTable {
  const T: TypeTable = {};
  const mk = (name: string, basicsize: number, doc?: string) => {
    const t = makeType(rt, 'itertools', name, { basicsize, doc });
    T[name] = t;
    return t;
  };
  installCount(rt, mk('count', 40));
  installCycle(rt, mk('cycle', 48));
  installRepeat(rt, mk('repeat', 32));
  installAccumulate(rt, mk('accumulate', 48));
  installChain(rt, mk('chain', 32));
  installCompress(rt, mk('compress', 32));
  installWhile(rt, mk('dropwhile', 40), true);
  installWhile(rt, mk('takewhile', 40), false);
  installFilterfalse(rt, mk('filterfalse', 32));
  installStarmap(rt, mk('starmap', 32));
  installIslice(rt, mk('islice', 56));
  installPairwise(rt, mk('pairwise', 32));
  installItertoolsComb(rt, mk);
  return T;
}

// ---- count --------------------------------------------------------------------

const SSIZE_MAX = 9223372036854775807n;

/** countobject: cnt (fast mode) or long_cnt/long_step (slow mode). */
class CountIter extends NIter {
  /** PY_SSIZE_T_MAX in slow mode. */
  cnt = 0n;
}

function isNumber(rt: Runtime, o: PyObject): boolean {
  const t = o.type;
  return t.lookup('__index__') !== null || t.lookup('__int__') !== null || t.lookup('__float__') !== null || t.isSubtypeOf(rt.t.complex);
}

function installCount(rt: Runtime, t: PyType): void {
  installNIter(rt, t);
  // slots: 0 long_cnt, 1 long_step
  defNew(t, (type, args, kw) => {
    const [start, step] = clinicArgs(rt, 'count', args, kw, ['start?', 'step?']);
    if ((start !== null && !isNumber(rt, start)) || (step !== null && !isNumber(rt, step))) rt.typeError('a number is required');
    let fast = (start === null || start instanceof PyInt) && (step === null || step instanceof PyInt);
    let cnt = 0n;
    if (start !== null && fast) {
      const v = BigInt((start as PyInt).v);
      if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) fast = false; else cnt = v;
    }
    const longCnt = start ?? rt.smallInts[5];
    const longStep = step ?? rt.smallInts[6];
    if (fast && BigInt((longStep as PyInt).v) !== 1n) fast = false;
    const it = allocNative(rt, new CountIter(type, 2), type, 40);
    if (fast) it.cnt = cnt;
    else { it.cnt = SSIZE_MAX; longCnt.refcnt++; it.s[0] = longCnt; }
    longStep.refcnt++;
    it.s[1] = longStep;
    it.next = () => {
      if (it.cnt !== SSIZE_MAX) return rt.newInt(it.cnt++);
      // count_nextlong: hand out the stored value, keep value + step.
      let cur = it.s[0];
      if (cur === null) cur = rt.newInt(SSIZE_MAX);
      const up = rt.binary(cur, it.s[1]!, 0);
      it.s[0] = up;
      return cur;
    };
    return it;
  });
  defMethod(t, '__repr__', (self) => {
    const it = self as CountIter;
    if (it.cnt !== SSIZE_MAX) return rt.newStr(`${typeName(self)}(${it.cnt})`);
    const cntRepr = rt.repr(it.s[0]!);
    const step = it.s[1]!;
    if (step instanceof PyInt && BigInt(step.v) === 1n) return rt.newStr(`${typeName(self)}(${cntRepr})`);
    return rt.newStr(`${typeName(self)}(${cntRepr}, ${rt.repr(step)})`);
  });
}

// ---- cycle ----------------------------------------------------------------------

class CycleIter extends NIter {
  index = 0;
  firstpass = false;
}

function installCycle(rt: Runtime, t: PyType): void {
  installNIter(rt, t);
  // slots: 0 it, 1 saved (a list)
  defNew(t, (type, args, kw) => {
    if (type === t) noKw(rt, 'cycle', kw);
    checkArgCount(rt, 'cycle', args, 1, 1);
    const src = getIter(rt, args[0]);
    const saved = rt.newList([]);
    const it = allocNative(rt, new CycleIter(type, 2), type, 48);
    it.s[0] = src;
    it.s[1] = saved;
    it.next = () => {
      const inner = it.s[0];
      if (inner !== null) {
        const item = iterNext(rt, inner);
        if (item !== null) {
          if (!it.firstpass) listAppendImpl(rt, it.s[1] as PyList, item);
          return item;
        }
        setSlot(rt, it, 0, null);
      }
      const l = it.s[1] as PyList | null;
      if (l === null || l.items.length === 0) return null;
      const item = l.items[it.index];
      it.index++;
      if (it.index >= l.items.length) it.index = 0;
      item.refcnt++;
      return item;
    };
    return it;
  });
}

// ---- repeat ---------------------------------------------------------------------

class RepeatIter extends NIter {
  cnt = -1;
}

function installRepeat(rt: Runtime, t: PyType): void {
  installNIter(rt, t);
  defNew(t, (type, args, kw) => {
    const [element, times] = clinicArgs(rt, 'repeat', args, kw, ['object', 'times?'], true);
    let cnt = -1;
    if (times !== null) cnt = ssizeArg(rt, times);
    if (args.length === 2 && cnt < 0) cnt = 0;
    const it = allocNative(rt, new RepeatIter(type, 1), type, 32);
    element!.refcnt++;
    it.s[0] = element;
    it.cnt = cnt;
    it.next = () => {
      if (it.cnt === 0 || it.s[0] === null) return null;
      if (it.cnt > 0) it.cnt--;
      it.s[0].refcnt++;
      return it.s[0];
    };
    return it;
  });
  defMethod(t, '__repr__', (self) => {
    const it = self as RepeatIter;
    const r = rt.repr(it.s[0]!);
    return rt.newStr(it.cnt === -1 ? `${typeName(self)}(${r})` : `${typeName(self)}(${r}, ${it.cnt})`);
  });
  defMethod(t, '__length_hint__', (self) => {
    const it = self as RepeatIter;
    if (it.cnt === -1) rt.typeError('len() of unsized object');
    return rt.newInt(it.cnt);
  });
}

// ---- accumulate -----------------------------------------------------------------

function installAccumulate(rt: Runtime, t: PyType): void {
  installNIter(rt, t);
  // slots: 0 it, 1 binop, 2 total, 3 initial
  defNew(t, (type, args, kw) => {
    const [iterable, func, initial] = clinicArgs(rt, 'accumulate', args, kw, ['iterable', 'func?', '*', 'initial?']);
    const src = getIter(rt, iterable!);
    const it = allocNative(rt, new NIter(type, 4), type, 48);
    it.s[0] = src;
    if (func !== null && func !== rt.None) { func.refcnt++; it.s[1] = func; }
    const init = initial ?? rt.None;
    init.refcnt++;
    it.s[3] = init;
    it.next = () => {
      if (it.s[3] !== null && it.s[3] !== rt.None) {
        const total = it.s[3];
        rt.None.refcnt++;
        it.s[3] = rt.None;
        setSlot(rt, it, 2, total);
        total.refcnt++;
        return total;
      }
      const src2 = it.s[0];
      if (src2 === null) return null;
      const val = iterNext(rt, src2);
      if (val === null) return null;
      const total = it.s[2];
      if (total === null) {
        val.refcnt++;
        it.s[2] = val;
        return val;
      }
      let nt: PyObject;
      try {
        nt = it.s[1] === null ? rt.binary(total, val, 0) : rt.call(it.s[1], [total, val]);
      } finally { rt.decref(val); }
      nt.refcnt++;
      setSlot(rt, it, 2, nt);
      return nt;
    };
    return it;
  });
}

// ---- chain ----------------------------------------------------------------------

function newChain(rt: Runtime, type: PyType, source: PyObject): NIter {
  // slots: 0 source (iterator of iterables), 1 active
  const it = allocNative(rt, new NIter(type, 2), type, 32);
  it.s[0] = source;
  it.next = () => {
    while (it.s[0] !== null) {
      if (it.s[1] === null) {
        const iterable = iterNext(rt, it.s[0]);
        if (iterable === null) { setSlot(rt, it, 0, null); return null; }
        let active: PyObject;
        try { active = getIter(rt, iterable); } catch (e) { setSlot(rt, it, 0, null); throw e; } finally { rt.decref(iterable); }
        it.s[1] = active;
      }
      const item = iterNext(rt, it.s[1]!);
      if (item !== null) return item;
      setSlot(rt, it, 1, null);
    }
    return null;
  };
  return it;
}

/** chain.from_iterable(iterable) as a JS helper (used by Counter.elements). */
export function chainFromIterable(rt: Runtime, iterable: PyObject): PyObject {
  const source = getIter(rt, iterable);
  return newChain(rt, itertoolsTypes(rt).chain, source);
}

function installChain(rt: Runtime, t: PyType): void {
  installNIter(rt, t);
  defNew(t, (type, args, kw) => {
    if (type === t) noKw(rt, 'chain', kw);
    const tup = rt.newTuple(args.map((a) => { a.refcnt++; return a; }));
    let source: PyObject;
    try { source = getIter(rt, tup); } finally { rt.decref(tup); }
    return newChain(rt, type, source);
  });
  defClassMethod(t, 'from_iterable', (cls, args, kw) => {
    noKw(rt, 'chain.from_iterable', kw);
    if (args.length !== 1) rt.typeError(`chain.from_iterable() takes exactly one argument (${args.length} given)`);
    const source = getIter(rt, args[0]);
    return newChain(rt, cls as PyType, source);
  });
  defClassGetitem(t);
}

// ---- compress, dropwhile, takewhile, filterfalse, starmap ----------------------------

function installCompress(rt: Runtime, t: PyType): void {
  installNIter(rt, t);
  defNew(t, (type, args, kw) => {
    const [data, selectors] = clinicArgs(rt, 'compress', args, kw, ['data', 'selectors']);
    const d = getIter(rt, data!);
    let s: PyObject;
    try { s = getIter(rt, selectors!); } catch (e) { rt.decref(d); throw e; }
    const it = allocNative(rt, new NIter(type, 2), type, 32);
    it.s[0] = d; it.s[1] = s;
    it.next = () => {
      for (;;) {
        if (it.s[0] === null || it.s[1] === null) return null;
        const datum = iterNext(rt, it.s[0]);
        if (datum === null) return null;
        let sel: PyObject | null;
        try { sel = iterNext(rt, it.s[1]); } catch (e) { rt.decref(datum); throw e; }
        if (sel === null) { rt.decref(datum); return null; }
        let ok: boolean;
        try { ok = isTrue(rt, sel); } catch (e) { rt.decref(datum); throw e; } finally { rt.decref(sel); }
        if (ok) return datum;
        rt.decref(datum);
      }
    };
    return it;
  });
}

class FlagIter extends NIter {
  flag = false;
}

function installWhile(rt: Runtime, t: PyType, drop: boolean): void {
  installNIter(rt, t);
  const name = t.name;
  defNew(t, (type, args, kw) => {
    if (type === t) noKw(rt, name, kw);
    checkArgCount(rt, name, args, 2, 2);
    const src = getIter(rt, args[1]);
    const it = allocNative(rt, new FlagIter(type, 2), type, 40);
    args[0].refcnt++;
    it.s[0] = args[0]; it.s[1] = src;
    const pred = (item: PyObject): boolean => {
      const good = rt.call(it.s[0]!, [item]);
      try { return isTrue(rt, good); } finally { rt.decref(good); }
    };
    it.next = drop ? () => {
      for (;;) {
        if (it.s[1] === null) return null;
        const item = iterNext(rt, it.s[1]);
        if (item === null) return null;
        if (it.flag) return item;
        let ok: boolean;
        try { ok = pred(item); } catch (e) { rt.decref(item); throw e; }
        if (!ok) { it.flag = true; return item; }
        rt.decref(item);
      }
    } : () => {
      if (it.flag || it.s[1] === null) return null;
      const item = iterNext(rt, it.s[1]);
      if (item === null) return null;
      let ok: boolean;
      try { ok = pred(item); } catch (e) { rt.decref(item); throw e; }
      if (ok) return item;
      rt.decref(item);
      it.flag = true;
      return null;
    };
    return it;
  });
}

function installFilterfalse(rt: Runtime, t: PyType): void {
  installNIter(rt, t);
  defNew(t, (type, args, kw) => {
    if (type === t) noKw(rt, 'filterfalse', kw);
    checkArgCount(rt, 'filterfalse', args, 2, 2);
    const src = getIter(rt, args[1]);
    const it = allocNative(rt, new NIter(type, 2), type, 32);
    args[0].refcnt++;
    it.s[0] = args[0]; it.s[1] = src;
    it.next = () => {
      for (;;) {
        if (it.s[1] === null) return null;
        const item = iterNext(rt, it.s[1]);
        if (item === null) return null;
        let ok: boolean;
        try {
          const f = it.s[0]!;
          if (f === rt.None || f === rt.t.bool) ok = isTrue(rt, item);
          else { const good = rt.call(f, [item]); try { ok = isTrue(rt, good); } finally { rt.decref(good); } }
        } catch (e) { rt.decref(item); throw e; }
        if (!ok) return item;
        rt.decref(item);
      }
    };
    return it;
  });
}

function installStarmap(rt: Runtime, t: PyType): void {
  installNIter(rt, t);
  defNew(t, (type, args, kw) => {
    if (type === t) noKw(rt, 'starmap', kw);
    checkArgCount(rt, 'starmap', args, 2, 2);
    const src = getIter(rt, args[1]);
    const it = allocNative(rt, new NIter(type, 2), type, 32);
    args[0].refcnt++;
    it.s[0] = args[0]; it.s[1] = src;
    it.next = () => {
      if (it.s[1] === null) return null;
      const a = iterNext(rt, it.s[1]);
      if (a === null) return null;
      let tup: PyTuple;
      if (a.type === rt.t.tuple) tup = a as PyTuple;
      else {
        try { tup = rt.newTuple(rt.iterate(a)); } finally { rt.decref(a); }
      }
      try { return rt.call(it.s[0]!, tup.items.slice()); } finally { rt.decref(tup); }
    };
    return it;
  });
}

// ---- islice ---------------------------------------------------------------------

class IsliceIter extends NIter {
  nxt = 0;
  stop = -1;
  step = 1;
  cnt = 0;
}

const STOP_MSG = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';

function installIslice(rt: Runtime, t: PyType): void {
  installNIter(rt, t);
  defNew(t, (type, args, kw) => {
    if (type === t) noKw(rt, 'islice', kw);
    if (args.length < 2) rt.typeError(`islice expected at least 2 arguments, got ${args.length}`);
    if (args.length > 4) rt.typeError(`islice expected at most 4 arguments, got ${args.length}`);
    const [seq, a1, a2, a3] = args;
    let start = 0; let stop = -1; let step = 1;
    if (args.length === 2) {
      if (a1 !== rt.None) {
        const v = ssizeOrNull(rt, a1);
        if (v === null || v === -1) rt.valueError(STOP_MSG);
        stop = v;
      }
    } else {
      if (a1 !== rt.None) start = ssizeOrNull(rt, a1) ?? -1;
      if (a2 !== rt.None) {
        const v = ssizeOrNull(rt, a2);
        if (v === null || v === -1) rt.valueError(STOP_MSG);
        stop = v;
      }
    }
    if (start < 0 || stop < -1) rt.valueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
    if (a3 !== undefined && a3 !== rt.None) step = ssizeOrNull(rt, a3) ?? -1;
    if (step < 1) rt.valueError('Step for islice() must be a positive integer or None.');
    const src = getIter(rt, seq);
    const it = allocNative(rt, new IsliceIter(type, 1), type, 56);
    it.s[0] = src;
    it.nxt = start; it.stop = stop; it.step = step;
    it.next = () => {
      const inner = it.s[0];
      if (inner === null) return null;
      try {
        while (it.cnt < it.nxt) {
          const item = iterNext(rt, inner);
          if (item === null) { setSlot(rt, it, 0, null); return null; }
          rt.decref(item);
          it.cnt++;
        }
        if (it.stop !== -1 && it.cnt >= it.stop) { setSlot(rt, it, 0, null); return null; }
        const item = iterNext(rt, inner);
        if (item === null) { setSlot(rt, it, 0, null); return null; }
        it.cnt++;
        const old = it.nxt;
        it.nxt += it.step;
        if (it.nxt < old || (it.stop !== -1 && it.nxt > it.stop)) it.nxt = it.stop;
        return item;
      } catch (e) {
        if (it.s[0] === inner) setSlot(rt, it, 0, null);
        throw e;
      }
    };
    return it;
  });
}

// ---- pairwise -------------------------------------------------------------------

function installPairwise(rt: Runtime, t: PyType): void {
  installNIter(rt, t);
  defNew(t, (type, args, kw) => {
    if (type === t) noKw(rt, 'pairwise', kw);
    checkArgCount(rt, 'pairwise', args, 1, 1);
    const src = getIter(rt, args[0]);
    const it = allocNative(rt, new NIter(type, 2), type, 32);
    it.s[0] = src;
    it.next = () => {
      const inner = it.s[0];
      if (inner === null) return null;
      let old = it.s[1];
      if (old === null) {
        old = iterNext(rt, inner);
        it.s[1] = old;
        if (old === null) { setSlot(rt, it, 0, null); return null; }
      }
      const nw = iterNext(rt, inner);
      if (nw === null) { setSlot(rt, it, 0, null); setSlot(rt, it, 1, null); return null; }
      old.refcnt++; nw.refcnt++;
      const result = rt.newTuple([old, nw]);
      setSlot(rt, it, 1, nw);
      return result;
    };
    return it;
  });
}

