// dist/languageServer.js: the language server (main thread). The analysis thread runs
// dist/runtimeThread.js (src/runtimeThread.ts, shared with the debug adapter's runner): the server's thread
// never loads the simulated runtime, so it starts and answers sooner.
import { join } from 'node:path';
import { main } from './server';

main(join(__dirname, 'runtimeThread.js'));
