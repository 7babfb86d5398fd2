// The index-based iterators of str, bytes and bytearray (str_ascii_iterator,
// str_iterator, bytes_iterator, bytearray_iterator): next, __length_hint__,
// __reduce__, __setstate__. The iterator drops its sequence when exhausted.
// cf. Objects/unicodeobject.c unicodeiter_*, Objects/bytesobject.c striter_*,
// Objects/bytearrayobject.c bytearrayiter_*.

import type { PyObject } from './object';
import type { PyIter } from './core';
import type { Runtime } from '../runtime';
import { defMethod } from './native';
import { ssizeArg } from './strmethods-args';

interface SeqIterState {
  i: number;
  /** The current length of the sequence (live for bytearray). */
  len: () => number;
  done: boolean;
}

const STATE = new WeakMap<PyObject, SeqIterState>();

/** A new iterator over `seq` yielding item(i) for i < len(). */
export function newSeqIter(rt: Runtime, typeName: string, seq: PyObject, len: () => number, item: (i: number) => PyObject): PyIter {
  const st: SeqIterState = { i: 0, len, done: false };
  // Exhausted, newNativeIter's iterator drops the sequence (it_seq = NULL) and stays exhausted.
  const it = rt.newNativeIter(typeName, () => {
    if (!st.done) {
      if (st.i < st.len()) return item(st.i++);
      st.done = true;
    }
    return null;
  }, [seq], 32);
  STATE.set(it, st);
  return it;
}

/** __length_hint__, __reduce__ and __setstate__ for an iterator type; `empty` is what an exhausted one reduces to. */
export function installSeqIterType(rt: Runtime, typeName: string, empty: () => PyObject): void {
  const t = rt.t[typeName] ?? rt.makeIterType(typeName);
  defMethod(t, '__length_hint__', (self) => {
    const st = STATE.get(self);
    return rt.newInt(st === undefined || st.done ? 0 : Math.max(0, st.len() - st.i));
  });
  defMethod(t, '__reduce__', (self) => {
    const st = STATE.get(self);
    const iterFn = rt.builtins.getStr('iter') ?? rt.None;
    iterFn.refcnt++;
    const it = self as PyIter;
    if (st !== undefined && !st.done && it.refs.length > 0) {
      const seq = it.refs[0];
      seq.refcnt++;
      return rt.newTuple([iterFn, rt.newTuple([seq]), rt.newInt(st.i)]);
    }
    return rt.newTuple([iterFn, rt.newTuple([empty()])]);
  });
  defMethod(t, '__setstate__', (self, args) => {
    if (args.length !== 1) rt.typeError(`${typeName}.__setstate__() takes exactly one argument (${args.length} given)`);
    let index = ssizeArg(rt, args[0]);
    const st = STATE.get(self);
    if (st !== undefined && !st.done) {
      if (index < 0) index = 0;
      else if (index > st.len()) index = st.len();
      st.i = index;
    }
    return rt.none();
  });
}
