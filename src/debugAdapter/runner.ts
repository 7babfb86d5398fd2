// The runner: a worker thread that owns one Runtime and executes the program,
// blocking synchronously at each stop (Atomics.wait) until the session sends a
// command. Pausing works through a shared flag checked at every line event.
//
// Execution is deterministic, so going back in time is re-running to an event
// number (see Point in messages.ts) with the recorded history of debugger
// changes replayed where they happened. A spare runner (setup.park) does that
// re-execution ahead of time and waits at a checkpoint (checkpoints.ts).

import { workerData, parentPort, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { prepareProgram } from '../runtime/program';
import { takeSnapshot } from '../runtime/inspect/snapshot';
import type { Frame } from '../runtime/vm/frame';
import type { TraceEvent } from '../runtime/vm/trace';
import type { PyObject } from '../runtime/objects/object';
import { Op } from '../runtime/compile/opcodes';
import type {
  RunnerSetup, RunnerCommand, RunnerEvent, StopReason, Point, HistoryEntry, HistoryAction, BreakpointConfig,
  ExceptionStopInfo, FunctionBreakpointSpec, ResumeKind, Adoption, DataHit,
} from './messages';
import { Inspector } from './inspect';
import { Evaluator } from './evaluator';
import { BreakpointState } from './runnerBreakpoints';
import { QueryHandler, QueryError } from './queries';
import { stackInfo, raisedExceptionInfo } from './runnerStack';
import { DataWatch } from './runnerDataBreakpoints';
import { WatchedObjects } from './watchedObjects';
import { DataInfoResolver } from './dataBreakpointInfo';

/**
 * Shared Int32Array: [0] command counter (wake-up), [1] pause request, [2] progress (the last event run; a spare
 * runner that follows the program reads the program's), [3] the event of the last history entry this runner sent.
 */
const { shared, port } = workerData as { shared: SharedArrayBuffer; port: MessagePort };
const flags = new Int32Array(shared);

/** The thread may be started before its program is known (a thread kept warm): the first message is the setup. */
const setup = ((): RunnerSetup => {
  for (;;) {
    const counter = Atomics.load(flags, 0);
    const m = receiveMessageOnPort(port);
    if (m !== undefined) return m.message as RunnerSetup;
    Atomics.wait(flags, 0, counter);
  }
})();

function send(e: RunnerEvent): void {
  parentPort!.postMessage(e);
}

// ---- program output: held until the next line event or stop, so the traceback of an uncaught
// exception can be shown after the stop at its raise; output shown before is not shown again.
let quiet = setup.quietChars;
/** Characters of program output written so far, shown or not (an adopted spare learns how many were shown). */
let written = 0;
let pending: Array<{ category: 'stdout' | 'stderr'; text: string }> = [];
function write(stream: 'stdout' | 'stderr', text: string): void {
  written += text.length;
  if (quiet > 0) {
    if (text.length <= quiet) { quiet -= text.length; return; }
    text = text.slice(quiet);
    quiet = 0;
  }
  const last = pending[pending.length - 1];
  if (last && last.category === stream) last.text += text;
  else pending.push({ category: stream, text });
}
function flushOutput(): void {
  for (const p of pending) send({ type: 'output', category: p.category, text: p.text });
  pending = [];
}

// ---- commands
/** The command counter as last seen (-1: commands may have arrived before this thread started). */
let seen = -1;
/** The next command; null if none came within `timeoutMs`. */
function waitCommand(timeoutMs = Infinity): RunnerCommand | null {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const m = receiveMessageOnPort(port);
    if (m !== undefined) return m.message as RunnerCommand;
    const left = deadline - performance.now();
    if (left <= 0) return null;
    Atomics.wait(flags, 0, seen, left === Infinity ? undefined : left);
    seen = Atomics.load(flags, 0);
  }
}

/** How long the session must be quiet after a stop before the heap snapshot is taken and sent. */
const HEAP_IDLE_MS = 40;

let evaluatorRef: Evaluator | null = null;
const prepared = prepareProgram(setup.source, setup.filename, { write }, {
  argv: setup.argv,
  stdin: setup.stdin,
  maxSteps: setup.maxSteps,
  shouldHalt: () => evaluatorRef?.halt() ?? null,
});
const rt = prepared.runtime;
rt.recordAllocLines = true;
const evaluator = new Evaluator(rt);
evaluatorRef = evaluator;
const inspector = new Inspector(rt);
let dirty = false;
let current: Point = { kind: 'line', step: 0, ev: 0 };
/** The objects data breakpoints watch, shared by the breakpoints replayed and a reverse-continue scan's. */
const watched = new WatchedObjects(rt, () => events);
const dataInfo = new DataInfoResolver(rt, inspector, evaluator, watched, () => current.ev);
const queries = new QueryHandler(rt, inspector, evaluator, {
  record: (action) => record(action, current, 'stop'),
  markDirty: () => { dirty = true; },
  flushOutput,
  dataInfo: (q) => dataInfo.answer(q),
});
const breakpoints = (config: BreakpointConfig): BreakpointState => new BreakpointState(config, evaluator, new DataWatch(rt, watched));

// ---- run state
type Mode = { kind: 'run' } | { kind: 'stepIn' } | { kind: 'next'; depth: number } | { kind: 'stepOut'; depth: number };
let mode: Mode = setup.stopOnEntry ? { kind: 'stepIn' } : { kind: 'run' };
let firstStop = true;
/** Line events so far, and all stop-able events so far (line, exception raised, return). */
let step = 0;
let events = 0;
/** The last exception raised, and the event each exception object was first raised at. */
let lastExc: PyObject | null = null;
const raisedAt = new WeakMap<PyObject, number>();
/** A spare runner until adopted: it re-executes unseen and waits at `parkAt`. */
let spare = setup.park !== null;
let parkAt = setup.park;
let replaying = setup.target !== null || setup.reverseFrom > 0 || spare;
const bps = breakpoints(replaying ? setup.initialConfig : setup.config);
/** Reverse-continue: the breakpoints to look for (the current ones) and the last event one was hit at. */
let scanBps = setup.reverseFrom > 0 ? breakpoints(setup.config) : null;
let scanLastHit: number | null = null;
let scanLastData: DataHit | undefined;
/** Where the scan started (a spare adopted to scan starts at its checkpoint). */
let scanFrom = 0;
let pendingFunction: { spec: FunctionBreakpointSpec | null; scan: FunctionBreakpointSpec | null } | null = null;
/** For stepBack (the reverse of `next`): the call depth and the event number of each line event. */
let depthLog = new Uint16Array(1 << 12);
let eventLog = new Uint32Array(1 << 12);
let history = setup.history;
let nextEntry = 0;

function record(action: HistoryAction, at: Point, phase: 'pre' | 'stop'): void {
  send({ type: 'history', entry: { at: { ...at }, phase, action } });
  // Stored after the entry is sent: a session that reads progress and then this knows whether it has every entry so far.
  Atomics.store(flags, 3, at.ev);
}

function applyConfig(config: BreakpointConfig, at: Point, phase: 'pre' | 'stop'): void {
  if (bps.sameAs(config)) return;
  bps.set(config);
  record({ kind: 'config', config }, at, phase);
}

/** Frames hidden above the one shown: at a return the returning frame is gone for the user (stepping out). */
function hiddenAt(at: Point): number {
  return at.kind === 'return' ? 1 : 0;
}

/** Re-apply the recorded changes made at this point (in the same phase). */
function replay(at: Point, phase: 'pre' | 'stop'): void {
  while (nextEntry < history.length) {
    const e: HistoryEntry = history[nextEntry];
    if (e.at.ev !== at.ev || e.phase !== phase) return;
    nextEntry++;
    if (e.action.kind === 'config') bps.set(e.action.config);
    else {
      inspector.reset(hiddenAt(at));
      const f = inspector.frameAt(e.action.frame);
      if (f === null) continue;
      const r = evaluator.run(f, e.action.code, true);
      if (r.ok) rt.decref(r.value);
    }
  }
}

/** While running: apply breakpoint changes sent meanwhile (recorded at this line event). */
function pollCommands(at: Point): void {
  if (Atomics.load(flags, 0) === seen) return;
  seen = Atomics.load(flags, 0);
  for (let m = receiveMessageOnPort(port); m !== undefined; m = receiveMessageOnPort(port)) {
    const c = m.message as RunnerCommand;
    if (c.cmd === 'config') applyConfig(c.config, at, 'pre');
    else if (c.cmd === 'terminate') process.exit(0);
    else if (c.cmd === 'query') send({ type: 'reply', id: c.id, ok: false, error: 'The program is running.' });
  }
}

function resume(how: ResumeKind, hidden: number): void {
  const depth = rt.depth - hidden;
  switch (how) {
    case 'continue': mode = { kind: 'run' }; break;
    case 'stepIn': mode = { kind: 'stepIn' }; break;
    case 'next': mode = { kind: 'next', depth }; break;
    case 'stepOut': mode = { kind: 'stepOut', depth }; break;
  }
}

/** Where stepBack from `at` goes: the start of the line being run, or the last line event at this depth or outer. */
function backFrom(at: Point): number {
  if (at.kind !== 'line') return at.step > 0 ? eventLog[at.step] : 0;
  const d = depthLog[at.step];
  for (let s = at.step - 1; s >= 1; s--) if (depthLog[s] <= d) return eventLog[s];
  return 0;
}

/** Stop here: tell the session, then answer its commands until it resumes the program. */
function stopAt(at: Point, reason: StopReason, silent: boolean, exception?: ExceptionStopInfo, data?: DataHit): void {
  flushOutput();
  current = at;
  firstStop = false;
  const hidden = hiddenAt(at);
  inspector.reset(hidden);
  send({ type: 'stopped', reason, silent, at, back: backFrom(at), stack: stackInfo(rt, at.kind === 'line', hidden), ...(exception ? { exception } : {}), ...(data ? { data } : {}) });
  let heapSent = silent;
  for (;;) {
    const c = waitCommand(heapSent ? Infinity : HEAP_IDLE_MS);
    if (c === null) {
      heapSent = true;
      send({ type: 'heap', step: at.step, snapshot: takeSnapshot(rt, at.step, { maxObjects: 20000, maxEdges: 1000 }) });
      continue;
    }
    if (c.cmd === 'resume') { resume(c.how, hidden); break; }
    if (c.cmd === 'config') applyConfig(c.config, at, 'stop');
    else if (c.cmd === 'terminate') process.exit(0);
    else if (c.cmd === 'query') {
      const wasDirty = dirty;
      try {
        const body = queries.answer(c.query);
        send({ type: 'reply', id: c.id, ok: true, body, dirty: dirty && !wasDirty });
      } catch (e) {
        flushOutput();
        if (!(e instanceof QueryError)) dirty = true;
        send({ type: 'reply', id: c.id, ok: false, error: e instanceof Error ? e.message : String(e), dirty: dirty && !wasDirty });
      }
    }
  }
  evaluator.releaseScratch();
  inspector.reset(0);
}

/** The re-execution reached its target: from here on the program runs with the current breakpoints. */
function reachTarget(at: Point): void {
  replaying = false;
  replay(at, 'stop');
  history.length = nextEntry;
  applyConfig(setup.config, at, 'stop');
  Atomics.store(flags, 1, 0);
  stopAt(at, setup.targetReason ?? 'goto', setup.targetReason === null, at.kind === 'exception' ? setup.targetException : undefined);
}

/** While re-executing: the target, or else the changes recorded here. True when this was the target. */
function replayed(at: Point): boolean {
  if (spare) spareAt(at);
  if (setup.target !== null && at.ev === setup.target.ev) { reachTarget(at); return true; }
  replay(at, 'stop');
  evaluator.releaseScratch();
  return false;
}

function endScan(): never {
  send({ type: 'scanned', lastHit: scanLastHit, from: scanFrom, ...(scanLastData ? { data: scanLastData } : {}) });
  process.exit(0);
}

// ---- spare (checkpoint) runners: the session's side is checkpoints.ts

/** The number of the last command a spare handled (its setup is 0). */
let spareCommandNo = 0;

function refuse(): never {
  send({ type: 'refused' });
  process.exit(0);
}

/** The history entries already replayed are the same in `next` (the session only appends and cuts later ones). */
function samePast(next: HistoryEntry[]): boolean {
  return next.length >= nextEntry && JSON.stringify(next.slice(0, nextEntry)) === JSON.stringify(history.slice(0, nextEntry));
}

/** Become the program's runner at `at` (its events so far were unseen). */
function adopt(run: Adoption, at: Point): void {
  if ((run.target !== null && run.target.ev < at.ev) || (run.reverseFrom > 0 && run.reverseFrom <= at.ev) || !samePast(run.history)) refuse();
  // A scan for data breakpoints compares each line event with the one before: it can only take over at a line event.
  if (run.reverseFrom > 0 && at.kind !== 'line' && (run.config.dataBreakpoints?.length ?? 0) > 0) refuse();
  Object.assign(setup, run);
  history = run.history;
  quiet = Math.max(0, run.quietChars - written);
  if (run.reverseFrom > 0) { scanBps = breakpoints(run.config); scanFrom = at.ev; }
  spare = false;
  parkAt = null;
}

function spareCommand(c: RunnerCommand, at: Point): void {
  switch (c.cmd) {
    case 'park':
      spareCommandNo = c.n;
      if (c.ev < at.ev || !samePast(c.history)) refuse();
      parkAt = c.ev;
      history = c.history;
      break;
    case 'hold': spareCommandNo = c.n; parkAt = at.ev; break;
    case 'adopt': adopt(c.run, at); break;
    case 'terminate': process.exit(0); break;
    case 'query': send({ type: 'reply', id: c.id, ok: false, error: 'The program is running.' }); break;
    default: break;
  }
}

/** A spare at event `at` (before the program starts: 0): tell its progress, take commands, wait here while parked. */
function spareAt(at: Point): void {
  Atomics.store(flags, 2, at.ev);
  let told = -1;
  while (spare) {
    if (parkAt === at.ev) {
      if (told !== spareCommandNo) { send({ type: 'parked', ev: at.ev, n: spareCommandNo }); told = spareCommandNo; }
      spareCommand(waitCommand()!, at);
      continue;
    }
    if (Atomics.load(flags, 0) === seen) return;
    seen = Atomics.load(flags, 0);
    for (let m = receiveMessageOnPort(port); m !== undefined && spare; m = receiveMessageOnPort(port)) spareCommand(m.message as RunnerCommand, at);
    if (parkAt !== at.ev) return;
  }
}

function onLine(f: Frame, line: number): void {
  // CPython 3.11 reports a function's RESUME as the 'call' event only, not as a line (ceval.c DO_TRACING).
  if (f.code.code[2 * f.lasti] === Op.RESUME) return;
  step++;
  events++;
  lastExc = null;
  if (step >= depthLog.length) {
    const d = new Uint16Array(depthLog.length * 2); d.set(depthLog); depthLog = d;
    const e = new Uint32Array(eventLog.length * 2); e.set(eventLog); eventLog = e;
  }
  depthLog[step] = Math.min(rt.depth, 0xffff);
  eventLog[step] = events;
  flushOutput();
  const at: Point = { kind: 'line', step, ev: events };
  Atomics.store(flags, 2, events);
  if (!replaying) pollCommands(at);
  replay(at, 'pre');
  if (scanBps !== null && events >= setup.reverseFrom) endScan();
  let fnHit = false;
  if (pendingFunction !== null) {
    const p = pendingFunction;
    pendingFunction = null;
    if (p.spec !== null) fnHit = bps.functionHit(f, p.spec).hit;
    if (scanBps !== null && p.scan !== null && scanBps.functionHit(f, p.scan).hit) { scanLastHit = events; scanLastData = undefined; }
  }
  const hits = bps.atLine(f, line);
  if (hits.broken) dirty = true;
  const dataHit = bps.data.active ? bps.data.check() : null;
  if (replaying) {
    if (scanBps !== null && scanBps.atLine(f, line).stop) { scanLastHit = events; scanLastData = undefined; }
    const scanData = scanBps !== null && scanBps.data.active ? scanBps.data.check() : null;
    if (scanData !== null) { scanLastHit = events; scanLastData = scanData; }
    replayed(at);
    return;
  }
  for (const text of hits.logs) send({ type: 'output', category: 'console', text: text + '\n' });
  let reason: StopReason | null = null;
  if (dataHit !== null) reason = 'data breakpoint';
  else if (fnHit) reason = 'function breakpoint';
  else if (hits.stop) reason = 'breakpoint';
  else if (Atomics.load(flags, 1) === 1) reason = 'pause';
  else {
    switch (mode.kind) {
      case 'stepIn': reason = firstStop && setup.stopOnEntry ? 'entry' : 'step'; break;
      case 'next': if (rt.depth <= mode.depth) reason = 'step'; break;
      case 'stepOut': if (rt.depth < mode.depth) reason = 'step'; break;
      default: break;
    }
  }
  if (reason === null) return;
  Atomics.store(flags, 1, 0);
  stopAt(at, reason, false, undefined, dataHit ?? undefined);
}

/** A frame returns (or a generator yields) to a Python caller: stepping out of it stops in the caller right there. */
function onReturn(f: Frame): void {
  if (f.back === null) return;
  events++;
  const at: Point = { kind: 'return', step, ev: events };
  if (replaying) { replayed(at); return; }
  const depth = rt.depth;
  const out = mode.kind === 'stepIn' || (mode.kind === 'next' && depth <= mode.depth) || (mode.kind === 'stepOut' && depth <= mode.depth);
  if (out) stopAt(at, 'step', false);
}

/** Exceptions the 'raised' filter does not stop for: iteration and generator control flow. */
function controlFlow(exc: PyObject): boolean {
  const t = rt.t;
  return exc.type.isSubtypeOf(t.StopIteration) || exc.type.isSubtypeOf(t.StopAsyncIteration) || exc.type.isSubtypeOf(t.GeneratorExit);
}

function onException(f: Frame, exc: PyObject): void {
  if (exc === lastExc) return; // the same exception unwinding into the caller (no line ran in between)
  lastExc = exc;
  events++;
  if (!raisedAt.has(exc)) raisedAt.set(exc, events);
  const at: Point = { kind: 'exception', step, ev: events };
  if (replaying) { replayed(at); return; }
  if (bps.has('raised') && !controlFlow(exc)) stopAt(at, 'exception', false, raisedExceptionInfo(rt, f, exc));
}

rt.trace.setListener((e: TraceEvent) => {
  if (evaluator.evaluating) return;
  switch (e.kind) {
    case 'call': {
      const spec = bps.functionAt(e.frame);
      const scan = scanBps?.functionAt(e.frame) ?? null;
      if (spec !== null || scan !== null) pendingFunction = { spec, scan };
      break;
    }
    case 'line': onLine(e.frame, e.line); break;
    case 'return': onReturn(e.frame); break;
    case 'exception': onException(e.frame, e.exc); break;
  }
});

let result;
if (spare) spareAt({ kind: 'line', step: 0, ev: 0 });
try {
  result = prepared.run();
} catch (e) {
  flushOutput();
  send({ type: 'output', category: 'stderr', text: `RefScope internal error (please report): ${e instanceof Error ? e.stack : String(e)}\n` });
  send({ type: 'exited', code: 70 });
  process.exit(0);
}
if (scanBps !== null) endScan();
const uncaught = result.uncaught;
if (uncaught !== null && !replaying && !setup.skipUncaughtStop && bps.has('uncaught') && !uncaught.type.isSubtypeOf(rt.t.SystemExit)) {
  // Show it where it was raised: the session re-runs the program to that point (the frames are gone by now).
  const traceback = rt.formatException(uncaught);
  const last = traceback.trimEnd().split('\n').pop() ?? uncaught.type.name;
  const at = raisedAt.get(uncaught);
  const info: ExceptionStopInfo = { typeName: uncaught.type.name, description: last, traceback, breakMode: 'unhandled' };
  if (at !== undefined) {
    pending = [];
    send({ type: 'uncaught', ev: at, info });
    process.exit(0);
  }
  stopAt({ kind: 'exception', step, ev: events }, 'exception', false, info);
}
flushOutput();
send({ type: 'exited', code: result.exitCode });
