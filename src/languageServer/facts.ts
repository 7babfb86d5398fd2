// What one background run of a file yields: the read model behind the language
// server's diagnostics, hovers, inlay hints and code lens. Plain data (Maps,
// arrays, numbers, strings), so it crosses from the analysis worker thread to the
// server by structured clone.

/** One name as a line left it: the object it named; `freedAt`: the line that freed it (0: when the program ended), null while alive. */
export interface NameFact { type: string; id: number; refcount: number; size: number; freedAt: number | null }
export interface LineFacts { runs: number; names: Map<string, NameFact> }

export type DiagnosticKind = 'syntax' | 'unsupported' | 'exception' | 'cycle' | 'mutableDefault';
export const DIAGNOSTIC_KINDS: readonly DiagnosticKind[] = ['syntax', 'unsupported', 'exception', 'cycle', 'mutableDefault'];

/** Lines 1-based, columns 0-based (UTF-16 code units), as the AST gives them. */
export interface AnalysisDiagnostic { kind: DiagnosticKind; line: number; col: number; endLine: number; endCol: number; message: string }

export interface AnalysisResult {
  lines: Map<number, LineFacts>;
  diagnostics: AnalysisDiagnostic[];
  steps: number;
  /** GC-tracked objects alive when the run ended. */
  aliveAtExit: number;
  /** Objects the cyclic GC collected during the run. */
  collectedByGc: number;
  /** Why the run ended before the program did (budget, cancel, memory), or null. */
  stoppedEarly: string | null;
}

export interface AnalysisOptions {
  maxSteps: number;
  timeBudgetMs: number;
  stdin?: string;
  /** Polled while the program runs: true ends the run at once (its result is thrown away). */
  isCancelled?: () => boolean;
}

export function emptyResult(): AnalysisResult {
  return { lines: new Map(), diagnostics: [], steps: 0, aliveAtExit: 0, collectedByGc: 0, stoppedEarly: null };
}
