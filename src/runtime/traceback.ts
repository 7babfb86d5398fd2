// Printing an uncaught exception exactly as CPython 3.11 does (chained
// exceptions, "[Previous line repeated N more times]", and the fine-grained
// `^^^^` / `~~~^~~~` position lines). cf. Lib/traceback.py (3.11) and
// Python/traceback.c.

import type { PyObject } from './objects/object';
import { PyException, PyTraceback, PyStr, PyTuple } from './objects/core';
import { PyRaise } from './objects/object';
import type { Runtime } from './runtime';
import type { Frame } from './vm/frame';
import { parseModule } from './parse/index';
import { suggest } from './suggestions';
import { syntaxErrorPrintParts } from './objects/syntaxErrorType';

declare module './runtime' {
  interface Runtime {
    sources: Map<string, string[]>;
  }
}

interface Entry { filename: string; lineno: number; name: string; pos: [number, number, number, number] | null }

function entries(rt: Runtime, tb: PyTraceback | null): Entry[] {
  const out: Entry[] = [];
  for (let t = tb; t !== null; t = t.next) {
    const f = (t.frame as unknown as { frame: Frame }).frame;
    const p = f.code.positions;
    const i = t.lasti;
    const pos: [number, number, number, number] | null = i >= 0 ? [p[4 * i], p[4 * i + 1], p[4 * i + 2], p[4 * i + 3]] : null;
    out.push({ filename: f.code.filename, lineno: t.lineno, name: f.code.name, pos });
  }
  return out;
}

function caretLine(rt: Runtime, line: string, e: Entry): string | null {
  if (e.pos === null) return null;
  const [l0, l1, c0, c1raw] = e.pos;
  if (l0 !== e.lineno || c0 < 0 || c1raw < 0) return null;
  const c1 = l1 === l0 ? c1raw : line.replace(/\s+$/, '').length;
  const stripped = line.trim();
  const indent = line.length - line.trimStart().length;
  if (c1 <= c0) return null;
  const segment = line.slice(c0, c1);
  // cf. traceback.c tb_displayline: anchors only for a one-line range; no indicators when the
  // range spans the line (a multi-line one ends at the line's last non-blank character) and has
  // no secondary ranges.
  const anchors = l1 === l0 ? anchorsFor(segment) : null;
  if (c0 <= indent && c1 >= indent + stripped.length && anchors === null) return null;
  let marks = '^'.repeat(c1 - c0);
  if (anchors !== null) {
    const [a, b] = anchors;
    marks = '~'.repeat(a) + '^'.repeat(b - a) + '~'.repeat(segment.length - b);
  }
  return '    ' + ' '.repeat(c0 - indent) + marks;
}

/** _extract_caret_anchors_from_line_segment (traceback.py 3.11). */
function anchorsFor(segment: string): [number, number] | null {
  let tree;
  try { tree = parseModule(segment, '<segment>'); } catch { return null; }
  if (tree.body.length !== 1 || tree.body[0]._type !== 'Expr') return null;
  const expr = tree.body[0].value as { _type: string; left?: { end_col_offset: number; end_lineno: number }; value?: { end_col_offset: number; end_lineno: number }; slice?: unknown };
  if (expr._type === 'BinOp' && expr.left) {
    if (expr.left.end_lineno !== 1) return null;
    let i = expr.left.end_col_offset;
    while (i < segment.length && (segment[i] === ' ' || segment[i] === ')' || segment[i] === '\\' || segment[i] === '\n' || segment[i] === '#')) i++;
    let j = i + 1;
    if (j < segment.length && !/[\s\w(]/.test(segment[j]) && segment[j] !== '(' ) j++;
    return [i, j];
  }
  if (expr._type === 'Subscript' && expr.value) {
    if (expr.value.end_lineno !== 1) return null;
    return [expr.value.end_col_offset, segment.length];
  }
  return null;
}

function formatEntries(rt: Runtime, list: Entry[]): string {
  let out = '';
  let last: string | null = null;
  let count = 0;
  const flushRepeat = () => {
    if (count > 3) out += `  [Previous line repeated ${count - 3} more time${count - 3 > 1 ? 's' : ''}]\n`;
  };
  for (const e of list) {
    const key = `${e.filename}\0${e.lineno}\0${e.name}`;
    if (key === last) {
      count++;
      if (count > 3) continue;
    } else {
      flushRepeat();
      last = key;
      count = 1;
    }
    out += `  File "${e.filename}", line ${e.lineno}, in ${e.name}\n`;
    const lines = rt.sources.get(e.filename);
    const line = lines && e.lineno >= 1 && e.lineno <= lines.length ? lines[e.lineno - 1] : null;
    if (line !== null && line.trim() !== '') {
      out += `    ${line.trim()}\n`;
      const c = caretLine(rt, line, e);
      if (c !== null) out += c + '\n';
    }
  }
  flushRepeat();
  return out;
}

/** The ". Did you mean: 'x'?" tail for AttributeError / NameError (pythonrun.c print_exception). */
function suggestionFor(rt: Runtime, exc: PyObject): string {
  if (!(exc instanceof PyException) || exc.sugName === null) return '';
  let candidates: string[] | null = null;
  if (exc.type.isSubtypeOf(rt.t.AttributeError)) {
    if (exc.sugObj === null) return '';
    try {
      const d = rt.callSpecialMethod(exc.sugObj, '__dir__', []);
      if (d === null) return '';
      const items = rt.iterate(d);
      rt.decref(d);
      candidates = items.map((x) => (x as PyStr).v).sort();
      for (const x of items) rt.decref(x);
    } catch (e) {
      if (e instanceof PyRaise) { rt.decref(e.exc); return ''; }
      throw e;
    }
    const s = suggest(candidates, exc.sugName);
    return s === null ? '' : `. Did you mean: '${s}'?`;
  }
  if (exc.type === rt.t.NameError) {
    let tb = exc.traceback as PyTraceback | null;
    if (tb === null) return '';
    while (tb.next !== null) tb = tb.next;
    const f = (tb.frame as unknown as { frame: Frame }).frame;
    const keysOf = (d: import('./objects/dict').PyDict | null) => (d === null ? [] : d.keys.filter((k) => k !== null).map((k) => (k as PyStr).v));
    const locals = f.locals !== null ? keysOf(f.locals) : f.code.localsplusNames.filter((_, i) => f.localsplus[i] !== null);
    for (const group of [locals, keysOf(f.globals), keysOf(f.builtins)]) {
      const s = suggest(group, exc.sugName);
      if (s !== null) return `. Did you mean: '${s}'?`;
    }
  }
  return '';
}

function exceptionLine(rt: Runtime, exc: PyObject): string {
  const t = exc.type;
  const name = t.module === 'builtins' || t.module === '__main__' ? t.qualname : `${t.module}.${t.qualname}`;
  // A SyntaxError prints its location, then its msg in place of str(exc).
  // cf. pythonrun.c print_exception_file_and_line, print_exception_message
  const hasPfl = t.lookup('print_file_and_line') !== null
    || (exc instanceof PyException && exc.dict !== null && exc.dict.getStr('print_file_and_line') !== null);
  const syn = hasPfl ? syntaxErrorPrintParts(rt, exc) : null;
  const value = syn !== null ? syn.message : exc;
  let s: string;
  try {
    s = rt.str(value);
  } catch (e) {
    if (e instanceof PyRaise) { rt.decref(e.exc); s = '<exception str() failed>'; }
    else throw e;
  } finally {
    if (syn !== null) rt.decref(syn.message);
  }
  if (syn !== null) return syn.block + (s === '' ? name : `${name}: ${s}`);
  s += suggestionFor(rt, exc);
  return s === '' ? name : `${name}: ${s}`;
}

// ---- printing, as Python/pythonrun.c does (3.11): chains, exception groups, notes ----

/** exception_print_context: group nesting (drawn with margins), cycle guard, closing frame. */
interface PrintCtx { depth: number; needClose: boolean; seen: Set<PyObject> }
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;
const margin = (c: PrintCtx) => (c.depth ? '| ' : '');
const indent = (c: PrintCtx) => ' '.repeat(2 * c.depth);
/** _Py_WriteIndentedMargin before every line of an exception at this depth. */
const pre = (c: PrintCtx) => indent(c) + margin(c);
const prefixLines = (text: string, p: string) => (p === '' ? text : text.split('\n').map((l, i, a) => (i === a.length - 1 && l === '' ? '' : p + l)).join('\n'));

function isGroup(rt: Runtime, exc: PyObject): boolean {
  return exc.type.isSubtypeOf(rt.t.BaseExceptionGroup);
}

/** The full text CPython prints for an uncaught exception (with its chain). */
export function formatException(rt: Runtime, exc: PyObject): string {
  return printRecursive(rt, { depth: 0, needClose: false, seen: new Set() }, exc);
}

function printRecursive(rt: Runtime, c: PrintCtx, exc: PyObject): string {
  return causeAndContext(rt, c, exc) + (isGroup(rt, exc) ? printGroup(rt, c, exc) : printOne(rt, c, exc));
}

/** print_exception_cause_and_context: the cause if any (nothing more when it was already shown), else the context. */
function causeAndContext(rt: Runtime, c: PrintCtx, exc: PyObject): string {
  c.seen.add(exc);
  if (!(exc instanceof PyException)) return '';
  if (exc.cause !== null) {
    return c.seen.has(exc.cause) ? '' : printChained(rt, c, exc.cause, 'The above exception was the direct cause of the following exception:\n');
  }
  if (exc.suppressContext) return '';
  if (exc.context !== null && !c.seen.has(exc.context)) {
    return printChained(rt, c, exc.context, 'During handling of the above exception, another exception occurred:\n');
  }
  return '';
}

function printChained(rt: Runtime, c: PrintCtx, value: PyObject, message: string): string {
  const needClose = c.needClose;
  let out = printRecursive(rt, c, value);
  c.needClose = needClose;
  out += pre(c) + '\n' + pre(c) + message + pre(c) + '\n';
  return out;
}

/** print_exception: traceback, "Type: message", notes. */
function printOne(rt: Runtime, c: PrintCtx, exc: PyObject): string {
  let out = '';
  if (exc instanceof PyException && exc.traceback !== null) {
    const group = isGroup(rt, exc);
    const headerMargin = group && c.depth === 1 ? '+ ' : margin(c);
    out += indent(c) + headerMargin + (group ? 'Exception Group Traceback (most recent call last):\n' : 'Traceback (most recent call last):\n');
    out += prefixLines(formatEntries(rt, entries(rt, exc.traceback as PyTraceback)), pre(c));
  }
  // The notes are fetched first: a SyntaxError's message replaces the value (print_exception).
  const notes = notesText(rt, exc);
  out += prefixLines(exceptionLine(rt, exc) + '\n', pre(c));
  out += prefixLines(notes, pre(c));
  return out;
}

/** print_exception_group: the group, then each member in a numbered frame. */
function printGroup(rt: Runtime, c: PrintCtx, exc: PyObject): string {
  if (c.depth > MAX_GROUP_DEPTH) return pre(c) + `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`;
  if (c.depth === 0) c.depth += 1;
  let out = printOne(rt, c, exc);
  const excs = (exc as PyException).members?.get('exceptions');
  const items = excs instanceof PyTuple ? excs.items : [];
  const n = items.length <= MAX_GROUP_WIDTH ? items.length : MAX_GROUP_WIDTH + 1;
  c.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) c.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    out += indent(c) + `${i === 0 ? '+-' : '  '}+---------------- ${truncated ? '...' : String(i + 1)} ----------------\n`;
    c.depth += 1;
    if (!truncated) out += printRecursive(rt, c, items[i]);
    else {
      const remaining = items.length - MAX_GROUP_WIDTH;
      out += pre(c) + `and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`;
    }
    if (last && c.needClose) {
      out += indent(c) + '+------------------------------------\n';
      c.needClose = false;
    }
    c.depth -= 1;
  }
  if (c.depth === 1) c.depth -= 1;
  return out;
}

/** The exception's __notes__, a line each. cf. pythonrun.c print_exception_notes */
function notesText(rt: Runtime, exc: PyObject): string {
  if (!(exc instanceof PyException)) return '';
  const guard = <T>(f: () => T, fallback: T): T => {
    try { return f(); } catch (e) { if (e instanceof PyRaise) { rt.decref(e.exc); return fallback; } throw e; }
  };
  const notes = guard(() => rt.getAttrOrNull(exc, '__notes__'), null);
  if (notes === null) return '';
  try {
    if (!rt.isSequence(notes)) return guard(() => rt.repr(notes), '<__notes__ repr() failed>');
    let out = '';
    const items = guard(() => rt.iterate(notes), [] as PyObject[]);
    for (const note of items) {
      const s = guard(() => rt.str(note), null);
      rt.decref(note);
      out += (s === null ? '<note str() failed>' : s) + '\n';
    }
    return out;
  } finally {
    rt.decref(notes);
  }
}

export { PyStr };
