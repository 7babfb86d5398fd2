// The server side of the analysis worker: one worker thread, one run at a time,
// the newest version of each document queued (an older queued one is replaced, a
// running older one cancelled). The worker has a heap limit; a run that exceeds it,
// overruns its time budget inside one long operation, or crashes the thread ends
// with a "failed" outcome and a fresh worker takes the next job: the server's own
// thread never runs Python and never goes down with it.

import { Worker } from 'node:worker_threads';
import type { AnalysisResult } from './facts';
import type { RunReply, RunRequest, WorkerData } from './worker';
import { WORKER_LOADER, codeCacheDir } from './workerLoader';

export type Outcome =
  | { kind: 'result'; result: AnalysisResult }
  | { kind: 'cancelled' }
  | { kind: 'failed'; reason: string };

export interface Job {
  /** One job per key (the document URI): a newer job replaces or cancels an older one. */
  key: string;
  source: string;
  filename: string;
  maxSteps: number;
  timeBudgetMs: number;
  done(outcome: Outcome): void;
}

/** How long a cancelled run may take to notice before its thread is terminated. */
const CANCEL_GRACE_MS = 250;
/** Beyond the budgets (run and cycle replay), time allowed for parsing, compiling and handing the result back. */
const HARD_LIMIT_SLACK_MS = 1500;

interface Running { id: number; job: Job; started: number; killTimer: NodeJS.Timeout; cancelTimer: NodeJS.Timeout | null }

export class AnalysisRunner {
  private worker: Worker | null = null;
  /** The current thread's "a run was sent" flag (see WorkerData.pending). */
  private pendingFlag = new Int32Array(new SharedArrayBuffer(4));
  private readonly cacheDir = codeCacheDir();
  private readonly cancelFlag = new Int32Array(new SharedArrayBuffer(4));
  private running: Running | null = null;
  private readonly queue = new Map<string, Job>();
  private nextId = 1;
  private disposed = false;
  /** Threads that died in a row while idle (not running any program): past a few, stop starting new ones. */
  private lostInARow = 0;

  /**
   * `log`: what the user should see (a thread lost or terminated); `trace`: each run's start and
   * end (the LSP trace log: off unless the client asks for it). `workerFile`: the analysis
   * bundle (dist/runtimeThread.js); its thread starts at once.
   */
  constructor(
    private readonly workerFile: string,
    private memoryLimitMb: number,
    private readonly log: (message: string) => void,
    private readonly trace: (message: string) => void = () => undefined,
  ) {
    this.spawn();
  }

  /** Run `job` after the jobs of other keys already queued; an older job of the same key is dropped or cancelled. */
  submit(job: Job): void {
    const old = this.queue.get(job.key);
    if (old) { this.queue.delete(job.key); old.done({ kind: 'cancelled' }); }
    this.cancelRunning(job.key);
    this.queue.set(job.key, job);
    this.pump();
  }

  /** Drop the queued job of `key` and cancel its run, if any. */
  cancel(key: string): void {
    const old = this.queue.get(key);
    if (old) { this.queue.delete(key); old.done({ kind: 'cancelled' }); }
    this.cancelRunning(key);
  }

  /** A new heap limit applies from the next worker on: restart it now (its run, if any, is cancelled). */
  setMemoryLimit(mb: number): void {
    if (mb === this.memoryLimitMb) return;
    this.memoryLimitMb = mb;
    const r = this.running;
    if (r) this.finish(r, { kind: 'cancelled' });
    this.restart();
  }

  /** True while a run is going (for tests and logs). */
  get busy(): boolean { return this.running !== null; }

  dispose(): void {
    this.disposed = true;
    for (const job of this.queue.values()) job.done({ kind: 'cancelled' });
    this.queue.clear();
    if (this.running) this.finish(this.running, { kind: 'cancelled' });
    void this.worker?.terminate();
    this.worker = null;
  }

  private spawn(): void {
    this.pendingFlag = new Int32Array(new SharedArrayBuffer(4));
    const data: WorkerData = {
      cancel: this.cancelFlag.buffer as SharedArrayBuffer, pending: this.pendingFlag.buffer,
      bundle: this.workerFile, cacheDir: this.cacheDir,
    };
    // stdout/stderr piped, not inherited: the server's stdout may be the LSP channel.
    const w = new Worker(WORKER_LOADER, {
      eval: true,
      workerData: data,
      resourceLimits: { maxOldGenerationSizeMb: this.memoryLimitMb },
      stdout: true,
      stderr: true,
    });
    w.stdout.resume();
    w.stderr.on('data', (chunk: Buffer) => this.log(`analysis worker: ${chunk.toString('utf8').trimEnd()}`));
    w.on('message', (reply: RunReply) => this.onReply(w, reply));
    w.on('error', (e: Error & { code?: string }) => this.onWorkerGone(w, e.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? `the run needed more than ${this.memoryLimitMb} MB (refscope.languageServer.memoryLimitMb)`
      : `the analysis thread failed: ${e.message}`));
    w.on('exit', (code) => this.onWorkerGone(w, `the analysis thread exited (code ${code})`));
    w.unref();
    this.worker = w;
  }

  private restart(): void {
    const old = this.worker;
    this.worker = null;
    if (old) void old.terminate();
    if (this.disposed) return;
    if (this.lostInARow > 5) {
      this.log('the analysis thread died 5 times in a row without running anything: RefScope stops running files');
      return;
    }
    this.spawn();
  }

  private pump(): void {
    if (this.running || this.disposed || this.worker === null) return;
    const next = this.queue.entries().next();
    if (next.done) return;
    const [key, job] = next.value;
    this.queue.delete(key);
    const id = this.nextId++;
    const hardMs = 2 * job.timeBudgetMs + HARD_LIMIT_SLACK_MS;
    const killTimer = setTimeout(() => {
      const r = this.running;
      if (r === null || r.id !== id) return;
      this.log(`run of ${job.filename} overran its budget: terminating the analysis thread`);
      this.finish(r, { kind: 'failed', reason: `RefScope stopped the run after ${hardMs} ms (time budget ${job.timeBudgetMs} ms)` });
      this.restart();
      this.pump();
    }, hardMs);
    this.running = { id, job, started: Date.now(), killTimer, cancelTimer: null };
    this.trace(`run ${id} of ${job.filename}: started`);
    const req: RunRequest = { id, source: job.source, filename: job.filename, maxSteps: job.maxSteps, timeBudgetMs: job.timeBudgetMs };
    Atomics.store(this.pendingFlag, 0, 1);
    this.worker.postMessage(req);
  }

  private cancelRunning(key: string): void {
    const r = this.running;
    if (r === null || r.job.key !== key || r.cancelTimer !== null) return;
    Atomics.store(this.cancelFlag, 0, r.id);
    r.cancelTimer = setTimeout(() => {
      if (this.running !== r) return;
      this.log(`run of ${r.job.filename} did not stop when cancelled: terminating the analysis thread`);
      this.finish(r, { kind: 'cancelled' });
      this.restart();
      this.pump();
    }, CANCEL_GRACE_MS);
  }

  private finish(r: Running, outcome: Outcome): void {
    clearTimeout(r.killTimer);
    if (r.cancelTimer) clearTimeout(r.cancelTimer);
    if (this.running === r) this.running = null;
    const final: Outcome = r.cancelTimer !== null && outcome.kind === 'result' ? { kind: 'cancelled' } : outcome;
    this.trace(`run ${r.id} of ${r.job.filename}: ${final.kind} after ${Date.now() - r.started} ms`);
    try { r.job.done(final); } catch (e) {
      this.log(`analysis callback failed: ${(e as Error).stack ?? e}`);
    }
  }

  private onReply(w: Worker, reply: RunReply): void {
    const r = this.running;
    this.lostInARow = 0;
    if (w !== this.worker || r === null || r.id !== reply.id) return;
    this.finish(r, reply.kind === 'result' ? { kind: 'result', result: reply.result } : reply.kind === 'cancelled' ? { kind: 'cancelled' } : { kind: 'failed', reason: reply.reason });
    this.pump();
  }

  private onWorkerGone(w: Worker, reason: string): void {
    if (w !== this.worker) return; // terminated on purpose and already replaced
    this.log(reason);
    const r = this.running;
    if (r) this.finish(r, { kind: 'failed', reason });
    else this.lostInARow++;
    this.restart();
    this.pump();
  }
}
