// The integration suite (test/integration/, the one `npm run test:integration` runs in VS Code
// desktop through @vscode/test-electron) run in a real VS Code here, where VS Code desktop cannot
// be downloaded: code-server's web workbench opened with the `payload` VS Code gives an
// "Extension Development Host" window (extensionDevelopmentPath + extensionTestsPath), so the
// remote extension host loads the extension and runs the suite's runner (test/integration/index.ts).
// The extension under test is the packaged .vsix, unpacked as code-server installs it.
//   sh test/e2e/setup.sh && node test/e2e/integration.mjs        exit 0 = every test passed
// env: VSIX (use this .vsix), OUT_DIR (default test/e2e/out/integration), KEEP=1, HEADED=1.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildVsix, root } from '../packaging/vsix.mjs';
import { playwrightChromium, runFolders, installVsix, startCodeServer, launchBrowser } from './codeServer.mjs';

const chromium = playwrightChromium();
const t0 = Date.now();
const lap = (m) => console.log(`[integration ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const OUT = path.resolve(process.env.OUT_DIR || path.join(root, 'test', 'e2e', 'out', 'integration'));
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
const run = fs.mkdtempSync(path.join(os.tmpdir(), 'refscope-it-'));
const f = runFolders(run);

// The suite, bundled (out/integration/), and the extension as it ships.
execFileSync(process.execPath, [path.join(root, 'scripts', 'build-integration.mjs')], { cwd: root, stdio: 'inherit' });
let vsix = process.env.VSIX && path.resolve(process.env.VSIX);
if (!vsix) vsix = buildVsix(path.join(run, 'refscope.vsix')).vsix;
// Unpacked into its own folder, then loaded as the extension under development (not installed:
// the development copy would otherwise be shadowed by, or duplicate, an installed one).
const unpacked = installVsix(runFolders(path.join(run, 'unpack')), vsix);
lap(`extension under test: ${path.basename(unpacked)} (from ${path.basename(vsix)})`);
const ws = path.join(run, 'ws');
fs.cpSync(path.join(root, 'test', 'integration', 'workspace'), ws, { recursive: true });
const resultsFile = path.join(run, 'results.json');

const csLogPath = path.join(run, 'code-server.log');
const server = await startCodeServer(f, ws, csLogPath, { REFSCOPE_TEST_RESULTS: resultsFile });
lap(`code-server up on ${server.base}`);
let ctx = null;
let ok = false;
const consoleLines = [];
try {
  ctx = await launchBrowser(chromium, f, run);
  const page = ctx.pages()[0] ?? await ctx.newPage();
  page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(unpacked)],
    ['extensionTestsPath', remote(path.join(root, 'out', 'integration', 'index.js'))],
  ];
  await page.goto(`${server.base}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { waitUntil: 'domcontentloaded' });
  lap('workbench opened as an Extension Development Host; the suite runs in its extension host');
  for (let i = 0; !fs.existsSync(resultsFile); i++) {
    if (i > 600) throw new Error('the suite wrote no results in 5 minutes');
    await new Promise((r) => setTimeout(r, 500));
  }
  await page.screenshot({ path: path.join(OUT, 'integration-end.png') }).catch(() => {});
  const res = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  for (const t of res.results) lap(`${t.state === 'passed' ? 'ok  ' : 'FAIL'} ${t.title} (${t.durationMs} ms)${t.error ? `\n${t.error}` : ''}`);
  fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(res, null, 2));
  ok = res.failures === 0 && res.results.length > 0;
  lap(`${res.results.length - res.failures} passed, ${res.failures} failed`);
} catch (e) {
  console.error('integration failure:', e);
} finally {
  fs.writeFileSync(path.join(OUT, 'browser-console.log'), consoleLines.join('\n'));
  await ctx?.close().catch(() => {});
  await server.stop();
  try { fs.copyFileSync(csLogPath, path.join(OUT, 'code-server.log')); } catch { /* none */ }
  try { fs.cpSync(path.join(f.ud, 'logs'), path.join(OUT, 'logs'), { recursive: true }); } catch { /* none */ }
  if (!process.env.KEEP) fs.rmSync(run, { recursive: true, force: true });
  lap(ok ? 'PASS' : 'FAIL');
  process.exit(ok ? 0 : 1);
}
