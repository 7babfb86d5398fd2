// Messages between the debug session (main thread) and the runner (a worker
// thread that owns the Runtime and blocks synchronously at each stop).
//
// Time travel is deterministic re-execution. Everything that changes the
// program besides the program itself (code run in the Debug Console, set
// value, breakpoint settings whose conditions and log messages run code) is
// recorded as a history entry at the point it happened, and replayed there when
// the program is re-executed, so going back shows exactly the earlier state.

import type { DebugProtocol } from '@vscode/debugprotocol';
import type { HeapSnapshot } from '../runtime/inspect/model';

export interface SourceBreakpoint {
  line: number;
  condition?: string;
  hitCondition?: string;
  logMessage?: string;
}

export interface FunctionBreakpointSpec {
  name: string;
  condition?: string;
  hitCondition?: string;
}

/** Everything that decides where the program stops. */
export interface BreakpointConfig {
  /** By file path. */
  breakpoints: Record<string, SourceBreakpoint[]>;
  functionBreakpoints: FunctionBreakpointSpec[];
  /** 'raised' and/or 'uncaught'. */
  exceptionFilters: string[];
  /** DAP setDataBreakpoints (dataId: see dataTargets.ts); absent when none are set. */
  dataBreakpoints?: DataBreakpointSpec[];
}

export interface DataBreakpointSpec { id: number; dataId: string }

/** What a data breakpoint stop reports: which breakpoints saw a change, and what changed. */
export interface DataHit { ids: number[]; text: string }

/**
 * A point in the program's run where it can stop: a line event, the raising of
 * an exception, or a return (to the caller: stepping out). `ev` numbers these
 * events from the start, so it orders points in time; `step` is the number of
 * line events so far (the line being run).
 */
export interface Point {
  kind: 'line' | 'exception' | 'return';
  step: number;
  ev: number;
}

export type HistoryAction =
  | { kind: 'config'; config: BreakpointConfig }
  | { kind: 'exec'; frame: number; code: string };

/** 'pre': applied at a line event before breakpoints are checked (a change made while running); 'stop': while stopped there. */
export interface HistoryEntry {
  at: Point;
  phase: 'pre' | 'stop';
  action: HistoryAction;
}

export type StopReason = 'entry' | 'step' | 'breakpoint' | 'function breakpoint' | 'data breakpoint' | 'exception' | 'pause' | 'goto';

/** Where a re-execution stops: the event numbered `ev` (see Point). */
export interface Target { ev: number }

export interface RunnerSetup {
  source: string;
  filename: string;
  argv: string[];
  stdin: string;
  maxSteps: number;
  stopOnEntry: boolean;
  /** The breakpoint configuration the run starts with (history entries change it). */
  initialConfig: BreakpointConfig;
  /** The configuration to use from the target on (or from the start when there is no target). */
  config: BreakpointConfig;
  history: HistoryEntry[];
  /** Re-execute silently to this point and stop there; null: a normal run. */
  target: Target | null;
  /** The stop reason reported at the target; null: stop without telling the client (state restore). */
  targetReason: StopReason | null;
  /** Program output already shown (characters): re-execution does not show it again. */
  quietChars: number;
  /** Reverse-continue scan: run to this event, then report the last breakpoint hit before it (its event number). 0: no scan. */
  reverseFrom: number;
  /** Do not stop again for the uncaught exception at the end (this run was started to show it). */
  skipUncaughtStop: boolean;
  /** What the stop at an exception target reports. */
  targetException?: ExceptionStopInfo;
  /**
   * A spare (checkpoint) runner: re-execute quietly to this event (0: before the program starts) and
   * wait there, unseen, until moved on or adopted (see checkpoints.ts). null: any other runner.
   */
  park: number | null;
}

/** What a spare runner is told when it becomes the program's runner (the rest of its setup is the spare's). */
export type Adoption = Pick<RunnerSetup,
  'config' | 'history' | 'target' | 'targetReason' | 'quietChars' | 'reverseFrom' | 'skipUncaughtStop' | 'targetException'>;

export interface StackFrameInfo {
  name: string;
  filename: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface ExceptionStopInfo {
  typeName: string;
  description: string;
  /** The traceback text CPython prints (for raised exceptions: the stack so far). */
  traceback: string;
  breakMode: 'always' | 'unhandled';
}

export type Query =
  | { q: 'scopes'; frame: number }
  | { q: 'variables'; ref: number; filter?: 'indexed' | 'named'; start?: number; count?: number }
  /**
   * watch / hover / clipboard: a name path is read without running code; otherwise, with `allowCode`, the
   * expression runs (the session asks a throwaway runner at the same point, so the program never changes).
   */
  | { q: 'inspect'; frame: number; expression: string; allowCode: boolean }
  /** Run code in the frame (recorded in history): the Debug Console, or an assignment whose target `show` is answered. */
  | { q: 'exec'; frame: number; code: string; show?: Assignment['show'] }
  /** setVariable, first half: the assignment statement that sets a shown variable (nothing runs). */
  | { q: 'assignment'; ref: number; name: string; value: string }
  | { q: 'completions'; frame: number; text: string; column: number }
  /** dataBreakpointInfo: a scope's variable or an object's child (`ref`), an expression in `frame`, or an address. */
  | { q: 'dataInfo'; ref?: number; frame: number; name: string; asAddress?: boolean }
  /** readMemory: `count` bytes at `address` (see memory.ts). */
  | { q: 'readMemory'; address: number; count: number };

/** A real assignment statement to run in a frame, and how to read the target afterwards. */
export interface Assignment {
  frame: number;
  code: string;
  show: { expression: string; global: boolean };
}

/** The value part of an evaluate/setVariable/setExpression answer. */
export interface ValueInfo {
  result: string;
  type?: string;
  variablesReference: number;
  indexedVariables?: number;
  namedVariables?: number;
  /** The object's address (id()) in hex: DAP memoryReference. */
  memoryReference?: string;
}

export type QueryResult =
  | { scopes: DebugProtocol.Scope[] }
  | { variables: DebugProtocol.Variable[] }
  | { value: ValueInfo }
  | { needsCode: true }
  | { targets: DebugProtocol.CompletionItem[] }
  | { assignment: Assignment }
  | { dataInfo: DebugProtocol.DataBreakpointInfoResponse['body'] }
  | { memory: { address: string; data: string; unreadableBytes?: number } };

export type RunnerEvent =
  | { type: 'output'; category: 'stdout' | 'stderr' | 'console'; text: string }
  /** `back`: the event stepBack goes to (the last earlier line in this frame or a caller; 0: none). */
  | { type: 'stopped'; reason: StopReason; silent: boolean; at: Point; back: number; stack: StackFrameInfo[]; exception?: ExceptionStopInfo; data?: DataHit }
  /** The heap at a stop, for the Heap view: sent once the session has been quiet for a moment, so stepping is not slowed. */
  | { type: 'heap'; step: number; snapshot: HeapSnapshot }
  | { type: 'history'; entry: HistoryEntry }
  /** `dirty`: debugger code was cut off (time limit) or failed inside the runtime: restore before going on. */
  | { type: 'reply'; id: number; ok: boolean; body?: QueryResult; error?: string; dirty?: boolean }
  /** The program ended with an uncaught exception that should be shown where it was raised (event `ev`). */
  | { type: 'uncaught'; ev: number; info: ExceptionStopInfo }
  /** A reverse-continue scan finished: the last breakpoint hit after event `from` (0: the start) and before its end (null: none). */
  | { type: 'scanned'; lastHit: number | null; from: number; data?: DataHit }
  /** A spare runner waits at event `ev`, having handled its commands up to number `n`. */
  | { type: 'parked'; ev: number; n: number }
  /** A spare runner could not do what it was told (it was past that point): it has ended. */
  | { type: 'refused' }
  | { type: 'exited'; code: number };

export type ResumeKind = 'continue' | 'next' | 'stepIn' | 'stepOut';

export type RunnerCommand =
  | { cmd: 'resume'; how: ResumeKind }
  | { cmd: 'config'; config: BreakpointConfig }
  | { cmd: 'query'; id: number; query: Query }
  | { cmd: 'terminate' }
  /** To a spare: move on to event `ev` (later than where it is), with the history up to there. `n` numbers commands to a spare. */
  | { cmd: 'park'; ev: number; history: HistoryEntry[]; n: number }
  /** To a spare: wait where you are (the program is running and needs the processor). */
  | { cmd: 'hold'; n: number }
  /** To a spare: become the program's runner (re-execute on to the target, or scan for reverse-continue). */
  | { cmd: 'adopt'; run: Adoption };
