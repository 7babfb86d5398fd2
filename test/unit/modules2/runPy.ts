// Developer tool for the itertools/functools/collections modules: run Python
// programs on the simulator with these modules registered (even before the lead
// wires them into the runtime) and compare with the CPython goldens.
//
//   node --import tsx test/unit/modules2/runPy.ts FILE.py          print stdout/stderr
//   node --import tsx test/unit/modules2/runPy.ts --check A.py ...  compare with goldens

import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve, basename } from 'node:path';
import { prepareProgram } from '../../../src/runtime/program';
import { BufferHost } from '../../../src/runtime/host';
import type { Runtime } from '../../../src/runtime/runtime';
import { installModules2 } from './install';
import { normaliseOutputs } from '../../conformance/normalise';

/** What the runtime still lacks for these programs: the three modules' registration (see install.ts). */
export function prepareRuntime(rt: Runtime): void {
  installModules2(rt);
}

export function runFile(file: string): { stdout: string; stderr: string; status: number } {
  const source = readFileSync(file, 'utf8');
  const host = new BufferHost();
  const dir = dirname(resolve(file));
  const stdinFile = file.replace(/\.py$/, '.stdin');
  const stdin = existsSync(stdinFile) ? readFileSync(stdinFile, 'utf8') : '';
  const p = prepareProgram(source, basename(file), host, { stdin, maxSteps: 50_000_000 });
  prepareRuntime(p.runtime);
  let status: number;
  try {
    status = p.run().exitCode;
  } catch (e) {
    host.stderr += `\n[host error] ${(e as Error).stack}\n`;
    status = 99;
  }
  const [o, e] = normaliseOutputs(host.stdout, host.stderr, dir);
  return { stdout: o, stderr: e, status };
}

function main(argv: string[]): number {
  if (argv[0] === '--check') {
    let bad = 0;
    for (const f of argv.slice(1)) {
      const r = runFile(f);
      const want = (ext: string) => { const p = f.replace(/\.py$/, ext); return existsSync(p) ? readFileSync(p, 'utf8') : ''; };
      const ok = r.stdout === want('.stdout') && r.stderr === want('.stderr') && `${r.status}\n` === (want('.status') || '0\n');
      if (!ok) {
        bad++;
        process.stdout.write(`FAIL ${f}\n`);
        if (process.env.VERBOSE) {
          process.stdout.write(`--- got stdout\n${r.stdout}--- want stdout\n${want('.stdout')}`);
          process.stdout.write(`--- got stderr\n${r.stderr}--- want stderr\n${want('.stderr')}--- status ${r.status}\n`);
        }
      } else process.stdout.write(`ok   ${f}\n`);
    }
    process.stdout.write(`${argv.length - 1 - bad}/${argv.length - 1} passed\n`);
    return bad === 0 ? 0 : 1;
  }
  const r = runFile(argv[0]);
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  return r.status;
}

if (process.argv[1] && process.argv[1].endsWith('runPy.ts')) process.exitCode = main(process.argv.slice(2));
