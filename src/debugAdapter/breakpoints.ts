// The session's breakpoint book: DAP setBreakpoints / setFunctionBreakpoints /
// setExceptionBreakpoints turned into the runner's BreakpointConfig, with the
// answers the client shows. A breakpoint on a line without code moves to the
// next line that has code (as the built-in debuggers do) and says so; a
// breakpoint that cannot bind is unverified with a message (DAP Breakpoint
// `verified`, `line`, `message`).

import type { DebugProtocol } from '@vscode/debugprotocol';
import { readFileSync } from 'node:fs';
import type { BreakpointConfig, SourceBreakpoint, FunctionBreakpointSpec, DataBreakpointSpec } from './messages';
import { dataBreakpoints } from './dataBreakpoints';
import { codeMap, type CodeMap } from './codeLines';
import { hitConditionError } from './breakpointRules';

/** How far a breakpoint may move down to reach code. */
const MAX_MOVE = 1000;

export const EXCEPTION_FILTERS: DebugProtocol.ExceptionBreakpointsFilter[] = [
  { filter: 'raised', label: 'Raised Exceptions', default: false, description: 'Stop whenever an exception is raised (not StopIteration or GeneratorExit).' },
  { filter: 'uncaught', label: 'Uncaught Exceptions', default: true, description: 'Stop where an exception no handler catches was raised.' },
];

export class BreakpointBook {
  private files = new Map<string, SourceBreakpoint[]>();
  private functions: FunctionBreakpointSpec[] = [];
  private filters: string[] = ['uncaught'];
  private data: DataBreakpointSpec[] = [];
  private maps = new Map<string, CodeMap>();
  private nextId = 1;

  /** The program's own source (read from disk for other files). */
  constructor(private programPath = '', private programSource = '') {}

  setProgram(path: string, source: string): void {
    this.programPath = path;
    this.programSource = source;
    this.maps.clear();
  }

  private mapOf(path: string): CodeMap {
    let m = this.maps.get(path);
    if (m === undefined) {
      let src = '';
      if (path === this.programPath) src = this.programSource;
      else { try { src = readFileSync(path, 'utf8'); } catch { src = ''; } }
      m = codeMap(src, path);
      this.maps.set(path, m);
    }
    return m;
  }

  config(): BreakpointConfig {
    const config: BreakpointConfig = { breakpoints: Object.fromEntries(this.files), functionBreakpoints: this.functions.slice(), exceptionFilters: this.filters.slice() };
    if (this.data.length > 0) config.dataBreakpoints = this.data.slice();
    return config;
  }

  /** DAP setBreakpoints: `lines` are the debugger's 1-based lines. Returns the client's answer (lines 1-based). */
  setSource(path: string, requested: DebugProtocol.SourceBreakpoint[]): DebugProtocol.Breakpoint[] {
    const map = this.mapOf(path);
    const bound: SourceBreakpoint[] = [];
    const answer: DebugProtocol.Breakpoint[] = [];
    for (const b of requested) {
      const id = this.nextId++;
      const bad = b.hitCondition ? hitConditionError(b.hitCondition) : null;
      if (bad) { answer.push({ id, verified: false, line: b.line, message: bad }); continue; }
      let line = b.line;
      while (map.compiles && !map.lines.has(line) && line < b.line + MAX_MOVE) line++;
      if (!map.lines.has(line)) {
        const message = map.compiles ? 'No code on or after this line.' : 'The file does not compile: no breakpoint can bind in it.';
        answer.push({ id, verified: false, line: b.line, message });
        continue;
      }
      bound.push({ line, condition: b.condition || undefined, hitCondition: b.hitCondition || undefined, logMessage: b.logMessage || undefined });
      const bp: DebugProtocol.Breakpoint = { id, verified: true, line };
      if (line !== b.line) bp.message = `Moved to line ${line}, the next line with code.`;
      answer.push(bp);
    }
    if (bound.length > 0) this.files.set(path, bound); else this.files.delete(path);
    return answer;
  }

  /** DAP setFunctionBreakpoints: by function name or qualified name (`Class.method`, `outer.<locals>.inner`). */
  setFunctions(requested: DebugProtocol.FunctionBreakpoint[]): DebugProtocol.Breakpoint[] {
    const map = this.mapOf(this.programPath);
    this.functions = [];
    return requested.map((b) => {
      const id = this.nextId++;
      const bad = b.hitCondition ? hitConditionError(b.hitCondition) : null;
      if (bad) return { id, verified: false, message: bad };
      this.functions.push({ name: b.name, condition: b.condition || undefined, hitCondition: b.hitCondition || undefined });
      if (map.functions.has(b.name)) return { id, verified: true };
      return { id, verified: false, message: `No function named '${b.name}' in the program yet: it will stop if one is defined and called.` };
    });
  }

  /** DAP setDataBreakpoints (dataBreakpoints.ts). */
  setData(requested: DebugProtocol.DataBreakpoint[]): DebugProtocol.Breakpoint[] {
    const { specs, answer } = dataBreakpoints(requested, () => this.nextId++);
    this.data = specs;
    return answer;
  }

  setFilters(filters: string[]): void {
    this.filters = filters.filter((f) => f === 'raised' || f === 'uncaught');
  }
}
