// itertools: zip_longest, product, permutations, combinations,
// combinations_with_replacement and groupby (with its shared _grouper).
// cf. Modules/itertoolsmodule.c 3.11. tee is in itertoolsTee.ts.
//
// The result tuple of zip_longest and the combinatoric iterators is reused in
// place when the caller has dropped it (refcount 1), as CPython does.

import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyTuple } from '../objects/core';
import type { Runtime } from '../runtime';

import { getIter, iterNext, richCompareBool } from '../vm/abstract';
import { allocNative, NIter, setSlot, installNIter, defNew, ssizeArg, clinicArgs } from './nativeTypes';
import { installTee } from './itertoolsTee';

type Mk = (name: string, basicsize: number, doc?: string) => PyType;

export function installItertoolsComb(rt: Runtime, mk: Mk): void {
  installZipLongest(rt, mk('zip_longest', 56));
  installProduct(rt, mk('product', 48));
  installPermutations(rt, mk('permutations', 64));
  installCombinations(rt, mk('combinations', 56), false);
  installCombinations(rt, mk('combinations_with_replacement', 56), true);
  installGroupby(rt, mk('groupby', 64), mk('_grouper', 32));
  const dataType = mk('_tee_dataobject', 496);
  dataType.baseType = false;
  const teeType = mk('_tee', 40);
  teeType.weakrefable = true;
  installTee(rt, teeType, dataType);
}

/** Set item i of a result tuple being updated in place (steals v). */
function setItem(rt: Runtime, t: PyTuple, i: number, v: PyObject): void {
  const old = t.items[i];
  t.items[i] = v;
  rt.decref(old);
}

/** Copy the previous result tuple if someone else still holds it (slot `slot`). */
function ownResult(rt: Runtime, it: NIter, slot: number): PyTuple {
  let result = it.s[slot] as PyTuple;
  if (result.refcnt > 1) {
    const items = result.items.slice();
    for (const x of items) x.refcnt++;
    const copy = rt.newTuple(items);
    it.s[slot] = copy;
    rt.decref(result);
    result = copy;
  } else if (!rt.gc.isTracked(result) && result.items.length > 0) rt.gc.track(result);
  result.hash = -1;
  return result;
}

/** A raw Py_ssize_t array (PyMem_New), freed with the object. */
function rawArray(rt: Runtime, n: number): number {
  return rt.allocRaw(Math.max(1, 8 * n));
}

/** PySequence_Tuple: the iterable's items as a tuple (a tuple is returned as is). */
function seqTuple(rt: Runtime, o: PyObject): PyTuple {
  if (o.type === rt.t.tuple) { o.refcnt++; return o as PyTuple; }
  return rt.newTuple(rt.iterate(o));
}

// ---- zip_longest -----------------------------------------------------------------

class ZipLongestIter extends NIter {
  numactive = 0;
  tuplesize = 0;
  /** Positions whose iterator is exhausted (NULL in the C ittuple; None here). */
  dead = new Set<number>();
}

function installZipLongest(rt: Runtime, t: PyType): void {
  installNIter(rt, t);
  // slots: 0 ittuple, 1 result, 2 fillvalue
  defNew(t, (type, args, kw) => {
    let fill: PyObject = rt.None;
    if (kw !== null && kw.length > 0) {
      if (kw.length !== 1 || kw[0][0] !== 'fillvalue') rt.typeError('zip_longest() got an unexpected keyword argument');
      fill = kw[0][1];
    }
    const its: PyObject[] = [];
    try { for (const a of args) its.push(getIter(rt, a)); } catch (e) { for (const x of its) rt.decref(x); throw e; }
    const ittuple = rt.newTuple(its);
    const result = rt.newTuple(args.map(() => { rt.None.refcnt++; return rt.None; }));
    const it = allocNative(rt, new ZipLongestIter(type, 3), type, 56);
    it.s[0] = ittuple; it.s[1] = result;
    fill.refcnt++;
    it.s[2] = fill;
    it.tuplesize = args.length;
    it.numactive = args.length;
    it.next = () => {
      const n = it.tuplesize;
      if (n === 0 || it.numactive === 0 || it.s[0] === null) return null;
      const itt = it.s[0] as PyTuple;
      const fillv = it.s[2]!;
      let res = it.s[1] as PyTuple;
      const reuse = res.refcnt === 1;
      const vals: PyObject[] = [];
      const fail = () => { for (const x of vals) rt.decref(x); };
      for (let i = 0; i < n; i++) {
        let item: PyObject | null;
        if (it.dead.has(i)) {
          fillv.refcnt++;
          item = fillv;
        } else {
          const src = itt.items[i];
          try { item = iterNext(rt, src); } catch (e) { it.numactive = 0; fail(); throw e; }
          if (item === null) {
            it.numactive--;
            if (it.numactive === 0) { fail(); return null; }
            fillv.refcnt++;
            item = fillv;
            it.dead.add(i);
            rt.None.refcnt++;
            itt.items[i] = rt.None;
            rt.decref(src);
          }
        }
        vals.push(item);
      }
      if (reuse) {
        res.hash = -1;
        for (let i = 0; i < n; i++) setItem(rt, res, i, vals[i]);
        if (!rt.gc.isTracked(res)) rt.gc.track(res);
      } else {
        res = rt.newTuple(vals);
        setSlot(rt, it, 1, res);
      }
      res.refcnt++;
      return res;
    };
    return it;
  });
}

// ---- product ---------------------------------------------------------------------

class CombIter extends NIter {
  indices: number[] = [];
  cycles: number[] = [];
  r = 0;
  stopped = false;
  raw: number[] = [];
}

function combHooks(rt: Runtime) {
  return { dealloc: (o: PyObject) => { const c = o as CombIter; for (const a of c.raw) rt.freeRaw(a); c.raw = []; } };
}

function installProduct(rt: Runtime, t: PyType): void {
  installNIter(rt, t, combHooks(rt));
  t.sizeof = (o) => o.type.basicsize + 8 * (((o as CombIter).s[0] as PyTuple | null)?.items.length ?? 0);
  // slots: 0 pools, 1 result
  defNew(t, (type, args, kw) => {
    let repeat = 1;
    if (kw !== null) {
      const [r] = clinicArgs(rt, 'product', [], kw, ['*', 'repeat?'], true);
      if (r !== null) repeat = ssizeArg(rt, r);
      if (repeat < 0) rt.valueError('repeat argument cannot be negative');
    }
    const nargs = repeat === 0 ? 0 : args.length;
    const npools = nargs * repeat;
    if (npools > 1e7) rt.raise(rt.t.OverflowError, 'repeat argument too large');
    const raw = rawArray(rt, npools);
    const pools: PyTuple[] = [];
    try { for (let i = 0; i < nargs; i++) pools.push(seqTuple(rt, args[i])); } catch (e) {
      for (const p of pools) rt.decref(p);
      rt.freeRaw(raw);
      throw e;
    }
    for (let i = nargs; i < npools; i++) { const p = pools[i - nargs]; p.refcnt++; pools.push(p); }
    const poolsT = rt.newTuple(pools);
    const it = allocNative(rt, new CombIter(type, 2), type, 48);
    it.s[0] = poolsT;
    it.raw = [raw];
    it.indices = new Array(npools).fill(0);
    it.next = () => {
      if (it.stopped || it.s[0] === null) return null;
      const ps = (it.s[0] as PyTuple).items as PyTuple[];
      const n = ps.length;
      if (it.s[1] === null) {
        if (ps.some((p) => p.items.length === 0)) { it.stopped = true; return null; }
        const items = ps.map((p) => { p.items[0].refcnt++; return p.items[0]; });
        it.s[1] = rt.newTuple(items);
      } else {
        const result = ownResult(rt, it, 1);
        const idx = it.indices;
        let i = n - 1;
        for (; i >= 0; i--) {
          const pool = ps[i];
          idx[i]++;
          if (idx[i] === pool.items.length) {
            idx[i] = 0;
            pool.items[0].refcnt++;
            setItem(rt, result, i, pool.items[0]);
          } else {
            const e = pool.items[idx[i]];
            e.refcnt++;
            setItem(rt, result, i, e);
            break;
          }
        }
        if (i < 0) { it.stopped = true; return null; }
      }
      const res = it.s[1]!;
      res.refcnt++;
      return res;
    };
    return it;
  });
}

// ---- permutations ----------------------------------------------------------------

function installPermutations(rt: Runtime, t: PyType): void {
  installNIter(rt, t, combHooks(rt));
  t.sizeof = (o) => {
    const c = o as CombIter;
    const n = (c.s[0] as PyTuple | null)?.items.length ?? 0;
    return o.type.basicsize + 8 * n + 8 * c.r;
  };
  // slots: 0 pool, 1 result
  defNew(t, (type, args, kw) => {
    const [iterable, robj] = clinicArgs(rt, 'permutations', args, kw, ['iterable', 'r?']);
    const pool = seqTuple(rt, iterable!);
    const n = pool.items.length;
    let r = n;
    if (robj !== null && robj !== rt.None) {
      if (!robj.type.isSubtypeOf(rt.t.int)) { rt.decref(pool); rt.typeError('Expected int as r'); }
      try { r = ssizeArg(rt, robj); } catch (e) { rt.decref(pool); throw e; }
      if (r < 0) { rt.decref(pool); rt.valueError('r must be non-negative'); }
    }
    const raw1 = rawArray(rt, n);
    const raw2 = rawArray(rt, r);
    const it = allocNative(rt, new CombIter(type, 2), type, 64);
    it.s[0] = pool;
    it.raw = [raw1, raw2];
    it.r = r;
    it.indices = Array.from({ length: n }, (_, i) => i);
    it.cycles = Array.from({ length: r }, (_, i) => n - i);
    it.stopped = r > n;
    it.next = () => {
      if (it.stopped || it.s[0] === null) return null;
      const p = (it.s[0] as PyTuple).items;
      const idx = it.indices;
      const cyc = it.cycles;
      if (it.s[1] === null) {
        const items: PyObject[] = [];
        for (let i = 0; i < it.r; i++) { const e = p[idx[i]]; e.refcnt++; items.push(e); }
        it.s[1] = rt.newTuple(items);
      } else {
        if (n === 0) { it.stopped = true; return null; }
        const result = ownResult(rt, it, 1);
        let i = it.r - 1;
        for (; i >= 0; i--) {
          cyc[i] -= 1;
          if (cyc[i] === 0) {
            const index = idx[i];
            for (let j = i; j < n - 1; j++) idx[j] = idx[j + 1];
            idx[n - 1] = index;
            cyc[i] = n - i;
          } else {
            const j = cyc[i];
            const index = idx[i];
            idx[i] = idx[n - j];
            idx[n - j] = index;
            for (let k = i; k < it.r; k++) { const e = p[idx[k]]; e.refcnt++; setItem(rt, result, k, e); }
            break;
          }
        }
        if (i < 0) { it.stopped = true; return null; }
      }
      const res = it.s[1]!;
      res.refcnt++;
      return res;
    };
    return it;
  });
}

// ---- combinations, combinations_with_replacement -----------------------------------

function installCombinations(rt: Runtime, t: PyType, repl: boolean): void {
  installNIter(rt, t, combHooks(rt));
  t.sizeof = (o) => o.type.basicsize + 8 * (o as CombIter).r;
  const name = t.name;
  // slots: 0 pool, 1 result
  defNew(t, (type, args, kw) => {
    const [iterable, robj] = clinicArgs(rt, name, args, kw, ['iterable', 'r']);
    const pool = seqTuple(rt, iterable!);
    let r: number;
    try { r = ssizeArg(rt, robj!); } catch (e) { rt.decref(pool); throw e; }
    if (r < 0) { rt.decref(pool); rt.valueError('r must be non-negative'); }
    const n = pool.items.length;
    const raw = rawArray(rt, r);
    const it = allocNative(rt, new CombIter(type, 2), type, 56);
    it.s[0] = pool;
    it.raw = [raw];
    it.r = r;
    it.indices = Array.from({ length: r }, (_, i) => (repl ? 0 : i));
    it.stopped = repl ? (n === 0 && r > 0) : r > n;
    it.next = () => {
      if (it.stopped || it.s[0] === null) return null;
      const p = (it.s[0] as PyTuple).items;
      const idx = it.indices;
      if (it.s[1] === null) {
        const items: PyObject[] = [];
        for (let i = 0; i < r; i++) { const e = p[idx[i]]; e.refcnt++; items.push(e); }
        it.s[1] = rt.newTuple(items);
      } else {
        const result = ownResult(rt, it, 1);
        let i = r - 1;
        if (repl) {
          while (i >= 0 && idx[i] === n - 1) i--;
          if (i < 0) { it.stopped = true; return null; }
          const index = idx[i] + 1;
          const e = p[index];
          for (; i < r; i++) { idx[i] = index; e.refcnt++; setItem(rt, result, i, e); }
        } else {
          while (i >= 0 && idx[i] === i + n - r) i--;
          if (i < 0) { it.stopped = true; return null; }
          idx[i]++;
          for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
          for (; i < r; i++) { const e = p[idx[i]]; e.refcnt++; setItem(rt, result, i, e); }
        }
      }
      const res = it.s[1]!;
      res.refcnt++;
      return res;
    };
    return it;
  });
}

// ---- groupby ---------------------------------------------------------------------

class GroupbyIter extends NIter {
  /** currgrouper: a borrowed reference. */
  currgrouper: NIter | null = null;
}

const G_IT = 0; const G_KEY = 1; const G_TGT = 2; const G_CURKEY = 3; const G_CURVAL = 4;

/** groupby_step: advance to the next value and its key; false when exhausted. */
function groupbyStep(rt: Runtime, g: GroupbyIter): boolean {
  const src = g.s[G_IT];
  if (src === null) return false;
  const nv = iterNext(rt, src);
  if (nv === null) return false;
  let nk: PyObject;
  const kf = g.s[G_KEY];
  if (kf === null || kf === rt.None) { nv.refcnt++; nk = nv; }
  else {
    try { nk = rt.call(kf, [nv]); } catch (e) { rt.decref(nv); throw e; }
  }
  const oldv = g.s[G_CURVAL];
  g.s[G_CURVAL] = nv;
  setSlot(rt, g, G_CURKEY, nk);
  if (oldv !== null) rt.decref(oldv);
  return true;
}

function installGroupby(rt: Runtime, t: PyType, gt: PyType): void {
  installNIter(rt, t);
  installNIter(rt, gt);
  gt.baseType = false;
  defNew(t, (type, args, kw) => {
    const [iterable, key] = clinicArgs(rt, 'groupby', args, kw, ['iterable', 'key?']);
    const src = getIter(rt, iterable!);
    const g = allocNative(rt, new GroupbyIter(type, 5), type, 64);
    g.s[G_IT] = src;
    const kf = key ?? rt.None;
    kf.refcnt++;
    g.s[G_KEY] = kf;
    g.next = () => {
      g.currgrouper = null;
      for (;;) {
        const cur = g.s[G_CURKEY];
        if (cur === null) { /* pass */ } else if (g.s[G_TGT] === null) break;
        else if (!richCompareBool(rt, g.s[G_TGT]!, cur, 2)) break;
        if (!groupbyStep(rt, g)) return null;
      }
      const ck = g.s[G_CURKEY]!;
      ck.refcnt++;
      setSlot(rt, g, G_TGT, ck);
      const grouper = newGrouper(rt, gt, g, ck);
      ck.refcnt++;
      return rt.newTuple([ck, grouper]);
    };
    return g;
  });
}

function newGrouper(rt: Runtime, gt: PyType, parent: GroupbyIter, tgtkey: PyObject): NIter {
  const igo = allocNative(rt, new NIter(gt, 2), gt, 32);
  parent.refcnt++;
  tgtkey.refcnt++;
  igo.s[0] = parent; igo.s[1] = tgtkey;
  parent.currgrouper = igo;
  igo.next = () => {
    const gbo = igo.s[0] as GroupbyIter | null;
    if (gbo === null || gbo.currgrouper !== igo) return null;
    if (gbo.s[G_CURVAL] === null) {
      if (!groupbyStep(rt, gbo)) return null;
    }
    if (!richCompareBool(rt, igo.s[1]!, gbo.s[G_CURKEY]!, 2)) return null;
    const r = gbo.s[G_CURVAL]!;
    gbo.s[G_CURVAL] = null;
    setSlot(rt, gbo, G_CURKEY, null);
    return r;
  };
  return igo;
}

