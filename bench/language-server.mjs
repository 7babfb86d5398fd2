// The language server's speed and memory (issue 6), over its real protocol:
// dist/languageServer.js --stdio driven by a vscode-jsonrpc client.
//  - first diagnostics for a 1,000-line file (target < 500 ms): from didOpen to
//    publishDiagnostics, on servers just started (without and with the analysis thread's
//    V8 code cache) and on one already warm;
//  - hover answers after a run (target < 20 ms): median and worst of 200;
//  - the server's memory (resident set, main and analysis threads together): idle,
//    after the 1,000-line files, and at its peak after programs that allocate without
//    bound or never end and a 10 MB file.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');
const here = dirname(fileURLToPath(import.meta.url));
const server = join(here, '..', 'dist', 'languageServer.js');

/** 100 blocks of 10 lines: a class, a function with a loop, an instance (and a cycle through it). */
function thousandLines(withCycles) {
  const out = [];
  for (let i = 0; i < 100; i++) {
    out.push(
      `class C${i}:`,
      '    def __init__(self, v):',
      '        self.v = v',
      '        self.items = [v, v + 1]',
      `def f${i}(n):`,
      '    total = 0',
      '    for k in range(n):',
      '        total += k',
      '    return total',
      withCycles ? `o${i} = C${i}(f${i}(10)); o${i}.items.append(o${i})` : `o${i} = C${i}(f${i}(10))`,
    );
  }
  return out.join('\n') + '\n';
}

/** About `bytes` of ordinary functions (each called once). */
function functions(bytes) {
  const out = [];
  for (let i = 0, n = 0; n < bytes; i++) {
    const f = `def func_${i}(a, b=2, *args, **kw):\n    x = a + b * 3\n    if x > 10:\n        return [x, a, "s${i}"]\n    for k in range(b):\n        x += k\n    return {'k': x, 'n': None}\nfunc_${i}(${i})\n\n`;
    out.push(f);
    n += f.length;
  }
  return out.join('');
}

/** CPU time (user + system) of a process so far, in ms: unlike wall time, not inflated by a busy machine. */
function cpuMs(pid) {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = f.slice(f.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms
}

function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** Median of numbers. */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function startServer(env = {}) {
  const t0 = performance.now();
  const proc = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const waiting = new Map();
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    const w = waiting.get(p.uri);
    if (w && p.version === w.version) { waiting.delete(p.uri); w.resolve(p); }
  });
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  conn.sendNotification('initialized', {});
  let version = 0;
  const s = {
    proc, conn, started: t0,
    /** didOpen (or a full change) and the time until its diagnostics (server CPU in ms). */
    async run(uri, text, open = true) {
      version++;
      const done = new Promise((resolve) => waiting.set(uri, { version, resolve }));
      const t = performance.now();
      const c0 = cpuMs(proc.pid);
      if (open) conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version, text } });
      else conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
      const p = await done;
      return { ms: performance.now() - t, cpu: cpuMs(proc.pid) - c0, diagnostics: p.diagnostics.length, messages: p.diagnostics.map((d) => d.message) };
    },
    close(uri) { conn.sendNotification('textDocument/didClose', { textDocument: { uri } }); },
    configure(settings) { conn.sendNotification('workspace/didChangeConfiguration', { settings: { refscope: { languageServer: settings } } }); },
    async stop() { await conn.sendRequest('shutdown'); conn.sendNotification('exit'); conn.dispose(); },
  };
  s.configure({ debounceMs: 0 });
  return s;
}

const plain = thousandLines(false);
const cyclic = thousandLines(true);

// Cold: a server just started (its analysis thread may still be loading), 3 times each without
// the analysis thread's code cache (an empty cache directory: the first start after an
// install or update) and with it (the cache the run before wrote).
for (const cached of [false, true]) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'refscope-bench-cache-'));
    if (cached) {
      // A server that analyses one file and lives on long enough to write its cache.
      const w = await startServer({ REFSCOPE_CODE_CACHE_DIR: dir });
      await w.run('file:///tmp/bench-ls-warm.py', plain);
      await new Promise((r) => setTimeout(r, 1000));
      await w.stop();
    }
    const s = await startServer({ REFSCOPE_CODE_CACHE_DIR: dir });
    const r = await s.run('file:///tmp/bench-ls-1000.py', plain);
    runs.push({ ...r, spawn: performance.now() - s.started });
    await s.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const m = (k) => median(runs.map((r) => r[k])).toFixed(0);
  console.log(`LS first diagnostics, 1,000-line file, new server ${cached ? 'with' : 'without'} code cache (median of 3): ${m('ms')} ms after didOpen (server CPU ${m('cpu')} ms), ${m('spawn')} ms after spawn (target < 500 ms)`);
}

const s = await startServer();
const idle = memory(s.proc.pid);
{
  const series = async (name, text) => {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      const uri = `file:///tmp/bench-ls-${name}-${i}.py`;
      runs.push(await s.run(uri, text));
      s.close(uri);
    }
    const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
    const cpu = runs.map((r) => r.cpu).sort((a, b) => a - b);
    return `median ${ms[2].toFixed(0)} ms, worst ${ms[4].toFixed(0)} ms of 5 (server CPU: median ${cpu[2]} ms, worst ${cpu[4]} ms); ${runs[0].diagnostics} diagnostics`;
  };
  console.log(`LS first diagnostics, 1,000-line file (${plain.split('\n').length - 1} lines): ${await series('plain', plain)} (target < 500 ms)`);
  console.log(`LS first diagnostics, 1,000 lines with 100 reference cycles (a replay finds where each closed): ${await series('cyclic', cyclic)}`);
}
{
  const uri = 'file:///tmp/bench-ls-hover.py';
  await s.run(uri, plain);
  const times = [];
  for (let i = 0; i < 200; i++) {
    const line = (i % 100) * 10 + 9; // `oN = CN(fN(10))`
    const t = performance.now();
    const h = await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 0 } });
    times.push(performance.now() - t);
    if (h === null) throw new Error(`no hover on line ${line + 1}`);
  }
  times.sort((a, b) => a - b);
  console.log(`LS hover after a run: median ${times[100].toFixed(2)} ms, worst ${times[199].toFixed(2)} ms of 200 (target < 20 ms)`);
  s.close(uri);
}
const afterFiles = memory(s.proc.pid);
{
  // Bad input at the default budgets (100,000 steps, 2 s, 512 MB: files over 1 MiB are not run),
  // and a file just under the size limit.
  const bad = [
    ['alloc', 'l = []\nwhile True: l.append([1] * 100)\n'],
    ['forever', 'while True: pass\n'],
    ['1mb', functions(1_000_000)],
    ['10mb', Array.from({ length: 380000 }, (_, i) => `x${i % 100} = [${i}, "abc", None]`).join('\n') + '\n'],
  ];
  for (const [name, text] of bad) {
    const uri = `file:///tmp/bench-ls-${name}.py`;
    const r = await s.run(uri, text);
    const m = memory(s.proc.pid);
    console.log(`LS bad input ${name.padEnd(8)} (${(text.length / 2 ** 20).toFixed(1)} MB): answered in ${r.ms.toFixed(0)} ms (server CPU ${r.cpu} ms)${r.messages.length ? ` with "${r.messages[0]}"` : ''}; server RSS ${m.rss.toFixed(0)} MiB, peak so far ${m.peak.toFixed(0)} MiB`);
    s.close(uri);
  }
}
await new Promise((r) => setTimeout(r, 3000)); // let the terminated thread's memory go
const end = memory(s.proc.pid);
console.log(`LS memory (RSS, main + analysis thread): idle ${idle.rss.toFixed(0)} MiB, after the 1,000-line runs ${afterFiles.rss.toFixed(0)} MiB, after bad input ${end.rss.toFixed(0)} MiB, peak ${end.peak.toFixed(0)} MiB (analysis heap capped at 512 MiB by refscope.languageServer.memoryLimitMb)`);
await s.stop();
