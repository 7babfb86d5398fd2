// Checkpoints for time travel: spare runners waiting at earlier points of the
// current timeline.
//
// Going back in time is deterministic re-execution (runner.ts): without
// checkpoints, every step back re-runs the program from its start, so it costs
// as much as the whole run so far. Here up to `count` spare runners re-execute
// the same timeline ahead of time, unseen (no events, no output), and wait
// ("park") at checkpoints behind the point where the program is: a ladder, the
// nearest about `distance` events back, each next one twice as far. Going back
// to event T adopts the spare that waits (or has got) furthest without passing
// T: it re-executes on from there to T and becomes the program's runner. The
// rungs behind then move up (each one only the gap to its new place), and a
// new spare starts from the beginning for the last rung; so several steps back
// in a row find a checkpoint close behind, at most twice as far each time. A
// spare that cannot serve (it had just passed T) refuses, and the session
// starts a runner from the beginning as before.
//
// While the program runs on (continue, a long step) the nearest spare follows
// it, `followGap` events behind what it has run, moved on every `followMs`: a
// step back right after a long run finds it close behind. It runs beside the
// program on another processor; with a single processor nothing follows.
// While the program re-executes to a target the ladder already moves toward
// that target. At most `busyRunning` spares work while the program runs,
// `busyStopped` while it is stopped (nearest rung first); the others wait.
//
// What a spare replays is what any re-execution replays (the timeline's first
// breakpoint configuration and the recorded history of debugger changes up to
// its checkpoint); when it moves on or is adopted it gets the history up to
// the new point, so changes made after it parked (Debug Console edits, set
// value, breakpoint changes) are replayed where they happened. A follower is
// only moved up to events whose history the session has (the runner marks the
// event of the last entry it sent). Program output a spare writes is counted,
// not shown: once adopted it shows only what the user has not seen yet.
//
// A spare only moves forward: when the program goes back before a spare's
// checkpoint, that spare is dropped. Besides the program's own runtime (and the
// throwaway runner that evaluates watch expressions, itself an adopted spare
// when one waits behind the stop) at most `count` runtimes are alive, and no
// new one starts while the adapter's resident memory is over `memoryLimit`.

import { availableParallelism } from 'node:os';
import type { RunnerSetup, RunnerEvent, HistoryEntry, Adoption, BreakpointConfig } from './messages';
import { RunnerHandle, hasWarmRunner } from './runnerHandle';

/** Events between the point where the program is stopped and its nearest checkpoint (the next ones: twice as far each). */
export const CHECKPOINT_DISTANCE = 5_000;
/** Spare runners kept at most (each holds a whole runtime). */
export const SPARES = 4;

export interface CheckpointTuning {
  distance: number;
  count: number;
  /** Spares that may re-execute at once while the program runs (0: none; they wait) and while it is stopped. */
  busyRunning: number;
  busyStopped: number;
  /** While the program runs on, the nearest spare follows this many events behind it, moved every `followMs`. */
  followGap: number;
  followMs: number;
  /** No new spare starts while the adapter's resident memory (bytes, all runners) is over this. */
  memoryLimit: number;
}

export function defaultTuning(): CheckpointTuning {
  const cores = availableParallelism();
  return {
    distance: CHECKPOINT_DISTANCE,
    count: SPARES,
    // The follower re-executes everything the program runs, on a second processor (on a busy
    // 2-processor machine that slows `continue`; bench/dap.mjs prints both).
    busyRunning: Math.min(1, cores - 1),
    busyStopped: Math.max(1, Math.min(2, cores - 1)),
    followGap: 1_000,
    followMs: 15,
    memoryLimit: 3 * 1024 ** 3,
  };
}

/**
 * The tuning with overrides from `text` (the adapter's REFSCOPE_CHECKPOINTS environment variable: JSON with any of
 * CheckpointTuning's fields, for benchmarks and experiments); malformed text is ignored.
 */
export function tuningFrom(text: string | undefined): Partial<CheckpointTuning> {
  if (!text) return {};
  try {
    const o = JSON.parse(text) as Record<string, unknown>;
    const keys = Object.keys(defaultTuning()) as Array<keyof CheckpointTuning>;
    return Object.fromEntries(keys.filter((k) => typeof o[k] === 'number' && o[k] >= 0).map((k) => [k, o[k]]));
  } catch { return {}; }
}

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

/**
 * How far the running program has got that a follower may be moved to: the events it has run, or null when that is
 * not known to be safe now (a history entry it sent has not arrived yet).
 */
export type FollowSource = () => number | null;

interface Spare {
  handle: RunnerHandle;
  /** The checkpoint it was last told to wait at. */
  park: number;
  /** Where it waits; null while it is on its way, or has been told to move or hold and has not answered yet. */
  parkedAt: number | null;
  /** The number of the last command sent to it (a 'parked' answer names the command it follows). */
  n: number;
}

/** What the program is doing, for the spares. */
type Phase =
  | { kind: 'idle' }
  | { kind: 'stopped'; at: number }
  /** Re-executing to event `to` (where it will stop). */
  | { kind: 'heading'; to: number }
  /** Running on; `follow` null: nothing follows (a reverse-continue scan). */
  | { kind: 'running'; follow: FollowSource | null };

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
  private phase: Phase = { kind: 'idle' };
  private timer: ReturnType<typeof setInterval> | null = null;
  /** A spare failed while the program was stopped here: no new one starts until it stops elsewhere. */
  private failedAt: number | null = null;
  /** What was last reported (at first: no spare, nothing to report). */
  private reported = JSON.stringify({ at: null, checkpoints: [] });
  readonly tuning: CheckpointTuning;

  constructor(private readonly host: CheckpointHost, tuning: Partial<CheckpointTuning> = {}) {
    this.tuning = { ...defaultTuning(), ...tuning };
  }

  /** The program stopped at event `at`: spares at or past it are dropped, the others move up behind it, missing ones start. */
  stopped(at: number): void {
    this.setPhase({ kind: 'stopped', at });
  }

  /** The program re-executes to event `to`: the ladder moves toward it meanwhile. */
  heading(to: number): void {
    this.setPhase({ kind: 'heading', to });
  }

  /** The program runs on: with `follow`, the nearest spare follows it; the others wait where they are. */
  running(follow: FollowSource | null): void {
    this.setPhase({ kind: 'running', follow });
  }

  /** Work out the spares' jobs again (a spare was adopted outside a change of phase). */
  refill(): void {
    this.pump();
    this.report();
  }

  /**
   * A runner for re-executing to event `limit` (or for a reverse-continue scan that starts after it): the spare
   * furthest along without passing it, told `run` and sending its events to `onEvent` from now on; null if none.
   * It may still answer 'refused' (it passed `limit` before it read this), unless `sure`: then only spares told to
   * wait at or before `limit` are taken.
   */
  adopt(limit: number, run: Adoption, onEvent: (e: RunnerEvent) => void, sure = false): RunnerHandle | null {
    let best: Spare | null = null;
    let bestAt = -1;
    for (const s of this.spares) {
      const at = s.parkedAt ?? (sure ? Math.min(s.park, s.handle.progress()) : s.handle.progress());
      if (sure && s.park > limit) continue;
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
    this.setTimer(false);
    this.phase = { kind: 'idle' };
    this.failedAt = null;
    this.report();
  }

  private setPhase(phase: Phase): void {
    this.phase = phase;
    const point = this.point();
    if (point !== null) {
      // Spares at or past the point are no use behind it; one told to go past it may have got there already.
      for (const s of [...this.spares]) if (s.park >= point && (s.parkedAt === null || s.parkedAt >= point)) this.remove(s);
    }
    if (phase.kind === 'running') {
      // Only the follower works while the program runs; the others wait where they have got to.
      const follower = phase.follow !== null && this.tuning.busyRunning > 0 ? this.top() : null;
      for (const s of this.spares) if (s !== follower && s.parkedAt === null) this.hold(s);
    }
    const following = phase.kind === 'running' && phase.follow !== null && this.tuning.busyRunning > 0;
    // A new run: the follower starts with it (at the beginning), so it keeps up from there.
    if (following && this.spares.length === 0 && this.memoryAllows()) this.start(0);
    this.setTimer(following);
    this.pump();
    this.report();
  }

  /** The point the ladder is built behind: where the program is stopped or is heading; null while it runs on. */
  private point(): number | null {
    return this.phase.kind === 'stopped' ? this.phase.at : this.phase.kind === 'heading' ? this.phase.to : null;
  }

  private setTimer(on: boolean): void {
    if (on && this.timer === null) {
      this.timer = setInterval(() => this.follow(), this.tuning.followMs);
      this.timer.unref?.();
    } else if (!on && this.timer !== null) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }

  /** The spare furthest along (by the checkpoint it was told), or null. */
  private top(): Spare | null {
    let best: Spare | null = null;
    for (const s of this.spares) if (best === null || s.park > best.park) best = s;
    return best;
  }

  /** While the program runs on: move the follower up behind it. */
  private follow(): void {
    if (this.phase.kind !== 'running' || this.phase.follow === null) return;
    const ran = this.phase.follow();
    const top = this.top();
    if (ran === null || top === null) return;
    const goal = ran - this.tuning.followGap;
    // Fewer, longer moves: only once the program is another gap ahead.
    if (top.parkedAt !== null && goal - top.park >= this.tuning.followGap) this.move(top, goal);
  }

  /** Where the spares should wait behind `at`: one, two, four… distances back, never before 0 (once there). */
  private goals(at: number): number[] {
    const goals: number[] = [];
    for (let i = 0; i < this.tuning.count; i++) {
      const g = Math.max(0, at - this.tuning.distance * 2 ** i);
      if (goals.length === 0 || goals[goals.length - 1] > g) goals.push(g);
    }
    return goals;
  }

  /** Give spares their next jobs, nearest rung first, as many at once as the phase allows. */
  private pump(): void {
    const at = this.point();
    if (at === null) return;
    const budget = this.phase.kind === 'stopped' ? this.tuning.busyStopped : this.tuning.busyRunning;
    let busy = this.spares.filter((s) => s.parkedAt === null).length;
    const goals = this.goals(at);
    this.spares.sort((a, b) => b.park - a.park);
    // More spares than places (the program went back near its start): the ones furthest back go.
    for (const s of this.spares.slice(goals.length)) this.remove(s);
    for (let i = 0; i < goals.length && busy < budget; i++) {
      const s = this.spares[i];
      if (s === undefined) {
        if (this.failedAt === at || !this.memoryAllows()) break;
        this.start(goals[i]);
        busy++;
        continue;
      }
      // A spare more than a quarter of its rung's distance behind its place moves up (fewer, longer moves).
      const slack = (this.tuning.distance * 2 ** i) / 4;
      if (s.parkedAt !== null && goals[i] - s.park > slack) { this.move(s, goals[i]); busy++; }
    }
    if (busy === 0 && this.phase.kind === 'stopped') this.host.idle();
  }

  private memoryAllows(): boolean {
    return process.memoryUsage.rss() < this.tuning.memoryLimit;
  }

  private start(park: number): void {
    if (this.spares.length >= this.tuning.count) return;
    const s: Spare = { handle: null as unknown as RunnerHandle, park, parkedAt: null, n: 0 };
    s.handle = new RunnerHandle(this.host.spareSetup(park), (e) => this.onSpareEvent(s, e), true);
    this.spares.push(s);
  }

  private move(s: Spare, ev: number): void {
    s.park = ev;
    s.parkedAt = null;
    s.handle.command({ cmd: 'park', ev, history: this.host.historyUpTo(ev), n: ++s.n });
  }

  private hold(s: Spare): void {
    s.handle.command({ cmd: 'hold', n: ++s.n });
  }

  private remove(s: Spare): void {
    s.handle.dispose();
    this.spares = this.spares.filter((x) => x !== s);
  }

  /** Tell the host where spares wait now, if that changed. */
  private report(): void {
    const state: CheckpointState = {
      at: this.phase.kind === 'stopped' ? this.phase.at : null,
      checkpoints: this.spares.flatMap((s) => (s.parkedAt === null ? [] : [s.parkedAt])).sort((a, b) => b - a),
    };
    const text = JSON.stringify(state);
    if (text === this.reported) return;
    this.reported = text;
    this.host.changed(state);
  }

  private onSpareEvent(s: Spare, e: RunnerEvent): void {
    if (!this.spares.includes(s)) return;
    switch (e.type) {
      case 'parked': {
        if (e.n !== s.n) return; // it has been told something newer since
        s.parkedAt = e.ev;
        s.park = e.ev;
        const point = this.point();
        if (point !== null && e.ev >= point) this.remove(s);
        this.pump();
        this.follow();
        this.report();
        return;
      }
      case 'exited': case 'refused': case 'uncaught': case 'scanned':
        // It could not get where it was sent (it always should: the timeline got there before).
        this.failedAt = this.point();
        this.remove(s);
        this.pump();
        this.report();
        return;
      default:
        return;
    }
  }
}
