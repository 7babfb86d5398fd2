// dist/languageClient.js: the client side of RefScope's language server (vscode-languageclient),
// a bundle of its own that the extension loads just after activation, so activation itself
// stays cheap (the client library is most of the extension's code).

import * as vscode from 'vscode';
import { join } from 'node:path';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | null = null;

/** Start the client (it starts dist/languageServer.js over IPC) unless the setting turns it off. */
export function start(extensionPath: string): void {
  if (client !== null) return;
  if (!vscode.workspace.getConfiguration('refscope').get<boolean>('languageServer.enabled', true)) return;
  const module = join(extensionPath, 'dist', 'languageServer.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'python' }, { scheme: 'untitled', language: 'python' }],
    synchronize: { configurationSection: 'refscope' },
  };
  client = new LanguageClient('refscope', 'RefScope', serverOptions, clientOptions);
  void client.start();
}

export function stop(): Thenable<void> | undefined {
  const c = client;
  client = null;
  return c?.stop();
}
