// Test harness for the Heap view: builds the webview bundle with esbuild,
// serves a page that mimics the extension host (same CSP as
// src/extension/heapView.ts, a fake acquireVsCodeApi in its own nonce'd
// script, VS Code's theme variables in a stylesheet), and drives it in
// Debian's Chromium with playwright-core.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import * as esbuild from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ToWebview, FromWebview } from '../../src/protocol/webview';
import { THEMES, type ThemeName } from './themes';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '..', '..');
export const CHROMIUM = process.env.REFSCOPE_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];
const NONCE = 'rEfScOpEtEsTnOnCe0123456789abcdef';

/** Fail loudly (never skip) when the browser is missing. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: the webview tests need it. Install it with \`apt-get install -y chromium\` (or set REFSCOPE_CHROMIUM).`);
  }
}

/** Build dist-like webview.js and webview.css into a temp folder, as scripts/build.mjs should. */
export async function buildBundle(outDir: string): Promise<void> {
  await esbuild.build({
    entryPoints: [join(ROOT, 'webview', 'main.ts')],
    bundle: true,
    outfile: join(outDir, 'webview.js'),
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: process.env.REFSCOPE_WEBVIEW_DEBUG ? false : true,
    sourcemap: false,
    logLevel: 'warning',
  });
}

const FAKE_API = `// The extension host, faked: acquireVsCodeApi records what the webview posts.
(function () {
  var posted = [];
  var state;
  var acquired = false;
  window.__posted = posted;
  window.__cspViolations = [];
  window.__errors = [];
  document.addEventListener('securitypolicyviolation', function (e) {
    window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || '') + ' at ' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber);
  });
  window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });
  window.acquireVsCodeApi = function () {
    if (acquired) throw new Error('An instance of the VS Code API has already been acquired');
    acquired = true;
    return Object.freeze({
      postMessage: function (m) { posted.push(JSON.parse(JSON.stringify(m))); },
      getState: function () { return state; },
      setState: function (s) { state = JSON.parse(JSON.stringify(s)); return s; },
    });
  };
  var kind = document.documentElement.getAttribute('data-theme-kind');
  document.body.classList.add(kind);
  document.body.setAttribute('data-vscode-theme-kind', kind);
  document.body.setAttribute('data-vscode-theme-name', document.documentElement.getAttribute('data-theme-name'));
})();
`;

function page(origin: string, theme: ThemeName): string {
  const t = THEMES[theme];
  // The same head as HeapViewProvider.resolveWebviewView, plus the theme stylesheet
  // (VS Code sets those variables on <html> itself) and the fake API script.
  return `<!DOCTYPE html>
<html lang="en" data-theme-kind="${t.kind}" data-theme-name="${t.name}"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${origin}; script-src 'nonce-${NONCE}'; font-src ${origin};">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${origin}/theme-${theme}.css">
<link rel="stylesheet" href="${origin}/webview.css">
<title>RefScope Heap</title></head>
<body><script nonce="${NONCE}" src="${origin}/fake-vscode.js"></script><div id="app"></div><script nonce="${NONCE}" src="${origin}/webview.js"></script></body></html>`;
}

export interface Harness {
  origin: string;
  browser: Browser;
  newPage(opts?: { theme?: ThemeName; width?: number; height?: number }): Promise<HeapPage>;
  close(): Promise<void>;
}

export class HeapPage {
  constructor(readonly page: Page, readonly context: BrowserContext) {}

  /** Deliver a message as the extension does (a `message` event on window), synchronously. */
  async send(msg: ToWebview | unknown): Promise<void> {
    // JSON crosses to the page much faster than playwright's object serialiser.
    await this.page.evaluate((json) => {
      const g = globalThis as unknown as { dispatchEvent(e: unknown): void; MessageEvent: new (t: string, i: unknown) => unknown };
      g.dispatchEvent(new g.MessageEvent('message', { data: JSON.parse(json) }));
    }, JSON.stringify(msg));
  }

  /**
   * Send a snapshot and measure from the `message` event (the data already
   * deserialised, as when VS Code delivers it): the handler's time, and the
   * time until the next frame is painted.
   */
  async sendTimed(msg: ToWebview): Promise<{ handlerMs: number; paintedMs: number }> {
    await this.page.evaluate((json) => { (globalThis as unknown as { __pending: unknown }).__pending = JSON.parse(json); }, JSON.stringify(msg));
    return this.page.evaluate(async () => {
      const g = globalThis as unknown as {
        dispatchEvent(e: unknown): void; MessageEvent: new (t: string, i: unknown) => unknown; __pending: unknown;
        requestAnimationFrame(cb: () => void): void; performance: { now(): number };
        document: { body: { offsetHeight: number } };
      };
      const data = g.__pending;
      g.__pending = null;
      const t0 = g.performance.now();
      g.dispatchEvent(new g.MessageEvent('message', { data }));
      const t1 = g.performance.now();
      void g.document.body.offsetHeight; // style and layout
      await new Promise<void>((r) => g.requestAnimationFrame(() => g.requestAnimationFrame(() => r())));
      return { handlerMs: t1 - t0, paintedMs: g.performance.now() - t0 };
    });
  }

  posted(): Promise<FromWebview[]> {
    return this.page.evaluate(() => (globalThis as unknown as { __posted: FromWebview[] }).__posted.slice());
  }

  cspViolations(): Promise<string[]> {
    return this.page.evaluate(() => (globalThis as unknown as { __cspViolations: string[] }).__cspViolations.slice());
  }

  errors(): Promise<string[]> {
    return this.page.evaluate(() => (globalThis as unknown as { __errors: string[] }).__errors.slice());
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

export async function startHarness(): Promise<Harness> {
  requireChromium();
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'refscope-webview-'));
  await buildBundle(dir);
  const files: Record<string, { body: string | Buffer; type: string }> = {
    '/webview.js': { body: readFileSync(join(dir, 'webview.js')), type: 'text/javascript' },
    '/webview.css': { body: readFileSync(join(dir, 'webview.css')), type: 'text/css' },
    '/fake-vscode.js': { body: FAKE_API, type: 'text/javascript' },
  };
  for (const [name, t] of Object.entries(THEMES)) files[`/theme-${name}.css`] = { body: t.css, type: 'text/css' };
  let origin = '';
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/index.html') {
      const theme = (url.searchParams.get('theme') ?? 'dark') as ThemeName;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(origin, theme in THEMES ? theme : 'dark'));
      return;
    }
    const f = files[url.pathname];
    if (!f) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': f.type, 'cache-control': 'no-store' });
    res.end(f.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(join(tmpdir(), 'refscope-chromium-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS, // playwright gives the browser a fresh profile of its own
    env: { ...process.env, HOME: profile, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile },
  });
  return {
    origin,
    browser,
    async newPage(opts = {}) {
      const context = await browser.newContext({ viewport: { width: opts.width ?? 1100, height: opts.height ?? 760 }, deviceScaleFactor: 1 });
      const p = await context.newPage();
      const hp = new HeapPage(p, context);
      // The webview must say it is ready before the extension sends anything.
      const pageErrors: string[] = [];
      p.on('pageerror', (e) => pageErrors.push(String(e)));
      await p.goto(`${origin}/index.html?theme=${opts.theme ?? 'dark'}`);
      try {
        await p.waitForFunction(() => (globalThis as unknown as { __posted: Array<{ type: string }> }).__posted.some((m) => m.type === 'ready'), null, { timeout: 10000 });
      } catch (e) {
        throw new Error(`the webview never posted {type:'ready'}: ${pageErrors.join('; ') || (e as Error).message}`);
      }
      return hp;
    },
    async close() {
      await browser.close();
      await new Promise<void>((r) => server.close(() => r()));
      rmSync(dir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function fixture(name: string): { program: string; source: string; steps: import('../../src/runtime/inspect/model').HeapSnapshot[] } {
  return JSON.parse(readFileSync(join(HERE, 'fixtures', `${name}.json`), 'utf8'));
}

/** Stops recorded on the real runtime (fixtures/record-from-runtime.ts). */
export function runtimeRecording(name: string): ReturnType<typeof fixture> {
  return JSON.parse(readFileSync(join(HERE, 'fixtures', 'runtime', `${name}.json`), 'utf8'));
}

/** The message the extension posts at a stop: the snapshot, and the previous one for diffs. */
export function stop(fx: ReturnType<typeof fixture>, i: number): ToWebview {
  return { type: 'snapshot', step: fx.steps[i].step, snapshot: fx.steps[i], previous: i > 0 ? fx.steps[i - 1] : null };
}
