// Messages between the debug session (main thread) and the runner (a worker
// thread that owns the Runtime and blocks synchronously at each stop).

import type { HeapSnapshot } from '../runtime/inspect/model';

export interface SourceBreakpoint {
  line: number;
  condition?: string;
  hitCondition?: string;
  logMessage?: string;
}

export interface RunnerSetup {
  source: string;
  filename: string;
  argv: string[];
  stdin: string;
  maxSteps: number;
  stopOnEntry: boolean;
  breakpoints: Record<string, SourceBreakpoint[]>;
  functionBreakpoints: string[];
  exceptionFilters: string[];
  /** Run silently to this step and stop there (time travel); 0: normal run. */
  targetStep: number;
  /** Suppress program output up to and including this step (it was shown already). */
  quietUntilStep: number;
  /** For reverse-continue: stop at the last breakpoint hit before this step. */
  reverseFrom: number;
}

export type StopReason = 'entry' | 'step' | 'breakpoint' | 'function breakpoint' | 'exception' | 'pause' | 'goto';

export interface StackFrameInfo {
  name: string;
  filename: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type RunnerEvent =
  | { type: 'output'; category: 'stdout' | 'stderr' | 'console'; text: string }
  | { type: 'stopped'; reason: StopReason; step: number; stack: StackFrameInfo[]; snapshot: HeapSnapshot; exception?: { type: string; message: string; traceback: string }; hitBreakpointLines?: number[] }
  | { type: 'evaluated'; id: number; ok: boolean; value?: { repr: string; type: string; id: number; refcnt: number; size: number }; error?: string }
  | { type: 'exited'; code: number; step: number };

export type RunnerCommand =
  | { cmd: 'continue' }
  | { cmd: 'next' }
  | { cmd: 'stepIn' }
  | { cmd: 'stepOut' }
  | { cmd: 'evaluate'; id: number; expression: string; frame: number }
  | { cmd: 'setBreakpoints'; file: string; breakpoints: SourceBreakpoint[] }
  | { cmd: 'setFunctionBreakpoints'; names: string[] }
  | { cmd: 'setExceptionFilters'; filters: string[] }
  | { cmd: 'terminate' };
