// The runner's answers to the session's questions while the program is
// stopped: scopes, variables, evaluate (watch/hover read without changing the
// program; the Debug Console runs code and records it in history), set
// value and completions.

import type { PyObject } from '../runtime/objects/object';
import type { Runtime } from '../runtime/runtime';
import type { Frame } from '../runtime/vm/frame';
import type { Query, QueryResult, ValueInfo, HistoryAction, Assignment } from './messages';
import { Inspector, metaLine, namedChildren, indexedChildren, indexedCount, type Child } from './inspect';
import { Evaluator } from './evaluator';
import { resolvePure, NOT_PURE } from './resolve';
import { completions } from './completions';
import { pyRepr } from './pyRepr';
import { isExpression } from '../runtime/evaluate';
import { MemoryReader, memoryReference } from './memory';

export class QueryError extends Error {}

export interface QueryHost {
  /** Code run in the program (recorded for re-execution). */
  record(action: HistoryAction): void;
  /** Debugger code was cut off or failed inside the runtime: the program must be restored before it goes on. */
  markDirty(): void;
  /** Program output the code wrote is sent before the answer. */
  flushOutput(): void;
  /** dataBreakpointInfo (dataBreakpointInfo.ts). */
  dataInfo(q: Extract<Query, { q: 'dataInfo' }>): Extract<QueryResult, { dataInfo: unknown }>['dataInfo'];
}

export class QueryHandler {
  private readonly memory: MemoryReader;

  constructor(
    private readonly rt: Runtime,
    private readonly inspector: Inspector,
    private readonly evaluator: Evaluator,
    private readonly host: QueryHost,
  ) { this.memory = new MemoryReader(rt); }

  private frame(index: number): Frame {
    const f = this.inspector.frameAt(index);
    if (f === null) throw new QueryError(`No frame ${index}: the program is not stopped there.`);
    return f;
  }

  private frameIndexOf(f: Frame): number {
    const i = this.inspector.indexOf(f);
    if (i < 0) throw new QueryError('That frame is no longer on the stack.');
    return i;
  }

  /** The value part of an answer. `held`: references the debugger itself holds on `o` right now (not shown). */
  private valueInfo(o: PyObject, path: string | null, frame: Frame | null, held = 0): ValueInfo {
    const meta = metaLine(this.rt, o).replace(/refcount (\d+)/, (_, n: string) => `refcount ${Number(n) - held}`);
    return { result: `${pyRepr(this.rt, o)}  ·  ${meta}`, type: o.type.name, memoryReference: memoryReference(o.addr), ...this.inspector.childInfo(o, path, frame) };
  }

  answer(q: Query): QueryResult {
    switch (q.q) {
      case 'scopes': return { scopes: this.inspector.scopes(q.frame) };
      case 'variables': return { variables: this.inspector.variables(q.ref, q.filter, q.start, q.count) };
      case 'inspect': return this.inspect(q.frame, q.expression, q.allowCode);
      case 'exec': return this.exec(q.frame, q.code, q.show);
      case 'assignment': return { assignment: this.assignment(q.ref, q.name, q.value) };
      case 'readMemory': return { memory: this.memory.read(q.address, q.count) };
      case 'completions': {
        const f = this.frame(q.frame);
        return { targets: completions(this.rt, f, this.evaluator.scratchFor(f), q.text, q.column) };
      }
      case 'dataInfo': return { dataInfo: this.host.dataInfo(q) };
    }
  }

  /** watch / hover: a name path is read directly; anything else runs only where that is allowed (a throwaway runner). */
  private inspect(frameIndex: number, expression: string, allowCode: boolean): QueryResult {
    const f = this.frame(frameIndex);
    const pure = resolvePure(this.rt, f, this.evaluator.scratchFor(f), expression);
    if (pure !== NOT_PURE) return { value: this.valueInfo(pure, expression.trim(), f) };
    if (!isExpression(expression)) throw new QueryError('Only expressions can be watched.');
    if (!allowCode) return { needsCode: true };
    const r = this.evaluator.run(f, expression);
    if (!r.ok) throw new QueryError(r.error);
    // This runner is thrown away, so the result may stay alive for its children.
    return { value: this.valueInfo(r.value, null, f, 1) };
  }

  /**
   * Run code as the program would at this point (recorded for re-execution). An expression answers its
   * value; with `show`, the assignment's target is read afterwards.
   */
  private exec(frameIndex: number, code: string, show?: Assignment['show']): QueryResult {
    const f = this.frame(frameIndex);
    this.inspector.forgetObjects();
    this.memory.forget();
    const r = this.evaluator.run(f, code, true);
    this.host.flushOutput();
    if (!r.ok && r.broken) { this.host.markDirty(); throw new QueryError(r.error); }
    this.host.record({ kind: 'exec', frame: frameIndex, code });
    if (!r.ok) throw new QueryError(r.error);
    try {
      if (show) {
        const now = show.global ? f.globals.getStr(show.expression) : resolvePure(this.rt, f, this.evaluator.scratchFor(f), show.expression);
        if (now === null || now === NOT_PURE) return { value: { result: '', variablesReference: 0 } };
        return { value: this.valueInfo(now, show.expression, f) };
      }
      if (!isExpression(code)) return { value: { result: '', variablesReference: 0 } };
      // Children only when something else keeps the value alive: the console holds no reference after this.
      const info = this.valueInfo(r.value, null, f, 1);
      if (r.value.refcnt <= 1) info.variablesReference = 0;
      return { value: info };
    } finally { this.rt.decref(r.value); }
  }

  /** setVariable: the assignment statement for a scope's name, or a child (item, key, attribute) of a shown object. */
  private assignment(ref: number, name: string, value: string): Assignment {
    if (value.includes('\n') || value.trim() === '') throw new QueryError('The value must be one expression.');
    const h = this.inspector.handleTarget(ref);
    if (h === null) throw new QueryError('That variable is no longer shown: the program has moved on.');
    const frame = h.frame !== null ? this.frameIndexOf(h.frame) : 0;
    if (h.scope !== null) {
      if (h.scope === 'builtins') throw new QueryError('Builtins cannot be set from the debugger.');
      if (!/^[A-Za-z_]\w*$/.test(name)) throw new QueryError(`'${name}' is not a name.`);
      // A global seen from a function's frame is assigned as a global, not as a new local.
      const global = h.scope === 'globals' && h.frame !== null && h.frame.locals !== h.frame.globals;
      return { frame, code: `${global ? `global ${name}\n` : ''}${name} = (${value})`, show: { expression: name, global } };
    }
    if (h.obj === null || h.path === null) throw new QueryError(`'${name}' cannot be set: it has no expression to assign to.`);
    const children: Child[] = [...namedChildren(this.rt, h.obj, h.path), ...indexedChildren(this.rt, h.obj, h.path, 0, indexedCount(h.obj))];
    const child = children.find((c) => c.name === name);
    if (!child || !child.evaluateName) throw new QueryError(`'${name}' cannot be set from the debugger.`);
    return { frame, code: `${child.evaluateName} = (${value})`, show: { expression: child.evaluateName, global: false } };
  }
}
