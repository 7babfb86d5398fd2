// builtins.__build_class__: the class body run in its namespace (from the metaclass's
// __prepare__), PEP 560 base resolution (__mro_entries__, __orig_bases__), the metaclass call
// and the __class__ cell. cf. Python/bltinmodule.c builtin___build_class__, update_bases.

import type { PyObject } from './object';
import { PyType } from './type';
import type { PyDict } from './dict';
import { PyFunction, PyTuple, PyCell } from './core';
import type { Runtime } from '../runtime';
import type { KwArgs } from './type';
import { newDict } from './dictops';
import { calculateMetaclass } from './typeobject';
import { callObject } from '../vm/call';
import { Frame } from '../vm/frame';
import { evalFrame } from '../vm/eval';

/** builtins.__build_class__(func, name, *bases, metaclass=..., **kwds) */
export function buildClass(rt: Runtime, args: PyObject[], kw: KwArgs): PyObject {
  if (args.length < 2) rt.typeError('__build_class__: not enough arguments');
  const func = args[0];
  if (!(func instanceof PyFunction)) rt.typeError('__build_class__: func must be a function');
  const nameObj = args[1];
  if (nameObj.type !== rt.t.str) rt.typeError('__build_class__: name is not a string');
  const origBases = rt.newTuple(args.slice(2).map((b) => { b.refcnt++; return b; }));
  let bases: PyTuple;
  try { bases = updateBases(rt, origBases); } catch (e) { rt.decref(origBases); throw e; }
  try {
    return buildClassWithBases(rt, func, nameObj, bases, origBases, kw);
  } finally {
    rt.decref(origBases);
  }
}

/** PEP 560: a base that is not a class but has __mro_entries__ is replaced by what it returns.
 *  A new reference (origBases itself when nothing changed). cf. bltinmodule.c update_bases */
function updateBases(rt: Runtime, origBases: PyTuple): PyTuple {
  let out: PyObject[] | null = null;
  const items = origBases.items;
  for (let i = 0; i < items.length; i++) {
    const base = items[i];
    if (base instanceof PyType) { if (out) out.push(base); continue; }
    const meth = rt.getAttrOrNull(base, '__mro_entries__');
    if (meth === null) { if (out) out.push(base); continue; }
    let entries: PyObject;
    try { entries = callObject(rt, meth, [origBases], null); } finally { rt.decref(meth); }
    if (!(entries instanceof PyTuple)) { rt.decref(entries); rt.typeError('__mro_entries__ must return a tuple'); }
    if (out === null) out = items.slice(0, i);
    out.push(...entries.items);
    rt.decref(entries);
  }
  if (out === null) { origBases.refcnt++; return origBases; }
  return rt.newTuple(out.map((b) => { b.refcnt++; return b; }));
}

function buildClassWithBases(rt: Runtime, func: PyFunction, nameObj: PyObject, bases: PyTuple, origBases: PyTuple, kw: KwArgs): PyObject {
  let meta: PyObject | null = null;
  const rest: Array<[string, PyObject]> = [];
  for (const [k, v] of kw ?? []) { if (k === 'metaclass') meta = v; else rest.push([k, v]); }
  try {
    if (meta === null) meta = bases.items.length > 0 ? bases.items[0].type : rt.t.type;
    if (meta instanceof PyType) meta = calculateMetaclass(rt, meta, bases.items);
    let ns: PyObject;
    const prep = rt.getAttrOrNull(meta, '__prepare__');
    if (prep !== null) {
      try { ns = callObject(rt, prep, [nameObj, bases], rest.length ? rest : null); } finally { rt.decref(prep); }
    } else ns = newDict(rt);
    try {
      const frame = new Frame(func.codeObj, func.codeObj.code, func.globals, func.builtins, ns as PyDict, func);
      const cell = evalFrame(rt, frame);
      if (bases !== origBases) {
        try { rt.mappingSet(ns as PyDict, '__orig_bases__', origBases); } catch (e) { rt.decref(cell); throw e; }
      }
      const cls = callObject(rt, meta, [nameObj, bases, ns], rest.length ? rest : null);
      if (cell instanceof PyCell) {
        if (cell.ref === null) { cls.refcnt++; cell.ref = cls; }
      }
      rt.decref(cell);
      return cls;
    } finally { rt.decref(ns); }
  } finally { rt.decref(bases); }
}

