// The RefScope debug session: translates DAP requests into runner commands and
// renders heap snapshots as stack frames, scopes and variables.
// One method per request; line/column bases converted at the boundary.

import {
  LoggingDebugSession, InitializedEvent, StoppedEvent, TerminatedEvent, ExitedEvent, OutputEvent, Thread, StackFrame,
  Scope, Source, Breakpoint, Event, ContinuedEvent,
} from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { RefScopeLaunchConfig } from '../protocol/launch';
import type { RunnerEvent, SourceBreakpoint } from './messages';
import { RunnerHandle } from './runnerHandle';
import { VariableStore } from './variables';
import { codeLines } from './codeLines';

const THREAD_ID = 1;

interface LaunchArgs extends DebugProtocol.LaunchRequestArguments, RefScopeLaunchConfig {}

type StoppedMsg = Extract<RunnerEvent, { type: 'stopped' }>;

export class RefScopeDebugSession extends LoggingDebugSession {
  private runner: RunnerHandle | null = null;
  private launchArgs: LaunchArgs | null = null;
  private source = '';
  private filename = '';
  private breakpoints: Record<string, SourceBreakpoint[]> = {};
  private functionBreakpoints: string[] = [];
  private exceptionFilters: string[] = ['uncaught'];
  private stopped: StoppedMsg | null = null;
  private vars = new VariableStore();
  /** Highest step the program has reached (output up to it was shown already). */
  private maxStep = 0;
  private configurationDone = false;
  private pendingStart: (() => void) | null = null;
  private evalSeq = 0;

  constructor() {
    super();
    this.setDebuggerLinesStartAt1(true);
    this.setDebuggerColumnsStartAt1(true);
  }

  protected override initializeRequest(response: DebugProtocol.InitializeResponse): void {
    response.body = {
      supportsConfigurationDoneRequest: true,
      supportsConditionalBreakpoints: true,
      supportsHitConditionalBreakpoints: true,
      supportsLogPoints: true,
      supportsFunctionBreakpoints: true,
      supportsEvaluateForHovers: true,
      supportsStepBack: true,
      supportsTerminateRequest: true,
      supportsExceptionInfoRequest: true,
      supportsSingleThreadExecutionRequests: false,
      exceptionBreakpointFilters: [
        { filter: 'raised', label: 'Raised Exceptions', default: false, description: 'Stop whenever an exception is raised.' },
        { filter: 'uncaught', label: 'Uncaught Exceptions', default: true, description: 'Stop when an exception is not handled.' },
      ],
    };
    this.sendResponse(response);
    this.sendEvent(new InitializedEvent());
  }

  protected override launchRequest(response: DebugProtocol.LaunchResponse, args: LaunchArgs): void {
    this.launchArgs = args;
    const program = resolve(args.cwd ?? process.cwd(), args.program ?? '');
    try {
      this.source = readFileSync(program, 'utf8');
    } catch (e) {
      this.sendErrorResponse(response, 1001, `RefScope cannot read the program '${program}': ${(e as Error).message}`);
      return;
    }
    this.filename = program;
    this.sendResponse(response);
    const start = () => this.startRunner({ targetStep: 0, quietUntilStep: 0, reverseFrom: 0 });
    if (this.configurationDone) start();
    else this.pendingStart = start;
  }

  protected override configurationDoneRequest(response: DebugProtocol.ConfigurationDoneResponse): void {
    this.configurationDone = true;
    this.sendResponse(response);
    if (this.pendingStart) { const s = this.pendingStart; this.pendingStart = null; s(); }
  }

  private startRunner(opts: { targetStep: number; quietUntilStep: number; reverseFrom: number }): void {
    const a = this.launchArgs!;
    let stdin = a.stdin ?? '';
    if (a.stdinFile) { try { stdin = readFileSync(resolve(a.cwd ?? process.cwd(), a.stdinFile), 'utf8'); } catch { stdin = ''; } }
    this.runner?.dispose();
    this.runner = new RunnerHandle({
      source: this.source,
      filename: this.filename,
      argv: [this.filename, ...(a.args ?? [])],
      stdin,
      maxSteps: a.maxSteps ?? 0,
      stopOnEntry: (a.stopOnEntry ?? false) && opts.targetStep === 0 && opts.reverseFrom === 0,
      breakpoints: this.breakpoints,
      functionBreakpoints: this.functionBreakpoints,
      exceptionFilters: this.exceptionFilters,
      ...opts,
    }, (e) => this.onRunnerEvent(e));
  }

  private onRunnerEvent(e: RunnerEvent): void {
    switch (e.type) {
      case 'output':
        this.sendEvent(new OutputEvent(e.text, e.category === 'console' ? 'console' : e.category));
        break;
      case 'stopped': {
        this.stopped = e;
        this.maxStep = Math.max(this.maxStep, e.step);
        this.vars.reset(e.snapshot);
        const ev = new StoppedEvent(e.reason, THREAD_ID, e.exception ? `${e.exception.type}: ${e.exception.message}` : undefined) as DebugProtocol.StoppedEvent;
        ev.body.allThreadsStopped = true;
        this.sendEvent(ev);
        this.sendEvent(new Event('refscope.heap', { snapshot: e.snapshot, step: e.step }));
        break;
      }
      case 'exited':
        if (e.code <= -1000) {
          // A reverse-continue scan finished: stop at the last breakpoint hit before (or at step 1).
          const target = Math.max(1, -1000 - e.code);
          this.startRunner({ targetStep: target, quietUntilStep: this.maxStep, reverseFrom: 0 });
          return;
        }
        this.sendEvent(new ExitedEvent(e.code));
        this.sendEvent(new TerminatedEvent());
        break;
      case 'evaluated':
        break;
    }
  }

  protected override setBreakPointsRequest(response: DebugProtocol.SetBreakpointsResponse, args: DebugProtocol.SetBreakpointsArguments): void {
    const path = args.source.path ?? '';
    const lines = codeLines(path === this.filename ? this.source : safeRead(path), path);
    const bps: SourceBreakpoint[] = [];
    const result: DebugProtocol.Breakpoint[] = [];
    for (const b of args.breakpoints ?? []) {
      const line = this.convertClientLineToDebugger(b.line);
      // A breakpoint on a line without code moves to the next line that has code.
      let actual = line;
      while (lines.size > 0 && !lines.has(actual) && actual < line + 1000) actual++;
      const verified = lines.has(actual);
      bps.push({ line: actual, condition: b.condition, hitCondition: b.hitCondition, logMessage: b.logMessage });
      const bp = new Breakpoint(verified, this.convertDebuggerLineToClient(actual)) as DebugProtocol.Breakpoint;
      if (!verified) bp.message = 'No code on this line';
      result.push(bp);
    }
    this.breakpoints[path] = bps;
    this.runner?.command({ cmd: 'setBreakpoints', file: path, breakpoints: bps });
    response.body = { breakpoints: result };
    this.sendResponse(response);
  }

  protected override setFunctionBreakPointsRequest(response: DebugProtocol.SetFunctionBreakpointsResponse, args: DebugProtocol.SetFunctionBreakpointsArguments): void {
    this.functionBreakpoints = args.breakpoints.map((b) => b.name);
    this.runner?.command({ cmd: 'setFunctionBreakpoints', names: this.functionBreakpoints });
    response.body = { breakpoints: args.breakpoints.map(() => ({ verified: true })) };
    this.sendResponse(response);
  }

  protected override setExceptionBreakPointsRequest(response: DebugProtocol.SetExceptionBreakpointsResponse, args: DebugProtocol.SetExceptionBreakpointsArguments): void {
    this.exceptionFilters = args.filters;
    this.runner?.command({ cmd: 'setExceptionFilters', filters: args.filters });
    this.sendResponse(response);
  }

  protected override threadsRequest(response: DebugProtocol.ThreadsResponse): void {
    response.body = { threads: [new Thread(THREAD_ID, 'MainThread')] };
    this.sendResponse(response);
  }

  protected override stackTraceRequest(response: DebugProtocol.StackTraceResponse, args: DebugProtocol.StackTraceArguments): void {
    const stack = this.stopped?.stack ?? [];
    const start = args.startFrame ?? 0;
    const count = args.levels ?? stack.length;
    const frames = stack.slice(start, start + count).map((f, i) => {
      const sf = new StackFrame(start + i, f.name, new Source(basename(f.filename), f.filename), this.convertDebuggerLineToClient(f.line), this.convertDebuggerColumnToClient(f.column)) as DebugProtocol.StackFrame;
      sf.endLine = this.convertDebuggerLineToClient(f.endLine);
      sf.endColumn = this.convertDebuggerColumnToClient(f.endColumn);
      return sf;
    });
    response.body = { stackFrames: frames, totalFrames: stack.length };
    this.sendResponse(response);
  }

  protected override scopesRequest(response: DebugProtocol.ScopesResponse, args: DebugProtocol.ScopesArguments): void {
    const snap = this.stopped?.snapshot;
    if (!snap) { response.body = { scopes: [] }; this.sendResponse(response); return; }
    const frameIndex = snap.frames.length - 1 - args.frameId;
    const scopes: DebugProtocol.Scope[] = [];
    const frame = snap.frames[frameIndex];
    if (frame && frame.name !== '<module>') {
      scopes.push(new Scope('Locals', this.vars.scopeLocals(frameIndex), false));
      if (frame.cells.length > 0) scopes.push(new Scope('Closure', this.vars.scopeCells(frameIndex), false));
    }
    scopes.push(new Scope('Globals', this.vars.scopeGlobals(), false));
    const heap = new Scope('Heap (all live objects)', this.vars.scopeHeap(), true) as DebugProtocol.Scope;
    heap.presentationHint = 'registers';
    scopes.push(heap);
    response.body = { scopes };
    this.sendResponse(response);
  }

  protected override variablesRequest(response: DebugProtocol.VariablesResponse, args: DebugProtocol.VariablesArguments): void {
    response.body = { variables: this.vars.variables(args.variablesReference, args.start, args.count) };
    this.sendResponse(response);
  }

  private resume(cmd: 'continue' | 'next' | 'stepIn' | 'stepOut'): void {
    this.stopped = null;
    this.runner?.command({ cmd });
  }

  protected override continueRequest(response: DebugProtocol.ContinueResponse): void {
    response.body = { allThreadsContinued: true };
    this.sendResponse(response);
    this.resume('continue');
  }
  protected override nextRequest(response: DebugProtocol.NextResponse): void { this.sendResponse(response); this.resume('next'); }
  protected override stepInRequest(response: DebugProtocol.StepInResponse): void { this.sendResponse(response); this.resume('stepIn'); }
  protected override stepOutRequest(response: DebugProtocol.StepOutResponse): void { this.sendResponse(response); this.resume('stepOut'); }

  protected override pauseRequest(response: DebugProtocol.PauseResponse): void {
    this.runner?.pause();
    this.sendResponse(response);
  }

  protected override stepBackRequest(response: DebugProtocol.StepBackResponse): void {
    const cur = this.stopped?.step ?? 0;
    this.sendResponse(response);
    if (cur <= 1) { this.sendEvent(new StoppedEvent('step', THREAD_ID)); return; }
    this.stopped = null;
    this.sendEvent(new ContinuedEvent(THREAD_ID));
    this.startRunner({ targetStep: cur - 1, quietUntilStep: this.maxStep, reverseFrom: 0 });
  }

  protected override reverseContinueRequest(response: DebugProtocol.ReverseContinueResponse): void {
    const cur = this.stopped?.step ?? 0;
    this.sendResponse(response);
    this.stopped = null;
    this.sendEvent(new ContinuedEvent(THREAD_ID));
    this.startRunner({ targetStep: 0, quietUntilStep: this.maxStep, reverseFrom: Math.max(1, cur) });
  }

  protected override evaluateRequest(response: DebugProtocol.EvaluateResponse, args: DebugProtocol.EvaluateArguments): void {
    if (!this.runner || !this.stopped) {
      this.sendErrorResponse(response, 1002, 'The program is running: pause it to evaluate.');
      return;
    }
    const snap = this.stopped.snapshot;
    const frameIndex = args.frameId ?? 0;
    const id = ++this.evalSeq;
    this.runner.evaluate(id, args.expression, frameIndex).then((r) => {
      if (!r.ok || !r.value) {
        if (args.context === 'hover') { this.sendErrorResponse(response, 1003, r.error ?? 'error'); return; }
        response.body = { result: r.error ?? 'error', variablesReference: 0 };
        this.sendResponse(response);
        return;
      }
      const v = r.value;
      const ref = snap.objects.some((o) => o.id === v.id) ? this.vars.objectRef(v.id) : 0;
      response.body = { result: `${v.repr}`, type: `${v.type} · id 0x${v.id.toString(16)} · refcount ${v.refcnt} · ${v.size} bytes`, variablesReference: ref };
      this.sendResponse(response);
    });
  }

  protected override exceptionInfoRequest(response: DebugProtocol.ExceptionInfoResponse): void {
    const e = this.stopped?.exception;
    response.body = {
      exceptionId: e?.type ?? 'Exception',
      description: e?.message ?? '',
      breakMode: 'unhandled',
      details: e ? { message: e.message, typeName: e.type, stackTrace: e.traceback } : undefined,
    };
    this.sendResponse(response);
  }

  protected override terminateRequest(response: DebugProtocol.TerminateResponse): void {
    this.runner?.dispose();
    this.runner = null;
    this.sendResponse(response);
    this.sendEvent(new TerminatedEvent());
  }

  protected override disconnectRequest(response: DebugProtocol.DisconnectResponse): void {
    this.runner?.dispose();
    this.runner = null;
    this.sendResponse(response);
  }
}

function safeRead(path: string): string {
  try { return readFileSync(path, 'utf8'); } catch { return ''; }
}
