// "Reference cycle closed here — only the cyclic GC can free it": the line whose
// execution closed a cycle of objects that the run later collects with the cyclic
// GC, or leaves alive when the program ends (whether a global still names it or
// not: once the program's globals go, only the GC can free it).
//
// Two runs of the same deterministic program:
//  1. The analysis run records the cyclic garbage: at each collection (the GC's
//     onCollect hook, before anything is cleared) and at exit (what a full
//     collection would find once the program's globals are gone), the strongly
//     connected components that hold a cycle.
//     Members are named by serial: the order in which the GC first tracked them
//     (the GC's onTrack hook). Addresses would not do: they are reused.
//  2. A replay tracks those serials again and, at every trace event, asks whether
//     the members allocated so far already refer to each other in a cycle; the first
//     time they do, the code that ran since the previous event closed it: that line.
// A cycle broken by hand (`a.other = None` before `del a`) is never garbage, so
// never reported.

import { ExecutionHalted, type PyObject } from '../runtime/objects/object';
import type { Runtime } from '../runtime/runtime';
import { PyModule } from '../runtime/objects/core';
import type { Frame } from '../runtime/vm/frame';
import { prepareProgram } from '../runtime/program';
import { cyclicComponents, hasCycle, unreachableAtExit, type WorkBudget } from './heapGraph';
import type { AnalysisDiagnostic } from './facts';
import type { Module } from '../runtime/parse/ast';

export const CYCLE_MESSAGE = 'reference cycle closed here — only the cyclic GC can free it';
/** At most this many cycles are followed (a loop making cycles repeats the same lines). */
const MAX_CYCLES = 2000;
/** Graph work (edges visited) the replay may spend checking for cycles. */
const REPLAY_WORK = 20_000_000;

export interface CyclicGarbage {
  /** Serials of the members, in the order the GC first tracked them. */
  serials: number[];
  /** e.g. "2 Node objects", "a list that refers to itself". */
  what: string;
  /** The line of the program file where a collection freed it, null if it is alive at exit. */
  collectedAt: number | null;
  /** Collected (true) or still alive at the end (false). */
  collected: boolean;
  /** Alive at the end because the run was stopped (budget), not because the program ended. */
  stopped: boolean;
}

/** Serial numbers for GC-tracked objects: the order of first tracking, the same in every run of a program. */
class Serials {
  private readonly seen = new WeakMap<PyObject, number>();
  private next = 0;
  constructor(rt: Runtime, onNew: ((o: PyObject, serial: number) => void) | null) {
    rt.gc.onTrack = (o) => {
      if (this.seen.has(o)) return;
      const s = this.next++;
      this.seen.set(o, s);
      if (onNew !== null) onNew(o, s);
    };
  }
  of(o: PyObject): number | undefined { return this.seen.get(o); }
}

/** The innermost line of `filename` on the stack starting at `frame` (`line` for `frame` itself). */
export function programLine(frame: Frame | null, line: number, filename: string): number | null {
  for (let f = frame, first = true; f !== null; f = f.back, first = false) {
    if (f.code.filename === filename) return first ? line : f.lineno;
  }
  return null;
}

function describe(members: PyObject[]): string {
  const name = members[0].type.name;
  if (members.length === 1) return `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name} that refers to itself`;
  const counts = new Map<string, number>();
  for (const o of members) counts.set(o.type.name, (counts.get(o.type.name) ?? 0) + 1);
  if (counts.size === 1) return `${members.length} ${members[0].type.name} objects`;
  return `${members.length} objects (${Array.from(counts, ([t, n]) => `${n} ${t}`).join(', ')})`;
}

/** Run 1: attach before the program runs; call finish() when it has ended. */
export class CycleRecorder {
  readonly garbage: CyclicGarbage[] = [];
  private readonly serials: Serials;

  constructor(private readonly rt: Runtime, private readonly filename: string) {
    this.serials = new Serials(rt, null);
    rt.gc.onCollect = (found) => {
      const f = rt.frame;
      this.record(found, f === null ? null : programLine(f, f.lineno, filename), true);
    };
  }

  /**
   * The cycles still alive when the program has ended (or the run was stopped): once its
   * globals go, only the GC can free them.
   */
  finish(stopped: boolean): void {
    this.rt.gc.onCollect = null;
    const main = this.rt.modules.loaded.get('__main__');
    if (this.garbage.length < MAX_CYCLES) this.record(unreachableAtExit(this.rt, main instanceof PyModule ? main.dict : null), null, false, stopped);
  }

  private record(found: readonly PyObject[], line: number | null, collected: boolean, stopped = false): void {
    if (this.garbage.length >= MAX_CYCLES) return;
    for (const members of cyclicComponents(found)) {
      const serials = members.map((o) => this.serials.of(o));
      if (serials.some((s) => s === undefined)) continue;
      this.garbage.push({ serials: serials as number[], what: describe(members), collectedAt: line, collected, stopped });
      if (this.garbage.length >= MAX_CYCLES) return;
    }
  }
}

export interface ReplayOptions { stdin: string; maxSteps: number; deadline: number; isCancelled: () => boolean }

/**
 * Run 2: replay the program and find, for each cyclic garbage, the program line that
 * closed its first cycle (null when not found: budget used up, or closed outside the file).
 */
export function locateClosures(source: string, filename: string, garbage: readonly CyclicGarbage[], options: ReplayOptions, tree?: Module): Array<number | null> {
  const closedAt: Array<number | null> = garbage.map(() => null);
  if (garbage.length === 0) return closedAt;
  const wanted = new Map<number, number>();
  garbage.forEach((g, i) => { for (const s of g.serials) wanted.set(s, i); });
  const members: Array<Set<PyObject>> = garbage.map(() => new Set());
  const active = new Set<number>();
  let unresolved = garbage.length;
  const budget: WorkBudget = { left: REPLAY_WORK };
  const prepared = prepareProgram(source, filename, { write: () => undefined }, {
    maxSteps: options.maxSteps,
    stdin: options.stdin,
    shouldHalt: () => (options.isCancelled() ? 'cancelled' : Date.now() > options.deadline ? 'time budget used up' : null),
  }, tree);
  const rt = prepared.runtime;
  new Serials(rt, (o, s) => {
    const i = wanted.get(s);
    if (i !== undefined && closedAt[i] === null) { members[i].add(o); active.add(i); }
  });
  // The code that runs between two trace events belongs to `running`.
  let running: { frame: Frame | null; line: number } = { frame: null, line: 0 };
  const check = () => {
    for (const i of active) {
      const live = members[i];
      for (const o of live) if (o.refcnt <= 0) live.delete(o);
      if (!hasCycle(live, budget)) continue;
      closedAt[i] = programLine(running.frame, running.line, filename);
      active.delete(i);
      live.clear();
      unresolved--;
    }
  };
  rt.trace.setListener((e) => {
    if (active.size > 0) check();
    if (e.kind === 'line') {
      // Everything found, or no work left: stop replaying (only at a line, between two instructions).
      if (unresolved === 0 || budget.left <= 0) throw new ExecutionHalted('');
      running = { frame: e.frame, line: e.line };
    } else if (e.kind === 'call') running = { frame: e.frame, line: e.frame.code.firstlineno };
    else if (e.kind === 'return') running = { frame: e.frame.back, line: e.frame.back?.lineno ?? 0 };
    else running = { frame: e.frame, line: e.frame.lineno };
  });
  try { prepared.run(); } catch { /* an internal error ends the replay: keep what was found */ }
  if (active.size > 0) check();
  rt.trace.setListener(null);
  return closedAt;
}

/** One diagnostic per closing line; several cycles closed by the same line (a loop) are counted. */
export function cycleDiagnostics(source: string, garbage: readonly CyclicGarbage[], closedAt: ReadonlyArray<number | null>): AnalysisDiagnostic[] {
  const byLine = new Map<number, CyclicGarbage[]>();
  garbage.forEach((g, i) => {
    const line = closedAt[i];
    if (line === null) return;
    if (!byLine.has(line)) byLine.set(line, []);
    byLine.get(line)!.push(g);
  });
  const lines = source.split('\n');
  const out: AnalysisDiagnostic[] = [];
  for (const [line, gs] of [...byLine].sort((a, b) => a[0] - b[0])) {
    const g = gs[0];
    const fate = g.collected
      ? (g.collectedAt !== null ? `the cyclic GC freed it at line ${g.collectedAt}` : 'the cyclic GC freed it')
      : g.stopped ? 'it was still alive when RefScope stopped the run' : 'it was still alive when the program ended';
    const times = gs.length > 1 ? ` (closed ${gs.length}${gs.length >= MAX_CYCLES ? '+' : ''} times here; the first: ${g.what}, ${fate})` : ` (${g.what}; ${fate})`;
    const text = (lines[line - 1] ?? '').replace(/\r$/, '');
    const col = Math.max(0, text.search(/\S/));
    out.push({ kind: 'cycle', line, col, endLine: line, endCol: Math.max(col + 1, text.trimEnd().length), message: CYCLE_MESSAGE + times });
  }
  return out;
}
