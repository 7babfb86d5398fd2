// The runner's spare (checkpoint) mode, driven directly through RunnerHandle with the bundled
// dist/runtimeThread.js: a spare re-executes unseen to its checkpoint and waits there, moves on or
// holds when told, and, adopted, reaches its target in exactly the state a runner re-executing
// from the start has there; it refuses a target it has passed. (The session's side:
// checkpoints.test.ts over DAP.)
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { RunnerHandle, runnerScript } from '../../src/debugAdapter/runnerHandle';
import type { RunnerSetup, RunnerEvent, Adoption, BreakpointConfig, Query } from '../../src/debugAdapter/messages';

runnerScript.path = resolve(__dirname, '..', '..', 'dist', 'runtimeThread.js');

const FILE = '/virtual/spare.py';
const SOURCE = [
  "print('one')",                      // 1
  'items = []',                        // 2
  'for i in range(300):',              // 3
  '    items.append([i] * (i % 3))',   // 4
  "print('two')",                      // 5
  'last = items[-1]',                  // 6
  'n = len(items)',                    // 7
].join('\n') + '\n';

const NONE: BreakpointConfig = { breakpoints: {}, functionBreakpoints: [], exceptionFilters: [] };
const AT_7: BreakpointConfig = { breakpoints: { [FILE]: [{ line: 7 }] }, functionBreakpoints: [], exceptionFilters: [] };

function setup(over: Partial<RunnerSetup>): RunnerSetup {
  return {
    source: SOURCE, filename: FILE, argv: [FILE], stdin: '', maxSteps: 0, stopOnEntry: false,
    initialConfig: NONE, config: NONE, history: [], target: null, targetReason: null, quietChars: 0,
    reverseFrom: 0, skipUncaughtStop: true, park: null, ...over,
  };
}

function adoption(over: Partial<Adoption>): Adoption {
  return { config: NONE, history: [], target: null, targetReason: 'step', quietChars: 0, reverseFrom: 0, skipUncaughtStop: true, ...over };
}

/** A runner whose events are queued; `next(type)` waits for the next event of that type. */
class Probe {
  readonly handle: RunnerHandle;
  private readonly events: RunnerEvent[] = [];
  private waiter: (() => void) | null = null;

  constructor(s: RunnerSetup) {
    this.handle = new RunnerHandle(s, (e) => { this.events.push(e); this.waiter?.(); }, true);
    probes.push(this);
  }

  async next<T extends RunnerEvent['type']>(type: T): Promise<Extract<RunnerEvent, { type: T }>> {
    for (;;) {
      const i = this.events.findIndex((e) => e.type === type);
      if (i >= 0) return this.events.splice(i, 1)[0] as Extract<RunnerEvent, { type: T }>;
      await new Promise<void>((r) => { this.waiter = r; });
    }
  }

  taken(type: RunnerEvent['type']): RunnerEvent[] {
    const out = this.events.filter((e) => e.type === type);
    this.events.splice(0, this.events.length, ...this.events.filter((e) => e.type !== type));
    return out;
  }

  async answer(q: Query): Promise<unknown> {
    return (await this.handle.query(q)).body;
  }

  /** What a user sees at this stop: the stack, and the globals with every child. */
  async state(): Promise<unknown> {
    const scopes = await this.answer({ q: 'scopes', frame: 0 }) as { scopes: Array<{ name: string; variablesReference: number }> };
    const globals = scopes.scopes.find((s) => s.name === 'Globals') ?? scopes.scopes[0];
    const vars = (await this.answer({ q: 'variables', ref: globals.variablesReference }) as { variables: Array<{ name: string; value: string; variablesReference: number }> }).variables;
    const out: unknown[] = [];
    for (const v of vars) {
      const kids = v.variablesReference > 0 ? (await this.answer({ q: 'variables', ref: v.variablesReference }) as { variables: Array<{ name: string; value: string }> }).variables.map((k) => [k.name, k.value]) : [];
      out.push([v.name, v.value, kids]);
    }
    return out;
  }
}

const probes: Probe[] = [];
afterEach(() => { for (const p of probes.splice(0)) p.handle.dispose(); });

/** The event number of line 7 and the state there, from a plain run stopping at a breakpoint. */
async function straight(): Promise<{ ev: number; state: unknown; stack: unknown }> {
  const p = new Probe(setup({ config: AT_7, initialConfig: AT_7 }));
  const stop = await p.next('stopped');
  assert.equal(stop.reason, 'breakpoint');
  return { ev: stop.at.ev, state: await p.state(), stack: stop.stack };
}

test('a spare parks where told, moves on when told, and answers the command it follows', async () => {
  const p = new Probe(setup({ park: 50, quietChars: Number.MAX_SAFE_INTEGER }));
  assert.deepEqual(await p.next('parked'), { type: 'parked', ev: 50, n: 0 });
  assert.equal(p.handle.progress(), 50);
  p.handle.command({ cmd: 'park', ev: 400, history: [], n: 1 });
  assert.deepEqual(await p.next('parked'), { type: 'parked', ev: 400, n: 1 });
  // Told to wait where it is: it answers at once, where it is.
  p.handle.command({ cmd: 'hold', n: 2 });
  assert.deepEqual(await p.next('parked'), { type: 'parked', ev: 400, n: 2 });
  // Before the program starts.
  const q = new Probe(setup({ park: 0, quietChars: Number.MAX_SAFE_INTEGER }));
  assert.deepEqual(await q.next('parked'), { type: 'parked', ev: 0, n: 0 });
  // Nothing was shown.
  assert.deepEqual([...p.taken('output'), ...q.taken('output'), ...p.taken('stopped')], []);
});

test('an adopted spare stops at its target in exactly the state of a re-execution from the start', async () => {
  const { ev, state, stack } = await straight();
  const fresh = new Probe(setup({ target: { ev }, targetReason: 'step', quietChars: Number.MAX_SAFE_INTEGER }));
  const freshStop = await fresh.next('stopped');
  assert.deepEqual(await fresh.state(), state);
  // Before 'two' is printed, in the loop, and at the target itself (where 'two' has been shown already).
  for (const [park, shown, rest] of [[0, 4, 'two\n'], [200, 4, 'two\n'], [ev, 8, '']] as const) {
    const p = new Probe(setup({ park, quietChars: Number.MAX_SAFE_INTEGER }));
    await p.next('parked');
    p.handle.command({ cmd: 'adopt', run: adoption({ target: { ev }, quietChars: shown }) });
    const stop = await p.next('stopped');
    assert.deepEqual([stop.reason, stop.at, stop.stack], ['step', freshStop.at, stack]);
    assert.deepEqual(await p.state(), state, `adopted at ${park}`);
    // Output not shown yet is shown once.
    assert.equal(p.taken('output').map((e) => (e as { text: string }).text).join(''), rest);
  }
});

test('a spare adopted while on its way, or held on its way, gets there the same', async () => {
  const { ev, state } = await straight();
  const moving = new Probe(setup({ park: ev - 1, quietChars: Number.MAX_SAFE_INTEGER }));
  moving.handle.command({ cmd: 'adopt', run: adoption({ target: { ev }, quietChars: Number.MAX_SAFE_INTEGER }) });
  await moving.next('stopped');
  assert.deepEqual(await moving.state(), state);
  const held = new Probe(setup({ park: ev - 1, quietChars: Number.MAX_SAFE_INTEGER }));
  held.handle.command({ cmd: 'hold', n: 1 });
  const parked = await held.next('parked');
  assert.equal(parked.n, 1);
  assert.ok(parked.ev >= 0 && parked.ev <= ev - 1);
  held.handle.command({ cmd: 'adopt', run: adoption({ target: { ev }, quietChars: Number.MAX_SAFE_INTEGER }) });
  await held.next('stopped');
  assert.deepEqual(await held.state(), state);
});

test('a spare refuses a target it has passed, and a history that is not its own', async () => {
  const p = new Probe(setup({ park: 300, quietChars: Number.MAX_SAFE_INTEGER }));
  await p.next('parked');
  p.handle.command({ cmd: 'adopt', run: adoption({ target: { ev: 299 } }) });
  await p.next('refused');
  const q = new Probe(setup({
    park: 300, quietChars: Number.MAX_SAFE_INTEGER,
    history: [{ at: { kind: 'line', step: 10, ev: 10 }, phase: 'stop', action: { kind: 'exec', frame: 0, code: 'items.append(1)' } }],
  }));
  await q.next('parked');
  q.handle.command({ cmd: 'adopt', run: adoption({ target: { ev: 400 } }) });
  await q.next('refused');
});

test('a spare adopted to scan for reverse-continue reports the last hit after its checkpoint', async () => {
  const { ev } = await straight();
  const lines4: BreakpointConfig = { breakpoints: { [FILE]: [{ line: 4 }] }, functionBreakpoints: [], exceptionFilters: [] };
  // The straight scan from the start.
  const full = new Probe(setup({ config: lines4, reverseFrom: ev, quietChars: Number.MAX_SAFE_INTEGER }));
  const all = await full.next('scanned');
  assert.equal(all.from, 0);
  assert.ok(all.lastHit !== null && all.lastHit < ev);
  const p = new Probe(setup({ park: 500, quietChars: Number.MAX_SAFE_INTEGER }));
  await p.next('parked');
  p.handle.command({ cmd: 'adopt', run: adoption({ config: lines4, reverseFrom: ev, targetReason: null }) });
  assert.deepEqual(await p.next('scanned'), { type: 'scanned', lastHit: all.lastHit, from: 500 });
  // Nothing to find after a checkpoint past the last hit.
  const late = new Probe(setup({ park: all.lastHit!, quietChars: Number.MAX_SAFE_INTEGER }));
  await late.next('parked');
  late.handle.command({ cmd: 'adopt', run: adoption({ config: lines4, reverseFrom: ev, targetReason: null }) });
  assert.deepEqual(await late.next('scanned'), { type: 'scanned', lastHit: null, from: all.lastHit });
});
