// Data breakpoints over the real protocol (DAP dataBreakpointInfo / setDataBreakpoints, as VS Code's
// "Break on Value Change" and data breakpoints on watch expressions and addresses use them): a name
// rebound in a scope, a slot of an object rebound, an object mutated, changing refcount or freed;
// honoured by continue and by reverseContinue.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { client, program, launch, top, stepAndWait, finish, idOf, evaluate, stopOrEnd } from './helpers';
import { CHECKPOINT_DISTANCE, type CheckpointState } from '../../src/debugAdapter/checkpoints';

let dc: DebugClient;
beforeEach(async () => { dc = await client(); });
afterEach(async () => { await dc.stop(); });

/** The scope's variablesReference (frame 0 unless told). */
async function scopeRef(name: string, frameId = 0): Promise<number> {
  const s = (await dc.scopesRequest({ frameId })).body.scopes.find((x) => x.name === name);
  assert.ok(s, `scope ${name}`);
  return s.variablesReference;
}

/** dataBreakpointInfo then setDataBreakpoints with that one (or these) dataIds; the answers. */
async function watch(...args: DebugProtocol.DataBreakpointInfoArguments[]): Promise<{ infos: DebugProtocol.DataBreakpointInfoResponse['body'][]; bps: DebugProtocol.Breakpoint[] }> {
  const infos = [];
  for (const a of args) infos.push((await dc.customRequest('dataBreakpointInfo', a)).body as DebugProtocol.DataBreakpointInfoResponse['body']);
  for (const i of infos) assert.ok(i.dataId, `a dataId: ${i.description}`);
  const r = await dc.customRequest('setDataBreakpoints', { breakpoints: infos.map((i) => ({ dataId: i.dataId!, accessType: 'write' })) });
  return { infos, bps: (r.body as DebugProtocol.SetDataBreakpointsResponse['body']).breakpoints };
}

/** Clear every breakpoint and run to the end. */
async function done(path: string): Promise<void> {
  await dc.customRequest('setDataBreakpoints', { breakpoints: [] });
  await dc.setBreakpointsRequest({ source: { path }, breakpoints: [] });
  await finish(dc);
}

async function expectDataStop(kind: 'continue' | 'reverseContinue' | 'next', line: number, text: RegExp): Promise<DebugProtocol.StoppedEvent> {
  const e = await stepAndWait(dc, kind);
  assert.equal(e.body.reason, 'data breakpoint', `${kind}: ${JSON.stringify(e.body)}`);
  assert.match(e.body.text ?? '', text);
  assert.match(e.body.description ?? '', text);
  assert.equal((await top(dc)).line, line, `${kind} stops at line ${line}`);
  return e;
}

test('initialize announces data breakpoints', async () => {
  const r = await dc.initializeRequest({ adapterID: 'refscope', pathFormat: 'path' });
  assert.equal(r.body?.supportsDataBreakpoints, true);
});

test('a global rebound: continue stops at the line after each assignment, reverseContinue at the one before', async () => {
  const path = program('db_global.py', [
    'x = []',          // 1
    'y = 1',           // 2
    'x = 5',           // 3
    'y = 2',           // 4
    'x = 6',           // 5
    'print(x, y)',     // 6
  ].join('\n') + '\n');
  await launch(dc, path, { breakpoints: [{ line: 2 }] });
  const { infos, bps } = await watch({ variablesReference: await scopeRef('Globals'), name: 'x' });
  assert.match(infos[0].description, /x \(global\) rebound/);
  assert.deepEqual(infos[0].accessTypes, ['write']);
  assert.equal(bps[0].verified, true);
  const e = await expectDataStop('continue', 4, /x \(global\) rebound: \[\] → 5/);
  assert.deepEqual(e.body.hitBreakpointIds, [bps[0].id]);
  await expectDataStop('continue', 6, /x \(global\) rebound: 5 → 6/);
  await expectDataStop('reverseContinue', 4, /x \(global\) rebound: \[\] → 5/);
  // Further back: the first binding of x (line 1, seen at line 2).
  await expectDataStop('reverseContinue', 2, /x \(global\) rebound: <unbound> → \[\]/);
  await done(path);
});

test('a local rebound inside a function, followed into the next call at the same depth', async () => {
  const path = program('db_local.py', [
    'def f(n):',         // 1
    '    t = n',         // 2
    '    t = t * 2',     // 3
    '    return t',      // 4
    'f(1)',              // 5
    'f(5)',              // 6
  ].join('\n') + '\n');
  await launch(dc, path, { breakpoints: [{ line: 3 }] });
  const { infos } = await watch({ variablesReference: await scopeRef('Locals'), name: 't' });
  assert.match(infos[0].description, /t \(in f\) rebound/);
  await expectDataStop('continue', 4, /t \(in f\) rebound: 1 → 2/);
  // The next call: t is bound at line 2 (seen at line 3), then rebound.
  await expectDataStop('continue', 3, /t \(in f\) rebound: <unbound> → 5/);
  await expectDataStop('continue', 4, /t \(in f\) rebound: 5 → 10/);
  await expectDataStop('reverseContinue', 3, /<unbound> → 5/);
  await done(path);
});

test('a list mutated by append; its refcount changed by b = a; freed by del of the last reference', async () => {
  const path = program('db_obj.py', [
    'a = []',          // 1
    'n = 0',           // 2
    'a.append(1)',     // 3
    'n = 1',           // 4
    'b = a',           // 5
    'n = 2',           // 6
    'del a',           // 7
    'del b',           // 8
    'n = 3',           // 9
  ].join('\n') + '\n');
  await launch(dc, path, { breakpoints: [{ line: 2 }] });
  // A watch expression: name = expression, frameId, no variablesReference.
  const id = idOf((await evaluate(dc, 'a', 'watch')).result);
  const { infos } = await watch({ name: 'a', frameId: 0 });
  assert.match(infos[0].description, new RegExp(`list ${id} mutated, refcount changed or freed`));
  await expectDataStop('continue', 4, new RegExp(`list ${id} mutated`));
  await expectDataStop('continue', 6, new RegExp(`list ${id} refcount 1 → 2`));
  await expectDataStop('continue', 8, new RegExp(`list ${id} refcount 2 → 1`));
  await expectDataStop('continue', 9, new RegExp(`list ${id} freed`));
  await expectDataStop('reverseContinue', 8, /refcount 2 → 1/);
  await expectDataStop('reverseContinue', 6, /refcount 1 → 2/);
  await expectDataStop('reverseContinue', 4, /mutated/);
  // Before that, back to where the watch was made: nothing earlier is known of the object.
  const e = await stepAndWait(dc, 'reverseContinue');
  assert.notEqual(e.body.reason, 'data breakpoint');
  await done(path);
});

test('an object found by address (asAddress)', async () => {
  const path = program('db_addr.py', [
    'd = {}',          // 1
    'n = 0',           // 2
    "d['k'] = 1",      // 3
    'n = 1',           // 4
  ].join('\n') + '\n');
  await launch(dc, path, { breakpoints: [{ line: 2 }] });
  const id = idOf((await evaluate(dc, 'd', 'watch')).result);
  const { infos } = await watch({ name: id, asAddress: true });
  assert.match(infos[0].description, new RegExp(`dict ${id}`));
  await expectDataStop('continue', 4, new RegExp(`dict ${id} mutated`));
  await done(path);
});

test('a child slot rebound: an attribute, a list item, a dict entry', async () => {
  const path = program('db_slot.py', [
    'class P:',                  // 1
    '    pass',                  // 2
    'p = P()',                   // 3
    'p.x = 1',                   // 4
    "lst = [0, 1]",              // 5
    "d = {'k': 0}",              // 6
    'p.y = 2',                   // 7
    'p.x = 10',                  // 8
    'lst[1] = 7',                // 9
    "d['k'] = 3",                // 10
    "del d['k']",                // 11
    'n = 0',                     // 12
  ].join('\n') + '\n');
  await launch(dc, path, { breakpoints: [{ line: 7 }] });
  const globals = (await dc.variablesRequest({ variablesReference: await scopeRef('Globals') })).body.variables;
  const ref = (name: string) => globals.find((v) => v.name === name)!.variablesReference;
  const { infos } = await watch(
    { variablesReference: ref('p'), name: 'x' },
    { variablesReference: ref('lst'), name: '[1]' },
    { variablesReference: ref('d'), name: "'k'" },
  );
  assert.match(infos[0].description, /^x of P 0x[0-9a-f]+ rebound$/);
  await expectDataStop('continue', 9, /x of P 0x[0-9a-f]+ rebound: 1 → 10/);
  await expectDataStop('continue', 10, /\[1\] of list 0x[0-9a-f]+ rebound: 1 → 7/);
  await expectDataStop('continue', 11, /'k' of dict 0x[0-9a-f]+ rebound: 0 → 3/);
  await expectDataStop('continue', 12, /'k' of dict 0x[0-9a-f]+ rebound: 3 → <unbound>/);
  await expectDataStop('reverseContinue', 11, /'k' of dict 0x[0-9a-f]+ rebound: 0 → 3/);
  await expectDataStop('reverseContinue', 10, /\[1\] of list/);
  await done(path);
});

test('next stops at a data breakpoint hit inside a call it steps over', async () => {
  const path = program('db_next.py', [
    'items = []',             // 1
    'def add(v):',            // 2
    '    items.append(v)',    // 3
    '    return v',           // 4
    'add(1)',                 // 5
    'n = 0',                  // 6
  ].join('\n') + '\n');
  await launch(dc, path, { breakpoints: [{ line: 5 }] });
  await watch({ name: 'items', frameId: 0 });
  await expectDataStop('next', 4, /list 0x[0-9a-f]+ mutated/);
  await done(path);
});

test('no meaningful dataId: null with a description; an unknown dataId is not verified', async () => {
  const path = program('db_none.py', 't = (1, 2)\nn = 0\n');
  await launch(dc, path, { breakpoints: [{ line: 2 }] });
  const globals = (await dc.variablesRequest({ variablesReference: await scopeRef('Globals') })).body.variables;
  const t = globals.find((v) => v.name === 't')!;
  const item = (await dc.customRequest('dataBreakpointInfo', { variablesReference: t.variablesReference, name: '[0]' })).body;
  assert.equal(item.dataId, null);
  assert.match(item.description, /tuple/);
  const call = (await dc.customRequest('dataBreakpointInfo', { name: 'len(t)', frameId: 0 })).body;
  assert.equal(call.dataId, null);
  assert.ok(call.description.length > 0);
  const nowhere = (await dc.customRequest('dataBreakpointInfo', { name: '0x10', asAddress: true })).body;
  assert.equal(nowhere.dataId, null);
  const r = await dc.customRequest('setDataBreakpoints', { breakpoints: [{ dataId: 'no-such-thing' }] });
  const bps = (r.body as DebugProtocol.SetDataBreakpointsResponse['body']).breakpoints;
  assert.equal(bps.length, 1);
  assert.equal(bps[0].verified, false);
  assert.ok(bps[0].message);
  // And the program runs to its end.
  const end = stopOrEnd(dc);
  await dc.continueRequest({ threadId: 1 });
  assert.equal((await end).event, 'terminated');
});

/** Resolves when a spare runner waits at a checkpoint behind the stop (not at the start). Call before the request. */
function checkpointBehind(): Promise<void> {
  return new Promise((resolve) => {
    const on = (e: DebugProtocol.Event) => {
      const s = e.body as CheckpointState;
      if (s.at === null || !s.checkpoints.some((c) => c > 0 && c < s.at!)) return;
      dc.removeListener('refscope.checkpoints', on);
      resolve();
    };
    dc.on('refscope.checkpoints', on);
  });
}

function loopProgram(name: string): { path: string; n: number } {
  const n = Math.ceil((3 * CHECKPOINT_DISTANCE) / 3);
  const path = program(name, [
    'mark = 0',                          // 1
    'keep = []',                         // 2
    `for i in range(${n}):`,             // 3
    '    y = i',                         // 4
    `    if i in (100, ${n - 10}):`,     // 5
    '        mark = i',                  // 6
    '        keep.append(i)',            // 7
    'done = 1',                          // 8
    'print(mark)',                       // 9
  ].join('\n') + '\n');
  return { path, n };
}

test('reverseContinue through checkpoints finds a global\'s rebinding a scan from the start finds', async () => {
  const { path, n } = loopProgram('db_far_var.py');
  const behind = checkpointBehind();
  await launch(dc, path, { breakpoints: [{ line: 8 }] });
  await watch({ variablesReference: await scopeRef('Globals'), name: 'mark' });
  await behind;
  await expectDataStop('reverseContinue', 7, new RegExp(`mark \\(global\\) rebound: 100 → ${n - 10}`));
  assert.equal((await evaluate(dc, 'i', 'watch')).result.split(' ')[0], String(n - 10));
  await expectDataStop('reverseContinue', 7, /mark \(global\) rebound: 0 → 100/);
  assert.equal((await evaluate(dc, 'i', 'watch')).result.split(' ')[0], '100');
  await done(path);
});

test('an object watched from early on: continue past checkpoints, then reverseContinue back through them', async () => {
  const { path, n } = loopProgram('db_far_obj.py');
  await launch(dc, path, { breakpoints: [{ line: 3 }] });
  await dc.setBreakpointsRequest({ source: { path }, breakpoints: [] });
  await watch({ name: 'keep', frameId: 0 });
  await expectDataStop('continue', 3, /list 0x[0-9a-f]+ mutated/);
  assert.equal((await evaluate(dc, 'i', 'watch')).result.split(' ')[0], '100');
  const behind = checkpointBehind();
  await expectDataStop('continue', 3, /list 0x[0-9a-f]+ mutated/);
  assert.equal((await evaluate(dc, 'i', 'watch')).result.split(' ')[0], String(n - 10));
  await behind;
  await expectDataStop('reverseContinue', 3, /list 0x[0-9a-f]+ mutated/);
  assert.equal((await evaluate(dc, 'i', 'watch')).result.split(' ')[0], '100');
  await done(path);
});
