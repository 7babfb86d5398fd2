// The ladder of checkpoints and the spare that follows the running program (src/debugAdapter/checkpoints.ts), over
// the real protocol: stepBack right after a long continue (served by the follower), several stepBacks in a row
// (each a rung further back), reverseContinue across several checkpoints, and a hover that needs code answered by
// a spare taken over at the stop; each shows exactly the state (values, ids, refcounts, the heap) the straight run
// had there.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { client, program, launch, top, evaluate, stepAndWait, collectOutput, finish, checkpointState, heapSnapshotAt } from './helpers';
import type { CheckpointState } from '../../src/debugAdapter/checkpoints';

// Small distances, so short programs have a whole ladder; the follower moves often.
const DISTANCE = 2_000;
const TUNING = { distance: DISTANCE, followGap: 200, followMs: 5, busyRunning: 1 };

let dc: DebugClient;
beforeEach(async () => { dc = await client({ REFSCOPE_CHECKPOINTS: JSON.stringify(TUNING) }); });
afterEach(async () => { await dc.stop(); });

const checkpoints = (ok: (s: CheckpointState) => boolean) => checkpointState<CheckpointState>(dc, ok);
const heapAt = (step: number) => heapSnapshotAt(dc, step);

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

/** A loop of `n` iterations that makes and drops objects, then `tail` lines (the loop is lines 3-6). */
function looping(n: number, tail: string[]): string {
  return [
    'data = []',                                  // 1
    'keep = {}',                                  // 2
    `for i in range(${n}):`,                      // 3
    '    data.append((i, [i] * (i % 3)))',        // 4
    '    if i % 500 == 0: keep[i] = data[-1]',    // 5
    '    if len(data) > 300: del data[:200]',     // 6
    ...tail,
  ].join('\n') + '\n';
}

test('stepBack right after a long continue (the spare that followed the run is adopted) shows the same state and heap', async () => {
  const p = program('follow.py', looping(40_000, ['last = data[-1]', 'n = len(keep)', "print(n, last[0])"]));
  const out = collectOutput(dc);
  // (Whether the follower has caught up by the stop depends on the machine: the test asserts the state only.)
  const heap = dc.waitForEvent('refscope.heap');
  await launch(dc, p, { breakpoints: [{ line: 7 }] });
  const at7 = await state();
  const heap7 = (await heap).body as { step: number };
  const step7 = heap7.step;
  await stepAndWait(dc, 'next');
  const again = heapAt(step7);
  await stepAndWait(dc, 'stepBack');
  assert.equal((await top(dc)).line, 7);
  assert.deepEqual(await state(), at7);
  assert.deepEqual(await again, heap7);
  await finish(dc);
  assert.equal(out.text(), '80 39999\n');
});

test('four stepBacks in a row each show the state the program had there', async () => {
  const p = program('rapid.py', looping(8_000, [
    'a = [1, 2]',          // 7
    'b = (a, a)',          // 8
    'c = {"b": b}',        // 9
    'del a',               // 10
    'd = str(c)',          // 11
    'print(len(d))',       // 12
  ]));
  await launch(dc, p, { breakpoints: [{ line: 7 }] });
  const states: unknown[] = [await state()];
  for (let line = 8; line <= 11; line++) {
    await stepAndWait(dc, 'next');
    assert.equal((await top(dc)).line, line);
    states.push(await state());
  }
  // The whole ladder waits behind the stop: one, two, four, eight distances back.
  await checkpoints((s) => s.at !== null && s.checkpoints.filter((c) => c < s.at!).length >= 4);
  for (let line = 10; line >= 7; line--) {
    await stepAndWait(dc, 'stepBack');
    assert.equal((await top(dc)).line, line);
    assert.deepEqual(await state(), states[line - 7]);
  }
  await stepAndWait(dc, 'next');
  assert.deepEqual(await state(), states[1]);
});

test('reverseContinue across several checkpoints stops at the last hit with the state it had going forward', async () => {
  const n = 12_000;
  const p = program('revladder.py', [
    'hits = []',                                      // 1
    `for i in range(${n}):`,                          // 2
    '    x = [i] * 2',                                // 3
    `    if i in (50, ${n - 3000}, ${n - 30}):`,      // 4
    '        hits.append(x)',                         // 5
    'print(len(hits))',                               // 6
  ].join('\n') + '\n');
  await launch(dc, p, { breakpoints: [{ line: 5 }, { line: 6 }] });
  const seen = [await state()];
  await stepAndWait(dc, 'continue');
  seen.push(await state());
  await stepAndWait(dc, 'continue');
  seen.push(await state());
  await stepAndWait(dc, 'continue');
  assert.equal((await top(dc)).line, 6);
  await checkpoints((s) => s.at !== null && s.checkpoints.filter((c) => c < s.at!).length >= 4);
  // ~100 events back (after the nearest checkpoint), ~9,000 back (after the fourth), ~36,000 back (before all).
  for (let k = 2; k >= 0; k--) {
    const r = await stepAndWait(dc, 'reverseContinue');
    assert.equal(r.body.reason, 'breakpoint');
    assert.equal((await top(dc)).line, 5);
    assert.deepEqual(await state(), seen[k]);
  }
});

test('a hover that runs code at a stop far into a run is answered from a spare, and going back afterwards is exact', async () => {
  const p = program('hover.py', looping(10_000, ['total = sum(len(v[1]) for v in data)', 'print(total)', 'done = True']));
  await launch(dc, p, { breakpoints: [{ line: 8 }] });
  const at8 = await state();

  await checkpoints((s) => s.at !== null && s.checkpoints.some((c) => c > 0 && c < s.at!));
  const v = await evaluate(dc, 'len(data) + len(keep)', 'hover');
  assert.match(v.result, /^(\d+)/);
  assert.equal((await evaluate(dc, 'sum(k for k in keep)', 'hover')).result.split(' ')[0], String(Array.from({ length: 20 }, (_, k) => k * 500).reduce((a, b) => a + b)));
  // The program is untouched, and the ladder fills again.
  assert.deepEqual(await state(), at8);
  await stepAndWait(dc, 'next');
  await checkpoints((s) => s.at !== null && s.checkpoints.some((c) => c > 0 && c < s.at!));
  await stepAndWait(dc, 'stepBack');
  assert.deepEqual(await state(), at8);
});
