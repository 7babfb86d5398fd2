// Messages between the extension and the Heap view webview. Each side checks
// what it receives against these shapes before acting on it.
import type { HeapSnapshot } from '../runtime/inspect/model';

export type ToWebview =
  | { type: 'snapshot'; step: number; snapshot: HeapSnapshot; previous: HeapSnapshot | null }
  | { type: 'ended' }
  | { type: 'empty' };

export type FromWebview =
  | { type: 'ready' }
  | { type: 'reveal'; filename: string; line: number }
  | { type: 'export' }
  /** The empty state's "Debug current file" button. */
  | { type: 'debugFile' }
  /** A snapshot is on screen: its step, how many objects it has and how many boxes the graph drew. */
  | { type: 'rendered'; step: number; objects: number; drawn: number }
  /** "Copy as SVG": the graph as a standalone SVG document, for the clipboard. */
  | { type: 'copySvg'; svg: string; objects: number; arrows: number };

/** The largest SVG the extension accepts to copy (a 10,000-object graph is a few MB). */
export const MAX_SVG_CHARS = 64 * 1024 * 1024;

/** Validate a message received by the webview (it trusts nothing). */
export function isToWebview(m: unknown): m is ToWebview {
  if (typeof m !== 'object' || m === null) return false;
  const t = (m as { type?: unknown }).type;
  if (t === 'ended' || t === 'empty') return true;
  if (t !== 'snapshot') return false;
  const s = (m as { snapshot?: { objects?: unknown; frames?: unknown } }).snapshot;
  return typeof (m as { step?: unknown }).step === 'number' && !!s && Array.isArray(s.objects) && Array.isArray(s.frames);
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** A standalone SVG document: an <svg> root (after an optional XML declaration), closed at the end, within the size limit. */
export function isSvgDocument(svg: unknown): svg is string {
  if (typeof svg !== 'string' || svg.length > MAX_SVG_CHARS) return false;
  const t = svg.trim();
  return /^(<\?xml[^>]*\?>\s*)?<svg\s[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(t) && t.endsWith('</svg>');
}

/** Validate a message received by the extension from the webview. */
export function isFromWebview(m: unknown): m is FromWebview {
  if (typeof m !== 'object' || m === null) return false;
  const o = m as { type?: unknown; filename?: unknown; line?: unknown; svg?: unknown; objects?: unknown; arrows?: unknown; step?: unknown; drawn?: unknown };
  switch (o.type) {
    case 'ready':
    case 'export':
    case 'debugFile':
      return true;
    case 'reveal':
      return typeof o.filename === 'string' && typeof o.line === 'number';
    case 'rendered':
      return isCount(o.step) && isCount(o.objects) && isCount(o.drawn);
    case 'copySvg':
      return isSvgDocument(o.svg) && isCount(o.objects) && isCount(o.arrows);
    default:
      return false;
  }
}
