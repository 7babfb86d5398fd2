// The RefScope language server: memory facts for Python files without a debugger.
// On open/change (debounced, stale runs dropped) the file runs on the simulated
// runtime with a step and time budget; diagnostics, hovers, inlay hints and code
// lenses come from that run. It adds memory facts only, so it sits beside any
// other Python language server.

import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, DiagnosticSeverity,
  type Connection, type Diagnostic, type Hover, type InlayHint, type CodeLens, MarkupKind, InlayHintKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { analyse, type AnalysisResult, type DiagnosticKind } from './analysis';

export interface ServerSettings {
  maxSteps: number;
  timeBudgetMs: number;
  inlayHints: { enabled: boolean; showIds: boolean };
  diagnostics: Record<DiagnosticKind, boolean>;
  debounceMs: number;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  maxSteps: 100000,
  timeBudgetMs: 2000,
  inlayHints: { enabled: false, showIds: false },
  diagnostics: { syntax: true, unsupported: true, exception: true, cycle: true, mutableDefault: true },
  debounceMs: 300,
};

const SOURCE = 'RefScope';

function hex(n: number): string { return '0x' + n.toString(16); }

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const results = new Map<string, { version: number; result: AnalysisResult }>();
  const timers = new Map<string, NodeJS.Timeout>();
  let settings: ServerSettings = DEFAULT_SETTINGS;

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      inlayHintProvider: true,
      codeLensProvider: { resolveProvider: false },
    },
    serverInfo: { name: 'refscope-language-server', version: '0.1.0' },
  }));

  connection.onDidChangeConfiguration((change) => {
    const s = (change.settings as { refscope?: { languageServer?: Partial<ServerSettings> } })?.refscope?.languageServer;
    settings = { ...DEFAULT_SETTINGS, ...(s ?? {}), inlayHints: { ...DEFAULT_SETTINGS.inlayHints, ...(s?.inlayHints ?? {}) }, diagnostics: { ...DEFAULT_SETTINGS.diagnostics, ...(s?.diagnostics ?? {}) } };
    for (const d of documents.all()) schedule(d);
  });

  const run = (doc: TextDocument) => {
    const version = doc.version;
    let path = doc.uri;
    try { path = fileURLToPath(doc.uri); } catch { /* untitled documents keep their URI */ }
    let result: AnalysisResult;
    try {
      result = analyse(doc.getText(), path, { maxSteps: settings.maxSteps, timeBudgetMs: settings.timeBudgetMs });
    } catch (e) {
      connection.console.error(`RefScope analysis failed: ${(e as Error).stack ?? e}`);
      return;
    }
    // A newer version arrived while this one ran: drop the stale result.
    const current = documents.get(doc.uri);
    if (!current || current.version !== version) return;
    results.set(doc.uri, { version, result });
    const diagnostics: Diagnostic[] = result.diagnostics.filter((d) => settings.diagnostics[d.kind]).map((d) => ({
      range: { start: { line: d.line - 1, character: d.col }, end: { line: d.endLine - 1, character: Math.max(d.endCol, d.col + 1) } },
      severity: d.kind === 'syntax' || d.kind === 'exception' ? DiagnosticSeverity.Error : d.kind === 'unsupported' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
      source: SOURCE,
      code: d.kind,
      message: d.message,
    }));
    void connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
    void connection.languages.inlayHint.refresh().catch(() => undefined);
    void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  };

  const schedule = (doc: TextDocument) => {
    const t = timers.get(doc.uri);
    if (t) clearTimeout(t);
    timers.set(doc.uri, setTimeout(() => { timers.delete(doc.uri); run(doc); }, settings.debounceMs));
  };

  documents.onDidOpen((e) => schedule(e.document));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => { results.delete(e.document.uri); void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }); });

  connection.onHover((p): Hover | null => {
    const doc = documents.get(p.textDocument.uri);
    const r = results.get(p.textDocument.uri);
    if (!doc || !r) return null;
    const text = doc.getText({ start: { line: p.position.line, character: 0 }, end: { line: p.position.line + 1, character: 0 } });
    const re = /[A-Za-z_][A-Za-z0-9_]*/g;
    let m: RegExpExecArray | null;
    let word: string | null = null;
    let start = 0;
    while ((m = re.exec(text)) !== null) {
      if (m.index <= p.position.character && p.position.character <= m.index + m[0].length) { word = m[0]; start = m.index; break; }
    }
    if (word === null) return null;
    const facts = r.result.lines.get(p.position.line + 1);
    const fact = facts?.names.get(word);
    if (!facts || !fact) return null;
    const freed = fact.freedAt !== null ? `\n\nfreed at line ${fact.freedAt}` : '';
    return {
      contents: { kind: MarkupKind.Markdown, value: `\`${word}\`: ${fact.type} · id ${hex(fact.id)} · refcount ${fact.refcount} · ${fact.size} bytes\n\nwhen line ${p.position.line + 1} last ran (it ran ${facts.runs} time${facts.runs === 1 ? '' : 's'})${freed}` },
      range: { start: { line: p.position.line, character: start }, end: { line: p.position.line, character: start + word.length } },
    };
  });

  connection.languages.inlayHint.on((p): InlayHint[] => {
    if (!settings.inlayHints.enabled) return [];
    const doc = documents.get(p.textDocument.uri);
    const r = results.get(p.textDocument.uri);
    if (!doc || !r) return [];
    const hints: InlayHint[] = [];
    for (let line = p.range.start.line; line <= p.range.end.line; line++) {
      const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
      const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?::[^=]*)?=(?!=)/.exec(text);
      if (!m) continue;
      const fact = r.result.lines.get(line + 1)?.names.get(m[1]);
      if (!fact) continue;
      hints.push({
        position: { line, character: text.length },
        label: settings.inlayHints.showIds ? ` refcount ${fact.refcount} · id ${hex(fact.id)}` : ` refcount ${fact.refcount}`,
        kind: InlayHintKind.Type,
        paddingLeft: true,
      });
    }
    return hints;
  });

  connection.onCodeLens((p): CodeLens[] => {
    const r = results.get(p.textDocument.uri);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const lenses: CodeLens[] = [{ range, command: { title: '$(debug-alt) Step with RefScope', command: 'refscope.debugFile', arguments: [] } }];
    if (r) {
      const s = r.result;
      const note = s.stoppedEarly ? ` · stopped early: ${s.stoppedEarly}` : '';
      lenses.push({ range, command: { title: `RefScope: ${s.steps} steps · ${s.aliveAtExit} tracked objects alive at exit · ${s.collectedByGc} collected by the GC${note}`, command: '' } });
    }
    return lenses;
  });

  documents.listen(connection);
  connection.listen();
}

/** Entry: `node dist/languageServer.js --stdio` (or over IPC when started by the client). */
export function main(): void {
  startServer(createConnection(ProposedFeatures.all));
}
