// Runs a Python file on the simulated runtime with a step and time budget and
// collects memory facts for the language server: per line, the type, id,
// refcount and size of every name the line mentions (as the line left it), how
// often the line ran, where objects were freed, and diagnostics (syntax error,
// unsupported construct, uncaught exception, mutated mutable default, and the
// reference cycles only the cyclic GC frees: see cycles.ts).

import { prepareProgram } from '../runtime/program';
import type { PyObject } from '../runtime/objects/object';
import { PyCell, PyFunction, PyList, PyException, PyTraceback, PySet, PyStr } from '../runtime/objects/core';
import { PyDict } from '../runtime/objects/dict';
import type { Frame } from '../runtime/vm/frame';
import type { Runtime } from '../runtime/runtime';
import { indexSource, defaultsKey, syntaxDiagnostic, type SourceIndex } from './sourceIndex';
import { PySyntaxError } from '../runtime/parse/errors';
import type { CompileUnsupported } from '../runtime/compile/index';
import { CycleRecorder, locateClosures, cycleDiagnostics, programLine } from './cycles';
import { emptyResult, type AnalysisDiagnostic, type AnalysisOptions, type AnalysisResult, type NameFact } from './facts';

export type { AnalysisOptions, AnalysisResult, AnalysisDiagnostic, DiagnosticKind, NameFact, LineFacts } from './facts';

function lookupName(f: Frame, name: string): PyObject | null {
  const i = f.code.localsplusNames.indexOf(name);
  if (i >= 0) {
    let v = f.localsplus[i];
    if (v instanceof PyCell && f.code.localsplusKinds[i] & 0xc0) v = v.ref;
    return v;
  }
  if (f.locals !== null) { const v = f.locals.getStr(name); if (v !== null) return v; }
  return f.globals.getStr(name);
}

export function analyse(source: string, filename: string, options: AnalysisOptions): AnalysisResult {
  const result = emptyResult();
  const indexed = indexSource(source, filename);
  if ('syntax' in indexed) {
    result.diagnostics.push(indexed.syntax);
    return result;
  }
  const index = indexed.index;
  const isCancelled = options.isCancelled ?? (() => false);
  const halt = (deadline: number) => () => (isCancelled() ? 'cancelled' : Date.now() > deadline ? `time budget of ${options.timeBudgetMs} ms used up` : null);
  const prepared = prepareProgram(source, filename, { write: () => undefined }, {
    maxSteps: options.maxSteps,
    stdin: options.stdin ?? '',
    shouldHalt: halt(Date.now() + options.timeBudgetMs),
  }, index.tree);
  const rt = prepared.runtime;
  const facts = new FactRecorder(rt, filename, index, result);
  const cycles = new CycleRecorder(rt, filename);
  let run;
  try {
    run = prepared.run();
  } catch (e) {
    result.stoppedEarly = `RefScope internal error: ${(e as Error).message}`;
    return result;
  }
  rt.trace.setListener(null);
  if (run.compileError) {
    result.diagnostics.push(compileErrorDiagnostic(run.compileError, source));
    return result;
  }
  result.stoppedEarly = run.halted;
  result.steps = options.maxSteps > 0 ? Math.min(rt.trace.steps, options.maxSteps) : rt.trace.steps;
  result.aliveAtExit = rt.gc.sets[0].size + rt.gc.sets[1].size + rt.gc.sets[2].size;
  result.collectedByGc = rt.gc.stats.reduce((a, s) => a + s.collected, 0);
  if (run.uncaught !== null) uncaughtDiagnostic(rt, run.uncaught as PyException, filename, result);
  facts.mutatedDefaults(index, result);
  if (isCancelled()) return result;
  cycles.finish(run.halted !== null);
  // The replay stops where the first run stopped: same steps, its own time budget.
  const closedAt = locateClosures(source, filename, cycles.garbage, {
    stdin: options.stdin ?? '', maxSteps: run.halted !== null ? rt.trace.steps : options.maxSteps,
    deadline: Date.now() + options.timeBudgetMs, isCancelled,
  }, index.tree);
  result.diagnostics.push(...cycleDiagnostics(source, cycles.garbage, closedAt));
  return result;
}

/** A SyntaxError the compiler raised (symtable: 'return' outside function…) or a construct RefScope cannot run yet. */
function compileErrorDiagnostic(e: PySyntaxError | CompileUnsupported, source: string): AnalysisDiagnostic {
  if (e instanceof PySyntaxError) return syntaxDiagnostic(e);
  const line = Math.max(1, e.lineno);
  const text = (source.split('\n')[line - 1] ?? '').replace(/\r$/, '').trimEnd();
  const col = Math.max(0, e.col);
  return { kind: 'unsupported', line, col, endLine: line, endCol: Math.max(col + 1, text.length), message: e.message };
}

/** The uncaught exception at its raising line in this file (the innermost traceback entry here). */
function uncaughtDiagnostic(rt: Runtime, exc: PyException, filename: string, result: AnalysisResult): void {
  let last: PyTraceback | null = null;
  for (let tb = exc.traceback as PyTraceback | null; tb !== null; tb = tb.next) {
    const fr = (tb.frame as unknown as { frame: Frame }).frame;
    if (fr.code.filename === filename) last = tb;
  }
  if (last === null) return;
  const fr = (last.frame as unknown as { frame: Frame }).frame;
  const p = fr.code.positions;
  const i = Math.max(0, last.lasti);
  let text: string;
  try { text = rt.str(exc); } catch { text = '<exception str() failed>'; }
  const unsupported = exc.type === rt.t.NotImplementedError && /RefScope does not support/.test(text);
  result.diagnostics.push({
    kind: unsupported ? 'unsupported' : 'exception',
    line: last.lineno, col: Math.max(0, p[4 * i + 2]), endLine: p[4 * i + 1] > 0 ? p[4 * i + 1] : last.lineno, endCol: Math.max(0, p[4 * i + 3]),
    message: unsupported ? text : `${exc.type.name}: ${text} (uncaught when RefScope ran this file)`,
  });
}

/** Per-line name facts (at line events), "freed at line N", and the mutable defaults functions were called with. */
class FactRecorder {
  private readonly pending = new WeakMap<Frame, number>();
  private readonly byId = new Map<number, NameFact[]>();
  /** Each mutable default seen at a call: its function, which parameter (index of a positional default, or keyword name), its contents then. */
  private readonly defaults = new Map<PyObject, { owner: PyFunction; param: number | string; state: string }>();

  constructor(private readonly rt: Runtime, filename: string, private readonly index: SourceIndex, private readonly result: AnalysisResult) {
    rt.onDealloc = (o) => {
      const facts = this.byId.get(o.addr);
      if (!facts) return;
      // The program's own line (not a line of a module it called); 0: after its last line.
      const line = (rt.frame ? programLine(rt.frame, rt.frame.lineno, filename) : null) ?? 0;
      for (const fact of facts) if (fact.freedAt === null) fact.freedAt = line;
      this.byId.delete(o.addr);
    };
    rt.trace.setListener((e) => {
      if (e.kind === 'line') {
        const prev = this.pending.get(e.frame);
        if (prev !== undefined) this.record(e.frame, prev);
        this.pending.set(e.frame, e.line);
      } else if (e.kind === 'return') {
        const prev = this.pending.get(e.frame);
        if (prev !== undefined) this.record(e.frame, prev);
        this.pending.delete(e.frame);
      } else if (e.kind === 'call') {
        const fn = e.frame.func;
        if (!(fn instanceof PyFunction)) return;
        const note = (d: PyObject, param: number | string) => {
          if ((d instanceof PyList || d instanceof PyDict || d instanceof PySet) && !this.defaults.has(d)) this.defaults.set(d, { owner: fn, param, state: stateOf(d) });
        };
        if (fn.defaults) fn.defaults.items.forEach(note);
        const kw = fn.kwdefaults;
        if (kw) for (let i = 0; i < kw.keys.length; i++) { const k = kw.keys[i]; const v = kw.values[i]; if (k instanceof PyStr && v) note(v, k.v); }
      }
    });
  }

  private record(f: Frame, line: number): void {
    const names = this.index.names.get(line);
    let facts = this.result.lines.get(line);
    if (!facts) { facts = { runs: 0, names: new Map() }; this.result.lines.set(line, facts); }
    facts.runs++;
    if (!names) return;
    for (const n of names) {
      const v = lookupName(f, n);
      if (v === null) continue;
      let size = 0;
      try { size = this.rt.sizeofNoPre(v) + (v.type.gc ? 16 : 0) + (v.type.managedDict ? 16 : 0); } catch { size = 0; }
      const fact: NameFact = { type: v.type.name, id: v.addr, refcount: v.refcnt, size, freedAt: null };
      facts.names.set(n, fact);
      if (!this.byId.has(v.addr)) this.byId.set(v.addr, []);
      this.byId.get(v.addr)!.push(fact);
    }
  }

  /** A list, dict or set default whose contents changed since the first call. */
  mutatedDefaults(index: SourceIndex, result: AnalysisResult): void {
    for (const [obj, { owner, param, state }] of this.defaults) {
      if (obj.refcnt <= 0 || stateOf(obj) === state) continue;
      const code = owner.codeObj.code;
      const n = owner.defaults ? owner.defaults.items.length : 0;
      const spans = index.defaults.get(defaultsKey(code.firstlineno, code.name));
      const span = !spans ? null : typeof param === 'string' ? spans.keyword.get(param) ?? null : spans.positional.length === n ? spans.positional[param] : null;
      // Positional defaults belong to the last n positional parameters (co_varnames order).
      const name = `'${typeof param === 'string' ? param : code.localsplusNames[code.argcount - n + param]}'`;
      result.diagnostics.push({
        kind: 'mutableDefault',
        line: span ? span.lineno : code.firstlineno, col: span ? span.col_offset : 0,
        endLine: span ? span.end_lineno : code.firstlineno, endCol: span ? span.end_col_offset : 200,
        message: `Mutable default argument ${name} of ${owner.qualname}() was mutated: every call shares the same ${obj.type.name} object (id 0x${obj.addr.toString(16)}).`,
      });
    }
  }
}

function stateOf(o: PyObject): string {
  if (o instanceof PyList) return o.items.map((x) => x.addr).join(',');
  if (o instanceof PyDict) return `${o.used}:${o.version}`;
  if (o instanceof PySet) return `${o.used}`;
  return '';
}
