// bytearray allocation (ob_alloc, i.e. sys.getsizeof(b) - 56) after each step
// of the scenarios in fixtures/sizes.json, replayed through the native methods.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Runtime } from '../../../src/runtime/runtime';
import type { PyObject } from '../../../src/runtime/objects/object';
import { PyByteArray, PyList, PyMethodDescr } from '../../../src/runtime/objects/core';
import { newByteArray } from '../../../src/runtime/objects/bytearray';
import { getAttr } from '../../../src/runtime/vm/attributes';
import { makeRuntime, loadFixture, toPy } from './harness';

type Log = Array<[number, number, string]>;
const fx = loadFixture<Record<string, { code: string; log: Log }>>('sizes.json');

function hex(o: PyByteArray): string {
  let s = '';
  for (const c of o.v.subarray(0, o.length)) s += (c < 16 ? '0' : '') + c.toString(16);
  return s;
}

/** Call a native method with Python values given as JS values (strings are bytes unless marked). */
function call(rt: Runtime, o: PyObject, name: string, ...args: PyObject[]): PyObject {
  const m = o.type.lookup(name) as PyMethodDescr;
  try { return m.fn(o, args, null); } finally { for (const a of args) rt.decref(a); }
}

const B = (rt: Runtime, s: string): PyObject => toPy(rt, { b: Buffer.from(s, 'latin1').toString('hex') });
const I = (rt: Runtime, n: number): PyObject => rt.newInt(n);
const BA = (rt: Runtime, s: string): PyByteArray => newByteArray(rt, Uint8Array.from(Buffer.from(s, 'latin1')));
const S = (rt: Runtime, s: string): PyObject => rt.newStr(s);
const slice = (rt: Runtime, a: number | null, b: number | null, c: number | null = null): PyObject =>
  toPy(rt, { sl: [a === null ? null : { i: String(a) }, b === null ? null : { i: String(b) }, c === null ? null : { i: String(c) }] });

/** bytearray(arg...) through tp_new + __init__. */
function make(rt: Runtime, ...args: PyObject[]): PyByteArray {
  const o = rt.t.bytearray.newFn!(rt.t.bytearray, args, null) as PyByteArray;
  rt.decref(call(rt, o, '__init__', ...args));
  return o;
}

/** A generator stand-in: an iterator without __len__ / __length_hint__. */
function gen(rt: Runtime, n: number): PyObject {
  let i = 0;
  return rt.newNativeIter('generator_like', () => (i < n ? rt.newInt(i++) : null), [], 32);
}

const SCENARIOS: Record<string, (rt: Runtime, log: (o: PyObject) => void) => void> = {
  append40(rt, log) { const b = make(rt); for (let i = 0; i < 40; i++) { rt.decref(call(rt, b, 'append', I(rt, 1))); log(b); } },
  delfront(rt, log) { const b = BA(rt, 'x'.repeat(10)); for (let i = 0; i < 10; i++) { rt.decref(call(rt, b, '__delitem__', I(rt, 0))); log(b); } },
  pop(rt, log) { const b = BA(rt, 'x'.repeat(20)); for (let i = 0; i < 15; i++) { rt.decref(call(rt, b, 'pop')); log(b); } },
  extend(rt, log) {
    const b = BA(rt, 'abc');
    rt.decref(call(rt, b, 'extend', rt.newList([I(rt, 1), I(rt, 2), I(rt, 3)]))); log(b);
    rt.decref(call(rt, b, 'extend', B(rt, 'defg'))); log(b);
    rt.decref(call(rt, b, 'extend', gen(rt, 50))); log(b);
  },
  init(rt, log) {
    log(make(rt, rt.newList([I(rt, 1), I(rt, 2), I(rt, 3)])));
    log(make(rt, toPy(rt, { range: [0, 20, 1] })));
    log(make(rt, gen(rt, 20)));
    log(make(rt, I(rt, 5)));
    log(make(rt));
    log(make(rt, S(rt, 'abc'), S(rt, 'ascii')));
    log(make(rt, rt.newList([I(rt, 1), rt.newBool(true)])));
  },
  ops(rt, log) {
    const b = BA(rt, 'ab');
    rt.decref(call(rt, b, '__iadd__', B(rt, 'cdef'))); log(b);
    rt.decref(call(rt, b, '__imul__', I(rt, 5))); log(b);
    log(call(rt, BA(rt, 'ab'), '__mul__', I(rt, 5)));
    log(call(rt, BA(rt, 'ab'), '__add__', B(rt, 'cd')));
    log(call(rt, BA(rt, 'abcdef'), '__getitem__', slice(rt, 1, 3)));
    log(call(rt, BA(rt, 'abcdef'), 'copy'));
  },
  mut(rt, log) {
    let b = BA(rt, 'abcdef'); rt.decref(call(rt, b, 'clear')); log(b);
    b = BA(rt, 'abcdef'); rt.decref(call(rt, b, 'insert', I(rt, 0), I(rt, 1))); log(b);
    b = BA(rt, 'abcdef'); rt.decref(call(rt, b, '__setitem__', slice(rt, 1, 2), B(rt, 'xyz'))); log(b);
    rt.decref(call(rt, b, '__setitem__', slice(rt, 0, 4), B(rt, ''))); log(b);
  },
  methods(rt, log) {
    const b = BA(rt, ' a b c ');
    log(call(rt, b, 'upper')); log(call(rt, b, 'strip')); log(call(rt, b, 'replace', B(rt, 'a'), B(rt, 'xx')));
    log(call(rt, b, 'center', I(rt, 20))); log(call(rt, BA(rt, ','), 'join', rt.newList([B(rt, 'x'), B(rt, 'y')])));
    const parts = call(rt, b, 'split') as PyList;
    for (const p of parts.items) log(p);
    const fh = getAttr(rt, rt.t.bytearray, 'fromhex');
    log(rt.call(fh, [S(rt, 'aabb')]));
  },
  shrink(rt, log) {
    let b = make(rt, I(rt, 100)); rt.decref(call(rt, b, '__setitem__', slice(rt, null, null), B(rt, 'x'))); log(b);
    b = BA(rt, 'abcdefghij'); rt.decref(call(rt, b, '__delitem__', slice(rt, 2, 5))); log(b);
    rt.decref(call(rt, b, '__delitem__', slice(rt, null, null, 2))); log(b);
    rt.decref(call(rt, b, 'remove', I(rt, 98))); log(b);
  },
  reinit(rt, log) {
    const b = BA(rt, 'abc');
    rt.decref(call(rt, b, '__init__', B(rt, 'xy'))); log(b);
    rt.decref(call(rt, b, '__init__')); log(b);
    rt.decref(call(rt, b, '__init__', I(rt, 10))); log(b);
  },
  frontgrow(rt, log) {
    const b = BA(rt, 'x'.repeat(16));
    for (let i = 0; i < 6; i++) { rt.decref(call(rt, b, '__delitem__', slice(rt, null, 2))); log(b); }
    rt.decref(call(rt, b, '__iadd__', B(rt, 'yyyyyyyyyy'))); log(b);
    rt.decref(call(rt, b, 'append', I(rt, 1))); log(b);
  },
};

for (const [name, { code, log: expected }] of Object.entries(fx)) {
  test(`bytearray allocation: ${name}`, () => {
    const rt = makeRuntime();
    const got: Log = [];
    SCENARIOS[name](rt, (o) => { const b = o as PyByteArray; got.push([b.length, b.alloc, hex(b)]); });
    assert.deepEqual(got, expected, code);
  });
}
