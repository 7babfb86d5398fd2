// BaseExceptionGroup and ExceptionGroup (PEP 654): construction rules, str,
// message/exceptions, derive, split and subgroup. cf. Objects/exceptions.c
// BaseExceptionGroup_new, BaseExceptionGroup_str, exceptiongroup_split_recursive,
// exceptiongroup_subset, get_matcher_type. (`except*` itself is not simulated:
// the compiler rejects it loudly.)

import type { PyObject } from './object';
import { PyException, PyTuple, PyMethodDescr } from './core';
import { PyType } from './type';
import type { Runtime } from '../runtime';
import { defMethod, defGetSet } from './native';
import { makeStaticType } from './typesetup';
import { setMember } from './exceptions';
import { isTrue, iterateToArray } from '../vm/abstract';
import { callObject } from '../vm/call';
import { getAttrOrNull, setAttr } from '../vm/attributes';

export function installExceptionGroups(rt: Runtime): void {
  const B = rt.t.BaseException;
  const BEG = rt.t.BaseExceptionGroup;
  // ExceptionGroup(BaseExceptionGroup, Exception): the one builtin exception with two bases.
  const EG = makeStaticType(rt, 'ExceptionGroup', { base: BEG, layout: 'exception', gc: true, basicsize: 96 });
  EG.bases = [BEG, rt.t.Exception];
  EG.mro = [EG, BEG, rt.t.Exception, B, rt.t.object];
  rt.t.Exception.subclasses.push(EG);
  EG.traverse = B.traverse; EG.clear = B.clear; EG.dealloc = B.dealloc;
  rt.t.ExceptionGroup = EG;

  const member = (e: PyObject, name: string): PyObject => (e as PyException).members?.get(name) ?? rt.None;
  const isGroup = (o: PyObject) => o.type.isSubtypeOf(BEG);
  const isSequence = (o: PyObject) => !o.type.isSubtypeOf(rt.t.dict) && o.type.lookup('__getitem__') !== null;

  const baseNew = B.newFn!;
  BEG.newFn = (cls, args, kw) => {
    if (kw !== null && kw.length > 0) rt.typeError(`${cls.name}() takes no keyword arguments`);
    if (args.length !== 2) rt.typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
    const [message, exceptions] = args;
    if (!message.type.isSubtypeOf(rt.t.str)) rt.typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${message.type.name}`);
    if (!isSequence(exceptions)) rt.typeError('second argument (exceptions) must be a sequence');
    const excs = iterateToArray(rt, exceptions);
    const tuple = rt.newTuple(excs);
    try {
      if (excs.length === 0) rt.valueError('second argument (exceptions) must be a non-empty sequence');
      let nestedBase = false;
      excs.forEach((x, i) => {
        if (!x.type.isSubtypeOf(B)) rt.valueError(`Item ${i} of second argument (exceptions) is not an exception`);
        if (!x.type.isSubtypeOf(rt.t.Exception)) nestedBase = true;
      });
      let t = cls;
      if (cls === BEG) { if (!nestedBase) t = EG; } else if (cls === EG) {
        if (nestedBase) rt.typeError('Cannot nest BaseExceptions in an ExceptionGroup');
      } else if (nestedBase && cls.isSubtypeOf(rt.t.Exception)) rt.typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
      const e = baseNew(t, args, null) as PyException;
      setMember(rt, e, 'message', message);
      setMember(rt, e, 'exceptions', tuple);
      return e;
    } finally { rt.decref(tuple); }
  };
  defMethod(BEG, '__init__', (self, args, kw) => {
    if (kw !== null && kw.length > 0) rt.typeError(`${self.type.name}() takes no keyword arguments`);
    return (B.lookup('__init__') as PyMethodDescr).fn(self, args, null);
  });
  defMethod(BEG, '__str__', (self) => {
    const n = (member(self, 'exceptions') as PyTuple).items.length;
    return rt.newStr(`${rt.str(member(self, 'message'))} (${n} sub-exception${n > 1 ? 's' : ''})`);
  });
  defGetSet(BEG, 'message', (self) => { const m = member(self, 'message'); m.refcnt++; return m; });
  defGetSet(BEG, 'exceptions', (self) => { const m = member(self, 'exceptions'); m.refcnt++; return m; });
  defMethod(BEG, 'derive', (self, args) => {
    if (args.length !== 1) rt.typeError(`BaseExceptionGroup.derive() takes exactly one argument (${args.length} given)`);
    return callObject(rt, BEG, [member(self, 'message'), args[0]], null);
  });

  /** get_matcher_type + split_check_match as one predicate. */
  const matcher = (cond: PyObject): ((e: PyObject) => boolean) => {
    const isExcType = (c: PyObject) => c instanceof PyType && c.isSubtypeOf(B);
    if (cond.type.lookup('__call__') !== null && !(cond instanceof PyType)) {
      return (e) => { const r = callObject(rt, cond, [e], null); try { return isTrue(rt, r); } finally { rt.decref(r); } };
    }
    if (isExcType(cond)) return (e) => e.type.isSubtypeOf(cond as PyType);
    if (cond instanceof PyTuple && cond.items.every(isExcType)) return (e) => cond.items.some((c) => e.type.isSubtypeOf(c as PyType));
    rt.typeError('expected a function, exception type or tuple of exception types');
  };

  /** exceptiongroup_subset: derive() a group of `excs` carrying orig's traceback, context, cause and notes. */
  const subset = (orig: PyObject, excs: PyObject[]): PyObject | null => {
    if (excs.length === 0) return null;
    const lst = rt.newList(excs.map((x) => { x.refcnt++; return x; }));
    let eg: PyObject;
    try {
      const derive = getAttrOrNull(rt, orig, 'derive')!;
      try { eg = callObject(rt, derive, [lst], null); } finally { rt.decref(derive); }
    } finally { rt.decref(lst); }
    if (!isGroup(eg)) { rt.decref(eg); rt.typeError('derive must return an instance of BaseExceptionGroup'); }
    const o = orig as PyException; const n = eg as PyException;
    for (const [k, v] of [['__traceback__', o.traceback], ['__context__', o.context], ['__cause__', o.cause]] as const) {
      if (v !== null) setAttr(rt, n, k, v);
    }
    const notes = getAttrOrNull(rt, orig, '__notes__');
    if (notes !== null) {
      try { if (isSequence(notes)) { const copy = rt.newList(iterateToArray(rt, notes)); try { setAttr(rt, n, '__notes__', copy); } finally { rt.decref(copy); } } } finally { rt.decref(notes); }
    }
    return eg;
  };

  /** exceptiongroup_split_recursive: [match, rest] as new references or null. */
  const split = (exc: PyObject, match: (e: PyObject) => boolean, withRest: boolean): [PyObject | null, PyObject | null] => {
    if (match(exc)) { exc.refcnt++; return [exc, null]; }
    if (!isGroup(exc)) { if (withRest) { exc.refcnt++; return [null, exc]; } return [null, null]; }
    const matched: PyObject[] = []; const rest: PyObject[] = [];
    try {
      for (const e of (member(exc, 'exceptions') as PyTuple).items) {
        const [m, r] = split(e, match, withRest);
        if (m !== null) matched.push(m);
        if (r !== null) rest.push(r);
      }
      return [subset(exc, matched), withRest ? subset(exc, rest) : null];
    } finally { for (const x of [...matched, ...rest]) rt.decref(x); }
  };
  defMethod(BEG, 'split', (self, args) => {
    if (args.length !== 1) rt.typeError(`BaseExceptionGroup.split() takes exactly one argument (${args.length} given)`);
    const [m, r] = split(self, matcher(args[0]), true);
    return rt.newTuple([m ?? rt.none(), r ?? rt.none()]);
  });
  defMethod(BEG, 'subgroup', (self, args) => {
    if (args.length !== 1) rt.typeError(`BaseExceptionGroup.subgroup() takes exactly one argument (${args.length} given)`);
    const [m] = split(self, matcher(args[0]), false);
    return m ?? rt.none();
  });
}
