// random.SystemRandom (Lib/random.py 3.11): a heap subclass of random.Random whose
// random(), getrandbits() and randbytes() read os.urandom. RefScope has no OS
// entropy: _urandom here is a fixed, deterministic byte stream (an MT19937
// generator seeded once per run), so programs stay reproducible; seed() is a
// no-op and getstate()/setstate() raise NotImplementedError, as in CPython.

import { PyObject } from '../objects/object';
import { PyType, type KwArgs } from '../objects/type';
import { PyInt } from '../objects/core';
import type { Runtime } from '../runtime';
import { newDict, dictSetStr } from '../objects/dictops';
import { PyRandom } from './random';
import { GLIBC_LIBM } from './mathcore/libm';
import { newFuncLike } from './funcLike';

const URANDOM = new WeakMap<Runtime, PyRandom>();

/** os.urandom(n) stand-in: n bytes of the run's deterministic entropy stream. */
function urandom(rt: Runtime, n: bigint): Uint8Array {
  if (n < 0n) rt.valueError('negative argument not allowed');
  let g = URANDOM.get(rt);
  if (g === undefined) {
    g = new PyRandom({ kind: 'int', value: 0x5157e3n }, { libm: GLIBC_LIBM });
    URANDOM.set(rt, g);
  }
  return g.mt.randbytes(n);
}

function fromBytesBig(b: Uint8Array): bigint {
  let x = 0n;
  for (const v of b) x = (x << 8n) | BigInt(v);
  return x;
}

function intArg(rt: Runtime, o: PyObject): bigint {
  if (o instanceof PyInt) return BigInt(o.v);
  if (o.type.lookup('__index__') === null) rt.typeError(`'${o.type.name}' object cannot be interpreted as an integer`);
  return rt.indexValue(o);
}

const DOC = 'Alternate random number generator using sources provided\n    by the operating system (such as /dev/urandom on Unix or\n    CryptGenRandom on Windows).\n\n     Not available on all systems (see os.urandom() for details).\n\n    ';

/** `class SystemRandom(Random):` made with type() (new reference). */
export function createSystemRandom(rt: Runtime, random: PyType): PyType {
  const ns = newDict(rt);
  const put = (k: string, v: PyObject) => { dictSetStr(rt, ns, k, v); rt.decref(v); };
  const fixed = (name: string, nargs: string[], fn: (self: PyObject, args: PyObject[]) => PyObject) => {
    const q = `SystemRandom.${name}`;
    put(name, newFuncLike(rt, {
      name, qualname: q, module: 'random',
      fn: (args, kw: KwArgs) => {
        if (kw !== null && kw.length > 0) rt.typeError(`${q}() got an unexpected keyword argument '${kw[0]![0]}'`);
        const want = nargs.length + 1;
        if (args.length > want) rt.typeError(`${q}() takes ${want} positional argument${want === 1 ? '' : 's'} but ${args.length} were given`);
        if (args.length < want) {
          const missing = ['self', ...nargs].slice(args.length);
          rt.typeError(`${q}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${missing.map((m) => `'${m}'`).join(' and ')}`);
        }
        return fn(args[0]!, args.slice(1));
      },
    }));
  };
  try {
    put('__module__', rt.newStr('random'));
    put('__qualname__', rt.newStr('SystemRandom'));
    put('__doc__', rt.newStr(DOC));
    fixed('random', [], () => rt.newFloat(Number(fromBytesBig(urandom(rt, 7n)) >> 3n) * 2 ** -53));
    fixed('getrandbits', ['k'], (_self, [k]) => {
      const kv = intArg(rt, k!);
      if (kv < 0n) rt.valueError('number of bits must be non-negative');
      const numbytes = (kv + 7n) / 8n;
      return rt.newInt(fromBytesBig(urandom(rt, numbytes)) >> (numbytes * 8n - kv));
    });
    fixed('randbytes', ['n'], (_self, [n]) => rt.newBytes(urandom(rt, intArg(rt, n!))));
    put('seed', newFuncLike(rt, { name: 'seed', qualname: 'SystemRandom.seed', module: 'random', doc: 'Stub method.  Not used for a system random number generator.', fn: (args) => {
      if (args.length === 0) rt.typeError("SystemRandom.seed() missing 1 required positional argument: 'self'");
      return rt.none();
    } }));
    const ni = newFuncLike(rt, { name: '_notimplemented', qualname: 'SystemRandom._notimplemented', module: 'random', doc: 'Method should not be called for a system random number generator.', fn: (args) => {
      if (args.length === 0) rt.typeError("SystemRandom._notimplemented() missing 1 required positional argument: 'self'");
      rt.raise(rt.t.NotImplementedError, 'System entropy source does not have state.');
    } });
    dictSetStr(rt, ns, '_notimplemented', ni);
    dictSetStr(rt, ns, 'getstate', ni);
    dictSetStr(rt, ns, 'setstate', ni);
    rt.decref(ni);
    const name = rt.newStr('SystemRandom');
    random.refcnt++;
    const bases = rt.newTuple([random]);
    try {
      const t = rt.call(rt.t.type, [name, bases, ns]);
      if (!(t instanceof PyType)) throw new Error('type() did not return a type');
      return t;
    } finally { rt.decref(name); rt.decref(bases); }
  } finally { rt.decref(ns); }
}
