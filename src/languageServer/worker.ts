// The analysis worker thread: runs files on the simulated runtime off the server's
// message loop, so hovers and other requests are answered while a program runs.
// One run at a time. The server cancels a run by writing its id into a shared
// Int32Array; the runtime polls that between instructions (shouldHalt), so a
// cancelled run stops within a few thousand instructions. A run stuck in one long
// operation (a 10 MB parse, 10**10**7) is ended by the server terminating the thread.

import { parentPort, workerData } from 'node:worker_threads';
import { analyse } from './analysis';
import type { AnalysisResult } from './facts';

export interface RunRequest { id: number; source: string; filename: string; maxSteps: number; timeBudgetMs: number }
export type RunReply =
  | { id: number; kind: 'result'; result: AnalysisResult }
  | { id: number; kind: 'cancelled' }
  | { id: number; kind: 'failed'; reason: string };
export interface WorkerData { cancel: SharedArrayBuffer }

export function workerMain(): void {
  const port = parentPort;
  if (port === null) return;
  const cancel = new Int32Array((workerData as WorkerData).cancel);
  port.on('message', (req: RunRequest) => {
    const isCancelled = () => Atomics.load(cancel, 0) === req.id;
    let reply: RunReply;
    try {
      const result = analyse(req.source, req.filename, { maxSteps: req.maxSteps, timeBudgetMs: req.timeBudgetMs, isCancelled });
      reply = isCancelled() ? { id: req.id, kind: 'cancelled' } : { id: req.id, kind: 'result', result };
    } catch (e) {
      reply = { id: req.id, kind: 'failed', reason: `RefScope internal error: ${e instanceof Error ? e.message : String(e)}` };
    }
    port.postMessage(reply);
  });
}
