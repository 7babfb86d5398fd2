// The language server over the real protocol (dist/languageServer.js --stdio):
// hover, inlay hints, code lens, diagnostics and settings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LspClient } from './client';

let c: LspClient;
before(async () => { c = await LspClient.start({ debounceMs: 10 }); });
after(async () => { assert.equal(await c.stop(), 0, 'the server exits cleanly after shutdown'); });

const example = (name: string) => readFileSync(resolve(__dirname, '..', '..', 'examples', name), 'utf8');

test('hover shows type, id, refcount and size as the line left it', async () => {
  const uri = 'file:///tmp/refscope-lsp-hover.py';
  await c.open(uri, 'import sys\na = []\nb = a\nprint(sys.getrefcount(a))\n');
  const h = await c.hover(uri, 2, 0);
  // ob_refcnt: a and b (sys.getrefcount would print one more, for its argument).
  assert.match(h!.contents.value, /`b`: list · id 0x[0-9a-f]+ · refcount 2 · 56 bytes/);
  assert.match(h!.contents.value, /ran 1 time\)/);
  assert.deepEqual(h!.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } });
  const ha = await c.hover(uri, 2, 4);
  const id = (s: string) => /id (0x[0-9a-f]+)/.exec(s)![1];
  assert.equal(id(ha!.contents.value), id(h!.contents.value), 'a and b name the same object');
  assert.equal(await c.hover(uri, 0, 20), null, 'past the end of the line');
  c.close(uri);
});

test('hover: how often the line ran, and "freed at line N"', async () => {
  const uri = 'file:///tmp/refscope-lsp-freed.py';
  await c.open(uri, 'for i in range(3):\n    x = [i]\ndel x\nkeep = [1]\n');
  const h = await c.hover(uri, 1, 4);
  assert.match(h!.contents.value, /`x`: list · id 0x[0-9a-f]+ · refcount 1 · 64 bytes/);
  assert.match(h!.contents.value, /it ran 3 times/);
  assert.match(h!.contents.value, /freed at line 3/);
  const k = await c.hover(uri, 3, 1);
  assert.match(k!.contents.value, /`keep`: list/);
  assert.doesNotMatch(k!.contents.value, /freed/);
  c.close(uri);
});

test('hover follows edits: facts come from the newest run, and only for lines that still read the same', async () => {
  const uri = 'file:///tmp/refscope-lsp-edit.py';
  await c.open(uri, 'a = []\n');
  assert.match((await c.hover(uri, 0, 0))!.contents.value, /`a`: list/);
  await c.changeAndWait(uri, 'a = {}\n');
  assert.match((await c.hover(uri, 0, 0))!.contents.value, /`a`: dict/);
  // A line that never ran has no facts.
  await c.changeAndWait(uri, 'if False:\n    a = 1\n');
  assert.equal(await c.hover(uri, 1, 4), null);
  c.close(uri);
});

test('inlay hints are off by default; settings turn them on, and the ids with them', async () => {
  const uri = 'file:///tmp/refscope-lsp-hints.py';
  await c.open(uri, 'import sys\na = []\nb = a\nprint(sys.getrefcount(a))\n');
  assert.deepEqual(await c.inlayHints(uri, 0, 4), []);
  c.configure({ debounceMs: 10, inlayHints: { enabled: true } });
  const hints = await c.inlayHints(uri, 0, 4);
  assert.deepEqual(hints.map((x) => [x.position, x.label]), [[{ line: 1, character: 6 }, ' refcount 1'], [{ line: 2, character: 5 }, ' refcount 2']]);
  c.configure({ debounceMs: 10, inlayHints: { enabled: true, showIds: true } });
  const withIds = await c.inlayHints(uri, 0, 4);
  assert.equal(withIds.length, 2);
  for (const h of withIds) assert.match(h.label, /^ refcount \d · id 0x[0-9a-f]+$/);
  c.configure({ debounceMs: 10 });
  assert.deepEqual(await c.inlayHints(uri, 0, 4), []);
  c.close(uri);
});

test('code lens: "Step with RefScope" and a summary of the run', async () => {
  const uri = 'file:///tmp/refscope-lsp-lens.py';
  // Before any run: the command lens alone.
  const none = await c.codeLens('file:///tmp/refscope-lsp-never-opened.py');
  assert.equal(none.length, 1);
  await c.open(uri, example('02_gc_cycle.py'));
  const lenses = await c.codeLens(uri);
  assert.equal(lenses.length, 2);
  assert.match(lenses[0].command.title, /Step with RefScope/);
  assert.equal(lenses[0].command.command, 'refscope.debugFile');
  // gc.collect() frees the two Node objects of the cycle.
  assert.match(lenses[1].command.title, /^RefScope: \d+ steps · \d+ tracked objects alive at exit · 2 collected by the GC$/);
  c.close(uri);
});

test('diagnostics: a SyntaxError with CPython 3.11\'s message at its exact range', async () => {
  const cases: Array<[string, string, [number, number, number, number]]> = [
    // [source, message, [line, character, endLine, endCharacter]] as python3.11's SyntaxError gives them.
    ['if x\n    pass\n', "SyntaxError: expected ':'", [0, 4, 0, 5]],
    ['print("a" "b" 1)\n', 'SyntaxError: invalid syntax. Perhaps you forgot a comma?', [0, 6, 0, 15]],
    ['def f(:\n  pass\n', 'SyntaxError: invalid syntax', [0, 6, 0, 7]],
    // Raised by the compiler (symtable), not the parser.
    ['x = 1\nreturn x\n', "SyntaxError: 'return' outside function", [1, 0, 1, 8]],
  ];
  for (const [i, [src, message, [l, ch, el, ech]]] of cases.entries()) {
    const uri = `file:///tmp/refscope-lsp-syntax-${i}.py`;
    const d = await c.open(uri, src);
    assert.equal(d.length, 1, src);
    assert.equal(d[0].message, message);
    assert.equal(d[0].source, 'RefScope');
    assert.equal(d[0].code, 'syntax');
    assert.equal(d[0].severity, 1);
    assert.deepEqual(d[0].range, { start: { line: l, character: ch }, end: { line: el, character: ech } }, src);
    c.close(uri);
  }
});

test('diagnostics: unsupported construct, uncaught exception, mutated mutable default', async () => {
  const un = 'file:///tmp/refscope-lsp-unsupported.py';
  const u = await c.open(un, 'x = 1\nasync def f():\n    pass\n');
  assert.deepEqual(u.map((d) => [d.code, d.severity, d.range.start.line, d.message]), [['unsupported', 2, 1, "'async def' is not supported by RefScope yet"]]);
  c.close(un);

  const exc = 'file:///tmp/refscope-lsp-exc.py';
  const e = await c.open(exc, 'x = 1\ny = {}\nprint(y["k"])\n');
  assert.equal(e.length, 1);
  assert.equal(e[0].code, 'exception');
  assert.deepEqual(e[0].range, { start: { line: 2, character: 6 }, end: { line: 2, character: 12 } });
  assert.match(e[0].message, /^KeyError: 'k'/);
  c.close(exc);

  // Raised in a function: reported at the raising line, not the call.
  const deep = 'file:///tmp/refscope-lsp-exc-deep.py';
  const dd = await c.open(deep, 'def f(n):\n    return 10 // n\n\nf(0)\n');
  assert.deepEqual(dd.map((d) => [d.code, d.range.start.line]), [['exception', 1]]);
  assert.match(dd[0].message, /^ZeroDivisionError: integer division or modulo by zero/);
  c.close(deep);

  const md = 'file:///tmp/refscope-lsp-default.py';
  const m = await c.open(md, 'def add(x, acc=[]):\n    acc.append(x)\n    return acc\n\ndef fine(x, seen=[]):\n    return x in seen\n\nadd(1)\nadd(2)\nfine(1)\n');
  assert.equal(m.length, 1, 'only the default that calls mutate');
  assert.equal(m[0].code, 'mutableDefault');
  assert.deepEqual(m[0].range, { start: { line: 0, character: 15 }, end: { line: 0, character: 17 } });
  assert.match(m[0].message, /^Mutable default argument 'acc' of add\(\) was mutated: every call shares the same list object/);
  c.close(md);
});

test('settings: turning a diagnostic kind off republishes without it; a new step budget runs the file again', async () => {
  const uri = 'file:///tmp/refscope-lsp-settings.py';
  const both = await c.open(uri, 'def add(x, acc=[]):\n    acc.append(x)\n    return acc\nadd(1)\nadd(2)\n{}["k"]\n');
  assert.deepEqual(both.map((d) => d.code).sort(), ['exception', 'mutableDefault']);
  let since = c.publishes.length;
  c.configure({ debounceMs: 10, diagnostics: { mutableDefault: false } });
  const off = await c.waitForPublish(uri, since);
  assert.equal(off.version, 1);
  assert.deepEqual(off.diagnostics.map((d) => d.code), ['exception']);
  since = c.publishes.length;
  c.configure({ debounceMs: 10, diagnostics: { mutableDefault: false, exception: false } });
  assert.deepEqual((await c.waitForPublish(uri, since)).diagnostics, []);
  since = c.publishes.length;
  c.configure({ debounceMs: 10 });
  assert.deepEqual((await c.waitForPublish(uri, since)).diagnostics.map((d) => d.code).sort(), ['exception', 'mutableDefault']);
  c.close(uri);

  const loop = 'file:///tmp/refscope-lsp-budget.py';
  await c.open(loop, 'n = 0\nwhile True:\n    n += 1\n');
  assert.match((await c.codeLens(loop))[1].command.title, /^RefScope: 100000 steps .* stopped early: RefScope stopped the program after 100000 steps/);
  since = c.publishes.length;
  c.configure({ debounceMs: 10, maxSteps: 50 });
  await c.waitForPublish(loop, since);
  assert.match((await c.codeLens(loop))[1].command.title, /^RefScope: 50 steps .* stopped early: RefScope stopped the program after 50 steps/);
  // Settings of the wrong type fall back to their defaults (100,000 steps again: the file runs again).
  since = c.publishes.length;
  c.configure({ debounceMs: 10, maxSteps: 'many', timeBudgetMs: null, inlayHints: 3, diagnostics: 'none' });
  await c.waitForPublish(loop, since);
  assert.match((await c.codeLens(loop))[1].command.title, /^RefScope: 100000 steps /);
  c.close(loop);
});
