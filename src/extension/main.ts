// The VS Code extension: registers the `refscope` debugger (its own process by
// default, inline on request), the "Debug Python File" command, and the Heap
// view in the Run and Debug sidebar, fed by the adapter's `refscope.heap` events.
// Activation only registers things.

import * as vscode from 'vscode';
import { join } from 'node:path';
import { HeapViewProvider } from './heapView';
import { RefScopeDebugSession } from '../debugAdapter/session';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | null = null;

function startLanguageClient(context: vscode.ExtensionContext): void {
  if (!vscode.workspace.getConfiguration('refscope').get<boolean>('languageServer.enabled', true)) return;
  const module = join(context.extensionPath, 'dist', 'languageServer.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'python' }, { scheme: 'untitled', language: 'python' }],
    synchronize: { configurationSection: 'refscope' },
  };
  client = new LanguageClient('refscope', 'RefScope', serverOptions, clientOptions);
  // Starting is asynchronous: activation itself does no work.
  void client.start();
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
    if (inline) {
      return new vscode.DebugAdapterInlineImplementation(new RefScopeDebugSession() as unknown as vscode.DebugAdapter);
    }
    return new vscode.DebugAdapterExecutable(process.execPath, [join(this.context.extensionPath, 'dist', 'debugAdapter.js')]);
  }
}

export function activate(context: vscode.ExtensionContext): void {
  const heap = new HeapViewProvider(context.extensionUri);
  context.subscriptions.push(
    vscode.debug.registerDebugConfigurationProvider('refscope', new ConfigurationProvider()),
    vscode.debug.registerDebugAdapterDescriptorFactory('refscope', new AdapterFactory(context)),
    vscode.window.registerWebviewViewProvider(HeapViewProvider.viewType, heap),
    vscode.debug.onDidReceiveDebugSessionCustomEvent((e) => {
      if (e.session.type === 'refscope' && e.event === 'refscope.heap') heap.update(e.body);
    }),
    vscode.debug.onDidTerminateDebugSession((s) => { if (s.type === 'refscope') heap.sessionEnded(); }),
    vscode.commands.registerCommand('refscope.debugFile', (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (!target) return;
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
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
