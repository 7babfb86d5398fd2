// The runner's live view of a paused program for DAP `scopes` and `variables`
// (DAP spec: Scope, Variable, variablesReference; paging through
// `indexedVariables` / `namedVariables` and the `filter`/`start`/`count`
// arguments of the variables request). Reading never runs Python code and never
// allocates on the simulated heap, so looking changes nothing.
//
// Every value line has one format, everywhere (variables, watch, hover, repl):
//   [1, 2, 3]  ·  list · id 0x7f0000a1c40 · refcount 2 · 88 bytes
// where refcount is ob_refcnt: what the program's own `sys.getrefcount(x)`
// prints at that line, minus the one reference the call's argument holds.

import type { DebugProtocol } from '@vscode/debugprotocol';
import type { PyObject } from '../runtime/objects/object';
import { PyType } from '../runtime/objects/type';
import { PyDict } from '../runtime/objects/dict';
import {
  PyInt, PyFloat, PyStr, PyTuple, PyList, PySet, PyInstance, PyCell, PyFunction, PyMethod, PyModule, PyException,
} from '../runtime/objects/core';
import type { Runtime } from '../runtime/runtime';
import type { Frame } from '../runtime/vm/frame';
import { dictItems } from '../runtime/objects/dictops';
import { setMembers } from '../runtime/objects/set';
import { pyRepr, hexId } from './pyRepr';

export type ScopeKind = 'locals' | 'closure' | 'globals' | 'builtins';

type Handle =
  | { kind: ScopeKind; frame: Frame }
  | { kind: 'object'; obj: PyObject; path: string | null; frame: Frame | null }
  | { kind: 'cellvar'; cell: PyCell; path: string | null; frame: Frame | null };

/** One child of a container or namespace: a name, the object (null: unbound/empty) and how to evaluate it. */
export interface Child { name: string; obj: PyObject | null; evaluateName?: string }

const CELL_OR_FREE = 0x40 | 0x80;
const LOCAL = 0x20;

/** sys.getsizeof(o), computed natively (with the GC header for GC types). */
export function sizeOf(rt: Runtime, o: PyObject): number {
  try { return rt.sizeofNoPre(o) + (o.type.gc ? 16 : 0) + (o.type.managedDict ? 16 : 0); } catch { return 0; }
}

export function metaLine(rt: Runtime, o: PyObject): string {
  return `${o.type.name} · id ${hexId(o)} · refcount ${o.refcnt} · ${sizeOf(rt, o)} bytes`;
}

export function valueLine(rt: Runtime, o: PyObject, limit?: number): string {
  return `${pyRepr(rt, o, limit)}  ·  ${metaLine(rt, o)}`;
}

/** `base` as a prefix of a longer expression (parenthesised unless it is a plain name/attribute/subscript path). */
function prefix(base: string): string {
  return /^[A-Za-z_][\w.]*(\[[^\]]*\])*$/.test(base) ? base : `(${base})`;
}

function isLiteralKey(rt: Runtime, k: PyObject): boolean {
  if (k === rt.None || k === rt.True || k === rt.False) return true;
  if (k instanceof PyStr || k instanceof PyInt || k instanceof PyFloat) return k.type === rt.t.str || k.type === rt.t.int || k.type === rt.t.float;
  if (k instanceof PyTuple && k.type === rt.t.tuple) return k.items.every((x) => isLiteralKey(rt, x));
  return false;
}

/** Number of indexed children (items of sequences, entries of dicts, members of sets). */
export function indexedCount(o: PyObject): number {
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length;
  if (o instanceof PyDict) return o.used;
  if (o instanceof PySet) return o.used;
  return 0;
}

/** Indexed children [start, start + count). */
export function indexedChildren(rt: Runtime, o: PyObject, path: string | null, start: number, count: number): Child[] {
  const end = Math.min(indexedCount(o), start + count);
  const out: Child[] = [];
  const p = path === null ? null : prefix(path);
  if (o instanceof PyList || o instanceof PyTuple) {
    for (let i = start; i < end; i++) out.push({ name: `[${i}]`, obj: o.items[i], evaluateName: p === null ? undefined : `${p}[${i}]` });
  } else if (o instanceof PyDict) {
    const items = dictItems(o);
    for (let i = start; i < end && i < items.length; i++) {
      const [k, v] = items[i];
      const kr = pyRepr(rt, k, 100);
      out.push({ name: kr, obj: v, evaluateName: p !== null && isLiteralKey(rt, k) ? `${p}[${kr}]` : undefined });
    }
  } else if (o instanceof PySet) {
    const members = setMembers(o);
    for (let i = start; i < end && i < members.length; i++) out.push({ name: `[${i}]`, obj: members[i] });
  }
  return out;
}

/** Named children: attributes, a function's __closure__ and __defaults__, a cell's contents… */
export function namedChildren(rt: Runtime, o: PyObject, path: string | null): Child[] {
  const p = path === null ? null : prefix(path);
  const out: Child[] = [];
  const attr = (name: string, obj: PyObject | null, always = false) => {
    if (obj === null && !always) return;
    out.push({ name, obj, evaluateName: p === null ? undefined : `${p}.${name}` });
  };
  const dictAttrs = (d: PyDict | null) => {
    if (d === null) return;
    for (const [k, v] of dictItems(d)) if (k instanceof PyStr) attr(k.v, v);
  };
  if (o instanceof PyCell) { attr('cell_contents', o.ref, true); return out; }
  if (o instanceof PyFunction) {
    attr('__closure__', o.closure ?? rt.None, true);
    attr('__defaults__', o.defaults ?? rt.None, true);
    attr('__kwdefaults__', o.kwdefaults);
    attr('__code__', o.codeObj);
    if (o.dict !== null && o.dict.used > 0) attr('__dict__', o.dict);
    return out;
  }
  if (o instanceof PyMethod) { attr('__func__', o.func); attr('__self__', o.self); return out; }
  if (o instanceof PyModule) { dictAttrs(o.dict); return out.filter((c) => c.name !== '__builtins__'); }
  if (o instanceof PyType) {
    if (o.heap) { dictAttrs(o.dict); o.bases.forEach((b, i) => out.push({ name: `__bases__[${i}]`, obj: b, evaluateName: p === null ? undefined : `${p}.__bases__[${i}]` })); }
    return out;
  }
  if (o instanceof PyException) {
    attr('args', o.args);
    attr('__cause__', o.cause);
    attr('__context__', o.context);
    attr('__traceback__', o.traceback);
    dictAttrs(o.dict);
    return out;
  }
  if (o instanceof PyInstance) {
    dictAttrs(o.dict);
    if (o.slots !== null && o.type.slotIndex) for (const [name, i] of o.type.slotIndex) attr(name, o.slots[i]);
    return out;
  }
  if (o instanceof PyDict || o instanceof PyList || o instanceof PyTuple || o instanceof PySet) return out;
  if (o instanceof PyStr || o instanceof PyInt || o instanceof PyFloat) return out;
  // Anything else: what the type's tp_traverse visits.
  const tr = o.type.traverse;
  if (tr !== null) { let i = 0; tr(o, (c) => { out.push({ name: `ref${i++}`, obj: c }); }); }
  return out;
}

export class Inspector {
  private handles: Array<Handle | null> = [];
  /** Frames above the first one shown (a returning frame, when stopped after stepping out of it). */
  private hidden = 0;

  constructor(private readonly rt: Runtime) {}

  /** Forget every handle (the program moved on). */
  reset(hidden = this.hidden): void { this.handles = []; this.hidden = hidden; }

  /** Debugger code changed the program: objects shown may be gone; scopes (their frames) stay. */
  forgetObjects(): void {
    this.handles = this.handles.map((h) => (h !== null && (h.kind === 'object' || h.kind === 'cellvar') ? null : h));
  }

  private add(h: Handle): number {
    this.handles.push(h);
    return this.handles.length;
  }

  /** The paused frame `index` levels below the top shown (0 = the innermost). */
  frameAt(index: number): Frame | null {
    let f = this.rt.frame;
    for (let i = 0; i < index + this.hidden && f !== null; i++) f = f.back;
    return f;
  }

  /** The index frameAt takes for `f`, or -1. */
  indexOf(f: Frame): number {
    let i = -this.hidden;
    for (let x = this.rt.frame; x !== null; x = x.back, i++) if (x === f) return i;
    return -1;
  }

  scopes(frameIndex: number): DebugProtocol.Scope[] {
    const f = this.frameAt(frameIndex);
    if (f === null) return [];
    const out: DebugProtocol.Scope[] = [];
    const scope = (name: string, kind: ScopeKind, expensive: boolean, hint?: string) => {
      const s: DebugProtocol.Scope = { name, variablesReference: this.add({ kind, frame: f }), expensive };
      if (!expensive) s.namedVariables = this.scopeChildren(kind, f).length;
      if (hint) s.presentationHint = hint;
      out.push(s);
    };
    if (f.locals !== f.globals) scope('Locals', 'locals', false, 'locals');
    if (f.code.localsplusKinds.some((k) => (k & CELL_OR_FREE) !== 0)) scope('Closure', 'closure', false);
    scope('Globals', 'globals', false);
    scope('Builtins', 'builtins', true);
    return out;
  }

  private scopeChildren(kind: ScopeKind, f: Frame): Child[] {
    const named = (d: PyDict, skip?: string) => dictItems(d).filter(([k]) => k instanceof PyStr && k.v !== skip).map(([k, v]) => ({ name: (k as PyStr).v, obj: v, evaluateName: (k as PyStr).v }));
    const names = f.code.localsplusNames;
    const kinds = f.code.localsplusKinds;
    switch (kind) {
      case 'locals': {
        const out: Child[] = [];
        if (f.locals !== null) return named(f.locals);
        for (let i = 0; i < names.length; i++) {
          const v = f.localsplus[i];
          if ((kinds[i] & CELL_OR_FREE) && v instanceof PyCell) continue;
          if ((kinds[i] & LOCAL) && v !== null) out.push({ name: names[i], obj: v, evaluateName: names[i] });
        }
        return out;
      }
      case 'closure': {
        const out: Child[] = [];
        for (let i = 0; i < names.length; i++) {
          const v = f.localsplus[i];
          if ((kinds[i] & CELL_OR_FREE) && v instanceof PyCell) out.push({ name: names[i], obj: v, evaluateName: names[i] });
        }
        return out;
      }
      case 'globals': return named(f.globals, '__builtins__');
      case 'builtins': return named(f.builtins);
    }
  }

  /** DAP variables: children of `ref`, honouring filter/start/count. Unknown (stale) references give []. */
  variables(ref: number, filter?: 'indexed' | 'named', start = 0, count = 0): DebugProtocol.Variable[] {
    const h = this.handles[ref - 1];
    if (!h) return [];
    let children: Child[];
    if (h.kind === 'object' || h.kind === 'cellvar') {
      const obj = h.kind === 'object' ? h.obj : h.cell.ref;
      const named: Child[] = h.kind === 'cellvar' ? [{ name: '(cell)', obj: h.cell }] : [];
      if (obj !== null && filter !== 'indexed') named.push(...namedChildren(this.rt, obj, h.path));
      const n = obj === null ? 0 : indexedCount(obj);
      if (filter === 'named') children = named;
      else if (filter === 'indexed') children = obj === null ? [] : indexedChildren(this.rt, obj, h.path, start, count > 0 ? count : n);
      else children = [...named, ...(obj === null ? [] : indexedChildren(this.rt, obj, h.path, 0, n))];
      if (filter !== 'indexed' && (start > 0 || count > 0)) children = children.slice(start, count > 0 ? start + count : undefined);
    } else {
      children = this.scopeChildren(h.kind, h.frame);
      if (start > 0 || count > 0) children = children.slice(start, count > 0 ? start + count : undefined);
      if (h.kind === 'closure') return children.map((c) => this.cellVariable(c.name, c.obj as PyCell, c.evaluateName ?? null, h.frame));
    }
    return children.map((c) => this.variable(c.name, c.obj, c.evaluateName ?? null, h.frame));
  }

  /** A variable for `obj` (children get a handle; large containers announce their indexed count for paging). */
  variable(name: string, obj: PyObject | null, evaluateName: string | null, frame: Frame | null): DebugProtocol.Variable {
    if (obj === null) return { name, value: '<unbound>', variablesReference: 0 };
    const v: DebugProtocol.Variable = { name, value: valueLine(this.rt, obj), type: obj.type.name, variablesReference: 0, memoryReference: hexId(obj) };
    if (evaluateName !== null) v.evaluateName = evaluateName;
    Object.assign(v, this.childInfo(obj, evaluateName, frame));
    return v;
  }

  /** variablesReference and paging counts for an object's children (0 when it has none). */
  childInfo(obj: PyObject, path: string | null, frame: Frame | null): { variablesReference: number; indexedVariables?: number; namedVariables?: number } {
    const indexed = indexedCount(obj);
    const named = namedChildren(this.rt, obj, path).length;
    if (indexed === 0 && named === 0) return { variablesReference: 0 };
    const r: { variablesReference: number; indexedVariables?: number; namedVariables?: number } = { variablesReference: this.add({ kind: 'object', obj, path, frame }) };
    if (indexed > 0) { r.indexedVariables = indexed; r.namedVariables = named; }
    return r;
  }

  /** A closure variable: the contents' value line, then the cell object holding it; children start with the cell. */
  cellVariable(name: string, cell: PyCell, evaluateName: string | null, frame: Frame | null): DebugProtocol.Variable {
    const contents = cell.ref;
    // An empty cell (the variable is not bound yet) shows the cell object itself.
    const value = contents === null ? `<empty cell>  ·  ${metaLine(this.rt, cell)}` : `${valueLine(this.rt, contents)}  ·  in cell ${hexId(cell)} (refcount ${cell.refcnt})`;
    const v: DebugProtocol.Variable = {
      name,
      value,
      type: contents === null ? 'cell' : contents.type.name,
      variablesReference: this.add({ kind: 'cellvar', cell, path: evaluateName, frame }),
      // The value shown is the contents (the cell itself is the first child).
      memoryReference: hexId(contents ?? cell),
    };
    if (evaluateName !== null) v.evaluateName = evaluateName;
    return v;
  }

  /** The object a handle shows (for setVariable on its children), with its expression path. */
  handleTarget(ref: number): { obj: PyObject | null; path: string | null; scope: ScopeKind | null; frame: Frame | null } | null {
    const h = this.handles[ref - 1];
    if (!h) return null;
    if (h.kind === 'object') return { obj: h.obj, path: h.path, scope: null, frame: h.frame };
    if (h.kind === 'cellvar') return { obj: h.cell.ref, path: h.path, scope: null, frame: h.frame };
    return { obj: null, path: null, scope: h.kind, frame: h.frame };
  }
}
