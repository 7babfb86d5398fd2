// Core behaviour of list, tuple and dict (the methods the eval loop and the
// builtins rely on), plus the GC hooks (traverse/clear/dealloc) of the container
// and function types. cf. Objects/listobject.c, tupleobject.c, dictobject.c.

import { installModuleType } from './moduleObject';
import type { PyObject } from './object';
import { PyRaise } from './object';
import { PyType, type KwArgs } from './type';
import { PyDict } from './dict';
import { PyList, PyTuple, PyInt, PyStr, PySlice, PyIter, PyFunction, PyMethod, PyCell, PyCodeObj, PyException, PyTraceback, PyBuiltin, PyWrapper, PyProperty, PyModule, PySet, PyGetSetDescr, PySlotDescr } from './core';
import type { Runtime } from '../runtime';
import { defMethod, parseArgs, noKw, checkArgCount, markSequenceSlots } from './native';
import { listAppendImpl, listExtendImpl, listDealloc, newListFrom, newEmptyList, listResize, setCapacity, listClear } from './list';
import { dictSet, dictDel, dictGet, dictItems, dictClear, newDict, dictSizeof, dictLookup } from './dictops';
import { richCompare, richCompareBool, iterateToArray, hashObject, hashObjectBig, getIter, iterNext } from '../vm/abstract';
import { setMembers, setDealloc, setSizeof } from './set';
import { indexOrNull, ssizeArg } from './strmethods-args';
import { listSetSlice, listDelSlice } from './listslice';

function idx(rt: Runtime, k: PyObject, len: number, what: string): number {
  let i: number;
  if (k instanceof PyInt) i = Number(k.v);
  else {
    if (k.type.lookup('__index__') === null) rt.typeError(`${what} indices must be integers or slices, not ${k.type.name}`);
    i = Number(rt.indexValue(k));
  }
  if (i < 0) i += len;
  return i;
}

/** PySlice_GetIndicesEx: start, stop, step, slicelength. */
/** The native iterator types with a __length_hint__ (the rest have none, as in CPython). */
const LENGTH_HINTED: ReadonlySet<string> = new Set(['list_iterator', 'list_reverseiterator', 'tuple_iterator', 'range_iterator', 'longrange_iterator']);

export function sliceIndices(rt: Runtime, s: PySlice, len: number): [number, number, number, number] {
  const num = (o: PyObject, def: number): number => {
    if (o === rt.None) return def;
    if (!(o instanceof PyInt)) {
      const r = rt.callSpecialMethod(o, '__index__', []);
      if (r === null) rt.typeError('slice indices must be integers or None or have an __index__ method');
      const v = Number((r as PyInt).v); rt.decref(r); return v;
    }
    return Number(o.v);
  };
  const step = num(s.step, 1);
  if (step === 0) rt.valueError('slice step cannot be zero');
  let start: number; let stop: number;
  if (step > 0) {
    start = num(s.start, 0); stop = num(s.stop, len);
    if (start < 0) start = Math.max(0, start + len); else start = Math.min(start, len);
    if (stop < 0) stop = Math.max(0, stop + len); else stop = Math.min(stop, len);
  } else {
    start = num(s.start, len - 1); stop = num(s.stop, -len - 1);
    if (start < 0) start = Math.max(-1, start + len); else start = Math.min(start, len - 1);
    if (stop < 0) stop = Math.max(-1, stop + len); else stop = Math.min(stop, len - 1);
  }
  let n = 0;
  if (step > 0 && start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  if (step < 0 && stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  return [start, stop, step, n];
}

/** The count of sq_repeat called through its wrapper: PyNumber_AsSsize_t, negatives as 0. */
function repeatCount(rt: Runtime, o: PyObject): number {
  const v = rt.indexValue(o);
  if (v > 9223372036854775807n || v < -9223372036854775808n) rt.raise(rt.t.OverflowError, `cannot fit '${o.type.name}' into an index-sized integer`);
  return v < 0n ? 0 : Number(v);
}

/** A Py_ssize_t argument (clinic's _PyNumber_Index + PyLong_AsSsize_t). */
function ssizeIndex(rt: Runtime, o: PyObject): number {
  const v = rt.indexValue(o);
  if (v > 9223372036854775807n || v < -9223372036854775808n) rt.raise(rt.t.OverflowError, 'Python int too large to convert to C ssize_t');
  return Number(v);
}

function sliceItems(rt: Runtime, items: PyObject[], s: PySlice): PyObject[] {
  const [start, , step, n] = sliceIndices(rt, s, items.length);
  const out: PyObject[] = [];
  for (let i = 0, j = start; i < n; i++, j += step) { items[j].refcnt++; out.push(items[j]); }
  return out;
}

function seqRepr(rt: Runtime, items: PyObject[], open: string, close: string, self: PyObject): PyObject {
  if (rt.reprEnter(self)) return rt.newStr(open + '...' + close);
  try {
    const parts = items.slice().map((x) => rt.repr(x));
    if (open === '(' && items.length === 1) return rt.newStr(`(${parts[0]},)`);
    return rt.newStr(open + parts.join(', ') + close);
  } finally { rt.reprLeave(self); }
}

function seqCompare(rt: Runtime, a: PyObject[], b: PyObject[], op: number): PyObject {
  if ((op === 2 || op === 3) && a.length !== b.length) return rt.newBool(op === 3);
  let i = 0;
  for (; i < a.length && i < b.length; i++) {
    if (a[i] === b[i]) continue;
    if (!richCompareBool(rt, a[i], b[i], 2)) break;
  }
  if (i >= a.length || i >= b.length) {
    const la = a.length; const lb = b.length;
    const r = [la < lb, la <= lb, la === lb, la !== lb, la > lb, la >= lb][op];
    return rt.newBool(r);
  }
  if (op === 2) return rt.newBool(false);
  if (op === 3) return rt.newBool(true);
  return rt.newBool(richCompareBool(rt, a[i], b[i], op));
}

export function installContainers(rt: Runtime): void {
  const L = rt.t.list;
  const T = rt.t.tuple;
  const D = rt.t.dict;
  const CMP = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

  // ---- list
  L.dealloc = listDealloc;
  L.traverse = (o, visit) => { for (const x of (o as PyList).items) visit(x); };
  L.clear = (o) => listClear(rt, o as PyList); // list_tp_clear -> _list_clear
  L.sizeof = (o) => o.type.basicsize + 8 * (o as PyList).allocated;
  L.newFn = (type, args) => {
    const l = type === rt.t.list ? newEmptyList(rt) : rt.newSubclassInstance(type, new PyList(type, []), 40) as PyList;
    return l;
  };
  defMethod(L, '__init__', (self, args, kw) => {
    noKw(rt, 'list', kw);
    checkArgCount(rt, 'list', args, 0, 1);
    // cf. Objects/listobject.c list___init___impl (3.11): empty the list, then list_extend, which gets
    // the iterator first and only then the length hint (so __iter__ runs before __len__, once each).
    const l = self as PyList;
    if (l.itemsAddr !== 0) listClear(rt, l);
    if (args.length === 1) listExtendImpl(rt, l, args[0], false);
    return rt.none();
  });
  defMethod(L, '__repr__', (self) => seqRepr(rt, (self as PyList).items, '[', ']', self));
  defMethod(L, '__len__', (self) => rt.newInt((self as PyList).items.length));
  defMethod(L, '__getitem__', (self, args) => {
    const items = (self as PyList).items;
    const k = args[0];
    if (k instanceof PySlice) return newListFrom(rt, sliceItems(rt, items, k));
    const i = idx(rt, k, items.length, 'list');
    if (i < 0 || i >= items.length) rt.raise(rt.t.IndexError, 'list index out of range');
    items[i].refcnt++;
    return items[i];
  });
  defMethod(L, '__setitem__', (self, args) => {
    const l = self as PyList;
    const k = args[0]; const v = args[1];
    if (k instanceof PySlice) { listSetSlice(rt, l, k, v); return rt.none(); }
    const i = idx(rt, k, l.items.length, 'list');
    if (i < 0 || i >= l.items.length) rt.raise(rt.t.IndexError, 'list assignment index out of range');
    v.refcnt++;
    const old = l.items[i];
    l.items[i] = v;
    rt.decref(old);
    return rt.none();
  });
  defMethod(L, '__delitem__', (self, args) => {
    const l = self as PyList;
    const k = args[0];
    if (k instanceof PySlice) { listDelSlice(rt, l, k); return rt.none(); }
    const i = idx(rt, k, l.items.length, 'list');
    if (i < 0 || i >= l.items.length) rt.raise(rt.t.IndexError, 'list assignment index out of range');
    const [old] = l.items.splice(i, 1);
    listResize(rt, l, l.items.length);
    rt.decref(old);
    return rt.none();
  });
  defMethod(L, '__iter__', (self) => {
    const l = self as PyList;
    let i = 0;
    const it = rt.newNativeIter('list_iterator', () => {
      if (i < l.items.length) { const v = l.items[i++]; v.refcnt++; return v; }
      i = Infinity;
      return null;
    }, [l], 32);
    it.lengthHint = () => Math.max(0, l.items.length - i);
    return it;
  });
  defMethod(L, '__reversed__', (self) => {
    const l = self as PyList;
    let i = l.items.length - 1;
    const it = rt.newNativeIter('list_reverseiterator', () => {
      if (i >= 0 && i < l.items.length) { const v = l.items[i--]; v.refcnt++; return v; }
      i = -1;
      return null;
    }, [l], 32);
    it.lengthHint = () => (i >= 0 && i < l.items.length ? i + 1 : 0);
    return it;
  });
  defMethod(L, '__contains__', (self, args) => {
    for (const x of (self as PyList).items.slice()) if (x === args[0] || richCompareBool(rt, x, args[0], 2)) return rt.newBool(true);
    return rt.newBool(false);
  });
  CMP.forEach((n, op) => defMethod(L, n, (self, args) => {
    if (!args[0].type.isSubtypeOf(rt.t.list)) return rt.notImplemented();
    return seqCompare(rt, (self as PyList).items, (args[0] as PyList).items, op);
  }));
  defMethod(L, '__add__', (self, args) => {
    const o = args[0];
    if (!o.type.isSubtypeOf(rt.t.list)) rt.typeError(`can only concatenate list (not "${o.type.name}") to list`);
    const items = [...(self as PyList).items, ...(o as PyList).items];
    for (const x of items) x.refcnt++;
    return newListFrom(rt, items);
  });
  defMethod(L, '__iadd__', (self, args) => { listExtendImpl(rt, self as PyList, args[0], false); self.refcnt++; return self; });
  // sq_repeat (list_repeat): BINARY_OP passes an int; a direct call converts with __index__.
  const mul = (self: PyObject, args: PyObject[]) => {
    const items = (self as PyList).items;
    const count = repeatCount(rt, args[0]);
    if (items.length * count > 1e8) rt.memoryError();
    const out: PyObject[] = [];
    for (let c = 0; c < count; c++) for (const x of items) { x.refcnt++; out.push(x); }
    return newListFrom(rt, out);
  };
  defMethod(L, '__mul__', mul);
  defMethod(L, '__rmul__', mul);
  defMethod(L, '__imul__', (self, args) => {
    const l = self as PyList;
    const n = repeatCount(rt, args[0]);
    if (l.items.length * n > 1e8) rt.memoryError();
    const items = l.items.slice();
    if (n === 0) listClear(rt, l);
    else {
      listResize(rt, l, items.length * n);
      for (let c = 1; c < n; c++) for (const x of items) { x.refcnt++; l.items.push(x); }
    }
    self.refcnt++;
    return self;
  });
  markSequenceSlots(L, '__add__', '__iadd__', '__mul__', '__rmul__', '__imul__');
  defMethod(L, 'append', (self, args) => { checkArgCount(rt, 'list.append()', args, 1, 1); listAppendImpl(rt, self as PyList, args[0]); return rt.none(); });
  defMethod(L, 'extend', (self, args) => { listExtendImpl(rt, self as PyList, args[0], false); return rt.none(); });
  // cf. Objects/listobject.c list_pop_impl (clinic: index: Py_ssize_t = -1, positional-only).
  defMethod(L, 'pop', (self, args, kw) => {
    noKw(rt, 'pop', kw);
    checkArgCount(rt, 'pop', args, 0, 1);
    const l = self as PyList;
    let i = args.length > 0 ? ssizeIndex(rt, args[0]) : -1;
    if (l.items.length === 0) rt.raise(rt.t.IndexError, 'pop from empty list');
    if (i < 0) i += l.items.length;
    if (i < 0 || i >= l.items.length) rt.raise(rt.t.IndexError, 'pop index out of range');
    const [v] = l.items.splice(i, 1);
    listResize(rt, l, l.items.length);
    return v;
  });
  defMethod(L, 'insert', (self, args) => {
    checkArgCount(rt, 'insert', args, 2, 2);
    const l = self as PyList;
    let i = ssizeArg(rt, args[0]);
    const n = l.items.length;
    if (i < 0) i = Math.max(0, i + n); else i = Math.min(i, n);
    listResize(rt, l, n + 1);
    args[1].refcnt++;
    l.items.splice(i, 0, args[1]);
    return rt.none();
  });
  defMethod(L, 'clear', (self) => { listClear(rt, self as PyList); return rt.none(); });
  defMethod(L, 'copy', (self) => { const items = (self as PyList).items.slice(); for (const x of items) x.refcnt++; return newListFrom(rt, items); });
  // cf. listobject.c list_index_impl / tupleobject.c tuple_index_impl: index(value, start=0,
  // stop=sys.maxsize, /), the bounds converted by _PyEval_SliceIndexNotNone.
  const indexBound = (o: PyObject): number => {
    const v = indexOrNull(rt, o);
    if (v === null) rt.typeError('slice indices must be integers or have an __index__ method');
    return v > 0x7fffffffffffffffn ? Number.MAX_SAFE_INTEGER : v < -0x8000000000000000n ? -Number.MAX_SAFE_INTEGER : Number(v);
  };
  const seqIndex = (name: string, items: PyObject[], args: PyObject[], kw: KwArgs): number => {
    if (kw !== null && kw.length > 0) rt.typeError(`${name}.index() takes no keyword arguments`);
    checkArgCount(rt, 'index', args, 1, 3);
    let start = args.length > 1 ? indexBound(args[1]) : 0;
    let stop = args.length > 2 ? indexBound(args[2]) : Number.MAX_SAFE_INTEGER;
    if (start < 0) start = Math.max(0, start + items.length);
    if (stop < 0) stop += items.length;
    for (let i = start; i < stop && i < items.length; i++) {
      const obj = items[i];
      obj.refcnt++;
      try { if (obj === args[0] || richCompareBool(rt, obj, args[0], 2)) return i; } finally { rt.decref(obj); }
    }
    return -1;
  };
  defMethod(L, 'index', (self, args, kw) => {
    const i = seqIndex('list', (self as PyList).items, args, kw);
    if (i < 0) rt.valueError(`${rt.repr(args[0])} is not in list`);
    return rt.newInt(i);
  });
  defMethod(L, 'count', (self, args) => {
    let c = 0;
    for (const x of (self as PyList).items.slice()) if (x === args[0] || richCompareBool(rt, x, args[0], 2)) c++;
    return rt.newInt(c);
  });
  defMethod(L, 'remove', (self, args) => {
    const l = self as PyList;
    for (let i = 0; i < l.items.length; i++) {
      if (l.items[i] === args[0] || richCompareBool(rt, l.items[i], args[0], 2)) {
        const [v] = l.items.splice(i, 1);
        listResize(rt, l, l.items.length);
        rt.decref(v);
        return rt.none();
      }
    }
    rt.valueError('list.remove(x): x not in list');
  });
  defMethod(L, 'reverse', (self) => { (self as PyList).items.reverse(); return rt.none(); });
  defMethod(L, 'sort', (self, args, kw) => {
    const [key, reverse] = parseArgs(rt, 'sort', args, kw, ['*', 'key?', 'reverse?']);
    rt.sortList(self as PyList, key !== null && key !== rt.None ? key : null, reverse !== null && rt.truthy(reverse));
    return rt.none();
  });
  L.dict.getStr('__hash__') ?? dictSetNone(rt, L, '__hash__');

  // ---- tuple
  T.traverse = (o, visit) => { for (const x of (o as PyTuple).items) visit(x); };
  T.dealloc = (o) => { const t = o as PyTuple; const items = t.items; for (let i = items.length - 1; i >= 0; i--) rt.decref(items[i]); };
  T.sizeof = (o) => o.type.basicsize + 8 * (o as PyTuple).items.length;
  T.newFn = (type, args, kw) => {
    noKw(rt, 'tuple', kw);
    checkArgCount(rt, 'tuple', args, 0, 1);
    const items = args.length ? iterateToArray(rt, args[0]) : [];
    if (type === rt.t.tuple) {
      if (args.length && args[0].type === rt.t.tuple) { for (const x of items) rt.decref(x); args[0].refcnt++; return args[0]; }
      return rt.newTuple(items);
    }
    return rt.newSubclassInstance(type, new PyTuple(type, items), 24 + 8 * items.length);
  };
  defMethod(T, '__repr__', (self) => seqRepr(rt, (self as PyTuple).items, '(', ')', self));
  defMethod(T, '__len__', (self) => rt.newInt((self as PyTuple).items.length));
  defMethod(T, '__getitem__', (self, args) => {
    const items = (self as PyTuple).items;
    const k = args[0];
    if (k instanceof PySlice) {
      // cf. tupleobject.c tuplesubscript: t[:] / t[0:len:1] of an exact tuple is the tuple itself.
      const [start, , step, n] = sliceIndices(rt, k, items.length);
      if (start === 0 && step === 1 && n === items.length && self.type === rt.t.tuple) { self.refcnt++; return self; }
      return rt.newTuple(sliceItems(rt, items, k));
    }
    const i = idx(rt, k, items.length, 'tuple');
    if (i < 0 || i >= items.length) rt.raise(rt.t.IndexError, 'tuple index out of range');
    items[i].refcnt++;
    return items[i];
  });
  defMethod(T, '__iter__', (self) => {
    const t = self as PyTuple;
    let i = 0;
    const it = rt.newNativeIter('tuple_iterator', () => {
      if (i < t.items.length) { const v = t.items[i++]; v.refcnt++; return v; }
      i = Infinity;
      return null;
    }, [t], 32);
    it.lengthHint = () => Math.max(0, t.items.length - i);
    return it;
  });
  defMethod(T, '__contains__', (self, args) => {
    for (const x of (self as PyTuple).items) if (x === args[0] || richCompareBool(rt, x, args[0], 2)) return rt.newBool(true);
    return rt.newBool(false);
  });
  CMP.forEach((n, op) => defMethod(T, n, (self, args) => {
    if (!args[0].type.isSubtypeOf(rt.t.tuple)) return rt.notImplemented();
    return seqCompare(rt, (self as PyTuple).items, (args[0] as PyTuple).items, op);
  }));
  defMethod(T, '__hash__', (self) => rt.newInt(tupleHash(rt, self as PyTuple)));
  defMethod(T, '__add__', (self, args) => {
    const o = args[0];
    if (!o.type.isSubtypeOf(rt.t.tuple)) rt.typeError(`can only concatenate tuple (not "${o.type.name}") to tuple`);
    // cf. Objects/tupleobject.c tupleconcat: an empty operand gives the other exact tuple back.
    if ((o as PyTuple).items.length === 0 && self.type === rt.t.tuple) { self.refcnt++; return self; }
    if ((self as PyTuple).items.length === 0 && o.type === rt.t.tuple) { o.refcnt++; return o; }
    const items = [...(self as PyTuple).items, ...(o as PyTuple).items];
    for (const x of items) x.refcnt++;
    return rt.newTuple(items);
  });
  const tmul = (self: PyObject, args: PyObject[]) => {
    const items = (self as PyTuple).items;
    const count = repeatCount(rt, args[0]);
    if (items.length * count > 1e8) rt.memoryError();
    if (count === 1 && self.type === rt.t.tuple) { self.refcnt++; return self; }
    const out: PyObject[] = [];
    for (let c = 0; c < count; c++) for (const x of items) { x.refcnt++; out.push(x); }
    return rt.newTuple(out);
  };
  defMethod(T, '__mul__', tmul);
  defMethod(T, '__rmul__', tmul);
  markSequenceSlots(T, '__add__', '__mul__', '__rmul__');
  defMethod(T, 'index', (self, args, kw) => {
    const i = seqIndex('tuple', (self as PyTuple).items, args, kw);
    if (i < 0) rt.valueError('tuple.index(x): x not in tuple');
    return rt.newInt(i);
  });
  defMethod(T, 'count', (self, args) => {
    let c = 0;
    for (const x of (self as PyTuple).items) if (x === args[0] || richCompareBool(rt, x, args[0], 2)) c++;
    return rt.newInt(c);
  });
  defMethod(T, '__getnewargs__', (self) => { const items = (self as PyTuple).items.slice(); for (const x of items) x.refcnt++; return rt.newTuple([rt.newTuple(items)]); });

  // ---- dict
  // cf. Objects/dictobject.c dict_traverse: values only for split and str-keyed tables (their keys
  // are strings), else each value then its key.
  D.traverse = (o, visit) => {
    const d = o as PyDict;
    const keysToo = !d.split && !d.unicodeKeys;
    for (let i = 0; i < d.keys.length; i++) {
      const k = d.keys[i];
      if (k !== null) { visit(d.values[i]!); if (keysToo) visit(k); }
    }
  };
  D.dealloc = (o) => { dictClear(rt, o as PyDict); };
  D.clear = (o) => { dictClear(rt, o as PyDict); };
  D.sizeof = (o) => dictSizeof(o as PyDict);
  D.newFn = (type) => (type === rt.t.dict ? newDict(rt) : rt.newSubclassInstance(type, new PyDict(type), 48));
  defMethod(D, '__init__', (self, args, kw) => {
    checkArgCount(rt, 'dict', args, 0, 1);
    if (args.length === 1) rt.dictUpdate(self as PyDict, args[0]);
    for (const [k, v] of kw ?? []) { const ks = rt.newStr(k); dictSet(rt, self as PyDict, ks, v); rt.decref(ks); }
    return rt.none();
  });
  defMethod(D, '__repr__', (self) => {
    const d = self as PyDict;
    if (rt.reprEnter(self)) return rt.newStr('{...}');
    try {
      const parts = dictItems(d).map(([k, v]) => `${rt.repr(k)}: ${rt.repr(v)}`);
      return rt.newStr('{' + parts.join(', ') + '}');
    } finally { rt.reprLeave(self); }
  });
  defMethod(D, '__len__', (self) => rt.newInt((self as PyDict).used));
  defMethod(D, '__getitem__', (self, args) => {
    const v = dictGet(rt, self as PyDict, args[0]);
    if (v !== null) { v.refcnt++; return v; }
    if (self.type !== rt.t.dict) {
      const miss = rt.callSpecialMethod(self, '__missing__', [args[0]]);
      if (miss !== null) return miss;
    }
    rt.raiseKeyError(args[0]);
  });
  defMethod(D, '__setitem__', (self, args) => { dictSet(rt, self as PyDict, args[0], args[1]); return rt.none(); });
  defMethod(D, '__delitem__', (self, args) => { if (!dictDel(rt, self as PyDict, args[0])) rt.raiseKeyError(args[0]); return rt.none(); });
  defMethod(D, '__contains__', (self, args) => rt.newBool(dictLookup(rt, self as PyDict, args[0]) >= 0));
  defMethod(D, '__iter__', (self) => rt.dictIter(self as PyDict, 'keys'));
  defMethod(D, '__eq__', (self, args) => {
    const o = args[0];
    if (!(o instanceof PyDict)) return rt.notImplemented();
    const a = self as PyDict;
    if (a.used !== o.used) return rt.newBool(false);
    for (const [k, v] of dictItems(a)) {
      const w = dictGet(rt, o, k);
      if (w === null || !(w === v || richCompareBool(rt, v, w, 2))) return rt.newBool(false);
    }
    return rt.newBool(true);
  });
  defMethod(D, '__ne__', (self, args) => {
    const r = rt.callSpecialMethod(self, '__eq__', [args[0]])!;
    if (r === rt.NotImplemented) return r;
    const b = r === rt.True;
    rt.decref(r);
    return rt.newBool(!b);
  });
  dictSetNone(rt, D, '__hash__');
  dictSetNone(rt, L, '__hash__');
  defMethod(D, 'get', (self, args) => {
    checkArgCount(rt, 'get', args, 1, 2);
    const v = dictGet(rt, self as PyDict, args[0]);
    const r = v ?? (args[1] ?? rt.None);
    r.refcnt++;
    return r;
  });
  defMethod(D, 'keys', (self) => rt.dictView(self as PyDict, 'keys'));
  defMethod(D, 'values', (self) => rt.dictView(self as PyDict, 'values'));
  defMethod(D, 'items', (self) => rt.dictView(self as PyDict, 'items'));

  // ---- functions, methods, cells, code, tracebacks, exceptions: GC hooks
  const F = rt.t.function;
  F.traverse = (o, visit) => {
    const f = o as PyFunction;
    visit(f.codeObj); visit(f.globals);
    if (f.defaults) visit(f.defaults); if (f.kwdefaults) visit(f.kwdefaults); if (f.closure) visit(f.closure);
    if (f.dict) visit(f.dict); if (f.annotations) visit(f.annotations); if (f.doc) visit(f.doc); if (f.module) visit(f.module);
  };
  F.clear = (o) => {
    const f = o as PyFunction;
    const parts = [f.defaults, f.kwdefaults, f.closure, f.dict, f.annotations, f.doc, f.module];
    f.defaults = null; f.kwdefaults = null; f.closure = null; f.dict = null; f.annotations = null; f.doc = null; f.module = null;
    for (const p of parts) if (p) rt.decref(p);
  };
  F.dealloc = (o) => {
    const f = o as PyFunction;
    F.clear!(o);
    rt.decref(f.codeObj); rt.decref(f.globals); rt.decref(f.builtins);
  };
  const M = rt.t.method;
  M.traverse = (o, visit) => { visit((o as PyMethod).func); visit((o as PyMethod).self); };
  M.dealloc = (o) => { rt.decref((o as PyMethod).func); rt.decref((o as PyMethod).self); };
  // Descriptors made for a heap type own a reference to it (d_type). cf. Objects/descrobject.c
  // descr_traverse / descr_dealloc. (Native types' descriptors are static and never freed.)
  for (const DT of [rt.t.getset_descriptor, rt.t.member_descriptor]) {
    DT.traverse = (o, visit) => visit((o as PyGetSetDescr | PySlotDescr).objclass);
    DT.dealloc = (o) => rt.decref((o as PyGetSetDescr | PySlotDescr).objclass);
  }
  // cf. Objects/typeobject.c type_is_gc: static types are not GC objects.
  rt.t.type.isGc = (o) => (o as PyType).heap && !(o as PyType).isStatic;
  const C = rt.t.cell;
  C.traverse = (o, visit) => { const r = (o as PyCell).ref; if (r) visit(r); };
  C.clear = (o) => { const c = o as PyCell; const r = c.ref; c.ref = null; if (r) rt.decref(r); };
  C.dealloc = C.clear;
  rt.t.code.dealloc = (o) => {
    const c = o as PyCodeObj;
    rt.decref(c.constsTuple);
    const names = c.names;
    c.names = [];
    for (const n of names) rt.decref(n);
  };
  const TB = rt.t.traceback;
  TB.traverse = (o, visit) => { const t = o as PyTraceback; if (t.next) visit(t.next); visit(t.frame); };
  TB.dealloc = (o) => { const t = o as PyTraceback; if (t.next) rt.decref(t.next); rt.decref(t.frame); };
  TB.clear = (o) => { const t = o as PyTraceback; const n = t.next; t.next = null; if (n) rt.decref(n); };
  for (const B of [rt.t.builtin_function_or_method, rt.t.method_wrapper]) {
    B.traverse = (o, visit) => { const b = o as PyBuiltin; if (b.self) visit(b.self); };
    B.dealloc = (o) => { const b = o as PyBuiltin; if (b.self) rt.decref(b.self); };
  }
  for (const W of [rt.t.classmethod, rt.t.staticmethod]) {
    W.traverse = (o, visit) => { visit((o as PyWrapper).callable); const d = (o as PyWrapper).dict; if (d) visit(d); };
    W.dealloc = (o) => { rt.decref((o as PyWrapper).callable); const d = (o as PyWrapper).dict; if (d) rt.decref(d); };
  }
  const P = rt.t.property;
  P.traverse = (o, visit) => { const p = o as PyProperty; for (const x of [p.fget, p.fset, p.fdel, p.doc, p.name]) if (x) visit(x); };
  P.dealloc = (o) => { const p = o as PyProperty; for (const x of [p.fget, p.fset, p.fdel, p.doc, p.name]) if (x) rt.decref(x); };
  installModuleType(rt);
  const S = rt.t.slice;
  S.dealloc = (o) => { const s = o as PySlice; rt.decref(s.start); rt.decref(s.stop); rt.decref(s.step); };
  S.traverse = (o, visit) => { const s = o as PySlice; visit(s.start); visit(s.stop); visit(s.step); };
  for (const ST of [rt.t.set, rt.t.frozenset]) {
    ST.dealloc = setDealloc;
    ST.traverse = (o, visit) => { for (const m of setMembers(o as PySet)) visit(m); };
    ST.clear = setDealloc;
    ST.sizeof = setSizeof;
  }
  const MP = rt.t.mappingproxy;
  MP.dealloc = (o) => rt.decref((o as PyObject & { mapping: PyDict }).mapping);
  MP.traverse = (o, visit) => visit((o as PyObject & { mapping: PyDict }).mapping);
  // mappingproxy(mapping) (cf. Objects/descrobject.c mappingproxy_new): a read-only view of a dict.
  MP.newFn = (_t, args, kw) => {
    const [m] = parseArgs(rt, 'mappingproxy', args, kw, ['mapping']);
    if (m instanceof PyDict) return rt.newMappingProxy(m);
    if (m!.type.lookup('keys') === null || m!.type.isSubtypeOf(rt.t.list) || m!.type.isSubtypeOf(rt.t.tuple)) {
      rt.typeError(`mappingproxy() argument must be a mapping, not ${m!.type.tpName}`);
    }
    rt.unsupported('mappingproxy of a mapping other than a dict', rt.frame?.lineno ?? 0);
  };
  defMethod(MP, '__getitem__', (self, args) => {
    const d = (self as PyObject & { mapping: PyDict }).mapping;
    const v = dictGet(rt, d, args[0]);
    if (v === null) rt.raiseKeyError(args[0]);
    v.refcnt++;
    return v;
  });
  defMethod(MP, '__len__', (self) => rt.newInt((self as PyObject & { mapping: PyDict }).mapping.used));
  defMethod(MP, '__iter__', (self) => rt.dictIter((self as PyObject & { mapping: PyDict }).mapping, 'keys'));
  defMethod(MP, '__contains__', (self, args) => rt.newBool(dictLookup(rt, (self as PyObject & { mapping: PyDict }).mapping, args[0]) >= 0));
  for (const n of ['keys', 'values', 'items']) defMethod(MP, n, (self) => rt.dictView((self as PyObject & { mapping: PyDict }).mapping, n as 'keys'));
  defMethod(MP, 'get', (self, args) => {
    const v = dictGet(rt, (self as PyObject & { mapping: PyDict }).mapping, args[0]) ?? (args[1] ?? rt.None);
    v.refcnt++;
    return v;
  });
  // cf. Objects/descrobject.c mappingproxy_richcompare: compare the underlying mapping.
  CMP.forEach((n, op) => defMethod(MP, n, (self, args) => richCompare(rt, (self as PyObject & { mapping: PyDict }).mapping, args[0], op)));
  defMethod(MP, '__repr__', (self) => rt.newStr(`mappingproxy(${rt.repr((self as PyObject & { mapping: PyDict }).mapping)})`));
  // cf. descrobject.c mappingproxy_str: str() of the mapping.
  defMethod(MP, '__str__', (self) => rt.strObj((self as PyObject & { mapping: PyDict }).mapping));

  rt.installIterBehaviour = (t: PyType) => {
    // tp_basicsize of each native iterator struct, given when it is made (no items).
    t.sizeof = (o) => (o instanceof PyIter ? o.sizeofBytes : t.basicsize);
    t.traverse = (o, visit) => { for (const r of (o as PyIter).refs) visit(r); };
    t.dealloc = (o) => { const it = o as PyIter; const refs = it.refs; it.refs = []; for (const r of refs) rt.decref(r); };
    defMethod(t, '__iter__', (self) => { self.refcnt++; return self; });
    // cf. listiter_len, listreviter_len, tupleiter_len, rangeiter_len, longrangeiter_len.
    if (LENGTH_HINTED.has(t.name)) defMethod(t, '__length_hint__', (self) => rt.newInt((self as PyIter).lengthHint?.() ?? 0));
    defMethod(t, '__next__', (self) => {
      const v = (self as PyIter).next();
      if (v === null) throw new PyRaise(rt.newException(rt.t.StopIteration, null));
      return v;
    });
  };
  rt.installIterBehaviour(rt.t.iterator);
  void getIter; void iterNext; void hashObject; void PyStr; void PyException;
}

function dictSetNone(rt: Runtime, t: PyType, name: string): null {
  const k = rt.internStr(name);
  dictSet(rt, t.dict, k, rt.None);
  rt.decref(k);
  return null;
}

/** tuplehash (xxHash-based, 3.8+), cf. Objects/tupleobject.c. */
export function tupleHash(rt: Runtime, t: PyTuple): bigint {
  const M = (1n << 64n) - 1n;
  const P1 = 11400714785074694791n;
  const P2 = 14029467366897019727n;
  const P5 = 2870177450012600261n;
  let acc = P5;
  for (const it of t.items) {
    let lane = hashObjectBig(rt, it);
    if (lane < 0n) lane += 1n << 64n;
    acc = (acc + lane * P2) & M;
    acc = ((acc << 31n) | (acc >> 33n)) & M;
    acc = (acc * P1) & M;
  }
  acc = (acc + (BigInt(t.items.length) ^ (P5 ^ 3527539n))) & M;
  if (acc === M) return 1546275796n;
  return BigInt.asIntN(64, acc);
}

export { PyStr, PyException, newListFrom };
