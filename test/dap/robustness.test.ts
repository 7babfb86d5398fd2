// Nothing a program does, and no malformed or out-of-order request, crashes or hangs the adapter:
// runaway recursion is CPython's RecursionError, a huge allocation its MemoryError, a syntax error
// is reported as CPython reports it and ends the session; pause answers in an infinite loop.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { client, program, launch, top, evaluate, collectOutput } from './helpers';

let dc: DebugClient;
beforeEach(async () => { dc = await client(); });
afterEach(async () => { await dc.stop(); });

/** Launch without breakpoints; resolves at 'terminated' with the exit code and the output. */
async function runToEnd(path: string): Promise<{ code: number; stdout: string; stderr: string; stops: number }> {
  const out = collectOutput(dc);
  const err = collectOutput(dc, 'stderr');
  let stops = 0;
  dc.on('stopped', () => { stops++; });
  const exited = dc.waitForEvent('exited') as Promise<DebugProtocol.ExitedEvent>;
  const done = dc.waitForEvent('terminated');
  await Promise.all([
    dc.waitForEvent('initialized').then(async () => {
      await dc.setExceptionBreakpointsRequest({ filters: [] });
      await dc.configurationDoneRequest();
    }),
    dc.initializeRequest(),
    dc.launchRequest({ program: path } as DebugProtocol.LaunchRequestArguments),
  ]);
  const code = (await exited).body.exitCode;
  await done;
  return { code, stdout: out.text(), stderr: err.text(), stops };
}

test('infinite recursion is a RecursionError stopped where it was raised, with CPython\'s traceback', async () => {
  const p = program('rec.py', 'def f(n):\n    return f(n + 1)\nf(0)\n');
  const ev = await launch(dc, p);
  assert.equal(ev.body.reason, 'exception');
  assert.equal(ev.body.text, 'RecursionError: maximum recursion depth exceeded');
  const st = (await dc.stackTraceRequest({ threadId: 1, levels: 3 })).body;
  assert.equal(st.totalFrames, 1000);
  assert.deepEqual(st.stackFrames.map((f) => [f.name, f.line]), [['f', 2], ['f', 2], ['f', 2]]);
  assert.match((await evaluate(dc, 'n', 'hover')).result, /^998  ·  int/);
  const info = (await dc.exceptionInfoRequest({ threadId: 1 })).body;
  assert.match(info.details!.stackTrace!, /\n {2}\[Previous line repeated 996 more times\]\nRecursionError: maximum recursion depth exceeded\n$/);
  const err = collectOutput(dc, 'stderr');
  const done = dc.waitForEvent('terminated');
  await dc.continueRequest({ threadId: 1 });
  await done;
  assert.equal(err.text(), info.details!.stackTrace);
});

test('a huge allocation is a MemoryError; the program goes on to handle it', async () => {
  const p = program('mem.py', 'try:\n    x = [0] * 10**10\nexcept MemoryError:\n    print("no memory")\ny = [0] * 10**10\n');
  const r = await runToEnd(p);
  assert.equal(r.stdout, 'no memory\n');
  assert.match(r.stderr, /line 5, in <module>\n {4}y = \[0\] \* 10\*\*10\n {8}~~~~\^~~~~~~~\nMemoryError\n$/);
  assert.equal(r.code, 1);
  assert.equal(r.stops, 0);
});

test('a syntax error is reported as CPython reports it and ends the session', async () => {
  const p = program('syntax.py', 'x = 1\nif x:\nprint(x)\n');
  const r = await runToEnd(p);
  assert.equal(r.stderr, `  File "${p}", line 3\n    print(x)\n    ^\nIndentationError: expected an indented block after 'if' statement on line 2\n`);
  assert.equal(r.code, 1);
  assert.equal(r.stops, 0);
});

test('an unsupported construct is reported clearly, not run wrongly', async () => {
  const p = program('asyncdef.py', 'x = 1\nasync def f():\n    pass\n');
  const r = await runToEnd(p);
  assert.match(r.stderr, /'async def' is not supported by RefScope yet \(line 2\)/);
  assert.equal(r.code, 1);
});

test('pause stops an infinite loop promptly', async () => {
  const p = program('spin.py', 'x = 0\nprint("spinning")\nwhile True:\n    pass\n');
  const spinning = dc.assertOutput('stdout', 'spinning', 30_000);
  await Promise.all([
    dc.waitForEvent('initialized').then(() => dc.configurationDoneRequest()),
    dc.initializeRequest(),
    dc.launchRequest({ program: p } as DebugProtocol.LaunchRequestArguments),
  ]);
  // Let the loop run a while first (once the runner has started: slow on a busy machine).
  await spinning;
  await new Promise((r) => setTimeout(r, 200));
  const latencies: number[] = [];
  for (let k = 0; k < 3; k++) {
    const stopped = dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>;
    const t0 = performance.now();
    await dc.pauseRequest({ threadId: 1 });
    const ev = await stopped;
    latencies.push(performance.now() - t0);
    assert.equal(ev.body.reason, 'pause');
    assert.ok([3, 4].includes((await top(dc)).line), 'in the loop (CPython reports lines 3 and 4 by turns)');
    await dc.continueRequest({ threadId: 1 });
  }
  console.log(`# pause latency in 'while True: pass' (ms): ${latencies.map((l) => l.toFixed(1)).join(', ')}`);
});

test('Debug Console code that never ends is stopped after its time limit, and the program goes on unharmed', async () => {
  const p = program('hang.py', 'import sys\na = [1]\nb = a\nprint(sys.getrefcount(a), a)\n');
  await launch(dc, p, { breakpoints: [{ line: 4 }] });
  await assert.rejects(evaluate(dc, 'a.append(2)\nwhile True:\n    b = [b]'), /stopped the evaluation after 5 s/);
  const out = collectOutput(dc);
  const done = dc.waitForEvent('terminated');
  await dc.continueRequest({ threadId: 1 });
  await done;
  // The cut-off code's effects are gone: the program is restored to where it stopped.
  assert.equal(out.text(), '3 [1]\n');
});

test('malformed and out-of-order requests get error responses, and the adapter keeps working', async () => {
  // Before launch.
  await dc.initializeRequest();
  await assert.rejects(dc.nextRequest({ threadId: 1 }), /not been launched/);
  await assert.rejects(dc.stackTraceRequest({ threadId: 1 }), /not been launched/);
  await assert.rejects(dc.evaluateRequest({ expression: '1' }), /not been launched/);
  await assert.rejects(dc.customRequest('launch', { program: '/nonexistent/x.py' }), /cannot read the program/);
  await assert.rejects(dc.customRequest('launch', {}), /needs 'program'/);
  await assert.rejects(dc.customRequest('setBreakpoints', {}), /source\.path/);
  await assert.rejects(dc.customRequest('noSuchRequest', {}), /unrecognized request/);
  // A real launch still works afterwards.
  const p = program('ok.py', 'a = 1\nb = [a]\nprint(b)\n');
  await dc.setBreakpointsRequest({ source: { path: p }, breakpoints: [{ line: 2 }] });
  const stopped = dc.waitForEvent('stopped');
  await dc.launchRequest({ program: p } as DebugProtocol.LaunchRequestArguments);
  await dc.configurationDoneRequest();
  await stopped;
  await assert.rejects(dc.scopesRequest({ frameId: 99 }), /No frame with id 99/);
  await assert.rejects(dc.customRequest('evaluate', { context: 'repl', frameId: 0 }), /needs an expression/);
  await assert.rejects(dc.customRequest('launch', { program: p }), /launched already/);
  await assert.rejects(dc.exceptionInfoRequest({ threadId: 1 }), /not stopped at an exception/);
  await assert.rejects(dc.setVariableRequest({ variablesReference: 12345, name: 'a', value: '1' }), /no longer shown/);
  assert.deepEqual((await dc.variablesRequest({ variablesReference: 424242 })).body.variables, []);
  const terminated = dc.waitForEvent('terminated');
  await dc.continueRequest({ threadId: 1 });
  await assert.rejects(dc.nextRequest({ threadId: 1 }), /running|ended/);
  await terminated;
  assert.equal((await dc.threadsRequest()).body.threads.length, 1);
});
