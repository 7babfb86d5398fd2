// The simulated random module: the Python-facing wrapper around the MT19937 /
// Lib/random.py algorithms in random/ (PyRandom). cf. Lib/random.py and
// Modules/_randommodule.c (3.11).
//
// Types: _random.Random (native, randomCore.ts: random, seed, getstate, setstate,
// getrandbits) and random.Random, the Lib/random.py class, made with type() as a
// heap class whose methods are function objects (FuncLike), so reprs, bound
// methods and refcounts look like CPython's; SystemRandom (randomSystem.ts).
// Instances carry the generator state and a __dict__ holding gauss_next as
// CPython's do. The module-level functions are the bound methods of a hidden
// instance, random._inst, created at import. Modules: random and _random.
//
// No OS entropy: seed(None), seed() and Random() seed as PyRandom's default
// noneSeed does (like seed(0)), so runs are reproducible.
//
// Subclasses of Random that override random(), getrandbits(), _randbelow, seed()
// or randrange() are honoured where Lib/random.py calls them through self (the
// distributions, choices, __init_subclass__'s choice of _randbelow, __init__).

import { PyObject } from '../objects/object';
import { PyType, type KwArgs } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyInt, PyFloat, PyStr, PyBytes, PyByteArray, PyModule, PyMethodDescr } from '../objects/core';
import type { Runtime } from '../runtime';
import { dictSetStr, newDict } from '../objects/dictops';
import { getAttr, setAttr } from '../vm/attributes';
import { getItem, richCompareBool } from '../vm/abstract';
import { makeModule, putNew } from './nativeTypes';
import { PyRandomError, type SeedArg, PyFloatMath, NV_MAGICCONST, LOG4, SG_MAGICCONST, TWOPI, SEED_TYPE_ERROR_MESSAGE } from './random';
import * as dist from './random/distributions';
import { GLIBC_LIBM } from './mathcore/libm';
import {
  RandomObject, setRandomClassInstaller, randomTypes, guard, self_, cSeed, cIntArg, coreSetstate, type Core, overrides, coreOf, distEnv, randbelowWithBits, randbelowWithoutBits,
} from './randomCore';
import { bind, num } from './randomArgs';
import { randrange, sample, choices, shuffle } from './randomSequences';
import { newFuncLike } from './funcLike';
import { createSystemRandom } from './randomSystem';

export function installRandomModule(rt: Runtime): void {
  setRandomClassInstaller(installRandomClass);
  rt.modules.register('_random', makeCRandom);
  rt.modules.register('random', makeRandom);
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

const RANDOM_DOC = 'Random number generator base class used by bound module functions.\n\nUsed to instantiate instances of Random to get generators that don\'t\nshare state.\n\nClass Random can also be subclassed if you want to use a different basic\ngenerator of your own devising: in that case, override the following\nmethods:  random(), seed(), getstate(), and setstate().\nOptionally, implement a getrandbits() method so that randrange()\ncan cover arbitrarily large ranges.\n\n';

/** `class Random(_random.Random):` of Lib/random.py, made with type(): its methods are
 * function objects (in CPython's order); seed, getstate and setstate call super(), so
 * they share a __class__ cell holding the class. */
function installRandomClass(rt: Runtime, core: PyType): { random: PyType; withBits: PyObject; withoutBits: PyObject } {
  const ns = newDict(rt);
  const classCell = rt.newCell(null);
  try {
    const fs = fillRandomNamespace(rt, ns, core, classCell);
    const name = rt.newStr('Random');
    core.refcnt++;
    const bases = rt.newTuple([core]);
    let T: PyObject;
    try { T = rt.call(rt.t.type, [name, bases, ns]); } finally { rt.decref(name); rt.decref(bases); }
    if (!(T instanceof PyType)) throw new Error('type() did not return a type');
    T.refcnt++;
    classCell.ref = T;
    rt.decref(T);
    return { random: T, ...fs };
  } finally {
    rt.decref(ns);
    rt.decref(classCell);
  }
}

function fillRandomNamespace(rt: Runtime, ns: PyDict, core: PyType, classCell: PyObject): { withBits: PyObject; withoutBits: PyObject } {
  putNewIn(rt, ns, '__module__', rt.newStr('random'));
  putNewIn(rt, ns, '__qualname__', rt.newStr('Random'));
  putNewIn(rt, ns, '__doc__', rt.newStr(RANDOM_DOC));
  putNewIn(rt, ns, 'VERSION', rt.newInt(3));
  const q = (name: string) => `Random.${name}`;
  const m = (name: string, fn: (self: PyObject, args: PyObject[], kw: KwArgs) => PyObject): PyObject => {
    const f = newFuncLike(rt, {
      name, qualname: q(name), module: 'random',
      keep: name === 'seed' || name === 'getstate' || name === 'setstate' ? [classCell] : [],
      fn: (args, kw) => {
        if (args.length === 0) {
          const given = kw?.find(([k]) => k === 'self');
          if (given === undefined) rt.typeError(`${q(name)}() missing 1 required positional argument: 'self'`);
          return fn(given[1], [], kw!.filter(([k]) => k !== 'self'));
        }
        return fn(args[0]!, args.slice(1), kw);
      },
    });
    dictSetStr(rt, ns, name, f);
    rt.decref(f);
    return f;
  };

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
  m('__getstate__', (self, args, kw) => {
    bind(rt, q('__getstate__'), args, kw, []);
    const f = getAttr(rt, self, 'getstate');
    try { return rt.call(f, []); } finally { rt.decref(f); }
  });
  m('__setstate__', (self, args, kw) => {
    const [state] = bind(rt, q('__setstate__'), args, kw, ['state']);
    const f = getAttr(rt, self, 'setstate');
    try { return rt.call(f, [state!]); } finally { rt.decref(f); }
  });
  m('__reduce__', (self, args, kw) => {
    bind(rt, q('__reduce__'), args, kw, []);
    const f = getAttr(rt, self, 'getstate');
    let st: PyObject;
    try { st = rt.call(f, []); } finally { rt.decref(f); }
    self.type.refcnt++;
    return rt.newTuple([self.type, rt.newTuple([]), st]);
  });
  const isub = newFuncLike(rt, {
    name: '__init_subclass__', qualname: q('__init_subclass__'), module: 'random',
    fn: (args, kw) => {
      if (args.length !== 1) rt.typeError(`${q('__init_subclass__')}() takes 1 positional argument but ${args.length} were given`);
      void kw;
      const cls = args[0]!;
      if (!(cls instanceof PyType)) return rt.none();
      for (const c of cls.mro) {
        if (c.dict.getStr('_randbelow') !== null) break;
        const which = c.dict.getStr('getrandbits') !== null ? '_randbelow_with_getrandbits'
          : c.dict.getStr('random') !== null ? '_randbelow_without_getrandbits' : null;
        if (which !== null) {
          const f = getAttr(rt, cls, which);
          try { setAttr(rt, cls, '_randbelow', f); } finally { rt.decref(f); }
          break;
        }
      }
      return rt.none();
    },
  });
  const cm = rt.newClassmethod(isub);
  rt.decref(isub);
  putNewIn(rt, ns, '__init_subclass__', cm);
  const withBits = m('_randbelow_with_getrandbits', (self, args, kw) => {
    const [n] = bind(rt, q('_randbelow_with_getrandbits'), args, kw, ['n']);
    const gb = getAttr(rt, self, 'getrandbits');
    try {
      if (!(n instanceof PyInt)) rt.raise(rt.t.AttributeError, `'${n!.type.name}' object has no attribute 'bit_length'`);
      const getrandbits = (k: number): bigint => {
        const ko = rt.newInt(k);
        try {
          const v = rt.call(gb, [ko]);
          try { return rt.indexValue(v); } finally { rt.decref(v); }
        } finally { rt.decref(ko); }
      };
      return rt.newInt(randbelowWithBits(rt, getrandbits, BigInt(n.v)));
    } finally { rt.decref(gb); }
  });
  const withoutBits = m('_randbelow_without_getrandbits', (self, args, kw) => {
    const [n, maxsize] = bind(rt, q('_randbelow_without_getrandbits'), args, kw, ['n', 'maxsize?']);
    const rnd = getAttr(rt, self, 'random');
    try {
      const random = () => {
        const v = rt.call(rnd, []);
        try { return num(rt, v); } finally { rt.decref(v); }
      };
      const ms = maxsize === null ? 1n << 53n : rt.indexValue(maxsize);
      return rt.newInt(randbelowWithoutBits(rt, random, rt.indexValue(n!), ms));
    } finally { rt.decref(rnd); }
  });
  dictSetStr(rt, ns, '_randbelow', withBits);
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
    try {
      if (!overrides(rt, self, 'randrange')) return randrange(rt, self, a!, b1, null, true);
      const f = getAttr(rt, self, 'randrange');
      try { return rt.call(f, [a!, b1]); } finally { rt.decref(f); }
    } finally { rt.decref(b1); }
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
      const r = guard(rt, () => f(self, core, distEnv(core), a, raw));
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
  return { withBits, withoutBits };
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

/** Modules/_randommodule.c */
function makeCRandom(rt: Runtime): PyModule {
  const types = randomTypes(rt);
  return makeModule(rt, '_random', (d: PyDict) => {
    putNew(rt, d, '__doc__', rt.newStr('Module implements the Mersenne Twister random number generator.'));
    dictSetStr(rt, d, 'Random', types.core);
  });
}

/** Lib/random.py's module dict, in its order (the names it imports from math, operator,
 * itertools and _random are the same objects; warnings, os, hashlib, bisect and
 * collections.abc are not simulated, so _warn, _urandom, _sha512, _bisect, _os, _Set,
 * _Sequence are absent, as are the _test helpers). */
function makeRandom(rt: Runtime): PyModule {
  const types = randomTypes(rt);
  const math = rt.modules.get('math');
  const operator = rt.modules.get('operator');
  const itertools = rt.modules.get('itertools');
  const cRandom = rt.modules.get('_random');
  return makeModule(rt, 'random', (d: PyDict) => {
    putNew(rt, d, '__doc__', rt.newStr('Random variable generators.'));
    const from = (m: PyModule | null, names: Array<[string, string]>) => {
      for (const [name, as] of names) {
        const v = m?.dict.getStr(name) ?? null;
        if (v !== null) dictSetStr(rt, d, as, v);
      }
    };
    from(math, [['log', '_log'], ['exp', '_exp'], ['pi', '_pi'], ['e', '_e'], ['ceil', '_ceil'], ['sqrt', '_sqrt'], ['acos', '_acos'],
      ['cos', '_cos'], ['sin', '_sin'], ['tau', 'TWOPI'], ['floor', '_floor'], ['isfinite', '_isfinite']]);
    if (d.getStr('TWOPI') === null) putNew(rt, d, 'TWOPI', rt.newFloat(TWOPI));
    from(operator, [['index', '_index']]);
    from(itertools, [['accumulate', '_accumulate'], ['repeat', '_repeat']]);
    if (cRandom !== null) dictSetStr(rt, d, '_random', cRandom);
    putNew(rt, d, '__all__', rt.newList(ALL.map((n) => rt.newStr(n))));
    putNew(rt, d, 'NV_MAGICCONST', rt.newFloat(NV_MAGICCONST));
    putNew(rt, d, 'LOG4', rt.newFloat(LOG4));
    putNew(rt, d, 'SG_MAGICCONST', rt.newFloat(SG_MAGICCONST));
    putNew(rt, d, 'BPF', rt.newInt(53));
    putNew(rt, d, 'RECIP_BPF', rt.newFloat(2 ** -53));
    putNew(rt, d, '_ONE', rt.newInt(1));
    dictSetStr(rt, d, 'Random', types.random);
    putNew(rt, d, 'SystemRandom', createSystemRandom(rt, types.random));
    const inst = rt.typeCall(types.random, [], null);
    putNew(rt, d, '_inst', inst);
    for (const name of MODULE_FUNCTIONS) putNew(rt, d, name, getAttr(rt, inst, name));
  });
}
