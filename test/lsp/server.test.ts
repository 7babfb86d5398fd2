// The language server over the real protocol (dist/languageServer.js --stdio).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

const server = resolve(__dirname, '..', '..', 'dist', 'languageServer.js');
let proc: ChildProcess;
let conn: MessageConnection;
const diagnostics = new Map<string, Array<{ message: string; source: string; range: { start: { line: number } } }>>();
const waiters: Array<() => void> = [];

before(async () => {
  proc = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: never[] }) => {
    diagnostics.set(p.uri, p.diagnostics);
    waiters.splice(0).forEach((w) => w());
  });
  conn.onRequest('workspace/inlayHint/refresh', () => null);
  conn.onRequest('workspace/codeLens/refresh', () => null);
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  conn.sendNotification('initialized', {});
  conn.sendNotification('workspace/didChangeConfiguration', { settings: { refscope: { languageServer: { debounceMs: 10, inlayHints: { enabled: true } } } } });
});
after(() => { conn.dispose(); proc.kill(); });

function open(uri: string, text: string): Promise<void> {
  const p = new Promise<void>((r) => waiters.push(r));
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text } });
  return p;
}

test('hover shows type, id, refcount and size as the line left it', async () => {
  const uri = 'file:///tmp/refscope-lsp-hover.py';
  await open(uri, 'import sys\na = []\nb = a\nprint(sys.getrefcount(a))\n');
  const h = await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 0 } }) as { contents: { value: string } };
  // ob_refcnt: a and b (sys.getrefcount would print one more, for its argument).
  assert.match(h.contents.value, /`b`: list · id 0x[0-9a-f]+ · refcount 2 · 56 bytes/);
  assert.match(h.contents.value, /ran 1 time/);
  const hints = await conn.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 4, character: 0 } } }) as Array<{ label: string; position: { line: number } }>;
  assert.deepEqual(hints.map((x) => [x.position.line, x.label]), [[1, ' refcount 1'], [2, ' refcount 2']]);
});

test('diagnostics: CPython syntax error text and the uncaught exception line', async () => {
  const bad = 'file:///tmp/refscope-lsp-syntax.py';
  await open(bad, 'if x\n    pass\n');
  const d = diagnostics.get(bad)!;
  assert.equal(d.length, 1);
  assert.equal(d[0].message, "SyntaxError: expected ':'");
  assert.equal(d[0].source, 'RefScope');
  const exc = 'file:///tmp/refscope-lsp-exc.py';
  await open(exc, 'x = 1\ny = {}\nprint(y["k"])\n');
  const e = diagnostics.get(exc)!;
  assert.equal(e.length, 1);
  assert.equal(e[0].range.start.line, 2);
  assert.match(e[0].message, /^KeyError: 'k'/);
});
