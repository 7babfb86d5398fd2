// The simulated random module: the Python-facing wrapper around the MT19937 /
// Lib/random.py algorithms in random/ (PyRandom). cf. Lib/random.py and
// Modules/_randommodule.c (3.11).
//
// Types: _random.Random (the C core: random, seed, getstate, setstate,
// getrandbits) and random.Random (the Lib/random.py class: everything else),
// instances carrying the generator state and a __dict__ holding gauss_next as
// CPython's do. The module-level functions are the bound methods of a hidden
// instance, random._inst, created at import.
//
// No OS entropy: seed(None), seed() and Random() seed as PyRandom's default
// noneSeed does (like seed(0)), so runs are reproducible.
//
// Subclasses of Random that override random(), getrandbits() or seed() are
// honoured where Lib/random.py calls them through self (the distributions,
// choices, _randbelow's choice of algorithm, __init__).

import { PyObject, PyRaise, ExecutionHalted } from '../objects/object';
import { PyType, type KwArgs } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyInt, PyFloat, PyStr, PyBytes, PyByteArray, PyTuple, PyList, PyModule, PyMethodDescr } from '../objects/core';
import type { Runtime } from '../runtime';
import { defMethod, defGetSet } from '../objects/native';
import { dictSetStr, dictClear } from '../objects/dictops';
import { getAttr, setAttr } from '../vm/attributes';
import { getItem, setItem, hashObject, richCompareBool, callSpecial } from '../vm/abstract';
import { pyHashFloatBig } from '../objects/numhash';
import { makeModule, makeType, defNew, defClassMethod, putNew, withStaticAllocation } from './nativeTypes';
import {
  PyRandom, PyRandomError, RandomLoopLimitError, type SeedArg, type PyNum, PyFloatMath,
  NV_MAGICCONST, LOG4, SG_MAGICCONST, TWOPI, SEED_TYPE_ERROR_MESSAGE, SAMPLE_POPULATION_TYPE_ERROR_MESSAGE,
} from './random';
import * as dist from './random/distributions';
import { bisectRight, pyAdd, toFloat } from './random/pymath';
import { GLIBC_LIBM } from './mathcore/libm';
import { asDouble } from './math';
import { warnAt } from './randomSupport';

export function installRandomModule(rt: Runtime): void {
  rt.modules.register('random', makeRandom);
}

// ---- objects and types --------------------------------------------------------------

/** A random.Random (or _random.Random) instance: the generator, plus its __dict__ (gauss_next lives there). */
export class RandomObject extends PyObject {
  dict: PyDict | null = null;
  constructor(type: PyType, public pr: PyRandom) { super(type); }
}

interface RandomTypes { core: PyType; random: PyType }
const TYPES = new WeakMap<Runtime, RandomTypes>();

/** The size of _random.Random's RandomObject: header, index, 624 state words (8-aligned). */
const CORE_SIZE = 2520;

function newGenerator(): PyRandom {
  return new PyRandom({ kind: 'int', value: 0n }, { libm: GLIBC_LIBM });
}

export function randomTypes(rt: Runtime): RandomTypes {
  let t = TYPES.get(rt);
  if (t === undefined) {
    t = withStaticAllocation(rt, () => createTypes(rt));
    TYPES.set(rt, t);
  }
  return t;
}

function raiseRandomError(rt: Runtime, e: unknown): never {
  if (e instanceof PyRandomError) rt.raise(rt.t[e.pyType]!, e.message);
  if (e instanceof RandomLoopLimitError) throw new ExecutionHalted(e.message);
  throw e;
}

/** Run a PyRandom computation, turning its errors into Python exceptions. */
function guard<T>(rt: Runtime, f: () => T): T {
  try { return f(); } catch (e) { return raiseRandomError(rt, e); }
}

function self_(rt: Runtime, o: PyObject): RandomObject {
  if (!(o instanceof RandomObject)) rt.typeError(`descriptor requires a '_random.Random' object but received a '${o.type.name}'`);
  return o;
}

function createTypes(rt: Runtime): RandomTypes {
  const core = makeType(rt, '_random', 'Random', { basicsize: CORE_SIZE, gc: false, layout: 'random.Random', doc: 'Random() -> create a random number generator with its own internal state.' });
  const random = makeType(rt, 'random', 'Random', { basicsize: CORE_SIZE + 8, gc: true, base: core, layout: 'random.Random', doc: 'Random number generator base class used by bound module functions.\n\nUsed to instantiate instances of Random to get generators that don\'t\nshare state.\n\nClass Random can also be subclassed if you want to use a different basic\ngenerator of your own devising: in that case, override the following\nmethods:  random(), seed(), getstate(), and setstate().\nOptionally, implement a getrandbits() method so that randrange()\ncan cover arbitrarily large ranges.\n\n' });
  random.managedDict = true;
  const releaseDict = (o: PyObject) => {
    const r = o as RandomObject;
    const d = r.dict;
    if (d === null) return;
    r.dict = null;
    if (d.addr === 0) dictClear(rt, d); else rt.decref(d);
  };
  for (const T of [core, random]) {
    T.dealloc = releaseDict;
    T.clear = releaseDict;
    T.traverse = (o, visit) => {
      const d = (o as RandomObject).dict;
      if (d === null) return;
      if (d.addr !== 0) visit(d);
      else for (let i = 0; i < d.keys.length; i++) { const k = d.keys[i]; if (k) { visit(k); visit(d.values[i]!); } }
    };
  }
  installCore(rt, core);
  installRandomClass(rt, random, core);
  return { core, random };
}

// ---- _random.Random (C) ----------------------------------------------------------------

/** random_seed(self, arg): the C-level seeding (None, int via abs(), anything else via hash()). */
function cSeed(rt: Runtime, r: RandomObject, arg: PyObject): void {
  let seed: SeedArg;
  if (arg === rt.None) seed = { kind: 'none' };
  else if (arg instanceof PyInt) seed = { kind: 'int', value: BigInt(arg.v) };
  else seed = { kind: 'hashed', hash: exactHash(rt, arg) };
  guard(rt, () => { r.pr.seed(seed); r.pr.gaussNext = null; });
}

/** hash(o) as an exact bigint (Py_hash_t values need all 64 bits). */
function exactHash(rt: Runtime, o: PyObject): bigint {
  if (o instanceof PyFloat) return pyHashFloatBig(o.v, o.addr);
  const h = o.type.lookup('__hash__');
  if (h === null || h === rt.None) rt.typeError(`unhashable type: '${o.type.name}'`);
  const r = callSpecial(rt, o, '__hash__', []);
  if (r === null) return BigInt(hashObject(rt, o));
  try {
    if (!(r instanceof PyInt)) rt.typeError('__hash__ method should return an integer');
    return BigInt.asIntN(64, BigInt(r.v));
  } finally { rt.decref(r); }
}

function noArgs(rt: Runtime, qual: string, args: PyObject[], kw: KwArgs): void {
  if (kw !== null && kw.length > 0) rt.typeError(`${qual}() takes no keyword arguments`);
  if (args.length > 0) rt.typeError(`${qual}() takes no arguments (${args.length} given)`);
}

/** C int conversion ("i" format) for getrandbits. */
function cIntArg(rt: Runtime, o: PyObject): number {
  if (o instanceof PyFloat) rt.typeError("'float' object cannot be interpreted as an integer");
  const v = rt.indexValue(o);
  if (v > 2147483647n || v < -2147483648n) rt.raise(rt.t.OverflowError, 'Python int too large to convert to C int');
  return Number(v);
}

function installCore(rt: Runtime, T: PyType): void {
  defNew(T, (type, args) => {
    const o = new RandomObject(type, newGenerator());
    if (type.managedDict) rt.newSubclassInstance(type, o, type.basicsize);
    else rt.allocObject(o, type.basicsize);
    // random_new seeds the C state with the argument (a str is hashed here; __init__ reseeds it).
    try {
      if (args.length === 1) {
        if (args[0] instanceof PyByteArray) cSeed(rt, o, rt.None); else cSeed(rt, o, args[0]!);
      } else cSeed(rt, o, rt.None);
    } catch (e) { rt.decref(o); throw e; }
    return o;
  });
  defMethod(T, 'random', (self, args, kw) => {
    noArgs(rt, 'Random.random', args, kw);
    return rt.newFloat(self_(rt, self).pr.mt.random());
  });
  defMethod(T, 'seed', (self, args, kw) => {
    if (kw !== null && kw.length > 0) rt.typeError('Random.seed() takes no keyword arguments');
    if (args.length > 1) rt.typeError(`seed expected at most 1 argument, got ${args.length}`);
    cSeed(rt, self_(rt, self), args[0] ?? rt.None);
    return rt.none();
  });
  defMethod(T, 'getstate', (self, args, kw) => {
    noArgs(rt, 'Random.getstate', args, kw);
    return coreState(rt, self_(rt, self));
  });
  defMethod(T, 'setstate', (self, args, kw) => {
    if (kw !== null && kw.length > 0) rt.typeError('Random.setstate() takes no keyword arguments');
    if (args.length !== 1) rt.typeError(`Random.setstate() takes exactly one argument (${args.length} given)`);
    coreSetstate(rt, self_(rt, self), args[0]!);
    return rt.none();
  });
  defMethod(T, 'getrandbits', (self, args, kw) => {
    if (kw !== null && kw.length > 0) rt.typeError('Random.getrandbits() takes no keyword arguments');
    if (args.length !== 1) rt.typeError(`Random.getrandbits() takes exactly one argument (${args.length} given)`);
    const k = cIntArg(rt, args[0]!);
    return rt.newInt(guard(rt, () => self_(rt, self).pr.mt.getrandbits(k)));
  });
}

/** random_getstate: a tuple of the 624 words and the index (new int objects). */
function coreState(rt: Runtime, r: RandomObject): PyObject {
  return rt.newTuple(r.pr.mt.getstate().map((w) => rt.newInt(w)));
}

/** random_setstate(state) with the C checks. */
function coreSetstate(rt: Runtime, r: RandomObject, state: PyObject): void {
  if (!(state instanceof PyTuple)) rt.typeError('state vector must be a tuple');
  if (state.items.length !== 625) rt.valueError('state vector is the wrong size');
  const words = state.items.map((x) => {
    if (!(x instanceof PyInt)) {
      if (x.type.lookup('__index__') === null) rt.typeError(`an integer is required (got type ${x.type.name})`);
      return rt.indexValue(x);
    }
    return BigInt(x.v);
  });
  guard(rt, () => r.pr.mt.setstate(words));
}

// ---- how Lib/random.py reaches the generator (honouring subclass overrides) ------------------

interface Core {
  random(): number;
  /** self._randbelow(n) */
  randbelow(n: bigint): bigint;
  randbelowIndex(n: number): number;
}

function overrides(rt: Runtime, self: PyObject, name: string): boolean {
  const t = self.type;
  if (!t.heap) return false;
  const types = randomTypes(rt);
  const base = types.core.dict.getStr(name) ?? types.random.dict.getStr(name);
  return t.lookup(name) !== base;
}

/** The generator as Lib/random.py's methods see it through `self`. */
function coreOf(rt: Runtime, self: PyObject): Core {
  const r = self_(rt, self);
  const pr = r.pr;
  const pyRandom = overrides(rt, self, 'random');
  const pyBits = overrides(rt, self, 'getrandbits');
  const random = pyRandom
    ? () => {
      const f = getAttr(rt, self, 'random');
      try {
        const v = rt.call(f, []);
        try { return asDouble(rt, v); } finally { rt.decref(v); }
      } finally { rt.decref(f); }
    }
    : () => pr.mt.random();
  // Random.__init_subclass__: the first class in the MRO defining _randbelow, getrandbits or random decides.
  let strategy: 'bits' | 'float' = 'bits';
  if (self.type.heap) {
    const types = randomTypes(rt);
    for (const c of self.type.mro) {
      if (c === types.random) break;
      if (c.dict.getStr('_randbelow') !== null) break;
      if (c.dict.getStr('getrandbits') !== null) { strategy = 'bits'; break; }
      if (c.dict.getStr('random') !== null) { strategy = 'float'; break; }
    }
  }
  const getrandbits = (k: number): bigint => {
    if (!pyBits) return guard(rt, () => pr.mt.getrandbits(k));
    const f = getAttr(rt, self, 'getrandbits');
    const ko = rt.newInt(k);
    try {
      const v = rt.call(f, [ko]);
      try { return rt.indexValue(v); } finally { rt.decref(v); }
    } finally { rt.decref(ko); rt.decref(f); }
  };
  const randbelow = (n: bigint): bigint => {
    if (strategy === 'float') return randbelowWithoutBits(rt, random, n);
    if (!pyBits) return guard(rt, () => pr.randbelow(n));
    const k = n === 0n ? 0 : n.toString(2).length;
    let v = getrandbits(k);
    while (v >= n) v = getrandbits(k);
    return v;
  };
  return {
    random,
    randbelow,
    randbelowIndex: (n) => (strategy === 'bits' && !pyBits ? guard(rt, () => pr.randbelowIndex(n)) : Number(randbelow(BigInt(n)))),
  };
}

/** Random._randbelow_without_getrandbits (BPF = 53). */
function randbelowWithoutBits(rt: Runtime, random: () => number, n: bigint): bigint {
  const maxsize = 1n << 53n;
  if (n >= maxsize) {
    warnAt(rt, 'UserWarning', 'Underlying random() generator does not supply \nenough bits to choose from a population range this large.\nTo remove the range limitation, add a getrandbits() method.');
    return BigInt(Math.floor(random() * Number(n)));
  }
  const rem = maxsize % n;
  const limit = Number(maxsize - rem) / Number(maxsize);
  let r = random();
  while (r >= limit) r = random();
  return BigInt(Math.floor(r * Number(maxsize))) % n;
}

function distEnv(rt: Runtime, core: Core): dist.DistEnv {
  return { random: core.random, m: new PyFloatMath(GLIBC_LIBM), limit: 1_000_000 };
}

// ---- argument helpers (Python function signatures of Lib/random.py) ----------------------------

/** Bind (self, ...) parameters of a Python method; `spec` names, `?` = optional. */
function bind(rt: Runtime, qual: string, args: PyObject[], kw: KwArgs, spec: string[], kwOnly: string[] = []): Array<PyObject | null> {
  const names = spec.map((s) => s.replace('?', ''));
  const required = spec.filter((s) => !s.endsWith('?')).length;
  const out: Array<PyObject | null> = [...names, ...kwOnly].map(() => null);
  if (args.length > names.length) {
    const total = names.length + 1;
    const req = required + 1;
    rt.typeError(req === total
      ? `${qual}() takes ${total} positional argument${total === 1 ? '' : 's'} but ${args.length + 1} were given`
      : `${qual}() takes from ${req} to ${total} positional arguments but ${args.length + 1} were given`);
  }
  args.forEach((a, i) => { out[i] = a; });
  const all = [...names, ...kwOnly];
  for (const [k, v] of kw ?? []) {
    const i = all.indexOf(k);
    if (i < 0) rt.typeError(`${qual}() got an unexpected keyword argument '${k}'`);
    if (out[i] !== null) rt.typeError(`${qual}() got multiple values for argument '${k}'`);
    out[i] = v;
  }
  const missing = names.slice(0, required).filter((_, i) => out[i] === null);
  if (missing.length > 0) {
    const q = missing.map((m) => `'${m}'`);
    const list = q.length === 1 ? q[0] : q.length === 2 ? `${q[0]} and ${q[1]}` : `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
    rt.typeError(`${qual}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
  }
  return out;
}

/** A float parameter of a distribution (ints and floats as Lib/random.py's arithmetic takes them). */
function num(rt: Runtime, o: PyObject): number {
  if (o instanceof PyFloat) return o.v;
  if (o instanceof PyInt) return toFloat(BigInt(o.v));
  return asDouble(rt, o);
}

function pyNum(rt: Runtime, o: PyObject): PyNum {
  if (o instanceof PyFloat) return o.v;
  if (o instanceof PyInt) return BigInt(o.v);
  return asDouble(rt, o);
}

function newNum(rt: Runtime, v: PyNum): PyObject {
  return typeof v === 'bigint' ? rt.newInt(v) : rt.newFloat(v);
}

// ---- random.Random (Lib/random.py) --------------------------------------------------------------

function gaussNextOf(rt: Runtime, self: PyObject): number | null {
  const d = (self as RandomObject).dict;
  const v = d === null ? null : d.getStr('gauss_next');
  if (v === null || v === rt.None) return null;
  return num(rt, v);
}

function setGaussNext(rt: Runtime, self: PyObject, v: number | null): void {
  const o = v === null ? rt.none() : rt.newFloat(v);
  try { setAttr(rt, self, 'gauss_next', o); } finally { rt.decref(o); }
}

/** Random.seed(a=None, version=2) */
function pySeed(rt: Runtime, self: PyObject, a: PyObject, version: PyObject): void {
  const r = self_(rt, self);
  const v1 = isVersion(rt, version, 1);
  const v2 = !v1 && isVersion(rt, version, 2);
  let seed: SeedArg;
  if (v1 && (a instanceof PyStr || a instanceof PyBytes)) {
    seed = a instanceof PyStr ? { kind: 'str', value: a.v } : { kind: 'bytes', value: a.v };
    guard(rt, () => r.pr.seed(seed, 1));
  } else if (v2 && (a instanceof PyStr || a instanceof PyBytes || a instanceof PyByteArray)) {
    seed = a instanceof PyStr ? { kind: 'str', value: a.v }
      : a instanceof PyBytes ? { kind: 'bytes', value: a.v } : { kind: 'bytes', value: a.v.slice(0, a.length), mutable: true };
    guard(rt, () => r.pr.seed(seed, 2));
  } else {
    const ok = a === rt.None || a instanceof PyInt || a instanceof PyFloat || a instanceof PyStr || a instanceof PyBytes || a instanceof PyByteArray;
    if (!ok) rt.typeError(SEED_TYPE_ERROR_MESSAGE);
    cSeed(rt, r, a);
  }
  r.pr.gaussNext = null;
  setAttr(rt, self, 'gauss_next', rt.None);
}

function isVersion(rt: Runtime, v: PyObject, n: number): boolean {
  if (v instanceof PyInt) return BigInt(v.v) === BigInt(n);
  if (v instanceof PyFloat) return v.v === n;
  const o = rt.newInt(n);
  try { return richCompareBool(rt, v, o, 2); } finally { rt.decref(o); }
}

/** _index(x), else int(x) with randrange's deprecation warnings and errors. */
function randrangeIndex(rt: Runtime, x: PyObject, which: string): bigint {
  if (x instanceof PyInt) return BigInt(x.v);
  if (x.type.lookup('__index__') !== null) return rt.indexValue(x);
  const i = rt.call(rt.t.int, [x]);
  try {
    if (richCompareBool(rt, i, x, 3)) {
      warnAt(rt, 'DeprecationWarning', 'randrange() will raise TypeError in the future');
      rt.valueError(`non-integer ${which} for randrange()`);
    }
    warnAt(rt, 'DeprecationWarning', 'non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version');
    return rt.indexValue(i);
  } finally { rt.decref(i); }
}

function randrange(rt: Runtime, self: PyObject, start: PyObject, stop: PyObject | null, step: PyObject | null): PyObject {
  const core = coreOf(rt, self);
  const istart = randrangeIndex(rt, start, 'arg 1');
  if (stop === null || stop === rt.None) {
    if (step !== null && step !== rt.smallInts[6]) {
      rt.typeError('Missing a non-None stop argument');
    }
    if (istart > 0n) return rt.newInt(core.randbelow(istart));
    rt.valueError('empty range for randrange()');
  }
  const istop = randrangeIndex(rt, stop, 'stop');
  const width = istop - istart;
  const istep = step === null ? 1n : randrangeIndex(rt, step, 'step');
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
function isAbcSequence(rt: Runtime, o: PyObject): boolean {
  if (rt.isSequence(o) || o.type.isSubtypeOf(rt.t.range)) return true;
  for (const t of o.type.mro) if (t.name === 'deque' || t.name === 'UserList' || t.name === 'UserString' || t.name === 'Sequence' || t.name === 'MutableSequence') return true;
  return false;
}

/** list(accumulate(values)) as PyNums (Python + between ints and floats). */
function accumulate(rt: Runtime, values: PyObject): PyNum[] {
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

function sample(rt: Runtime, self: PyObject, population: PyObject, kObj: PyObject, counts: PyObject | null): PyObject {
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
    const range = rt.call(rt.t.range, [rt.newInt(total)]);
    let sel: PyObject;
    try { sel = sample(rt, self, range, kObj, null); } finally { rt.decref(range); }
    try {
      const picks = (sel as PyList).items.map((s) => bisectRight(cum, pyNum(rt, s)));
      const out: PyObject[] = [];
      try {
        for (const i of picks) { const idx = rt.newInt(i); try { out.push(getItem(rt, population, idx)); } finally { rt.decref(idx); } }
      } catch (e) { for (const x of out) rt.decref(x); throw e; }
      return rt.newList(out);
    } finally { rt.decref(sel); }
  }
  const kBig = rt.indexValue(kObj);
  if (!(0n <= kBig && kBig <= BigInt(n))) rt.valueError('Sample larger than population or is negative');
  const k = Number(kBig);
  let setsize = 21;
  if (k > 5) setsize += 4 ** Math.ceil(GLIBC_LIBM.log(k * 3) / GLIBC_LIBM.log(4));
  const result: PyObject[] = [];
  try {
    if (n <= setsize) {
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

function choices(rt: Runtime, self: PyObject, population: PyObject, weights: PyObject | null, cumWeights: PyObject | null, kObj: PyObject | null): PyObject {
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
      cum = accumulate(rt, cumWeights);
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

function shuffle(rt: Runtime, self: PyObject, x: PyObject): void {
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

function gauss(rt: Runtime, self: PyObject, mu: number, sigma: number): number {
  const core = coreOf(rt, self);
  const m = new PyFloatMath(GLIBC_LIBM);
  let z = gaussNextOf(rt, self);
  setGaussNext(rt, self, null);
  if (z === null) {
    const x2pi = core.random() * TWOPI;
    const g2rad = guard(rt, () => m.sqrt(-2.0 * m.log(1.0 - core.random())));
    z = GLIBC_LIBM.cos(x2pi) * g2rad;
    setGaussNext(rt, self, GLIBC_LIBM.sin(x2pi) * g2rad);
  }
  return mu + z * sigma;
}

function installRandomClass(rt: Runtime, T: PyType, core: PyType): void {
  putNewIn(rt, T.dict, 'VERSION', rt.newInt(3));
  putNewIn(rt, T.dict, '__module__', rt.newStr('random'));
  defClassMethod(T, '__init_subclass__', () => rt.none());
  defGetSet(T, '__dict__', (self) => {
    const r = self as RandomObject;
    if (r.dict === null) rt.raise(rt.t.AttributeError, `'${self.type.name}' object has no attribute '__dict__'`);
    if (r.dict.addr === 0) rt.allocObject(r.dict, 48);
    r.dict.refcnt++;
    return r.dict;
  });
  const m = (name: string, fn: (self: PyObject, args: PyObject[], kw: KwArgs) => PyObject) => defMethod(T, name, fn);
  const q = (name: string) => `Random.${name}`;

  m('__init__', (self, args, kw) => {
    const [x] = bind(rt, q('__init__'), args, kw, ['x?']);
    const seed = getAttr(rt, self, 'seed');
    try { rt.decref(rt.call(seed, [x ?? rt.None])); } finally { rt.decref(seed); }
    setAttr(rt, self, 'gauss_next', rt.None);
    return rt.none();
  });
  m('seed', (self, args, kw) => {
    const [a, version] = bind(rt, q('seed'), args, kw, ['a?', 'version?']);
    const two = rt.newInt(2);
    try { pySeed(rt, self, a ?? rt.None, version ?? two); } finally { rt.decref(two); }
    return rt.none();
  });
  m('getstate', (self, args, kw) => {
    bind(rt, q('getstate'), args, kw, []);
    const version = getAttr(rt, self, 'VERSION');
    let inner: PyObject;
    try {
      const f = core.dict.getStr('getstate') as PyMethodDescr;
      inner = f.fn(self, [], null);
    } catch (e) { rt.decref(version); throw e; }
    let g: PyObject;
    try { g = getAttr(rt, self, 'gauss_next'); } catch (e) { rt.decref(version); rt.decref(inner); throw e; }
    return rt.newTuple([version, inner, g]);
  });
  m('setstate', (self, args, kw) => {
    const [state] = bind(rt, q('setstate'), args, kw, ['state']);
    const zero = rt.newInt(0);
    let version: PyObject;
    try { version = getItem(rt, state!, zero); } finally { rt.decref(zero); }
    try {
      const isV3 = isVersion(rt, version, 3);
      const isV2 = !isV3 && isVersion(rt, version, 2);
      if (!isV3 && !isV2) {
        const vr = rt.str(version);
        rt.valueError(`state with version ${vr} passed to Random.setstate() of version 3`);
      }
      const parts = unpack3(rt, state!);
      try {
        setAttr(rt, self, 'gauss_next', parts[2]!);
        let internal = parts[1]!;
        if (isV2) internal = mod2_32(rt, internal);
        else internal.refcnt++;
        try { coreSetstate(rt, self_(rt, self), internal); } finally { rt.decref(internal); }
      } finally { for (const p of parts) rt.decref(p); }
    } finally { rt.decref(version); }
    return rt.none();
  });
  m('__getstate__', (self) => {
    const f = getAttr(rt, self, 'getstate');
    try { return rt.call(f, []); } finally { rt.decref(f); }
  });
  m('__setstate__', (self, args) => {
    const f = getAttr(rt, self, 'setstate');
    try { return rt.call(f, [args[0]!]); } finally { rt.decref(f); }
  });
  m('__reduce__', (self) => {
    const f = getAttr(rt, self, 'getstate');
    let st: PyObject;
    try { st = rt.call(f, []); } finally { rt.decref(f); }
    self.type.refcnt++;
    return rt.newTuple([self.type, rt.newTuple([]), st]);
  });
  m('randbytes', (self, args, kw) => {
    const [n] = bind(rt, q('randbytes'), args, kw, ['n']);
    const r = self_(rt, self);
    if (!(n instanceof PyInt)) {
      const eight = rt.newInt(8);
      let k: PyObject;
      try { k = rt.binary(n!, eight, 5); } finally { rt.decref(eight); }
      try { cIntArg(rt, k); } finally { rt.decref(k); }
    }
    const count = BigInt((n as PyInt).v);
    if (overrides(rt, self, 'getrandbits')) {
      const f = getAttr(rt, self, 'getrandbits');
      const k = rt.newInt(count * 8n);
      let v: PyObject;
      try { v = rt.call(f, [k]); } finally { rt.decref(k); rt.decref(f); }
      try {
        const to = getAttr(rt, v, 'to_bytes');
        const little = rt.newStr('little');
        try { return rt.call(to, [n!, little]); } finally { rt.decref(little); rt.decref(to); }
      } finally { rt.decref(v); }
    }
    return rt.newBytes(guard(rt, () => r.pr.mt.randbytes(count)));
  });
  m('randrange', (self, args, kw) => {
    const [start, stop, step] = bind(rt, q('randrange'), args, kw, ['start', 'stop?', 'step?']);
    return randrange(rt, self, start!, stop, step);
  });
  m('randint', (self, args, kw) => {
    const [a, b] = bind(rt, q('randint'), args, kw, ['a', 'b']);
    const one = rt.newInt(1);
    let b1: PyObject;
    try { b1 = rt.binary(b!, one, 0); } finally { rt.decref(one); }
    try { return randrange(rt, self, a!, b1, null); } finally { rt.decref(b1); }
  });
  m('choice', (self, args, kw) => {
    const [seq] = bind(rt, q('choice'), args, kw, ['seq']);
    const n = rt.length(seq!);
    if (n === 0) rt.raise(rt.t.IndexError, 'Cannot choose from an empty sequence');
    const i = rt.newInt(coreOf(rt, self).randbelowIndex(n));
    try { return getItem(rt, seq!, i); } finally { rt.decref(i); }
  });
  m('shuffle', (self, args, kw) => {
    const [x] = bind(rt, q('shuffle'), args, kw, ['x']);
    shuffle(rt, self, x!);
    return rt.none();
  });
  m('sample', (self, args, kw) => {
    const [population, k, counts] = bind(rt, q('sample'), args, kw, ['population', 'k'], ['counts']);
    return sample(rt, self, population!, k!, counts);
  });
  m('choices', (self, args, kw) => {
    const [population, weights, cumWeights, k] = bind(rt, q('choices'), args, kw, ['population', 'weights?'], ['cum_weights', 'k']);
    return choices(rt, self, population!, weights, cumWeights, k);
  });

  // Real-valued distributions.
  const d = (name: string, spec: string[], f: (self: PyObject, core: Core, env: dist.DistEnv, a: number[], raw: Array<PyObject | null>) => number | PyObject) =>
    m(name, (self, args, kw) => {
      const raw = bind(rt, q(name), args, kw, spec);
      const defaults: Record<string, number> = { low: 0.0, high: 1.0, mu: 0.0, sigma: 1.0, lambd: 1.0 };
      const a = raw.map((o, i) => (o === null || o === rt.None ? defaults[spec[i]!.replace('?', '')] ?? NaN : num(rt, o)));
      const core = coreOf(rt, self);
      const r = guard(rt, () => f(self, core, distEnv(rt, core), a, raw));
      return typeof r === 'number' ? rt.newFloat(r) : r;
    });
  d('uniform', ['a', 'b'], (_s, _c, env, [a, b]) => dist.uniform(env, a!, b!));
  d('triangular', ['low?', 'high?', 'mode?'], (_s, _c, env, [low, high], raw) => {
    const mode = raw[2];
    if (mode !== null && mode !== rt.None) {
      const low0 = raw[0] ?? null;
      if (high! - low! === 0) {
        // (mode - low) / (high - low) raised ZeroDivisionError: return low itself.
        env.random();
        if (low0 !== null) { low0.refcnt++; return low0; }
        return low!;
      }
      return dist.triangular(env, low!, high!, num(rt, mode));
    }
    return dist.triangular(env, low!, high!, null);
  });
  d('normalvariate', ['mu?', 'sigma?'], (_s, _c, env, [mu, sigma]) => dist.normalvariate(env, mu!, sigma!));
  d('gauss', ['mu?', 'sigma?'], (self, _c, _e, [mu, sigma]) => gauss(rt, self, mu!, sigma!));
  d('lognormvariate', ['mu', 'sigma'], (self, _c, _e, [mu, sigma]) => {
    const nv = getAttr(rt, self, 'normalvariate');
    try {
      const mo = rt.newFloat(mu!);
      const so = rt.newFloat(sigma!);
      let v: PyObject;
      try { v = rt.call(nv, [mo, so]); } finally { rt.decref(mo); rt.decref(so); }
      try { return new PyFloatMath(GLIBC_LIBM).exp(num(rt, v)); } finally { rt.decref(v); }
    } finally { rt.decref(nv); }
  });
  d('expovariate', ['lambd'], (_s, _c, env, [lambd]) => dist.expovariate(env, lambd!));
  d('vonmisesvariate', ['mu', 'kappa'], (_s, _c, env, [mu, kappa]) => dist.vonmisesvariate(env, mu!, kappa!));
  d('gammavariate', ['alpha', 'beta'], (_s, _c, env, [alpha, beta]) => {
    if (alpha! <= 0.0 || beta! <= 0.0) throw new PyRandomError('ValueError', 'gammavariate: alpha and beta must be > 0.0');
    return dist.gammavariate(env, alpha!, beta!);
  });
  d('betavariate', ['alpha', 'beta'], (self, _c, _e, [alpha, beta]) => {
    const gv = getAttr(rt, self, 'gammavariate');
    const call = (a: number) => {
      const ao = rt.newFloat(a);
      const one = rt.newFloat(1.0);
      try {
        const v = rt.call(gv, [ao, one]);
        try { return num(rt, v); } finally { rt.decref(v); }
      } finally { rt.decref(ao); rt.decref(one); }
    };
    try {
      const y = call(alpha!);
      if (y) {
        const s = y + call(beta!);
        if (s === 0) throw new PyRandomError('ZeroDivisionError', 'float division by zero');
        return y / s;
      }
      return 0.0;
    } finally { rt.decref(gv); }
  });
  d('paretovariate', ['alpha'], (_s, _c, env, [alpha]) => dist.paretovariate(env, alpha!));
  d('weibullvariate', ['alpha', 'beta'], (_s, _c, env, [alpha, beta]) => dist.weibullvariate(env, alpha!, beta!));
}

function putNewIn(rt: Runtime, d: PyDict, k: string, v: PyObject): void {
  dictSetStr(rt, d, k, v);
  rt.decref(v);
}

/** `version, internalstate, gauss_next = state` (new references). */
function unpack3(rt: Runtime, state: PyObject): PyObject[] {
  const items = rt.iterate(state);
  if (items.length !== 3) {
    for (const x of items) rt.decref(x);
    if (items.length < 3) rt.valueError(`not enough values to unpack (expected 3, got ${items.length})`);
    rt.valueError('too many values to unpack (expected 3)');
  }
  return items;
}

/** tuple(x % (2 ** 32) for x in internalstate) */
function mod2_32(rt: Runtime, internal: PyObject): PyObject {
  const items = rt.iterate(internal);
  try {
    return rt.newTuple(items.map((x) => rt.newInt(BigInt.asUintN(32, rt.indexValue(x)))));
  } finally { for (const x of items) rt.decref(x); }
}

// ---- the module ---------------------------------------------------------------------------------

const MODULE_FUNCTIONS = ['seed', 'random', 'uniform', 'triangular', 'randint', 'choice', 'randrange', 'sample', 'shuffle',
  'choices', 'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate', 'gauss', 'betavariate',
  'paretovariate', 'weibullvariate', 'getstate', 'setstate', 'getrandbits', 'randbytes'];

const ALL = ['Random', 'SystemRandom', 'betavariate', 'choice', 'choices', 'expovariate', 'gammavariate', 'gauss', 'getrandbits',
  'getstate', 'lognormvariate', 'normalvariate', 'paretovariate', 'randbytes', 'randint', 'random', 'randrange', 'sample',
  'seed', 'setstate', 'shuffle', 'triangular', 'uniform', 'vonmisesvariate', 'weibullvariate'];

function makeRandom(rt: Runtime): PyModule {
  const types = randomTypes(rt);
  return makeModule(rt, 'random', (d: PyDict) => {
    putNew(rt, d, '__doc__', rt.newStr('Random variable generators.'));
    putNew(rt, d, '__all__', rt.newList(ALL.map((n) => rt.newStr(n))));
    putNew(rt, d, 'NV_MAGICCONST', rt.newFloat(NV_MAGICCONST));
    putNew(rt, d, 'LOG4', rt.newFloat(LOG4));
    putNew(rt, d, 'SG_MAGICCONST', rt.newFloat(SG_MAGICCONST));
    putNew(rt, d, 'BPF', rt.newInt(53));
    putNew(rt, d, 'RECIP_BPF', rt.newFloat(2 ** -53));
    putNew(rt, d, 'TWOPI', rt.newFloat(TWOPI));
    dictSetStr(rt, d, 'Random', types.random);
    const inst = rt.typeCall(types.random, [], null);
    putNew(rt, d, '_inst', inst);
    for (const name of MODULE_FUNCTIONS) putNew(rt, d, name, getAttr(rt, inst, name));
  });
}

