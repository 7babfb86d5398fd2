// What the Heap view's provider does with a message from its webview: each is
// validated (isFromWebview) before anything happens, and anything else is
// dropped. Kept free of the vscode module so the tests can drive it.

import { isFromWebview } from '../protocol/webview';

export interface HeapViewActions {
  /** The webview is listening: (re)send the current state. */
  ready(): void;
  reveal(filename: string, line: number): Promise<void>;
  exportSnapshot(): Promise<void>;
  /** Start debugging the file in the active editor (RefScope: Debug Python File). */
  debugFile(): Promise<void>;
  /** Put the text on the clipboard. */
  writeClipboard(text: string): Promise<void>;
  /** A short confirmation (the status bar). */
  confirm(message: string): void;
  error(message: string): void;
  /** The webview has drawn the snapshot of this step. */
  rendered(step: number, objects: number, drawn: number): void;
}

/** The confirmation shown once the graph is on the clipboard. */
export function copiedMessage(objects: number, arrows: number, chars: number): string {
  const kb = chars < 1024 * 1024 ? `${Math.max(1, Math.round(chars / 1024))} KB` : `${(chars / (1024 * 1024)).toFixed(1)} MB`;
  return `RefScope: graph copied as SVG (${objects} object${objects === 1 ? '' : 's'}, ${arrows} arrow${arrows === 1 ? '' : 's'}, ${kb})`;
}

/** Act on a message from the webview. Returns false (and does nothing) when it is not a valid message. */
export async function handleWebviewMessage(m: unknown, act: HeapViewActions): Promise<boolean> {
  if (!isFromWebview(m)) return false;
  switch (m.type) {
    case 'ready':
      act.ready();
      break;
    case 'reveal':
      await act.reveal(m.filename, m.line);
      break;
    case 'export':
      await act.exportSnapshot();
      break;
    case 'debugFile':
      await act.debugFile();
      break;
    case 'rendered':
      act.rendered(m.step, m.objects, m.drawn);
      break;
    case 'copySvg':
      try {
        await act.writeClipboard(m.svg);
        act.confirm(copiedMessage(m.objects, m.arrows, m.svg.length));
      } catch (e) {
        act.error(`RefScope: could not copy the graph: ${e instanceof Error ? e.message : String(e)}`);
      }
      break;
  }
  return true;
}
