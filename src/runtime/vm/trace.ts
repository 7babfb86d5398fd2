// Trace events (call, line, return, exception), numbered: the stepper's clock.
// Hosts subscribe with a typed listener; the eval loop calls these hooks.
// cf. Python/ceval.c call_trace / maybe_call_line_trace (sys.settrace events).

import type { PyObject } from '../objects/object';
import { ExecutionHalted } from '../objects/object';
import type { Runtime } from '../runtime';
import type { RuntimeOptions } from '../host';
import type { Frame } from './frame';

export type TraceEvent =
  | { kind: 'call'; step: number; frame: Frame }
  | { kind: 'line'; step: number; frame: Frame; line: number }
  | { kind: 'return'; step: number; frame: Frame; value: PyObject }
  | { kind: 'exception'; step: number; frame: Frame; exc: PyObject };

export type TraceListener = (e: TraceEvent) => void;

export class TraceHooks {
  /** Number of line events so far: the step counter. */
  steps = 0;
  private readonly maxSteps: number;
  private listener: TraceListener | null = null;
  private readonly shouldHalt: (() => string | null) | null;

  constructor(private rt: Runtime, options: RuntimeOptions) {
    this.maxSteps = options.maxSteps ?? 0;
    this.shouldHalt = options.shouldHalt ?? null;
  }

  setListener(l: TraceListener | null): void {
    this.listener = l;
  }

  onCall(frame: Frame): void {
    if (this.listener !== null) this.listener({ kind: 'call', step: this.steps, frame });
  }

  onLine(frame: Frame, line: number): void {
    this.steps++;
    if (this.maxSteps > 0 && this.steps > this.maxSteps) {
      throw new ExecutionHalted(`RefScope stopped the program after ${this.maxSteps} steps (--max-steps); line ${line} of ${frame.code.filename} was next`);
    }
    if (this.listener !== null) this.listener({ kind: 'line', step: this.steps, frame, line });
  }

  onReturn(frame: Frame, value: PyObject): void {
    if (this.listener !== null) this.listener({ kind: 'return', step: this.steps, frame, value });
  }

  onException(frame: Frame, exc: PyObject): void {
    if (this.listener !== null) this.listener({ kind: 'exception', step: this.steps, frame, exc });
  }

  onUnwind(_frame: Frame): void {
    // A frame left by an exception: nothing to report beyond the exception event.
  }

  /** Periodic check for host halt requests (pause/stop). */
  check(): void {
    if (this.shouldHalt !== null) {
      const reason = this.shouldHalt();
      if (reason !== null) throw new ExecutionHalted(reason);
    }
  }
}
