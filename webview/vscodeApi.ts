// The one handle on the extension: acquireVsCodeApi() may be called once.

import type { FromWebview } from '../src/protocol/webview';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

function acquire(): VsCodeApi {
  if (typeof acquireVsCodeApi === 'function') return acquireVsCodeApi();
  // Opened outside VS Code (a plain browser): keep working, talk to nobody.
  let state: unknown;
  return { postMessage: () => undefined, getState: () => state, setState: (s) => { state = s; } };
}

const api = acquire();

export function post(message: FromWebview): void {
  api.postMessage(message);
}

export function loadState<T>(): Partial<T> {
  const s = api.getState();
  return s && typeof s === 'object' ? (s as Partial<T>) : {};
}

export function saveState<T>(state: T): void {
  api.setState(state);
}
