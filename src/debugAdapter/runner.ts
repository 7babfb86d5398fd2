// The runner: a worker thread that owns one Runtime and executes the program,
// blocking synchronously at each stop (Atomics.wait) until the session sends a
// command. Pausing works through a shared flag the runtime polls.
// Execution is deterministic: going back in time is re-running to a step.

import { parentPort, workerData, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { prepareProgram } from '../runtime/program';
import { evaluateInFrame } from '../runtime/evaluate';
import { takeSnapshot } from '../runtime/inspect/snapshot';
import type { Frame } from '../runtime/vm/frame';
import type { TraceEvent } from '../runtime/vm/trace';
import { PyRaise } from '../runtime/objects/object';
import type { PyObject } from '../runtime/objects/object';
import { PyFunction } from '../runtime/objects/core';
import { PySyntaxError } from '../runtime/parse/errors';
import type { RunnerSetup, RunnerCommand, RunnerEvent, StopReason, SourceBreakpoint, StackFrameInfo } from './messages';

/** Shared Int32Array: [0] command counter (wake-up), [1] pause request. */
const { setup, shared, port } = workerData as { setup: RunnerSetup; shared: SharedArrayBuffer; port: MessagePort };
const flags = new Int32Array(shared);

function send(e: RunnerEvent): void {
  parentPort!.postMessage(e);
}

let seen = Atomics.load(flags, 0);
function waitCommand(): RunnerCommand {
  for (;;) {
    const m = receiveMessageOnPort(port);
    if (m !== undefined) return m.message as RunnerCommand;
    Atomics.wait(flags, 0, seen);
    seen = Atomics.load(flags, 0);
  }
}

type Mode = { kind: 'run' } | { kind: 'stepIn' } | { kind: 'next'; depth: number } | { kind: 'stepOut'; depth: number };
let mode: Mode = setup.stopOnEntry ? { kind: 'stepIn' } : { kind: 'run' };
let breakpoints = new Map<string, SourceBreakpoint[]>(Object.entries(setup.breakpoints));
let functionBreakpoints = new Set(setup.functionBreakpoints);
let exceptionFilters = new Set(setup.exceptionFilters);
const hitCounts = new Map<string, number>();
let evaluating = false;
let step = 0;
let lastBpHit = 0;

const prepared = prepareProgram(setup.source, setup.filename, {
  write(stream, text) {
    if (step <= setup.quietUntilStep || setup.reverseFrom > 0 || (setup.targetStep > 0 && step < setup.targetStep)) return;
    send({ type: 'output', category: stream, text });
  },
}, {
  argv: setup.argv,
  stdin: setup.stdin,
  maxSteps: setup.maxSteps,
  shouldHalt: () => {
    if (Atomics.load(flags, 1) === 1 && !evaluating) {
      Atomics.store(flags, 1, 0);
      pauseRequested = true;
    }
    return null;
  },
});
const rt = prepared.runtime;
rt.recordAllocLines = true;
let pauseRequested = false;

function depthOf(f: Frame): number {
  let d = 0;
  for (let x: Frame | null = f; x !== null; x = x.back) d++;
  return d;
}

function stackInfo(): StackFrameInfo[] {
  const out: StackFrameInfo[] = [];
  for (let f = rt.frame; f !== null; f = f.back) {
    const p = f.code.positions;
    const i = Math.max(0, f.lasti);
    out.push({
      name: f.code.qualname,
      filename: f.code.filename,
      line: f.lineno,
      column: p[4 * i + 2] >= 0 ? p[4 * i + 2] + 1 : 1,
      endLine: p[4 * i + 1] > 0 ? p[4 * i + 1] : f.lineno,
      endColumn: p[4 * i + 3] >= 0 ? p[4 * i + 3] + 1 : 1,
    });
  }
  return out;
}

function evalCondition(f: Frame, expr: string): boolean {
  evaluating = true;
  try {
    const v = evaluateInFrame(rt, f, expr);
    const b = rt.truthy(v);
    rt.decref(v);
    return b;
  } catch (e) {
    if (e instanceof PyRaise) { rt.decref(e.exc); return true; }
    if (e instanceof PySyntaxError) return true;
    throw e;
  } finally { evaluating = false; }
}

function interpolate(f: Frame, msg: string): string {
  return msg.replace(/\{([^{}]+)\}/g, (_, expr: string) => {
    evaluating = true;
    try {
      const v = evaluateInFrame(rt, f, expr);
      const s = rt.str(v);
      rt.decref(v);
      return s;
    } catch (e) {
      if (e instanceof PyRaise) { const s = rt.str(e.exc); rt.decref(e.exc); return `<${s}>`; }
      return '<error>';
    } finally { evaluating = false; }
  });
}

function hitConditionMet(cond: string, hits: number): boolean {
  const m = /^\s*(>=|<=|==|>|<|%)?\s*(\d+)\s*$/.exec(cond);
  if (!m) return true;
  const n = Number(m[2]);
  switch (m[1] ?? '>=') {
    case '>=': return hits >= n;
    case '<=': return hits <= n;
    case '==': return hits === n;
    case '>': return hits > n;
    case '<': return hits < n;
    case '%': return n > 0 && hits % n === 0;
  }
  return true;
}

function breakpointHit(f: Frame, line: number): boolean {
  const bps = breakpoints.get(f.code.filename);
  if (!bps) return false;
  let hit = false;
  for (const bp of bps) {
    if (bp.line !== line) continue;
    if (bp.condition && !evalCondition(f, bp.condition)) continue;
    const key = `${f.code.filename}:${line}:${bp.condition ?? ''}`;
    const hits = (hitCounts.get(key) ?? 0) + 1;
    hitCounts.set(key, hits);
    if (bp.hitCondition && !hitConditionMet(bp.hitCondition, hits)) continue;
    if (bp.logMessage) { if (!(setup.targetStep > 0 || setup.reverseFrom > 0)) send({ type: 'output', category: 'console', text: interpolate(f, bp.logMessage) + '\n' }); continue; }
    hit = true;
  }
  return hit;
}

function stop(reason: StopReason, exc?: PyObject): void {
  const ev: RunnerEvent = { type: 'stopped', reason, step, stack: stackInfo(), snapshot: takeSnapshot(rt, step, { maxObjects: 20000, maxEdges: 1000 }) };
  if (exc) ev.exception = { type: exc.type.name, message: rt.str(exc), traceback: rt.formatException(exc) };
  send(ev);
  for (;;) {
    const c = waitCommand();
    switch (c.cmd) {
      case 'continue': mode = { kind: 'run' }; return;
      case 'stepIn': mode = { kind: 'stepIn' }; return;
      case 'next': mode = { kind: 'next', depth: rt.frame ? depthOf(rt.frame) : 0 }; return;
      case 'stepOut': mode = { kind: 'stepOut', depth: rt.frame ? depthOf(rt.frame) : 0 }; return;
      case 'setBreakpoints': breakpoints.set(c.file, c.breakpoints); break;
      case 'setFunctionBreakpoints': functionBreakpoints = new Set(c.names); break;
      case 'setExceptionFilters': exceptionFilters = new Set(c.filters); break;
      case 'evaluate': evaluateCommand(c.id, c.expression, c.frame); break;
      case 'terminate': process.exit(0);
    }
  }
}

function evaluateCommand(id: number, expression: string, frameIndex: number): void {
  let f = rt.frame;
  for (let i = 0; i < frameIndex && f !== null; i++) f = f.back;
  if (f === null) { send({ type: 'evaluated', id, ok: false, error: 'no frame' }); return; }
  evaluating = true;
  try {
    const v = evaluateInFrame(rt, f, expression);
    send({ type: 'evaluated', id, ok: true, value: { repr: rt.repr(v), type: v.type.name, id: v.addr, refcnt: v.refcnt - 1, size: rt.getsizeof(v) } });
    rt.decref(v);
  } catch (e) {
    if (e instanceof PyRaise) { send({ type: 'evaluated', id, ok: false, error: `${e.exc.type.name}: ${rt.str(e.exc)}` }); rt.decref(e.exc); }
    else if (e instanceof PySyntaxError) send({ type: 'evaluated', id, ok: false, error: `SyntaxError: ${e.msg}` });
    else throw e;
  } finally { evaluating = false; }
}

rt.trace.setListener((e: TraceEvent) => {
  if (evaluating) return;
  if (e.kind === 'call') {
    const func = e.frame.func;
    if (functionBreakpoints.size > 0 && func instanceof PyFunction && (functionBreakpoints.has(func.name) || functionBreakpoints.has(func.qualname))) {
      pendingFunctionStop = true;
    }
    return;
  }
  if (e.kind === 'exception') {
    if (exceptionFilters.has('raised') && setup.targetStep === 0 && setup.reverseFrom === 0) stop('exception', e.exc);
    return;
  }
  if (e.kind !== 'line') return;
  step = e.step;
  const f = e.frame;
  if (setup.targetStep > 0) {
    if (step === setup.targetStep) { setup.targetStep = 0; stop('goto'); }
    return;
  }
  if (setup.reverseFrom > 0) {
    if (breakpointHit(f, e.line) && step < setup.reverseFrom) lastBpHit = step;
    if (step >= setup.reverseFrom - 1) {
      // Rewind target found: the runner is restarted by the session to stop there.
      send({ type: 'exited', code: -1000 - lastBpHit, step });
      process.exit(0);
    }
    return;
  }
  if (pendingFunctionStop) { pendingFunctionStop = false; stop('function breakpoint'); return; }
  if (pauseRequested) { pauseRequested = false; stop('pause'); return; }
  if (breakpointHit(f, e.line)) { stop('breakpoint'); return; }
  switch (mode.kind) {
    case 'stepIn': stop(step === 1 && setup.stopOnEntry ? 'entry' : 'step'); break;
    case 'next': if (depthOf(f) <= mode.depth) stop('step'); break;
    case 'stepOut': if (depthOf(f) < mode.depth) stop('step'); break;
    default: break;
  }
});
let pendingFunctionStop = false;

const result = prepared.run();
if (result.uncaught !== null && exceptionFilters.has('uncaught') && setup.targetStep === 0) {
  // The frames are gone by now; report the exception with the final heap.
  stop('exception', result.uncaught);
}
send({ type: 'exited', code: result.exitCode, step });
