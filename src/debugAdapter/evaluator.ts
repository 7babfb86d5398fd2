// Running debugger code on the runner's Runtime (breakpoint conditions, log
// messages, the Debug Console, set value) with a time limit, and turning the
// outcome into text CPython would show. Names the code binds in a function's
// frame that are not the frame's own live in a scratch namespace until the
// program resumes. Compiled code is kept by text for this runner's life (a
// condition in a hot loop is compiled once, see runtime/evaluate.ts).

import type { PyObject } from '../runtime/objects/object';
import { PyRaise, ExecutionHalted } from '../runtime/objects/object';
import type { PyDict } from '../runtime/objects/dict';
import type { Runtime } from '../runtime/runtime';
import type { Frame } from '../runtime/vm/frame';
import { evaluateInFrame, DebugCodeCache } from '../runtime/evaluate';
import { newDict } from '../runtime/objects/dictops';
import { PySyntaxError } from '../runtime/parse/errors';
import { exceptionMessage, pyStr } from './pyRepr';
import { parseLogMessage } from './breakpointRules';

export type EvalOutcome =
  | { ok: true; value: PyObject }
  | { ok: false; error: string; /** the program's state may be broken (halted or internal error) */ broken: boolean };

/** How long debugger code may run before it is stopped (ms). */
export const EVAL_TIME_LIMIT_MS = 5000;

export class Evaluator {
  /** True while debugger code runs: trace events then are not the program's. */
  evaluating = false;
  private deadline = 0;
  private readonly scratch = new Map<Frame, PyDict>();
  private readonly compiled = new DebugCodeCache();

  constructor(private readonly rt: Runtime) {}

  /** The Runtime's shouldHalt hook: stops debugger code that runs too long. */
  halt(): string | null {
    return this.evaluating && Date.now() > this.deadline ? `RefScope stopped the evaluation after ${EVAL_TIME_LIMIT_MS / 1000} s` : null;
  }

  scratchFor(f: Frame): PyDict | null {
    return this.scratch.get(f) ?? null;
  }

  /** Drop the names debugger code made (when the program resumes). */
  releaseScratch(): void {
    for (const d of this.scratch.values()) this.rt.decref(d);
    this.scratch.clear();
  }

  /**
   * Run `text` in frame `f`: its value (a new reference; None for statements) or the error CPython would report.
   * With `keepNames` (Debug Console, set value) names it binds outside the frame's own persist until the program resumes.
   */
  run(f: Frame, text: string, keepNames = false): EvalOutcome {
    const rt = this.rt;
    let scratch: PyDict | undefined;
    if (f.locals === null) {
      scratch = this.scratch.get(f);
      if (scratch === undefined && keepNames) { scratch = newDict(rt); this.scratch.set(f, scratch); }
    }
    const nested = this.evaluating;
    this.evaluating = true;
    if (!nested) this.deadline = Date.now() + EVAL_TIME_LIMIT_MS;
    try {
      return { ok: true, value: evaluateInFrame(rt, f, text, { scratch, cache: this.compiled }) };
    } catch (e) {
      if (e instanceof PyRaise) {
        const msg = exceptionMessage(rt, e.exc);
        const error = msg ? `${e.exc.type.name}: ${msg}` : e.exc.type.name;
        rt.decref(e.exc);
        return { ok: false, error, broken: false };
      }
      if (e instanceof PySyntaxError) return { ok: false, error: `SyntaxError: ${e.msg}`, broken: false };
      if (e instanceof Error && e.name === 'CompileUnsupported') return { ok: false, error: e.message, broken: false };
      if (e instanceof ExecutionHalted) return { ok: false, error: e.reason, broken: true };
      return { ok: false, error: `RefScope internal error: ${e instanceof Error ? e.message : String(e)}`, broken: true };
    } finally {
      this.evaluating = nested;
    }
  }

  /** A breakpoint condition: true, false, or an error (a broken condition stops, as in other debuggers). */
  condition(f: Frame, expr: string): { value: boolean; error?: string; broken?: boolean } {
    const r = this.run(f, expr);
    if (!r.ok) return { value: true, error: r.error, broken: r.broken };
    const nested = this.evaluating;
    this.evaluating = true;
    try {
      return { value: this.rt.truthy(r.value) };
    } catch (e) {
      if (e instanceof PyRaise) { const m = `${e.exc.type.name}: ${exceptionMessage(this.rt, e.exc)}`; this.rt.decref(e.exc); return { value: true, error: m }; }
      throw e;
    } finally {
      this.evaluating = nested;
      this.rt.decref(r.value);
    }
  }

  /** A log message with its {expression} parts evaluated (str() of builtin values; errors shown in place). */
  logMessage(f: Frame, msg: string): { text: string; broken: boolean } {
    let broken = false;
    const text = parseLogMessage(msg).map((p) => {
      if ('text' in p) return p.text;
      const r = this.run(f, p.expr);
      if (!r.ok) { broken ||= r.broken; return `<${r.error}>`; }
      const s = pyStr(this.rt, r.value);
      this.rt.decref(r.value);
      return s;
    }).join('');
    return { text, broken };
  }
}
