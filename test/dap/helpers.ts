// Shared helpers for the debug adapter tests: the bundled adapter
// (dist/debugAdapter.js) driven over the real protocol by
// @vscode/debugadapter-testsupport's DebugClient, as any DAP client would.
import assert from 'node:assert/strict';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { join, resolve } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

export const adapter = resolve(__dirname, '..', '..', 'dist', 'debugAdapter.js');
const dir = mkdtempSync(join(tmpdir(), 'refscope-dap-'));

/** Write a Python program to a temporary file and return its path. */
export function program(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

/** A started client; generous timeouts (the machine is shared). `env`: extra environment for the adapter. */
export async function client(env: Record<string, string> = {}): Promise<DebugClient> {
  const dc = new DebugClient(process.execPath, adapter, 'refscope', { env: { ...process.env, ...env } });
  dc.defaultTimeout = 30000;
  await dc.start();
  return dc;
}

export interface LaunchOptions {
  stopOnEntry?: boolean;
  breakpoints?: DebugProtocol.SourceBreakpoint[];
  functionBreakpoints?: DebugProtocol.FunctionBreakpoint[];
  exceptionFilters?: string[];
  extra?: Record<string, unknown>;
  /** Called with the setBreakpoints answer. */
  onBreakpoints?: (bps: DebugProtocol.Breakpoint[]) => void;
}

/** initialize, configure, launch; resolves with the first stopped event (or rejects if none comes). */
export async function launch(dc: DebugClient, path: string, o: LaunchOptions = {}): Promise<DebugProtocol.StoppedEvent> {
  const stopped = dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>;
  await Promise.all([
    dc.waitForEvent('initialized').then(async () => {
      if (o.breakpoints) {
        const r = await dc.setBreakpointsRequest({ source: { path }, breakpoints: o.breakpoints });
        o.onBreakpoints?.(r.body.breakpoints);
      }
      if (o.functionBreakpoints) await dc.setFunctionBreakpointsRequest({ breakpoints: o.functionBreakpoints });
      await dc.setExceptionBreakpointsRequest({ filters: o.exceptionFilters ?? ['uncaught'] });
      await dc.configurationDoneRequest();
    }),
    dc.initializeRequest({ adapterID: 'refscope', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path', supportsInvalidatedEvent: true }),
    dc.launchRequest({ program: path, stopOnEntry: o.stopOnEntry ?? false, ...(o.extra ?? {}) } as DebugProtocol.LaunchRequestArguments),
  ]);
  return stopped;
}

/** The innermost frame now. */
export async function top(dc: DebugClient): Promise<DebugProtocol.StackFrame> {
  return (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0];
}

/** Send a stepping request and wait for the stop it causes. */
export async function stepAndWait(dc: DebugClient, kind: 'next' | 'stepIn' | 'stepOut' | 'continue' | 'stepBack' | 'reverseContinue'): Promise<DebugProtocol.StoppedEvent> {
  const stopped = dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>;
  const args = { threadId: 1 };
  switch (kind) {
    case 'next': await dc.nextRequest(args); break;
    case 'stepIn': await dc.stepInRequest(args); break;
    case 'stepOut': await dc.stepOutRequest(args); break;
    case 'continue': await dc.continueRequest(args); break;
    case 'stepBack': await dc.stepBackRequest(args); break;
    case 'reverseContinue': await dc.reverseContinueRequest(args); break;
  }
  return stopped;
}

/** Variables of a scope ('Locals', 'Closure', 'Globals', 'Builtins') of a frame, by name. */
export async function scope(dc: DebugClient, name: string, frameId = 0): Promise<Record<string, DebugProtocol.Variable>> {
  const scopes = (await dc.scopesRequest({ frameId })).body.scopes;
  const s = scopes.find((x) => x.name === name);
  assert.ok(s, `scope ${name} in ${scopes.map((x) => x.name).join(', ')}`);
  return byName((await dc.variablesRequest({ variablesReference: s.variablesReference })).body.variables);
}

export function byName(vars: DebugProtocol.Variable[]): Record<string, DebugProtocol.Variable> {
  return Object.fromEntries(vars.map((v) => [v.name, v]));
}

/** Children of a variable (all of them, or a page). */
export async function children(dc: DebugClient, v: { variablesReference: number }, args: Partial<DebugProtocol.VariablesArguments> = {}): Promise<DebugProtocol.Variable[]> {
  assert.ok(v.variablesReference > 0, 'the variable has children');
  return (await dc.variablesRequest({ variablesReference: v.variablesReference, ...args })).body.variables;
}

/** Evaluate in the innermost frame. */
export async function evaluate(dc: DebugClient, expression: string, context: 'repl' | 'watch' | 'hover' = 'repl', frameId = 0): Promise<DebugProtocol.EvaluateResponse['body']> {
  return (await dc.evaluateRequest({ expression, context, frameId })).body;
}

/** The refcount shown in a value line ("… · refcount N · …"). */
export function refcountOf(value: string): number {
  const m = /· refcount (\d+) ·/.exec(value);
  assert.ok(m, `a refcount in ${value}`);
  return Number(m[1]);
}

/** The id shown in a value line. */
export function idOf(value: string): string {
  const m = /· id (0x[0-9a-f]+) ·/.exec(value);
  assert.ok(m, `an id in ${value}`);
  return m[1];
}

/** Run to the end: continue and wait for 'terminated'. */
export async function finish(dc: DebugClient): Promise<void> {
  const done = dc.waitForEvent('terminated');
  await dc.continueRequest({ threadId: 1 });
  await done;
}

/** Collect output events of a category from now on. */
export function collectOutput(dc: DebugClient, category = 'stdout'): { text: () => string } {
  let text = '';
  dc.on('output', (e: DebugProtocol.OutputEvent) => { if ((e.body.category ?? 'console') === category) text += e.body.output; });
  return { text: () => text };
}

/** The program's whole stdout when run under the adapter without stopping (a baseline). */
export async function plainRun(path: string): Promise<string> {
  const other = await client();
  try {
    const out = collectOutput(other);
    const done = other.waitForEvent('terminated');
    await Promise.all([
      other.waitForEvent('initialized').then(() => other.configurationDoneRequest()),
      other.initializeRequest(),
      other.launchRequest({ program: path } as DebugProtocol.LaunchRequestArguments),
    ]);
    await done;
    return out.text();
  } finally { await other.stop(); }
}

/** The next 'stopped' or 'terminated' event, whichever comes first (no timer left behind). */
export function stopOrEnd(dc: DebugClient, timeoutMs = 60000): Promise<DebugProtocol.Event> {
  return new Promise((resolve, reject) => {
    const on = (e: DebugProtocol.Event) => { cleanup(); resolve(e); };
    const timer = setTimeout(() => { cleanup(); reject(new Error('neither stopped nor terminated')); }, timeoutMs);
    const cleanup = () => { clearTimeout(timer); dc.removeListener('stopped', on); dc.removeListener('terminated', on); };
    dc.once('stopped', on);
    dc.once('terminated', on);
  });
}

/**
 * Resolves at the first `refscope.checkpoints` event that satisfies `ok`; call before the request that
 * causes it. Where spares wait depends on timing (a spare that got ahead of its place is refused and
 * none is started again at that stop), so after `timeoutMs` it resolves null and says so: going back
 * then re-runs from the start, and the caller's assertions on the state reached still hold.
 */
export function checkpointState<S>(dc: DebugClient, ok: (s: S) => boolean, timeoutMs = 60_000): Promise<S | null> {
  return new Promise((resolve) => {
    let last: S | null = null;
    const on = (e: DebugProtocol.Event) => {
      const s = e.body as S;
      last = s;
      if (!ok(s)) return;
      clearTimeout(timer);
      dc.removeListener('refscope.checkpoints', on);
      resolve(s);
    };
    const timer = setTimeout(() => {
      dc.removeListener('refscope.checkpoints', on);
      console.log(`# no such checkpoint state within ${timeoutMs / 1000} s (last: ${JSON.stringify(last)}): going back re-runs from the start`);
      resolve(null);
    }, timeoutMs);
    dc.on('refscope.checkpoints', on);
  });
}

/** The next Heap view snapshot the adapter sends for line event `step`. */
export function heapSnapshotAt(dc: DebugClient, step: number): Promise<unknown> {
  return new Promise((resolve) => {
    const on = (e: DebugProtocol.Event) => {
      if ((e.body as { step: number }).step !== step) return;
      dc.removeListener('refscope.heap', on);
      resolve(e.body);
    };
    dc.on('refscope.heap', on);
  });
}
