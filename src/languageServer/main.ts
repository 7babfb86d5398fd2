// dist/languageServer.js: the language server (main thread). The analysis thread runs
// dist/languageServerWorker.js (workerMain.ts), a bundle of its own: the server's thread
// never loads the simulated runtime, so it starts and answers sooner.
import { join } from 'node:path';
import { main } from './server';

main(join(__dirname, 'languageServerWorker.js'));
