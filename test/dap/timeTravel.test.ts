// stepBack and reverseContinue over the real protocol: going back shows exactly the state the
// program had (values, ids, refcounts, the whole heap snapshot), breakpoints stop reverse-continue,
// and changes made in the Debug Console are part of the history that re-execution replays.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { client, program, launch, top, scope, evaluate, stepAndWait, collectOutput, finish } from './helpers';

let dc: DebugClient;
let heaps: unknown[] = [];
beforeEach(async () => {
  dc = await client();
  heaps = [];
  dc.on('refscope.heap', (e: DebugProtocol.Event) => { heaps.push(e.body); });
});
afterEach(async () => { await dc.stop(); });

/** The next Heap view snapshot sent for line event `step` (a stop's snapshot comes once the client is quiet). */
function heapAt(step: number): Promise<unknown> {
  return new Promise((resolve) => {
    const on = (e: DebugProtocol.Event) => {
      if ((e.body as { step: number }).step !== step) return;
      dc.removeListener('refscope.heap', on);
      resolve(e.body);
    };
    dc.on('refscope.heap', on);
  });
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
        const kids = v.variablesReference > 0 ? (await dc.variablesRequest({ variablesReference: v.variablesReference })).body.variables.map((k) => [k.name, k.value]) : [];
        out.push([f.name, f.line, s.name, v.name, v.value, kids]);
      }
    }
  }
  return out;
}

const SOURCE = [
  'import sys',                        // 1
  'a = [1, 2]',                        // 2
  'b = a',                             // 3
  "c = {'k': a}",                      // 4
  'print(sys.getrefcount(a))',         // 5
  'del b',                             // 6
  'd = [a, a, [3.5]]',                 // 7
  "e = (d, 'x' * 3)",                  // 8
  'def grow(lst, n):',                 // 9
  '    extra = [n] * n',               // 10
  '    lst.extend(extra)',             // 11
  '    return len(lst)',               // 12
  'n = grow(a, 3)',                    // 13
  'print(a, n)',                       // 14
  'del c',                             // 15
  'print(sys.getrefcount(a))',         // 16
].join('\n') + '\n';

test('step forward twice and back twice: exactly the same values, ids, refcounts and heap', async () => {
  const p = program('back.py', SOURCE);
  const out = collectOutput(dc);
  const heap1 = dc.waitForEvent('refscope.heap');
  await launch(dc, p, { breakpoints: [{ line: 5 }] });
  const before = await state();
  const heapBefore = (await heap1).body;
  await stepAndWait(dc, 'next');
  await stepAndWait(dc, 'next');
  assert.equal((await top(dc)).line, 7);
  assert.notDeepEqual(await state(), before);
  await stepAndWait(dc, 'stepBack');
  assert.equal((await top(dc)).line, 6);
  const heap2 = heapAt((heapBefore as { step: number }).step);
  const back = await stepAndWait(dc, 'stepBack');
  assert.equal(back.body.reason, 'step');
  assert.equal((await top(dc)).line, 5);
  assert.deepEqual(await state(), before);
  // The Heap view's snapshot (every object, block, pool and free list) is the same too.
  assert.deepEqual(await heap2, heapBefore);
  assert.ok(heaps.length >= 2);
  // Going forward again prints nothing twice.
  await stepAndWait(dc, 'next');
  await stepAndWait(dc, 'next');
  assert.equal(out.text(), '4\n');
  await finish(dc);
  assert.equal(out.text(), '4\n[1, 2, 3, 3, 3] 5\n4\n');
});

test('stepBack is the reverse of next: inside a function it goes to the previous line, then to the call', async () => {
  const p = program('backfn.py', SOURCE);
  await launch(dc, p, { breakpoints: [{ line: 11 }] });
  const inside = await state();
  await stepAndWait(dc, 'next');
  assert.equal((await top(dc)).line, 12);
  await stepAndWait(dc, 'stepBack');
  assert.deepEqual(await state(), inside);
  await stepAndWait(dc, 'stepBack');
  const t = await top(dc);
  assert.deepEqual([t.name, t.line], ['grow', 10]);
  await stepAndWait(dc, 'stepBack');
  const caller = await top(dc);
  assert.deepEqual([caller.name, caller.line], ['<module>', 13]);
  // At the first line there is nowhere further back.
  await dc.stop();
  dc = await client();
  await launch(dc, p, { stopOnEntry: true });
  const again = await stepAndWait(dc, 'stepBack');
  assert.equal(again.body.reason, 'step');
  assert.equal((await top(dc)).line, 1);
});

test('stepping out stops in the caller; stepping back from there returns into the function', async () => {
  const p = program('out.py', SOURCE);
  await launch(dc, p, { breakpoints: [{ line: 12 }] });
  const atReturn = await state();
  await stepAndWait(dc, 'stepOut');
  const t = await top(dc);
  assert.deepEqual([t.name, t.line], ['<module>', 13]);
  assert.equal((await dc.stackTraceRequest({ threadId: 1 })).body.totalFrames, 1);
  await stepAndWait(dc, 'stepBack');
  assert.deepEqual(await state(), atReturn);
});

const LOOP = [
  'acc = []',                          // 1
  'for i in range(5):',                // 2
  '    acc.append([i] * i)',           // 3
  '    total = len(acc) + i',          // 4
  'print(total)',                      // 5
].join('\n') + '\n';

test('reverseContinue stops at the previous breakpoint hit with that state, or at the start', async () => {
  const p = program('revcont.py', LOOP);
  const ev = await launch(dc, p, { breakpoints: [{ line: 4 }] });
  assert.equal(ev.body.reason, 'breakpoint');
  const states: unknown[] = [await state()];
  for (let k = 1; k < 4; k++) {
    await stepAndWait(dc, 'continue');
    states.push(await state());
  }
  assert.match((await evaluate(dc, 'i', 'hover')).result, /^3  ·/);
  const r1 = await stepAndWait(dc, 'reverseContinue');
  assert.equal(r1.body.reason, 'breakpoint');
  assert.deepEqual(await state(), states[2]);
  await stepAndWait(dc, 'reverseContinue');
  assert.deepEqual(await state(), states[1]);
  // Forward again from the past: the same next state.
  await stepAndWait(dc, 'continue');
  assert.deepEqual(await state(), states[2]);
  // With no breakpoint before, reverse-continue goes back to the first line.
  await dc.setBreakpointsRequest({ source: { path: p }, breakpoints: [] });
  const start = await stepAndWait(dc, 'reverseContinue');
  assert.equal(start.body.reason, 'entry');
  assert.equal((await top(dc)).line, 1);
});

test('changes made in the Debug Console are replayed when going back and forth', async () => {
  const p = program('edits.py', LOOP);
  const out = collectOutput(dc);
  await launch(dc, p, { breakpoints: [{ line: 3 }] });
  await evaluate(dc, 'acc.append(["edited"])');
  const edited = await state();
  await stepAndWait(dc, 'next');
  await stepAndWait(dc, 'next');
  await stepAndWait(dc, 'stepBack');
  await stepAndWait(dc, 'stepBack');
  assert.deepEqual(await state(), edited);
  await dc.setBreakpointsRequest({ source: { path: p }, breakpoints: [] });
  await finish(dc);
  assert.equal(out.text(), '10\n');
});
