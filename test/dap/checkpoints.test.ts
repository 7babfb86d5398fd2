// Time travel through checkpoints over the real protocol: in programs longer than two checkpoint
// distances, stepBack and reverseContinue are served by spare runners waiting at checkpoints
// (src/debugAdapter/checkpoints.ts), and show exactly the state of the straight run — values, ids,
// refcounts, the heap snapshot — with Debug Console edits made before and after the checkpoint,
// input() already consumed, and breakpoints (hit conditions included) as a scan from the start
// would find them.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { writeFileSync } from 'node:fs';
import { client, program, launch, top, evaluate, stepAndWait, collectOutput, finish, checkpointState, heapSnapshotAt } from './helpers';
import { CHECKPOINT_DISTANCE, type CheckpointState } from '../../src/debugAdapter/checkpoints';

let dc: DebugClient;
beforeEach(async () => { dc = await client(); });
afterEach(async () => { await dc.stop(); });

const checkpoints = (ok: (s: CheckpointState) => boolean) => checkpointState<CheckpointState>(dc, ok);
const heapAt = (step: number) => heapSnapshotAt(dc, step);

/** Loop iterations that make a run of more than `distances` checkpoint distances with `linesPerIteration`. */
function iterations(distances: number, linesPerIteration: number): number {
  return Math.ceil((distances * CHECKPOINT_DISTANCE) / linesPerIteration);
}

/** A spare waits at a checkpoint behind the stop (not at the program's start), so a step back from there is served by it. */
function checkpointBehind(): Promise<CheckpointState | null> {
  return checkpoints((s) => s.at !== null && s.checkpoints.some((c) => c > 0 && c < s.at!));
}

/** Everything the user can see at a stop: the stack, and every scope's variables with their children. */
async function state(): Promise<unknown> {
  const frames = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
  const out: unknown[] = [];
  for (const f of frames) {
    const scopes = (await dc.scopesRequest({ frameId: f.id })).body.scopes.filter((s) => !s.expensive);
    for (const s of scopes) {
      const vars = (await dc.variablesRequest({ variablesReference: s.variablesReference })).body.variables;
      for (const v of vars) {
        const kids = v.variablesReference > 0 ? (await dc.variablesRequest({ variablesReference: v.variablesReference, start: 0, count: 50 })).body.variables.map((k) => [k.name, k.value]) : [];
        out.push([f.name, f.line, s.name, v.name, v.value, kids]);
      }
    }
  }
  return out;
}

test('stepBack far into a run goes through a checkpoint and shows exactly the straight run\'s state and heap', async () => {
  const n = iterations(2.5, 3);
  const p = program('far.py', [
    'import sys',                                   // 1
    'data = []',                                    // 2
    'keep = {}',                                    // 3
    `for i in range(${n}):`,                        // 4
    '    data.append((i, [i] * (i % 4)))',          // 5
    '    if i % 1000 == 0: keep[i] = data[-1]',     // 6
    'last = data[-1]',                              // 7
    'print(len(data), sys.getrefcount(last))',      // 8
    'del keep[0]',                                  // 9
    "print('done')",                                // 10
  ].join('\n') + '\n');
  const out = collectOutput(dc);
  const heap = dc.waitForEvent('refscope.heap');
  const behind = checkpointBehind();
  await launch(dc, p, { breakpoints: [{ line: 8 }] });
  const before = await state();
  const heapBefore = (await heap).body as { step: number };
  const cp = await behind;
  if (cp !== null) assert.ok(cp.at! > 2 * CHECKPOINT_DISTANCE, `a run of ${cp.at} events`);
  const again = checkpointBehind();
  await stepAndWait(dc, 'next');
  await stepAndWait(dc, 'next');
  assert.equal((await top(dc)).line, 10);
  await again;
  await stepAndWait(dc, 'stepBack');
  const heapAgain = heapAt(heapBefore.step);
  await stepAndWait(dc, 'stepBack');
  assert.equal((await top(dc)).line, 8);
  assert.deepEqual(await state(), before);
  assert.deepEqual(await heapAgain, heapBefore);
  // Forward again: nothing printed twice, and the same as the straight run.
  await finish(dc);
  assert.equal(out.text(), `${n} 3\ndone\n`);
});

test('the first stepBack right after a long continue (the spare still on its way) shows the same state', async () => {
  const n = iterations(3, 2);
  const p = program('first.py', `total = 0\nfor i in range(${n}):\n    total += i * i\nresult = [total, str(total)]\nprint(result)\n`);
  await launch(dc, p, { breakpoints: [{ line: 4 }] });
  const at4 = await state();
  await stepAndWait(dc, 'next');
  // No waiting: the spare is adopted wherever it has got to (or the run starts over), with the same result.
  await stepAndWait(dc, 'stepBack');
  assert.equal((await top(dc)).line, 4);
  assert.deepEqual(await state(), at4);
});

test('Debug Console edits before and after the checkpoint are replayed by the spare', async () => {
  const n = iterations(2.5, 2);
  const p = program('edits.py', [
    'data = []',                          // 1
    'marker = 0',                         // 2
    `for i in range(${n}):`,              // 3
    '    data.append(i % 7)',             // 4
    'marker = len(data)',                 // 5
    'print(marker, data[-2:])',           // 6
  ].join('\n') + '\n');
  const out = collectOutput(dc);
  await launch(dc, p, { breakpoints: [{ line: 2 }, { line: 5 }] });
  // Before any checkpoint: the spares replay it on their way.
  await evaluate(dc, "data.append('early')");
  const behind = checkpointBehind();
  await stepAndWait(dc, 'continue');
  assert.equal((await top(dc)).line, 5);
  await behind;
  // After the checkpoints: the adopted spare replays it at its step.
  await evaluate(dc, "data.append('late')");
  const edited = await state();
  const again = checkpointBehind();
  await stepAndWait(dc, 'next');
  await again;
  await stepAndWait(dc, 'stepBack');
  assert.equal((await top(dc)).line, 5);
  assert.deepEqual(await state(), edited);
  assert.match((await evaluate(dc, 'data[0], data[-2:], len(data)', 'watch')).result, new RegExp(`^\\('early', \\[${(n - 1) % 7}, 'late'\\], ${n + 2}\\)`));
  await dc.setBreakpointsRequest({ source: { path: p }, breakpoints: [] });
  await finish(dc);
  assert.equal(out.text(), `${n + 2} [${(n - 1) % 7}, 'late']\n`);
});

test('input() already consumed before and after the checkpoint reads the same after stepping back', async () => {
  const n = iterations(2.5, 2);
  const p = program('input.py', [
    'got = [input()]',                    // 1
    'k = 0',                              // 2
    `while k < ${n}:`,                    // 3
    '    k += 1',                         // 4
    'got.append(input())',                // 5
    'got.append(input())',                // 6
    'print(got, k)',                      // 7
  ].join('\n') + '\n');
  const out = collectOutput(dc);
  await launch(dc, p, { breakpoints: [{ line: 6 }], extra: { stdin: 'first\nsecond\nthird\n' } });
  const at6 = await state();
  const behind = checkpointBehind();
  await stepAndWait(dc, 'next');
  await behind;
  await stepAndWait(dc, 'stepBack');
  assert.deepEqual(await state(), at6);
  await finish(dc);
  assert.equal(out.text(), `['first', 'second', 'third'] ${n}\n`);
});

test('reverseContinue through checkpoints stops at the hits a scan from the start finds, hit conditions included', async () => {
  const n = iterations(3, 3);
  const p = program('revcont.py', [
    'hits = []',                          // 1
    `for i in range(${n}):`,              // 2
    '    x = [i] * 2',                    // 3
    `    if i in (100, ${n - 10}):`,      // 4
    '        hits.append(x)',             // 5
    'print(len(hits))',                   // 6
    'done = True',                        // 7
  ].join('\n') + '\n');
  await launch(dc, p, { breakpoints: [{ line: 5 }, { line: 6 }] });
  const first = await state();
  await stepAndWait(dc, 'continue');
  const second = await state();
  const behind = checkpointBehind();
  await stepAndWait(dc, 'continue');
  assert.equal((await top(dc)).line, 6);
  const end = await state();
  await behind;
  // The last hit is a few events back: the scan starts at the nearest checkpoint.
  const r1 = await stepAndWait(dc, 'reverseContinue');
  assert.equal(r1.body.reason, 'breakpoint');
  assert.deepEqual(await state(), second);
  // The hit before is before every checkpoint: the rest is scanned checkpoint by checkpoint, then from the start.
  await stepAndWait(dc, 'reverseContinue');
  assert.deepEqual(await state(), first);
  await stepAndWait(dc, 'continue');
  assert.deepEqual(await state(), second);
  await stepAndWait(dc, 'continue');
  assert.deepEqual(await state(), end);
  // Only the first hit counts: a scan from a checkpoint would count the second hit as the first.
  await dc.setBreakpointsRequest({ source: { path: p }, breakpoints: [{ line: 5, hitCondition: '== 1' }] });
  const again = checkpointBehind();
  await stepAndWait(dc, 'next');
  await again;
  const r2 = await stepAndWait(dc, 'reverseContinue');
  assert.equal(r2.body.reason, 'breakpoint');
  assert.deepEqual(await state(), first);
});

test('restart and terminate end the spares: after a restart with the file changed, going back shows the new program', async () => {
  const n = iterations(2.5, 2);
  const source = (mod: number) => `data = []\nfor i in range(${n}):\n    data.append(i % ${mod})\nlast = data[-3:]\nprint(last)\n`;
  const p = program('restart.py', source(7));
  const behind = checkpointBehind();
  await launch(dc, p, { breakpoints: [{ line: 4 }] });
  await behind;
  writeFileSync(p, source(5));
  const cleared = checkpoints((s) => s.at === null && s.checkpoints.length === 0);
  const stopped = dc.waitForEvent('stopped');
  await dc.restartRequest({});
  await cleared;
  await stopped;
  const v2 = await state();
  assert.ok(JSON.stringify(v2).includes('[0, 1, 2, 3, 4, 0, 1,'), 'the changed program runs');
  const again = checkpointBehind();
  await stepAndWait(dc, 'next');
  await again;
  await stepAndWait(dc, 'stepBack');
  assert.deepEqual(await state(), v2);
  const ended = checkpoints((s) => s.at === null && s.checkpoints.length === 0);
  const terminated = dc.waitForEvent('terminated');
  await dc.terminateRequest({});
  await Promise.all([ended, terminated]);
});
