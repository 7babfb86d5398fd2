// The debug adapter over the real protocol (dist/debugAdapter.js, as any DAP client would start it).
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import { join, resolve } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const adapter = resolve(__dirname, '..', '..', 'dist', 'debugAdapter.js');
const dir = mkdtempSync(join(tmpdir(), 'refscope-dap-'));
function program(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

let dc: DebugClient;
beforeEach(async () => {
  dc = new DebugClient(process.execPath, adapter, 'refscope');
  await dc.start();
});
afterEach(async () => { await dc.stop(); });

test('initialize declares what the adapter supports', async () => {
  const r = await dc.initializeRequest();
  const caps = r.body!;
  assert.equal(caps.supportsConfigurationDoneRequest, true);
  assert.equal(caps.supportsStepBack, true);
  assert.equal(caps.supportsConditionalBreakpoints, true);
  assert.equal(caps.supportsHitConditionalBreakpoints, true);
  assert.equal(caps.supportsLogPoints, true);
  assert.deepEqual(caps.exceptionBreakpointFilters!.map((f) => f.filter), ['raised', 'uncaught']);
});

test('stop on entry, step, and read refcounts of the notebook cell', async () => {
  const p = program('cell6.py', 'import sys\n\na = []\nb = a\n\nprint(sys.getrefcount(a))\ndel b\nprint(sys.getrefcount(a))\n');
  await Promise.all([
    dc.configurationSequence(),
    dc.launch({ program: p, stopOnEntry: true } as never),
    dc.assertStoppedLocation('entry', { path: p, line: 1 }),
  ]);
  await Promise.all([dc.nextRequest({ threadId: 1 }), dc.assertStoppedLocation('step', { line: 3 })]);
  await Promise.all([dc.nextRequest({ threadId: 1 }), dc.assertStoppedLocation('step', { line: 4 })]);
  await Promise.all([dc.nextRequest({ threadId: 1 }), dc.assertStoppedLocation('step', { line: 6 })]);
  const st = await dc.stackTraceRequest({ threadId: 1 });
  const scopes = await dc.scopesRequest({ frameId: st.body.stackFrames[0].id });
  const globals = scopes.body.scopes.find((s) => s.name === 'Globals')!;
  const vars = await dc.variablesRequest({ variablesReference: globals.variablesReference });
  const a = vars.body.variables.find((v) => v.name === 'a')!;
  assert.match(a.value, /list · id 0x[0-9a-f]+ · refcount 2 · 56 bytes/);
  const out = dc.waitForEvent('output');
  await Promise.all([dc.nextRequest({ threadId: 1 }), dc.assertStoppedLocation('step', { line: 7 })]);
  assert.equal((await out).body.output, '3\n');
  await dc.continueRequest({ threadId: 1 });
  await dc.waitForEvent('terminated');
});
