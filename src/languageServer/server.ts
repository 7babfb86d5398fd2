// The RefScope language server: memory facts for Python files without a debugger.
// On open (at once) and on change (debounced; the stale run is cancelled at once)
// the file runs on the simulated runtime in a worker thread (runner.ts) with a step,
// time and memory budget; diagnostics, hovers, inlay hints and code lenses come from
// the newest finished run. It adds memory facts only, so it sits beside any other
// Python language server.

import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, DiagnosticSeverity,
  type Connection, type Diagnostic, type Hover, type InlayHint, type CodeLens, MarkupKind, InlayHintKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { emptyResult, type AnalysisResult, type NameFact } from './facts';
import { AnalysisRunner } from './runner';
import { DEFAULT_SETTINGS, readSettings, changesRuns, maxSourceChars, type ServerSettings } from './settings';

export { DEFAULT_SETTINGS, type ServerSettings } from './settings';

const SOURCE = 'RefScope';

/**
 * The newest finished run of a document, with the text it ran (facts only apply to unchanged
 * lines); `failure` says why a run gave no result (memory, a budget overrun in one operation).
 */
interface Analysed { version: number; lines: string[]; result: AnalysisResult; failure: string | null }

function hex(n: number): string { return '0x' + n.toString(16); }

function pathOf(uri: string): string {
  try { return fileURLToPath(uri); } catch { return uri; /* untitled documents keep their URI */ }
}

function lineText(doc: TextDocument, line: number): string {
  return doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}

export function startServer(connection: Connection, workerFile: string): void {
  const documents = new TextDocuments(TextDocument);
  const analysed = new Map<string, Analysed>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** The version last handed to the runner (or waiting for its debounce) per document. */
  const scheduled = new Map<string, number>();
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let canRefresh = { inlayHints: false, codeLens: false };
  const runner = new AnalysisRunner(workerFile, settings.memoryLimitMb, (m) => connection.console.log(`RefScope: ${m}`), (m) => connection.tracer.log(m));

  connection.onInitialize((p) => {
    const ws = p.capabilities.workspace;
    canRefresh = { inlayHints: ws?.inlayHint?.refreshSupport === true, codeLens: ws?.codeLens?.refreshSupport === true };
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        inlayHintProvider: true,
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'refscope-language-server', version: '0.1.0' },
    };
  });

  connection.onDidChangeConfiguration((change) => {
    const next = readSettings(change.settings);
    const rerun = changesRuns(settings, next);
    settings = next;
    runner.setMemoryLimit(next.memoryLimitMb);
    if (rerun) {
      for (const d of documents.all()) schedule(d, 0, true);
    } else {
      for (const uri of analysed.keys()) publish(uri);
      // Hints just turned off must be taken away too.
      refreshViews(true);
    }
  });

  const publish = (uri: string) => {
    const a = analysed.get(uri);
    if (!a) return;
    const diagnostics: Diagnostic[] = a.result.diagnostics.filter((d) => settings.diagnostics[d.kind]).map((d) => ({
      range: { start: { line: d.line - 1, character: d.col }, end: { line: d.endLine - 1, character: d.endLine === d.line ? Math.max(d.endCol, d.col + 1) : d.endCol } },
      severity: d.kind === 'syntax' || d.kind === 'exception' ? DiagnosticSeverity.Error : d.kind === 'unsupported' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
      source: SOURCE,
      code: d.kind,
      message: d.message,
    }));
    void connection.sendDiagnostics({ uri, version: a.version, diagnostics });
  };

  const refreshViews = (hintsChanged = false) => {
    if ((settings.inlayHints.enabled || hintsChanged) && canRefresh.inlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
    if (canRefresh.codeLens) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  };

  const run = (doc: TextDocument) => {
    const uri = doc.uri;
    const version = doc.version;
    const source = doc.getText();
    const limit = maxSourceChars(settings);
    if (source.length > limit) {
      // Said at once rather than after a thread runs out of memory or time.
      const result = emptyResult();
      const size = `${(source.length / 2 ** 20).toFixed(1)} MB`;
      result.diagnostics.push({
        kind: 'unsupported', line: 1, col: 0, endLine: 1, endCol: lineText(doc, 0).length,
        message: `RefScope does not run files over ${(limit / 2 ** 20).toFixed(1)} MB (this one is ${size}): no memory facts for it (refscope.languageServer.memoryLimitMb raises the limit)`,
      });
      analysed.set(uri, { version, lines: [], result, failure: `the file is too large to run (${size})` });
      publish(uri);
      refreshViews();
      return;
    }
    runner.submit({
      key: uri, source, filename: pathOf(uri), maxSteps: settings.maxSteps, timeBudgetMs: settings.timeBudgetMs,
      done: (outcome) => {
        if (outcome.kind === 'cancelled') return;
        // A newer version arrived meanwhile: its own run is queued; this result is stale.
        const current = documents.get(uri);
        if (!current || current.version !== version) return;
        const result = outcome.kind === 'result' ? outcome.result : emptyResult();
        const failure = outcome.kind === 'failed' ? outcome.reason : null;
        analysed.set(uri, { version, lines: source.split('\n').map((l) => l.replace(/\r$/, '')), result, failure });
        publish(uri);
        refreshViews();
      },
    });
  };

  const schedule = (doc: TextDocument, delayMs: number, force = false) => {
    if (!force && scheduled.get(doc.uri) === doc.version) return;
    scheduled.set(doc.uri, doc.version);
    // The run of an older version is of no use any more: stop it now, not after the debounce.
    runner.cancel(doc.uri);
    const t = timers.get(doc.uri);
    if (t) clearTimeout(t);
    timers.set(doc.uri, setTimeout(() => {
      timers.delete(doc.uri);
      const current = documents.get(doc.uri);
      if (current) run(current);
    }, delayMs));
  };

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document, settings.debounceMs));
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    timers.delete(uri);
    scheduled.delete(uri);
    runner.cancel(uri);
    analysed.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  /** The fact for `name` on `line` (0-based) if that line still reads as it did when the file ran. */
  const factAt = (doc: TextDocument, line: number, name: string): { a: Analysed; fact: NameFact; runs: number } | null => {
    const a = analysed.get(doc.uri);
    if (!a || a.lines[line] !== lineText(doc, line)) return null;
    const facts = a.result.lines.get(line + 1);
    const fact = facts?.names.get(name);
    return facts && fact ? { a, fact, runs: facts.runs } : null;
  };

  connection.onHover((p): Hover | null => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return null;
    const text = lineText(doc, p.position.line);
    const re = /[A-Za-z_][A-Za-z0-9_]*/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m.index > p.position.character) return null;
      if (p.position.character <= m.index + m[0].length) break;
    }
    if (m === null) return null;
    const word = m[0];
    const found = factAt(doc, p.position.line, word);
    if (!found) return null;
    const { fact, runs } = found;
    const freed = fact.freedAt === null ? '' : fact.freedAt > 0 ? `\n\nfreed at line ${fact.freedAt}` : '\n\nfreed when the program ended';
    return {
      contents: { kind: MarkupKind.Markdown, value: `\`${word}\`: ${fact.type} · id ${hex(fact.id)} · refcount ${fact.refcount} · ${fact.size} bytes\n\nwhen line ${p.position.line + 1} last ran (it ran ${runs} time${runs === 1 ? '' : 's'})${freed}` },
      range: { start: { line: p.position.line, character: m.index }, end: { line: p.position.line, character: m.index + word.length } },
    };
  });

  connection.languages.inlayHint.on((p): InlayHint[] => {
    if (!settings.inlayHints.enabled) return [];
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return [];
    const hints: InlayHint[] = [];
    const last = Math.min(p.range.end.line, doc.lineCount - 1);
    for (let line = p.range.start.line; line <= last; line++) {
      const text = lineText(doc, line);
      const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?::[^=]*)?=(?!=)/.exec(text);
      if (!m) continue;
      const fact = factAt(doc, line, m[1])?.fact;
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
    const a = analysed.get(p.textDocument.uri);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const lenses: CodeLens[] = [{ range, command: { title: '$(debug-alt) Step with RefScope', command: 'refscope.debugFile', arguments: [] } }];
    if (a?.failure) lenses.push({ range, command: { title: `RefScope: no result: ${a.failure}`, command: '' } });
    else if (a) {
      const s = a.result;
      const note = s.stoppedEarly ? ` · stopped early: ${s.stoppedEarly}` : '';
      lenses.push({ range, command: { title: `RefScope: ${s.steps} steps · ${s.aliveAtExit} tracked objects alive at exit · ${s.collectedByGc} collected by the GC${note}`, command: '' } });
    }
    return lenses;
  });

  connection.onShutdown(() => runner.dispose());
  documents.listen(connection);
  connection.listen();
}

/** Entry: `node dist/languageServer.js --stdio` (or over IPC when started by the client). */
export function main(workerFile: string): void {
  const connection = createConnection(ProposedFeatures.all);
  // A bug in a handler must not take the server down: log it and keep serving.
  process.on('uncaughtException', (e) => connection.console.error(`RefScope language server: ${e.stack ?? e}`));
  startServer(connection, workerFile);
}
