// What `activate` returns: the API other extensions (and the integration tests,
// test/integration/) get from `vscode.extensions.getExtension('refscope.refscope').exports`.
// It only reads state; it changes nothing.

import type * as vscode from 'vscode';
import type { HeapViewRendered } from './heapView';

export type { HeapViewRendered };

export interface RefScopeApi {
  readonly heapView: {
    /** The snapshot the Heap view last drew, or undefined before it has drawn one. */
    readonly lastRendered: HeapViewRendered | undefined;
    /** Fires each time the Heap view has drawn a snapshot (after a step, or when it is opened). */
    readonly onDidRender: vscode.Event<HeapViewRendered>;
  };
}
