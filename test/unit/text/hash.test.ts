// hash(str) and hash(bytes) under PYTHONHASHSEED=0 (SipHash-1-3), against
// CPython 3.11 (fixtures/hash.json), and the __hash__ methods.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strHash, bytesHash, siphash13, strCanonicalBytes } from '../../../src/runtime/objects/siphash';
import { PyInt, PyMethodDescr } from '../../../src/runtime/objects/core';
import { loadFixture, makeRuntime } from './harness';

const fx = loadFixture<{ str: Array<[string, number | string]>; bytes: Array<[string, number | string]> }>('hash.json');
const big = (v: number | string): bigint => BigInt(v);
const hexBytes = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h, 'hex'));

test('strHash matches CPython for every fixture string', () => {
  for (const [s, h] of fx.str) assert.equal(strHash(s), big(h), JSON.stringify(s));
});

test('bytesHash matches CPython for every fixture bytes', () => {
  for (const [hx, h] of fx.bytes) assert.equal(bytesHash(hexBytes(hx)), big(h), hx);
});

test('known values from the brief', () => {
  assert.equal(strHash('a'), 4644417185603328019n);
  assert.equal(strHash(''), 0n);
  assert.equal(bytesHash(new Uint8Array(0)), 0n);
  assert.equal(bytesHash(Uint8Array.from(Buffer.from('abc'))), strHash('abc'));
});

test('canonical representation: 1, 2 or 4 bytes per code point', () => {
  assert.deepEqual([...strCanonicalBytes('é')], [0xe9]);
  assert.deepEqual([...strCanonicalBytes('€a')], [0xac, 0x20, 0x61, 0]);
  assert.deepEqual([...strCanonicalBytes('\u{1F600}')], [0x00, 0xf6, 0x01, 0]);
  assert.equal(typeof siphash13(new Uint8Array(3)), 'bigint');
});

test('str.__hash__ and bytes.__hash__ return the exact 64-bit value', () => {
  const rt = makeRuntime();
  for (const [s, h] of fx.str.slice(0, 50)) {
    const o = rt.newStr(s);
    const r = (o.type.lookup('__hash__') as PyMethodDescr).fn(o, [], null) as PyInt;
    assert.equal(BigInt(r.v), big(h));
    rt.decref(r); rt.decref(o);
  }
});
