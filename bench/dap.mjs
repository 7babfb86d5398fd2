// Debug adapter figures (issue 4), over the real protocol against dist/debugAdapter.js:
// pause latency in `while True: pass`, the round trip of one step (next + stackTrace + scopes +
// variables of the top frame) with 10,000 live objects, stepBack at step ~100,000, and
// `continue` to a breakpoint against the CLI running the same program.
// Prints figures only; the tests assert behaviour. `node bench/dap.mjs` after `npm run build`.
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { DebugClient } = require('@vscode/debugadapter-testsupport');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const adapter = join(root, 'dist', 'debugAdapter.js');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(adapter)) { console.error('build first: npm run build'); process.exit(1); }
const dir = mkdtempSync(join(tmpdir(), 'refscope-bench-dap-'));

function program(name, text) {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

async function session(path, breakpoints = []) {
  const dc = new DebugClient(process.execPath, adapter, 'refscope');
  dc.defaultTimeout = 120000;
  await dc.start();
  const t0 = performance.now();
  const stopped = breakpoints.length > 0 ? dc.waitForEvent('stopped') : null;
  await Promise.all([
    dc.waitForEvent('initialized').then(async () => {
      if (breakpoints.length) await dc.setBreakpointsRequest({ source: { path }, breakpoints: breakpoints.map((line) => ({ line })) });
      await dc.configurationDoneRequest();
    }),
    dc.initializeRequest(),
    dc.launchRequest({ program: path }),
  ]);
  if (stopped) await stopped;
  return { dc, launchToStop: performance.now() - t0 };
}

// Pause latency.
{
  const { dc } = await session(program('spin.py', 'while True:\n    pass\n'));
  await new Promise((r) => setTimeout(r, 300));
  const lat = [];
  for (let k = 0; k < 7; k++) {
    const stopped = dc.waitForEvent('stopped');
    const t0 = performance.now();
    await dc.pauseRequest({ threadId: 1 });
    await stopped;
    lat.push(performance.now() - t0);
    await dc.continueRequest({ threadId: 1 });
    await new Promise((r) => setTimeout(r, 50));
  }
  await dc.stop();
  console.log(`DAP pause in 'while True: pass': median ${median(lat).toFixed(1)} ms, max ${Math.max(...lat).toFixed(1)} ms (target < 100 ms)`);
}

// One step's round trip with 10,000 live objects.
{
  const p = program('live.py', 'objs = [[i * 1000] for i in range(5000)]\nx = 0\nfor k in range(100):\n    x += 1\n    y = x * 2\nprint(x)\n');
  const { dc } = await session(p, [4]);
  const times = [];
  for (let k = 0; k < 21; k++) {
    const t0 = performance.now();
    const stopped = dc.waitForEvent('stopped');
    await dc.nextRequest({ threadId: 1 });
    await stopped;
    const st = await dc.stackTraceRequest({ threadId: 1 });
    const scopes = await dc.scopesRequest({ frameId: st.body.stackFrames[0].id });
    await dc.variablesRequest({ variablesReference: scopes.body.scopes[0].variablesReference });
    times.push(performance.now() - t0);
  }
  await dc.stop();
  console.log(`DAP step round trip (next+stackTrace+scopes+variables), 10,000 live objects: median ${median(times).toFixed(1)} ms (target < 30 ms)`);
}

// stepBack far into a run, and continue to a breakpoint against the CLI.
{
  const src = 'i = 0\nwhile i < 50000:\n    i += 1\nprint(i)\n';
  const p = program('far.py', src);
  const t0 = performance.now();
  spawnSync(process.execPath, [cli, 'run', p], { encoding: 'utf8' });
  const cliMs = performance.now() - t0;
  const { dc, launchToStop } = await session(p, [4]);
  console.log(`DAP launch+continue to a breakpoint after ~100,000 steps: ${launchToStop.toFixed(0)} ms; CLI run of the same program: ${cliMs.toFixed(0)} ms (target: at least half the CLI's speed)`);
  const back = [];
  for (let k = 0; k < 3; k++) {
    const stopped = dc.waitForEvent('stopped');
    const t1 = performance.now();
    await dc.stepBackRequest({ threadId: 1 });
    await stopped;
    back.push(performance.now() - t1);
  }
  await dc.stop();
  console.log(`DAP stepBack at step ~100,000: median ${median(back).toFixed(0)} ms (target < 200 ms)`);
}
