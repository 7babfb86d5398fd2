// Bad input and long runs, over the real protocol: binary text, a 10 MB file, a
// program that never ends, one that allocates without bound, one stuck in a single
// huge operation, one that needs more memory than allowed; cancellation. The server
// answers within its budgets, keeps answering requests meanwhile, and never crashes
// (it exits with 0 after shutdown at the end).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient } from './client';

// Small budgets keep the file quick: a run overrunning 2 × 500 ms (+ slack) is terminated.
const BASE = { debounceMs: 10, timeBudgetMs: 500 };
let c: LspClient;
before(async () => {
  c = await LspClient.start(BASE);
  await c.open(SMALL, 'a = []\nb = a\n');
});
after(async () => { assert.equal(await c.stop(), 0, 'the server exits cleanly after shutdown: it never crashed'); });

const SMALL = 'file:///tmp/refscope-lsp-robust-small.py';
/** The server answers a hover (with facts from the small file's run). */
async function stillAnswers(): Promise<void> {
  const h = await c.hover(SMALL, 1, 0);
  assert.match(h!.contents.value, /`b`: list · id 0x[0-9a-f]+ · refcount 2/);
}

async function lensSummary(uri: string): Promise<string> {
  const lenses = await c.codeLens(uri);
  assert.equal(lenses.length, 2);
  return lenses[1].command.title;
}

test('binary and non-UTF-8 text, as an editor hands it over: the SyntaxError python3 gives for that text', async () => {
  const nul = 'file:///tmp/refscope-lsp-binary.py';
  // What an editor hands over for a binary file: NULs and U+FFFD for undecodable bytes.
  const bytes = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
  const d = await c.open(nul, bytes);
  assert.deepEqual(d.map((x) => [x.code, x.message]), [['syntax', 'SyntaxError: source code cannot contain null bytes']]);
  c.close(nul);
  const bad = 'file:///tmp/refscope-lsp-latin1.py';
  const e = await c.open(bad, 'x = 1\n\uFFFD\uFFFD = 2\n');
  assert.deepEqual(e.map((x) => [x.code, x.range.start.line, x.message]), [['syntax', 1, "SyntaxError: invalid character '\uFFFD' (U+FFFD)"]]);
  c.close(bad);
  await stillAnswers();
});

test('a 10 MB file is not run: a diagnostic says so at once, and the server goes on', async () => {
  const uri = 'file:///tmp/refscope-lsp-10mb.py';
  const lines: string[] = [];
  let size = 0;
  while (size < 10 * 2 ** 20) { const l = `x${lines.length % 100} = [${lines.length}, "abc", None]\n`; lines.push(l); size += l.length; }
  // Parsing and compiling 10 MB would need more than the analysis thread's 512 MB (1 MiB of
  // source at most: settings.ts maxSourceChars), and far more time than the budget.
  const d = await c.open(uri, lines.join(''));
  assert.deepEqual(d.map((x) => [x.code, x.range.start.line, x.message]), [['unsupported', 0,
    'RefScope does not run files over 1.0 MB (this one is 10.0 MB): no memory facts for it (refscope.languageServer.memoryLimitMb raises the limit)']]);
  assert.equal(await lensSummary(uri), 'RefScope: no result: the file is too large to run (10.0 MB)');
  c.close(uri);
  await stillAnswers();
});

test('a program that never ends stops at the step budget, or at the time budget', async () => {
  const uri = 'file:///tmp/refscope-lsp-forever.py';
  await c.open(uri, 'while True: pass\n');
  assert.match(await lensSummary(uri), /stopped early: RefScope stopped the program after 100000 steps/);
  const since = c.publishes.length;
  c.configure({ ...BASE, maxSteps: 1e9 });
  await c.waitForPublish(uri, since);
  assert.match(await lensSummary(uri), /stopped early: time budget of 500 ms used up$/);
  c.close(uri);
  c.configure(BASE);
  await stillAnswers();
});

test('a program that allocates without bound stops at its budget with its facts', async () => {
  const uri = 'file:///tmp/refscope-lsp-alloc.py';
  await c.open(uri, 'l = []\nwhile True: l.append([1] * 100)\n');
  assert.match(await lensSummary(uri), /^RefScope: \d+ steps · \d+ tracked objects alive at exit · 0 collected by the GC · stopped early: (time budget of 500 ms used up|RefScope stopped the program after 100000 steps)/);
  assert.match((await c.hover(uri, 0, 0))!.contents.value, /`l`: list/);
  c.close(uri);
  await stillAnswers();
});

test('one operation that outlasts the budget (10**10**8) is ended by terminating the run', async () => {
  const uri = 'file:///tmp/refscope-lsp-bigpow.py';
  const since = c.publishes.length;
  c.openNoWait(uri, 'x = 1\ny = 10 ** 10 ** 8\n');
  await stillAnswers();
  await c.waitForPublish(uri, since);
  assert.match(await lensSummary(uri), /^RefScope: no result: RefScope stopped the run after 2500 ms/);
  c.close(uri);
  // A fresh analysis thread runs the next file.
  const next = 'file:///tmp/refscope-lsp-after-bigpow.py';
  await c.open(next, 'z = [1]\n');
  assert.match((await c.hover(next, 0, 0))!.contents.value, /`z`: list/);
  c.close(next);
});

test('a run that needs more memory than allowed is stopped; the server goes on', async () => {
  c.configure({ ...BASE, memoryLimitMb: 64, maxSteps: 1e9, timeBudgetMs: 60000 });
  const uri = 'file:///tmp/refscope-lsp-oom.py';
  const d = await c.open(uri, 'l = []\nwhile True:\n    l.append([0] * 10000)\n');
  assert.deepEqual(d, []);
  assert.match(await lensSummary(uri), /^RefScope: no result: the run needed more than 64 MB \(refscope.languageServer.memoryLimitMb\)$/);
  c.close(uri);
  c.configure(BASE);
  await stillAnswers();
  const next = 'file:///tmp/refscope-lsp-after-oom.py';
  await c.open(next, 'z = [1]\n');
  assert.match((await c.hover(next, 0, 0))!.contents.value, /`z`: list/);
  c.close(next);
});

test('cancellation: an edit during a long run cancels it; the newest version wins', { timeout: 60000 }, async () => {
  // Budgets far beyond the test's patience: only a cancel lets version 2 be published in time.
  c.configure({ ...BASE, maxSteps: 1e9, timeBudgetMs: 600000 });
  const uri = 'file:///tmp/refscope-lsp-cancel.py';
  const since = c.publishes.length;
  const t0 = c.traces.length;
  c.openNoWait(uri, 'n = 0\nwhile True:\n    n += 1\n');
  const started = await c.waitForTrace(/refscope-lsp-cancel\.py: started$/, t0);
  const run = /^run (\d+) /.exec(started)![1];
  await stillAnswers();
  const v2 = c.change(uri, 'x = [1, 2]\n');
  const p = await c.waitForPublish(uri, since);
  assert.equal(p.version, v2, 'the first diagnostics published are those of the newest version');
  assert.match(await c.waitForTrace(new RegExp(`^run ${run} of .*: cancelled after \\d+ ms$`), t0), /cancelled/);
  assert.match((await c.hover(uri, 0, 0))!.contents.value, /`x`: list/);
  // Several quick edits: only the last one is published.
  const since2 = c.publishes.length;
  c.change(uri, 'while True: pass\n');
  c.change(uri, 'y = {}\nwhile True: pass\n');
  const v5 = c.change(uri, 'z = ()\n');
  const q = await c.waitForPublish(uri, since2);
  assert.equal(q.version, v5);
  assert.match((await c.hover(uri, 0, 0))!.contents.value, /`z`: tuple/);
  // The runs stopped at the cancel flag, between two instructions: none had to be terminated.
  assert.deepEqual(c.logs.filter((m) => /did not stop when cancelled/.test(m)), []);
  c.close(uri);
  c.configure(BASE);
});

test('closing a file during its long run cancels it: the next file runs at once', { timeout: 60000 }, async () => {
  c.configure({ ...BASE, maxSteps: 1e9, timeBudgetMs: 600000 });
  const uri = 'file:///tmp/refscope-lsp-close.py';
  const t0 = c.traces.length;
  c.openNoWait(uri, 'while True: pass\n');
  await c.waitForTrace(/refscope-lsp-close\.py: started$/, t0);
  await stillAnswers();
  const since = c.publishes.length;
  c.close(uri);
  const cleared = await c.waitForPublish(uri, since);
  assert.deepEqual(cleared.diagnostics, []);
  await c.waitForTrace(/refscope-lsp-close\.py: cancelled after \d+ ms$/, t0);
  const next = 'file:///tmp/refscope-lsp-after-close.py';
  await c.open(next, 'w = [0]\n');
  assert.match((await c.hover(next, 0, 0))!.contents.value, /`w`: list/);
  c.close(next);
  c.configure(BASE);
});
