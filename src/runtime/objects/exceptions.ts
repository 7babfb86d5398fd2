// BaseException and friends: args, __str__/__repr__, __traceback__, __context__,
// __cause__, and the special cases (KeyError's str, StopIteration.value,
// SystemExit.code). cf. Objects/exceptions.c.

import type { PyObject } from './object';
import type { PyType } from './type';
import { PyException, PyTuple, PyTraceback, PyList } from './core';
import type { Runtime } from '../runtime';
import { defMethod, defGetSet } from './native';
import { getAttr, getAttrOrNull, setAttr } from '../vm/attributes';

/** Set an exception's member (a new reference is taken; null clears it). */
export function setMember(rt: Runtime, e: PyException, name: string, v: PyObject | null): void {
  const old = e.members?.get(name) ?? null;
  if (v !== null) {
    v.refcnt++;
    (e.members ??= new Map()).set(name, v);
  } else if (old !== null) e.members!.delete(name);
  if (old !== null) rt.decref(old);
}

/** A T_OBJECT member descriptor: None when unset, writable, deletable. cf. PyMemberDef T_OBJECT */
export function defMember(rt: Runtime, t: PyType, name: string): void {
  defGetSet(t, name, (self) => {
    const v = (self as PyException).members?.get(name) ?? rt.None;
    v.refcnt++;
    return v;
  }, (self, v) => setMember(rt, self as PyException, name, v));
}

export function installExceptions(rt: Runtime): void {
  const B = rt.t.BaseException;
  B.newFn = (type, args) => {
    for (const a of args) a.refcnt++;
    const e = new PyException(type, rt.newTuple(args.slice()));
    rt.allocObject(e, type.basicsize);
    rt.gc.track(e);
    return e;
  };
  B.traverse = (o, visit) => {
    const e = o as PyException;
    visit(e.args);
    for (const x of [e.traceback, e.context, e.cause, e.dict, e.sugObj]) if (x) visit(x);
    if (e.members !== null) for (const x of e.members.values()) visit(x);
  };
  B.clear = (o) => {
    const e = o as PyException;
    const parts = [e.traceback, e.context, e.cause, e.dict, e.sugObj];
    e.traceback = null; e.context = null; e.cause = null; e.dict = null; e.sugObj = null;
    for (const p of parts) if (p) rt.decref(p);
    const m = e.members;
    if (m !== null) {
      e.members = null;
      for (const x of m.values()) rt.decref(x);
    }
  };
  B.dealloc = (o) => { B.clear!(o); rt.decref((o as PyException).args); };
  // Every builtin exception type shares BaseException's layout and its hooks (tp_traverse,
  // tp_clear, tp_dealloc are inherited by the static subclasses: cf. inherit_slots).
  for (const t of Object.values(rt.t)) {
    if (t !== B && t.isStatic && !t.heap && t.isSubtypeOf(B) && t.dealloc === null) {
      t.traverse = B.traverse; t.clear = B.clear; t.dealloc = B.dealloc;
    }
  }
  defMethod(B, '__init__', (self, args, kw) => {
    // cf. Objects/exceptions.c BaseException_init: _PyArg_NoKeywords(Py_TYPE(self)->tp_name, kwds).
    if (kw !== null && kw.length > 0) rt.typeError(`${self.type.tpName}() takes no keyword arguments`);
    const e = self as PyException;
    for (const a of args) a.refcnt++;
    const old = e.args;
    e.args = rt.newTuple(args.slice());
    rt.decref(old);
    return rt.none();
  });
  defMethod(B, '__str__', (self) => {
    const a = (self as PyException).args.items;
    if (a.length === 0) return rt.newStr('');
    if (a.length === 1) return rt.strObj(a[0]);
    return rt.strObj((self as PyException).args);
  });
  defMethod(B, '__repr__', (self) => {
    const e = self as PyException;
    const a = e.args.items;
    const inner = a.length === 1 ? rt.repr(a[0]) : a.length === 0 ? '' : rt.repr(e.args).slice(1, -1);
    return rt.newStr(`${self.type.name}(${inner})`);
  });
  defMethod(B, 'with_traceback', (self, args) => {
    const e = self as PyException;
    const tb = args[0] === rt.None ? null : args[0];
    if (tb) tb.refcnt++;
    const old = e.traceback;
    e.traceback = tb;
    if (old) rt.decref(old);
    self.refcnt++;
    return self;
  });
  defMethod(B, 'add_note', (self, args) => {
    if (!args[0].type.isSubtypeOf(rt.t.str)) rt.typeError(`note must be a str, not '${args[0].type.name}'`);
    // cf. exceptions.c BaseException_add_note: __notes__ is an ordinary attribute (a list).
    let notes = getAttrOrNull(rt, self, '__notes__');
    if (notes === null) {
      const l = rt.newList([]);
      try { setAttr(rt, self, '__notes__', l); } finally { rt.decref(l); }
      notes = getAttr(rt, self, '__notes__');
    }
    try {
      if (!(notes instanceof PyList)) rt.typeError('Cannot add note: __notes__ is not a list');
      rt.listAppend(notes, args[0]);
    } finally { rt.decref(notes); }
    return rt.none();
  });
  const opt = (get: (e: PyException) => PyObject | null) => (self: PyObject) => { const v = get(self as PyException); if (v === null) return rt.none(); v.refcnt++; return v; };
  defGetSet(B, 'args', (self) => { const a = (self as PyException).args; a.refcnt++; return a; }, (self, v) => {
    const e = self as PyException;
    const items = rt.iterate(v!);
    const old = e.args;
    e.args = rt.newTuple(items);
    rt.decref(old);
  });
  defGetSet(B, '__traceback__', opt((e) => e.traceback), (self, v) => {
    const e = self as PyException;
    if (v !== null && v !== rt.None && !(v instanceof PyTraceback)) rt.typeError('__traceback__ must be a traceback or None');
    const nv = v === rt.None ? null : v;
    if (nv) nv.refcnt++;
    const old = e.traceback; e.traceback = nv; if (old) rt.decref(old);
  });
  defGetSet(B, '__context__', opt((e) => e.context), (self, v) => {
    const e = self as PyException; const nv = v === rt.None ? null : v; if (nv) nv.refcnt++;
    const old = e.context; e.context = nv; if (old) rt.decref(old);
  });
  defGetSet(B, '__cause__', opt((e) => e.cause), (self, v) => {
    const e = self as PyException; const nv = v === rt.None ? null : v; if (nv) nv.refcnt++;
    const old = e.cause; e.cause = nv; e.suppressContext = true; if (old) rt.decref(old);
  });
  defGetSet(B, '__suppress_context__', (self) => rt.newBool((self as PyException).suppressContext), (self, v) => { (self as PyException).suppressContext = v === rt.True; });
  defGetSet(B, '__dict__', (self) => {
    const e = self as PyException;
    if (e.dict === null) e.dict = rt.newDictFromPairs([]);
    e.dict.refcnt++;
    return e.dict;
  });
  defMethod(rt.t.KeyError, '__str__', (self) => {
    const a = (self as PyException).args.items;
    if (a.length === 1) return rt.reprObj(a[0]);
    return rt.call(B.dict.getStr('__str__')!, [self]);
  });
  defGetSet(rt.t.StopIteration, 'value', (self) => {
    const a = (self as PyException).args.items;
    const v = a.length > 0 ? a[0] : rt.None;
    v.refcnt++;
    return v;
  });
  defGetSet(rt.t.SystemExit, 'code', (self) => {
    const a = (self as PyException).args.items;
    if (a.length === 0) return rt.none();
    if (a.length === 1) { a[0].refcnt++; return a[0]; }
    const t = (self as PyException).args as PyTuple;
    t.refcnt++;
    return t;
  });
  defGetSet(rt.t.AttributeError, 'name', (self) => { const n = (self as PyException).sugName; return n === null ? rt.none() : rt.newStr(n); });
  defGetSet(rt.t.AttributeError, 'obj', (self) => { const o = (self as PyException).sugObj ?? rt.None; o.refcnt++; return o; });
  defGetSet(rt.t.NameError, 'name', (self) => { const n = (self as PyException).sugName; return n === null ? rt.none() : rt.newStr(n); });
}
