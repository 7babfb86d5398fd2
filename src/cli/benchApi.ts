// dist/bench-api.js: a tiny API for bench/ to run programs in-process.
import { runProgram } from '../runtime/program';
import { BufferHost } from '../runtime/host';

export function runProgramForBench(source: string, filename = 'bench.py') {
  const host = new BufferHost();
  const r = runProgram(source, filename, host, {});
  return { runtime: r.runtime, stdout: host.stdout, stderr: host.stderr, exitCode: r.exitCode };
}
