// DAP readMemory over the real protocol: every variable and evaluate result carries its
// object's address as memoryReference, and reading there gives the bytes CPython 3.11
// would hold: ob_refcnt (the refcount shown), ob_type (the type object's id), ob_size,
// item pointers (the items' ids), a list's separately allocated item array, an
// instance's pre-header and values. Addresses in no block are unreadable.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { client, program, launch, scope, children, refcountOf, idOf, evaluate } from './helpers';

let dc: DebugClient;
beforeEach(async () => { dc = await client(); });
afterEach(async () => { await dc.stop(); });

const SOURCE = [
  'class Point:',                          // 1
  '    def __init__(self, x, y):',         // 2
  '        self.x = x',                    // 3
  '        self.y = y',                    // 4
  '',                                      // 5
  'big = 2**40 + 7',                       // 6
  "items = [big, 'hello', 2.5]",           // 7
  't = (big, items)',                      // 8
  'p = Point(3, big)',                     // 9
  'done = 1',                              // 10
].join('\n') + '\n';

async function read(ref: string, offset: number, count: number): Promise<{ words: bigint[]; body: DebugProtocol.ReadMemoryResponse['body'] }> {
  const r = await dc.customRequest('readMemory', { memoryReference: ref, offset, count }) as DebugProtocol.ReadMemoryResponse;
  assert.ok(r.success && r.body);
  const bytes = Buffer.from(r.body.data ?? '', 'base64');
  const words: bigint[] = [];
  for (let k = 0; k + 8 <= bytes.length; k += 8) words.push(bytes.readBigUInt64LE(k));
  return { words, body: r.body };
}

const hex = (w: bigint) => '0x' + w.toString(16);

test('readMemory: the bytes at a variable\'s memoryReference are its CPython 3.11 layout', async () => {
  const init = await dc.initializeRequest({ adapterID: 'refscope', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
  assert.equal(init.body?.supportsReadMemoryRequest, true);
  const p = program('memory.py', SOURCE);
  await launch(dc, p, { breakpoints: [{ line: 10 }] });
  const g = await scope(dc, 'Globals');
  for (const name of ['big', 'items', 't', 'p']) assert.equal(g[name].memoryReference, idOf(g[name].value), `${name}: memoryReference = id`);

  const typeId = async (name: string) => {
    const r = await evaluate(dc, name, 'watch');
    assert.equal(r.memoryReference, idOf(r.result), 'evaluate results carry memoryReference too');
    return idOf(r.result);
  };

  // list: PyGC_Head, ob_refcnt, ob_type, ob_size, ob_item, allocated (Include/cpython/listobject.h)
  const items = g.items;
  const l = await read(items.memoryReference!, -16, 56);
  assert.equal(l.body?.address, hex(BigInt(items.memoryReference!) - 16n));
  const [, , refcnt, type, size, obItem, allocated] = l.words;
  assert.equal(Number(refcnt), refcountOf(items.value));
  assert.equal(hex(type), await typeId('list'));
  assert.equal(size, 3n);
  assert.ok(allocated >= 3n);
  // The item array is its own block: its words are the items' ids.
  const kids = await children(dc, items);
  const arr = await read(hex(obItem), 0, 24);
  assert.deepEqual(arr.words.map(hex), kids.filter((k) => k.name.startsWith('[')).map((k) => k.memoryReference));
  assert.deepEqual(arr.words.map(hex), kids.filter((k) => k.name.startsWith('[')).map((k) => idOf(k.value)));

  // tuple: items inline after ob_size.
  const t = await read(g.t.memoryReference!, 0, 40);
  assert.equal(Number(t.words[0]), refcountOf(g.t.value));
  assert.equal(hex(t.words[1]), await typeId('tuple'));
  assert.equal(t.words[2], 2n);
  assert.deepEqual([hex(t.words[3]), hex(t.words[4])], [g.big.memoryReference, items.memoryReference]);

  // int: ob_size = number of 30-bit digits, then the digits (Include/cpython/longintrepr.h).
  const b = await read(g.big.memoryReference!, 0, 32);
  assert.equal(Number(b.words[0]), refcountOf(g.big.value));
  assert.equal(hex(b.words[1]), await typeId('int'));
  assert.equal(b.words[2], 2n);
  const digits = b.words[3];
  assert.equal((digits & 0xffffffffn) + ((digits >> 32n) << 30n), 2n ** 40n + 7n);

  // instance: values pointer, dict pointer (NULL), GC head, then refcnt and type; the values are x and y.
  const inst = await read(g.p.memoryReference!, -32, 56);
  const [valuesPtr, dictPtr, , , prc, ptype] = inst.words;
  assert.equal(dictPtr, 0n);
  assert.equal(Number(prc), refcountOf(g.p.value));
  assert.equal(hex(ptype), await typeId('Point'));
  const attrs = await children(dc, g.p);
  const values = await read(hex(valuesPtr), 0, 16);
  assert.deepEqual(values.words.map(hex), ['x', 'y'].map((n) => attrs.find((a) => a.name === n)!.memoryReference));

  // Scrolling: a read that starts inside the object gives the same bytes.
  const inner = await read(items.memoryReference!, 8, 16);
  assert.deepEqual(inner.words, [type, size]);

  // No block there: unreadable.
  const none = await read('0x10', 0, 32);
  assert.equal(none.body?.unreadableBytes, 32);
  assert.equal(none.body?.data ?? '', '');
});
