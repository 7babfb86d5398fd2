// Struct sequences: the named tuples of C modules (sys.version_info, sys.float_info, ...). A static
// subclass of tuple whose fields are also attributes; repr "sys.version_info(major=3, ...)".
// cf. Objects/structseq.c (PyStructSequence_NewType, structseq_repr, structseq_new).

import type { PyObject } from './object';
import { PyTuple } from './core';
import type { PyType } from './type';
import type { Runtime } from '../runtime';
import { makeStaticType } from './typesetup';
import { defGetSet, defMethod } from './native';

/** A struct sequence type named `fullName` ("sys.version_info") with these fields. */
export function makeStructSeqType(rt: Runtime, fullName: string, fields: string[]): PyType {
  const dot = fullName.lastIndexOf('.');
  const was = rt.initializing;
  rt.initializing = true;
  const T = rt.t.tuple;
  const t = makeStaticType(rt, fullName.slice(dot + 1), { base: T, layout: 'tuple', gc: true, basicsize: 24, itemsize: 8, baseType: false, module: fullName.slice(0, dot) });
  rt.initializing = was;
  t.traverse = T.traverse;
  t.clear = T.clear;
  t.dealloc = T.dealloc;
  t.newFn = () => rt.typeError(`cannot create '${fullName}' instances`);
  fields.forEach((name, i) => defGetSet(t, name, (self) => { const v = (self as PyTuple).items[i]; v.refcnt++; return v; }));
  defMethod(t, '__repr__', (self) => {
    const items = (self as PyTuple).items;
    return rt.newStr(`${fullName}(${fields.map((f, i) => `${f}=${rt.repr(items[i])}`).join(', ')})`);
  });
  defMethod(t, '__reduce__', (self) => {
    const items = (self as PyTuple).items.map((x) => { x.refcnt++; return x; });
    t.refcnt++;
    return rt.newTuple([t, rt.newTuple([rt.newTuple(items), rt.newDictFromPairs([])])]);
  });
  return t;
}

/** An instance of a struct sequence type (steals the item references). */
export function newStructSeq(rt: Runtime, t: PyType, items: PyObject[]): PyTuple {
  return rt.newSubclassInstance(t, new PyTuple(t, items), 24 + 8 * items.length) as PyTuple;
}
