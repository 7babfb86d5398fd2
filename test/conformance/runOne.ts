// Running one conformance program on the simulator, normalised like the goldens.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { runProgram } from '../../src/runtime/program';
import { BufferHost, type RuntimeOptions } from '../../src/runtime/host';
import { normaliseOutputs } from './normalise';

export function programs(dir: string): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out.push(...programs(p));
    else if (n.endsWith('.py') && existsSync(p.replace(/\.py$/, '.status'))) out.push(p);
  }
  return out;
}

/** `extra`: more runtime options (e.g. gcStress); `cpuBudgetMs`: the CPU-time budget (15 s). */
export function runOne(file: string, extra: Partial<RuntimeOptions> = {}, cpuBudgetMs = 15_000): { stdout: string; stderr: string; status: number } {
  const source = readFileSync(file, 'utf8');
  const stdinFile = file.replace(/\.py$/, '.stdin');
  const host = new BufferHost();
  let status: number;
  // A CPU-time budget, so a loaded machine does not turn slow programs into failures.
  const cpu0 = process.cpuUsage();
  const overBudget = () => { const u = process.cpuUsage(cpu0); return u.user + u.system > cpuBudgetMs * 1000; };
  try {
    const r = runProgram(source, basename(file), host, { stdin: existsSync(stdinFile) ? readFileSync(stdinFile, 'utf8') : '', maxSteps: 5_000_000, ...extra, shouldHalt: () => (overBudget() ? `conformance CPU budget (${cpuBudgetMs / 1000} s) exceeded` : null) });
    status = r.exitCode;
  } catch (e) {
    host.stderr += `JS error: ${(e as Error).stack ?? e}`;
    status = -1;
  }
  const [stdout, stderr] = normaliseOutputs(host.stdout, host.stderr, dirname(file));
  return { stdout, stderr, status };
}

/** The CPython goldens committed beside `file`. */
export function golden(file: string): { stdout: string; stderr: string; status: number } {
  return {
    stdout: readFileSync(file.replace(/\.py$/, '.stdout'), 'utf8'),
    stderr: readFileSync(file.replace(/\.py$/, '.stderr'), 'utf8'),
    status: Number(readFileSync(file.replace(/\.py$/, '.status'), 'utf8').trim()),
  };
}

/** Whether a run printed exactly what CPython did (stdout, stderr, exit status). */
export function matchesGolden(got: { stdout: string; stderr: string; status: number }, exp: { stdout: string; stderr: string; status: number }): boolean {
  return got.stdout === exp.stdout && got.stderr === exp.stderr && got.status === exp.status;
}
