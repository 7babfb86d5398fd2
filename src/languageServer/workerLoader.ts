// Starting the analysis thread fast: its bundle (dist/runtimeThread.js, the whole
// simulated runtime) is loaded with V8's code cache, like the CLI's launcher
// (src/cli/launcher.cjs). Without it every new thread parses and compiles a megabyte and a
// half of JavaScript again, which is most of a cold server's time to first diagnostics.
//
// The cache depends on the exact V8 (VS Code's Electron differs from the Node that built
// the extension), so it is made at run time, not shipped: the first thread that finds no
// usable cache writes one once it has analysed a file (the functions that run then are in
// it), into a private directory of the user. A cache V8 rejects is simply rewritten.

import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What the loader needs (part of the worker's workerData). */
export interface LoaderData {
  /** Absolute path of dist/runtimeThread.js. */
  bundle: string;
  /** Directory for the code cache, or null to go without one. */
  cacheDir: string | null;
}

/** Hooks the loader hands to the worker bundle's entry (workerMain). */
export interface LoaderHooks {
  /** Call once after the first analysis: writes the code cache if there was no usable one. */
  analysedOnce(): void;
}

/**
 * REFSCOPE_CODE_CACHE_DIR chooses the directory ('' or 'off': no cache); by default a
 * per-user directory in the system's temporary directory (as v8-compile-cache does).
 */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const v = env.REFSCOPE_CODE_CACHE_DIR;
  if (v !== undefined) return v === '' || v === 'off' ? null : v;
  const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
  return join(tmpdir(), `refscope-code-cache-${uid}`);
}

/**
 * The worker's source (run with `new Worker(WORKER_LOADER, { eval: true })`): loads the
 * bundle through vm.Script with the cached data, then calls its workerMain(hooks). A
 * directory that is a symbolic link or belongs to another user is not used (the cache is
 * code that runs).
 */
export const WORKER_LOADER = `'use strict';
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');
const { bundle, cacheDir } = workerData;
const source = fs.readFileSync(bundle, 'utf8');
const ownDir = (dir) => {
  try {
    const st = fs.lstatSync(dir);
    return st.isDirectory() && (typeof process.getuid !== 'function' || st.uid === process.getuid());
  } catch { return false; }
};
let cacheFile = null;
let cachedData;
if (cacheDir) {
  // V8 checks only the length of the source a cache was made for: the key names the build.
  const st = fs.statSync(bundle);
  const key = [process.version, process.arch, st.size, Math.round(st.mtimeMs)].join('-');
  cacheFile = path.join(cacheDir, path.basename(bundle, '.js') + '-' + key + '.cache');
  if (ownDir(cacheDir)) { try { cachedData = fs.readFileSync(cacheFile); } catch { cachedData = undefined; } }
}
const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
let write = cacheFile !== null && (cachedData === undefined || script.cachedDataRejected === true);
const hooks = {
  analysedOnce() {
    if (!write) return;
    write = false;
    try {
      fs.mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
      if (!ownDir(cacheDir)) return;
      // Files of writes cut short (a thread terminated meanwhile) go after a minute.
      for (const f of fs.readdirSync(cacheDir)) {
        const p = path.join(cacheDir, f);
        try { if (f.endsWith('.tmp') && Date.now() - fs.statSync(p).mtimeMs > 60000) fs.unlinkSync(p); } catch { /* another thread's */ }
      }
      const tmp = cacheFile + '.' + process.pid + '.' + require('node:worker_threads').threadId + '.tmp';
      fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
      fs.renameSync(tmp, cacheFile);
    } catch { /* no cache: the next thread compiles the bundle as usual */ }
  },
};
const mod = { exports: {} };
script.runInThisContext()(mod.exports, Module.createRequire(bundle), mod, bundle, path.dirname(bundle));
mod.exports.workerMain(hooks);
`;
