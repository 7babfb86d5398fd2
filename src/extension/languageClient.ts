// dist/languageClient.js: the client side of RefScope's language server (vscode-languageclient),
// a bundle of its own that the extension loads just after activation, so activation itself
// stays cheap (the client library is most of the extension's code).

import * as vscode from 'vscode';
import { join } from 'node:path';
import {
  LanguageClient, TransportKind, ErrorAction, CloseAction,
  type LanguageClientOptions, type ServerOptions, type ErrorHandler,
} from 'vscode-languageclient/node';
import { RestartPolicy } from './restartPolicy';

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
    errorHandler: restartingErrorHandler(),
  };
  client = new LanguageClient('refscope', 'RefScope', serverOptions, clientOptions);
  void client.start();
}

/** If the server process ever dies, restart it and say so once; give up after 5 deaths in 3 minutes. */
function restartingErrorHandler(): ErrorHandler {
  const policy = new RestartPolicy();
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const d = policy.onClosed(Date.now());
      if (d === 'give-up') {
        void vscode.window.showErrorMessage('RefScope: the language server keeps stopping; it will not be restarted. Reload the window to try again.');
        return { action: CloseAction.DoNotRestart, handled: true };
      }
      if (d === 'restart-and-tell') void vscode.window.showWarningMessage('RefScope: the language server stopped unexpectedly and was restarted.');
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

export function stop(): Thenable<void> | undefined {
  const c = client;
  client = null;
  return c?.stop();
}
