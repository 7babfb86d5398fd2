// dist/bench-api.js: a tiny API for bench/ to run programs in-process.
import { prepareProgram } from '../runtime/program';
import { BufferHost } from '../runtime/host';

/** Runs `source`; `finalize: false` leaves the heap as the program left it (to measure it). */
export function runProgramForBench(source: string, filename = 'bench.py', opts: { finalize?: boolean } = {}) {
  const host = new BufferHost();
  const p = prepareProgram(source, filename, host, {});
  const r = p.run();
  if (opts.finalize !== false) p.finalize(r);
  return { runtime: r.runtime, stdout: host.stdout, stderr: host.stderr, exitCode: r.exitCode };
}
