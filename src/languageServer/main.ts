// dist/languageServer.js: the server on the main thread; the same bundle is the
// analysis worker when started as a worker thread (one file to ship).
import { isMainThread } from 'node:worker_threads';
import { main } from './server';
import { workerMain } from './worker';

if (isMainThread) main(__filename);
else workerMain();
