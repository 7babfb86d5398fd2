// range objects, cf. Objects/rangeobject.c.

import type { PyObject } from './object';
import { PyRange, PyInt, PySlice } from './core';
import type { Runtime } from '../runtime';
import { defMethod, defGetSet, noKw } from './native';
import { richCompareBool } from '../vm/abstract';

function rangeLen(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n && start < stop) return (stop - start - 1n) / step + 1n;
  if (step < 0n && start > stop) return (start - stop - 1n) / -step + 1n;
  return 0n;
}

export function installRange(rt: Runtime): void {
  const R = rt.t.range;
  R.newFn = (type, args, kw) => {
    noKw(rt, 'range', kw);
    if (args.length === 0) rt.typeError('range expected at least 1 argument, got 0');
    if (args.length > 3) rt.typeError(`range expected at most 3 arguments, got ${args.length}`);
    const v = args.map((a) => rt.indexValue(a));
    let start = 0n; let stop: bigint; let step = 1n;
    if (v.length === 1) stop = v[0];
    else { start = v[0]; stop = v[1]; if (v.length === 3) step = v[2]; }
    if (step === 0n) rt.valueError('range() arg 3 must not be zero');
    const r = new PyRange(type, start, stop, step, rangeLen(start, stop, step));
    rt.allocObject(r, 48);
    return r;
  };
  const get = (o: PyObject) => o as PyRange;
  defMethod(R, '__len__', (self) => {
    const n = get(self).length;
    if (n > 9223372036854775807n) rt.raise(rt.t.OverflowError, 'Python int too large to convert to C ssize_t');
    return rt.newInt(n);
  });
  defMethod(R, '__iter__', (self) => {
    const r = get(self);
    let i = 0n;
    const n = r.length;
    if (typeof Number(r.start) === 'number' && Number.isSafeInteger(Number(r.start)) && Number.isSafeInteger(Number(r.stop))) {
      let cur = Number(r.start); const step = Number(r.step); let left = Number(n);
      const it = rt.newNativeIter('range_iterator', () => {
        if (left <= 0) return null;
        left--;
        const v = rt.newInt(cur);
        cur += step;
        return v;
      }, [], 48);
      it.lengthHint = () => Math.max(0, left);
      return it;
    }
    const it = rt.newNativeIter('longrange_iterator', () => {
      if (i >= n) return null;
      return rt.newInt(r.start + r.step * i++);
    }, [], 48);
    it.lengthHint = () => Number(n - i > 0n ? n - i : 0n);
    return it;
  });
  defMethod(R, '__reversed__', (self) => {
    const r = get(self);
    let i = r.length - 1n;
    const it = rt.newNativeIter('range_iterator', () => {
      if (i < 0n) return null;
      return rt.newInt(r.start + r.step * i--);
    }, [], 48);
    it.lengthHint = () => Number(i + 1n > 0n ? i + 1n : 0n);
    return it;
  });
  defMethod(R, '__getitem__', (self, args) => {
    const r = get(self);
    const k = args[0];
    if (k instanceof PySlice) {
      // cf. Objects/rangeobject.c compute_slice with _PySlice_GetLongIndices (exact ints, no clamping to ssize_t).
      const [start, stop, step] = longSliceIndices(rt, k, r.length);
      const nstart = r.start + start * r.step;
      const nstop = r.start + stop * r.step;
      const nstep = r.step * step;
      const o = new PyRange(rt.t.range, nstart, nstop, nstep, rangeLen(nstart, nstop, nstep));
      rt.allocObject(o, 48);
      return o;
    }
    let i = rt.indexValue(k);
    if (i < 0n) i += r.length;
    if (i < 0n || i >= r.length) rt.raise(rt.t.IndexError, 'range object index out of range');
    return rt.newInt(r.start + r.step * i);
  });
  // cf. rangeobject.c range_contains / range_index / range_count: exact ints (and bools) are
  // answered arithmetically, anything else by iterating and comparing (_PySequence_IterSearch).
  const isExactInt = (x: PyObject): x is PyInt => x instanceof PyInt && (x.type === rt.t.int || x.type === rt.t.bool);
  const containsLong = (r: PyRange, x: PyInt): boolean => {
    const v = BigInt(x.v);
    if (r.step > 0n ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) return false;
    return (v - r.start) % r.step === 0n;
  };
  /** Indexes where a value equal to x appears, scanning the range (stops at the first when `first`). */
  const iterSearch = (r: PyRange, x: PyObject, first: boolean): number[] => {
    const found: number[] = [];
    for (let i = 0n; i < r.length; i++) {
      const v = rt.newInt(r.start + r.step * i);
      try {
        if (richCompareBool(rt, v, x, 2)) { found.push(Number(i)); if (first) break; }
      } finally { rt.decref(v); }
    }
    return found;
  };
  defMethod(R, '__contains__', (self, args) => {
    const r = get(self);
    const x = args[0];
    if (isExactInt(x)) return rt.newBool(containsLong(r, x));
    return rt.newBool(iterSearch(r, x, true).length > 0);
  });
  defMethod(R, '__repr__', (self) => {
    const r = get(self);
    return rt.newStr(r.step === 1n ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`);
  });
  defMethod(R, '__eq__', (self, args) => {
    const o = args[0];
    if (!(o instanceof PyRange)) return rt.notImplemented();
    const a = get(self);
    if (a.length !== o.length) return rt.newBool(false);
    if (a.length === 0n) return rt.newBool(true);
    if (a.start !== o.start) return rt.newBool(false);
    return rt.newBool(a.length === 1n || a.step === o.step);
  });
  defMethod(R, '__hash__', (self) => { const r = get(self); return rt.newInt(Number((r.start * 31n + r.length) % 1000000007n)); });
  defMethod(R, 'index', (self, args) => {
    const r = get(self);
    const x = args[0];
    if (!isExactInt(x)) {
      const found = iterSearch(r, x, true);
      if (found.length === 0) rt.valueError('sequence.index(x): x not in sequence');
      return rt.newInt(found[0]);
    }
    if (containsLong(r, x)) return rt.newInt((BigInt(x.v) - r.start) / r.step);
    rt.valueError(`${rt.repr(x)} is not in range`);
  });
  defMethod(R, 'count', (self, args) => {
    const r = get(self); const x = args[0];
    if (isExactInt(x)) return rt.newInt(containsLong(r, x) ? 1 : 0);
    return rt.newInt(iterSearch(r, x, false).length);
  });
  defGetSet(R, 'start', (self) => rt.newInt(get(self).start));
  defGetSet(R, 'stop', (self) => rt.newInt(get(self).stop));
  defGetSet(R, 'step', (self) => rt.newInt(get(self).step));
}

/** _PySlice_GetLongIndices: slice.indices(length) on exact ints. */
function longSliceIndices(rt: Runtime, s: PySlice, length: bigint): [bigint, bigint, bigint] {
  const idx = (o: PyObject): bigint => {
    if (!(o instanceof PyInt) && o.type.lookup('__index__') === null) rt.typeError('slice indices must be integers or None or have an __index__ method');
    return rt.indexValue(o);
  };
  const step = s.step === rt.None ? 1n : idx(s.step);
  if (step === 0n) rt.valueError('slice step cannot be zero');
  const lower = step < 0n ? -1n : 0n;
  const upper = step < 0n ? length - 1n : length;
  const bound = (o: PyObject, dflt: bigint): bigint => {
    if (o === rt.None) return dflt;
    let v = idx(o);
    if (v < 0n) { v += length; if (v < lower) v = lower; } else if (v > upper) v = upper;
    return v;
  };
  return [bound(s.start, step < 0n ? upper : lower), bound(s.stop, step < 0n ? lower : upper), step];
}
