// memoryview over bytes and bytearray (one dimension, format 'B'): a managed buffer holding the
// exporter (a bytearray cannot be resized while exported), views sharing it, indexing, slicing,
// assignment, comparison, hashing, tobytes/tolist/hex and release().
// cf. Objects/memoryobject.c (_PyManagedBuffer_FromObject, mbuf_add_view, memory_subscript,
// memory_ass_sub, memory_richcompare, memory_hash, memory_release, memory_repr).

import { PyObject, PyRaise } from './object';
import { PyByteArray, PyBytes, PyInt, PySlice, PyTuple } from './core';
import type { PyType } from './type';
import type { Runtime } from '../runtime';
import { makeStaticType } from './typesetup';
import { defGetSet, defMethod } from './native';
import { byteArrayData } from './bytearraybuf';
import { bytesHash } from './siphash';
import { sliceIndices } from './containers';
import { indexOrNull } from './strmethods-args';

/** _PyManagedBufferObject: the exporter's buffer, shared by every view made from it. */
export class PyManagedBuffer extends PyObject {
  exports = 0;
  released = false;
  constructor(type: PyType, public obj: PyObject) { super(type); }
}

export class PyMemoryView extends PyObject {
  released = false;
  hash: bigint | null = null;
  constructor(type: PyType, public mbuf: PyManagedBuffer, public start: number, public step: number, public length: number, public readonly: boolean) { super(type); }
}

const RELEASED = 'operation forbidden on released memoryview object';

export function installMemoryView(rt: Runtime): void {
  const was = rt.initializing;
  rt.initializing = true;
  // managedbuffer: flags, exports, master Py_buffer; memoryview: offsetof(ob_array) + 3 * ndim slots.
  const MB = makeStaticType(rt, 'managedbuffer', { layout: 'managedbuffer', gc: true, basicsize: 112, baseType: false });
  const MV = makeStaticType(rt, 'memoryview', { layout: 'memoryview', gc: true, basicsize: 144, itemsize: 8, baseType: false });
  rt.initializing = was;
  rt.t.managedbuffer = MB;
  rt.t.memoryview = MV;

  const data = (mb: PyManagedBuffer): Uint8Array => {
    const o = mb.obj;
    return o instanceof PyByteArray ? byteArrayData(o) : (o as PyBytes).v;
  };
  // cf. mbuf_release: the exporter's buffer is released (a bytearray may be resized again).
  const mbufRelease = (mb: PyManagedBuffer): void => {
    if (mb.released) return;
    mb.released = true;
    if (mb.obj instanceof PyByteArray) mb.obj.exports--;
  };
  MB.traverse = (o, visit) => visit((o as PyManagedBuffer).obj);
  MB.dealloc = (o) => { const mb = o as PyManagedBuffer; mbufRelease(mb); rt.decref(mb.obj); };

  const newView = (mb: PyManagedBuffer, start: number, step: number, length: number, readonly: boolean): PyMemoryView => {
    mb.refcnt++;
    mb.exports++;
    const v = new PyMemoryView(MV, mb, start, step, length, readonly);
    rt.allocObject(v, 144 + 8 * 3);
    rt.gc.track(v);
    return v;
  };
  // cf. _memory_release
  const release = (v: PyMemoryView): void => {
    if (v.released) return;
    v.released = true;
    if (--v.mbuf.exports === 0) mbufRelease(v.mbuf);
  };
  MV.traverse = (o, visit) => visit((o as PyMemoryView).mbuf);
  MV.dealloc = (o) => { const v = o as PyMemoryView; release(v); rt.decref(v.mbuf); };
  MV.sizeof = () => 144 + 8 * 3;

  const view = (o: PyObject): PyMemoryView => {
    const v = o as PyMemoryView;
    if (v.released) rt.valueError(RELEASED);
    return v;
  };
  const bytesOf = (v: PyMemoryView): Uint8Array => {
    const d = data(v.mbuf);
    if (v.step === 1) return d.slice(v.start, v.start + v.length);
    const out = new Uint8Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = d[v.start + i * v.step];
    return out;
  };
  /** The bytes of a bytes-like object (bytes, bytearray, memoryview), or null. */
  const bufferOf = (o: PyObject): Uint8Array | null => {
    if (o instanceof PyBytes) return o.v;
    if (o instanceof PyByteArray) return byteArrayData(o).slice();
    if (o instanceof PyMemoryView) return bytesOf(view(o));
    return null;
  };

  // cf. memory_new / PyMemoryView_FromObject
  MV.newFn = (type, args, kw) => {
    const obj = args.length === 1 && (kw === null || kw.length === 0) ? args[0]
      : (kw?.length === 1 && kw[0][0] === 'object' && args.length === 0 ? kw[0][1] : null);
    if (obj === null) rt.typeError(args.length + (kw?.length ?? 0) === 0 ? "memoryview() missing required argument 'object' (pos 1)" : `memoryview() takes at most 1 argument (${args.length + (kw?.length ?? 0)} given)`);
    if (obj instanceof PyMemoryView) {
      const src = view(obj);
      return newView(src.mbuf, src.start, src.step, src.length, src.readonly);
    }
    if (!(obj instanceof PyBytes) && !(obj instanceof PyByteArray)) rt.typeError(`memoryview: a bytes-like object is required, not '${obj.type.name}'`);
    obj.refcnt++;
    const mb = new PyManagedBuffer(MB, obj);
    rt.allocObject(mb, 112);
    rt.gc.track(mb);
    if (obj instanceof PyByteArray) obj.exports++;
    const n = obj instanceof PyByteArray ? obj.length : obj.v.length;
    const v = newView(mb, 0, 1, n, obj instanceof PyBytes);
    rt.decref(mb);
    return v;
  };

  const itemIndex = (v: PyMemoryView, key: PyObject): number => {
    let i = indexOrNull(rt, key);
    if (i === null) rt.typeError('memoryview: invalid slice key');
    if (i < 0n) i += BigInt(v.length);
    if (i < 0n || i >= BigInt(v.length)) rt.raise(rt.t.IndexError, 'index out of bounds on dimension 1');
    return v.start + Number(i) * v.step;
  };
  const isIndexKey = (k: PyObject): boolean => k instanceof PyInt || k.type.lookup('__index__') !== null;
  // cf. memory_subscript
  defMethod(MV, '__getitem__', (self, args) => {
    const v = view(self);
    const key = args[0];
    if (isIndexKey(key)) return rt.newInt(data(v.mbuf)[itemIndex(v, key)]);
    if (key === rt.Ellipsis) { self.refcnt++; return self; }
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(rt, key, v.length);
      return newView(v.mbuf, v.start + start * v.step, v.step * step, n, v.readonly);
    }
    if (key instanceof PyTuple) rt.raise(rt.t.NotImplementedError, 'multi-dimensional sub-views are not implemented');
    rt.typeError('memoryview: invalid slice key');
  });
  // cf. memory_ass_sub
  defMethod(MV, '__setitem__', (self, args) => {
    const v = view(self);
    if (v.readonly) rt.typeError('cannot modify read-only memory');
    const [key, value] = args;
    const d = data(v.mbuf);
    if (isIndexKey(key)) {
      const pos = itemIndex(v, key);
      if (!(value instanceof PyInt) && value.type.lookup('__index__') === null) rt.typeError("memoryview: invalid type for format 'B'");
      const b = indexOrNull(rt, value)!;
      if (b < 0n || b > 255n) rt.valueError("memoryview: invalid value for format 'B'");
      d[pos] = Number(b);
      return rt.none();
    }
    if (key instanceof PySlice) {
      const src = bufferOf(value);
      if (src === null) rt.typeError(`a bytes-like object is required, not '${value.type.name}'`);
      const [start, , step, n] = sliceIndices(rt, key, v.length);
      if (src.length !== n) rt.valueError('memoryview assignment: lvalue and rvalue have different structures');
      for (let i = 0; i < n; i++) d[v.start + (start + i * step) * v.step] = src[i];
      return rt.none();
    }
    rt.typeError('memoryview: invalid slice key');
  });
  defMethod(MV, '__delitem__', () => rt.typeError('cannot delete memory'));
  defMethod(MV, '__len__', (self) => rt.newInt(view(self).length));
  defMethod(MV, '__iter__', (self) => {
    const v = view(self);
    let i = 0;
    return rt.newNativeIter('memory_iterator', () => {
      if (v.released) rt.valueError(RELEASED);
      if (i >= v.length) return null;
      return rt.newInt(data(v.mbuf)[v.start + (i++) * v.step]);
    }, [self], 48);
  });
  defMethod(MV, '__repr__', (self) => rt.newStr(`<${(self as PyMemoryView).released ? 'released ' : ''}memory at ${rt.hexAddr(self)}>`));
  // cf. memory_richcompare: equal contents (as unsigned bytes) of equal-length buffers.
  const eq = (self: PyObject, other: PyObject): PyObject => {
    const v = self as PyMemoryView;
    if (v === other) return rt.newBool(true);
    if (v.released || (other instanceof PyMemoryView && other.released)) return rt.newBool(false);
    const b = bufferOf(other);
    if (b === null) return rt.notImplemented();
    const a = bytesOf(v);
    return rt.newBool(a.length === b.length && a.every((x, i) => x === b[i]));
  };
  defMethod(MV, '__eq__', (self, args) => eq(self, args[0]));
  defMethod(MV, '__ne__', (self, args) => {
    const r = eq(self, args[0]);
    if (r === rt.NotImplemented) return r;
    const b = r === rt.True;
    rt.decref(r);
    return rt.newBool(!b);
  });
  // cf. memory_hash: only read-only views, hashed as the bytes they show.
  defMethod(MV, '__hash__', (self) => {
    const v = view(self);
    if (v.hash === null) {
      if (!v.readonly) rt.valueError('cannot hash writable memoryview object');
      v.hash = bytesHash(bytesOf(v));
    }
    return rt.newInt(v.hash);
  });
  defMethod(MV, 'tobytes', (self) => rt.newBytes(bytesOf(view(self))));
  defMethod(MV, 'tolist', (self) => rt.newList([...bytesOf(view(self))].map((x) => rt.newInt(x))));
  defMethod(MV, 'hex', (self) => rt.newStr([...bytesOf(view(self))].map((x) => x.toString(16).padStart(2, '0')).join('')));
  defMethod(MV, 'toreadonly', (self) => { const v = view(self); return newView(v.mbuf, v.start, v.step, v.length, true); });
  defMethod(MV, 'release', (self) => { release(self as PyMemoryView); return rt.none(); });
  defMethod(MV, '__enter__', (self) => { view(self); self.refcnt++; return self; });
  defMethod(MV, '__exit__', (self) => { release(self as PyMemoryView); return rt.none(); });
  defGetSet(MV, 'obj', (self) => { const o = view(self).mbuf.obj; o.refcnt++; return o; });
  defGetSet(MV, 'readonly', (self) => rt.newBool(view(self).readonly));
  defGetSet(MV, 'format', (self) => { view(self); return rt.newStr('B'); });
  defGetSet(MV, 'itemsize', (self) => { view(self); return rt.newInt(1); });
  defGetSet(MV, 'ndim', (self) => { view(self); return rt.newInt(1); });
  defGetSet(MV, 'nbytes', (self) => rt.newInt(view(self).length));
  defGetSet(MV, 'shape', (self) => rt.newTuple([rt.newInt(view(self).length)]));
  defGetSet(MV, 'strides', (self) => rt.newTuple([rt.newInt(view(self).step)]));
  defGetSet(MV, 'suboffsets', (self) => { view(self); return rt.newTuple([]); });
  const contiguous = (self: PyObject) => { const v = view(self); return rt.newBool(v.step === 1 || v.length <= 1); };
  defGetSet(MV, 'contiguous', contiguous);
  defGetSet(MV, 'c_contiguous', contiguous);
  defGetSet(MV, 'f_contiguous', contiguous);
  void PyRaise;
}
