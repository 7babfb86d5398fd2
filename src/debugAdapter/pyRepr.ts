// CPython's repr() of a value, computed without running Python code and without
// allocating on the simulated heap (calling the runtime's repr would allocate a
// str object and so move later ids: a debugger view must never change the
// program). Builtin types are formatted as their tp_repr does; a class whose
// __repr__ is written in Python shows object.__repr__'s form, since running it
// could change the program's state. Long reprs are cut at `limit` characters.

import type { PyObject } from '../runtime/objects/object';
import { PyType } from '../runtime/objects/type';
import { PyDict } from '../runtime/objects/dict';
import {
  PyInt, PyFloat, PyComplex, PyStr, PyBytes, PyByteArray, PyTuple, PyList, PySet, PyRange, PySlice, PyCell,
  PyFunction, PyMethod, PyBuiltin, PyModule, PyCodeObj, PyException,
} from '../runtime/objects/core';
import type { Runtime } from '../runtime/runtime';
import { dictItems } from '../runtime/objects/dictops';
import { setMembers } from '../runtime/objects/set';
import { floatRepr, complexRepr } from '../runtime/objects/format/index';
import { strRepr } from '../runtime/objects/strmethods-unicode';
import { bytesRepr } from '../runtime/objects/bytes';

export const REPR_LIMIT = 1000;

export function hexId(o: PyObject): string {
  return '0x' + o.addr.toString(16);
}

/** The type's name as repr() of the class shows it: `int`, `__main__.Point`. */
export function typeFullName(t: PyType): string {
  return t.module === 'builtins' ? t.qualname : `${t.module}.${t.qualname}`;
}

/** The builtin type (in MRO order) whose __repr__ the object uses, or null when a Python-level __repr__ wins. */
function reprOwner(rt: Runtime, o: PyObject): PyType | null {
  for (const t of o.type.mro) {
    const r = t.dict.getStr('__repr__');
    if (r === null) continue;
    if (r instanceof PyFunction) return null;
    return t;
  }
  return rt.t.object;
}

function defaultRepr(o: PyObject): string {
  return `<${typeFullName(o.type)} object at ${hexId(o)}>`;
}

class Budget {
  constructor(public left: number) {}
  get out(): boolean { return this.left <= 0; }
  take(s: string): string { this.left -= s.length; return s; }
}

/** repr(o), cut to about `limit` characters (ending in '...' when cut). */
export function pyRepr(rt: Runtime, o: PyObject, limit = REPR_LIMIT): string {
  const s = reprIn(rt, o, new Budget(limit), new Set());
  return s.length > limit ? s.slice(0, Math.max(0, limit - 3)) + '...' : s;
}

function seq(rt: Runtime, items: PyObject[], open: string, close: string, b: Budget, active: Set<PyObject>): string {
  const parts: string[] = [];
  for (const x of items) {
    if (b.out) { parts.push('...'); break; }
    parts.push(b.take(reprIn(rt, x, b, active)));
    b.left -= 2;
  }
  return open + parts.join(', ') + close;
}

function reprIn(rt: Runtime, o: PyObject, b: Budget, active: Set<PyObject>): string {
  if (o === rt.None) return 'None';
  if (o === rt.True) return 'True';
  if (o === rt.False) return 'False';
  const owner = reprOwner(rt, o);
  if (owner === null) return defaultRepr(o);
  const t = rt.t;
  if (owner === t.int && o instanceof PyInt) return String(o.v);
  if (owner === t.bool && o instanceof PyInt) return o.v ? 'True' : 'False';
  if (owner === t.float && o instanceof PyFloat) return floatRepr(o.v);
  if (owner === t.complex && o instanceof PyComplex) return complexRepr(o.real, o.imag);
  if (owner === t.str && o instanceof PyStr) return strRepr(o.v.length > b.left + 2 ? o.v.slice(0, Math.max(0, b.left) + 2) : o.v);
  if (owner === t.bytes && o instanceof PyBytes) return bytesRepr(o.v.length > b.left ? o.v.slice(0, Math.max(0, b.left) + 1) : o.v);
  if (owner === t.bytearray && o instanceof PyByteArray) return `bytearray(${bytesRepr(o.v.slice(0, Math.min(o.length, Math.max(0, b.left) + 1)))})`;
  if (owner === t.NoneType) return 'None';
  if (owner === t.ellipsis) return 'Ellipsis';
  if (owner === t.NotImplementedType) return 'NotImplemented';
  // Containers: recursion shows as [...] / {...}, as Py_ReprEnter does.
  if (owner === t.list && o instanceof PyList) {
    if (active.has(o)) return '[...]';
    active.add(o);
    try { return seq(rt, o.items, '[', ']', b, active); } finally { active.delete(o); }
  }
  if (owner === t.tuple && o instanceof PyTuple) {
    if (o.items.length === 1) return `(${reprIn(rt, o.items[0], b, active)},)`;
    return seq(rt, o.items, '(', ')', b, active);
  }
  if (owner === t.dict && o instanceof PyDict) {
    if (active.has(o)) return '{...}';
    active.add(o);
    try {
      const parts: string[] = [];
      for (const [k, v] of dictItems(o)) {
        if (b.out) { parts.push('...'); break; }
        parts.push(b.take(`${reprIn(rt, k, b, active)}: ${reprIn(rt, v, b, active)}`));
        b.left -= 2;
      }
      return `{${parts.join(', ')}}`;
    } finally { active.delete(o); }
  }
  if ((owner === t.set || owner === t.frozenset) && o instanceof PySet) {
    const members = setMembers(o);
    const name = o.type === t.set ? '' : o.type.name;
    if (members.length === 0) return `${o.type.name}()`;
    if (active.has(o)) return `${name}(...)`;
    active.add(o);
    try {
      const body = seq(rt, members, '{', '}', b, active);
      return name === '' ? body : `${name}(${body})`;
    } finally { active.delete(o); }
  }
  if (owner === t.range && o instanceof PyRange) return o.step === 1n ? `range(${o.start}, ${o.stop})` : `range(${o.start}, ${o.stop}, ${o.step})`;
  if (owner === t.slice && o instanceof PySlice) return `slice(${reprIn(rt, o.start, b, active)}, ${reprIn(rt, o.stop, b, active)}, ${reprIn(rt, o.step, b, active)})`;
  if (o instanceof PyType) return `<class '${typeFullName(o)}'>`;
  if (o instanceof PyFunction) return `<function ${o.qualname} at ${hexId(o)}>`;
  if (o instanceof PyMethod) return `<bound method ${methodName(o.func)} of ${reprIn(rt, o.self, b, active)}>`;
  if (o instanceof PyBuiltin) {
    if (o.self === null || o.self instanceof PyModule) return `<built-in function ${o.name}>`;
    return `<built-in method ${o.name} of ${o.self.type.name} object at ${hexId(o.self)}>`;
  }
  if (o instanceof PyCell) return o.ref === null ? `<cell at ${hexId(o)}: empty>` : `<cell at ${hexId(o)}: ${o.ref.type.name} object at ${hexId(o.ref)}>`;
  if (o instanceof PyModule) return `<module '${o.name}' (built-in)>`;
  if (o instanceof PyCodeObj) return `<code object ${o.code.name} at ${hexId(o)}, file "${o.code.filename}", line ${o.code.firstlineno}>`;
  if (o instanceof PyException && o.type.isSubtypeOf(t.BaseException) && owner === t.BaseException) {
    const args = o.args.items;
    return `${o.type.name}${args.length === 1 ? `(${reprIn(rt, args[0], b, active)})` : seq(rt, args, '(', ')', b, active)}`;
  }
  const g = o as PyObject & { qualname?: string };
  if (o.type === t.generator && typeof g.qualname === 'string') return `<generator object ${g.qualname} at ${hexId(o)}>`;
  return defaultRepr(o);
}

function methodName(f: PyObject): string {
  if (f instanceof PyFunction) return f.qualname;
  if (f instanceof PyBuiltin) return f.qualname || f.name;
  return '?';
}

/** str(o) for an exception message and log points: str's value itself, otherwise repr. */
export function pyStr(rt: Runtime, o: PyObject, limit = REPR_LIMIT): string {
  if (o instanceof PyStr && reprOwner(rt, o) === rt.t.str) return o.v.length > limit ? o.v.slice(0, limit - 3) + '...' : o.v;
  return pyRepr(rt, o, limit);
}

/** str(exc) for a builtin exception (args), without running __str__. KeyError shows its key's repr, as CPython does. */
export function exceptionMessage(rt: Runtime, exc: PyObject): string {
  if (!(exc instanceof PyException)) return '';
  const args = exc.args.items;
  if (args.length === 0) return '';
  if (args.length === 1) return exc.type.isSubtypeOf(rt.t.KeyError) ? pyRepr(rt, args[0]) : pyStr(rt, args[0]);
  return pyRepr(rt, exc.args);
}
