// Iterators of str, bytes and bytearray: type names, items, exhaustion
// releasing the sequence, __length_hint__.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PyObject } from '../../../src/runtime/objects/object';
import { PyIter, PyMethodDescr, PyInt, PyStr } from '../../../src/runtime/objects/core';
import { newByteArray } from '../../../src/runtime/objects/bytearray';
import { makeRuntime } from './harness';

function call(o: PyObject, name: string, ...args: PyObject[]): PyObject {
  return (o.type.lookup(name) as PyMethodDescr).fn(o, args, null);
}

test('iter(str): str_ascii_iterator for ASCII, str_iterator otherwise; code points', () => {
  const rt = makeRuntime();
  const a = rt.newStr('abc');
  const it = call(a, '__iter__') as PyIter;
  assert.equal(it.type.name, 'str_ascii_iterator');
  assert.equal(a.refcnt, 2);
  assert.equal(Number((call(it, '__length_hint__') as PyInt).v), 3);
  const got: string[] = [];
  for (let v = it.next(); v !== null; v = it.next()) { got.push((v as PyStr).v); rt.decref(v); }
  assert.deepEqual(got, ['a', 'b', 'c']);
  assert.equal(a.refcnt, 1, 'the exhausted iterator drops its reference');
  assert.equal(it.next(), null);
  rt.decref(it);
  const u = rt.newStr('é\u{1F600}x');
  const it2 = call(u, '__iter__') as PyIter;
  assert.equal(it2.type.name, 'str_iterator');
  const got2: string[] = [];
  for (let v = it2.next(); v !== null; v = it2.next()) { got2.push((v as PyStr).v); rt.decref(v); }
  assert.deepEqual(got2, ['é', '\u{1F600}', 'x']);
  rt.decref(it2);
  assert.equal(u.refcnt, 1);
});

test('one-character latin-1 items are the static singletons', () => {
  const rt = makeRuntime();
  const s = rt.newStr('hé');
  const it = call(s, '__iter__') as PyIter;
  const h = it.next()!;
  assert.equal(h, rt.latin1[0x68]);
  assert.equal(it.next(), rt.latin1[0xe9]);
});

test('bytes_iterator and bytearray_iterator yield ints; bytearray sees mutation', () => {
  const rt = makeRuntime();
  const b = rt.newBytes(Uint8Array.of(1, 2, 255));
  const it = call(b, '__iter__') as PyIter;
  assert.equal(it.type.name, 'bytes_iterator');
  const vals: number[] = [];
  for (let v = it.next(); v !== null; v = it.next()) { vals.push(Number((v as PyInt).v)); rt.decref(v); }
  assert.deepEqual(vals, [1, 2, 255]);
  assert.equal(b.refcnt, 1);
  const ba = newByteArray(rt, Uint8Array.of(7, 8));
  const it2 = call(ba, '__iter__') as PyIter;
  assert.equal(it2.type.name, 'bytearray_iterator');
  const first = it2.next()!;
  assert.equal(Number((first as PyInt).v), 7);
  rt.decref(call(ba, 'append', rt.newInt(9)));
  const rest: number[] = [];
  for (let v = it2.next(); v !== null; v = it2.next()) rest.push(Number((v as PyInt).v));
  assert.deepEqual(rest, [8, 9]);
  assert.equal(ba.refcnt, 1);
});

test("'%s' % s returns s itself (exact, non-empty str)", () => {
  const rt = makeRuntime();
  const f = rt.newStr('%s');
  const s = rt.newStr('hello');
  const r = call(f, '__mod__', s);
  assert.equal(r, s);
  const t = rt.newTuple([s]);
  s.refcnt++;
  assert.equal(call(f, '__mod__', t), s);
});

test('strAppend resizes a modifiable str in place, else makes a new one', async () => {
  const { strAppend, strObjHash } = await import('../../../src/runtime/objects/str');
  const rt = makeRuntime();
  const a = rt.newStr('ab' + 'cd');
  const r = rt.newStr('ef');
  const a2 = strAppend(rt, a, r as PyStr);
  assert.equal(a2, a);
  assert.equal(a2.v, 'abcdef');
  const h = rt.newStr('xyz1');
  strObjHash(h);
  const h2 = strAppend(rt, h, r as PyStr);
  assert.notEqual(h2, h, 'a str whose hash was computed is not modified');
  assert.equal(h2.v, 'xyz1ef');
  const shared = rt.newStr('shared');
  shared.refcnt++;
  const s2 = strAppend(rt, shared, r as PyStr);
  assert.notEqual(s2, shared);
  assert.equal(shared.refcnt, 1);
  const asc = rt.newStr('ascii');
  const lat = rt.newStr('é!');
  assert.notEqual(strAppend(rt, asc, lat as PyStr), asc, 'ascii += latin-1 changes the layout: new object');
});
