// dist/bench-api.js: a tiny API for bench/ to run programs in-process.
import { prepareProgram } from '../runtime/program';
import { BufferHost } from '../runtime/host';
import { takeSnapshot } from '../runtime/inspect/snapshot';
import { diffSnapshots } from '../runtime/inspect/diff';
import type { HeapSnapshot } from '../runtime/inspect/model';

/** Runs `source`; `finalize: false` leaves the heap as the program left it (to measure it). */
export function runProgramForBench(source: string, filename = 'bench.py', opts: { finalize?: boolean } = {}) {
  const host = new BufferHost();
  const p = prepareProgram(source, filename, host, {});
  const r = p.run();
  if (opts.finalize !== false) p.finalize(r);
  return { runtime: r.runtime, stdout: host.stdout, stderr: host.stderr, exitCode: r.exitCode };
}

/**
 * A program that leaves about `n` live objects of a realistic mix: per round a str, an int
 * outside the small-int cache, an instance, a dict and a list holding them (five objects).
 */
export function mixedHeapProgram(n: number): string {
  return 'class Point:\n    def __init__(self, x, name):\n        self.x = x\n        self.name = name\n' +
    `keep = []\nfor i in range(${Math.floor(n / 5)}):\n    s = str(i)\n    v = i + 1000\n` +
    '    keep.append([Point(v, s), {s: v}])\ndel s, v, i\n';
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** process.cpuUsage() user + system, in ms: on a loaded machine, closer to the work done than the wall clock. */
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

/**
 * Heap snapshot costs (issue 3): a snapshot of a program holding `n` live objects, and the diff
 * between the snapshots of two consecutive steps of an ordinary program. Milliseconds, medians
 * of wall-clock time and of this process's CPU time. `snapshot` is takeSnapshot (everything read
 * from the runtime); `records` is then reading its `objects` (the ObjectSnapshot records, made on
 * first read: what a consumer that sends or prints the whole snapshot pays on top).
 */
export function snapshotFigures(n: number, repeats = 7): {
  objects: number; snapshotMs: number; snapshotCpuMs: number; recordsMs: number; recordsCpuMs: number;
  diffMs: number; diffCpuMs: number; diffObjects: number;
} {
  const host = new BufferHost();
  const big = prepareProgram(mixedHeapProgram(n), 'snap.py', host, {});
  big.run();
  let objects = 0;
  const times: number[] = [];
  const cpu: number[] = [];
  const recordTimes: number[] = [];
  const recordCpu: number[] = [];
  takeSnapshot(big.runtime).objects.length; // warm-up (JIT), not counted
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    const c = cpuMs();
    takeSnapshot(big.runtime);
    cpu.push(cpuMs() - c);
    times.push(performance.now() - t);
  }
  // Reading the records, separately: the records of one run would otherwise be garbage the GC
  // collects during the next run's snapshot.
  for (let i = 0; i < repeats; i++) {
    const s = takeSnapshot(big.runtime);
    const t = performance.now();
    const c = cpuMs();
    objects = s.objects.length;
    recordCpu.push(cpuMs() - c);
    recordTimes.push(performance.now() - t);
  }
  // An ordinary program: a few hundred objects, one line after another.
  const src = 'class Node:\n    def __init__(self, v):\n        self.v = v\n        self.next = None\n' +
    'items = [Node(i) for i in range(200)]\nd = {i: str(i) for i in range(100)}\n' +
    'for k in range(20):\n    items[k].next = items[k + 1]\n    d[k] = [k]\nprint(len(items))\n';
  const small = prepareProgram(src, 'diff.py', new BufferHost(), {});
  const snaps: HeapSnapshot[] = [];
  small.runtime.trace.setListener((e) => { if (e.kind === 'line' && e.step > 600 && snaps.length < 2) snaps.push(takeSnapshot(small.runtime, e.step)); });
  small.run();
  for (const s of snaps) void s.objects.length; // the records are made before timing: a diff compares them
  const diffs: number[] = [];
  const diffCpu: number[] = [];
  for (let i = 0; i < repeats * 4; i++) {
    const t = performance.now();
    const c = cpuMs();
    diffSnapshots(snaps[0], snaps[1]);
    diffCpu.push(cpuMs() - c);
    diffs.push(performance.now() - t);
  }
  return {
    objects, snapshotMs: median(times), snapshotCpuMs: median(cpu), recordsMs: median(recordTimes), recordsCpuMs: median(recordCpu),
    diffMs: median(diffs), diffCpuMs: median(diffCpu), diffObjects: snaps[1].objects.length,
  };
}
