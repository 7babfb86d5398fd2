// The `refscope` command: run a .py file on the simulated CPython 3.11 runtime.
//   refscope run FILE.py [--stdin FILE] [--max-steps N] [-- ARGS...]
//   refscope dis FILE.py
//   refscope heap FILE.py [--line N | --step N]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runProgram, prepareProgram } from '../runtime/program';
import { compileModule } from '../runtime/compile/index';
import { parseModule } from '../runtime/parse/index';
import { disassemble } from '../runtime/compile/dis';
import { PySyntaxError, formatSyntaxError } from '../runtime/parse/errors';
import { takeSnapshot } from '../runtime/inspect/snapshot';
import { formatHeapText } from '../runtime/inspect/text';
import type { HeapSnapshot } from '../runtime/inspect/model';
import { ExecutionHalted } from '../runtime/objects/object';

const USAGE = `usage: refscope run FILE.py [--stdin FILE] [--max-steps N] [-- ARGS...]
       refscope dis FILE.py
       refscope heap FILE.py [--line N | --step N] [--stdin FILE]

Runs a Python file on RefScope's simulated CPython 3.11 runtime.
  run    like python3.11 FILE.py
  dis    disassemble, like python3 -m dis FILE.py
  heap   print a heap snapshot (.pyheap text) when line N is first reached,
         at step N, or (by default) when the module finishes`;

interface Args { cmd: string; file: string | null; stdin: string | null; maxSteps: number; line: number; step: number; argv: string[] }

function parseArgs(argv: string[]): Args {
  const [cmd, ...rest] = argv;
  const a: Args = { cmd: cmd ?? '', file: null, stdin: null, maxSteps: 0, line: 0, step: 0, argv: [] };
  for (let i = 0; i < rest.length; i++) {
    const x = rest[i];
    if (x === '--stdin') a.stdin = rest[++i];
    else if (x === '--max-steps') a.maxSteps = Number(rest[++i]);
    else if (x === '--line') a.line = Number(rest[++i]);
    else if (x === '--step') a.step = Number(rest[++i]);
    else if (x === '--') { a.argv.push(...rest.slice(i + 1)); break; }
    else if (a.file === null) a.file = x;
    else a.argv.push(x);
  }
  return a;
}

function main(argv: string[]): number {
  const a = parseArgs(argv);
  if (a.cmd === '' || a.cmd === '-h' || a.cmd === '--help') { process.stdout.write(USAGE + '\n'); return a.cmd === '' ? 2 : 0; }
  if (!['run', 'dis', 'heap'].includes(a.cmd)) { process.stderr.write(`refscope: unknown command '${a.cmd}'\n${USAGE}\n`); return 2; }
  if (a.file === null) { process.stderr.write(USAGE + '\n'); return 2; }
  // python3 shows the script's absolute path in tracebacks.
  a.file = resolve(a.file);
  let source: string;
  try { source = readFileSync(a.file, 'utf8'); } catch (e) {
    process.stderr.write(`refscope: can't open file '${a.file}': ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? '[Errno 2] No such file or directory' : (e as Error).message}\n`);
    return 2;
  }
  if (a.cmd === 'dis') {
    try {
      process.stdout.write(disassemble(compileModule(parseModule(source, a.file), a.file, source).code));
      return 0;
    } catch (e) {
      if (e instanceof PySyntaxError) { process.stderr.write(formatSyntaxError(e)); return 1; }
      throw e;
    }
  }
  const stdin = a.stdin !== null ? readFileSync(a.stdin, 'utf8') : '';
  const out: string[] = [];
  const host = {
    write(stream: 'stdout' | 'stderr', text: string) {
      if (stream === 'stdout') out.push(text);
      else { process.stdout.write(out.join('')); out.length = 0; process.stderr.write(text); }
    },
  };
  const options = { stdin, maxSteps: a.maxSteps, argv: [a.file, ...a.argv] };
  if (a.cmd === 'run') {
    const result = runProgram(source, a.file, host, options);
    process.stdout.write(out.join(''));
    return result.exitCode;
  }
  // heap
  const prepared = prepareProgram(source, a.file, a.cmd === 'heap' ? { write: (s, t) => { if (s === 'stderr') process.stderr.write(t); } } : host, options);
  const rt = prepared.runtime;
  rt.recordAllocLines = true;
  let snap: HeapSnapshot | null = null;
  rt.trace.setListener((e) => {
    if (snap !== null) return;
    if (e.kind === 'line' && ((a.line > 0 && e.line === a.line) || (a.step > 0 && e.step === a.step))) {
      snap = takeSnapshot(rt, e.step);
      throw new ExecutionHalted('');
    }
    if (e.kind === 'return' && a.line === 0 && a.step === 0 && e.frame.back === null && e.frame.code.name === '<module>') snap = takeSnapshot(rt, e.step);
  });
  const result = prepared.run();
  if (snap === null) {
    process.stderr.write(a.line > 0 ? `refscope: line ${a.line} was never reached\n` : a.step > 0 ? `refscope: the program ended before step ${a.step}\n` : '');
    return result.exitCode || 1;
  }
  process.stdout.write(formatHeapText(snap));
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`RefScope internal error (please report): ${(e as Error).stack ?? e}\n`);
  process.exitCode = 70;
}
