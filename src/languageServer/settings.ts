// The language server's settings: `refscope.languageServer.*` in package.json,
// pushed by the client with workspace/didChangeConfiguration. Anything missing or
// of the wrong type falls back to its default (a bad setting never stops the server).

import { DIAGNOSTIC_KINDS, type DiagnosticKind } from './facts';

export interface ServerSettings {
  /** Step budget of a background run (line events). */
  maxSteps: number;
  /** Time budget of a background run, in milliseconds (the cycle replay gets as much again). */
  timeBudgetMs: number;
  /** Heap limit of the analysis worker thread, in MiB: a run that needs more is stopped. */
  memoryLimitMb: number;
  inlayHints: { enabled: boolean; showIds: boolean };
  diagnostics: Record<DiagnosticKind, boolean>;
  /** Quiet time after an edit before the file runs again (not in package.json: tests shorten it). */
  debounceMs: number;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  maxSteps: 100000,
  timeBudgetMs: 2000,
  memoryLimitMb: 512,
  inlayHints: { enabled: false, showIds: false },
  diagnostics: { syntax: true, unsupported: true, exception: true, cycle: true, mutableDefault: true },
  debounceMs: 300,
};

function num(v: unknown, fallback: number, min: number, max: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, Math.floor(v))) : fallback;
}

function bool(v: unknown, fallback: boolean): boolean {
  return typeof v === 'boolean' ? v : fallback;
}

/** Settings from a didChangeConfiguration payload (`{ refscope: { languageServer: … } }`). */
export function readSettings(payload: unknown): ServerSettings {
  const root = (payload as { refscope?: { languageServer?: unknown } } | null)?.refscope?.languageServer;
  const s = (root !== null && typeof root === 'object' ? root : {}) as Record<string, unknown>;
  const hints = (typeof s.inlayHints === 'object' && s.inlayHints !== null ? s.inlayHints : {}) as Record<string, unknown>;
  const diags = (typeof s.diagnostics === 'object' && s.diagnostics !== null ? s.diagnostics : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const diagnostics = { ...d.diagnostics };
  for (const k of DIAGNOSTIC_KINDS) diagnostics[k] = bool(diags[k], d.diagnostics[k]);
  return {
    maxSteps: num(s.maxSteps, d.maxSteps, 1, 1e9),
    timeBudgetMs: num(s.timeBudgetMs, d.timeBudgetMs, 10, 600_000),
    memoryLimitMb: num(s.memoryLimitMb, d.memoryLimitMb, 32, 16_384),
    inlayHints: { enabled: bool(hints.enabled, d.inlayHints.enabled), showIds: bool(hints.showIds, d.inlayHints.showIds) },
    diagnostics,
    debounceMs: num(s.debounceMs, d.debounceMs, 0, 10_000),
  };
}

/** Whether going from `a` to `b` changes what a run computes (then every open file runs again). */
export function changesRuns(a: ServerSettings, b: ServerSettings): boolean {
  return a.maxSteps !== b.maxSteps || a.timeBudgetMs !== b.timeBudgetMs || a.memoryLimitMb !== b.memoryLimitMb;
}

/**
 * The largest file (in characters) a background run takes on: parsing and compiling need
 * about 250 bytes of heap per character of source before the program runs at all (and take
 * about a second of CPU per megabyte each), so larger files would only end with the thread
 * out of memory or terminated. 2 KiB of source per MiB of heap: 1 MiB at the default 512 MiB.
 */
export function maxSourceChars(s: ServerSettings): number {
  return s.memoryLimitMb * 2048;
}
