// A Runtime with the text types installed, and the JSON value encoding the
// fixtures use (see gen-fixtures.py), for calling str/bytes/bytearray methods
// directly through their native descriptors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Runtime } from '../../../src/runtime/runtime';
import '../../../src/runtime/runtimeMethods';
import { BufferHost } from '../../../src/runtime/host';
import { PyObject, PyRaise } from '../../../src/runtime/objects/object';
import { PyType } from '../../../src/runtime/objects/type';
import { PyDict } from '../../../src/runtime/objects/dict';
import {
  PyStr, PyBytes, PyByteArray, PyInt, PyFloat, PyTuple, PyList, PyMethodDescr, PyException,
} from '../../../src/runtime/objects/core';
import { dictItems, dictSet, newDict } from '../../../src/runtime/objects/dictops';
import { getAttr } from '../../../src/runtime/vm/attributes';
import { floatRepr } from '../../../src/runtime/objects/format/double-to-string';
import { installStrType } from '../../../src/runtime/objects/str';
import { installBytesType } from '../../../src/runtime/objects/bytes';
import { installByteArrayType, newByteArray } from '../../../src/runtime/objects/bytearray';

export type Enc = null | boolean | { [k: string]: unknown };

export function loadFixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as T;
}

export function makeRuntime(): Runtime {
  const rt = new Runtime(new BufferHost());
  const was = rt.initializing;
  rt.initializing = true;
  if (rt.t.str.dict.getStr('split') === null) installStrType(rt);
  if (rt.t.bytes.dict.getStr('split') === null) installBytesType(rt);
  if (rt.t.bytearray.dict.getStr('split') === null) installByteArrayType(rt);
  rt.initializing = was;
  return rt;
}

function hexBytes(h: string): Uint8Array {
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function toHex(b: Uint8Array): string {
  let s = '';
  for (const c of b) s += (c < 16 ? '0' : '') + c.toString(16);
  return s;
}

/** A new reference for an encoded value. */
export function toPy(rt: Runtime, e: Enc): PyObject {
  if (e === null) return rt.none();
  if (e === true || e === false) return rt.newBool(e);
  const o = e as Record<string, unknown>;
  if ('s' in o) return rt.newStr(o.s as string);
  if ('b' in o) return rt.newBytes(hexBytes(o.b as string));
  if ('ba' in o) return newByteArray(rt, hexBytes(o.ba as string));
  if ('i' in o) return rt.newInt(BigInt(o.i as string));
  if ('f' in o) return rt.newFloat(Number(o.f as string));
  if ('t' in o) return rt.newTuple((o.t as Enc[]).map((x) => toPy(rt, x)));
  if ('l' in o) return rt.newList((o.l as Enc[]).map((x) => toPy(rt, x)));
  if ('d' in o) {
    const d = newDict(rt);
    for (const [k, v] of o.d as Array<[Enc, Enc]>) {
      const kk = toPy(rt, k); const vv = toPy(rt, v);
      dictSet(rt, d, kk, vv);
      rt.decref(kk); rt.decref(vv);
    }
    return d;
  }
  if ('sl' in o) {
    const [a, b, c] = (o.sl as Enc[]).map((x) => toPy(rt, x));
    const s = rt.newSlice(a, b, c);
    rt.decref(a); rt.decref(b); rt.decref(c);
    return s;
  }
  if ('range' in o) {
    const [a, b, c] = (o.range as number[]).map((x) => rt.newInt(x));
    const r = rt.t.range.newFn!(rt.t.range, [a, b, c], null);
    rt.decref(a); rt.decref(b); rt.decref(c);
    return r;
  }
  if ('type' in o) { const t = rt.t[o.type as string]; t.refcnt++; return t; }
  throw new Error('cannot encode ' + JSON.stringify(e));
}

export function fromPy(rt: Runtime, v: PyObject): Enc {
  if (v === rt.None) return null;
  if (v === rt.NotImplemented) return { ni: true };
  if (v === rt.True) return true;
  if (v === rt.False) return false;
  if (v instanceof PyStr) return { s: v.v };
  if (v instanceof PyBytes) return { b: toHex(v.v) };
  if (v instanceof PyByteArray) return { ba: toHex(v.v.subarray(0, v.length)) };
  if (v instanceof PyInt) return { i: String(v.v) };
  if (v instanceof PyFloat) return { f: floatRepr(v.v) };
  if (v instanceof PyTuple) return { t: v.items.map((x) => fromPy(rt, x)) };
  if (v instanceof PyList) return { l: v.items.map((x) => fromPy(rt, x)) };
  if (v instanceof PyDict) return { d: dictItems(v).map(([k, x]) => [fromPy(rt, k), fromPy(rt, x)]) };
  if (v instanceof PyType) return { type: v.name };
  return { other: v.type.name };
}

/** str(exception) for the exceptions the text types raise. */
export function excMessage(rt: Runtime, e: PyObject): string {
  const args = (e as PyException).args.items;
  if (args.length === 0) return '';
  if (args.length > 1) return '(' + args.map((a) => rt.repr(a)).join(', ') + ')';
  const a = args[0];
  if (e.type.isSubtypeOf(rt.t.KeyError)) {
    if (a instanceof PyStr) return rt.repr(a);
    if (a instanceof PyBytes) return rt.repr(a);
    if (a instanceof PyInt) return String(a.v);
  }
  return a instanceof PyStr ? a.v : rt.str(a);
}

const MUTATORS = new Set(['append', 'extend', 'insert', 'pop', 'remove', 'reverse', 'clear', '__setitem__', '__delitem__', '__iadd__', '__imul__', '__init__']);

/** Call recv.name(*args, **kw) as the fixture describes; returns the encoded result and a leak report. */
export function callCase(rt: Runtime, recvE: Enc, name: string, argsE: Enc[], kwE: Record<string, Enc>): { res: Enc; leak: string | null } {
  const recv = toPy(rt, recvE);
  const args = argsE.map((a) => toPy(rt, a));
  const kwNames = Object.keys(kwE);
  const kwVals = kwNames.map((k) => toPy(rt, kwE[k]));
  const kw: Array<[string, PyObject]> | null = kwNames.length > 0 ? kwNames.map((k, i) => [k, kwVals[i]]) : null;
  const inputs = [recv, ...args, ...kwVals];
  const before = inputs.map((o) => o.refcnt);
  let res: Enc;
  let result: PyObject | null = null;
  try {
    if (recv instanceof PyType) {
      const f = getAttr(rt, recv, name);
      try { result = rt.call(f, args, kw); } finally { rt.decref(f); }
    } else {
      const m = recv.type.lookup(name);
      if (!(m instanceof PyMethodDescr)) throw new Error(`no native method ${recv.type.name}.${name}`);
      result = m.fn(recv, args, kw);
    }
    res = fromPy(rt, result);
    if (recv instanceof PyByteArray && MUTATORS.has(name)) res = { t: [res, fromPy(rt, recv)] };
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    res = { err: [e.exc.type.name, excMessage(rt, e.exc)] };
    rt.decref(e.exc);
  }
  if (result !== null) rt.decref(result);
  const after = inputs.map((o) => o.refcnt);
  let leak: string | null = null;
  for (let i = 0; i < inputs.length; i++) {
    if (inputs[i].refcnt < 1000000 && after[i] !== before[i]) leak = `input ${i} refcnt ${before[i]} -> ${after[i]}`;
  }
  for (const o of inputs) rt.decref(o);
  return { res, leak };
}
