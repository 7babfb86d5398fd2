// types.SimpleNamespace: attributes in a dict, repr "namespace(a=1, b=2)" (sys.implementation is
// one). cf. Objects/namespaceobject.c (namespace_new, namespace_init, namespace_repr,
// namespace_richcompare).

import type { PyObject } from './object';
import { PyDict } from './dict';
import { PyStr } from './core';
import type { Runtime } from '../runtime';
import type { PyType } from './type';
import { makeStaticType } from './typesetup';
import { defMethod, defGetSet } from './native';
import { dictItems, dictSetStr, newDict } from './dictops';

type Namespace = PyObject & { dict: PyDict };

declare module '../runtime' {
  interface Runtime {
    /** A SimpleNamespace with these attributes (new reference). */
    newNamespace(attrs: Array<[string, PyObject]>): PyObject;
  }
}

export function installNamespace(rt: Runtime): void {
  const was = rt.initializing;
  rt.initializing = true;
  const N = makeStaticType(rt, 'SimpleNamespace', { layout: 'namespace', gc: true, basicsize: 24, module: 'types' });
  rt.initializing = was;
  rt.t.SimpleNamespace = N;
  // A subclass's instances share the layout (tp_dictoffset is inherited: no second dict).
  const make = (type: PyType = N): Namespace => {
    const o = Object.assign(Object.create(Object.getPrototypeOf(rt.None)), { type, refcnt: 1, addr: 0, gcGen: -1, gcRefs: 0, weakrefs: null, dict: newDict(rt) }) as Namespace;
    rt.allocObject(o, type.basicsize);
    rt.gc.track(o);
    return o;
  };
  N.traverse = (o, visit) => visit((o as Namespace).dict);
  N.dealloc = (o) => rt.decref((o as Namespace).dict);
  N.newFn = (type) => make(type);
  // cf. namespace_members: __dict__ (read-only member; shown here as a getset descriptor).
  defGetSet(N, '__dict__', (self) => { const d = (self as Namespace).dict; d.refcnt++; return d; });
  defMethod(N, '__init__', (self, args, kw) => {
    if (args.length > 0) rt.typeError(`no positional arguments expected`);
    for (const [k, v] of kw ?? []) dictSetStr(rt, (self as Namespace).dict, k, v);
    return rt.none();
  });
  const active = new Set<PyObject>();
  defMethod(N, '__repr__', (self) => {
    const name = self.type === N ? 'namespace' : self.type.name;
    if (active.has(self)) return rt.newStr(`${name}(...)`);
    active.add(self);
    try {
      const parts = dictItems((self as Namespace).dict)
        .filter(([k]) => k.type === rt.t.str)
        .map(([k, v]) => `${(k as PyStr).v}=${rt.repr(v)}`);
      return rt.newStr(`${name}(${parts.join(', ')})`);
    } finally { active.delete(self); }
  });
  defMethod(N, '__eq__', (self, args) => {
    const o = args[0];
    if (!o.type.isSubtypeOf(N)) return rt.notImplemented();
    return rt.newBool(rt.eq((self as Namespace).dict, (o as Namespace).dict));
  });
  // Defining tp_richcompare without tp_hash: unhashable (PyObject_HashNotImplemented).
  dictSetStr(rt, N.dict, '__hash__', rt.None);
  rt.newNamespace = (attrs) => {
    const o = make();
    for (const [k, v] of attrs) dictSetStr(rt, o.dict, k, v);
    return o;
  };
}
