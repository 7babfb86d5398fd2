// End to end in a real VS Code: code-server 4.100.3 (VS Code 1.100.3's server + web workbench,
// with a real remote extension host) driven by Debian's chromium through playwright-core.
//   sh test/e2e/setup.sh && npm run test:e2e          exit 0 = pass
// It builds the .vsix (production build, vsce), installs it into a fresh extensions dir, opens a
// workspace holding the notebook's first cell (cell6.py) and a `refscope` launch configuration,
// presses F5, reads the Variables view (`a` shows its refcount), steps with F10, checks the Heap
// view's webview draws object boxes, and saves screenshots and logs in test/e2e/out/.
// env: E2E_DIR (default <repo>/.e2e, where setup.sh installed), VSIX (use this .vsix instead of
//      building one), OUT_DIR (default test/e2e/out), KEEP=1 (keep the run's temp dir),
//      HEADED=1 (show the browser, when there is a display).

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildVsix, root } from '../packaging/vsix.mjs';
import { playwrightChromium, runFolders, installVsix, startCodeServer, launchBrowser } from './codeServer.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const chromium = playwrightChromium();

const t0 = Date.now();
const timings = {};
const lap = (m) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const mark = (name) => { timings[name] = +((Date.now() - t0) / 1000).toFixed(1); };
const OUT = path.resolve(process.env.OUT_DIR || path.join(here, 'out'));
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
// The run's own folders (user data, extensions, browser profile, workspace) live in the system's
// temp dir: inside the repository VS Code would offer to open the repository around the workspace.
const run = fs.mkdtempSync(path.join(os.tmpdir(), 'refscope-e2e-'));
const ws = path.join(run, 'ws');

// 1. The vsix.
let vsix = process.env.VSIX && path.resolve(process.env.VSIX);
if (!vsix) {
  const r = buildVsix(path.join(run, 'refscope.vsix'));
  vsix = r.vsix;
  lap(`built ${path.basename(vsix)}: ${r.bytes} bytes (production build ${(r.buildMs / 1000).toFixed(1)} s, vsce ${(r.packageMs / 1000).toFixed(1)} s)`);
}
mark('vsixBuilt');

// 2. A fresh user-data dir, extensions dir and workspace.
const folders = runFolders(run);
const { ud } = folders;
// The notebook's first cell (In [6]), exactly.
const CELL6 = `import sys

a = []  # Create an empty list
b = a   # Assign 'b' to the same list

print(sys.getrefcount(a))  # Output will be 3 (a, b, and the argument passed to getrefcount())

# Decrease the reference count
del b
print(sys.getrefcount(a))  # Now the count will be 2 (a and the argument passed to getrefcount())
`;
const CONFIG_NAME = 'RefScope: cell6';
const pkgSteps = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).contributes.walkthroughs[0].steps.map((st) => st.title);
fs.mkdirSync(path.join(ws, '.vscode'), { recursive: true });
fs.writeFileSync(path.join(ws, 'cell6.py'), CELL6);
// A heap snapshot of it, to see the .pyheap grammar at work (the CLI from the sources).
const heapText = execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'cli', 'main.ts'), 'heap', '--line', '6', path.join(ws, 'cell6.py')], { cwd: root, encoding: 'utf8' });
fs.writeFileSync(path.join(ws, 'cell6.pyheap'), heapText);
// A broken file: the language server reports CPython's SyntaxError without any debugging.
fs.writeFileSync(path.join(ws, 'broken.py'), 'x = 1\nprint "hello"\n');
// The notebook's cycle (examples/02_gc_cycle.py), for the Heap view's picture of a reference cycle.
fs.copyFileSync(path.join(root, 'examples', '02_gc_cycle.py'), path.join(ws, 'cycle.py'));
fs.writeFileSync(path.join(ws, '.vscode', 'launch.json'), JSON.stringify({
  version: '0.2.0',
  configurations: [{ type: 'refscope', request: 'launch', name: CONFIG_NAME, program: '${workspaceFolder}/cell6.py', stopOnEntry: true }],
}, null, 2));

const installed = path.basename(installVsix(folders, vsix));
const webviewBundled = fs.existsSync(path.join(folders.exts, installed, 'dist', 'webview.js'));
lap(`installed ${installed} into a fresh extensions dir`);
mark('installed');

// 3. code-server in its own process group (killing the group also ends the extension host).
const csLogPath = path.join(run, 'code-server.log');
const server = await startCodeServer(folders, ws, csLogPath);
const BASE = server.base;
lap(`code-server up on ${BASE} (pid ${server.pid})`);
mark('serverUp');

let ok = false;
let ctx = null;
const consoleLines = [];
const checks = [];
const check = (name, cond, detail) => {
  checks.push({ name, ok: !!cond, detail });
  lap(`${cond ? 'ok  ' : 'FAIL'} ${name}${detail !== undefined ? `: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}` : ''}`);
  if (!cond) throw new Error(`check failed: ${name}`);
};
let page = null;
const shot = async (name) => { await page.screenshot({ path: path.join(OUT, name) }); lap(`screenshot ${path.join(path.relative(root, OUT), name)}`); };

try {
  ctx = await launchBrowser(chromium, folders, run);
  page = ctx.pages()[0] ?? await ctx.newPage();
  page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));

  // 4. The workbench, with cell6.py open.
  await page.goto(`${BASE}/?folder=${encodeURIComponent(ws)}`, { waitUntil: 'domcontentloaded' });
  const fileRow = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'cell6.py' }).first();
  await fileRow.waitFor({ timeout: 90_000 });
  lap('workbench loaded (the explorer lists cell6.py)');
  await fileRow.dblclick();
  const editorLines = page.locator('.monaco-editor .view-lines', { hasText: 'getrefcount' }).first();
  await editorLines.waitFor({ timeout: 30_000 });
  mark('editorOpen');

  // 4b. Without debugging, the language server's hover on `a` (line 3) shows its id and refcount.
  /** Put the cursor at line:col of the active editor (Go to Line), then "Show or Focus Hover". */
  const hoverAt = async (line, col, pattern, timeout = 60_000) => {
    let text = '';
    for (const deadline = Date.now() + timeout; Date.now() < deadline;) {
      await page.keyboard.press('Control+G');
      await page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 });
      await page.keyboard.type(`${line}:${col}`);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .debug-hover-widget').first();
      await hover.waitFor({ timeout: 3_000 }).catch(() => {});
      text = (await hover.innerText({ timeout: 1_000 }).catch(() => '')).replace(/\s+/g, ' ').trim();
      if (pattern.test(text)) return text;
      lap(`hover at ${line}:${col}: ${JSON.stringify(text.slice(0, 120))} (asking again)`);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(500); // the background run has not answered yet: ask again
    }
    return text;
  };
  const lspHover = await hoverAt(3, 1, /refcount \d+/);
  check('without debugging, hovering `a` shows the language server\'s type, id and refcount', /list · id 0x[0-9a-f]+ · refcount \d+ · \d+ bytes/.test(lspHover), lspHover);
  await shot('00-lsp-hover.png');
  await page.keyboard.press('Escape');
  mark('lspHover');

  // 5. Run and Debug: wait until launch.json's configuration is selected and the extension's
  // Heap view is registered, or F5 does nothing.
  await page.locator('.activitybar .action-label[aria-label^="Run and Debug"]').click();
  await page.waitForFunction((name) => document.querySelector('.start-debug-action-item select')?.value === name, CONFIG_NAME, { timeout: 60_000 });
  const heapHeader = page.locator('.pane-header', { hasText: /^\s*Heap/ }).first();
  await heapHeader.waitFor({ timeout: 60_000 });
  lap('Run and Debug ready (configuration selected, Heap view registered)');
  await shot('01-run-and-debug.png');

  // A wider sidebar (drag its sash), and the views we do not read collapsed, so the Heap view gets room.
  const sidebar = await page.locator('.part.sidebar').boundingBox();
  if (sidebar) {
    const x = sidebar.x + sidebar.width, y = sidebar.y + sidebar.height / 2;
    await page.mouse.move(x - 1, y);
    await page.mouse.down();
    await page.mouse.move(x + 300, y, { steps: 8 });
    await page.mouse.up();
  }
  if ((await heapHeader.getAttribute('aria-expanded')) === 'false') await heapHeader.click();

  // 6. F5, retried until a session exists (F5 is bound only once debuggers are available).
  await editorLines.click();
  const toolbar = page.locator('.debug-toolbar');
  let presses = 0;
  for (const deadline = Date.now() + 90_000; Date.now() < deadline && !(await toolbar.isVisible());) {
    await page.keyboard.press('F5'); presses++;
    await toolbar.waitFor({ timeout: 3_000 }).catch(() => {});
  }
  if (!(await toolbar.isVisible())) {
    await page.locator('.start-debug-action-item .codicon-debug-start').click();
    await toolbar.waitFor({ timeout: 20_000 });
  }
  lap(`debug session started (F5 presses: ${presses})`);
  mark('sessionStarted');

  const clean = (a) => a.map((s) => s.replace(/\s+/g, ' ').trim());
  const stack = page.locator('.debug-call-stack .monaco-list-row');
  /** Wait until the Call Stack's top frame is at `line` of `file`. */
  const waitAt = async (file, line) => page.waitForFunction(([f, ln]) => [...document.querySelectorAll('.debug-call-stack .monaco-list-row')]
    .some((r) => new RegExp(`${f.replace('.', '\\.')}\\s*${ln}:\\d+\\s*$`).test(r.textContent ?? '')), [file, line], { timeout: 30_000 });
  const waitLine = (line) => waitAt('cell6.py', line);
  const vars = page.locator('.debug-variables .monaco-list-row');
  const varRow = async (name) => {
    const rows = clean(await vars.allInnerTexts());
    return rows.find((r) => r.startsWith(`${name}:`) || r.startsWith(`${name} `) || r.startsWith(`${name}=`)) ?? null;
  };
  const waitVar = async (name, pred) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const row = await varRow(name);
      if (row && (!pred || pred(row))) return row;
      if (Date.now() > deadline) return row;
      await page.waitForTimeout(100); // polling the view's DOM for the state we need
    }
  };
  const refcountOf = (row) => Number(/refcount (\d+)/.exec(row ?? '')?.[1] ?? NaN);
  const step = async (toLine) => {
    await page.keyboard.press('F10');
    await waitLine(toLine);
  };

  // 7. Stopped on entry at line 1.
  await waitLine(1);
  check('stopped on entry at cell6.py line 1', true, clean(await stack.allInnerTexts()));
  mark('stoppedOnEntry');
  // Collapse the views we do not read (the debug views are laid out anew when a session starts),
  // so Variables and the Heap view get room.
  for (const name of ['Watch', 'Breakpoints']) {
    const h = page.locator('.pane-header', { hasText: new RegExp(`^\\s*${name}`, 'i') }).first();
    if (await h.count() && (await h.getAttribute('aria-expanded')) === 'true') await h.click();
  }
  if ((await heapHeader.getAttribute('aria-expanded')) === 'false') await heapHeader.click();
  // and a taller Variables view: drag the sash above the (collapsed) Watch view down
  const watchBox = await page.locator('.pane-header', { hasText: /^\s*Watch/i }).first().boundingBox();
  if (watchBox) {
    const x = watchBox.x + watchBox.width / 2;
    await page.mouse.move(x, watchBox.y);
    await page.mouse.down();
    await page.mouse.move(x, watchBox.y + 140, { steps: 8 });
    await page.mouse.up();
  }
  await shot('02-stopped-on-entry.png');

  // 8. Step to after `a = []`: `a` in the Variables view with its refcount.
  await step(3);
  await step(4);
  const rowA1 = await waitVar('a', (r) => /refcount/.test(r));
  check('Variables: a shows its id and refcount after `a = []`', rowA1 && /refcount \d+/.test(rowA1) && /id 0x[0-9a-f]+/.test(rowA1) && /list/.test(rowA1), rowA1);
  lap(`Variables view: ${JSON.stringify(clean(await vars.allInnerTexts()))}`);

  // 9. F10 over `b = a`: a's refcount goes up by one, and b is the same object.
  await step(6);
  const rowA2 = await waitVar('a', (r) => /refcount \d+/.test(r) && refcountOf(r) !== refcountOf(rowA1));
  const rowB = await waitVar('b', (r) => /refcount \d+/.test(r));
  check('F10 over `b = a`: the list\'s refcount goes up by one', refcountOf(rowA2) === refcountOf(rowA1) + 1, { before: rowA1, after: rowA2 });
  const idOf = (row) => /id (0x[0-9a-f]+)/.exec(row ?? '')?.[1];
  check('b is the same object as a (same id)', rowB && idOf(rowB) === idOf(rowA2), rowB);
  mark('stepped');
  await shot('03-variables-after-b-equals-a.png');

  // 9b. Debug hover on `a` (Debug: Show Hover at line 3): its value with id and refcount 2.
  const debugHover = await hoverAt(3, 1, /refcount \d+/, 30_000);
  check('debug hover on `a` shows the list with its id and refcount', /refcount 2\b/.test(debugHover) && debugHover.includes(idOf(rowA2)), debugHover);
  await shot('03b-debug-hover.png');
  await page.keyboard.press('Escape');

  // 9c. Step back (the toolbar's Step Back): line 4 again, the refcount as it was, b gone; then forward.
  await page.locator('.debug-toolbar .action-label.codicon-debug-step-back').first().click();
  await waitLine(4);
  const rowA4 = await waitVar('a', (r) => refcountOf(r) === refcountOf(rowA1));
  check('Step Back over `b = a`: the refcount is as it was and b is gone', refcountOf(rowA4) === refcountOf(rowA1) && idOf(rowA4) === idOf(rowA1) && (await varRow('b')) === null, rowA4);
  await shot('03c-after-step-back.png');
  await step(6);
  await waitVar('b');
  mark('steppedBack');

  // 10. The Heap view: object boxes in its webview (iframe.webview -> #active-frame).
  if ((await heapHeader.getAttribute('aria-expanded')) === 'false') await heapHeader.click();
  const wvHost = page.locator('iframe.webview.ready');
  await wvHost.first().waitFor({ state: 'attached', timeout: 30_000 });
  const wv = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await wv.locator('#app').waitFor({ state: 'attached', timeout: 30_000 });
  const hasScript = await wv.locator('script[src*="webview.js"]').count();
  check('Heap view: its webview loaded the extension\'s page (title "Heap", #app, the webview.js script)', hasScript > 0 && (await heapHeader.innerText()).trim().toUpperCase().startsWith('HEAP'));
  check('the vsix bundles the Heap view (dist/webview.js)', webviewBundled);
  const boxes = wv.locator('.obj[data-id]');
  await boxes.first().waitFor({ timeout: 30_000 });
  const boxTypes = clean(await wv.locator('.obj[data-id] .obj-type').allInnerTexts());
  const wvText = (await wv.locator('body').innerText()).replace(/\s+/g, ' ').trim();
  check('Heap view: draws object boxes, the list among them', boxTypes.includes('list'), { boxes: boxTypes.length, types: [...new Set(boxTypes)] });
  lap(`Heap view text: ${JSON.stringify(wvText.slice(0, 400))}`);
  await shot('04-heap-view.png');
  const heapPane = page.locator('.pane', { has: heapHeader }).first();
  await heapPane.screenshot({ path: path.join(OUT, '05-heap-view-pane.png') });
  lap(`screenshot ${path.join(path.relative(root, OUT), '05-heap-view-pane.png')}`);
  // The Memory tab: arenas, each a strip of pools; the size-class table.
  await wv.locator('#tab-memory').click();
  await wv.locator('.memory .arena').first().waitFor({ timeout: 20_000 });
  const arenas = await wv.locator('.memory .arena').count();
  const pools = await wv.locator('.arena-strip .pool[data-pool]').count();
  const classes = await wv.locator('.sizeclass-grid vscode-data-grid-row.sc-row').count();
  check('Heap view, Memory tab: arenas with their pools and the size-class table', arenas >= 1 && pools >= 1 && classes >= 1, { arenas, pools, classes });
  await heapPane.screenshot({ path: path.join(OUT, '05b-heap-view-memory.png') });
  await wv.locator('#tab-graph').click();

  // 11. Step on: the two prints, `del b` -> the refcount is back.
  await step(9);
  await step(10);
  const rowA3 = await waitVar('a', (r) => refcountOf(r) === refcountOf(rowA1));
  check('after `del b`: the refcount is back where it was', refcountOf(rowA3) === refcountOf(rowA1), rowA3);
  const rowsNow = clean(await vars.allInnerTexts());
  check('after `del b`: b is gone from the globals', rowsNow.includes('Globals') && (await varRow('a')) !== null && (await varRow('b')) === null, rowsNow);
  await shot('06-after-del-b.png');

  // 12. Continue to the end: the session ends.
  await page.keyboard.press('F5');
  await toolbar.waitFor({ state: 'hidden', timeout: 30_000 });
  check('the program ran to its end and the session ended', true);
  mark('ended');

  // 12b. The notebook's cycle through "RefScope: Debug Python File" (the command palette), with the
  // Heap view given the sidebar: the two Nodes pointing at each other, then, after both `del`s,
  // the garbage cycle the GC will free (Show cycles draws it).
  await page.keyboard.press('Control+P');
  const palette = page.locator('.quick-input-widget input');
  await palette.waitFor({ timeout: 10_000 });
  await palette.fill('cycle.py');
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'cycle.py' }).first().waitFor({ timeout: 10_000 });
  await palette.press('Enter');
  await page.locator('.monaco-editor .view-lines', { hasText: 'class Node' }).first().waitFor({ timeout: 20_000 });
  await page.keyboard.press('F1');
  await palette.fill('>RefScope: Debug Python File');
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Debug Python File' }).first().waitFor({ timeout: 10_000 });
  await palette.press('Enter');
  await toolbar.waitFor({ timeout: 30_000 });
  await waitAt('cycle.py', 6);
  for (const line of [8, 14, 15, 16, 17, 20]) { await page.keyboard.press('F10'); await waitAt('cycle.py', line); }
  for (const name of ['Variables', 'Watch', 'Call Stack', 'Breakpoints']) {
    const hd = page.locator('.pane-header', { hasText: new RegExp(`^\\s*${name}`, 'i') }).first();
    if (await hd.count() && (await hd.getAttribute('aria-expanded')) === 'true') await hd.click();
  }
  if ((await heapHeader.getAttribute('aria-expanded')) === 'false') await heapHeader.click();
  // a sidebar wide enough for both Nodes side by side
  const side = await page.locator('.part.sidebar').boundingBox();
  if (side && side.width < 820) {
    const x = side.x + side.width, y = side.y + side.height / 2;
    await page.mouse.move(x - 1, y);
    await page.mouse.down();
    await page.mouse.move(x + (820 - side.width), y, { steps: 8 });
    await page.mouse.up();
    await page.mouse.move(20, 600); // off the sash, or it stays highlighted
  }
  await wv.locator('.toolbar .loc', { hasText: /cycle\.py:20\b/ }).waitFor({ timeout: 30_000 });
  const nodes = await wv.locator('.obj[data-id] .obj-type', { hasText: /^Node$/ }).count();
  check('Heap view, the notebook\'s cycle: both Nodes drawn, each pointing at the other', nodes === 2, { nodes });
  await shot('11-heap-view-cycle.png');
  // (the Call Stack is collapsed now: the Heap view's toolbar tells the line)
  for (const line of [21, 24]) {
    await page.keyboard.press('F10');
    await wv.locator('.toolbar .loc', { hasText: new RegExp(`cycle\\.py:${line}\\b`) }).waitFor({ timeout: 30_000 });
  }
  await wv.locator('.graph-controls vscode-button', { hasText: 'Show cycles' }).click();
  await wv.locator('.obj[data-id] .obj-type', { hasText: /^Node$/ }).first().waitFor({ timeout: 10_000 });
  const garbage = await wv.locator('.obj[data-id] .obj-type', { hasText: /^Node$/ }).count();
  check('Heap view, after both `del`s: Show cycles draws the unreachable cycle', garbage === 2, { garbage });
  await shot('12-heap-view-garbage-cycle.png');
  await page.locator('.monaco-editor .view-lines', { hasText: 'class Node' }).first().click();
  await page.keyboard.press('F5');
  await toolbar.waitFor({ state: 'hidden', timeout: 30_000 });
  mark('cycleScene');

  // 13. The walkthrough "Step through Python's memory" (Welcome: Open Walkthrough...), with the
  // sidebar hidden to give it room; its first step's button opens an example.
  await page.keyboard.press('Control+B');
  await page.locator('.part.sidebar').waitFor({ state: 'hidden', timeout: 10_000 });
  await page.keyboard.press('F1');
  const quickInput = page.locator('.quick-input-widget input');
  await quickInput.waitFor({ timeout: 10_000 });
  await quickInput.fill('>Welcome: Open Walkthrough');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Walkthrough' }).first().waitFor({ timeout: 10_000 });
  await quickInput.press('Enter');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: "Step through Python's memory" }).first().waitFor({ timeout: 10_000 });
  await quickInput.fill("Step through Python's memory");
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: "Step through Python's memory" }).first().waitFor({ timeout: 10_000 });
  await quickInput.press('Enter');
  const steps = page.locator('.gettingStartedContainer .getting-started-step');
  await steps.first().waitFor({ timeout: 20_000 });
  const stepTitles = clean(await page.locator('.gettingStartedContainer .getting-started-step .step-title').allInnerTexts());
  check('the walkthrough opens with its steps', stepTitles.length === pkgSteps.length && stepTitles[0] === pkgSteps[0], stepTitles);
  // the step's markdown media (media/walkthrough/01-open-example.md) renders in a webview of its own
  const media = page.frameLocator('.gettingStartedContainer .getting-started-media iframe.webview.ready').frameLocator('#active-frame');
  const mediaTitle = await media.locator('h1').first().innerText({ timeout: 20_000 }).catch(() => '');
  check('the first step shows its markdown page', mediaTitle.includes('Reference counting'), mediaTitle);
  await shot('07-walkthrough.png');

  // 14. A .pyheap file: RefScope's language and grammar (several token colours).
  await page.keyboard.press('Control+P');
  await quickInput.waitFor({ timeout: 10_000 });
  await quickInput.fill('cell6.pyheap');
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'cell6.pyheap' }).first().waitFor({ timeout: 10_000 });
  await quickInput.press('Enter');
  const heapEditor = page.locator('.monaco-editor .view-lines', { hasText: 'refcnt=' }).first();
  await heapEditor.waitFor({ timeout: 20_000 });
  const mode = (await page.locator('#status\\.editor\\.mode').first().innerText().catch(() => '')).trim();
  const colours = await heapEditor.evaluate(async (el) => {
    // tokenization is asynchronous: wait until the object lines are coloured
    for (let i = 0; i < 50; i++) {
      const set = new Set([...el.querySelectorAll('span[class^="mtk"]')].map((s) => getComputedStyle(s).color));
      if (set.size >= 5) return [...set];
      await new Promise((r) => setTimeout(r, 100));
    }
    return [...new Set([...el.querySelectorAll('span[class^="mtk"]')].map((s) => getComputedStyle(s).color))];
  });
  await shot('09-pyheap-grammar.png');
  check('a .pyheap file opens as "RefScope Heap Snapshot", highlighted by the grammar', mode === 'RefScope Heap Snapshot' && colours.length >= 5, { mode, colours: colours.length });

  // 14b. A broken file: the language server's diagnostic, CPython's SyntaxError text, no debugging.
  await page.keyboard.press('Control+P');
  await quickInput.waitFor({ timeout: 10_000 });
  await quickInput.fill('broken.py');
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'broken.py' }).first().waitFor({ timeout: 10_000 });
  await quickInput.press('Enter');
  await page.locator('.monaco-editor .view-lines', { hasText: 'hello' }).first().waitFor({ timeout: 20_000 });
  await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
  await page.keyboard.press('Control+Shift+M');
  const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'Missing parentheses' }).first();
  await problem.waitFor({ timeout: 20_000 });
  const problemText = (await problem.innerText()).replace(/\s+/g, ' ').trim();
  check('a broken file gets CPython\'s SyntaxError as a diagnostic, without debugging', /Missing parentheses in call to 'print'\. Did you mean print\(\.\.\.\)\?/.test(problemText), problemText);
  await shot('10-syntax-error-diagnostic.png');

  // 15. Back in the walkthrough, its first button opens the first example.
  await page.locator('.tabs-container .tab', { hasText: 'Walkthrough' }).first().click();
  const openButton = page.locator('.gettingStartedContainer .button-container a.monaco-button', { hasText: 'Open 01_refcount.py' }).first();
  await openButton.click({ timeout: 10_000 });
  const exampleTab = page.locator('.tabs-container .tab', { hasText: '01_refcount.py' }).first();
  const opened = await exampleTab.waitFor({ timeout: 10_000 }).then(() => true, () => false);
  await shot('08-walkthrough-opened-example.png');
  check('the walkthrough\'s first button opens examples/01_refcount.py (command refscope.openExample)', opened);
  ok = true;
} catch (e) {
  console.error('E2E failure:', e);
  if (page) await page.screenshot({ path: path.join(OUT, 'failure.png') }).catch(() => {});
} finally {
  fs.writeFileSync(path.join(OUT, 'browser-console.log'), consoleLines.join('\n'));
  await ctx?.close().catch(() => {});
  await server.stop();
  try { fs.copyFileSync(csLogPath, path.join(OUT, 'code-server.log')); } catch { /* none */ }
  // the extension host's own logs (the RefScope output, the debug adapter's errors) are worth keeping
  try { fs.cpSync(path.join(ud, 'logs'), path.join(OUT, 'logs'), { recursive: true }); } catch { /* none */ }
  mark('total');
  fs.writeFileSync(path.join(OUT, 'result.json'), JSON.stringify({ ok, timings, checks }, null, 2));
  if (!process.env.KEEP) fs.rmSync(run, { recursive: true, force: true });
  // UPDATE_README_SHOTS=1: the README's screenshots (docs/screenshots/) are taken from a passing run.
  if (ok && process.env.UPDATE_README_SHOTS) {
    const docs = path.join(root, 'docs', 'screenshots');
    fs.mkdirSync(docs, { recursive: true });
    for (const f of ['00-lsp-hover.png', '03-variables-after-b-equals-a.png', '03b-debug-hover.png', '04-heap-view.png', '05b-heap-view-memory.png', '10-syntax-error-diagnostic.png', '11-heap-view-cycle.png', '12-heap-view-garbage-cycle.png']) {
      fs.copyFileSync(path.join(OUT, f), path.join(docs, f));
    }
    lap(`README screenshots updated in ${path.relative(root, docs)}`);
  }
  lap(ok ? 'PASS' : 'FAIL');
  process.exit(ok ? 0 : 1);
}
