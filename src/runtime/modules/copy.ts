// The simulated copy module. cf. Lib/copy.py (3.11), Lib/copyreg.py and
// Objects/typeobject.c object___reduce_ex__ (reduce_newobj, object_getstate).
//
// copy() and deepcopy() follow copy.py step for step: the exact-type dispatch
// tables, __copy__ / __deepcopy__, then the reduce protocol. For instances of
// Python classes the reduce step is done natively, as object.__reduce_ex__(4)
// followed by _reconstruct would do it: cls.__new__(cls), then
// y.__dict__.update(state) where state is x's (materialised) __dict__, plus the
// slot values. The deepcopy memo is a real dict keyed by id() ints, with
// memo[id(memo)] the keep-alive list, so __deepcopy__(memo) hooks see what
// they see in CPython.

import type { PyObject } from '../objects/object';
import { PyType, type KwArgs } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyInt, PyList, PyTuple, PyStr, PyMethod, PyMethodDescr, PyInstance, PyModule, PySet } from '../objects/core';
import type { Runtime } from '../runtime';
import { newBuiltin } from '../objects/native';
import { newDict, dictGet, dictSet, dictItems, dictSetStr } from '../objects/dictops';
import { getAttr, getAttrOrNull, setAttr } from '../vm/attributes';
import { getIter, iterNext, setItem } from '../vm/abstract';
import { listAppendImpl, newEmptyList } from '../objects/list';
import { defFuncLike } from './funcLike';
import { withStaticAllocation } from './nativeTypes';

export function installCopyModule(rt: Runtime): void {
  rt.modules.register('copy', makeCopy);
}

const COPY_DOC = "Generic (shallow and deep) copying operations.\n\nInterface summary:\n\n        import copy\n\n        x = copy.copy(y)        # make a shallow copy of y\n        x = copy.deepcopy(y)    # make a deep copy of y\n\nFor module specific errors, copy.Error is raised.\n\nThe difference between shallow and deep copying is only relevant for\ncompound objects (objects that contain other objects, like lists or\nclass instances).\n\n- A shallow copy constructs a new compound object and then (to the\n  extent possible) inserts *the same objects* into it that the\n  original contains.\n\n- A deep copy constructs a new compound object and then, recursively,\n  inserts *copies* into it of the objects found in the original.\n\nTwo problems often exist with deep copy operations that don't exist\nwith shallow copy operations:\n\n a) recursive objects (compound objects that, directly or indirectly,\n    contain a reference to themselves) may cause a recursive loop\n\n b) because deep copy copies *everything* it may copy too much, e.g.\n    administrative data structures that should be shared even between\n    copies\n\nPython's deep copy operation avoids these problems by:\n\n a) keeping a table of objects already copied during the current\n    copying pass\n\n b) letting user-defined classes override the copying operation or the\n    set of components copied\n\nThis version does not copy types like module, class, function, method,\nnor stack trace, stack frame, nor file, socket, window, nor any\nsimilar types.\n\nClasses can use the same interfaces to control copying that they use\nto control pickling: they can define methods called __getinitargs__(),\n__getstate__() and __setstate__().  See the documentation for module\n\"pickle\" for information on these methods.\n";

const ERROR_TYPES = new WeakMap<Runtime, PyType>();

/** copy.Error, the class copy.py defines (`class Error(Exception): pass`), made at import. */
export function copyErrorType(rt: Runtime): PyType {
  const t = ERROR_TYPES.get(rt);
  if (t === undefined) throw new Error('copy.Error used before the copy module was imported');
  return t;
}

function newErrorClass(rt: Runtime): PyType {
  const ns = newDict(rt);
  try {
    const put = (k: string, v: PyObject) => { dictSetStr(rt, ns, k, v); rt.decref(v); };
    put('__module__', rt.newStr('copy'));
    put('__qualname__', rt.newStr('Error'));
    const name = rt.newStr('Error');
    rt.t.Exception.refcnt++;
    const bases = rt.newTuple([rt.t.Exception]);
    try {
      const t = rt.call(rt.t.type, [name, bases, ns]);
      if (!(t instanceof PyType)) throw new Error('type() did not return a type');
      return t;
    } finally { rt.decref(name); rt.decref(bases); }
  } finally { rt.decref(ns); }
}

function makeCopy(rt: Runtime): PyModule {
  const d = newDict(rt);
  const m = new PyModule(rt.t.module, 'copy', d);
  rt.allocObject(m, 56);
  rt.gc.track(m);
  const put = (k: string, v: PyObject) => { dictSetStr(rt, d, k, v); rt.decref(v); };
  put('__name__', rt.newStr('copy'));
  put('__doc__', rt.newStr(COPY_DOC));
  const err = newErrorClass(rt);
  ERROR_TYPES.set(rt, err);
  dictSetStr(rt, d, 'Error', err);
  rt.decref(err);
  dictSetStr(rt, d, 'error', err);
  put('__all__', rt.newList([rt.newStr('Error'), rt.newStr('copy'), rt.newStr('deepcopy')]));
  defFuncLike(rt, d, {
    name: 'copy', module: 'copy', doc: "Shallow copy operation on arbitrary Python objects.\n\n    See the module's __doc__ string for more info.\n    ",
    fn: (args, kw) => {
      checkArgs(rt, 'copy', args, kw, ['x'], 1);
      return shallowCopy(rt, args[0] ?? kwValue(kw, 'x')!);
    },
  });
  defFuncLike(rt, d, {
    name: 'deepcopy', module: 'copy', doc: "Deep copy operation on arbitrary Python objects.\n\n    See the module's __doc__ string for more info.\n    ",
    fn: (args, kw) => {
      const [x, memo] = bindArgs(rt, 'deepcopy', args, kw, ['x', 'memo', '_nil']);
      return deepcopy(rt, x!, memo === null || memo === rt.None ? null : memo);
    },
  });
  return m;
}

function kwValue(kw: KwArgs, name: string): PyObject | null {
  for (const [k, v] of kw ?? []) if (k === name) return v;
  return null;
}

/** Bind a Python function's positional-or-keyword parameters (the first `required` are required). */
function bindArgs(rt: Runtime, fname: string, args: PyObject[], kw: KwArgs, names: string[], required = 1): Array<PyObject | null> {
  const out: Array<PyObject | null> = names.map(() => null);
  if (args.length > names.length) {
    rt.typeError(`${fname}() takes from ${required} to ${names.length} positional arguments but ${args.length} were given`);
  }
  args.forEach((a, i) => { out[i] = a; });
  for (const [k, v] of kw ?? []) {
    const i = names.indexOf(k);
    if (i < 0) rt.typeError(`${fname}() got an unexpected keyword argument '${k}'`);
    if (out[i] !== null) rt.typeError(`${fname}() got multiple values for argument '${k}'`);
    out[i] = v;
  }
  for (let i = 0; i < required; i++) if (out[i] === null) rt.typeError(`${fname}() missing 1 required positional argument: '${names[i]}'`);
  return out;
}

function checkArgs(rt: Runtime, fname: string, args: PyObject[], kw: KwArgs, names: string[], n: number): void {
  if (args.length > n) rt.typeError(`${fname}() takes ${n} positional argument${n === 1 ? '' : 's'} but ${args.length} were given`);
  bindArgs(rt, fname, args, kw, names, n);
}

// ---- dispatch tables (exact types) ----------------------------------------------------

function isCopyImmutable(rt: Runtime, t: PyType): boolean {
  const T = rt.t;
  return t === T.NoneType || t === T.int || t === T.float || t === T.bool || t === T.complex || t === T.str || t === T.tuple
    || t === T.bytes || t === T.frozenset || t === T.type || t === T.range || t === T.slice || t === T.property
    || t === T.builtin_function_or_method || t === T.ellipsis || t === T.NotImplementedType || t === T.function
    || t === T.weakref || t === T.code;
}

function isDeepAtomic(rt: Runtime, t: PyType): boolean {
  const T = rt.t;
  return t === T.NoneType || t === T.ellipsis || t === T.NotImplementedType || t === T.int || t === T.float || t === T.bool
    || t === T.complex || t === T.bytes || t === T.str || t === T.code || t === T.type || t === T.range
    || t === T.builtin_function_or_method || t === T.function || t === T.weakref || t === T.property;
}

/** `T.copy(x)` through the method descriptor, as copy.py's d[list] = list.copy does. */
function callTypeMethod(rt: Runtime, t: PyType, name: string, x: PyObject): PyObject {
  const m = t.dict.getStr(name);
  if (m instanceof PyMethodDescr) return m.fn(x, [], null);
  if (m === null) rt.raise(rt.t.AttributeError, `type object '${t.name}' has no attribute '${name}'`);
  return rt.call(m, [x]);
}

// ---- copy.copy ---------------------------------------------------------------------------

export function shallowCopy(rt: Runtime, x: PyObject): PyObject {
  const cls = x.type;
  if (isCopyImmutable(rt, cls)) { x.refcnt++; return x; }
  const T = rt.t;
  if (cls === T.list || cls === T.dict || cls === T.set || cls === T.bytearray) return callTypeMethod(rt, cls, 'copy', x);
  if (cls.isSubtypeOf(T.type)) { x.refcnt++; return x; }
  const copier = getAttrOrNull(rt, cls, '__copy__');
  if (copier !== null) {
    try { return rt.call(copier, [x]); } finally { rt.decref(copier); }
  }
  const rv = reduce(rt, x, 'un(shallow)copyable');
  try {
    if (rv instanceof PyStr) { x.refcnt++; return x; }
    return reconstructFrom(rt, x, null, rv);
  } finally {
    rt.decref(rv);
  }
}

// ---- the reduce protocol -------------------------------------------------------------------

/** x.__reduce_ex__(4) (new reference): native for what object.__reduce_ex__ covers, else the user's hooks. */
function reduce(rt: Runtime, x: PyObject, what: string): PyObject {
  const cls = x.type;
  const objectReduceEx = rt.t.object.dict.getStr('__reduce_ex__');
  const objectReduce = rt.t.object.dict.getStr('__reduce__');
  const rex = cls.lookup('__reduce_ex__');
  if (rex !== null && rex !== objectReduceEx) {
    const f = getAttr(rt, x, '__reduce_ex__');
    const four = rt.newInt(4);
    try { return rt.call(f, [four]); } finally { rt.decref(four); rt.decref(f); }
  }
  const red = cls.lookup('__reduce__');
  if (rex === null && red === null) rt.raise(copyErrorType(rt), `${what} object of type ${rt.repr(cls)}`);
  if (red !== null && red !== objectReduce) {
    const f = getAttr(rt, x, '__reduce__');
    try { return rt.call(f, []); } finally { rt.decref(f); }
  }
  return reduceNewobj(rt, x);
}

/** object.__reduce_ex__(4) -> reduce_newobj: (copyreg.__newobj__, (cls, *newargs), state, listitems, dictitems). */
function reduceNewobj(rt: Runtime, x: PyObject): PyObject {
  const cls = x.type;
  const T = rt.t;
  if (cls === T.set || cls === T.frozenset || (x instanceof PySet)) return reduceSet(rt, x);
  if (!cls.heap && cls !== T.object && cls.layout !== 'object') {
    rt.typeError(`cannot pickle '${cls.name}' object`);
  }
  const newobj = newobjCallable(rt);
  const newargs: PyObject[] = [cls];
  cls.refcnt++;
  const base = nativeBaseValue(rt, x);
  if (base !== null) newargs.push(base);
  const state = getState(rt, x);
  const listitems = x instanceof PyList ? getIter(rt, x) : (rt.None.refcnt++, rt.None);
  const dictitems = x instanceof PyDict ? rt.dictIter(x, 'items') : (rt.None.refcnt++, rt.None);
  return rt.newTuple([newobj, rt.newTuple(newargs), state, listitems, dictitems]);
}

/** set.__reduce__: (type(x), (list(x),), state). */
function reduceSet(rt: Runtime, x: PyObject): PyObject {
  const items = rt.iterate(x);
  const lst = rt.newList(items);
  x.type.refcnt++;
  return rt.newTuple([x.type, rt.newTuple([lst]), getState(rt, x)]);
}

/** __getnewargs__ of int, float, str, bytes, complex and tuple subclasses: the base-type value. */
function nativeBaseValue(rt: Runtime, x: PyObject): PyObject | null {
  const T = rt.t;
  for (const b of [T.int, T.float, T.str, T.bytes, T.complex, T.tuple]) {
    if (x.type !== b && x.type.isSubtypeOf(b)) return rt.call(b, [x]);
  }
  return null;
}

/** object.__getstate__ (object_getstate_default): the __dict__ itself or None, plus a dict of set slots. */
function getState(rt: Runtime, x: PyObject): PyObject {
  const gs = x.type.lookup('__getstate__');
  if (gs !== null && gs !== rt.t.object.dict.getStr('__getstate__')) {
    const f = getAttr(rt, x, '__getstate__');
    try { return rt.call(f, []); } finally { rt.decref(f); }
  }
  let state: PyObject;
  const d = rt.instanceDictOf(x) ?? (x as unknown as { dict?: PyDict | null }).dict ?? null;
  if (d === null || d.used === 0) {
    state = rt.none();
  } else {
    state = getAttr(rt, x, '__dict__');
  }
  const slotIndex = x.type.slotIndex;
  if (slotIndex !== null && slotIndex.size > 0 && x instanceof PyInstance && x.slots !== null) {
    const slots = newDict(rt);
    for (const [name, i] of slotIndex) {
      const v = x.slots[i];
      if (v !== null && v !== undefined) dictSetStr(rt, slots, name, v);
    }
    if (slots.used > 0) return rt.newTuple([state, slots]);
    rt.decref(slots);
  }
  return state;
}

const NEWOBJ = new WeakMap<Runtime, PyObject>();

/** copyreg.__newobj__(cls, *args) = cls.__new__(cls, *args). */
function newobjCallable(rt: Runtime): PyObject {
  let f = NEWOBJ.get(rt);
  if (f === undefined) {
    f = withStaticAllocation(rt, () => {
      const b = newBuiltin(rt, '__newobj__', (args) => {
        const cls = args[0]!;
        const nw = getAttr(rt, cls, '__new__');
        try { return rt.call(nw, args); } finally { rt.decref(nw); }
      }, 'copyreg');
      return b;
    });
    NEWOBJ.set(rt, f);
  }
  f.refcnt++;
  return f;
}

/** _reconstruct(x, memo, *rv) */
function reconstructFrom(rt: Runtime, x: PyObject, memo: PyObject | null, rv: PyObject): PyObject {
  if (!(rv instanceof PyTuple)) rt.typeError('__reduce__ must return a string or tuple');
  const parts = rv.items;
  if (parts.length < 2 || parts.length > 5) rt.typeError(`_reconstruct() takes from 4 to 7 positional arguments but ${parts.length + 2} were given`);
  const [func, args0, state0, listiter, dictiter] = [parts[0]!, parts[1]!, parts[2] ?? rt.None, parts[3] ?? rt.None, parts[4] ?? rt.None];
  const deep = memo !== null;
  let args = args0;
  args.refcnt++;
  let y: PyObject;
  try {
    if (deep && rt.truthy(args)) {
      const c = deepcopy(rt, args, memo);
      rt.decref(args);
      args = c;
    }
    const argv = rt.iterate(args);
    try { y = rt.call(func, argv); } finally { for (const a of argv) rt.decref(a); }
  } finally {
    rt.decref(args);
  }
  try {
    if (deep) memoSet(rt, memo, x, y);
    if (state0 !== rt.None) {
      let state = state0;
      state.refcnt++;
      try {
        if (deep) { const c = deepcopy(rt, state, memo); rt.decref(state); state = c; }
        setState(rt, y, state);
      } finally {
        rt.decref(state);
      }
    }
    if (listiter !== rt.None) {
      const it = getIter(rt, listiter);
      try {
        for (let item = iterNext(rt, it); item !== null; item = iterNext(rt, it)) {
          try {
            const v = deep ? deepcopy(rt, item, memo) : (item.refcnt++, item);
            try { appendTo(rt, y, v); } finally { rt.decref(v); }
          } finally { rt.decref(item); }
        }
      } finally { rt.decref(it); }
    }
    if (dictiter !== rt.None) {
      const it = getIter(rt, dictiter);
      try {
        for (let pair = iterNext(rt, it); pair !== null; pair = iterNext(rt, it)) {
          try {
            const [k0, v0] = rt.iterate(pair) as [PyObject, PyObject];
            try {
              const k = deep ? deepcopy(rt, k0, memo) : (k0.refcnt++, k0);
              try {
                const v = deep ? deepcopy(rt, v0, memo) : (v0.refcnt++, v0);
                try { setItem(rt, y, k, v); } finally { rt.decref(v); }
              } finally { rt.decref(k); }
            } finally { rt.decref(k0); rt.decref(v0); }
          } finally { rt.decref(pair); }
        }
      } finally { rt.decref(it); }
    }
  } catch (e) {
    rt.decref(y);
    throw e;
  }
  return y;
}

function appendTo(rt: Runtime, y: PyObject, v: PyObject): void {
  if (y.type === rt.t.list) { listAppendImpl(rt, y as PyList, v); return; }
  const f = getAttr(rt, y, 'append');
  try { rt.decref(rt.call(f, [v])); } finally { rt.decref(f); }
}

/** The state step of _reconstruct: __setstate__, or __dict__.update(state) and setattr for slot state. */
function setState(rt: Runtime, y: PyObject, state: PyObject): void {
  const ss = getAttrOrNull(rt, y, '__setstate__');
  if (ss !== null) {
    try { rt.decref(rt.call(ss, [state])); } finally { rt.decref(ss); }
    return;
  }
  let dictState: PyObject = state;
  let slotState: PyObject | null = null;
  if (state instanceof PyTuple && state.items.length === 2) {
    dictState = state.items[0]!;
    slotState = state.items[1]!;
  }
  if (dictState !== rt.None) {
    const yd = getAttr(rt, y, '__dict__');
    try {
      if (!(yd instanceof PyDict)) rt.typeError(`'${yd.type.name}' object has no attribute 'update'`);
      rt.dictUpdate(yd, dictState);
    } finally { rt.decref(yd); }
  }
  if (slotState !== null && slotState !== rt.None) {
    if (!(slotState instanceof PyDict)) rt.raise(rt.t.AttributeError, `'${slotState.type.name}' object has no attribute 'items'`);
    for (const [k, v] of dictItems(slotState)) setAttr(rt, y, (k as PyStr).v, v);
  }
}

// ---- copy.deepcopy ----------------------------------------------------------------------------

function idKey(rt: Runtime, o: PyObject): PyInt {
  return rt.newInt(o.addr) as PyInt;
}

/** memo.get(id(x)) as a new reference, or null. */
function memoGet(rt: Runtime, memo: PyObject, x: PyObject): PyObject | null {
  const k = idKey(rt, x);
  try {
    if (memo instanceof PyDict) {
      const v = dictGet(rt, memo, k);
      if (v !== null) v.refcnt++;
      return v;
    }
    const g = getAttr(rt, memo, 'get');
    const nil = rt.newSentinel();
    try {
      const v = rt.call(g, [k, nil]);
      if (v === nil) { rt.decref(v); return null; }
      return v;
    } finally { rt.decref(g); rt.decref(nil); }
  } finally {
    rt.decref(k);
  }
}

/** memo[id(x)] = y */
function memoSet(rt: Runtime, memo: PyObject, x: PyObject, y: PyObject): void {
  const k = idKey(rt, x);
  try {
    if (memo instanceof PyDict) dictSet(rt, memo, k, y);
    else setItem(rt, memo, k, y);
  } finally { rt.decref(k); }
}

/** _keep_alive: memo[id(memo)].append(x), creating the list the first time. */
function keepAlive(rt: Runtime, x: PyObject, memo: PyObject): void {
  const lst = memoGet(rt, memo, memo);
  if (lst !== null) {
    try { appendTo(rt, lst, x); } finally { rt.decref(lst); }
    return;
  }
  x.refcnt++;
  const l = rt.newList([x]);
  try { memoSet(rt, memo, memo, l); } finally { rt.decref(l); }
}

export function deepcopy(rt: Runtime, x: PyObject, memoIn: PyObject | null): PyObject {
  const memo: PyObject = memoIn ?? newDict(rt);
  try {
    const found = memoGet(rt, memo, x);
    if (found !== null) return found;
    const cls = x.type;
    const T = rt.t;
    let y: PyObject;
    if (isDeepAtomic(rt, cls)) {
      x.refcnt++;
      y = x;
    } else if (cls === T.list) {
      y = deepcopyList(rt, x as PyList, memo);
    } else if (cls === T.tuple) {
      y = deepcopyTuple(rt, x as PyTuple, memo);
    } else if (cls === T.dict) {
      y = deepcopyDict(rt, x as PyDict, memo);
    } else if (cls === T.method) {
      const m = x as PyMethod;
      const self = deepcopy(rt, m.self, memo);
      try { y = rt.call(cls, [m.func, self]); } finally { rt.decref(self); }
    } else if (cls.isSubtypeOf(T.type)) {
      x.refcnt++;
      y = x;
    } else {
      const copier = getAttrOrNull(rt, x, '__deepcopy__');
      if (copier !== null) {
        try { y = rt.call(copier, [memo]); } finally { rt.decref(copier); }
      } else {
        const rv = reduce(rt, x, 'un(deep)copyable');
        try {
          if (rv instanceof PyStr) { x.refcnt++; y = x; } else y = reconstructFrom(rt, x, memo, rv);
        } finally { rt.decref(rv); }
      }
    }
    if (y !== x) {
      try {
        memoSet(rt, memo, x, y);
        keepAlive(rt, x, memo);
      } catch (e) { rt.decref(y); throw e; }
    }
    return y;
  } finally {
    if (memoIn === null) rt.decref(memo);
  }
}

function deepcopyList(rt: Runtime, x: PyList, memo: PyObject): PyObject {
  const y = newEmptyList(rt);
  try {
    memoSet(rt, memo, x, y);
    for (let i = 0; i < x.items.length; i++) {
      const a = x.items[i]!;
      a.refcnt++;
      try {
        const c = deepcopy(rt, a, memo);
        listAppendImpl(rt, y, c);
        rt.decref(c);
      } finally { rt.decref(a); }
    }
  } catch (e) { rt.decref(y); throw e; }
  return y;
}

function deepcopyTuple(rt: Runtime, x: PyTuple, memo: PyObject): PyObject {
  const ys: PyObject[] = [];
  try {
    for (const a of x.items) ys.push(deepcopy(rt, a, memo));
    // A recursive structure may have put the tuple's copy in the memo meanwhile.
    const found = memoGet(rt, memo, x);
    if (found !== null) { for (const v of ys) rt.decref(v); return found; }
  } catch (e) {
    for (const v of ys) rt.decref(v);
    throw e;
  }
  let same = true;
  for (let i = 0; i < ys.length; i++) if (ys[i] !== x.items[i]) { same = false; break; }
  if (same) {
    for (const v of ys) rt.decref(v);
    x.refcnt++;
    return x;
  }
  return rt.newTuple(ys);
}

function deepcopyDict(rt: Runtime, x: PyDict, memo: PyObject): PyObject {
  const y = newDict(rt);
  try {
    memoSet(rt, memo, x, y);
    for (const [k0, v0] of dictItems(x)) {
      k0.refcnt++;
      v0.refcnt++;
      try {
        const k = deepcopy(rt, k0, memo);
        try {
          const v = deepcopy(rt, v0, memo);
          try { dictSet(rt, y, k, v); } finally { rt.decref(v); }
        } finally { rt.decref(k); }
      } finally { rt.decref(k0); rt.decref(v0); }
    }
  } catch (e) { rt.decref(y); throw e; }
  return y;
}

