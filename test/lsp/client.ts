// A JSON-RPC client for the language server tests: starts dist/languageServer.js
// --stdio as its own process and speaks LSP to it with vscode-jsonrpc/node. Tests
// wait for the notification or answer they need, never for time.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const SERVER = resolve(__dirname, '..', '..', 'dist', 'languageServer.js');

export interface Diag {
  message: string;
  source: string;
  code: string;
  severity: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
export interface Publish { uri: string; version?: number; diagnostics: Diag[] }
export interface HoverAnswer { contents: { kind: string; value: string }; range: { start: { line: number; character: number }; end: { line: number; character: number } } }
export interface Lens { range: unknown; command: { title: string; command: string } }
export interface Hint { label: string; position: { line: number; character: number } }

export class LspClient {
  readonly publishes: Publish[] = [];
  /** window/logMessage texts. */
  readonly logs: string[] = [];
  /** $/logTrace texts (the server's run log: "run 3 of /tmp/x.py: started", "…: cancelled after 12 ms"). */
  readonly traces: string[] = [];
  private waiters: Array<() => void> = [];
  private versions = new Map<string, number>();
  exited = false;
  exitCode: number | null = null;

  private constructor(readonly proc: ChildProcess, readonly conn: MessageConnection) {}

  /** Start a server, initialize it, and push `settings` (the `refscope.languageServer` section). */
  static async start(settings: Record<string, unknown> = {}): Promise<LspClient> {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const c = new LspClient(proc, conn);
    proc.on('exit', (code) => { c.exited = true; c.exitCode = code; c.wake(); });
    conn.onNotification('textDocument/publishDiagnostics', (p: Publish) => { c.publishes.push(p); c.wake(); });
    conn.onNotification('window/logMessage', (p: { message: string }) => c.logs.push(p.message));
    conn.onNotification('$/logTrace', (p: { message: string }) => { c.traces.push(p.message); c.wake(); });
    conn.onRequest('workspace/inlayHint/refresh', () => null);
    conn.onRequest('workspace/codeLens/refresh', () => null);
    conn.listen();
    await conn.sendRequest('initialize', {
      processId: process.pid, rootUri: null,
      capabilities: { workspace: { inlayHint: { refreshSupport: true }, codeLens: { refreshSupport: true } } },
    });
    conn.sendNotification('initialized', {});
    conn.sendNotification('$/setTrace', { value: 'verbose' });
    c.configure(settings);
    return c;
  }

  private wake(): void { this.waiters.splice(0).forEach((w) => w()); }

  configure(settings: Record<string, unknown>): void {
    this.conn.sendNotification('workspace/didChangeConfiguration', { settings: { refscope: { languageServer: settings } } });
  }

  /** The first publish for `uri` after the `since`-th publish (of any document) that satisfies `ok`. */
  async waitForPublish(uri: string, since: number, ok: (p: Publish) => boolean = () => true): Promise<Publish> {
    for (;;) {
      const p = this.publishes.slice(since).find((x) => x.uri === uri && ok(x));
      if (p) return p;
      if (this.exited) throw new Error('the language server exited');
      await new Promise<void>((r) => this.waiters.push(r));
    }
  }

  /** The first trace after the `since`-th that matches `re`. */
  async waitForTrace(re: RegExp, since = 0): Promise<string> {
    for (;;) {
      const t = this.traces.slice(since).find((x) => re.test(x));
      if (t) return t;
      if (this.exited) throw new Error('the language server exited');
      await new Promise<void>((r) => this.waiters.push(r));
    }
  }

  /** Open `uri` and wait for the diagnostics of that version. */
  async open(uri: string, text: string): Promise<Diag[]> {
    const since = this.publishes.length;
    this.openNoWait(uri, text);
    return (await this.waitForPublish(uri, since, (p) => p.version === 1)).diagnostics;
  }

  openNoWait(uri: string, text: string): void {
    this.versions.set(uri, 1);
    this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text } });
  }

  /** Replace the whole text; returns the new version. */
  change(uri: string, text: string): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  async changeAndWait(uri: string, text: string): Promise<Diag[]> {
    const since = this.publishes.length;
    const version = this.change(uri, text);
    return (await this.waitForPublish(uri, since, (p) => p.version === version)).diagnostics;
  }

  close(uri: string): void {
    this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  hover(uri: string, line: number, character: number): Promise<HoverAnswer | null> {
    return this.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  inlayHints(uri: string, startLine: number, endLine: number): Promise<Hint[]> {
    return this.conn.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: startLine, character: 0 }, end: { line: endLine, character: 0 } } });
  }

  codeLens(uri: string): Promise<Lens[]> {
    return this.conn.sendRequest('textDocument/codeLens', { textDocument: { uri } });
  }

  /** Shut the server down as a client does; resolves with its exit code (0: it never crashed). */
  async stop(): Promise<number | null> {
    if (!this.exited) {
      const gone = new Promise<void>((r) => this.proc.once('exit', () => r()));
      try {
        await this.conn.sendRequest('shutdown');
        this.conn.sendNotification('exit');
      } catch { this.proc.kill(); }
      await gone;
    }
    this.conn.dispose();
    return this.exitCode;
  }
}
