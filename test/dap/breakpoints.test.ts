// Breakpoints of each kind over the real protocol: conditions, hit conditions, log points with
// {expression} parts, function breakpoints, exception breakpoints (raised, uncaught: stopped at the
// raising line with CPython's traceback in exceptionInfo), lines without code, and breakpoints
// set while the program runs.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { client, program, launch, top, evaluate, stepAndWait, collectOutput, stopOrEnd } from './helpers';

let dc: DebugClient;
beforeEach(async () => { dc = await client(); });
afterEach(async () => { await dc.stop(); });

const LOOP = [
  'total = 0',                 // 1
  '# the loop',                // 2
  'for i in range(10):',       // 3
  '',                          // 4
  '    total += i',            // 5
  'print(total)',              // 6
].join('\n') + '\n';

/** The value of `i` at each stop until the program ends. */
async function iAtEachStop(first: DebugProtocol.StoppedEvent): Promise<number[]> {
  const seen: number[] = [];
  let ev: DebugProtocol.StoppedEvent | null = first;
  while (ev !== null) {
    seen.push(Number((await evaluate(dc, 'i', 'watch')).result.split('  ·  ')[0]));
    const next = stopOrEnd(dc);
    await dc.continueRequest({ threadId: 1 });
    const e = await next;
    ev = e.event === 'stopped' ? (e as DebugProtocol.StoppedEvent) : null;
  }
  return seen;
}

test('a conditional breakpoint stops only where its condition is true', async () => {
  const p = program('cond.py', LOOP);
  const ev = await launch(dc, p, { breakpoints: [{ line: 5, condition: 'i == 7 or i * i == 64' }] });
  assert.equal(ev.body.reason, 'breakpoint');
  assert.deepEqual(await iAtEachStop(ev), [7, 8]);
});

test('hit conditions: ">= 9" from the ninth hit on, "% 4" every fourth, "== 2" only the second (counting hits where the condition holds)', async () => {
  const p = program('hits.py', LOOP);
  assert.deepEqual(await iAtEachStop(await launch(dc, p, { breakpoints: [{ line: 5, hitCondition: '>= 9' }] })), [8, 9]);
  await dc.stop();
  dc = await client();
  assert.deepEqual(await iAtEachStop(await launch(dc, p, { breakpoints: [{ line: 5, hitCondition: '% 4' }] })), [3, 7]);
  await dc.stop();
  dc = await client();
  assert.deepEqual(await iAtEachStop(await launch(dc, p, { breakpoints: [{ line: 5, hitCondition: '== 2', condition: 'i % 2 == 1' }] })), [3]);
});

test('an invalid hit condition leaves the breakpoint unverified with a message', async () => {
  const p = program('badhit.py', LOOP);
  let answer: DebugProtocol.Breakpoint[] = [];
  const done = dc.waitForEvent('terminated');
  const out = collectOutput(dc);
  await Promise.all([
    dc.waitForEvent('initialized').then(async () => {
      answer = (await dc.setBreakpointsRequest({ source: { path: p }, breakpoints: [{ line: 5, hitCondition: 'sometimes' }] })).body.breakpoints;
      await dc.configurationDoneRequest();
    }),
    dc.initializeRequest(),
    dc.launchRequest({ program: p } as DebugProtocol.LaunchRequestArguments),
  ]);
  await done;
  assert.equal(answer[0].verified, false);
  assert.match(answer[0].message!, /Invalid hit condition 'sometimes'/);
  assert.equal(out.text(), '45\n');
});

test('log points print their message with {expressions} and do not stop', async () => {
  const p = program('log.py', LOOP);
  const log = collectOutput(dc, 'console');
  const out = collectOutput(dc);
  const done = dc.waitForEvent('terminated');
  await Promise.all([
    dc.waitForEvent('initialized').then(async () => {
      await dc.setBreakpointsRequest({ source: { path: p }, breakpoints: [{ line: 5, logMessage: 'i={i} sq={i * i} {{literal}} {[i][0] + 1}', hitCondition: '> 7' }] });
      await dc.configurationDoneRequest();
    }),
    dc.initializeRequest(),
    dc.launchRequest({ program: p } as DebugProtocol.LaunchRequestArguments),
  ]);
  await done;
  assert.equal(log.text(), 'i=7 sq=49 {literal} 8\ni=8 sq=64 {literal} 9\ni=9 sq=81 {literal} 10\n');
  assert.equal(out.text(), '45\n');
});

test('a breakpoint on a line without code moves to the next line with code; past the end it is unverified', async () => {
  const p = program('moved.py', LOOP);
  let answer: DebugProtocol.Breakpoint[] = [];
  const ev = await launch(dc, p, { breakpoints: [{ line: 2 }, { line: 40 }], onBreakpoints: (b) => { answer = b; } });
  assert.deepEqual(answer.map((b) => [b.verified, b.line]), [[true, 3], [false, 40]]);
  assert.match(answer[0].message!, /Moved to line 3/);
  assert.equal(ev.body.reason, 'breakpoint');
  assert.equal((await top(dc)).line, 3);
});

const FUNCS = [
  'class Box:',                        // 1
  '    def get(self):',                // 2
  '        return 1',                  // 3
  'def helper(x):',                    // 4
  '    y = x * 2',                     // 5
  '    return y',                      // 6
  'b = Box()',                         // 7
  'helper(1)',                         // 8
  'helper(2)',                         // 9
  'b.get()',                           // 10
].join('\n') + '\n';

test('function breakpoints stop at a function\'s first line, by name or qualified name, with conditions', async () => {
  const p = program('funcs.py', FUNCS);
  let answer: DebugProtocol.Breakpoint[] = [];
  const stopped = dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>;
  await Promise.all([
    dc.waitForEvent('initialized').then(async () => {
      answer = (await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'helper', condition: 'x == 2' }, { name: 'Box.get' }, { name: 'nothing_here' }] })).body.breakpoints;
      await dc.configurationDoneRequest();
    }),
    dc.initializeRequest(),
    dc.launchRequest({ program: p } as DebugProtocol.LaunchRequestArguments),
  ]);
  assert.deepEqual(answer.map((b) => b.verified), [true, true, false]);
  assert.match(answer[2].message!, /No function named 'nothing_here'/);
  const ev = await stopped;
  assert.equal(ev.body.reason, 'function breakpoint');
  const t = await top(dc);
  assert.deepEqual([t.name, t.line], ['helper', 5]);
  assert.match((await evaluate(dc, 'x', 'hover')).result, /^2  ·  int/);
  await stepAndWait(dc, 'continue');
  const t2 = await top(dc);
  assert.deepEqual([t2.name, t2.line], ['Box.get', 3]);
});

const EXC = [
  'def check(v):',                                   // 1
  '    if v < 0:',                                    // 2
  "        raise ValueError(f'negative: {v}')",       // 3
  '    return v',                                     // 4
  '',                                                 // 5
  'def run(values):',                                 // 6
  '    total = 0',                                    // 7
  '    for v in values:',                             // 8
  '        total += check(v)',                        // 9
  '    return total',                                 // 10
  '',                                                 // 11
  'try:',                                             // 12
  '    check(-1)',                                    // 13
  'except ValueError as e:',                          // 14
  "    print('caught', e)",                           // 15
  'print(run([1, 2, -3]))',                           // 16
].join('\n') + '\n';

test('uncaught exceptions stop at the raising line, frames alive, with CPython\'s traceback', async () => {
  const p = program('exc.py', EXC);
  const out = collectOutput(dc);
  const err = collectOutput(dc, 'stderr');
  const ev = await launch(dc, p, { exceptionFilters: ['uncaught'] });
  assert.equal(ev.body.reason, 'exception');
  assert.equal(ev.body.text, 'ValueError: negative: -3');
  const st = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
  assert.deepEqual(st.map((f) => [f.name, f.line]), [['check', 3], ['run', 9], ['<module>', 16]]);
  assert.match((await evaluate(dc, 'total', 'hover', 1)).result, /^3  ·  int/);
  const info = (await dc.exceptionInfoRequest({ threadId: 1 })).body;
  assert.equal(info.exceptionId, 'ValueError');
  assert.equal(info.breakMode, 'unhandled');
  const traceback = [
    'Traceback (most recent call last):',
    `  File "${p}", line 16, in <module>`,
    '    print(run([1, 2, -3]))',
    '          ^^^^^^^^^^^^^^^',
    `  File "${p}", line 9, in run`,
    '    total += check(v)',
    '             ^^^^^^^^',
    `  File "${p}", line 3, in check`,
    "    raise ValueError(f'negative: {v}')",
    'ValueError: negative: -3',
    '',
  ].join('\n');
  assert.equal(info.details!.stackTrace, traceback);
  assert.equal(out.text(), 'caught negative: -1\n');
  assert.equal(err.text(), '', 'the traceback is printed when the program goes on, as CPython prints it at exit');
  const exited = dc.waitForEvent('exited') as Promise<DebugProtocol.ExitedEvent>;
  const done = dc.waitForEvent('terminated');
  await dc.continueRequest({ threadId: 1 });
  assert.equal((await exited).body.exitCode, 1);
  await done;
  assert.equal(err.text(), traceback);
  assert.equal(out.text(), 'caught negative: -1\n');
});

test('raised exceptions stop where each is raised, caught or not', async () => {
  const p = program('raised.py', EXC);
  const ev = await launch(dc, p, { exceptionFilters: ['raised'] });
  assert.equal(ev.body.reason, 'exception');
  assert.deepEqual((await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames.map((f) => [f.name, f.line]), [['check', 3], ['<module>', 13]]);
  const info = (await dc.exceptionInfoRequest({ threadId: 1 })).body;
  assert.equal(info.breakMode, 'always');
  assert.equal(info.description, 'ValueError: negative: -1');
  assert.match(info.details!.stackTrace!, /^Traceback \(most recent call last\):\n {2}File ".*raised\.py", line 13, in <module>\n {4}check\(-1\)\n/);
  const second = await stepAndWait(dc, 'continue');
  assert.equal(second.body.reason, 'exception');
  assert.deepEqual((await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames.map((f) => f.line), [3, 9, 16]);
  const done = dc.waitForEvent('terminated');
  await dc.continueRequest({ threadId: 1 });
  await done;
});

test('a breakpoint set while the program runs takes effect at once', async () => {
  const p = program('running.py', 'x = 0\nwhile True:\n    x += 1\n');
  const stopped = dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>;
  await Promise.all([
    dc.waitForEvent('initialized').then(() => dc.configurationDoneRequest()),
    dc.initializeRequest(),
    dc.launchRequest({ program: p } as DebugProtocol.LaunchRequestArguments),
  ]);
  await dc.setBreakpointsRequest({ source: { path: p }, breakpoints: [{ line: 3, condition: 'x > 1000' }] });
  const ev = await stopped;
  assert.equal(ev.body.reason, 'breakpoint');
  assert.match((await evaluate(dc, 'x', 'hover')).result, /^\d+  ·  int/);
  assert.ok(Number((await evaluate(dc, 'x', 'hover')).result.split(' ')[0]) > 1000);
  await dc.setBreakpointsRequest({ source: { path: p }, breakpoints: [] });
  await dc.setBreakpointsRequest({ source: { path: p }, breakpoints: [{ line: 3, condition: 'x == 5000' }] });
  await stepAndWait(dc, 'continue');
  assert.match((await evaluate(dc, 'x', 'hover')).result, /^5000  ·  int/);
});
