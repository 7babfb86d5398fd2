// The session's evaluation side (DAP evaluate, variables, setVariable,
// setExpression): which runner answers, and how the answer is shaped.
//
// Watch, hover and clipboard (DAP EvaluateArguments `context`) never change the
// program: a name path is read in the program's runner without running code;
// anything else runs in a throwaway runner re-executed to the same point (from a
// checkpoint behind it when a spare waits there), whose variable references are
// offset by SIDE_REFS. The Debug Console ('repl'),
// "Set Value" (setVariable) and setExpression run code in the program's runner
// as the program would at that point (recorded, so time travel replays them).

import type { DebugProtocol } from '@vscode/debugprotocol';
import type { ValueInfo, Assignment, Query, QueryResult } from './messages';
import type { RunnerHandle } from './runnerHandle';
import { readMemory } from './memory';

/** variablesReference values from the throwaway runner start here. */
const SIDE_REFS = 1_000_000_000;

export interface EvaluationHost {
  /** The program's runner (throws when there is none). */
  runner(): RunnerHandle;
  /** A throwaway runner at the current stop, re-executed from the start if `fromStart` (throws when not stopped). */
  sideRunner(fromStart: boolean): RunnerHandle;
  /** Restore the program's runner if debugger code left it broken. */
  restoreIfDirty(): void;
  markDirty(): void;
  /** The program changed: the client should fetch variables again. */
  invalidateVariables(): void;
}

export type ValueBody = { result: string; type?: string; variablesReference: number; indexedVariables?: number; namedVariables?: number; memoryReference?: string };

function body(v: ValueInfo): ValueBody {
  return { result: v.result, type: v.type, variablesReference: v.variablesReference, indexedVariables: v.indexedVariables, namedVariables: v.namedVariables, memoryReference: v.memoryReference };
}

export class Evaluation {
  private side: RunnerHandle | null = null;

  constructor(private readonly host: EvaluationHost) {}

  /** Forget the throwaway runner (the program moved on or was changed). */
  dropSide(): void {
    this.side?.dispose();
    this.side = null;
  }

  /** Ask the throwaway runner; if it ended (the spare it was taken from could not serve), once more from the start. */
  private async sideQuery(query: Query): Promise<{ body: QueryResult; dirty: boolean }> {
    const runner = this.side ??= this.host.sideRunner(false);
    try {
      return await runner.query(query);
    } catch (e) {
      if (!runner.ended || this.side !== runner) throw e;
      this.side = this.host.sideRunner(true);
      return this.side.query(query);
    }
  }

  async variables(args: DebugProtocol.VariablesArguments): Promise<DebugProtocol.Variable[]> {
    if (!Number.isInteger(args.variablesReference)) throw new Error('variables needs a variablesReference.');
    const side = args.variablesReference >= SIDE_REFS;
    const runner = side ? this.side : this.host.runner();
    if (runner === null) throw new Error('That value is no longer shown.');
    const ref = side ? args.variablesReference - SIDE_REFS : args.variablesReference;
    const r = await runner.query({ q: 'variables', ref, filter: args.filter, start: args.start, count: args.count });
    const variables = 'variables' in r.body ? r.body.variables : [];
    if (side) for (const v of variables) if (v.variablesReference > 0) v.variablesReference += SIDE_REFS;
    return variables;
  }

  /** Run code in the program's runner (recorded); an expression answers its value, an assignment its target's. */
  private async exec(frame: number, code: string, show?: Assignment['show']): Promise<ValueInfo> {
    this.host.restoreIfDirty();
    this.dropSide();
    const r = await this.host.runner().query({ q: 'exec', frame, code, show }).catch((e: Error & { dirty?: boolean }) => {
      if (e.dirty) this.host.markDirty();
      this.host.invalidateVariables();
      throw e;
    });
    if (r.dirty) this.host.markDirty();
    this.host.invalidateVariables();
    if (!('value' in r.body)) throw new Error('No value.');
    return r.body.value;
  }

  async evaluate(frame: number, expression: string, context: string | undefined): Promise<ValueBody> {
    if (context === 'repl') return body(await this.exec(frame, expression));
    const r = await this.host.runner().query({ q: 'inspect', frame, expression, allowCode: false });
    if ('value' in r.body) return body(r.body.value);
    if (!('needsCode' in r.body)) throw new Error('No value.');
    const s = await this.sideQuery({ q: 'inspect', frame, expression, allowCode: true });
    if (!('value' in s.body)) throw new Error('No value.');
    const v = body(s.body.value);
    if (v.variablesReference > 0) v.variablesReference += SIDE_REFS;
    // The value lives in the throwaway runner only: readMemory reads the program's memory.
    delete v.memoryReference;
    return v;
  }

  /** DAP readMemory: the program's memory (memory.ts). */
  readMemory(args: DebugProtocol.ReadMemoryArguments): Promise<DebugProtocol.ReadMemoryResponse['body']> {
    return readMemory(this.host.runner(), args);
  }

  /** DAP setVariable: the assignment is worked out where the variable is shown, then run as a statement. */
  async setVariable(args: DebugProtocol.SetVariableArguments): Promise<DebugProtocol.SetVariableResponse['body']> {
    if (args.variablesReference >= SIDE_REFS) throw new Error('A watch result cannot be set: it is not part of the program.');
    const plan = await this.host.runner().query({ q: 'assignment', ref: args.variablesReference, name: String(args.name), value: String(args.value) });
    if (!('assignment' in plan.body)) throw new Error('No assignment.');
    const a = plan.body.assignment;
    const v = body(await this.exec(a.frame, a.code, a.show));
    return { value: v.result, type: v.type, variablesReference: v.variablesReference, indexedVariables: v.indexedVariables, namedVariables: v.namedVariables };
  }

  /** DAP setExpression: `expression = (value)` in the frame. */
  async setExpression(frame: number, expression: string, value: string): Promise<DebugProtocol.SetExpressionResponse['body']> {
    if (value.includes('\n')) throw new Error('The value must be one expression.');
    const v = body(await this.exec(frame, `${expression} = (${value})`, { expression, global: false }));
    return { value: v.result, type: v.type, variablesReference: v.variablesReference, indexedVariables: v.indexedVariables, namedVariables: v.namedVariables };
  }
}
