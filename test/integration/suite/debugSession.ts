// A debug session driven through VS Code's own API, as a user's clicks drive it: commands for
// the toolbar's buttons, and a DebugAdapterTracker (the API's window on the protocol) to learn
// when the program has stopped and what the adapter said.

import * as vscode from 'vscode';

export interface StoppedAt {
  reason: string;
  line: number;
  name: string;
}

/** Watches every `refscope` session's messages; one per test file. */
export class SessionWatcher implements vscode.Disposable {
  private readonly stops: StoppedAt[] = [];
  private waiters: Array<() => void> = [];
  private readonly registration: vscode.Disposable;
  session: vscode.DebugSession | undefined;
  terminated = false;
  output = '';

  constructor() {
    this.registration = vscode.debug.registerDebugAdapterTrackerFactory('refscope', {
      createDebugAdapterTracker: (session) => {
        this.session = session;
        this.terminated = false;
        return {
          onDidSendMessage: (m: { type: string; event?: string; body?: { reason?: string; output?: string } }) => {
            if (m.type !== 'event') return;
            if (m.event === 'stopped') void this.recordStop(session, m.body?.reason ?? '');
            if (m.event === 'output' && m.body?.output) this.output += m.body.output;
            if (m.event === 'terminated') { this.terminated = true; this.wake(); }
          },
        };
      },
    });
  }

  private async recordStop(session: vscode.DebugSession, reason: string): Promise<void> {
    const top = await topFrame(session);
    this.stops.push({ reason, line: top.line, name: top.name });
    this.wake();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** The next stop after `count` stops have been seen (the count before the action that causes it). */
  async stopAfter(count: number, timeoutMs = 30_000): Promise<StoppedAt> {
    const deadline = Date.now() + timeoutMs;
    while (this.stops.length <= count) {
      if (Date.now() > deadline) throw new Error(`no 'stopped' event within ${timeoutMs} ms (seen ${this.stops.length})`);
      await new Promise<void>((resolve) => { this.waiters.push(resolve); setTimeout(resolve, 250); });
    }
    return this.stops[count];
  }

  get stopCount(): number {
    return this.stops.length;
  }

  async untilTerminated(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.terminated) {
      if (Date.now() > deadline) throw new Error(`the session did not terminate within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => { this.waiters.push(resolve); setTimeout(resolve, 250); });
    }
  }

  dispose(): void {
    this.registration.dispose();
  }
}

interface Frame { id: number; line: number; name: string }
interface Variable { name: string; value: string; variablesReference: number }

export async function topFrame(session: vscode.DebugSession): Promise<Frame> {
  const st = await session.customRequest('stackTrace', { threadId: 1, startFrame: 0, levels: 1 }) as { stackFrames: Frame[] };
  return st.stackFrames[0];
}

/** The variables of one scope ('Locals', 'Globals', ...) of the top frame, by name. */
export async function scopeVariables(session: vscode.DebugSession, scopeName: string): Promise<Map<string, Variable>> {
  const frame = await topFrame(session);
  const { scopes } = await session.customRequest('scopes', { frameId: frame.id }) as { scopes: Array<{ name: string; variablesReference: number }> };
  const scope = scopes.find((s) => s.name === scopeName);
  if (!scope) throw new Error(`no scope '${scopeName}' (have ${scopes.map((s) => s.name).join(', ')})`);
  const { variables } = await session.customRequest('variables', { variablesReference: scope.variablesReference }) as { variables: Variable[] };
  return new Map(variables.map((v) => [v.name, v]));
}

/** The `id 0x…` and `refcount N` a variable's value line shows. */
export function idAndRefcount(v: Variable | undefined): { id: string; refcount: number } {
  if (!v) throw new Error('no such variable');
  const id = /\bid (0x[0-9a-f]+)/.exec(v.value);
  const rc = /\brefcount (\d+)/.exec(v.value);
  if (!id || !rc) throw new Error(`no id/refcount in '${v.value}'`);
  return { id: id[1], refcount: Number(rc[1]) };
}
