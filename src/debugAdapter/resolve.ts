// Resolving a name path (`a`, `a.b`, `a[0]`, `d['k'].x`) in a paused frame
// without running any code: what hover and most watch expressions ask for, and
// what completions after `x.` need. Anything that could run Python code (a
// property, __getattr__, __getitem__ of a subclass, a call) is "not pure" and
// left to real evaluation.

import type { PyObject } from '../runtime/objects/object';
import { PyType } from '../runtime/objects/type';
import { PyDict } from '../runtime/objects/dict';
import { PyInt, PyStr, PyTuple, PyList, PyInstance, PyModule, PyFunction } from '../runtime/objects/core';
import type { Runtime } from '../runtime/runtime';
import type { Frame } from '../runtime/vm/frame';
import { parseModule } from '../runtime/parse/index';
import type * as A from '../runtime/parse/ast';
import { fastLocalGet } from '../runtime/vm/frameLocals';
import { dictItems } from '../runtime/objects/dictops';
import { isDataDescriptor } from '../runtime/vm/attributes';

/** Marker: the expression needs real evaluation. */
export const NOT_PURE = Symbol('not pure');

/** Look a name up as code running in `f` would (fast locals and cells, scratch names, locals dict, globals, builtins). */
export function lookupName(f: Frame, name: string, scratch: PyDict | null): PyObject | null {
  if (f.locals === null) {
    const v = fastLocalGet(f, name);
    if (v) return v;
    if (scratch !== null) { const s = scratch.getStr(name); if (s !== null) return s; }
  } else {
    const v = f.locals.getStr(name);
    if (v !== null) return v;
  }
  return f.globals.getStr(name) ?? f.builtins.getStr(name);
}

/** getattr(o, name) when it needs no code: instance/module/class dicts; NOT_PURE otherwise; null when missing. */
export function pureAttribute(rt: Runtime, o: PyObject, name: string): PyObject | null | typeof NOT_PURE {
  if (o instanceof PyModule) return o.dict.getStr(name) ?? NOT_PURE;
  const t = o.type;
  if (t.lookup('__getattribute__') !== rt.t.object.dict.getStr('__getattribute__') && !(o instanceof PyType)) return NOT_PURE;
  if (o instanceof PyType) {
    if (!o.heap) return NOT_PURE;
    const v = o.lookup(name);
    if (v === null || v instanceof PyFunction || v.type.lookup('__get__') !== null) return NOT_PURE;
    return v;
  }
  if (!(o instanceof PyInstance)) return NOT_PURE;
  const descr = t.lookup(name);
  if (descr !== null && isDataDescriptor(rt, descr)) return NOT_PURE;
  const own = o.dict !== null ? o.dict.getStr(name) : null;
  if (own !== null) return own;
  if (o.slots !== null && t.slotIndex?.has(name)) return o.slots[t.slotIndex.get(name)!] ?? NOT_PURE;
  if (descr === null || descr instanceof PyFunction || descr.type.lookup('__get__') !== null) return NOT_PURE;
  return descr;
}

function constKey(e: A.Expr): { kind: 'int'; v: bigint } | { kind: 'str'; v: string } | null {
  if (e._type === 'Constant') {
    if (e.value.kind === 'int') return { kind: 'int', v: e.value.value };
    if (e.value.kind === 'str') return { kind: 'str', v: e.value.value };
  }
  if (e._type === 'UnaryOp' && e.op === 'USub' && e.operand._type === 'Constant' && e.operand.value.kind === 'int') return { kind: 'int', v: -e.operand.value.value };
  return null;
}

function pureSubscript(rt: Runtime, o: PyObject, key: A.Expr): PyObject | typeof NOT_PURE {
  const k = constKey(key);
  if (k === null) return NOT_PURE;
  if ((o.type === rt.t.list && o instanceof PyList) || (o.type === rt.t.tuple && o instanceof PyTuple)) {
    if (k.kind !== 'int') return NOT_PURE;
    const n = BigInt(o.items.length);
    const i = k.v < 0n ? k.v + n : k.v;
    return i >= 0n && i < n ? o.items[Number(i)] : NOT_PURE;
  }
  if (o.type === rt.t.dict && o instanceof PyDict) {
    for (const [kk, v] of dictItems(o)) {
      if (k.kind === 'str' && kk instanceof PyStr && kk.type === rt.t.str && kk.v === k.v) return v;
      if (k.kind === 'int' && kk instanceof PyInt && kk.type === rt.t.int && BigInt(kk.v) === k.v) return v;
    }
  }
  return NOT_PURE;
}

function walk(rt: Runtime, f: Frame, scratch: PyDict | null, e: A.Expr): PyObject | typeof NOT_PURE {
  switch (e._type) {
    case 'Name': return lookupName(f, e.id, scratch) ?? NOT_PURE;
    case 'Attribute': {
      const base = walk(rt, f, scratch, e.value);
      if (base === NOT_PURE) return NOT_PURE;
      return pureAttribute(rt, base, e.attr) ?? NOT_PURE;
    }
    case 'Subscript': {
      const base = walk(rt, f, scratch, e.value);
      return base === NOT_PURE ? NOT_PURE : pureSubscript(rt, base, e.slice);
    }
    default: return NOT_PURE;
  }
}

/** The object `text` denotes in frame `f` (borrowed), when that needs no code; NOT_PURE otherwise. */
export function resolvePure(rt: Runtime, f: Frame, scratch: PyDict | null, text: string): PyObject | typeof NOT_PURE {
  let m: A.Module;
  try { m = parseModule(text.trim() + '\n', '<debug>'); } catch { return NOT_PURE; }
  if (m.body.length !== 1 || m.body[0]._type !== 'Expr') return NOT_PURE;
  return walk(rt, f, scratch, m.body[0].value);
}
