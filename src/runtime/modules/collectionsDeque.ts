// collections.deque. cf. Modules/_collectionsmodule.c (3.11).
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
import { defMethod, defGetSet, checkArgCount, noKw } from '../objects/native';
import { dictSetStr } from '../objects/dictops';
import { getIter, iterNext, richCompareBool } from '../vm/abstract';
import {
  makeType, allocNative, NIter, installNIter, releaseSubclassDict, traverseSubclassDict, clinicArgs, ssizeArg, isPyExc,
  defClassGetitem, stopIteration,
} from './nativeTypes';

const BLOCKLEN = 64;
const CENTER = 31;
const MAXFREEBLOCKS = 16;
const BLOCK_BYTES = 528;
const DEQUE_BASICSIZE = 216;

/** A JS ring of items with cheap operations at both ends. */
class Ring {
  private a: Array<PyObject | undefined> = [];
  private h = 0;
  get length(): number { return this.a.length - this.h; }
  get(i: number): PyObject { return this.a[this.h + i]!; }
  set(i: number, v: PyObject): void { this.a[this.h + i] = v; }
  pushRight(v: PyObject): void { this.a.push(v); }
  popRight(): PyObject {
    const v = this.a.pop()!;
    if (this.a.length === this.h) { this.a = []; this.h = 0; }
    return v;
  }
  pushLeft(v: PyObject): void {
    if (this.h === 0) {
      const slack = Math.max(16, this.a.length);
      this.a = (new Array<PyObject | undefined>(slack)).concat(this.a);
      this.h = slack;
    }
    this.a[--this.h] = v;
  }
  popLeft(): PyObject {
    const v = this.a[this.h]!;
    this.a[this.h++] = undefined;
    if (this.h === this.a.length) { this.a = []; this.h = 0; } else if (this.h > 256 && this.h * 2 > this.a.length) { this.a = this.a.slice(this.h); this.h = 0; }
    return v;
  }
  toArray(): PyObject[] { return this.a.slice(this.h) as PyObject[]; }
  takeAll(): PyObject[] { const r = this.toArray(); this.a = []; this.h = 0; return r; }
  reverse(): void { const r = this.toArray().reverse(); this.a = r; this.h = 0; }
}

export class PyDeque extends PyObject {
  items = new Ring();
  leftindex = CENTER + 1;
  rightindex = CENTER;
  /** Block addresses, left to right. */
  blocks: number[] = [];
  freeblocks: number[] = [];
  state = 0;
  maxlen = -1;
  get size(): number { return this.items.length; }
}

interface DequeTypes { deque: PyType; iter: PyType; reviter: PyType }
const TYPES = new WeakMap<Runtime, DequeTypes>();

function newblock(rt: Runtime, d: PyDeque): number {
  const b = d.freeblocks.pop();
  return b !== undefined ? b : rt.allocRaw(BLOCK_BYTES);
}

function freeblock(rt: Runtime, d: PyDeque, b: number): void {
  if (d.freeblocks.length < MAXFREEBLOCKS) d.freeblocks.push(b);
  else rt.freeRaw(b);
}

/** deque_new: the object, then its first block. */
export function dequeNew(rt: Runtime, type: PyType): PyDeque {
  const d = allocNative(rt, new PyDeque(type), type, DEQUE_BASICSIZE);
  d.blocks.push(newblock(rt, d));
  return d;
}

export function dequePop(rt: Runtime, d: PyDeque): PyObject {
  if (d.size === 0) rt.raise(rt.t.IndexError, 'pop from an empty deque');
  const item = d.items.popRight();
  d.rightindex--;
  d.state++;
  if (d.rightindex < 0) {
    if (d.size > 0) {
      freeblock(rt, d, d.blocks.pop()!);
      d.rightindex = BLOCKLEN - 1;
    } else {
      d.leftindex = CENTER + 1;
      d.rightindex = CENTER;
    }
  }
  return item;
}

export function dequePopleft(rt: Runtime, d: PyDeque): PyObject {
  if (d.size === 0) rt.raise(rt.t.IndexError, 'pop from an empty deque');
  const item = d.items.popLeft();
  d.leftindex++;
  d.state++;
  if (d.leftindex === BLOCKLEN) {
    if (d.size > 0) {
      freeblock(rt, d, d.blocks.shift()!);
      d.leftindex = 0;
    } else {
      d.leftindex = CENTER + 1;
      d.rightindex = CENTER;
    }
  }
  return item;
}

/** deque_append_internal: steals `item`. */
export function dequeAppendInternal(rt: Runtime, d: PyDeque, item: PyObject, maxlen: number): void {
  if (d.rightindex === BLOCKLEN - 1) {
    d.blocks.push(newblock(rt, d));
    d.rightindex = -1;
  }
  d.rightindex++;
  d.items.pushRight(item);
  if (maxlen >= 0 && d.size > maxlen) rt.decref(dequePopleft(rt, d));
  else d.state++;
}

function dequeAppendleftInternal(rt: Runtime, d: PyDeque, item: PyObject, maxlen: number): void {
  if (d.leftindex === 0) {
    d.blocks.unshift(newblock(rt, d));
    d.leftindex = BLOCKLEN;
  }
  d.leftindex--;
  d.items.pushLeft(item);
  if (maxlen >= 0 && d.size > maxlen) rt.decref(dequePop(rt, d));
  else d.state++;
}

function consume(rt: Runtime, it: PyObject): void {
  try { for (;;) { const x = iterNext(rt, it); if (x === null) break; rt.decref(x); } } finally { rt.decref(it); }
}

export function dequeExtend(rt: Runtime, d: PyDeque, iterable: PyObject, left = false): void {
  if (iterable === d) {
    const s = rt.newList(d.items.toArray().map((x) => { x.refcnt++; return x; }));
    try { dequeExtend(rt, d, s, left); } finally { rt.decref(s); }
    return;
  }
  const it = getIter(rt, iterable);
  const maxlen = d.maxlen;
  if (maxlen === 0) { consume(rt, it); return; }
  if (d.size === 0) {
    if (left) { d.leftindex = BLOCKLEN - 1; d.rightindex = BLOCKLEN - 2; } else { d.leftindex = 1; d.rightindex = 0; }
  }
  try {
    for (;;) {
      const item = iterNext(rt, it);
      if (item === null) break;
      if (left) dequeAppendleftInternal(rt, d, item, maxlen); else dequeAppendInternal(rt, d, item, maxlen);
    }
  } finally { rt.decref(it); }
}

/** deque_clear: swap in a fresh block first (decrefs may re-enter), then release the old items and blocks. */
export function dequeClear(rt: Runtime, d: PyDeque): void {
  const n = d.size;
  if (n === 0) return;
  const b = newblock(rt, d);
  const oldBlocks = d.blocks;
  const leftindex = d.leftindex;
  const items = d.items.takeAll();
  d.blocks = [b];
  d.leftindex = CENTER + 1;
  d.rightindex = CENTER;
  d.state++;
  let blk = 0;
  let pos = leftindex;
  for (const item of items) {
    if (pos === BLOCKLEN) { freeblock(rt, d, oldBlocks[blk]); blk++; pos = 0; }
    pos++;
    rt.decref(item);
  }
  freeblock(rt, d, oldBlocks[blk]);
}

/** _deque_rotate, moving items between the ends as the C code moves pointers between blocks. */
export function dequeRotate(rt: Runtime, d: PyDeque, nIn: number): void {
  const len = d.size;
  const halflen = len >> 1;
  if (len <= 1) return;
  let n = nIn;
  if (n > halflen || n < -halflen) {
    n %= len;
    if (n > halflen) n -= len;
    else if (n < -halflen) n += len;
  }
  d.state++;
  let b: number | null = null;
  let leftindex = d.leftindex;
  let rightindex = d.rightindex;
  const items = d.items;
  while (n > 0) {
    if (leftindex === 0) {
      if (b === null) b = newblock(rt, d);
      d.blocks.unshift(b);
      leftindex = BLOCKLEN;
      b = null;
    }
    let m = n;
    if (m > rightindex + 1) m = rightindex + 1;
    if (m > leftindex) m = leftindex;
    rightindex -= m;
    leftindex -= m;
    n -= m;
    const moved: PyObject[] = [];
    for (let k = 0; k < m; k++) moved.push(items.popRight());
    for (const x of moved) items.pushLeft(x);
    if (rightindex < 0) {
      b = d.blocks.pop()!;
      rightindex = BLOCKLEN - 1;
    }
  }
  while (n < 0) {
    if (rightindex === BLOCKLEN - 1) {
      if (b === null) b = newblock(rt, d);
      d.blocks.push(b);
      rightindex = -1;
      b = null;
    }
    let m = -n;
    if (m > BLOCKLEN - leftindex) m = BLOCKLEN - leftindex;
    if (m > BLOCKLEN - 1 - rightindex) m = BLOCKLEN - 1 - rightindex;
    leftindex += m;
    rightindex += m;
    n += m;
    for (let k = 0; k < m; k++) items.pushRight(items.popLeft());
    if (leftindex === BLOCKLEN) {
      b = d.blocks.shift()!;
      leftindex = 0;
    }
  }
  if (b !== null) freeblock(rt, d, b);
  d.leftindex = leftindex;
  d.rightindex = rightindex;
}

function delItem(rt: Runtime, d: PyDeque, i: number): void {
  dequeRotate(rt, d, -i);
  const item = dequePopleft(rt, d);
  dequeRotate(rt, d, i);
  rt.decref(item);
}

/** deque_copy */
export function dequeCopy(rt: Runtime, d: PyDeque): PyObject {
  const T = TYPES.get(rt)!;
  if (d.type === T.deque) {
    const nd = dequeNew(rt, T.deque);
    nd.maxlen = d.maxlen;
    try {
      if (d.size === 1) { const x = d.items.get(0); x.refcnt++; dequeAppendInternal(rt, nd, x, nd.maxlen); }
      else dequeExtend(rt, nd, d);
    } catch (e) { rt.decref(nd); throw e; }
    return nd;
  }
  const args = d.maxlen < 0 ? [d] : [d, rt.newInt(d.maxlen)];
  let r: PyObject;
  try { r = rt.call(d.type, args); } finally { if (args.length > 1) rt.decref(args[1]); }
  if (!(r instanceof PyDeque)) { const n = r.type.name; rt.decref(r); rt.typeError(`${d.type.name}() must return a deque, not ${n}`); }
  return r;
}

function inplaceRepeat(rt: Runtime, d: PyDeque, nIn: number): PyObject {
  let n = nIn;
  const size = d.size;
  if (size === 0 || n === 1) { d.refcnt++; return d; }
  if (n <= 0) { dequeClear(rt, d); d.refcnt++; return d; }
  if (size === 1) {
    const item = d.items.get(0);
    if (d.maxlen >= 0 && n > d.maxlen) n = d.maxlen;
    d.state++;
    for (let i = 0; i < n - 1;) {
      if (d.rightindex === BLOCKLEN - 1) { d.blocks.push(newblock(rt, d)); d.rightindex = -1; }
      let m = n - 1 - i;
      if (m > BLOCKLEN - 1 - d.rightindex) m = BLOCKLEN - 1 - d.rightindex;
      i += m;
      while (m-- > 0) { d.rightindex++; item.refcnt++; d.items.pushRight(item); }
    }
    d.refcnt++;
    return d;
  }
  if (size * n > 1e8) rt.memoryError();
  const seq = rt.newList(d.items.toArray().map((x) => { x.refcnt++; return x; }));
  try {
    if (d.maxlen >= 0 && n * size > d.maxlen) n = Math.floor((d.maxlen + size - 1) / size);
    for (let i = 0; i < n - 1; i++) dequeExtend(rt, d, seq);
  } finally { rt.decref(seq); }
  d.refcnt++;
  return d;
}

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

export function makeDequeTypes(rt: Runtime): DequeTypes {
  const D = makeType(rt, 'collections', 'deque', { basicsize: DEQUE_BASICSIZE, doc: 'deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.' });
  const iter = makeType(rt, '_collections', '_deque_iterator', { basicsize: 56, baseType: false });
  const reviter = makeType(rt, '_collections', '_deque_reverse_iterator', { basicsize: 56, baseType: false });
  TYPES.set(rt, { deque: D, iter, reviter });
  installNIter(rt, iter);
  installNIter(rt, reviter);
  for (const t of [iter, reviter]) defMethod(t, '__length_hint__', (self) => rt.newInt((self as DequeIter).counter));

  D.traverse = (o, visit) => { for (const x of (o as PyDeque).items.toArray()) visit(x); traverseSubclassDict(o, visit); };
  D.clear = (o) => dequeClear(rt, o as PyDeque);
  D.dealloc = (o) => {
    const d = o as PyDeque;
    dequeClear(rt, d);
    for (const b of d.blocks) freeblock(rt, d, b);
    d.blocks = [];
    for (const b of d.freeblocks) rt.freeRaw(b);
    d.freeblocks = [];
    releaseSubclassDict(rt, o);
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
  void stopIteration;
  return { deque: D, iter, reviter };
}
