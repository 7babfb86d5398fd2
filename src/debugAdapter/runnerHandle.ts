// The session's side of the runner: starts the worker thread, sends commands
// (waking it through the shared counter), requests pauses, awaits answers.
// A thread can be kept warm (loaded, waiting for its program), so a runner
// that re-executes from the start does not wait for a thread to start.

import { Worker, MessageChannel, type MessagePort } from 'node:worker_threads';
import { join } from 'node:path';
import type { RunnerSetup, RunnerCommand, RunnerEvent, Query, QueryResult } from './messages';

type Reply = Extract<RunnerEvent, { type: 'reply' }>;

/** Where the bundled runner lives (next to the adapter in dist/). Tests may override it. */
export const runnerScript = { path: join(__dirname, 'runtimeThread.js') };

interface Thread { worker: Worker; flags: Int32Array; port: MessagePort }

function spawn(): Thread {
  // [0] command counter, [1] pause request, [2] progress, [3] the event of the last history entry sent (see runner.ts).
  const shared = new SharedArrayBuffer(16);
  const channel = new MessageChannel();
  const worker = new Worker(runnerScript.path, {
    workerData: { shared, port: channel.port2 },
    transferList: [channel.port2],
    // Deep Python recursion (1000 frames) through native calls needs a big JS stack.
    resourceLimits: { stackSizeMb: 256, maxOldGenerationSizeMb: 4096 },
    stdout: false,
    stderr: false,
  });
  worker.on('error', () => { /* reported by the handle that adopts it */ });
  return { worker, flags: new Int32Array(shared), port: channel.port1 };
}

let warm: Thread | null = null;

/** Start a thread now (if none is waiting), for the next runner that re-executes from the start. */
export function prewarmRunner(): void {
  if (warm === null) warm = spawn();
}

/** Is a thread waiting, loaded? */
export function hasWarmRunner(): boolean {
  return warm !== null;
}

export function dropWarmRunner(): void {
  if (warm !== null) { void warm.worker.terminate(); warm.port.close(); warm = null; }
}

export class RunnerHandle {
  private readonly worker: Worker;
  private readonly flags: Int32Array;
  private readonly port: MessagePort;
  private readonly pending = new Map<number, (r: Reply) => void>();
  private seq = 0;
  private disposed = false;
  private exited = false;

  /** `ownThread`: start a thread of its own rather than take the warm one (spare runners, which live long). */
  constructor(setup: RunnerSetup, private onEvent: (e: RunnerEvent) => void, ownThread = false) {
    const t = (ownThread ? null : warm) ?? spawn();
    if (t === warm) warm = null;
    this.worker = t.worker;
    this.flags = t.flags;
    this.port = t.port;
    this.worker.on('message', (e: RunnerEvent) => {
      if (this.disposed) return;
      if (e.type === 'reply') {
        const cb = this.pending.get(e.id);
        this.pending.delete(e.id);
        cb?.(e);
        return;
      }
      this.onEvent(e);
    });
    this.worker.on('error', (err) => {
      if (this.disposed) return;
      this.failPending(`RefScope internal error: ${err.message}`);
      this.onEvent({ type: 'output', category: 'stderr', text: `RefScope internal error (please report): ${err.stack ?? err}\n` });
      this.onEvent({ type: 'exited', code: 70 });
    });
    this.worker.on('exit', () => { this.exited = true; this.failPending('The program has ended.'); });
    this.post(setup);
  }

  /** The thread has ended (or was ended): it answers nothing more. */
  get ended(): boolean {
    return this.disposed || this.exited;
  }

  /** Send the runner's events elsewhere from now on (a spare runner adopted by the session). */
  listen(onEvent: (e: RunnerEvent) => void): void {
    this.onEvent = onEvent;
  }

  /** The runner's progress: the last event it has run (at least). */
  progress(): number {
    return Atomics.load(this.flags, 2);
  }

  /** The event of the last history entry the runner has sent (0: none yet). Read after progress(). */
  historyEv(): number {
    return Atomics.load(this.flags, 3);
  }

  private post(message: unknown): void {
    this.port.postMessage(message);
    Atomics.add(this.flags, 0, 1);
    Atomics.notify(this.flags, 0);
  }

  private failPending(error: string): void {
    for (const [id, cb] of this.pending) cb({ type: 'reply', id, ok: false, error });
    this.pending.clear();
  }

  command(c: RunnerCommand): void {
    if (this.disposed) return;
    this.post(c);
  }

  pause(): void {
    Atomics.store(this.flags, 1, 1);
  }

  /** Ask the stopped runner something; rejects with the runner's error message. */
  query(query: Query): Promise<{ body: QueryResult; dirty: boolean }> {
    return new Promise((resolve, reject) => {
      if (this.disposed) { reject(new Error('The program has ended.')); return; }
      const id = ++this.seq;
      this.pending.set(id, (r) => {
        if (r.ok && r.body) resolve({ body: r.body, dirty: r.dirty === true });
        else { const e = new Error(r.error ?? 'error') as Error & { dirty?: boolean }; e.dirty = r.dirty === true; reject(e); }
      });
      this.command({ cmd: 'query', id, query });
    });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.failPending('The program has ended.');
    void this.worker.terminate();
    this.port.close();
  }
}
