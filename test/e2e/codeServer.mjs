// Starting and stopping a fresh code-server (VS Code's server + web workbench) and the Debian
// chromium that drives it: shared by the end-to-end run (run.mjs) and the integration suite's
// code-server route (integration.mjs). Plain JS, node only.

import { createRequire } from 'node:module';
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { root } from '../packaging/vsix.mjs';

export const E2E = path.resolve(process.env.E2E_DIR || path.join(root, '.e2e'));
const CS_BIN = path.join(E2E, 'node_modules', '.bin', 'code-server');

/** playwright-core's chromium, from the cache folder setup.sh installed; exits 2 when it is not there. */
export function playwrightChromium() {
  if (!fs.existsSync(CS_BIN) || !fs.existsSync(path.join(E2E, 'node_modules', 'playwright-core'))) {
    console.error(`code-server or playwright-core is not installed in ${E2E}: run  sh test/e2e/setup.sh  first`);
    process.exit(2);
  }
  return createRequire(path.join(E2E, 'node_modules', '/'))('playwright-core').chromium;
}

/** Folders of one run under `run`: user data (with quiet settings), extensions, browser profile; and an env keeping code-server and chromium out of $HOME. */
export function runFolders(run, settings = {}) {
  const ud = path.join(run, 'ud'), exts = path.join(run, 'exts'), profile = path.join(run, 'chrome');
  fs.mkdirSync(path.join(ud, 'User'), { recursive: true });
  fs.mkdirSync(exts, { recursive: true });
  fs.writeFileSync(path.join(ud, 'User', 'settings.json'), JSON.stringify({
    'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false, 'workbench.startupEditor': 'none', 'workbench.tips.enabled': false,
    'workbench.enableExperiments': false, 'security.workspace.trust.enabled': false,
    'workbench.colorTheme': 'Default Dark Modern', 'editor.minimap.enabled': false,
    'debug.internalConsoleOptions': 'neverOpen', 'git.openRepositoryInParentFolders': 'never', 'git.enabled': false,
    ...settings,
  }, null, 2));
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(run, 'xdg-config'), XDG_DATA_HOME: path.join(run, 'xdg-data'), XDG_CACHE_HOME: path.join(run, 'xdg-cache') };
  return { ud, exts, profile, env, csArgs: ['--user-data-dir', ud, '--extensions-dir', exts] };
}

/** Install a .vsix into the run's extensions dir; returns the installed folder's path. */
export function installVsix(f, vsix) {
  execFileSync(CS_BIN, [...f.csArgs, '--install-extension', vsix], { env: f.env, stdio: 'pipe' });
  const installed = fs.readdirSync(f.exts).filter((d) => d.startsWith('refscope.refscope-'));
  if (installed.length !== 1) throw new Error(`the vsix did not install: ${fs.readdirSync(f.exts).join(', ')}`);
  return path.join(f.exts, installed[0]);
}

/** code-server on a free port, in its own process group (killing the group also ends the extension host). */
export async function startCodeServer(f, ws, logPath, extraEnv = {}) {
  const port = await new Promise((res) => { const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); }); });
  const log = fs.openSync(logPath, 'w');
  const cs = spawn(CS_BIN, [...f.csArgs, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', ws],
  { env: { ...f.env, ...extraEnv }, detached: true, stdio: ['ignore', log, log] });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try { if ((await fetch(`${base}/healthz`)).ok) break; } catch { /* not up yet */ }
    if (i > 300) throw new Error('code-server did not come up in 60 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base, port, pid: cs.pid,
    async stop() {
      try { process.kill(-cs.pid, 'SIGTERM'); } catch { /* gone */ }
      await new Promise((r) => setTimeout(r, 500));
      try { process.kill(-cs.pid, 'SIGKILL'); } catch { /* gone */ }
    },
  };
}

/** Debian's chromium, headless unless HEADED=1, with a persistent profile under the run's folder. */
export function launchBrowser(chromium, f, run) {
  return chromium.launchPersistentContext(f.profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: !process.env.HEADED,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    viewport: { width: 1600, height: 1000 }, env: { ...f.env, HOME: run },
  });
}
