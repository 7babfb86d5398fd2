// The analysis worker thread: runs files on the simulated runtime off the server's
// message loop, so hovers and other requests are answered while a program runs.
// One run at a time. The server cancels a run by writing its id into a shared
// Int32Array; the runtime polls that between instructions (shouldHalt), so a
// cancelled run stops within a few thousand instructions. A run stuck in one long
// operation (a 10 MB parse, 10**10**7) is ended by the server terminating the thread.

import { parentPort, workerData } from 'node:worker_threads';
import { analyse } from './analysis';
import type { AnalysisResult } from './facts';
import type { LoaderData, LoaderHooks } from './workerLoader';

export interface RunRequest { id: number; source: string; filename: string; maxSteps: number; timeBudgetMs: number }
export type RunReply =
  | { id: number; kind: 'result'; result: AnalysisResult }
  | { id: number; kind: 'cancelled' }
  | { id: number; kind: 'failed'; reason: string };
export interface WorkerData extends LoaderData {
  /** Int32 [0]: the id of the run to cancel (shared by every thread of a runner). */
  cancel: SharedArrayBuffer;
  /** Int32 [0]: non-zero once the server has sent this thread a run (the warm-up then stops). */
  pending: SharedArrayBuffer;
}

/**
 * Run once when the thread starts, before any file: the parser, compiler and eval loop
 * are cold (not yet optimised by V8) and the first real run would take twice as long.
 */
const WARM_UP = `import gc
class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt

def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head

def total(node, acc=[]):
    s = 0
    while node is not None:
        s += node.value
        node = node.next
    acc.append(s)
    return s

data = {str(k): [k, k * 2, (k, "x")] for k in range(20)}
words = " ".join(sorted(data)).split()
squares = [x * x for x in range(30) if x % 3]
try:
    data["missing"]
except KeyError as e:
    err = str(e)
a = Node(1); b = Node(2, a); a.next = b
del a, b
print(total(build(50)), total(build(5)), len(words), sum(squares), gc.collect())
`;

/** The thread's entry, called by the loader (workerLoader.ts) once the bundle is loaded. */
export function workerMain(hooks: LoaderHooks): void {
  const port = parentPort;
  if (port === null) return;
  const data = workerData as WorkerData;
  const cancel = new Int32Array(data.cancel);
  const pending = new Int32Array(data.pending);
  let warm = false;
  let analysedOnce = false;
  const afterAnalysis = () => {
    if (analysedOnce) return;
    analysedOnce = true;
    // After postMessage: the server already has the answer while this thread writes.
    hooks.analysedOnce();
  };
  const warmUp = () => {
    if (warm) return;
    warm = true;
    // A file to analyse comes first: the warm-up stops as soon as one has been sent (a first
    // run waiting for a warm-up of its own cold code would only be later).
    if (Atomics.load(pending, 0) !== 0) return;
    try {
      analyse(WARM_UP, '<warm-up>', { maxSteps: 10000, timeBudgetMs: 1000, isCancelled: () => Atomics.load(pending, 0) !== 0 });
    } catch { /* only a warm-up */ }
    afterAnalysis();
  };
  // After the first message if one is already waiting, else at once.
  setImmediate(warmUp);
  port.on('message', (req: RunRequest) => {
    warm = true;
    const isCancelled = () => Atomics.load(cancel, 0) === req.id;
    let reply: RunReply;
    try {
      const result = analyse(req.source, req.filename, { maxSteps: req.maxSteps, timeBudgetMs: req.timeBudgetMs, isCancelled });
      reply = isCancelled() ? { id: req.id, kind: 'cancelled' } : { id: req.id, kind: 'result', result };
    } catch (e) {
      reply = { id: req.id, kind: 'failed', reason: `RefScope internal error: ${e instanceof Error ? e.message : String(e)}` };
    }
    port.postMessage(reply);
    afterAnalysis();
  });
}
