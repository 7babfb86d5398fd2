// Extension activation cost (issue 7: "activation registers things and does no work, under 50 ms"):
// loads dist/extension.js with a stand-in `vscode` module (every API a no-op) and times
// require() + activate(), the part of activation the extension controls. The language client's
// start is asynchronous and not awaited by activate(), so it is not counted.
import Module, { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
// A stub that answers every property access, call and construction with itself; it is also a
// class, so `class X extends vscode.CompletionItem` works.
class StubBase {}
const stub = new Proxy(StubBase, {
  get: (t, p) => (p === 'then' ? undefined : p === 'prototype' ? t.prototype : p === Symbol.toPrimitive ? () => '' : stub),
  apply: () => stub,
  // `new vscode.EventEmitter()` answers like the stub; a subclass keeps its own prototype.
  construct: (t, args, newTarget) => (newTarget === stub ? stub : Reflect.construct(t, args, newTarget)),
});
const origResolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : origResolve.call(this, request, ...rest);
};
const api = {};
for (const k of ['debug', 'window', 'workspace', 'commands', 'languages', 'env', 'extensions', 'tasks', 'tests', 'notebooks', 'l10n',
  'Uri', 'Position', 'Range', 'Selection', 'Location', 'Disposable', 'EventEmitter', 'CancellationTokenSource', 'MarkdownString',
  'DebugAdapterInlineImplementation', 'DebugAdapterExecutable', 'DebugAdapterServer', 'ThemeIcon', 'ThemeColor', 'TreeItem',
  'StatusBarAlignment', 'ViewColumn', 'ConfigurationTarget', 'DiagnosticSeverity', 'CompletionItemKind', 'SymbolKind',
  'ProgressLocation', 'FileType', 'EndOfLine', 'TextEdit', 'WorkspaceEdit', 'Diagnostic', 'CodeLens', 'Hover', 'InlayHint',
  'version', 'CompletionItem', 'CodeAction', 'CodeActionKind', 'CompletionList', 'DocumentLink', 'SymbolInformation',
  'DocumentSymbol', 'CallHierarchyItem', 'TypeHierarchyItem', 'SemanticTokens', 'SemanticTokensEdits', 'SemanticTokensEdit',
  'SemanticTokensLegend', 'FoldingRange', 'SelectionRange', 'SignatureHelp', 'SignatureInformation', 'ParameterInformation',
  'DiagnosticTag', 'DiagnosticRelatedInformation', 'DocumentHighlight', 'DocumentHighlightKind', 'SymbolTag', 'CompletionItemTag',
  'InlineValueText', 'InlineValueVariableLookup', 'InlineValueEvaluatableExpression', 'InlayHintLabelPart', 'InlayHintKind',
  'InlineCompletionItem', 'InlineCompletionList', 'LinkedEditingRanges', 'Color', 'ColorInformation', 'ColorPresentation',
  'SnippetString', 'TextDocumentSaveReason', 'NotebookCellKind', 'NotebookRange', 'NotebookCellData', 'NotebookData',
  'RelativePattern', 'FileSystemError', 'TextEditorRevealType', 'OverviewRulerLane', 'DecorationRangeBehavior',
  'CancellationError', 'LogLevel', 'UIKind', 'ExtensionMode', 'TreeItemCollapsibleState', 'QuickPickItemKind',
  'DocumentDropEdit', 'CodeActionTriggerKind', 'SignatureHelpTriggerKind', 'CompletionTriggerKind', 'IndentAction',
  'TextDocumentChangeReason', 'FileChangeType', 'DebugConsoleMode', 'ColorThemeKind', 'TabInputText']) api[k] = stub;
api.version = '1.100.3';
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: api };

const ext = join(here, '..', 'dist', 'extension.js');
const t0 = performance.now();
let mod;
try { mod = require(ext); } catch (e) { console.log(`Extension activation: dist/extension.js did not load with the stand-in vscode API: ${String(e).slice(0, 200)}`); process.exit(0); }
const t1 = performance.now();
const context = { subscriptions: [], extensionPath: join(here, '..'), extensionUri: stub, globalState: stub, workspaceState: stub };
try { mod.activate(context); } catch (e) { console.log(`Extension activation: activate() threw with the stand-in vscode API: ${String(e).slice(0, 200)}`); process.exit(0); }
const t2 = performance.now();
console.log(`Extension activation: require ${(t1 - t0).toFixed(1)} ms + activate() ${(t2 - t1).toFixed(1)} ms = ${(t2 - t0).toFixed(1)} ms (target < 50 ms); ${context.subscriptions.length} registrations`);
process.exit(0);
