// The snapshot's short repr of an object, computed natively (never runs Python
// code, so never calls a __repr__): CPython's repr for builtin values, containers
// abbreviated (8 items, two levels deep, 80 characters).
//
// ReprRecorder writes the repr as tokens (reprTape.ts) so a snapshot can render
// it later; shortRepr renders it at once.

import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyDict } from '../objects/dict';
import {
  PyInt, PyFloat, PyStr, PyBytes, PyTuple, PyList, PySet, PyCell, PyFunction, PyMethod, PyModule,
  PyComplex, PyRange, PyException, PyCodeObj, PyBuiltin, PyInstance,
} from '../objects/core';
import type { Runtime } from '../runtime';
import {
  ReprTape, renderRepr, clip, OP_TEXT, OP_NUM, OP_INT, OP_STR, OP_FLOAT, OP_COMMA, OP_COLON, OP_MORE, OP_RBRACKET,
  OP_OPEN_LIST, OP_OPEN_TUPLE, OP_OPEN_BRACE, OP_CLOSE_LIST, OP_CLOSE_TUPLE, OP_CLOSE_ONE_TUPLE, OP_CLOSE_BRACE,
} from './reprTape';

export { strRepr } from './reprTape';

/** Items a container's repr shows before "...". */
const ITEMS_SHOWN = 8;

function bytesRepr(v: Uint8Array): string {
  let out = "b'";
  const n = Math.min(v.length, 40);
  for (let i = 0; i < n; i++) {
    const b = v[i];
    out += b >= 32 && b < 127 && b !== 39 && b !== 92 ? String.fromCharCode(b) : '\\x' + b.toString(16).padStart(2, '0');
  }
  return clip(out + "'");
}

export class ReprRecorder {
  /** "<C object>" per class, made once per recorder (a snapshot: qualnames do not change during one). */
  private readonly instanceText = new Map<PyType, string>();

  constructor(private readonly rt: Runtime, private readonly tape: ReprTape) {}

  /** Record the repr of `o` as seen at `depth` (0 for the object itself). */
  record(o: PyObject, depth = 0): void {
    const rt = this.rt;
    const tape = this.tape;
    // Instances of Python classes first (no JS class below extends PyInstance, and it extends none
    // of them): the last case of the chain below, and a fifth of a typical heap.
    if (o instanceof PyInstance) { tape.push(OP_TEXT, this.instance(o.type)); return; }
    if (depth < 2) {
      if (o instanceof PyList) { this.items(OP_OPEN_LIST, o.items, depth, OP_CLOSE_LIST); return; }
      if (o instanceof PyTuple) {
        if (o.items.length === 1) { tape.op(OP_OPEN_TUPLE); this.record(o.items[0], depth + 1); tape.op(OP_CLOSE_ONE_TUPLE); }
        else this.items(OP_OPEN_TUPLE, o.items, depth, OP_CLOSE_TUPLE);
        return;
      }
      if (o instanceof PyDict && o.type === rt.t.dict) { this.dictEntries(o, depth); return; }
      if (o instanceof PySet && o.used === 0) { tape.push(OP_TEXT, o.type.name); tape.push(OP_TEXT, '()'); return; }
      if (o instanceof PySet && o.type === rt.t.set) { this.setMembers(o, depth); return; }
    }
    if (o === rt.None) tape.push(OP_TEXT, 'None');
    else if (o === rt.True) tape.push(OP_TEXT, 'True');
    else if (o === rt.False) tape.push(OP_TEXT, 'False');
    else if (o instanceof PyInt) tape.push(OP_INT, o.v);
    else if (o instanceof PyStr) tape.push(OP_STR, o.v);
    else if (o instanceof PyFloat) tape.push(OP_FLOAT, o.v);
    else if (o instanceof PyComplex) tape.push(OP_TEXT, `(${o.real}+${o.imag}j)`);
    else if (o instanceof PyBytes) tape.push(OP_TEXT, bytesRepr(o.v));
    else if (o instanceof PyType) tape.push(OP_TEXT, `<class '${o.module === 'builtins' ? '' : o.module + '.'}${o.qualname}'>`);
    else if (o instanceof PyTuple) this.counted('tuple[', o.items.length);
    else if (o instanceof PyList) this.counted('list[', o.items.length);
    else if (o instanceof PyDict) this.counted('dict[', o.used);
    else if (o instanceof PySet) { tape.push(OP_TEXT, o.type.name + '['); tape.push(OP_NUM, o.used); tape.op(OP_RBRACKET); }
    else if (o instanceof PyRange) tape.push(OP_TEXT, `range(${o.start}, ${o.stop}${o.step !== 1n ? ', ' + o.step : ''})`);
    else if (o instanceof PyFunction) this.named('<function ', o.qualname, '>');
    else if (o instanceof PyBuiltin) this.named('<built-in ', o.name, '>');
    else if (o instanceof PyMethod) tape.push(OP_TEXT, '<bound method>');
    else if (o instanceof PyCell) tape.push(OP_TEXT, '<cell>');
    else if (o instanceof PyModule) this.named("<module '", o.name, "'>");
    else if (o instanceof PyCodeObj) this.named('<code ', o.code.name, '>');
    else if (o instanceof PyException) { tape.push(OP_TEXT, o.type.name); tape.push(OP_TEXT, '(...)'); }
    else tape.push(OP_TEXT, this.instance(o.type));
  }

  private instance(t: PyType): string {
    let s = this.instanceText.get(t);
    if (s === undefined) { s = `<${t.qualname} object>`; this.instanceText.set(t, s); }
    return s;
  }

  /** prefix + String(n) + "]" */
  private counted(prefix: string, n: number): void {
    this.tape.push(OP_TEXT, prefix);
    this.tape.push(OP_NUM, n);
    this.tape.op(OP_RBRACKET);
  }

  private named(prefix: string, name: string, suffix: string): void {
    this.tape.push(OP_TEXT, prefix);
    this.tape.push(OP_TEXT, name);
    this.tape.push(OP_TEXT, suffix);
  }

  /** open + the first ITEMS_SHOWN items joined by ", " (then ", ..." when there are more) + close. */
  private items(open: number, items: readonly PyObject[], depth: number, close: number): void {
    const tape = this.tape;
    const n = items.length < ITEMS_SHOWN ? items.length : ITEMS_SHOWN;
    tape.op(open);
    for (let i = 0; i < n; i++) {
      if (i > 0) tape.op(OP_COMMA);
      this.record(items[i], depth + 1);
    }
    if (items.length > ITEMS_SHOWN) tape.op(OP_MORE);
    tape.op(close);
  }

  /** "{k: v, …}" of a dict's first ITEMS_SHOWN entries in insertion order (dict_repr, abbreviated). */
  private dictEntries(d: PyDict, depth: number): void {
    const tape = this.tape;
    const keys = d.keys;
    const values = d.values;
    tape.op(OP_OPEN_BRACE);
    let shown = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === null) continue;
      if (shown === ITEMS_SHOWN) { tape.op(OP_MORE); break; }
      if (shown > 0) tape.op(OP_COMMA);
      this.record(k, depth + 1);
      tape.op(OP_COLON);
      this.record(values[i]!, depth + 1);
      shown++;
    }
    tape.op(OP_CLOSE_BRACE);
  }

  /** "{m, …}" of a set's first ITEMS_SHOWN members in table order. */
  private setMembers(s: PySet, depth: number): void {
    const tape = this.tape;
    const table = s.table;
    tape.op(OP_OPEN_BRACE);
    let shown = 0;
    for (let i = 0; i < table.length; i++) {
      const k = table[i];
      if (k === null || k === 'dummy') continue;
      if (shown === ITEMS_SHOWN) { tape.op(OP_MORE); break; }
      if (shown > 0) tape.op(OP_COMMA);
      this.record(k, depth + 1);
      shown++;
    }
    tape.op(OP_CLOSE_BRACE);
  }
}

/** A short, side-effect-free repr (CPython's repr for builtin values; containers abbreviated). */
export function shortRepr(rt: Runtime, o: PyObject, depth = 0): string {
  const tape = new ReprTape(16);
  new ReprRecorder(rt, tape).record(o, depth);
  return renderRepr(tape, 0, tape.length, 0);
}
