// Checkpoints for time travel: spare runners waiting at earlier points of the
// current timeline.
//
// Going back in time is deterministic re-execution (runner.ts): without
// checkpoints, every step back re-runs the program from its start, so it costs
// as much as the whole run so far. Here up to SPARES spare runners re-execute
// the same timeline ahead of time, unseen (no events, no output), and wait
// ("park") at checkpoints behind the point where the program is stopped: the
// nearest about CHECKPOINT_DISTANCE events back, the next twice as far. Going
// back to event T adopts the spare that waits (or has got) furthest without
// passing T: it re-executes on from there to T and becomes the program's
// runner, so a step back costs at most about CHECKPOINT_DISTANCE events
// whatever the step number. A spare that cannot serve (it had just passed T)
// refuses, and the session starts a runner from the beginning as before.
//
// What a spare replays is what any re-execution replays (the timeline's first
// breakpoint configuration and the recorded history of debugger changes up to
// its checkpoint); when it moves on or is adopted it gets the history up to
// the new point, so changes made after it parked (Debug Console edits, set
// value, breakpoint changes) are replayed where they happened. Program output
// it writes is counted, not shown: once adopted it shows only what the user
// has not seen yet.
//
// Spares work only while the program is stopped (they are held where they are
// while it runs, so they never slow it down) and one at a time, nearest
// checkpoint first. A spare only moves forward: when the program goes back
// before a spare's checkpoint, that spare is dropped and a new one starts from
// the beginning. Besides the program's own runtime (and the throwaway runner
// that evaluates watch expressions) at most SPARES runtimes are alive.

import type { RunnerSetup, RunnerEvent, HistoryEntry, Adoption, BreakpointConfig } from './messages';
import { RunnerHandle, hasWarmRunner } from './runnerHandle';

/** Events between the point where the program is stopped and its nearest checkpoint. */
export const CHECKPOINT_DISTANCE = 10_000;
/** Spare runners kept at most (each holds a whole runtime). */
export const SPARES = 2;

export interface CheckpointHost {
  /** Setup for a spare runner of the current timeline that parks at event `park` (history up to there, output unseen). */
  spareSetup(park: number): RunnerSetup;
  /** The recorded history up to event `ev` (what a spare moving on to `ev` replays). */
  historyUpTo(ev: number): HistoryEntry[];
  /** The checkpoints where spares wait changed (sent to the client as the `refscope.checkpoints` event). */
  changed(state: CheckpointState): void;
  /** Every spare waits where it should while the program is stopped: the processor is free for other work. */
  idle(): void;
}

/** Body of the adapter's custom `refscope.checkpoints` event: where spare runners wait (event numbers, latest first). */
export interface CheckpointState {
  /** The event the program is stopped at (null: it runs). */
  at: number | null;
  checkpoints: number[];
}

interface Spare {
  handle: RunnerHandle;
  /** The checkpoint it was last told to wait at. */
  park: number;
  /** Where it waits; null while it is on its way, or has been told to move or hold and has not answered yet. */
  parkedAt: number | null;
  /** The number of the last command sent to it (a 'parked' answer names the command it follows). */
  n: number;
}

/**
 * Can a reverse-continue scan start at a checkpoint? Only when no breakpoint has a hit condition: hit counts
 * start at the beginning of the program, and a scan started later would count fewer hits.
 */
export function scanMayStartLate(config: BreakpointConfig): boolean {
  const lines = Object.values(config.breakpoints).flat();
  return !lines.some((b) => b.hitCondition) && !config.functionBreakpoints.some((b) => b.hitCondition);
}

export class Checkpoints {
  private spares: Spare[] = [];
  /** The event the program is stopped at; null while it runs. */
  private stoppedAt: number | null = null;
  /** A spare failed while the program was stopped here: no new one starts until it stops elsewhere. */
  private failedAt: number | null = null;
  /** What was last reported (at first: no spare, nothing to report). */
  private reported = JSON.stringify({ at: null, checkpoints: [] });

  constructor(private readonly host: CheckpointHost, readonly distance = CHECKPOINT_DISTANCE, readonly count = SPARES) {}

  /** The program stopped at event `at`: spares at or past it are dropped, the others move up behind it, missing ones start. */
  stopped(at: number): void {
    this.stoppedAt = at;
    for (const s of [...this.spares]) if (s.parkedAt !== null && s.parkedAt >= at) this.remove(s);
    this.pump();
    this.report();
  }

  /** The program runs (or re-executes): spares on their way wait where they are. */
  running(): void {
    this.stoppedAt = null;
    for (const s of this.spares) if (s.parkedAt === null) s.handle.command({ cmd: 'hold', n: ++s.n });
  }

  /**
   * A runner for re-executing to event `limit` (or for a reverse-continue scan that starts after it): the spare
   * furthest along without passing it, told `run` and sending its events to `onEvent` from now on; null if none.
   * It may still answer 'refused' (it passed `limit` before it read this).
   */
  adopt(limit: number, run: Adoption, onEvent: (e: RunnerEvent) => void): RunnerHandle | null {
    let best: Spare | null = null;
    let bestAt = -1;
    for (const s of this.spares) {
      const at = s.parkedAt ?? s.handle.progress();
      // One that has not started running yet (its thread may still be loading) is no better than a warm thread.
      if (at === 0 && s.parkedAt === null && hasWarmRunner()) continue;
      if (at <= limit && at > bestAt) { best = s; bestAt = at; }
    }
    if (best === null) return null;
    this.spares = this.spares.filter((s) => s !== best);
    best.handle.listen(onEvent);
    best.handle.command({ cmd: 'adopt', run });
    this.report();
    return best.handle;
  }

  /** End every spare (a new timeline, or the session ends). */
  drop(): void {
    for (const s of this.spares) s.handle.dispose();
    this.spares = [];
    this.stoppedAt = null;
    this.failedAt = null;
    this.report();
  }

  /** Tell the host where spares wait now, if that changed. */
  private report(): void {
    const state: CheckpointState = {
      at: this.stoppedAt,
      checkpoints: this.spares.flatMap((s) => (s.parkedAt === null ? [] : [s.parkedAt])).sort((a, b) => b - a),
    };
    const text = JSON.stringify(state);
    if (text === this.reported) return;
    this.reported = text;
    this.host.changed(state);
  }

  /** Where the spares should wait while the program is stopped at `at`: one, two… distances back, never before 0 (once there). */
  private goals(at: number): number[] {
    const goals: number[] = [];
    for (let i = 1; i <= this.count; i++) {
      const g = Math.max(0, at - i * this.distance);
      if (goals.length === 0 || goals[goals.length - 1] > g) goals.push(g);
    }
    return goals;
  }

  /** Give the next spare its next job, if none is busy: the nearest checkpoint first. */
  private pump(): void {
    const at = this.stoppedAt;
    if (at === null || this.spares.some((s) => s.parkedAt === null)) return;
    const goals = this.goals(at);
    this.spares.sort((a, b) => b.park - a.park);
    // A spare more than a quarter of the distance behind its place moves up (fewer, longer moves).
    const slack = this.distance / 4;
    for (let i = 0; i < goals.length; i++) {
      const s = this.spares[i];
      if (s === undefined) {
        if (this.failedAt === at) break;
        this.start(goals[i]);
        return;
      }
      if (goals[i] - s.park > slack) { this.move(s, goals[i]); return; }
    }
    // More spares than places (the program went back near its start): the ones furthest back go.
    for (const s of this.spares.slice(goals.length)) this.remove(s);
    this.host.idle();
  }

  private start(park: number): void {
    const s: Spare = { handle: null as unknown as RunnerHandle, park, parkedAt: null, n: 0 };
    s.handle = new RunnerHandle(this.host.spareSetup(park), (e) => this.onSpareEvent(s, e), true);
    this.spares.push(s);
  }

  private move(s: Spare, ev: number): void {
    s.park = ev;
    s.parkedAt = null;
    s.handle.command({ cmd: 'park', ev, history: this.host.historyUpTo(ev), n: ++s.n });
  }

  private remove(s: Spare): void {
    s.handle.dispose();
    this.spares = this.spares.filter((x) => x !== s);
  }

  private onSpareEvent(s: Spare, e: RunnerEvent): void {
    if (!this.spares.includes(s)) return;
    switch (e.type) {
      case 'parked':
        if (e.n !== s.n) return; // it has been told something newer since
        s.parkedAt = e.ev;
        s.park = e.ev;
        if (this.stoppedAt !== null && e.ev >= this.stoppedAt) this.remove(s);
        this.pump();
        this.report();
        return;
      case 'exited': case 'refused': case 'uncaught': case 'scanned':
        // It could not get where it was sent (it always should: the timeline got there before).
        this.failedAt = this.stoppedAt;
        this.remove(s);
        this.pump();
        this.report();
        return;
      default:
        return;
    }
  }
}
