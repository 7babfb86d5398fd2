// Memory bookkeeping of the text types: every block a str/bytes/bytearray
// operation allocates is freed with the objects (no leaked or double-freed
// blocks), and bytearray keeps its buffer in a separate block.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Runtime } from '../../../src/runtime/runtime';
import type { PyObject } from '../../../src/runtime/objects/object';
import { PyMethodDescr, PyByteArray } from '../../../src/runtime/objects/core';
import { newByteArray } from '../../../src/runtime/objects/bytearray';
import { makeRuntime, toPy } from './harness';

/** Warm the allocator up (its first arena and mappings take system blocks of their own). */
function warm(rt: Runtime): void {
  rt.decref(rt.newBytes(new Uint8Array(100)));
  rt.decref(rt.newBytes(new Uint8Array(5000)));
}

function blocks(rt: Runtime): number {
  const s = rt.mem.stats();
  return s.pymallocBlocksInUse + s.systemBlocksInUse;
}

function call(rt: Runtime, o: PyObject, name: string, ...args: PyObject[]): PyObject {
  try { return (o.type.lookup(name) as PyMethodDescr).fn(o, args, null); } finally { for (const a of args) rt.decref(a); }
}

test('bytearray buffers are allocated, resized and freed through the allocator', () => {
  const rt = makeRuntime();
  warm(rt);
  const before = blocks(rt);
  const b = newByteArray(rt, Uint8Array.from([1, 2, 3]));
  assert.equal(blocks(rt), before + 2, 'object block + buffer block');
  assert.notEqual(b.bufAddr, 0);
  for (let i = 0; i < 600; i++) rt.decref(call(rt, b, 'append', rt.newInt(i & 0xff)));
  assert.equal(b.alloc > 600, true);
  rt.decref(call(rt, b, '__delitem__', toPy(rt, { sl: [null, { i: '500' }, null] })));
  rt.decref(call(rt, b, 'extend', toPy(rt, { range: [0, 40, 1] })));
  rt.decref(call(rt, b, '__iadd__', rt.newBytes(new Uint8Array(1000))));
  rt.decref(call(rt, b, 'clear'));
  assert.equal(blocks(rt), before + 2);
  rt.decref(b);
  assert.equal(blocks(rt), before);
  const e = newByteArray(rt, new Uint8Array(0));
  assert.equal((e as PyByteArray).bufAddr, 0, 'an empty bytearray has no buffer');
  rt.decref(e);
  assert.equal(blocks(rt), before);
});

test('str and bytes operations free their temporaries', () => {
  const rt = makeRuntime();
  const s = rt.newStr('Hello, World! ' + 'é€'.repeat(20));
  const b = rt.newBytes(Uint8Array.from(Buffer.from('some bytes here, and more')));
  warm(rt);
  const before = blocks(rt);
  for (let k = 0; k < 3; k++) {
    rt.decref(call(rt, s, 'upper'));
    rt.decref(call(rt, s, 'replace', rt.newStr('l'), rt.newStr('LL')));
    rt.decref(call(rt, s, 'encode', rt.newStr('utf-8')));
    rt.decref(call(rt, s, '__mod__', rt.newTuple([])));
    rt.decref(call(rt, s, 'center', rt.newInt(200), rt.newStr('*')));
    rt.decref(call(rt, b, 'upper'));
    rt.decref(call(rt, b, 'hex'));
    rt.decref(call(rt, b, 'decode'));
    rt.decref(call(rt, b, '__mul__', rt.newInt(5)));
    const fmt = rt.newStr('{} {}');
    rt.decref(call(rt, fmt, 'format', rt.newStr('x'), rt.newStr('yz')));
    rt.decref(fmt);
  }
  assert.equal(blocks(rt), before);
});
