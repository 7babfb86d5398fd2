// bytesAt (src/runtime/inspect/memoryLayout.ts) against the real bytes of the
// same objects under CPython 3.11: memoryLayout.fixture.json was printed by
// memoryLayout.cpython.py (ctypes.string_at(id(x) - preheader, n), PYTHONHASHSEED=0)
// for the program memoryLayout.sample.py. Addresses differ between the two
// processes, so both sides are compared in a symbolic form: a word that is the
// address of a known referent becomes "@name", any other address "ptr", the
// refcount word "rc" (checked against the simulated ob_refcnt); everything
// else (sizes, digits, float bits, str state, hashes, dict indices…) is compared
// exactly.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareProgram } from '../../../src/runtime/program';
import type { Runtime } from '../../../src/runtime/runtime';
import type { PyObject } from '../../../src/runtime/objects/object';
import type { PyDict } from '../../../src/runtime/objects/dict';
import { PyFloat, type PyFunction } from '../../../src/runtime/objects/core';
import { bytesAt } from '../../../src/runtime/inspect/memoryLayout';
import { HeapIndex } from '../../../src/runtime/inspect/heapIndex';

const HERE = join(__dirname);
const SOURCE = readFileSync(join(HERE, 'memoryLayout.sample.py'), 'utf8');
const FIXTURE = JSON.parse(readFileSync(join(HERE, 'memoryLayout.fixture.json'), 'utf8')) as {
  objects: Record<string, string[]>;
  parts: Record<string, Array<string | number>>;
};

/** (name, start offset from id(), length, index of the ob_refcnt word, masks {word: bits kept}): as memoryLayout.cpython.py */
const GC = 16;
const SAMPLES: Array<[string, number, number, number, Record<number, bigint>]> = [
  ['i', 0, 32, 0, {}], ['n', 0, 40, 0, {}], ['f', 0, 24, 0, {}],
  ['s', 0, 56, 0, { 4: 0xffn, 6: 0xffffffffffffn }], ['s2', 0, 56, 0, { 4: 0xffn, 6: 0xffffffffn }], ['s3', 0, 80, 0, { 4: 0xffn }], ['s4', 0, 88, 0, { 4: 0xffn }],
  ['b', 0, 40, 0, {}],
  ['t', -GC, GC + 48, 2, { 0: 0n, 1: 0n }], ['l', -GC, GC + 40, 2, { 0: 0n, 1: 0n }],
  ['d', -GC, GC + 48, 2, { 0: 0n, 1: 0n, 5: 0n }], ['d2', -GC, GC + 48, 2, { 0: 0n, 1: 0n, 5: 0n }],
  ['st', -GC, GC + 200, 2, { 0: 0n, 1: 0n }],
  ['c', -32, 32 + 24, 4, { 2: 0n, 3: 0n }],
  ['fn', -GC, GC + 136, 2, { 0: 0n, 1: 0n, 17: 0n, 18: 0xffffffffn }],
  ['cl', -GC, GC + 24, 2, { 0: 0n, 1: 0n }],
];

interface Stopped { rt: Runtime; g: (name: string) => PyObject; refs: Map<number, string>; ix: HeapIndex }

/** Run the sample program in the simulator and look at it at its last line (`end = 0`, not yet run). */
function atEnd(): Stopped {
  const p = prepareProgram(SOURCE, '/tmp/sample.py', { write() { /* no output */ } }, { maxSteps: 100000 });
  const rt = p.runtime;
  let found: Stopped | null = null;
  const lastLine = SOURCE.split('\n').findIndex((l) => l.startsWith('end = 0')) + 1;
  rt.trace.setListener((e) => {
    const ev = e as { kind: string; line?: number };
    if (ev.kind !== 'line' || found !== null || rt.frame === null || rt.frame.lineno !== lastLine) return;
    const main = rt.frame.globals;
    const g = (name: string): PyObject => { const v = main.getStr(name); assert.ok(v, name); return v; };
    const named: Record<string, PyObject | undefined> = {};
    for (const k of ['i', 'n', 'f', 's', 's2', 's3', 's4', 'b', 't', 'l', 'd', 'd2', 'st', 'c', 'fn', 'cl', 'C']) named[k] = g(k);
    const d2 = g('d2') as PyDict;
    Object.assign(named, {
      int: rt.t.int, float: rt.t.float, str: rt.t.str, bytes: rt.t.bytes, tuple: rt.t.tuple, list: rt.t.list, dict: rt.t.dict,
      set: rt.t.set, function: rt.t.function, cell: rt.t.cell, None: rt.None,
      "'a'": rt.latin1[97], "'b'": rt.latin1[98], "'k'": rt.latin1[107], '1': rt.smallInts[6],
      '2.5': d2.keys.find((k) => k instanceof PyFloat), globals: main, "'__main__'": main.getStr('__name__'),
      "'fn'": rt.interned.get('fn'), 'fn.__code__': (g('fn') as PyFunction).codeObj, builtins: rt.builtins,
    });
    const refs = new Map<number, string>();
    for (const [k, v] of Object.entries(named)) if (v) refs.set(v.addr, k);
    found = { rt, g, refs, ix: HeapIndex.build(rt) };
  });
  const r = p.run();
  assert.equal(r.exitCode, 0);
  assert.ok(found, 'stopped at the last line');
  return found;
}

const isAddr = (w: bigint) => (w >= 0x550000000000n && w < 0x570000000000n) || (w >= 0x7f0000000000n && w < 0x800000000000n);

function words(s: Stopped, address: number, n: number): bigint[] {
  const r = bytesAt(s.rt, address, n, s.ix);
  assert.ok(r.readable.every((x) => x === 1), `all ${n} bytes at 0x${address.toString(16)} are readable`);
  const v = new DataView(r.bytes.buffer);
  return Array.from({ length: n / 8 }, (_, k) => v.getBigUint64(8 * k, true));
}

function symbolic(s: Stopped, ws: bigint[], rcAt = -1): string[] {
  return ws.map((w, j) => {
    if (j === rcAt) return 'rc';
    const name = s.refs.get(Number(w));
    if (name !== undefined && w !== 0n) return '@' + name;
    if (isAddr(w)) return 'ptr';
    return String(BigInt.asIntN(64, w));
  });
}

const stopped = atEnd();

for (const [name, start, length, rc, masks] of SAMPLES) {
  test(`${name}: the words of its block are CPython 3.11's`, () => {
    const o = stopped.g(name);
    const ws = words(stopped, o.addr + start, length).map((w, j) => (masks[j] !== undefined ? w & masks[j] : w));
    assert.deepEqual(symbolic(stopped, ws, rc), FIXTURE.objects[name]);
    assert.equal(Number(ws[rc]), o.refcnt, 'ob_refcnt is the simulated refcount');
  });
}

const ptrAt = (s: Stopped, addr: number): number => Number(words(s, addr, 8)[0]);

test('a list\'s item array (its own block, through ob_item) holds the items\' addresses', () => {
  const l = stopped.g('l');
  assert.deepEqual(symbolic(stopped, words(stopped, ptrAt(stopped, l.addr + 24), 24)), FIXTURE.parts['l.ob_item']);
});

test('a dict\'s keys object (through ma_keys): header, dk_indices in CPython\'s probe order, entries', () => {
  for (const name of ['d', 'd2']) {
    const keys = ptrAt(stopped, stopped.g(name).addr + 32);
    const expected = FIXTURE.parts[`${name}.ma_keys`];
    assert.deepEqual(symbolic(stopped, words(stopped, keys, expected.length * 8)), expected, name);
  }
});

test('an instance\'s values (through the pre-header\'s values pointer): insertion-order prefix bytes, then the values', () => {
  const values = ptrAt(stopped, stopped.g('c').addr - 32);
  const prefix = bytesAt(stopped.rt, values - 4, 4, stopped.ix).bytes;
  assert.deepEqual(Array.from(prefix), FIXTURE.parts['c.values.prefix']);
  assert.deepEqual(symbolic(stopped, words(stopped, values, 16)), FIXTURE.parts['c.values']);
});

test('reading starts anywhere inside a block, and spans blocks', () => {
  const l = stopped.g('l');
  const whole = bytesAt(stopped.rt, l.addr - 16, 64, stopped.ix).bytes;
  const inner = bytesAt(stopped.rt, l.addr + 8, 24, stopped.ix).bytes;
  assert.deepEqual(Array.from(inner), Array.from(whole.subarray(24, 48)));
  // 64-byte block (16 GC + 40 + 8 padding): the padding reads as zeros, the next block follows.
  assert.deepEqual(Array.from(whole.subarray(56, 64)), [0, 0, 0, 0, 0, 0, 0, 0]);
  const across = bytesAt(stopped.rt, l.addr - 16 + 48, 64, stopped.ix);
  assert.ok(across.readable.every((x) => x === 1), 'the neighbouring block of the pool is readable too');
});

test('addresses in no block are unreadable', () => {
  const r = bytesAt(stopped.rt, 0x1000, 32, stopped.ix);
  assert.ok(r.readable.every((x) => x === 0));
  assert.ok(r.bytes.every((x) => x === 0));
});

test('the GC head of a tracked object links to its neighbours in the generation list', () => {
  const l = stopped.g('l');
  const [next, prev] = words(stopped, l.addr - 16, 16).map(Number);
  assert.ok(l.gcGen >= 0, 'the list is tracked');
  const gen = [...stopped.rt.gc.sets[l.gcGen]];
  const k = gen.indexOf(l);
  assert.equal(next, k + 1 < gen.length ? gen[k + 1].addr - 16 : 0);
  assert.equal(prev - (prev % 4), k > 0 ? gen[k - 1].addr - 16 : 0);
});
