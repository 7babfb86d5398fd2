// Data breakpoints, the session's side (DAP dataBreakpointInfo,
// setDataBreakpoints, and the `stopped` event with reason 'data breakpoint').
// What a dataId watches is in dataTargets.ts, the checking in the runner
// (runnerDataBreakpoints.ts). The breakpoints themselves are part of the
// breakpoint configuration (breakpoints.ts), so re-executions, spare runners
// and reverse-continue scans honour them like any other breakpoint.

import type { DebugProtocol } from '@vscode/debugprotocol';
import type { DataBreakpointSpec, DataHit, RunnerEvent, StopReason } from './messages';
import type { RunnerHandle } from './runnerHandle';
import { parseDataId } from './dataTargets';

/** Variable references at or above this are a watch result's children, answered by a throwaway runner (evaluate.ts). */
const SIDE_REFS = 1_000_000_000;

/** DAP dataBreakpointInfo, asked of the program's runner (stopped, frame index `frame`). */
export async function dataBreakpointInfo(runner: RunnerHandle, args: DebugProtocol.DataBreakpointInfoArguments, frame: number): Promise<DebugProtocol.DataBreakpointInfoResponse['body']> {
  const ref = args.variablesReference;
  if (ref !== undefined && ref >= SIDE_REFS) return { dataId: null, description: 'Values under a watch expression are not watched: watch the expression itself.' };
  const r = await runner.query({ q: 'dataInfo', ref, frame, name: String(args.name ?? ''), asAddress: args.asAddress === true });
  return 'dataInfo' in r.body ? r.body.dataInfo : { dataId: null, description: 'No data breakpoint can be set here.' };
}

/** DAP setDataBreakpoints: the breakpoints kept (for the configuration) and the client's answer. */
export function dataBreakpoints(requested: DebugProtocol.DataBreakpoint[], nextId: () => number): { specs: DataBreakpointSpec[]; answer: DebugProtocol.Breakpoint[] } {
  const specs: DataBreakpointSpec[] = [];
  const answer = requested.map((b): DebugProtocol.Breakpoint => {
    const id = nextId();
    if (parseDataId(b.dataId) === null) return { id, verified: false, message: `Unknown data breakpoint '${b.dataId}': ask dataBreakpointInfo for a dataId.` };
    if (b.accessType !== undefined && b.accessType !== 'write') return { id, verified: false, message: `Only 'write' data breakpoints are supported (changes), not '${b.accessType}'.` };
    specs.push({ id, dataId: b.dataId });
    const bp: DebugProtocol.Breakpoint = { id, verified: true };
    if (b.condition || b.hitCondition) bp.message = 'Conditions and hit counts are not supported on data breakpoints: it stops at every change.';
    return bp;
  });
  return { specs, answer };
}

type Stopped = Extract<RunnerEvent, { type: 'stopped' }>;
type Scanned = Extract<RunnerEvent, { type: 'scanned' }>;

/** What a data breakpoint stop tells the client: the change, found by the runner or by a reverse-continue scan. */
export class DataStops {
  /** The data breakpoint hit a reverse-continue scan found, reported when the program stops there. */
  private pending: { ev: number; hit: DataHit } | null = null;

  /** A scan ended: the reason to stop with at its last hit (which the program is re-executed to). */
  afterScan(e: Scanned): StopReason {
    this.pending = e.lastHit !== null && e.data ? { ev: e.lastHit, hit: e.data } : null;
    return e.lastHit === null ? 'entry' : e.data ? 'data breakpoint' : 'breakpoint';
  }

  /** Fill in a `stopped` event for a data breakpoint stop: what changed (description, text) and which breakpoints saw it. */
  decorate(ev: DebugProtocol.StoppedEvent, e: Stopped): void {
    const pending = this.pending;
    this.pending = null;
    const hit = e.data ?? (pending !== null && pending.ev === e.at.ev && e.reason === 'data breakpoint' ? pending.hit : undefined);
    if (hit === undefined) return;
    ev.body.description = `Paused on data breakpoint: ${hit.text}`;
    ev.body.text = hit.text;
    ev.body.hitBreakpointIds = hit.ids;
  }
}
