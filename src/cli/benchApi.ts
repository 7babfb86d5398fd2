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
 * Heap snapshot costs (issue 3): a snapshot of a program holding `n` live objects, and the diff
 * between the snapshots of two consecutive steps of an ordinary program. Milliseconds, medians.
 */
export function snapshotFigures(n: number, repeats = 5): { objects: number; snapshotMs: number; diffMs: number; diffObjects: number } {
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const host = new BufferHost();
  const big = prepareProgram(`keep = [[i] for i in range(${Math.floor(n / 2)})]\n`, 'snap.py', host, {});
  big.run();
  let objects = 0;
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    const s = takeSnapshot(big.runtime);
    times.push(performance.now() - t);
    objects = s.objects.length;
  }
  // An ordinary program: a few hundred objects, one line after another.
  const src = 'class Node:\n    def __init__(self, v):\n        self.v = v\n        self.next = None\n' +
    'items = [Node(i) for i in range(200)]\nd = {i: str(i) for i in range(100)}\n' +
    'for k in range(20):\n    items[k].next = items[k + 1]\n    d[k] = [k]\nprint(len(items))\n';
  const small = prepareProgram(src, 'diff.py', new BufferHost(), {});
  const snaps: HeapSnapshot[] = [];
  small.runtime.trace.setListener((e) => { if (e.kind === 'line' && e.step > 600 && snaps.length < 2) snaps.push(takeSnapshot(small.runtime, e.step)); });
  small.run();
  const diffs: number[] = [];
  for (let i = 0; i < repeats * 4; i++) {
    const t = performance.now();
    diffSnapshots(snaps[0], snaps[1]);
    diffs.push(performance.now() - t);
  }
  return { objects, snapshotMs: median(times), diffMs: median(diffs), diffObjects: snaps[1].objects.length };
}
