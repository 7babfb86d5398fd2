// The session's side of the runner: starts the worker thread, sends commands
// (waking it through the shared counter), requests pauses, awaits evaluations.

import { Worker, MessageChannel } from 'node:worker_threads';
import { join } from 'node:path';
import type { RunnerSetup, RunnerCommand, RunnerEvent } from './messages';

type Evaluated = Extract<RunnerEvent, { type: 'evaluated' }>;

/** Where the bundled runner lives (next to the adapter in dist/). Tests may override it. */
export const runnerScript = { path: join(__dirname, 'debugRunner.js') };

export class RunnerHandle {
  private readonly worker: Worker;
  private readonly flags: Int32Array;
  private readonly port: MessageChannel['port1'];
  private readonly pending = new Map<number, (r: Evaluated) => void>();
  private disposed = false;

  constructor(setup: RunnerSetup, onEvent: (e: RunnerEvent) => void) {
    const shared = new SharedArrayBuffer(8);
    this.flags = new Int32Array(shared);
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.worker = new Worker(runnerScript.path, {
      workerData: { setup, shared, port: channel.port2 },
      transferList: [channel.port2],
      // Deep Python recursion (1000 frames) through native calls needs a big JS stack.
      resourceLimits: { stackSizeMb: 256, maxOldGenerationSizeMb: 4096 },
      stdout: false,
      stderr: false,
    });
    this.worker.on('message', (e: RunnerEvent) => {
      if (e.type === 'evaluated') {
        const cb = this.pending.get(e.id);
        this.pending.delete(e.id);
        cb?.(e);
        return;
      }
      onEvent(e);
    });
    this.worker.on('error', (err) => {
      if (this.disposed) return;
      onEvent({ type: 'output', category: 'stderr', text: `RefScope internal error (please report): ${err.stack ?? err}\n` });
      onEvent({ type: 'exited', code: 70, step: 0 });
    });
  }

  command(c: RunnerCommand): void {
    if (this.disposed) return;
    this.port.postMessage(c);
    Atomics.add(this.flags, 0, 1);
    Atomics.notify(this.flags, 0);
  }

  pause(): void {
    Atomics.store(this.flags, 1, 1);
  }

  evaluate(id: number, expression: string, frame: number): Promise<Evaluated> {
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.command({ cmd: 'evaluate', id, expression, frame });
    });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    void this.worker.terminate();
    this.port.close();
  }
}
