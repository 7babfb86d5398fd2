// "reference cycle closed here — only the cyclic GC can free it", over the real protocol.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { LspClient, type Diag } from './client';

const MESSAGE = 'reference cycle closed here — only the cyclic GC can free it';
let c: LspClient;
let n = 0;
before(async () => { c = await LspClient.start({ debounceMs: 10 }); });
after(async () => { assert.equal(await c.stop(), 0); });

const examples = resolve(__dirname, '..', '..', 'examples');

async function cycles(text: string): Promise<Diag[]> {
  const uri = `file:///tmp/refscope-lsp-cycle-${n++}.py`;
  const d = await c.open(uri, text);
  c.close(uri);
  return d.filter((x) => x.code === 'cycle');
}

function lines(ds: Diag[]): number[] {
  return ds.map((d) => d.range.start.line);
}

test('the notebook cycle: reported at the line that closes it, freed by gc.collect()', async () => {
  const d = await cycles('import gc\nclass Node: ...\na = Node(); b = Node()\na.other = b\nb.other = a\ndel a, b\ngc.collect()\n');
  assert.equal(d.length, 1);
  assert.equal(d[0].source, 'RefScope');
  assert.equal(d[0].severity, 3);
  assert.ok(d[0].message.startsWith(MESSAGE), d[0].message);
  assert.match(d[0].message, /2 Node objects; the cyclic GC freed it at line 7/);
  assert.deepEqual(d[0].range, { start: { line: 4, character: 0 }, end: { line: 4, character: 11 } });
});

test('a list that contains itself', async () => {
  const d = await cycles('l = []\nl.append(l)\n');
  assert.deepEqual(lines(d), [1]);
  assert.match(d[0].message, /a list that refers to itself; it was still alive when the program ended/);
});

test('a cycle broken by hand before its names go is not reported', async () => {
  assert.deepEqual(await cycles('import gc\nclass Node: ...\na = Node(); b = Node()\na.other = b\nb.other = a\na.other = None\ndel a, b\ngc.collect()\n'), []);
  assert.deepEqual(await cycles('l = []\nl.append(l)\nl.clear()\n'), []);
});

test('the example program 02_gc_cycle.py', async () => {
  const d = await cycles(readFileSync(resolve(examples, '02_gc_cycle.py'), 'utf8'));
  assert.deepEqual(lines(d), [16]);
  assert.match(d[0].message, /freed it at line 24/);
});

test('no cycle reported for the other example programs', async () => {
  for (const f of readdirSync(examples).filter((x) => x.endsWith('.py') && x !== '02_gc_cycle.py').sort()) {
    assert.deepEqual(await cycles(readFileSync(resolve(examples, f), 'utf8')), [], f);
  }
});

test('cycles made in a loop and freed by automatic collections: one diagnostic, counted', async () => {
  const d = await cycles('class Node:\n    pass\n\nfor i in range(1000):\n    a = Node()\n    b = Node()\n    a.other = b\n    b.other = a\n');
  assert.deepEqual(lines(d), [7]);
  // 1000 cycles: the first ones freed by collections the allocations set off (never gc.collect()), the rest alive at exit.
  assert.match(d[0].message, /closed 1000 times here; the first: 2 Node objects, the cyclic GC freed it at line [56]\)/);
});

test('a cycle closed inside a function is reported there, not at the call', async () => {
  const d = await cycles('import gc\nclass N:\n    pass\n\ndef link(x, y):\n    x.o = y\n    y.o = x\n\nlink(N(), N())\ngc.collect()\n');
  assert.deepEqual(lines(d), [6]);
});

test('a cycle closed by the caller after a call returns is reported at the caller\'s line', async () => {
  const d = await cycles('class N:\n    pass\n\ndef same(x):\n    return x\n\na = N()\na.me = same(a)\ndel a\n');
  assert.deepEqual(lines(d), [7]);
  assert.match(d[0].message, /a N that refers to itself/);
});

test('a closure that refers to itself', async () => {
  const d = await cycles('import gc\ndef outer():\n    def rec(n):\n        return rec(n - 1) if n else 0\n    return rec(3)\nouter()\ngc.collect()\n');
  assert.deepEqual(lines(d), [2]);
  assert.match(d[0].message, /3 objects \(1 cell, 1 function, 1 tuple\)/);
});

test('a long doubly linked list is one cycle, closed at its first back link', async () => {
  const src = 'class Cell:\n    def __init__(self, prev):\n        self.prev = prev\n        self.next = None\n        if prev is not None:\n            prev.next = self\n\nhead = Cell(None)\nc = head\nfor i in range(3000):\n    c = Cell(c)\ndel head, c\n';
  const d = await cycles(src);
  assert.deepEqual(lines(d), [5]);
  assert.match(d[0].message, /3001 Cell objects; it was still alive when the program ended/);
});

test('a program stopped at its step budget: its cycles are those alive when the run stopped', async () => {
  const d = await cycles('l = []\nl.append(l)\nwhile True:\n    pass\n');
  assert.deepEqual(lines(d), [1]);
  assert.match(d[0].message, /a list that refers to itself; it was still alive when RefScope stopped the run/);
});

test('the cycle kind can be turned off', async () => {
  const src = 'l = []\nl.append(l)\n';
  const uri = 'file:///tmp/refscope-lsp-cycle-setting.py';
  assert.equal((await c.open(uri, src)).length, 1);
  const since = c.publishes.length;
  c.configure({ debounceMs: 10, diagnostics: { cycle: false } });
  assert.deepEqual((await c.waitForPublish(uri, since)).diagnostics, []);
  c.configure({ debounceMs: 10 });
  c.close(uri);
});
