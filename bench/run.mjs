// Speed and memory benchmarks: each program under bench/programs runs on the
// simulator (in this process, after the bundle is built) and on python3; the
// wall-time ratio is printed. Targets (issues 2 and 3): within 10x of CPython.
// Also: CLI start-up to first output, Node heap per live simulated object, the
// language server's figures (bench/language-server.mjs), extension activation, the
// debug adapter, and the Heap view in headless Chromium (bench/heap-view.mjs).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('build first: npm run build');
  process.exit(1);
}
const only = process.argv[2];

function time(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, out: r.stdout, err: r.stderr, status: r.status };
}

console.log('program'.padEnd(22), 'python3 ms'.padStart(11), 'refscope ms'.padStart(12), 'ratio'.padStart(7), ' output');
for (const f of readdirSync(join(here, 'programs')).filter((n) => n.endsWith('.py')).sort()) {
  if (only && !f.includes(only)) continue;
  const p = join(here, 'programs', f);
  const py = time('python3', [p]);
  const rs = time(process.execPath, ['--stack-size=4000', cli, 'run', p]);
  const same = py.out === rs.out ? 'same' : `DIFFERENT (${(rs.err || rs.out).trim().split('\n').pop()})`;
  console.log(f.padEnd(22), py.ms.toFixed(0).padStart(11), rs.ms.toFixed(0).padStart(12), (rs.ms / py.ms).toFixed(1).padStart(6) + 'x', ' ' + same);
}

// Start-up: time to the first line printed.
{
  const p = join(here, 'programs', 'hello.py');
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(time(process.execPath, [cli, 'run', p]).ms);
  runs.sort((a, b) => a - b);
  console.log(`CLI start-up to first output: median ${runs[2].toFixed(0)} ms (target < 150 ms)`);
}

// Node heap per live simulated object: a program holding one million small objects.
{
  const r = spawnSync(process.execPath, ['--expose-gc', join(here, 'heap-per-object.mjs')], { encoding: 'utf8' });
  process.stdout.write(r.stdout || r.stderr);
}
// The language server (issue 6): first diagnostics for a 1,000-line file, hover after a run,
// server memory; over its real protocol.
{
  const r = spawnSync(process.execPath, [join(here, 'language-server.mjs')], { encoding: 'utf8', timeout: 120000 });
  process.stdout.write(r.stdout || r.stderr || `language server benchmark: ${r.error?.message ?? 'no output'}\n`);
}
// Heap snapshot of 100,000 objects and a step's diff (issue 3).
{
  const r = spawnSync(process.execPath, [join(here, 'snapshot.mjs')], { encoding: 'utf8' });
  process.stdout.write(r.stdout || r.stderr);
}
// Extension activation (require + activate() of dist/extension.js with a stand-in vscode API).
{
  const r = spawnSync(process.execPath, [join(here, 'activation.mjs')], { encoding: 'utf8' });
  process.stdout.write(r.stdout || r.stderr);
}
// Debug adapter figures (pause latency, step round trip, stepBack, continue vs CLI).
{
  const r = spawnSync(process.execPath, [join(here, 'dap.mjs')], { encoding: 'utf8' });
  process.stdout.write(r.stdout || r.stderr);
}
// The Heap view (issue 5): re-render after a step at 1,000 and 10,000 objects, the Memory tab
// with 10+ arenas; the webview in headless Chromium, as test/webview drives it.
{
  const chromium = process.env.REFSCOPE_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    console.log(`Heap view benchmark: not run, Chromium not found at ${chromium} (apt-get install -y chromium, or set REFSCOPE_CHROMIUM)`);
  } else {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'heap-view.mjs')], { encoding: 'utf8', cwd: root, timeout: 300000 });
    process.stdout.write(r.status === 0 ? r.stdout : `Heap view benchmark failed: ${(r.stderr || r.stdout || r.error?.message || 'no output').trim().split('\n').slice(-5).join('\n')}\n`);
  }
}
void readFileSync;
