// random's generator types: _random.Random (the C core of Modules/_randommodule.c:
// random, seed, getstate, setstate, getrandbits) and the random.Random type, and
// how the Lib/random.py code reaches the generator (Core), honouring subclasses
// that override random() or getrandbits(). Part of the random module (randomModule.ts).

import { PyObject, ExecutionHalted } from '../objects/object';
import { PyType, type KwArgs } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyInt, PyFloat, PyByteArray, PyTuple } from '../objects/core';
import type { Runtime } from '../runtime';
import { defMethod } from '../objects/native';
import { dictClear, dictSetStr } from '../objects/dictops';
import { getAttr } from '../vm/attributes';
import { hashObject, callSpecial } from '../vm/abstract';
import { pyHashFloatBig } from '../objects/numhash';
import { makeType, defNew, withStaticAllocation } from './nativeTypes';
import { PyRandom, PyRandomError, RandomLoopLimitError, type SeedArg, PyFloatMath } from './random';
import * as dist from './random/distributions';
import { GLIBC_LIBM } from './mathcore/libm';
import { asDouble } from './math';
import { warnAt } from './randomSupport';

// ---- objects and types --------------------------------------------------------------

/** A random.Random (or _random.Random) instance: the generator, plus its __dict__ (gauss_next lives there). */
export class RandomObject extends PyObject {
  dict: PyDict | null = null;
  /** The instance-dict protocol of heap subclasses (instanceGetDict). */
  dictMaterialized = false;
  constructor(type: PyType, public pr: PyRandom) { super(type); }
}

export interface RandomTypes {
  core: PyType;
  random: PyType;
  /** Random._randbelow_with_getrandbits and Random._randbelow_without_getrandbits (the class's functions). */
  withBits: PyObject;
  withoutBits: PyObject;
}
const TYPES = new WeakMap<Runtime, RandomTypes>();
type ClassInstaller = (rt: Runtime, core: PyType) => { random: PyType; withBits: PyObject; withoutBits: PyObject };
let installRandomClass: ClassInstaller | null = null;

/** randomModule.ts hands over the installer of random.Random's Lib/random.py methods. */
export function setRandomClassInstaller(f: ClassInstaller): void { installRandomClass = f; }

/** The size of _random.Random's RandomObject: header, index, 624 state words (8-aligned). */
export const CORE_SIZE = 2520;

export function newGenerator(): PyRandom {
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

export function raiseRandomError(rt: Runtime, e: unknown): never {
  if (e instanceof PyRandomError) rt.raise(rt.t[e.pyType]!, e.message);
  if (e instanceof RandomLoopLimitError) throw new ExecutionHalted(e.message);
  throw e;
}

/** Run a PyRandom computation, turning its errors into Python exceptions. */
export function guard<T>(rt: Runtime, f: () => T): T {
  try { return f(); } catch (e) { return raiseRandomError(rt, e); }
}

export function self_(rt: Runtime, o: PyObject): RandomObject {
  if (!(o instanceof RandomObject)) rt.typeError(`descriptor requires a '_random.Random' object but received a '${o.type.name}'`);
  return o;
}

/** _random.Random (native), then random.Random, the Lib/random.py class deriving from it (a heap class). */
export function createTypes(rt: Runtime): RandomTypes {
  const core = makeType(rt, '_random', 'Random', { basicsize: CORE_SIZE, gc: false, layout: 'random.Random', doc: 'Random() -> create a random number generator with its own internal state.' });
  // Exact _random.Random instances have no __dict__; a heap subclass's hooks release and visit theirs.
  const releaseDict = (o: PyObject) => {
    const r = o as RandomObject;
    const d = r.dict;
    if (d === null) return;
    r.dict = null;
    if (d.addr === 0) dictClear(rt, d); else rt.decref(d);
  };
  core.dealloc = releaseDict;
  core.clear = releaseDict;
  core.traverse = () => {};
  installCore(rt, core);
  return { core, ...installRandomClass!(rt, core) };
}

// ---- _random.Random (C) ----------------------------------------------------------------

/** random_seed(self, arg): the C-level seeding (None, int via abs(), anything else via hash()). */
export function cSeed(rt: Runtime, r: RandomObject, arg: PyObject): void {
  let seed: SeedArg;
  if (arg === rt.None) seed = { kind: 'none' };
  else if (arg instanceof PyInt) seed = { kind: 'int', value: BigInt(arg.v) };
  else seed = { kind: 'hashed', hash: exactHash(rt, arg) };
  guard(rt, () => { r.pr.seed(seed); r.pr.gaussNext = null; });
}

/** hash(o) as an exact bigint (Py_hash_t values need all 64 bits). */
export function exactHash(rt: Runtime, o: PyObject): bigint {
  if (o instanceof PyFloat) return pyHashFloatBig(o.v, o.addr);
  const h = o.type.lookup('__hash__');
  if (h === null || h === rt.None) rt.typeError(`unhashable type: '${o.type.tpName}'`);
  const r = callSpecial(rt, o, '__hash__', []);
  if (r === null) return BigInt(hashObject(rt, o));
  try {
    if (!(r instanceof PyInt)) rt.typeError('__hash__ method should return an integer');
    return BigInt.asIntN(64, BigInt(r.v));
  } finally { rt.decref(r); }
}

export function noArgs(rt: Runtime, qual: string, args: PyObject[], kw: KwArgs): void {
  if (kw !== null && kw.length > 0) rt.typeError(`${qual}() takes no keyword arguments`);
  if (args.length > 0) rt.typeError(`${qual}() takes no arguments (${args.length} given)`);
}

/** C int conversion ("i" format) for getrandbits. */
export function cIntArg(rt: Runtime, o: PyObject): number {
  if (o instanceof PyFloat) rt.typeError("'float' object cannot be interpreted as an integer");
  const v = rt.indexValue(o);
  if (v > 2147483647n || v < -2147483648n) rt.raise(rt.t.OverflowError, 'Python int too large to convert to C int');
  return Number(v);
}

export function installCore(rt: Runtime, T: PyType): void {
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
  // random_init: _random.Random(x) seeds; random.Random overrides __init__ in Python.
  defMethod(T, '__init__', (self, args, kw) => {
    const r = self_(rt, self);
    if ((self.type === T || self.type.lookup('__init__') === T.dict.getStr('__init__')) && kw !== null && kw.length > 0) rt.typeError('Random() takes no keyword arguments');
    if (args.length > 1) rt.typeError('Random() requires 0 or 1 argument');
    cSeed(rt, r, args[0] ?? rt.None);
    return rt.none();
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
  const put = (k: string, v: PyObject) => { dictSetStr(rt, T.dict, k, v); rt.decref(v); };
  put('__doc__', rt.newStr(T.doc ?? ''));
  put('__module__', rt.newStr('_random'));
}

/** random_getstate: a tuple of the 624 words and the index (new int objects). */
export function coreState(rt: Runtime, r: RandomObject): PyObject {
  return rt.newTuple(r.pr.mt.getstate().map((w) => rt.newInt(w)));
}

/** random_setstate(state) with the C checks. */
export function coreSetstate(rt: Runtime, r: RandomObject, state: PyObject): void {
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

export interface Core {
  random(): number;
  /** self._randbelow(n) */
  randbelow(n: bigint): bigint;
  randbelowIndex(n: number): number;
  /** self.getrandbits(k) */
  getrandbits(k: number): bigint;
}

export function overrides(rt: Runtime, self: PyObject, name: string): boolean {
  const t = self.type;
  if (!t.heap) return false;
  const types = randomTypes(rt);
  const base = types.core.dict.getStr(name) ?? types.random.dict.getStr(name);
  return t.lookup(name) !== base;
}

/** The generator as Lib/random.py's methods see it through `self`. */
export function coreOf(rt: Runtime, self: PyObject): Core {
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
  // self._randbelow: Random.__init_subclass__ picked _randbelow_with_getrandbits or
  // _randbelow_without_getrandbits (or the class defines its own, called as Python).
  const types = randomTypes(rt);
  const rb = self.type.heap ? self.type.lookup('_randbelow') : types.withBits;
  const strategy: 'bits' | 'float' | 'python' = rb === types.withBits ? 'bits' : rb === types.withoutBits ? 'float' : 'python';
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
    if (strategy === 'python') {
      const f = getAttr(rt, self, '_randbelow');
      const no = rt.newInt(n);
      try {
        const v = rt.call(f, [no]);
        try { return rt.indexValue(v); } finally { rt.decref(v); }
      } finally { rt.decref(no); rt.decref(f); }
    }
    if (!pyBits) return guard(rt, () => pr.randbelow(n));
    return randbelowWithBits(rt, getrandbits, n);
  };
  return {
    random,
    randbelow,
    getrandbits,
    randbelowIndex: (n) => (strategy === 'bits' && !pyBits ? guard(rt, () => pr.randbelowIndex(n)) : Number(randbelow(BigInt(n)))),
  };
}

/** Random._randbelow_with_getrandbits(n), for a Python-level getrandbits (CPython loops forever when n <= 0). */
export function randbelowWithBits(rt: Runtime, getrandbits: (k: number) => bigint, n: bigint): bigint {
  const a = n < 0n ? -n : n;
  const k = a === 0n ? 0 : a.toString(2).length;
  let v = getrandbits(k);
  for (let i = 0; v >= n; i++) {
    if (i >= 1_000_000) raiseRandomError(rt, new RandomLoopLimitError('_randbelow', 1_000_000));
    v = getrandbits(k);
  }
  return v;
}

/** Random._randbelow_without_getrandbits(n, maxsize=1<<BPF). */
export function randbelowWithoutBits(rt: Runtime, random: () => number, n: bigint, maxsize = 1n << 53n): bigint {
  if (n >= maxsize) {
    warnAt(rt, 'UserWarning', 'Underlying random() generator does not supply \nenough bits to choose from a population range this large.\nTo remove the range limitation, add a getrandbits() method.',
      { filename: '<refscope:random>', lineno: 253, line: '_warn("Underlying random() generator does not supply \\n"', module: 'random' });
    return BigInt(Math.floor(random() * intToFloat(rt, n)));
  }
  if (n === 0n) rt.raise(rt.t.ZeroDivisionError, 'integer modulo by zero');
  const rem = ((maxsize % n) + n) % n;
  const limit = intToFloat(rt, maxsize - rem) / intToFloat(rt, maxsize);
  let r = random();
  while (r >= limit) r = random();
  const f = Math.floor(r * intToFloat(rt, maxsize));
  return ((BigInt(f) % n) + n) % n;
}

function intToFloat(rt: Runtime, v: bigint): number {
  const f = Number(v);
  if (!Number.isFinite(f)) rt.raise(rt.t.OverflowError, 'int too large to convert to float');
  return f;
}

export function distEnv(core: Core): dist.DistEnv {
  return { random: core.random, m: new PyFloatMath(GLIBC_LIBM), limit: 1_000_000 };
}

