// The debug adapter over the real protocol (dist/debugAdapter.js, as any DAP client would start it):
// capabilities, launch, stepping, frames, restart, terminate and disconnect.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { client, program, launch, top, stepAndWait, scope, collectOutput } from './helpers';

let dc: DebugClient;
beforeEach(async () => { dc = await client(); });
afterEach(async () => { await dc.stop(); });

test('initialize declares what the adapter supports', async () => {
  const r = await dc.initializeRequest();
  const caps = r.body!;
  assert.equal(caps.supportsConfigurationDoneRequest, true);
  assert.equal(caps.supportsStepBack, true);
  assert.equal(caps.supportsConditionalBreakpoints, true);
  assert.equal(caps.supportsHitConditionalBreakpoints, true);
  assert.equal(caps.supportsLogPoints, true);
  assert.equal(caps.supportsFunctionBreakpoints, true);
  assert.equal(caps.supportsCompletionsRequest, true);
  assert.equal(caps.supportsSetVariable, true);
  assert.equal(caps.supportsSetExpression, true);
  assert.equal(caps.supportsRestartRequest, true);
  assert.equal(caps.supportsTerminateRequest, true);
  assert.equal(caps.supportsExceptionInfoRequest, true);
  assert.equal(caps.supportsEvaluateForHovers, true);
  assert.deepEqual(caps.exceptionBreakpointFilters!.map((f) => f.filter), ['raised', 'uncaught']);
});

test('stop on entry, step, and read refcounts of the notebook cell', async () => {
  const p = program('cell6.py', 'import sys\n\na = []\nb = a\n\nprint(sys.getrefcount(a))\ndel b\nprint(sys.getrefcount(a))\n');
  const first = await launch(dc, p, { stopOnEntry: true });
  assert.equal(first.body.reason, 'entry');
  assert.equal((await top(dc)).line, 1);
  await stepAndWait(dc, 'next');
  assert.equal((await top(dc)).line, 3);
  await stepAndWait(dc, 'next');
  await stepAndWait(dc, 'next');
  assert.equal((await top(dc)).line, 6);
  const globals = await scope(dc, 'Globals');
  // refcount shown = ob_refcnt = what sys.getrefcount(a) prints minus its argument's reference.
  assert.match(globals.a.value, /^\[\]  ·  list · id 0x[0-9a-f]+ · refcount 2 · 56 bytes$/);
  const out = collectOutput(dc);
  await stepAndWait(dc, 'next');
  assert.equal((await top(dc)).line, 7);
  assert.equal(out.text(), '3\n');
  const done = dc.waitForEvent('terminated');
  await dc.continueRequest({ threadId: 1 });
  await done;
  assert.equal(out.text(), '3\n2\n');
});

test('frames are named like co_qualname, with 1-based lines and columns; stepIn/stepOut cross calls', async () => {
  const p = program('frames.py', [
    'class Box:',
    '    def get(self):',
    '        def inner():',
    '            return 42',
    '        return inner()',
    'b = Box()',
    'x = b.get()',
    'print(x)',
  ].join('\n') + '\n');
  await launch(dc, p, { breakpoints: [{ line: 4 }] });
  const st = (await dc.stackTraceRequest({ threadId: 1 })).body;
  assert.deepEqual(st.stackFrames.map((f) => [f.name, f.line]), [['Box.get.<locals>.inner', 4], ['Box.get', 5], ['<module>', 7]]);
  assert.equal(st.totalFrames, 3);
  assert.equal(st.stackFrames[0].column, 13);
  const page = (await dc.stackTraceRequest({ threadId: 1, startFrame: 1, levels: 1 })).body;
  assert.deepEqual(page.stackFrames.map((f) => f.name), ['Box.get']);
  await stepAndWait(dc, 'stepOut');
  assert.equal((await top(dc)).name, 'Box.get');
  await stepAndWait(dc, 'stepOut');
  const t = await top(dc);
  assert.equal(t.name, '<module>');
  assert.equal(t.line, 7);
});

test('restart runs the program again from the start', async () => {
  const p = program('restart.py', 'a = 1\nb = 2\nprint(a + b)\n');
  await launch(dc, p, { breakpoints: [{ line: 2 }] });
  assert.equal((await top(dc)).line, 2);
  await stepAndWait(dc, 'next');
  const again = dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>;
  await dc.restartRequest({});
  const ev = await again;
  assert.equal(ev.body.reason, 'breakpoint');
  assert.equal((await top(dc)).line, 2);
  const globals = await scope(dc, 'Globals');
  assert.ok(globals.a && !globals.b, 'the program starts over: a is bound, b not yet');
});

test('terminate ends the program with a terminated event; requests afterwards get error responses', async () => {
  const p = program('term.py', 'x = 0\nwhile True:\n    x += 1\n');
  await launch(dc, p, { breakpoints: [{ line: 3 }] });
  const terminated = dc.waitForEvent('terminated');
  await dc.terminateRequest({});
  await terminated;
  await assert.rejects(dc.stackTraceRequest({ threadId: 1 }), /ended|not been launched/);
  await assert.rejects(dc.evaluateRequest({ expression: 'x', context: 'repl' }), /ended|not been launched/);
});

test('disconnect while stopped answers and ends the adapter cleanly', async () => {
  const p = program('disc.py', 'x = 1\ny = 2\n');
  await launch(dc, p, { stopOnEntry: true });
  const r = await dc.disconnectRequest({});
  assert.equal(r.success, true);
});
