// The RefScope debug session: translates DAP requests into runner commands and
// the runner's events into DAP events. One method per request, a response for
// every request (an error response when it cannot be answered, never a crash);
// line/column bases converted at the boundary.
//
// Time travel (DAP stepBack / reverseContinue, `supportsStepBack`) hands the
// program to a runner that re-executes it to the earlier point, replaying the
// recorded history of debugger changes (see messages.ts): a spare runner
// waiting at a checkpoint not far before that point when there is one
// (checkpoints.ts), else a new runner from the start. While the program runs
// on, a spare follows it. Evaluation (watch, hover, Debug Console, set value)
// is in evaluate.ts; its throwaway runner is also taken from the spares. Debugger code cut off by
// its time limit leaves the runner "dirty": it is restored the same way before
// the program goes on.

import { exceptionInfoBody } from './exceptionInfo';
import { RequestError } from './requestError';
import {
  LoggingDebugSession, InitializedEvent, StoppedEvent, TerminatedEvent, ExitedEvent, OutputEvent, Thread, StackFrame,
  Source, Event, InvalidatedEvent,
} from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { RefScopeLaunchConfig } from '../protocol/launch';
import type {
  RunnerEvent, RunnerSetup, HistoryEntry, Target, StopReason, ExceptionStopInfo, BreakpointConfig, ResumeKind,
} from './messages';
import { adoption, historyUpTo } from './timeline';
import { RunnerHandle, prewarmRunner, dropWarmRunner } from './runnerHandle';
import { Checkpoints, scanMayStartLate, tuningFrom, type FollowSource } from './checkpoints';
import { Evaluation } from './evaluate';
import { BreakpointBook, EXCEPTION_FILTERS } from './breakpoints';
import { DataStops, dataBreakpointInfo } from './dataBreakpoints';

const THREAD_ID = 1;

interface LaunchArgs extends DebugProtocol.LaunchRequestArguments, RefScopeLaunchConfig {}

type Stopped = Omit<Extract<RunnerEvent, { type: 'stopped' }>, 'type'>;

interface RunOptions {
  stopOnEntry?: boolean;
  reverseFrom?: number;
  skipUncaughtStop?: boolean;
  targetException?: ExceptionStopInfo;
}


export class RefScopeDebugSession extends LoggingDebugSession {
  private runner: RunnerHandle | null = null;
  private readonly evaluation = new Evaluation({
    runner: () => this.requireRunner(),
    sideRunner: (fromStart) => this.sideRunner(fromStart),
    restoreIfDirty: () => this.restoreIfDirty(),
    markDirty: () => { this.dirty = true; },
    invalidateVariables: () => this.invalidateVariables(),
  });
  private launchArgs: LaunchArgs | null = null;
  private source = '';
  private filename = '';
  private readonly book = new BreakpointBook();
  private readonly dataStops = new DataStops();
  /** The breakpoint configuration the current timeline started with. */
  private initialConfig: BreakpointConfig | null = null;
  private history: HistoryEntry[] = [];
  /** Spare runners waiting at earlier points of this timeline. */
  private readonly checkpoints = new Checkpoints({
    spareSetup: (park) => this.spareSetup(park),
    historyUpTo: (ev) => historyUpTo(this.history, { ev }),
    // Custom event (clients ignore it): where spare runners wait, so tests can wait for a checkpoint.
    changed: (state) => this.sendEvent(new Event('refscope.checkpoints', state)),
    // Keep a thread warm for runners that start from the beginning (once the spares have stopped working).
    idle: () => prewarmRunner(),
  }, tuningFrom(process.env.REFSCOPE_CHECKPOINTS));
  /** The program's input, read once per timeline (every re-execution reads the same). */
  private stdin = '';
  private stopped: Stopped | null = null;
  /** Characters of program output shown so far (re-executions do not repeat them). */
  private shownChars = 0;
  private dirty = false;
  private skipUncaught = false;
  private configurationDone = false;
  private launched = false;
  private clientInvalidates = false;

  constructor() {
    super();
    this.setDebuggerLinesStartAt1(true);
    this.setDebuggerColumnsStartAt1(true);
  }

  // ---- plumbing ------------------------------------------------------------------------

  /** Requests without arguments (malformed, or optional ones) reach the handlers with `{}`. */
  protected override dispatchRequest(request: DebugProtocol.Request): void {
    if (request.arguments === undefined || request.arguments === null || typeof request.arguments !== 'object') request.arguments = {};
    super.dispatchRequest(request);
  }

  /** Run an async request handler; any failure becomes an error response (DAP ErrorResponse), never a crash. */
  private handle(response: DebugProtocol.Response, work: () => Promise<void> | void): void {
    Promise.resolve().then(work).catch((e: unknown) => this.fail(response, e instanceof Error ? e.message : String(e)));
  }

  private fail(response: DebugProtocol.Response, message: string): void {
    response.success = false;
    response.message = message;
    response.body = { error: { id: 2001, format: message.replace(/[{}]/g, (c) => (c === '{' ? '(' : ')')), showUser: false } };
    this.sendResponse(response);
  }

  private requireRunner(): RunnerHandle {
    if (this.runner === null) throw new RequestError(this.launched ? 'The program has ended.' : 'The program has not been launched.');
    return this.runner;
  }

  private requireStopped(): Stopped {
    this.requireRunner();
    if (this.stopped === null) throw new RequestError('The program is running: pause it first.');
    return this.stopped;
  }

  private frameIndex(frameId: number | undefined): number {
    const n = frameId ?? 0;
    const stack = this.requireStopped().stack;
    if (!Number.isInteger(n) || n < 0 || n >= stack.length) throw new RequestError(`No frame with id ${frameId}.`);
    return n;
  }

  private invalidateVariables(): void {
    if (this.clientInvalidates) this.sendEvent(new InvalidatedEvent(['variables']));
  }

  // ---- lifecycle -----------------------------------------------------------------------

  protected override initializeRequest(response: DebugProtocol.InitializeResponse, args: DebugProtocol.InitializeRequestArguments): void {
    this.clientInvalidates = args.supportsInvalidatedEvent === true;
    response.body = {
      supportsConfigurationDoneRequest: true,
      supportsConditionalBreakpoints: true,
      supportsHitConditionalBreakpoints: true,
      supportsLogPoints: true,
      supportsFunctionBreakpoints: true,
      supportsDataBreakpoints: true, supportsDataBreakpointBytes: true,
      supportsEvaluateForHovers: true,
      supportsClipboardContext: true,
      supportsStepBack: true,
      supportsSetVariable: true,
      supportsSetExpression: true,
      supportsCompletionsRequest: true,
      supportsReadMemoryRequest: true,
      completionTriggerCharacters: ['.'],
      supportsRestartRequest: true,
      supportsTerminateRequest: true,
      supportsExceptionInfoRequest: true,
      supportsDelayedStackTraceLoading: true,
      supportsSingleThreadExecutionRequests: false,
      exceptionBreakpointFilters: EXCEPTION_FILTERS,
    };
    this.sendResponse(response);
    this.sendEvent(new InitializedEvent());
  }

  private readProgram(args: LaunchArgs | undefined): void {
    if (!args || typeof args.program !== 'string' || args.program === '') throw new RequestError("RefScope needs 'program': the Python file to run.");
    const program = resolve(args.cwd ?? process.cwd(), args.program);
    try {
      this.source = readFileSync(program, 'utf8');
    } catch (e) {
      throw new RequestError(`RefScope cannot read the program '${program}': ${(e as Error).message}`);
    }
    this.filename = program;
    this.launchArgs = args;
    this.book.setProgram(program, this.source);
  }

  protected override launchRequest(response: DebugProtocol.LaunchResponse, args: LaunchArgs): void {
    this.handle(response, () => {
      if (this.launched) throw new RequestError('The program was launched already.');
      this.readProgram(args);
      this.launched = true;
      this.sendResponse(response);
      if (this.configurationDone) this.startFresh();
    });
  }

  protected override configurationDoneRequest(response: DebugProtocol.ConfigurationDoneResponse): void {
    const first = !this.configurationDone;
    this.configurationDone = true;
    this.sendResponse(response);
    if (first && this.launched) this.startFresh();
  }

  /** A new timeline: the program from its start with the breakpoints as they are now. */
  private startFresh(): void {
    this.checkpoints.drop();
    this.stdin = this.readStdin();
    this.initialConfig = this.book.config();
    this.history = [];
    this.shownChars = 0;
    this.dirty = false;
    this.stopped = null;
    this.startRunner(null, null, { stopOnEntry: this.launchArgs?.stopOnEntry ?? false });
  }

  /**
   * Hand the program to a runner: a new one from the start, or, for a re-execution to `target` or a reverse-continue
   * scan, a spare runner waiting at a checkpoint before that point (see checkpoints.ts) when there is one.
   */
  private startRunner(target: Target | null, reason: StopReason | null, opts: RunOptions = {}): void {
    if (target !== null) this.history = historyUpTo(this.history, target);
    this.skipUncaught = opts.skipUncaughtStop ?? false;
    const setup = this.setup(target, reason, opts);
    this.dropSide();
    this.runner?.dispose();
    let runner: RunnerHandle | null = null;
    const onEvent = (e: RunnerEvent): void => {
      if (this.runner !== runner) return;
      if (e.type === 'refused') {
        // The spare had just passed the point: re-execute from the start after all.
        runner?.dispose();
        runner = new RunnerHandle(setup, onEvent);
        this.runner = runner;
        return;
      }
      this.onRunnerEvent(e);
    };
    if (target !== null) runner = this.checkpoints.adopt(target.ev, adoption(setup), onEvent);
    else if (setup.reverseFrom > 0 && scanMayStartLate(setup.config)) runner = this.checkpoints.adopt(setup.reverseFrom - 1, adoption(setup), onEvent);
    runner ??= new RunnerHandle(setup, onEvent);
    this.runner = runner;
    // The ladder of spares moves toward the target meanwhile; a scan runs alone; a new run is followed.
    if (target !== null) this.checkpoints.heading(target.ev);
    else this.checkpoints.running(setup.reverseFrom > 0 ? null : this.follow());
  }

  /** How far the program's runner has got, for the spare that follows it: null until every history entry it sent has arrived. */
  private follow(): FollowSource {
    return () => {
      const r = this.runner;
      if (r === null) return null;
      const ran = r.progress();
      const last = this.history.length > 0 ? this.history[this.history.length - 1].at.ev : 0;
      return r.historyEv() > last ? null : ran;
    };
  }

  private readStdin(): string {
    const a = this.launchArgs!;
    if (!a.stdinFile) return typeof a.stdin === 'string' ? a.stdin : '';
    try { return readFileSync(resolve(a.cwd ?? process.cwd(), a.stdinFile), 'utf8'); } catch { return ''; }
  }

  private setup(target: Target | null, reason: StopReason | null, opts: RunOptions): RunnerSetup {
    const a = this.launchArgs!;
    return {
      source: this.source,
      filename: this.filename,
      argv: [this.filename, ...(Array.isArray(a.args) ? a.args.map(String) : [])],
      stdin: this.stdin,
      maxSteps: typeof a.maxSteps === 'number' ? a.maxSteps : 0,
      stopOnEntry: target === null && (opts.stopOnEntry ?? false),
      initialConfig: this.initialConfig ?? this.book.config(),
      config: this.book.config(),
      history: this.history.slice(),
      target,
      targetReason: reason,
      quietChars: this.shownChars,
      reverseFrom: opts.reverseFrom ?? 0,
      skipUncaughtStop: this.skipUncaught,
      targetException: opts.targetException,
      park: null,
    };
  }

  /** Setup for a spare runner that waits unseen at event `park` (checkpoints.ts). */
  private spareSetup(park: number): RunnerSetup {
    const setup = this.setup(null, null, {});
    setup.config = setup.initialConfig;
    setup.history = historyUpTo(this.history, { ev: park });
    setup.quietChars = Number.MAX_SAFE_INTEGER;
    setup.park = park;
    return setup;
  }

  /** Setup for a throwaway runner at the current stop (its output and events are ignored). */
  private sideSetup(): RunnerSetup {
    const at = this.requireStopped().at;
    const setup = this.setup({ ev: at.ev }, null, { skipUncaughtStop: true });
    setup.history = historyUpTo(this.history, { ev: at.ev });
    setup.quietChars = Number.MAX_SAFE_INTEGER;
    return setup;
  }

  /** A throwaway runner at the current stop: a spare waiting behind it, taken over, when there is one (not `fromStart`). */
  private sideRunner(fromStart: boolean): RunnerHandle {
    const setup = this.sideSetup();
    const spare = fromStart ? null : this.checkpoints.adopt(setup.target!.ev, adoption(setup), () => {}, true);
    if (spare === null) return new RunnerHandle(setup, () => {});
    this.checkpoints.refill();
    return spare;
  }

  private dropSide(): void {
    this.evaluation.dropSide();
  }

  private onRunnerEvent(e: RunnerEvent): void {
    switch (e.type) {
      case 'output':
        if (e.category !== 'console') this.shownChars += e.text.length;
        this.sendEvent(new OutputEvent(e.text, e.category));
        break;
      case 'history':
        this.history.push(e.entry);
        break;
      case 'stopped': {
        if (!e.silent) {
          const { type: _type, ...stopped } = e;
          this.stopped = stopped;
          const ev = new StoppedEvent(e.reason, THREAD_ID, e.exception?.description) as DebugProtocol.StoppedEvent;
          ev.body.allThreadsStopped = true;
          if (e.exception) ev.body.description = e.exception.breakMode === 'unhandled' ? 'Paused on uncaught exception' : 'Paused on exception';
          this.dataStops.decorate(ev, e);
          this.sendEvent(ev);
        }
        // Spare runners move up behind this point while the user looks.
        this.checkpoints.stopped(e.at.ev);
        break;
      }
      case 'heap':
        // Custom event for the Heap view (DAP allows adapter-specific events).
        this.sendEvent(new Event('refscope.heap', { snapshot: e.snapshot, step: e.step }));
        break;
      case 'uncaught':
        // Show the exception where it was raised: re-run to that point (the first run's frames are gone).
        this.startRunner({ ev: e.ev }, 'exception', { skipUncaughtStop: true, targetException: e.info });
        break;
      case 'scanned':
        // A scan that started at a checkpoint and found nothing: the part before it is scanned next (from the checkpoint
        // before, or from the start).
        if (e.lastHit === null && e.from > 0) this.startRunner(null, null, { reverseFrom: e.from + 1 });
        else this.startRunner({ ev: e.lastHit ?? 1 }, this.dataStops.afterScan(e));
        break;
      case 'exited':
        this.endRunners();
        this.sendEvent(new ExitedEvent(e.code));
        this.sendEvent(new TerminatedEvent());
        break;
      case 'reply': case 'parked': case 'refused':
        break;
    }
  }

  protected override restartRequest(response: DebugProtocol.RestartResponse, args: DebugProtocol.RestartArguments): void {
    this.handle(response, () => {
      if (!this.launched) throw new RequestError('The program has not been launched.');
      this.readProgram((args?.arguments as LaunchArgs | undefined) ?? this.launchArgs!);
      this.dropSide();
      this.checkpoints.drop();
      this.runner?.dispose();
      this.runner = null;
      this.sendResponse(response);
      this.startFresh();
    });
  }

  /** End every runner of this session (the program's, the side ones, the spares, the warm one). */
  private endRunners(): void {
    this.dropSide();
    this.checkpoints.drop();
    dropWarmRunner();
    this.runner?.dispose();
    this.runner = null;
    this.stopped = null;
  }

  protected override terminateRequest(response: DebugProtocol.TerminateResponse): void {
    const wasRunning = this.runner !== null;
    this.endRunners();
    this.sendResponse(response);
    if (wasRunning) this.sendEvent(new TerminatedEvent());
  }

  protected override disconnectRequest(response: DebugProtocol.DisconnectResponse): void {
    this.endRunners();
    this.sendResponse(response);
    this.shutdown();
  }

  // ---- breakpoints ---------------------------------------------------------------------

  private configChanged(): void {
    if (this.runner === null && !this.launched) return;
    this.runner?.command({ cmd: 'config', config: this.book.config() });
  }

  protected override setBreakPointsRequest(response: DebugProtocol.SetBreakpointsResponse, args: DebugProtocol.SetBreakpointsArguments): void {
    this.handle(response, () => {
      const path = args.source?.path;
      if (typeof path !== 'string') throw new RequestError('setBreakpoints needs source.path.');
      const requested = (args.breakpoints ?? (args.lines ?? []).map((line) => ({ line }))).map((b) => ({ ...b, line: this.convertClientLineToDebugger(b.line) }));
      const answer = this.book.setSource(path, requested);
      for (const b of answer) if (b.line !== undefined) b.line = this.convertDebuggerLineToClient(b.line);
      response.body = { breakpoints: answer };
      this.sendResponse(response);
      this.configChanged();
    });
  }

  protected override setFunctionBreakPointsRequest(response: DebugProtocol.SetFunctionBreakpointsResponse, args: DebugProtocol.SetFunctionBreakpointsArguments): void {
    this.handle(response, () => {
      response.body = { breakpoints: this.book.setFunctions(args.breakpoints ?? []) };
      this.sendResponse(response);
      this.configChanged();
    });
  }

  protected override setExceptionBreakPointsRequest(response: DebugProtocol.SetExceptionBreakpointsResponse, args: DebugProtocol.SetExceptionBreakpointsArguments): void {
    this.handle(response, () => {
      this.book.setFilters(args.filters ?? []);
      this.sendResponse(response);
      this.configChanged();
    });
  }

  protected override dataBreakpointInfoRequest(response: DebugProtocol.DataBreakpointInfoResponse, args: DebugProtocol.DataBreakpointInfoArguments): void {
    this.handle(response, async () => {
      response.body = await dataBreakpointInfo(this.requireRunner(), args, this.frameIndex(args.frameId));
      this.sendResponse(response);
    });
  }

  protected override setDataBreakpointsRequest(response: DebugProtocol.SetDataBreakpointsResponse, args: DebugProtocol.SetDataBreakpointsArguments): void {
    this.handle(response, () => {
      response.body = { breakpoints: this.book.setData(args.breakpoints ?? []) };
      this.sendResponse(response);
      this.configChanged();
    });
  }

  // ---- state ---------------------------------------------------------------------------

  protected override threadsRequest(response: DebugProtocol.ThreadsResponse): void {
    response.body = { threads: [new Thread(THREAD_ID, 'MainThread')] };
    this.sendResponse(response);
  }

  protected override stackTraceRequest(response: DebugProtocol.StackTraceResponse, args: DebugProtocol.StackTraceArguments): void {
    this.handle(response, () => {
      const stack = this.requireStopped().stack;
      const start = Math.max(0, args.startFrame ?? 0);
      const count = args.levels && args.levels > 0 ? args.levels : stack.length;
      const frames = stack.slice(start, start + count).map((f, i) => {
        const sf = new StackFrame(start + i, f.name, new Source(basename(f.filename), f.filename), this.convertDebuggerLineToClient(f.line), this.convertDebuggerColumnToClient(f.column)) as DebugProtocol.StackFrame;
        if (f.endLine !== undefined) sf.endLine = this.convertDebuggerLineToClient(f.endLine);
        if (f.endColumn !== undefined) sf.endColumn = this.convertDebuggerColumnToClient(f.endColumn);
        return sf;
      });
      response.body = { stackFrames: frames, totalFrames: stack.length };
      this.sendResponse(response);
    });
  }

  protected override scopesRequest(response: DebugProtocol.ScopesResponse, args: DebugProtocol.ScopesArguments): void {
    this.handle(response, async () => {
      const frame = this.frameIndex(args.frameId);
      const r = await this.requireRunner().query({ q: 'scopes', frame });
      response.body = { scopes: 'scopes' in r.body ? r.body.scopes : [] };
      this.sendResponse(response);
    });
  }

  protected override variablesRequest(response: DebugProtocol.VariablesResponse, args: DebugProtocol.VariablesArguments): void {
    this.handle(response, async () => {
      this.requireStopped();
      response.body = { variables: await this.evaluation.variables(args) };
      this.sendResponse(response);
    });
  }

  protected override exceptionInfoRequest(response: DebugProtocol.ExceptionInfoResponse): void {
    this.handle(response, () => {
      response.body = exceptionInfoBody(this.requireStopped().exception);
      this.sendResponse(response);
    });
  }

  // ---- evaluation ----------------------------------------------------------------------

  /** Put the runner back exactly where it stopped, if debugger code was cut off (time limit) or broke inside the runtime. */
  private restoreIfDirty(): void {
    if (!this.dirty || this.stopped === null) return;
    this.dirty = false;
    this.startRunner({ ev: this.stopped.at.ev }, null, { skipUncaughtStop: this.skipUncaught });
  }

  protected override evaluateRequest(response: DebugProtocol.EvaluateResponse, args: DebugProtocol.EvaluateArguments): void {
    this.handle(response, async () => {
      if (typeof args.expression !== 'string') throw new RequestError('evaluate needs an expression.');
      response.body = await this.evaluation.evaluate(this.frameIndex(args.frameId), args.expression, args.context);
      this.sendResponse(response);
    });
  }

  protected override setVariableRequest(response: DebugProtocol.SetVariableResponse, args: DebugProtocol.SetVariableArguments): void {
    this.handle(response, async () => {
      this.requireStopped();
      response.body = await this.evaluation.setVariable(args);
      this.sendResponse(response);
    });
  }

  protected override setExpressionRequest(response: DebugProtocol.SetExpressionResponse, args: DebugProtocol.SetExpressionArguments): void {
    this.handle(response, async () => {
      const frame = this.frameIndex(args.frameId);
      if (typeof args.expression !== 'string' || typeof args.value !== 'string') throw new RequestError('setExpression needs an expression and a value.');
      response.body = await this.evaluation.setExpression(frame, args.expression, args.value);
      this.sendResponse(response);
    });
  }

  protected override readMemoryRequest(response: DebugProtocol.ReadMemoryResponse, args: DebugProtocol.ReadMemoryArguments): void {
    this.handle(response, async () => { this.requireStopped(); response.body = await this.evaluation.readMemory(args); this.sendResponse(response); });
  }

  protected override completionsRequest(response: DebugProtocol.CompletionsResponse, args: DebugProtocol.CompletionsArguments): void {
    this.handle(response, async () => {
      const frame = this.frameIndex(args.frameId);
      const text = String(args.text ?? '');
      // DAP: `column` is in UTF-16 code units, 0- or 1-based as the client said.
      const offset = this.convertClientColumnToDebugger(args.column) - 1;
      const r = await this.requireRunner().query({ q: 'completions', frame, text, column: offset });
      const targets = 'targets' in r.body ? r.body.targets : [];
      for (const t of targets) if (t.start !== undefined) t.start = this.convertDebuggerColumnToClient(t.start + 1);
      response.body = { targets };
      this.sendResponse(response);
    });
  }

  // ---- execution -----------------------------------------------------------------------

  private resume(response: DebugProtocol.Response, how: ResumeKind): void {
    this.handle(response, () => {
      this.requireStopped();
      this.restoreIfDirty();
      this.dropSide();
      this.checkpoints.running(this.follow());
      this.stopped = null;
      if (how === 'continue') (response as DebugProtocol.ContinueResponse).body = { allThreadsContinued: true };
      this.sendResponse(response);
      this.requireRunner().command({ cmd: 'resume', how });
    });
  }

  protected override continueRequest(response: DebugProtocol.ContinueResponse): void { this.resume(response, 'continue'); }
  protected override nextRequest(response: DebugProtocol.NextResponse): void { this.resume(response, 'next'); }
  protected override stepInRequest(response: DebugProtocol.StepInResponse): void { this.resume(response, 'stepIn'); }
  protected override stepOutRequest(response: DebugProtocol.StepOutResponse): void { this.resume(response, 'stepOut'); }

  protected override pauseRequest(response: DebugProtocol.PauseResponse): void {
    this.handle(response, () => {
      const runner = this.requireRunner();
      if (this.stopped === null) runner.pause();
      this.sendResponse(response);
    });
  }

  protected override stepBackRequest(response: DebugProtocol.StepBackResponse): void {
    this.handle(response, () => {
      const back = this.requireStopped().back;
      this.sendResponse(response);
      if (back <= 0) {
        // Already at the program's first line: stay there.
        const ev = new StoppedEvent('step', THREAD_ID) as DebugProtocol.StoppedEvent;
        ev.body.allThreadsStopped = true;
        this.sendEvent(ev);
        return;
      }
      this.stopped = null;
      this.dirty = false;
      this.startRunner({ ev: back }, 'step');
    });
  }

  protected override reverseContinueRequest(response: DebugProtocol.ReverseContinueResponse): void {
    this.handle(response, () => {
      const at = this.requireStopped().at;
      this.sendResponse(response);
      this.stopped = null;
      this.dirty = false;
      // Scan the history for the last breakpoint hit before this point; 'scanned' then goes there.
      this.startRunner(null, null, { reverseFrom: at.ev });
    });
  }
}
