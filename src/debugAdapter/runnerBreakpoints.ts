// Which breakpoints a line event or a call hits, in the runner: conditions and
// log messages run on the Runtime, hit counts are kept per breakpoint (DAP
// SourceBreakpoint / FunctionBreakpoint `condition`, `hitCondition`, `logMessage`).

import type { Frame } from '../runtime/vm/frame';
import { PyFunction } from '../runtime/objects/core';
import type { BreakpointConfig, FunctionBreakpointSpec } from './messages';
import type { Evaluator } from './evaluator';
import { hitConditionMet } from './breakpointRules';
import type { DataWatch } from './runnerDataBreakpoints';

export interface LineHits {
  /** A breakpoint (not a log point) asks to stop. */
  stop: boolean;
  /** Log point messages, interpolated. */
  logs: string[];
  /** An evaluation was cut off or failed inside the runtime: the program's state may be broken. */
  broken: boolean;
}

export class BreakpointState {
  config: BreakpointConfig;
  private files = new Map<string, BreakpointConfig['breakpoints'][string]>();
  private functions = new Map<string, FunctionBreakpointSpec>();
  private readonly hits = new Map<string, number>();

  /** `data`: the data breakpoints (runnerDataBreakpoints.ts), set with the rest of the configuration. */
  constructor(config: BreakpointConfig, private readonly evaluator: Evaluator, readonly data: DataWatch) {
    this.config = config;
    this.set(config);
  }

  set(config: BreakpointConfig): void {
    this.config = config;
    this.files = new Map(Object.entries(config.breakpoints));
    this.functions = new Map(config.functionBreakpoints.map((b) => [b.name, b]));
    this.data.set(config.dataBreakpoints);
  }

  /** Same configuration (so nothing needs recording)? */
  sameAs(config: BreakpointConfig): boolean {
    return JSON.stringify(config) === JSON.stringify(this.config);
  }

  has(filter: 'raised' | 'uncaught'): boolean {
    return this.config.exceptionFilters.includes(filter);
  }

  private counted(key: string, f: Frame, condition?: string, hitCondition?: string): { hit: boolean; broken: boolean } {
    let broken = false;
    if (condition) {
      const c = this.evaluator.condition(f, condition);
      broken = c.broken === true;
      if (!c.value) return { hit: false, broken };
    }
    const n = (this.hits.get(key) ?? 0) + 1;
    this.hits.set(key, n);
    return { hit: hitCondition ? hitConditionMet(hitCondition, n) : true, broken };
  }

  /** The breakpoints on `line` of `f`'s file. */
  atLine(f: Frame, line: number): LineHits {
    const out: LineHits = { stop: false, logs: [], broken: false };
    const bps = this.files.get(f.code.filename);
    if (bps === undefined) return out;
    for (const bp of bps) {
      if (bp.line !== line) continue;
      const r = this.counted(`${f.code.filename}:${line}:${bp.condition ?? ''}:${bp.hitCondition ?? ''}`, f, bp.condition, bp.hitCondition);
      out.broken ||= r.broken;
      if (!r.hit) continue;
      if (bp.logMessage) {
        const m = this.evaluator.logMessage(f, bp.logMessage);
        out.broken ||= m.broken;
        out.logs.push(m.text);
      } else out.stop = true;
    }
    return out;
  }

  /** The function breakpoint matching the function a new frame runs (by name or qualified name), if any. */
  functionAt(f: Frame): FunctionBreakpointSpec | null {
    if (this.functions.size === 0) return null;
    const fn = f.func;
    if (!(fn instanceof PyFunction)) return null;
    return this.functions.get(fn.qualname) ?? this.functions.get(fn.name) ?? null;
  }

  /** At the first line of a function whose breakpoint matched: condition and hit count. */
  functionHit(f: Frame, spec: FunctionBreakpointSpec): { hit: boolean; broken: boolean } {
    return this.counted(`function:${spec.name}:${spec.condition ?? ''}:${spec.hitCondition ?? ''}`, f, spec.condition, spec.hitCondition);
  }
}
