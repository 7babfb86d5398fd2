/// <reference types="mocha" />
// The integration suite: runs inside a real VS Code's extension host, with the extension under
// development loaded (desktop: `npm run test:integration`, @vscode/test-cli + @vscode/test-electron;
// here: `npm run test:e2e` runs it in code-server too, test/e2e/integration.mjs). It uses only the
// public VS Code API, the way a user's actions reach the extension: activation, "Debug Python File"
// on an example, stepping, reading variables, stepping back, the Heap view, the language server.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RefScopeApi, HeapViewRendered } from '../../../src/extension/api';
import { SessionWatcher, scopeVariables, idAndRefcount, topFrame } from './debugSession';

const EXTENSION_ID = 'refscope.refscope';

function extension(): vscode.Extension<RefScopeApi> {
  const ext = vscode.extensions.getExtension<RefScopeApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  return ext;
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

suite('RefScope in VS Code', function () {
  let watcher: SessionWatcher;
  suiteSetup(() => { watcher = new SessionWatcher(); });
  suiteTeardown(async () => {
    if (watcher.session && !watcher.terminated) await vscode.debug.stopDebugging(watcher.session);
    watcher.dispose();
  });

  test('activates and registers its commands and debugger', async () => {
    const ext = extension();
    const api = await ext.activate();
    assert.ok(ext.isActive);
    assert.equal(typeof api.heapView.onDidRender, 'function', 'activate returns the API');
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['refscope.debugFile', 'refscope.openHeapView', 'refscope.exportHeapSnapshot']) assert.ok(commands.includes(c), c);
    const debuggers = (ext.packageJSON as { contributes: { debuggers: Array<{ type: string }> } }).contributes.debuggers;
    assert.deepEqual(debuggers.map((d) => d.type), ['refscope']);
  });

  test('Debug Python File on an example stops on entry, steps, shows ids and refcounts, steps back', async () => {
    const ext = extension();
    const program = vscode.Uri.joinPath(ext.extensionUri, 'examples', '01_refcount.py');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(program));
    let seen = watcher.stopCount;
    await vscode.commands.executeCommand('refscope.debugFile', program);
    const entry = await watcher.stopAfter(seen++);
    assert.equal(entry.reason, 'entry');
    assert.equal(entry.line, 6, 'stops on `import sys`');
    const session = watcher.session!;
    assert.equal(session.type, 'refscope');
    assert.equal(vscode.debug.activeDebugSession?.id, session.id);

    const step = async (command: string) => {
      await vscode.commands.executeCommand(command);
      return watcher.stopAfter(seen++);
    };
    assert.equal((await step('workbench.action.debug.stepOver')).line, 8);
    assert.equal((await step('workbench.action.debug.stepOver')).line, 9);
    const alone = idAndRefcount((await scopeVariables(session, 'Globals')).get('a'));

    assert.equal((await step('workbench.action.debug.stepOver')).line, 11, 'after `b = a`');
    let globals = await scopeVariables(session, 'Globals');
    const shared = idAndRefcount(globals.get('a'));
    assert.equal(shared.id, alone.id, 'the same list');
    assert.equal(shared.refcount, alone.refcount + 1, '`b = a` adds a reference');
    assert.equal(idAndRefcount(globals.get('b')).id, alone.id, '`b` is the same object');

    assert.equal((await step('workbench.action.debug.stepOver')).line, 14);
    await until('the program\'s output', () => (watcher.output.includes('3\n') ? true : undefined));
    assert.equal((await step('workbench.action.debug.stepOver')).line, 15, 'after `del b`');
    globals = await scopeVariables(session, 'Globals');
    assert.equal(globals.has('b'), false);
    assert.deepEqual(idAndRefcount(globals.get('a')), alone, '`del b` gives the reference back');

    const back = await step('workbench.action.debug.stepBack');
    assert.equal(back.line, 14, 'stepBack returns to the line before');
    globals = await scopeVariables(session, 'Globals');
    assert.deepEqual(idAndRefcount(globals.get('a')), shared, 'the state of that step: same id, refcount with `b`');
    assert.equal(idAndRefcount(globals.get('b')).id, alone.id);
    assert.equal((await topFrame(session)).line, 14);
  });

  test('the Heap view opens and draws the current step', async () => {
    const api = extension().exports;
    const rendered = new Promise<HeapViewRendered>((resolve) => {
      const sub = api.heapView.onDidRender((r) => { sub.dispose(); resolve(r); });
    });
    await vscode.commands.executeCommand('refscope.openHeapView');
    const r = await Promise.race([rendered, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the Heap view drew nothing in 30 s')), 30_000))]);
    assert.ok(r.objects > 0, `objects in the snapshot: ${r.objects}`);
    assert.ok(r.drawn > 0, `boxes drawn: ${r.drawn}`);
    assert.ok(r.step > 0);
    // A step redraws it with the next snapshot.
    const before = r.step;
    const next = new Promise<HeapViewRendered>((resolve) => {
      const sub = api.heapView.onDidRender((x) => { if (x.step !== before) { sub.dispose(); resolve(x); } });
    });
    await vscode.commands.executeCommand('workbench.action.debug.stepOver');
    const again = await Promise.race([next, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no redraw after a step')), 30_000))]);
    assert.ok(again.step > before, `step ${again.step} after ${before}`);
    // So does a step back, with the earlier snapshot.
    const backDrawn = new Promise<HeapViewRendered>((resolve) => {
      const sub = api.heapView.onDidRender((x) => { if (x.step < again.step) { sub.dispose(); resolve(x); } });
    });
    await vscode.commands.executeCommand('workbench.action.debug.stepBack');
    const back = await Promise.race([backDrawn, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no redraw after a step back')), 30_000))]);
    assert.equal(back.step, before, 'the snapshot of the step before');
    assert.equal(back.objects, r.objects);
  });

  test('continue runs the program to its end', async () => {
    await vscode.commands.executeCommand('workbench.action.debug.continue');
    await watcher.untilTerminated();
    assert.match(watcher.output, /3\n(.*\n)*2\n/, 'printed 3 then 2');
  });

  test('F5 on a Python file with no launch.json debugs it with RefScope, nothing configured', async () => {
    const folder = vscode.workspace.workspaceFolders![0];
    const found = await vscode.workspace.findFiles('.vscode/launch.json');
    assert.equal(found.length, 0, 'the workspace has no launch configuration');
    const uri = vscode.Uri.joinPath(folder.uri, 'shared.py');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const seen = watcher.stopCount;
    await vscode.commands.executeCommand('workbench.action.debug.start');
    const entry = await watcher.stopAfter(seen);
    assert.equal(watcher.session?.type, 'refscope');
    assert.equal(watcher.session?.configuration.program, uri.fsPath);
    assert.deepEqual([entry.reason, entry.line], ['entry', 1]);
    await vscode.commands.executeCommand('workbench.action.debug.continue');
    await watcher.untilTerminated();
    assert.match(watcher.output, /\[1, 2, 3\]\n/);
  });

  test('the language server reports a SyntaxError as CPython words it, without debugging', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'a workspace folder is open');
    const uri = vscode.Uri.joinPath(folder.uri, 'broken.py');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diag = await until('diagnostics for broken.py', () => vscode.languages.getDiagnostics(uri).find((d) => /SyntaxError/.test(d.message)), 60_000);
    assert.match(diag.message, /Missing parentheses in call to 'print'/);
    assert.equal(diag.range.start.line, 1);
    assert.equal(diag.severity, vscode.DiagnosticSeverity.Error);
  });

  test('hovering a name in a file shows its id and refcount from the language server', async () => {
    const folder = vscode.workspace.workspaceFolders![0];
    const uri = vscode.Uri.joinPath(folder.uri, 'shared.py');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const line = doc.lineAt(2).text;
    const at = new vscode.Position(2, line.indexOf('b'));
    const text = await until('a RefScope hover', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
      const all = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      return /refcount/.test(all) ? all : undefined;
    }, 60_000);
    assert.match(text, /list · id 0x[0-9a-f]+ · refcount \d+ · \d+ bytes/);
  });
});
