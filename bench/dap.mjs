// Debug adapter figures (issue 4), over the real protocol against dist/debugAdapter.js:
// pause latency in `while True: pass`, the round trip of one step (next + stackTrace + scopes +
// variables of the top frame) with 10,000 live objects, `continue` to a breakpoint against the CLI
// running the same program, and time travel at step ~100,000 (stepBack right after the stop, after
// looking a moment, several in a row; reverseContinue to a near and a far hit) and near the start.
// Going back continues from a checkpoint kept by spare runners (src/debugAdapter/checkpoints.ts).
// Prints figures only; the tests assert behaviour. `node bench/dap.mjs [section]` after `npm run build`.
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { DebugClient } = require('@vscode/debugadapter-testsupport');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const adapter = join(root, 'dist', 'debugAdapter.js');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(adapter)) { console.error('build first: npm run build'); process.exit(1); }
/** `node bench/dap.mjs far` runs only the sections whose name contains the argument (pause, step, far, reverse, hover, memory, near). */
const only = process.argv[2];
const want = (name) => !only || name.includes(only);
const dir = mkdtempSync(join(tmpdir(), 'refscope-bench-dap-'));

function program(name, text) {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

// CPU time (user + system, all threads) of a process, in ms, from /proc (Linux; null elsewhere). The machine may be
// shared, so figures give CPU time beside wall time.
const TICK_MS = 10; // USER_HZ is 100 on Linux
function cpuOf(pid) {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) * TICK_MS;
  } catch { return null; }
}
/** The adapter process's resident memory in MB (all its threads: the program's runner, spares, watch runner). */
function rssOf(dc) {
  try { return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${dc._adapterProcess.pid}/status`, 'utf8'))[1]) / 1024; } catch { return null; }
}
/** The adapter process's CPU time so far (the DebugClient's child). */
const adapterCpu = (dc) => cpuOf(dc._adapterProcess?.pid);
/** A CLI run of `path`: wall and CPU ms (CPU from the child's rusage, via a preloaded exit hook). */
const cpuHook = program('cpu-hook.cjs', "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write(`\\ncpu-ms ${(u.user + u.system) / 1000}\\n`); });\n");
function cliRun(path) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--require', cpuHook, cli, 'run', path], { encoding: 'utf8' });
  const wall = performance.now() - t0;
  const m = /cpu-ms ([\d.]+)/.exec(r.stderr);
  return { wall, cpu: m ? Number(m[1]) : null };
}
const cpuText = (xs) => (xs.some((x) => x === null) ? 'n/a' : `median ${median(xs).toFixed(0)} ms`);

/** `tuning`: checkpoint tuning overrides for the adapter (REFSCOPE_CHECKPOINTS, src/debugAdapter/checkpoints.ts). */
async function session(path, breakpoints = [], tuning = null) {
  const env = tuning ? { ...process.env, REFSCOPE_CHECKPOINTS: JSON.stringify(tuning) } : process.env;
  const dc = new DebugClient(process.execPath, adapter, 'refscope', { env });
  dc.defaultTimeout = 120000;
  await dc.start();
  const t0 = performance.now();
  const stopped = breakpoints.length > 0 ? dc.waitForEvent('stopped') : null;
  await Promise.all([
    dc.waitForEvent('initialized').then(async () => {
      if (breakpoints.length) await dc.setBreakpointsRequest({ source: { path }, breakpoints: breakpoints.map((b) => (typeof b === 'number' ? { line: b } : b)) });
      await dc.configurationDoneRequest();
    }),
    dc.initializeRequest(),
    dc.launchRequest({ program: path }),
  ]);
  if (stopped) await stopped;
  return { dc, launchToStop: performance.now() - t0, cpuToStop: adapterCpu(dc) };
}

// Pause latency.
if (want('pause')) {
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
if (want('step')) {
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

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function timed(dc, request) {
  const stopped = dc.waitForEvent('stopped');
  const t0 = performance.now();
  await request();
  await stopped;
  return performance.now() - t0;
}
const back = (dc) => timed(dc, () => dc.stepBackRequest({ threadId: 1 }));
const ms = (xs) => `median ${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`;
/** How long a user looks at a stop before going back: spare runners reach their checkpoints meanwhile. */
const LOOK_MS = 2500;

// Continue to a breakpoint against the CLI, and stepBack far into a run (checkpoints: src/debugAdapter/checkpoints.ts).
if (want('far')) {
  const src = 'i = 0\nwhile i < 50000:\n    i += 1\nprint(i)\n';
  const p = program('far.py', src);
  const cliRuns = [];
  for (let k = 0; k < 3; k++) cliRuns.push(cliRun(p));
  // The first stepBack right after the stop (a runner that followed the run is adopted: src/debugAdapter/checkpoints.ts);
  // runs with no follower (busyRunning 0) interleaved, for what following costs.
  const launches = [];
  const launchCpu = [];
  const firsts = [];
  const alone = [];
  const aloneCpu = [];
  const aloneFirsts = [];
  for (let k = 0; k < 3; k++) {
    for (const follow of [true, false]) {
      const { dc, launchToStop, cpuToStop } = await session(p, [4], { busyRunning: follow ? 1 : 0 });
      (follow ? launches : alone).push(launchToStop);
      (follow ? launchCpu : aloneCpu).push(cpuToStop);
      (follow ? firsts : aloneFirsts).push(await back(dc));
      await dc.stop();
    }
  }
  console.log(`DAP launch+continue to a breakpoint after ~100,000 steps, a runner following (the default with 2+ processors; this machine has ${availableParallelism()}): ${ms(launches)}, adapter CPU ${cpuText(launchCpu)}; with no runner following (the default on 1 processor): ${ms(alone)}, CPU ${cpuText(aloneCpu)}; CLI run of the same program: ${ms(cliRuns.map((r) => r.wall))}, CPU ${cpuText(cliRuns.map((r) => r.cpu))} (target: at least half the CLI's speed)`);
  console.log(`DAP stepBack at step ~100,000 right after the stop, a runner following: ${ms(firsts)} (target < 200 ms); with no runner following: ${ms(aloneFirsts)}`);
  // A conditional breakpoint in the hot loop: its condition runs at each of ~50,000 hits, the last one true.
  const condRuns = [];
  const condCpu = [];
  for (let k = 0; k < 3; k++) {
    const { dc, launchToStop, cpuToStop } = await session(p, [{ line: 3, condition: 'i == 49999' }]);
    condRuns.push(launchToStop);
    condCpu.push(cpuToStop);
    await dc.stop();
  }
  console.log(`DAP launch+continue to a conditional breakpoint (condition run ~50,000 times): ${ms(condRuns)}, adapter CPU ${cpuText(condCpu)}; ratio to the CLI's median: ${(median(condRuns) / median(cliRuns.map((r) => r.wall))).toFixed(2)} (target <= 2)`);
  // The user looks a moment before each stepBack: a spare waits ~10,000 events back.
  const { dc } = await session(p, [4]);
  const settled = [];
  for (let k = 0; k < 5; k++) {
    await sleep(LOOK_MS);
    settled.push(await back(dc));
  }
  console.log(`DAP stepBack at step ~100,000 after looking ${LOOK_MS / 1000} s: ${ms(settled)} (target < 200 ms)`);
  // Several stepBacks in a row without a pause: each consumes a spare, and new spares take a while to catch up.
  await sleep(LOOK_MS);
  const rapid = [];
  for (let k = 0; k < 4; k++) rapid.push(await back(dc));
  console.log(`DAP 4 stepBacks in a row at step ~100,000: ${rapid.map((x) => x.toFixed(0)).join(', ')} ms`);
  await sleep(LOOK_MS);
  console.log(`DAP adapter resident memory with the spares settled (program's runner + up to 4 spares + a warm thread): ${rssOf(dc)?.toFixed(0) ?? 'n/a'} MB`);
  await dc.stop();
}

// reverseContinue at step ~100,000: to a breakpoint hit ~6,000 steps back (the scan starts at a checkpoint), then to
// one ~90,000 steps back (scanned checkpoint by checkpoint, then from the start).
if (want('reverse')) {
  const p = program('hits.py', 'i = 0\nwhile i < 33000:\n    i += 1\n    if i == 1000 or i == 31000:\n        j = i\nprint(i)\n');
  const near = [];
  const far = [];
  for (let k = 0; k < 3; k++) {
    const { dc } = await session(p, [5, 6]);
    await timed(dc, () => dc.continueRequest({ threadId: 1 }));
    await timed(dc, () => dc.continueRequest({ threadId: 1 }));
    await sleep(LOOK_MS);
    near.push(await timed(dc, () => dc.reverseContinueRequest({ threadId: 1 })));
    await sleep(LOOK_MS);
    far.push(await timed(dc, () => dc.reverseContinueRequest({ threadId: 1 })));
    await dc.stop();
  }
  console.log(`DAP reverseContinue at step ~100,000 after looking ${LOOK_MS / 1000} s, to a hit ~6,000 steps back: ${ms(near)}; then to one ~90,000 steps back: ${ms(far)}`);
}

// Hover (an expression that runs code, so a throwaway runner at the stop answers it) at step ~100,000: right after the
// stop, and after a step and a moment's look (the runner is then taken from a spare waiting behind the stop).
if (want('hover')) {
  const p = program('hover.py', 'i = 0\nwhile i < 50000:\n    i += 1\nprint(i)\nprint(i)\n');
  const hover = (dc, expression) => {
    const t0 = performance.now();
    return dc.evaluateRequest({ expression, frameId: 0, context: 'hover' }).then(() => performance.now() - t0);
  };
  const first = [];
  const settled = [];
  const aloneSettled = [];
  for (let k = 0; k < 3; k++) {
    for (const spares of [true, false]) {
      const { dc } = await session(p, [4], spares ? null : { count: 0 });
      if (spares) first.push(await hover(dc, 'i * 2'));
      await timed(dc, () => dc.nextRequest({ threadId: 1 }));
      await sleep(LOOK_MS);
      (spares ? settled : aloneSettled).push(await hover(dc, 'i + 1'));
      await dc.stop();
    }
  }
  console.log(`DAP hover needing code at step ~100,000 right after the stop: ${ms(first)}; after a step and looking ${LOOK_MS / 1000} s: ${ms(settled)} (target < 100 ms); with no spares: ${ms(aloneSettled)}`);
}

// The adapter's resident memory with N spare runners, the program holding ~100,000 objects, after the spares settle.
if (want('memory')) {
  const p = program('mem.py', 'keep = [[k] for k in range(50000)]\ni = 0\nwhile i < 50000:\n    i += 1\nprint(i)\n');
  const rows = [];
  for (const count of [0, 1, 2, 4]) {
    const { dc } = await session(p, [5], { count });
    await sleep(LOOK_MS * 2);
    rows.push(`${count} spares ${rssOf(dc)?.toFixed(0) ?? 'n/a'} MB`);
    await dc.stop();
  }
  console.log(`DAP adapter resident memory, program holding ~100,000 objects: ${rows.join(', ')}`);
}

// stepBack near the start of a program.
if (want('near')) {
  const p = program('near.py', 'x = []\nfor i in range(20):\n    x.append([i])\nprint(len(x))\n');
  const { dc } = await session(p, [4]);
  const near = [];
  for (let k = 0; k < 5; k++) {
    await sleep(300);
    near.push(await back(dc));
  }
  await dc.stop();
  console.log(`DAP stepBack at step ~40: ${ms(near)}`);
}
