// The Heap view: a webview view in the Run and Debug sidebar showing the
// object graph, pymalloc's arenas/pools/blocks, the GC and all live objects.
// Strict CSP: default-src 'none', nonce scripts, local resources only.

import * as vscode from 'vscode';
import type { HeapSnapshot } from '../runtime/inspect/model';
import { formatHeapText } from '../runtime/inspect/text';
import type { ToWebview } from '../protocol/webview';
import { handleWebviewMessage, type HeapViewActions } from './heapViewMessages';

function nonce(): string {
  let s = '';
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (let i = 0; i < 32; i++) s += chars[Math.floor(Math.random() * chars.length)];
  return s;
}

/** What the Heap view last drew (part of the extension's API, see api.ts). */
export interface HeapViewRendered {
  /** The step of the snapshot on screen. */
  readonly step: number;
  /** Live objects in that snapshot. */
  readonly objects: number;
  /** Object boxes the graph tab drew (after its filters). */
  readonly drawn: number;
}

export class HeapViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly viewType = 'refscope.heapView';
  private view: vscode.WebviewView | null = null;
  private readonly renderedEmitter = new vscode.EventEmitter<HeapViewRendered>();
  /** Fires each time the webview has drawn a snapshot. */
  readonly onDidRender = this.renderedEmitter.event;
  /** The last snapshot the webview drew, if any. */
  lastRendered: HeapViewRendered | undefined;
  private current: { step: number; snapshot: HeapSnapshot } | null = null;
  private previous: HeapSnapshot | null = null;

  constructor(private readonly extensionUri: vscode.Uri) {}

  /** What the webview's (validated) messages do. */
  private readonly actions: HeapViewActions = {
    ready: () => this.post(),
    reveal: (filename, line) => this.reveal(filename, line),
    exportSnapshot: () => this.exportSnapshot(),
    debugFile: async () => { await vscode.commands.executeCommand('refscope.debugFile'); },
    writeClipboard: async (text) => { await vscode.env.clipboard.writeText(text); },
    confirm: (message) => { vscode.window.setStatusBarMessage(`$(check) ${message}`, 4000); },
    error: (message) => { void vscode.window.showErrorMessage(message); },
    rendered: (step, objects, drawn) => {
      this.lastRendered = { step, objects, drawn };
      this.renderedEmitter.fire(this.lastRendered);
    },
  };

  dispose(): void {
    this.renderedEmitter.dispose();
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    view.webview.options = { enableScripts: true, localResourceRoots: [dist] };
    const n = nonce();
    const script = view.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js'));
    const style = view.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.css'));
    view.webview.html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${view.webview.cspSource}; script-src 'nonce-${n}'; font-src ${view.webview.cspSource};">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>RefScope Heap</title></head>
<body><div id="app"></div><script nonce="${n}" src="${script}"></script></body></html>`;
    view.webview.onDidReceiveMessage((m: unknown) => { void handleWebviewMessage(m, this.actions); });
    view.onDidDispose(() => { this.view = null; });
  }

  update(body: { snapshot: HeapSnapshot; step: number }): void {
    if (this.current) this.previous = this.current.snapshot;
    this.current = body;
    this.post();
  }

  sessionEnded(): void {
    void this.view?.webview.postMessage({ type: 'ended' } satisfies ToWebview);
  }

  private post(): void {
    if (!this.view) return;
    const msg: ToWebview = this.current
      ? { type: 'snapshot', step: this.current.step, snapshot: this.current.snapshot, previous: this.previous }
      : { type: 'empty' };
    void this.view.webview.postMessage(msg);
  }

  private async reveal(filename: string, line: number): Promise<void> {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(filename));
    const pos = new vscode.Position(Math.max(0, line - 1), 0);
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos), preserveFocus: false });
  }

  async exportSnapshot(): Promise<void> {
    if (!this.current) {
      void vscode.window.showInformationMessage('RefScope: no heap snapshot yet — start debugging a Python file.');
      return;
    }
    const uri = await vscode.window.showSaveDialog({ filters: { 'Heap snapshot': ['pyheap'] }, saveLabel: 'Export Heap Snapshot' });
    if (!uri) return;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(formatHeapText(this.current.snapshot)));
    // Opened beside the code, as the .pyheap language (syntaxes/) highlights it.
    await vscode.window.showTextDocument(uri, { preview: false, viewColumn: vscode.ViewColumn.Beside });
  }
}
