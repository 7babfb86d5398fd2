// collections.deque's storage and its C algorithms (Modules/_collectionsmodule.c,
// 3.11): the 64-slot block chain with its per-deque cache of 16 free blocks,
// append/pop at both ends, extend, clear, rotate, copy and in-place repeat. The
// type and its methods are in collectionsDeque.ts.

import { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';
import type { Runtime } from '../runtime';
import { getIter, iterNext } from '../vm/abstract';
import { allocNative } from './nativeTypes';

export const BLOCKLEN = 64;
const CENTER = 31;
const MAXFREEBLOCKS = 16;
export const BLOCK_BYTES = 528;
export const DEQUE_BASICSIZE = 216;

/** A JS ring of items with cheap operations at both ends. */
export class Ring {
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

/** The exact deque type of each runtime (deque_copy's fast path). */
export const DEQUE_TYPE = new WeakMap<Runtime, PyType>();

function newblock(rt: Runtime, d: PyDeque): number {
  const b = d.freeblocks.pop();
  return b !== undefined ? b : rt.allocRaw(BLOCK_BYTES);
}

export function freeblock(rt: Runtime, d: PyDeque, b: number): void {
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

export function dequeAppendleftInternal(rt: Runtime, d: PyDeque, item: PyObject, maxlen: number): void {
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

export function delItem(rt: Runtime, d: PyDeque, i: number): void {
  dequeRotate(rt, d, -i);
  const item = dequePopleft(rt, d);
  dequeRotate(rt, d, i);
  rt.decref(item);
}

/** deque_copy */
export function dequeCopy(rt: Runtime, d: PyDeque): PyObject {
  const dt = DEQUE_TYPE.get(rt)!;
  if (d.type === dt) {
    const nd = dequeNew(rt, dt);
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

export function inplaceRepeat(rt: Runtime, d: PyDeque, nIn: number): PyObject {
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

