// Running a whole program as `python3 FILE.py` would: parse, compile, execute
// the module code in a fresh __main__ namespace, print an uncaught exception's
// traceback to stderr, and give the exit status. cf. Python/pythonrun.c
// run_mod / PyRun_SimpleFileExFlags and Modules/main.c.

import { PyRaise, ExecutionHalted } from './objects/object';
import type { PyObject } from './objects/object';
import { PyModule, PyException, PyInt, PyStr } from './objects/core';
import { Runtime } from './runtime';
import type { RuntimeHost, RuntimeOptions } from './host';
import { parseModule } from './parse/index';
import type { Module } from './parse/ast';
import { PySyntaxError, formatSyntaxError } from './parse/errors';
import { compileModule, type CompileUnsupported } from './compile/index';
import { loadCode, releaseConstCache, constToObject } from './vm/functions';
import { newCodeFrame } from './vm/evalCode';
import { evalFrame } from './vm/eval';
import { newDict, dictSetStr } from './objects/dictops';
import { formatException } from './traceback';
import type { Const } from './compile/code';
import { installSourceModules } from './modules/sourceModule';
import { finalizeInterpreter } from './finalize';

export interface ProgramResult {
  exitCode: number;
  runtime: Runtime;
  /** Set when the run was stopped by the host or --max-steps. */
  halted: string | null;
  /** The uncaught exception, if any (still alive: the caller may inspect it). */
  uncaught: PyObject | null;
  /** Set when the program did not compile: a SyntaxError (parser or compiler) or a construct RefScope cannot run. */
  compileError?: PySyntaxError | CompileUnsupported;
}

/** A program ready to run: the runtime exists (hooks can be attached), nothing has executed. */
export interface PreparedProgram {
  runtime: Runtime;
  /** Execute the module; returns when it finishes (or throws only for host-level errors). The
   *  state is left as the program left it (views look at it); finalize() shuts down after. */
  run(): ProgramResult;
  /** Interpreter shutdown: releases the uncaught exception and runs the finalizers of what is
   *  still alive, as `python3` does after the last line (nothing when the run was halted). */
  finalize(result: ProgramResult): void;
}

/**
 * Create the runtime for `source` and compile it; a SyntaxError is reported when run() is called.
 * `tree`: `source` already parsed by the caller (parseModule), to save parsing it twice.
 */
export function prepareProgram(source: string, filename: string, host: RuntimeHost, options: RuntimeOptions = {}, tree?: Module): PreparedProgram {
  const rt = new Runtime(host, { ...options, argv: options.argv ?? [filename] });
  rt.sources = new Map([[filename, source.split('\n')]]);
  rt.formatException = (exc) => formatException(rt, exc);
  installSourceModules(rt);
  return {
    runtime: rt,
    run: () => execute(rt, source, filename, tree),
    finalize: (result) => {
      if (result.halted !== null || rt.finalized) return;
      rt.finalized = true;
      const exc = result.uncaught;
      result.uncaught = null;
      try {
        finalizeInterpreter(rt, exc);
      } catch (e) {
        if (!(e instanceof ExecutionHalted)) throw e;
      }
    },
  };
}

/** Run a program to its end and shut the interpreter down, as `python3 FILE.py`. */
export function runProgram(source: string, filename: string, host: RuntimeHost, options: RuntimeOptions = {}): ProgramResult {
  const p = prepareProgram(source, filename, host, options);
  const result = p.run();
  p.finalize(result);
  return result;
}

function execute(rt: Runtime, source: string, filename: string, tree?: Module): ProgramResult {
  const host = rt.host;
  let unit;
  try {
    unit = compileModule(tree ?? parseModule(source, filename), filename, source);
    // SyntaxWarnings are printed while compiling, as warnings.showwarning formats them.
    const lines = source.split('\n');
    for (const w of unit.warnings) {
      const text = (lines[w.lineno - 1] ?? '').trim();
      host.write('stderr', `${w.filename}:${w.lineno}: ${w.category}: ${w.message}\n${text ? `  ${text}\n` : ''}`);
    }
  } catch (e) {
    if (e instanceof PySyntaxError) {
      host.write('stderr', formatSyntaxError(e));
      return { exitCode: 1, runtime: rt, halted: null, uncaught: null, compileError: e };
    }
    if (e instanceof Error && e.name === 'CompileUnsupported') {
      // Loud and located: the construct and its line (the message itself stays line-free for the language server).
      host.write('stderr', `${e.message} (line ${(e as CompileUnsupported).lineno})\n`);
      return { exitCode: 1, runtime: rt, halted: null, uncaught: null, compileError: e as CompileUnsupported };
    }
    throw e;
  }
  const globals = newDict(rt);
  const mod = new PyModule(rt.t.module, '__main__', globals);
  rt.allocObject(mod, 56);
  rt.gc.track(mod);
  rt.modules.add('__main__', mod);
  const put = (k: string, v: PyObject) => { dictSetStr(rt, globals, k, v); rt.decref(v); };
  // The __main__ namespace CPython 3.11 sets up, in its order (module init, then
  // pylifecycle.c add_main_module, then pythonrun.c's __file__ and __cached__).
  put('__name__', rt.newStr('__main__'));
  put('__doc__', rt.none());
  put('__package__', rt.none());
  dictSetStr(rt, globals, '__loader__', rt.mainLoader);
  put('__spec__', rt.none());
  put('__annotations__', newDict(rt));
  dictSetStr(rt, globals, '__builtins__', rt.builtinsModule);
  put('__file__', rt.newStr(filename));
  put('__cached__', rt.none());
  // The AST arena keeps a reference to each constant while the module runs (pythonrun.c run_mod).
  const cache = new Map<Const, PyObject>();
  const codeObj = loadCode(rt, unit.code, cache, filename);
  const arena: PyObject[] = unit.astConstants.map((c: Const) => constToObject(rt, c, cache, filename));
  releaseConstCache(rt, cache);
  // PyEval_EvalCode: a function object holds globals, builtins and the code while the frame runs.
  const frame = newCodeFrame(rt, codeObj, globals, globals);
  const func = frame.func!;
  let exitCode = 0;
  let halted: string | null = null;
  let uncaught: PyObject | null = null;
  try {
    const r = evalFrame(rt, frame);
    rt.decref(r);
  } catch (e) {
    if (e instanceof PyRaise) {
      uncaught = e.exc;
      exitCode = handleUncaught(rt, e.exc);
    } else if (e instanceof ExecutionHalted) {
      halted = e.reason;
      if (e.reason !== '') host.write('stderr', `${e.reason}\n`);
      exitCode = 1;
      rt.frame = null;
      rt.depth = 0;
    } else throw e;
  }
  // run_mod releases the code object, then PyRun_FileExFlags frees the AST arena.
  rt.decref(func);
  rt.decref(codeObj);
  for (const c of arena) rt.decref(c);
  return { exitCode, runtime: rt, halted, uncaught };
}

/** SystemExit gives the exit status; anything else prints its traceback (exit 1). cf. handle_system_exit. */
function handleUncaught(rt: Runtime, exc: PyObject): number {
  if (exc.type.isSubtypeOf(rt.t.SystemExit)) {
    const args = (exc as PyException).args.items;
    const code = args.length === 0 ? rt.None : args.length === 1 ? args[0] : (exc as PyException).args;
    if (code === rt.None) return 0;
    if (code instanceof PyInt) return Number(BigInt.asUintN(8, BigInt(code.v)));
    rt.host.write('stderr', (code instanceof PyStr ? code.v : rt.str(code)) + '\n');
    return 1;
  }
  rt.host.write('stderr', formatException(rt, exc));
  return 1;
}
