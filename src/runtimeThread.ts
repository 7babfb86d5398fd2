// dist/runtimeThread.js: the one bundle of the simulated runtime that worker threads run (shipped
// once, not once per user):
// - the debug adapter's runner (src/debugAdapter/runner.ts), started when a thread loads this file
//   with the runner's workerData;
// - the language server's analysis thread, whose loader (src/languageServer/workerLoader.ts, with
//   V8's code cache) loads this file and calls workerMain; its workerData names the bundle.
import { workerData } from 'node:worker_threads';

export { workerMain } from './languageServer/worker';

const data = workerData as { bundle?: unknown } | null;
if (data === null || data === undefined || typeof data !== 'object' || !('bundle' in data)) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./debugAdapter/runner');
}
