// weakref.ref / proxy / getweakrefcount / getweakrefs, cf. Objects/weakrefobject.c.
// Each referent keeps its weak references in `weakrefs` (tp_weaklistoffset's
// list): the basic ref (no callback) first, refs with callbacks after it, newest
// first — which is the order callbacks run in when the referent dies.

import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyModule, PyWeakRef, PyInstance } from '../objects/core';
import type { Runtime } from '../runtime';
import { defFunction, defMethod, checkArgCount } from '../objects/native';
import { newDict, dictSetStr } from '../objects/dictops';
import { hashObject, richCompareBool } from '../vm/abstract';
import { getAttr, setAttr } from '../vm/attributes';

function weakrefable(rt: Runtime, o: PyObject): boolean {
  void rt;
  return o.type.weakrefable;
}

export function newWeakref(rt: Runtime, type: PyType, o: PyObject, callback: PyObject | null): PyWeakRef {
  if (!weakrefable(rt, o)) rt.typeError(`cannot create weak reference to '${o.type.tpName}' object`);
  if (o.weakrefs === null) o.weakrefs = [];
  const refs = o.weakrefs as PyWeakRef[];
  if (callback === null && type === rt.t.weakref) {
    const basic = refs.find((w) => w.type === rt.t.weakref && w.callback === null);
    if (basic) { basic.refcnt++; return basic; }
  }
  if (callback === null && type !== rt.t.weakref) {
    const basic = refs.find((w) => w.type === type && w.callback === null);
    if (basic) { basic.refcnt++; return basic; }
  }
  if (callback !== null) callback.refcnt++;
  const w = new PyWeakRef(type, o, callback);
  rt.allocObject(w, 48);
  rt.gc.track(w);
  if (callback === null) refs.unshift(w);
  else {
    let at = 0;
    while (at < refs.length && refs[at].callback === null) at++;
    refs.splice(at, 0, w);
  }
  return w;
}

function referentOrRaise(rt: Runtime, w: PyObject): PyObject {
  const r = (w as PyWeakRef).referent;
  if (r === null) rt.raise(rt.t.ReferenceError, 'weakly-referenced object no longer exists');
  return r;
}

export function installWeakrefTypes(rt: Runtime): void {
  const W = rt.t.weakref;
  const detach = (o: PyObject) => {
    const w = o as PyWeakRef;
    const r = w.referent;
    if (r !== null && r.weakrefs !== null) {
      const i = r.weakrefs.indexOf(w);
      if (i >= 0) r.weakrefs.splice(i, 1);
      if (r.weakrefs.length === 0) r.weakrefs = null;
    }
    w.referent = null;
    const cb = w.callback;
    w.callback = null;
    if (cb !== null) rt.decref(cb);
  };
  for (const T of [rt.t.weakref, rt.t.weakproxy, rt.t.weakcallableproxy]) {
    T.dealloc = detach;
    T.clear = detach;
    T.traverse = (o, visit) => { const cb = (o as PyWeakRef).callback; if (cb) visit(cb); };
  }
  W.newFn = (type, args) => {
    checkArgCount(rt, '__new__', args, 1, 2);
    return newWeakref(rt, type, args[0], args.length > 1 && args[1] !== rt.None ? args[1] : null);
  };
  defMethod(W, '__init__', () => rt.none());
  defMethod(W, '__call__', (self) => { const r = (self as PyWeakRef).referent ?? rt.None; r.refcnt++; return r; });
  defMethod(W, '__hash__', (self) => {
    const w = self as PyWeakRef & { hashCache?: number };
    if (w.hashCache !== undefined) return rt.newInt(w.hashCache);
    if (w.referent === null) rt.typeError('weak object has gone away');
    w.hashCache = hashObject(rt, w.referent);
    return rt.newInt(w.hashCache);
  });
  defMethod(W, '__eq__', (self, args) => {
    const a = self as PyWeakRef; const b = args[0];
    if (!(b instanceof PyWeakRef)) return rt.notImplemented();
    if (a.referent === null || b.referent === null) return rt.newBool(a === b);
    return rt.newBool(richCompareBool(rt, a.referent, b.referent, 2));
  });
  defMethod(W, '__repr__', (self) => {
    const w = self as PyWeakRef;
    if (w.referent === null) return rt.newStr(`<weakref at ${rt.hexAddr(w)}; dead>`);
    return rt.newStr(`<weakref at ${rt.hexAddr(w)}; to '${w.referent.type.module === 'builtins' ? '' : w.referent.type.module + '.'}${w.referent.type.qualname}' at ${rt.hexAddr(w.referent)}>`);
  });
  defMethod(W, '__callback__', (self) => { const c = (self as PyWeakRef).callback ?? rt.None; c.refcnt++; return c; });
  for (const P of [rt.t.weakproxy, rt.t.weakcallableproxy]) {
    defMethod(P, '__getattribute__', (self, args) => getAttr(rt, referentOrRaise(rt, self), rt.str(args[0])));
    defMethod(P, '__setattr__', (self, args) => { setAttr(rt, referentOrRaise(rt, self), rt.str(args[0]), args[1]); return rt.none(); });
    defMethod(P, '__repr__', (self) => {
      const r = referentOrRaise(rt, self);
      return rt.newStr(`<weakproxy at ${rt.hexAddr(self)}; to '${r.type.qualname}' at ${rt.hexAddr(r)}>`);
    });
    defMethod(P, '__str__', (self) => rt.strObj(referentOrRaise(rt, self)));
    defMethod(P, '__len__', (self) => rt.newInt(rt.length(referentOrRaise(rt, self))));
    defMethod(P, '__bool__', (self) => rt.newBool(rt.truthy(referentOrRaise(rt, self))));
  }
  defMethod(rt.t.weakcallableproxy, '__call__', (self, args, kw) => rt.call(referentOrRaise(rt, self), args, kw));
  void PyInstance;
}

export function installWeakrefModule(rt: Runtime): void {
  installWeakrefTypes(rt);
  rt.modules.register('_weakref', (r) => makeWeakref(r, '_weakref'));
}

function makeWeakref(rt: Runtime, name: string): PyModule {
  const d = newDict(rt);
  const m = new PyModule(rt.t.module, name, d);
  rt.allocObject(m, 56);
  rt.gc.track(m);
  dictSetStr(rt, d, '__name__', rt.newStrStatic(name));
  for (const [k, t] of [['ref', rt.t.weakref], ['ReferenceType', rt.t.weakref], ['ProxyType', rt.t.weakproxy], ['CallableProxyType', rt.t.weakcallableproxy]] as const) {
    dictSetStr(rt, d, k, t);
  }
  const fn = (n: string, f: (args: PyObject[], kw: Array<[string, PyObject]> | null) => PyObject) => defFunction(rt, d, n, f, name);
  fn('proxy', (args) => {
    checkArgCount(rt, 'proxy', args, 1, 2);
    const o = args[0];
    const callable = o.type.lookup('__call__') !== null;
    return newWeakref(rt, callable ? rt.t.weakcallableproxy : rt.t.weakproxy, o, args.length > 1 && args[1] !== rt.None ? args[1] : null);
  });
  fn('getweakrefcount', (args) => rt.newInt(args[0].weakrefs?.length ?? 0));
  fn('getweakrefs', (args) => rt.newList((args[0].weakrefs ?? []).map((w) => { w.refcnt++; return w; })));
  return m;
}
