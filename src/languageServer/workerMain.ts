// dist/languageServerWorker.js: the analysis thread's bundle (the simulated runtime and
// analysis.ts). Loaded by the loader of workerLoader.ts, which calls workerMain.
export { workerMain } from './worker';
