// Messages between the extension and the Heap view webview.
import type { HeapSnapshot } from '../runtime/inspect/model';

export type ToWebview =
  | { type: 'snapshot'; step: number; snapshot: HeapSnapshot; previous: HeapSnapshot | null }
  | { type: 'ended' }
  | { type: 'empty' };

export type FromWebview =
  | { type: 'ready' }
  | { type: 'reveal'; filename: string; line: number }
  | { type: 'export' };

/** Validate a message received by the webview (it trusts nothing). */
export function isToWebview(m: unknown): m is ToWebview {
  if (typeof m !== 'object' || m === null) return false;
  const t = (m as { type?: unknown }).type;
  if (t === 'ended' || t === 'empty') return true;
  if (t !== 'snapshot') return false;
  const s = (m as { snapshot?: { objects?: unknown; frames?: unknown } }).snapshot;
  return typeof (m as { step?: unknown }).step === 'number' && !!s && Array.isArray(s.objects) && Array.isArray(s.frames);
}

export function isFromWebview(m: unknown): m is FromWebview {
  if (typeof m !== 'object' || m === null) return false;
  const t = (m as { type?: unknown }).type;
  if (t === 'ready' || t === 'export') return true;
  return t === 'reveal' && typeof (m as { filename?: unknown }).filename === 'string' && typeof (m as { line?: unknown }).line === 'number';
}
