// The VS Code extension: registers the `refscope` debugger (its own process by
// default, inline on request), the "Debug Python File" command, and the Heap
// view in the Run and Debug sidebar, fed by the adapter's `refscope.heap` events.
// Activation only registers things.

import * as vscode from 'vscode';
import { join } from 'node:path';
import { HeapViewProvider } from './heapView';
import type { RefScopeApi } from './api';
import type { RefScopeDebugSession } from '../debugAdapter/session';

type LanguageClientModule = { start(extensionPath: string): void; stop(): Thenable<void> | undefined };
let languageClient: LanguageClientModule | null = null;

/** The language client lives in dist/languageClient.js, loaded after activation has returned. */
function startLanguageClient(context: vscode.ExtensionContext): void {
  const timer = setTimeout(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    languageClient = require(join(context.extensionPath, 'dist', 'languageClient.js')) as LanguageClientModule;
    languageClient.start(context.extensionPath);
  }, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(timer) });
}

class ConfigurationProvider implements vscode.DebugConfigurationProvider {
  resolveDebugConfiguration(folder: vscode.WorkspaceFolder | undefined, config: vscode.DebugConfiguration): vscode.DebugConfiguration | undefined {
    if (!config.type && !config.request && !config.name) {
      const editor = vscode.window.activeTextEditor;
      if (editor && editor.document.languageId === 'python') {
        config.type = 'refscope';
        config.name = 'RefScope: Current File';
        config.request = 'launch';
        config.program = editor.document.uri.fsPath;
        config.stopOnEntry = true;
      }
    }
    if (!config.program) {
      void vscode.window.showInformationMessage('RefScope: open a Python file, or set "program" in launch.json.');
      return undefined;
    }
    if (!config.cwd && folder) config.cwd = folder.uri.fsPath;
    return config;
  }
}

class AdapterFactory implements vscode.DebugAdapterDescriptorFactory {
  constructor(private readonly context: vscode.ExtensionContext) {}
  createDebugAdapterDescriptor(): vscode.ProviderResult<vscode.DebugAdapterDescriptor> {
    const inline = vscode.workspace.getConfiguration('refscope').get<boolean>('debugAdapter.inline', false);
    const adapter = join(this.context.extensionPath, 'dist', 'debugAdapter.js');
    if (inline) {
      // Loaded on first use, so activation stays cheap (the adapter bundle is not part of extension.js).
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { RefScopeDebugSession: Session } = require(adapter) as { RefScopeDebugSession: typeof RefScopeDebugSession };
      return new vscode.DebugAdapterInlineImplementation(new Session() as unknown as vscode.DebugAdapter);
    }
    return new vscode.DebugAdapterExecutable(process.execPath, [adapter]);
  }
}

export function activate(context: vscode.ExtensionContext): RefScopeApi {
  const heap = new HeapViewProvider(context.extensionUri);
  context.subscriptions.push(
    heap,
    vscode.debug.registerDebugConfigurationProvider('refscope', new ConfigurationProvider()),
    vscode.debug.registerDebugAdapterDescriptorFactory('refscope', new AdapterFactory(context)),
    vscode.window.registerWebviewViewProvider(HeapViewProvider.viewType, heap),
    vscode.debug.onDidReceiveDebugSessionCustomEvent((e) => {
      if (e.session.type === 'refscope' && e.event === 'refscope.heap') heap.update(e.body);
    }),
    vscode.debug.onDidTerminateDebugSession((s) => { if (s.type === 'refscope') heap.sessionEnded(); }),
    vscode.commands.registerCommand('refscope.debugFile', (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (!target || (!uri && vscode.window.activeTextEditor?.document.languageId !== 'python')) {
        void vscode.window.showInformationMessage('RefScope: open a Python file to debug it.');
        return;
      }
      void vscode.debug.startDebugging(vscode.workspace.getWorkspaceFolder(target), {
        type: 'refscope', name: 'RefScope: Debug Python File', request: 'launch', program: target.fsPath, stopOnEntry: true,
      });
    }),
    vscode.commands.registerCommand('refscope.openExample', async (name?: string) => {
      if (!name || !/^[\w.-]+\.py$/.test(name)) return;
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(context.extensionUri, 'examples', name));
      await vscode.window.showTextDocument(doc, { preview: false });
    }),
    vscode.commands.registerCommand('refscope.openHeapView', () => vscode.commands.executeCommand(`${HeapViewProvider.viewType}.focus`)),
    vscode.commands.registerCommand('refscope.exportHeapSnapshot', () => heap.exportSnapshot()),
  );
  startLanguageClient(context);
  return { heapView: { get lastRendered() { return heap.lastRendered; }, onDidRender: heap.onDidRender } };
}

export function deactivate(): Thenable<void> | undefined {
  return languageClient?.stop();
}
