// What the analysis needs from the source text alone, from one parse: the
// SyntaxError (with CPython's message and range) or, for a file that parses, the
// names each line mentions and where each function's default values are written.

import { parseModule } from '../runtime/parse/index';
import { PySyntaxError } from '../runtime/parse/errors';
import type { Arguments, Loc, Module } from '../runtime/parse/ast';
import type { AnalysisDiagnostic } from './facts';

export interface SourceIndex {
  /** The parsed module (the compiler copies it before folding: it can be compiled again). */
  tree: Module;
  /** Names mentioned (loaded or stored) on each line. */
  names: Map<number, Set<string>>;
  /** `line:name` of a function's first line (co_firstlineno: its first decorator, else `def`) -> where its defaults are written. */
  defaults: Map<string, DefaultSpans>;
}

export interface DefaultSpans { positional: Loc[]; keyword: Map<string, Loc> }

export function defaultsKey(firstLine: number, name: string): string {
  return `${firstLine}:${name}`;
}

/** CPython's message at CPython's range (offsets are 1-based; an end at or before the start marks one character). */
export function syntaxDiagnostic(e: PySyntaxError): AnalysisDiagnostic {
  const line = Math.max(1, e.lineno);
  const col = Math.max(0, e.offset - 1);
  let endLine = e.end_lineno > 0 ? e.end_lineno : line;
  let endCol = e.end_offset > 0 ? e.end_offset - 1 : col + 1;
  if (endLine < line || (endLine === line && endCol <= col)) { endLine = line; endCol = col + 1; }
  return { kind: 'syntax', line, col, endLine, endCol, message: `${e.kind}: ${e.msg}` };
}

export function indexSource(source: string, filename: string): { index: SourceIndex } | { syntax: AnalysisDiagnostic } {
  let tree: Module;
  try {
    tree = parseModule(source, filename);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return { syntax: syntaxDiagnostic(e) };
  }
  const index: SourceIndex = { tree, names: new Map(), defaults: new Map() };
  // Iterative walk: deeply nested expressions must not overflow the JS stack.
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const n = stack.pop();
    if (Array.isArray(n)) { for (const x of n) stack.push(x); continue; }
    if (n === null || typeof n !== 'object' || n instanceof Uint8Array) continue;
    const node = n as { _type?: string; lineno?: number; id?: string; name?: string; args?: Arguments; decorator_list?: Loc[] };
    if (node._type === 'Name' && node.lineno !== undefined && node.id) {
      let s = index.names.get(node.lineno);
      if (!s) { s = new Set(); index.names.set(node.lineno, s); }
      s.add(node.id);
    } else if ((node._type === 'FunctionDef' || node._type === 'AsyncFunctionDef' || node._type === 'Lambda') && node.lineno !== undefined) {
      const args = node.args!;
      const keyword = new Map<string, Loc>();
      args.kwonlyargs.forEach((a, i) => { const d = args.kw_defaults[i]; if (d) keyword.set(a.arg, d); });
      if (args.defaults.length > 0 || keyword.size > 0) {
        const first = node.decorator_list && node.decorator_list.length > 0 ? node.decorator_list[0].lineno : node.lineno;
        index.defaults.set(defaultsKey(first, node._type === 'Lambda' ? '<lambda>' : node.name!), { positional: args.defaults, keyword });
      }
    }
    for (const v of Object.values(n)) if (typeof v === 'object' && v !== null) stack.push(v);
  }
  return { index };
}
