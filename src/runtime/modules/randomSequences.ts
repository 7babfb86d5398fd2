// random.Random's sequence methods (Lib/random.py 3.11): randrange, sample,
// choices, shuffle, with their argument checks and error messages.
// Part of the random module (randomModule.ts).

import { PyObject, PyRaise } from '../objects/object';
import { PyInt, PyList } from '../objects/core';
import type { Runtime } from '../runtime';
import { getItem, setItem, richCompareBool } from '../vm/abstract';
import { type PyNum, SAMPLE_POPULATION_TYPE_ERROR_MESSAGE } from './random';
import { bisectRight, pyAdd, toFloat } from './random/pymath';
import { GLIBC_LIBM } from './mathcore/libm';
import { warnAt } from './randomSupport';
import { guard, type Core, coreOf } from './randomCore';
import { pyNum } from './randomArgs';

/** _index(x), else int(x) with randrange's deprecation warnings and errors (`quiet`: randrange
 * called from random.py itself, whose DeprecationWarnings the default filters ignore). */
export function randrangeIndex(rt: Runtime, x: PyObject, which: string, quiet = false): bigint {
  if (x instanceof PyInt) return BigInt(x.v);
  if (x.type.lookup('__index__') !== null) return rt.indexValue(x);
  const i = rt.call(rt.t.int, [x]);
  try {
    if (richCompareBool(rt, i, x, 3)) {
      if (!quiet) warnAt(rt, 'DeprecationWarning', 'randrange() will raise TypeError in the future');
      rt.valueError(`non-integer ${which} for randrange()`);
    }
    if (!quiet) warnAt(rt, 'DeprecationWarning', 'non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version');
    return rt.indexValue(i);
  } finally { rt.decref(i); }
}

export function randrange(rt: Runtime, self: PyObject, start: PyObject, stop: PyObject | null, step: PyObject | null, quiet = false): PyObject {
  const core = coreOf(rt, self);
  const istart = randrangeIndex(rt, start, 'arg 1', quiet);
  if (stop === null || stop === rt.None) {
    if (step !== null && step !== rt.smallInts[6]) {
      rt.typeError('Missing a non-None stop argument');
    }
    if (istart > 0n) return rt.newInt(core.randbelow(istart));
    rt.valueError('empty range for randrange()');
  }
  const istop = randrangeIndex(rt, stop, 'stop', quiet);
  const width = istop - istart;
  const istep = step === null ? 1n : randrangeIndex(rt, step, 'step', quiet);
  if (istep === 1n) {
    if (width > 0n) return rt.newInt(istart + core.randbelow(width));
    rt.valueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
  }
  let n: bigint;
  const fdiv = (a: bigint, b: bigint) => { const q = a / b; return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q; };
  if (istep > 0n) n = fdiv(width + istep - 1n, istep);
  else if (istep < 0n) n = fdiv(width + istep + 1n, istep);
  else rt.valueError('zero step for randrange()');
  if (n <= 0n) rt.valueError('empty range for randrange()');
  return rt.newInt(istart + istep * core.randbelow(n));
}

/** isinstance(population, collections.abc.Sequence) for the types RefScope has. */
export function isAbcSequence(rt: Runtime, o: PyObject): boolean {
  if (rt.isSequence(o) || o.type.isSubtypeOf(rt.t.range)) return true;
  for (const t of o.type.mro) if (t.name === 'deque' || t.name === 'UserList' || t.name === 'UserString' || t.name === 'Sequence' || t.name === 'MutableSequence') return true;
  return false;
}

/** list(accumulate(values)) as PyNums (Python + between ints and floats). */
export function accumulate(rt: Runtime, values: PyObject): PyNum[] {
  const items = rt.iterate(values);
  try {
    const out: PyNum[] = [];
    let acc: PyNum | undefined;
    for (const x of items) {
      const v = pyNum(rt, x);
      acc = acc === undefined ? v : guard(rt, () => pyAdd(acc!, v));
      out.push(acc);
    }
    return out;
  } finally { for (const x of items) rt.decref(x); }
}

/** sample()'s `if not 0 <= k <= n: raise ValueError(...)` then `[None] * k`: k as a number. */
export function sampleK(rt: Runtime, kObj: PyObject, n: number): number {
  const zero = rt.newInt(0);
  const nObj = rt.newInt(n);
  try {
    if (!(richCompareBool(rt, zero, kObj, 1) && richCompareBool(rt, kObj, nObj, 1))) rt.valueError('Sample larger than population or is negative');
  } finally { rt.decref(zero); rt.decref(nObj); }
  if (!(kObj instanceof PyInt) && kObj.type.lookup('__index__') === null) rt.typeError(`can't multiply sequence by non-int of type '${kObj.type.name}'`);
  return Number(rt.indexValue(kObj));
}

/** sample(range(n), k) as JS numbers: the same draws as sample() on a range population. */
export function sampleIndices(rt: Runtime, core: Core, n: number, kObj: PyObject): number[] {
  const k = sampleK(rt, kObj, n);
  const out: number[] = [];
  if (n <= sampleSetsize(k)) {
    const pool: number[] = [];
    for (let i = 0; i < n; i++) pool.push(i);
    for (let i = 0; i < k; i++) {
      const j = core.randbelowIndex(n - i);
      out.push(pool[j]!);
      pool[j] = pool[n - i - 1]!;
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < k; i++) {
      let j = core.randbelowIndex(n);
      while (selected.has(j)) j = core.randbelowIndex(n);
      selected.add(j);
      out.push(j);
    }
  }
  return out;
}

/** sample()'s setsize: the size below which a pool list beats a set of selections. */
export function sampleSetsize(k: number): number {
  let setsize = 21;
  if (k > 5) setsize += 4 ** Math.ceil(GLIBC_LIBM.log(k * 3) / GLIBC_LIBM.log(4));
  return setsize;
}

export function sample(rt: Runtime, self: PyObject, population: PyObject, kObj: PyObject, counts: PyObject | null): PyObject {
  if (!isAbcSequence(rt, population)) rt.typeError(SAMPLE_POPULATION_TYPE_ERROR_MESSAGE);
  const n = rt.length(population);
  const core = coreOf(rt, self);
  if (counts !== null && counts !== rt.None) {
    const cum = accumulate(rt, counts);
    if (cum.length !== n) rt.valueError('The number of counts does not match the population');
    const total = cum.pop();
    if (total === undefined) rt.raise(rt.t.IndexError, 'pop from empty list');
    if (typeof total !== 'bigint') rt.typeError('Counts must be integers');
    if (total <= 0n) rt.valueError('Total of counts must be greater than zero');
    // self.sample(range(total), k=k), drawn on indices directly (range items are the indices).
    let picks: number[];
    if (total <= BigInt(Number.MAX_SAFE_INTEGER)) {
      picks = sampleIndices(rt, core, Number(total), kObj).map((s) => bisectRight(cum, BigInt(s)));
    } else {
      const range = rt.call(rt.t.range, [rt.newInt(total)]);
      let sel: PyObject;
      try { sel = sample(rt, self, range, kObj, null); } finally { rt.decref(range); }
      try { picks = (sel as PyList).items.map((s) => bisectRight(cum, pyNum(rt, s))); } finally { rt.decref(sel); }
    }
    const out: PyObject[] = [];
    try {
      for (const i of picks) { const idx = rt.newInt(i); try { out.push(getItem(rt, population, idx)); } finally { rt.decref(idx); } }
    } catch (e) { for (const x of out) rt.decref(x); throw e; }
    return rt.newList(out);
  }
  const k = sampleK(rt, kObj, n);
  const result: PyObject[] = [];
  try {
    if (n <= sampleSetsize(k)) {
      const pool = rt.iterate(population);
      try {
        for (let i = 0; i < k; i++) {
          const j = core.randbelowIndex(n - i);
          const v = pool[j]!;
          v.refcnt++;
          result.push(v);
          const moved = pool[n - i - 1]!;
          moved.refcnt++;
          rt.decref(pool[j]!);
          pool[j] = moved;
        }
      } finally { for (const x of pool) rt.decref(x); }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = core.randbelowIndex(n);
        while (selected.has(j)) j = core.randbelowIndex(n);
        selected.add(j);
        const idx = rt.newInt(j);
        try { result.push(getItem(rt, population, idx)); } finally { rt.decref(idx); }
      }
    }
  } catch (e) {
    for (const x of result) rt.decref(x);
    throw e;
  }
  return rt.newList(result);
}

export function choices(rt: Runtime, self: PyObject, population: PyObject, weights: PyObject | null, cumWeights: PyObject | null, kObj: PyObject | null): PyObject {
  const core = coreOf(rt, self);
  const n = rt.length(population);
  const repeat = (): number => {
    if (kObj === null) return 1;
    const kv = rt.indexValue(kObj);
    return kv < 0n ? 0 : Number(kv);
  };
  const pick = (i: number): PyObject => {
    const idx = rt.newInt(i);
    try { return getItem(rt, population, idx); } finally { rt.decref(idx); }
  };
  const out: PyObject[] = [];
  try {
    let cum: PyNum[];
    if (cumWeights === null || cumWeights === rt.None) {
      if (weights === null || weights === rt.None) {
        const k = repeat();
        const nf = n + 0.0;
        for (let i = 0; i < k; i++) out.push(pick(Math.floor(core.random() * nf)));
        return rt.newList(out.splice(0));
      }
      try {
        cum = accumulate(rt, weights);
      } catch (e) {
        if (e instanceof PyRaise && e.exc.type.isSubtypeOf(rt.t.TypeError) && weights instanceof PyInt && weights.type === rt.t.int) {
          rt.decref(e.exc);
          rt.typeError(`The number of choices must be a keyword argument: k=${weights.v}`);
        }
        throw e;
      }
    } else {
      if (weights !== null && weights !== rt.None) rt.typeError('Cannot specify both weights and cumulative weights');
      if (rt.length(cumWeights) !== n) rt.valueError('The number of weights does not match the population');
      const items = rt.iterate(cumWeights);
      try { cum = items.map((x) => pyNum(rt, x)); } finally { for (const x of items) rt.decref(x); }
    }
    if (cum.length !== n) rt.valueError('The number of weights does not match the population');
    if (cum.length === 0) rt.raise(rt.t.IndexError, 'list index out of range');
    const total = guard(rt, () => toFloat(cum[cum.length - 1]!)) + 0.0;
    if (total <= 0.0) rt.valueError('Total of weights must be greater than zero');
    if (!Number.isFinite(total)) rt.valueError('Total of weights must be finite');
    const hi = n - 1;
    const k = repeat();
    for (let i = 0; i < k; i++) out.push(pick(bisectRight(cum, core.random() * total, 0, hi)));
    return rt.newList(out.splice(0));
  } catch (e) {
    for (const x of out) rt.decref(x);
    throw e;
  }
}

export function shuffle(rt: Runtime, self: PyObject, x: PyObject): void {
  const core = coreOf(rt, self);
  for (let i = rt.length(x) - 1; i >= 1; i--) {
    const j = core.randbelowIndex(i + 1);
    const io = rt.newInt(i);
    const jo = rt.newInt(j);
    try {
      const xj = getItem(rt, x, jo);
      try {
        const xi = getItem(rt, x, io);
        try {
          setItem(rt, x, io, xj);
          setItem(rt, x, jo, xi);
        } finally { rt.decref(xi); }
      } finally { rt.decref(xj); }
    } finally { rt.decref(io); rt.decref(jo); }
  }
}

