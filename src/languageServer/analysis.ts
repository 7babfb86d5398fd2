// Runs a Python file on the simulated runtime with a step and time budget and
// collects memory facts for the language server: per line, the type, id,
// refcount and size of every name the line mentions (as the line left it), how
// often the line ran, where objects were freed, and diagnostics.

import { prepareProgram } from '../runtime/program';
import { parseModule } from '../runtime/parse/index';
import { PySyntaxError } from '../runtime/parse/errors';
import type { PyObject } from '../runtime/objects/object';
import { PyRaise } from '../runtime/objects/object';
import { PyCell, PyFunction, PyList, PyException, PyTraceback, PySet } from '../runtime/objects/core';
import { PyDict } from '../runtime/objects/dict';
import type { Frame } from '../runtime/vm/frame';
import type { Runtime } from '../runtime/runtime';

export interface NameFact { type: string; id: number; refcount: number; size: number; freedAt: number | null }
export interface LineFacts { runs: number; names: Map<string, NameFact> }
export type DiagnosticKind = 'syntax' | 'unsupported' | 'exception' | 'cycle' | 'mutableDefault';
export interface AnalysisDiagnostic { kind: DiagnosticKind; line: number; col: number; endLine: number; endCol: number; message: string }

export interface AnalysisResult {
  lines: Map<number, LineFacts>;
  diagnostics: AnalysisDiagnostic[];
  steps: number;
  aliveAtExit: number;
  collectedByGc: number;
  stoppedEarly: string | null;
}

export interface AnalysisOptions { maxSteps: number; timeBudgetMs: number; stdin?: string }

/** Names mentioned on each line (loads and stores). */
function namesByLine(source: string, filename: string): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  let tree: unknown;
  try { tree = parseModule(source, filename); } catch { return out; }
  const visit = (n: unknown) => {
    if (Array.isArray(n)) { n.forEach(visit); return; }
    if (n === null || typeof n !== 'object') return;
    const node = n as { _type?: string; lineno?: number; id?: string; name?: string };
    if (node._type === 'Name' && node.lineno !== undefined && node.id) {
      if (!out.has(node.lineno)) out.set(node.lineno, new Set());
      out.get(node.lineno)!.add(node.id);
    }
    for (const v of Object.values(n)) if (typeof v === 'object') visit(v);
  };
  visit(tree);
  return out;
}

function lookupName(rt: Runtime, f: Frame, name: string): PyObject | null {
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
  const result: AnalysisResult = { lines: new Map(), diagnostics: [], steps: 0, aliveAtExit: 0, collectedByGc: 0, stoppedEarly: null };
  try { parseModule(source, filename); } catch (e) {
    if (e instanceof PySyntaxError) {
      const line = Math.max(1, e.lineno);
      const col = Math.max(0, e.offset - 1);
      result.diagnostics.push({ kind: 'syntax', line, col, endLine: e.end_lineno > 0 ? e.end_lineno : line, endCol: e.end_offset > 0 ? e.end_offset - 1 : col + 1, message: `${e.kind}: ${e.msg}` });
      return result;
    }
    throw e;
  }
  const mentions = namesByLine(source, filename);
  const deadline = Date.now() + options.timeBudgetMs;
  const prepared = prepareProgram(source, filename, { write: () => undefined }, {
    maxSteps: options.maxSteps,
    stdin: options.stdin ?? '',
    shouldHalt: () => (Date.now() > deadline ? `time budget of ${options.timeBudgetMs} ms used up` : null),
  });
  const rt = prepared.runtime;
  const pending = new Map<Frame, number>();
  const byId = new Map<number, NameFact[]>();
  const defaults = new Map<number, { owner: PyFunction; state: string; obj: PyObject }>();
  const stateOf = (o: PyObject) => (o instanceof PyList ? o.items.map((x) => x.addr).join(',') : o instanceof PyDict ? `${o.used}:${o.version}` : o instanceof PySet ? `${o.used}` : '');
  const record = (f: Frame, line: number) => {
    const names = mentions.get(line);
    let facts = result.lines.get(line);
    if (!facts) { facts = { runs: 0, names: new Map() }; result.lines.set(line, facts); }
    facts.runs++;
    if (!names) return;
    for (const n of names) {
      const v = lookupName(rt, f, n);
      if (v === null) continue;
      let size = 0;
      try { size = rt.sizeofNoPre(v) + (v.type.gc ? 16 : 0) + (v.type.managedDict ? 16 : 0); } catch { size = 0; }
      const fact: NameFact = { type: v.type.name, id: v.addr, refcount: v.refcnt, size, freedAt: null };
      facts.names.set(n, fact);
      if (!byId.has(v.addr)) byId.set(v.addr, []);
      byId.get(v.addr)!.push(fact);
    }
  };
  rt.onDealloc = (o) => {
    const facts = byId.get(o.addr);
    if (!facts) return;
    const line = rt.frame ? rt.frame.lineno : 0;
    for (const fact of facts) if (fact.freedAt === null) fact.freedAt = line;
    byId.delete(o.addr);
  };
  rt.trace.setListener((e) => {
    if (e.kind === 'line') {
      const prev = pending.get(e.frame);
      if (prev !== undefined) record(e.frame, prev);
      pending.set(e.frame, e.line);
      result.steps = e.step;
    } else if (e.kind === 'return') {
      const prev = pending.get(e.frame);
      if (prev !== undefined) record(e.frame, prev);
      pending.delete(e.frame);
    } else if (e.kind === 'call') {
      const fn = e.frame.func;
      if (fn instanceof PyFunction && fn.defaults) {
        for (const d of fn.defaults.items) {
          if ((d instanceof PyList || d instanceof PyDict || d instanceof PySet) && !defaults.has(d.addr)) defaults.set(d.addr, { owner: fn, state: stateOf(d), obj: d });
        }
      }
    }
  });
  let run;
  try {
    run = prepared.run();
  } catch (e) {
    result.stoppedEarly = `RefScope internal error: ${(e as Error).message}`;
    return result;
  }
  result.stoppedEarly = run.halted;
  result.aliveAtExit = rt.gc.sets[0].size + rt.gc.sets[1].size + rt.gc.sets[2].size;
  result.collectedByGc = rt.gc.stats.reduce((a, s) => a + s.collected, 0);
  if (run.uncaught !== null) {
    const exc = run.uncaught as PyException;
    let tb = exc.traceback as PyTraceback | null;
    let last: PyTraceback | null = null;
    for (; tb !== null; tb = tb.next) {
      const fr = (tb.frame as unknown as { frame: Frame }).frame;
      if (fr.code.filename === filename) last = tb;
    }
    if (last !== null) {
      const fr = (last.frame as unknown as { frame: Frame }).frame;
      const p = fr.code.positions;
      const i = Math.max(0, last.lasti);
      const unsupported = exc.type === rt.t.NotImplementedError && /RefScope does not support/.test(rt.str(exc));
      result.diagnostics.push({
        kind: unsupported ? 'unsupported' : 'exception',
        line: last.lineno, col: Math.max(0, p[4 * i + 2]), endLine: p[4 * i + 1] > 0 ? p[4 * i + 1] : last.lineno, endCol: Math.max(0, p[4 * i + 3]),
        message: unsupported ? rt.str(exc) : `${exc.type.name}: ${rt.str(exc)} (uncaught when RefScope ran this file)`,
      });
    }
  }
  for (const { owner, state, obj } of defaults.values()) {
    if (obj.refcnt > 0 && stateOf(obj) !== state) {
      const line = owner.codeObj.code.firstlineno;
      result.diagnostics.push({ kind: 'mutableDefault', line, col: 0, endLine: line, endCol: 200, message: `Mutable default argument of ${owner.qualname}() was mutated: every call shares the same ${obj.type.name} object (id 0x${obj.addr.toString(16)}).` });
    }
  }
  void PyRaise;
  return result;
}
