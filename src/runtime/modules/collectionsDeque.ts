// collections.deque: the type, its methods and iterators. cf. Modules/_collectionsmodule.c (3.11).
//
// The items live in a JS ring; the C block structure is modelled exactly for
// memory: 64-slot blocks of 528 bytes (leftlink + 64 pointers + rightlink) taken
// from the system allocator or from the deque's own cache of up to 16 free blocks,
// leftindex/rightindex moving as the C code moves them (centre 32/31 when empty,
// 1/0 before extend, 63/62 before extendleft, rotate reusing emptied blocks), so
// sys.getsizeof (216 + 528 * blocks) and the block traffic match CPython. `state`
// changes on every mutation the C code counts, which is what makes iterators
// raise "deque mutated during iteration".

import { PyObject } from '../objects/object';
import { PyType, type KwArgs } from '../objects/type';
import { PyInt, PyList } from '../objects/core';
import type { Runtime } from '../runtime';
import { defMethod, defGetSet, checkArgCount, noKw, markSequenceSlots } from '../objects/native';
import { dictSetStr } from '../objects/dictops';
import { iterNext, richCompareBool } from '../vm/abstract';
import {
  PyDeque, DEQUE_TYPE, BLOCKLEN, BLOCK_BYTES, DEQUE_BASICSIZE, dequeNew, dequePop, dequePopleft, dequeAppendInternal,
  dequeAppendleftInternal, dequeExtend, dequeClear, dequeRotate, delItem, dequeCopy, inplaceRepeat, freeblock,
} from './collectionsDequeCore';
import {
  makeType, allocNative, NIter, installNIter, clinicArgs, ssizeArg, isPyExc,
  defClassGetitem,
} from './nativeTypes';

/** Index argument of __getitem__/__setitem__/__delitem__ (the sequence protocol's rules). */
function seqIndex(rt: Runtime, d: PyDeque, k: PyObject): number {
  if (!(k instanceof PyInt) && k.type.lookup('__index__') === null) rt.typeError(`sequence index must be integer, not '${k.type.name}'`);
  let i: number;
  try { i = ssizeArg(rt, k); } catch (e) {
    if (isPyExc(rt, e, rt.t.OverflowError)) { rt.decref(e.exc); rt.raise(rt.t.IndexError, `cannot fit '${k.type.name}' into an index-sized integer`); }
    throw e;
  }
  if (i < 0) i += d.size;
  if (i < 0 || i >= d.size) rt.raise(rt.t.IndexError, 'deque index out of range');
  return i;
}

/** PyObject_RichCompareBool(item, v, Py_EQ) with the item kept alive during the comparison. */
function eqItem(rt: Runtime, item: PyObject, v: PyObject): boolean {
  item.refcnt++;
  try { return richCompareBool(rt, item, v, 2); } finally { rt.decref(item); }
}

class DequeIter extends NIter {
  pos = 0;
  state = 0;
  counter = 0;
}

function makeIter(rt: Runtime, type: PyType, d: PyDeque, reverse: boolean): DequeIter {
  const it = allocNative(rt, new DequeIter(type, 1), type, 56);
  d.refcnt++;
  it.s[0] = d;
  it.state = d.state;
  it.counter = d.size;
  it.pos = reverse ? d.size - 1 : 0;
  it.next = reverse ? () => {
    if (it.counter === 0) return null;
    if (d.state !== it.state) { it.counter = 0; rt.raise(rt.t.RuntimeError, 'deque mutated during iteration'); }
    const item = d.items.get(it.pos);
    it.pos--;
    it.counter--;
    item.refcnt++;
    return item;
  } : () => {
    if (d.state !== it.state) { it.counter = 0; rt.raise(rt.t.RuntimeError, 'deque mutated during iteration'); }
    if (it.counter === 0) return null;
    const item = d.items.get(it.pos);
    it.pos++;
    it.counter--;
    item.refcnt++;
    return item;
  };
  return it;
}

interface DequeTypes { deque: PyType; iter: PyType; reviter: PyType }

export function makeDequeTypes(rt: Runtime): DequeTypes {
  const D = makeType(rt, 'collections', 'deque', { basicsize: DEQUE_BASICSIZE, weakref: true, doc: 'deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.' });
  const iter = makeType(rt, '_collections', '_deque_iterator', { basicsize: 56, baseType: false });
  const reviter = makeType(rt, '_collections', '_deque_reverse_iterator', { basicsize: 56, baseType: false });
  DEQUE_TYPE.set(rt, D);
  installNIter(rt, iter);
  installNIter(rt, reviter);
  for (const t of [iter, reviter]) defMethod(t, '__length_hint__', (self) => rt.newInt((self as DequeIter).counter));

  D.traverse = (o, visit) => { for (const x of (o as PyDeque).items.toArray()) visit(x); };
  D.clear = (o) => dequeClear(rt, o as PyDeque);
  D.dealloc = (o) => {
    const d = o as PyDeque;
    dequeClear(rt, d);
    for (const b of d.blocks) freeblock(rt, d, b);
    d.blocks = [];
    for (const b of d.freeblocks) rt.freeRaw(b);
    d.freeblocks = [];
  };
  D.sizeof = (o) => {
    const d = o as PyDeque;
    return o.type.basicsize + Math.floor((d.leftindex + d.size + BLOCKLEN - 1) / BLOCKLEN) * BLOCK_BYTES;
  };
  D.newFn = (type) => dequeNew(rt, type);
  const self = (o: PyObject) => o as PyDeque;
  defMethod(D, '__init__', (o, args, kw) => {
    const d = self(o);
    let iterable: PyObject | null; let maxlenObj: PyObject | null;
    if ((kw === null || kw.length === 0) && args.length <= 2) { iterable = args[0] ?? null; maxlenObj = args[1] ?? null; }
    else [iterable, maxlenObj] = clinicArgs(rt, 'deque', args, kw, ['iterable?', 'maxlen?'], true);
    let maxlen = -1;
    if (maxlenObj !== null && maxlenObj !== rt.None) {
      if (!(maxlenObj instanceof PyInt)) rt.typeError('an integer is required');
      maxlen = ssizeArg(rt, maxlenObj);
      if (maxlen < 0) rt.valueError('maxlen must be non-negative');
    }
    d.maxlen = maxlen;
    if (d.size > 0) dequeClear(rt, d);
    if (iterable !== null) dequeExtend(rt, d, iterable);
    return rt.none();
  });
  const one = (name: string, args: PyObject[], kw: KwArgs) => { noKw(rt, name, kw); if (args.length !== 1) rt.typeError(`deque.${name}() takes exactly one argument (${args.length} given)`); return args[0]; };
  const none = (name: string, args: PyObject[], kw: KwArgs) => { noKw(rt, name, kw); if (args.length !== 0) rt.typeError(`deque.${name}() takes no arguments (${args.length} given)`); };
  defMethod(D, 'append', (o, args, kw) => { const x = one('append', args, kw); x.refcnt++; dequeAppendInternal(rt, self(o), x, self(o).maxlen); return rt.none(); });
  defMethod(D, 'appendleft', (o, args, kw) => { const x = one('appendleft', args, kw); x.refcnt++; dequeAppendleftInternal(rt, self(o), x, self(o).maxlen); return rt.none(); });
  defMethod(D, 'pop', (o, args, kw) => { none('pop', args, kw); return dequePop(rt, self(o)); });
  defMethod(D, 'popleft', (o, args, kw) => { none('popleft', args, kw); return dequePopleft(rt, self(o)); });
  defMethod(D, 'extend', (o, args, kw) => { dequeExtend(rt, self(o), one('extend', args, kw)); return rt.none(); });
  defMethod(D, 'extendleft', (o, args, kw) => { dequeExtend(rt, self(o), one('extendleft', args, kw), true); return rt.none(); });
  defMethod(D, 'clear', (o, args, kw) => { none('clear', args, kw); dequeClear(rt, self(o)); return rt.none(); });
  defMethod(D, 'copy', (o, args, kw) => { none('copy', args, kw); return dequeCopy(rt, self(o)); });
  defMethod(D, '__copy__', (o) => dequeCopy(rt, self(o)));
  defMethod(D, 'count', (o, args, kw) => {
    const v = one('count', args, kw);
    const d = self(o);
    const start = d.state;
    let count = 0;
    for (let i = 0, n = d.size; i < n; i++) {
      if (eqItem(rt, d.items.get(i), v)) count++;
      if (start !== d.state) rt.raise(rt.t.RuntimeError, 'deque mutated during iteration');
    }
    return rt.newInt(count);
  });
  defMethod(D, '__contains__', (o, args) => {
    const d = self(o);
    const start = d.state;
    for (let i = 0, n = d.size; i < n; i++) {
      if (eqItem(rt, d.items.get(i), args[0])) return rt.newBool(true);
      if (start !== d.state) rt.raise(rt.t.RuntimeError, 'deque mutated during iteration');
    }
    return rt.newBool(false);
  });
  defMethod(D, 'index', (o, args, kw) => {
    noKw(rt, 'index', kw);
    if (args.length < 1) rt.typeError(`index expected at least 1 argument, got ${args.length}`);
    if (args.length > 3) rt.typeError(`index expected at most 3 arguments, got ${args.length}`);
    const d = self(o);
    const sliceIdx = (x: PyObject) => {
      if (!(x instanceof PyInt) && x.type.lookup('__index__') === null) rt.typeError('slice indices must be integers or have an __index__ method');
      const big = rt.indexValue(x);
      return big > 9223372036854775807n ? Number.MAX_SAFE_INTEGER : big < -9223372036854775808n ? -Number.MAX_SAFE_INTEGER : Number(big);
    };
    let start = args.length > 1 ? sliceIdx(args[1]) : 0;
    let stop = args.length > 2 ? sliceIdx(args[2]) : d.size;
    if (start < 0) { start += d.size; if (start < 0) start = 0; }
    if (stop < 0) { stop += d.size; if (stop < 0) stop = 0; }
    if (stop > d.size) stop = d.size;
    if (start > stop) start = stop;
    const st = d.state;
    for (let i = start; i < stop; i++) {
      const item = d.items.get(i);
      if (richCompareBool(rt, item, args[0], 2)) return rt.newInt(i);
      if (st !== d.state) rt.raise(rt.t.RuntimeError, 'deque mutated during iteration');
    }
    rt.valueError(`${rt.repr(args[0])} is not in deque`);
  });
  defMethod(D, 'insert', (o, args, kw) => {
    noKw(rt, 'insert', kw);
    if (args.length !== 2) rt.typeError(`insert expected 2 arguments, got ${args.length}`);
    const d = self(o);
    const index = ssizeArg(rt, args[0]);
    const value = args[1];
    const n = d.size;
    if (d.maxlen === n) rt.raise(rt.t.IndexError, 'deque already at its maximum size');
    value.refcnt++;
    if (index >= n) { dequeAppendInternal(rt, d, value, d.maxlen); return rt.none(); }
    if (index <= -n || index === 0) { dequeAppendleftInternal(rt, d, value, d.maxlen); return rt.none(); }
    dequeRotate(rt, d, -index);
    if (index < 0) dequeAppendInternal(rt, d, value, d.maxlen); else dequeAppendleftInternal(rt, d, value, d.maxlen);
    dequeRotate(rt, d, index);
    return rt.none();
  });
  defMethod(D, 'remove', (o, args, kw) => {
    const v = one('remove', args, kw);
    const d = self(o);
    const start = d.state;
    const n = d.size;
    let i = 0;
    for (; i < n; i++) {
      const eq = eqItem(rt, d.items.get(i), v);
      if (start !== d.state) rt.raise(rt.t.IndexError, 'deque mutated during iteration');
      if (eq) break;
    }
    if (i === n) rt.valueError(`${rt.repr(v)} is not in deque`);
    delItem(rt, d, i);
    return rt.none();
  });
  defMethod(D, 'reverse', (o, args, kw) => { none('reverse', args, kw); self(o).items.reverse(); return rt.none(); });
  defMethod(D, 'rotate', (o, args, kw) => {
    noKw(rt, 'rotate', kw);
    checkArgCount(rt, 'deque.rotate', args, 0, 1);
    dequeRotate(rt, self(o), args.length > 0 ? ssizeArg(rt, args[0]) : 1);
    return rt.none();
  });
  defMethod(D, '__len__', (o) => rt.newInt(self(o).size));
  defMethod(D, '__getitem__', (o, args) => {
    const d = self(o);
    const item = d.items.get(seqIndex(rt, d, args[0]));
    item.refcnt++;
    return item;
  });
  defMethod(D, '__setitem__', (o, args) => {
    const d = self(o);
    const i = seqIndex(rt, d, args[0]);
    const old = d.items.get(i);
    args[1].refcnt++;
    d.items.set(i, args[1]);
    rt.decref(old);
    return rt.none();
  });
  defMethod(D, '__delitem__', (o, args) => { const d = self(o); delItem(rt, d, seqIndex(rt, d, args[0])); return rt.none(); });
  defMethod(D, '__iter__', (o) => makeIter(rt, iter, self(o), false));
  defMethod(D, '__reversed__', (o) => makeIter(rt, reviter, self(o), true));
  defMethod(D, '__repr__', (o) => {
    const d = self(o);
    if (rt.reprEnter(o)) return rt.newStr('[...]');
    try {
      const l = rt.newList(d.items.toArray().map((x) => { x.refcnt++; return x; })) as PyList;
      let s: string;
      try { s = rt.repr(l); } finally { rt.decref(l); }
      return rt.newStr(d.maxlen >= 0 ? `${o.type.name}(${s}, maxlen=${d.maxlen})` : `${o.type.name}(${s})`);
    } finally { rt.reprLeave(o); }
  });
  ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => defMethod(D, name, (o, args) => {
    const w = args[0];
    if (!(w instanceof PyDeque)) return rt.notImplemented();
    const v = self(o);
    if (op === 2 || op === 3) {
      if (v === w) return rt.newBool(op === 2);
      if (v.size !== w.size) return rt.newBool(op === 3);
    }
    const it1 = makeIter(rt, iter, v, false);
    const it2 = makeIter(rt, iter, w, false);
    try {
      for (;;) {
        const x = iterNext(rt, it1);
        const y = iterNext(rt, it2);
        if (x === null || y === null) {
          if (x !== null) rt.decref(x);
          if (y !== null) rt.decref(y);
          const r = [y !== null, x === null, x === y, x !== y, x !== null, y === null][op];
          return rt.newBool(r);
        }
        try {
          if (!richCompareBool(rt, x, y, 2)) return rt.newBool(richCompareBool(rt, x, y, op));
        } finally { rt.decref(x); rt.decref(y); }
      }
    } finally { rt.decref(it1); rt.decref(it2); }
  }));
  dictSetStr(rt, D.dict, '__hash__', rt.None);
  defMethod(D, '__add__', (o, args) => {
    const other = args[0];
    if (!(other instanceof PyDeque)) rt.typeError(`can only concatenate deque (not "${other.type.name}") to deque`);
    const nd = dequeCopy(rt, self(o)) as PyDeque;
    try { dequeExtend(rt, nd, other); } catch (e) { rt.decref(nd); throw e; }
    return nd;
  });
  const repeatArg = (x: PyObject) => {
    if (!(x instanceof PyInt) && x.type.lookup('__index__') === null) rt.typeError(`can't multiply sequence by non-int of type '${x.type.name}'`);
    const v = rt.indexValue(x);
    return v > 1000000000n ? 1000000000 : v < 0n ? 0 : Number(v);
  };
  const mul = (o: PyObject, args: PyObject[]) => {
    const n = repeatArg(args[0]);
    const nd = dequeCopy(rt, self(o)) as PyDeque;
    try { const r = inplaceRepeat(rt, nd, n); rt.decref(r); } catch (e) { rt.decref(nd); throw e; }
    return nd;
  };
  defMethod(D, '__mul__', mul);
  defMethod(D, '__rmul__', mul);
  defMethod(D, '__iadd__', (o, args) => { dequeExtend(rt, self(o), args[0]); o.refcnt++; return o; });
  defMethod(D, '__imul__', (o, args) => inplaceRepeat(rt, self(o), repeatArg(args[0])));
  markSequenceSlots(D, '__add__', '__mul__', '__rmul__', '__iadd__', '__imul__');
  defGetSet(D, 'maxlen', (o) => (self(o).maxlen < 0 ? rt.none() : rt.newInt(self(o).maxlen)));
  defMethod(D, '__sizeof__', (o) => rt.newInt(D.sizeof!(o)));
  defMethod(D, '__reduce__', (o) => {
    const d = self(o);
    const state = rt.getAttrOrNull(o, '__dict__') ?? rt.none();
    const it = makeIter(rt, iter, d, false);
    o.type.refcnt++;
    const args = d.maxlen < 0 ? rt.newTuple([]) : rt.newTuple([rt.newTuple([]), rt.newInt(d.maxlen)]);
    return rt.newTuple([o.type, args, state, it]);
  });
  defClassGetitem(D);
  return { deque: D, iter, reviter };
}
