// The bytes of one simulated object as CPython 3.11 (x86-64) lays it out in its
// block: pre-header (managed-dict pointers, PyGC_Head), PyObject header, then the
// type's own struct. Offsets are from the PyObject* (= id()).
//
// Modelled exactly: ob_refcnt, ob_type, ob_size, int digits, float/complex
// values, str (PyASCIIObject / PyCompactUnicodeObject: length, hash, state bits,
// utf8 pointer, characters), bytes, bytearray, tuple, list, dict (ma_used,
// ma_keys, ma_values), set/frozenset (fill, used, mask, table, smalltable),
// instances (values/dict pre-header pointers, __slots__, __weakref__), cells,
// functions, bound methods, modules, and the GC head's links (see heapIndex.ts).
// Not simulated, written as zeros (never invented):
//   - padding bytes (CPython leaves whatever was there; the str state's upper 24 bits);
//   - C pointers to code or to static C structs that have no simulated address:
//     vectorcall, md_def, md_state, Py_EMPTY_KEYS (an empty dict's ma_keys), a
//     set's dummy key, the GC generation list heads;
//   - counters the simulator does not keep: ma_version_tag (a process-wide
//     counter), func_version, a set's finger (a frozenset's cached hash reads
//     as -1, "not computed", when the runtime only has it rounded);
//   - nothing: wstr is NULL (wstr_length 0) except for UCS4 strs, which share their data;
//   - everything of a type object after its header (header-only), and of other
//     types after their header unless listed above.

import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyDict } from '../objects/dict';
import {
  PyInt, PyFloat, PyComplex, PyStr, PyBytes, PyByteArray, PyTuple, PyList, PySet, PyInstance, PyCell,
  PyFunction, PyMethod, PyModule,
} from '../objects/core';
import type { Runtime } from '../runtime';
import { strHash, bytesHash } from '../objects/siphash';
import { ByteImage } from './byteImage';
import type { HeapIndex } from './heapIndex';
import { preHeaderSize } from './heapIndex';
import { sharedKeysType, valuesPrefixSize } from './dictLayout';

/** Write `o`'s fields into `img` (whose base is o.addr). */
export function writeObject(rt: Runtime, ix: HeapIndex, o: PyObject, img: ByteImage): void {
  writePreHeader(rt, ix, o, img);
  // PyObject: Include/object.h
  img.u64(0, Math.max(0, o.refcnt));
  img.ptr(8, o.type);
  if (o instanceof PyInt) return writeInt(o, img);
  if (o instanceof PyFloat) { img.f64(16, o.v); return; } // PyFloatObject.ob_fval
  if (o instanceof PyComplex) { img.f64(16, o.real); img.f64(24, o.imag); return; } // Py_complex cval
  if (o instanceof PyStr) return writeStr(o, img);
  if (o instanceof PyBytes) return writeBytes(o, img);
  if (o instanceof PyByteArray) {
    // Include/cpython/bytearrayobject.h PyByteArrayObject
    img.u64(16, o.length); img.u64(24, o.alloc); img.u64(32, o.bufAddr); img.u64(40, o.bufAddr); img.u64(48, o.exports);
    return;
  }
  if (o instanceof PyTuple) {
    // Include/cpython/tupleobject.h PyTupleObject: ob_size, ob_item[] inline
    img.u64(16, o.items.length);
    o.items.forEach((x, i) => img.ptr(24 + 8 * i, x));
    return;
  }
  if (o instanceof PyList) {
    // Include/cpython/listobject.h PyListObject: ob_size, ob_item, allocated
    img.u64(16, o.items.length); img.u64(24, o.itemsAddr); img.u64(32, o.allocated);
    return;
  }
  if (o instanceof PyDict) return writeDict(ix, o, img);
  if (o instanceof PySet) return writeSet(o, img);
  if (o instanceof PyInstance) return writeInstance(o, img);
  if (o instanceof PyCell) { img.ptr(16, o.ref); return; } // Include/cpython/cellobject.h ob_ref
  if (o instanceof PyFunction) return writeFunction(rt, o, img);
  if (o instanceof PyMethod) {
    // Include/cpython/classobject.h PyMethodObject: im_func, im_self, im_weakreflist, vectorcall (0)
    img.ptr(16, o.func); img.ptr(24, o.self); img.ptr(32, firstWeakref(o));
    return;
  }
  if (o instanceof PyModule) {
    // Include/internal/pycore_moduleobject.h PyModuleObject: md_dict, md_def (0), md_state (0), md_weaklist, md_name
    img.ptr(16, o.dict); img.ptr(40, firstWeakref(o)); img.ptr(48, rt.interned.get(o.name) ?? null);
    return;
  }
  if (o instanceof PyType) { img.u64(16, 0); return; } // PyVarObject ob_size = 0; the rest not modelled
}

/** PyGC_Head (Include/internal/pycore_gc.h) and, before it, the managed-dict pointers (pycore_object.h
 *  _PyObject_ValuesPointer = obj - 4 words, _PyObject_ManagedDictPointer = obj - 3 words). */
function writePreHeader(rt: Runtime, ix: HeapIndex, o: PyObject, img: ByteImage): void {
  if (o.type.gc) {
    const links = ix.gcLinks.get(o);
    img.u64(-16, links?.next ?? 0); // _gc_next: 0 = untracked
    // _gc_prev: the previous head, low bits = flags (_PyGC_PREV_MASK_FINALIZED = 1)
    img.u64(-8, (links?.prev ?? 0) + (rt.gc.isFinalized(o) ? 1 : 0));
  }
  if (o.type.managedDict && o instanceof PyInstance && o.dict !== null) {
    const d = o.dict;
    if (o.dictMaterialized) img.ptr(-24, d);
    else if (d.valuesAddr !== 0) img.u64(-32, d.valuesAddr + valuesPrefixSize(d));
  }
}

/** Include/cpython/longintrepr.h: ob_size = ±ndigits (0 for zero), ob_digit[] of 30 bits in uint32. */
function writeInt(o: PyInt, img: ByteImage): void {
  let v = typeof o.v === 'bigint' ? o.v : BigInt(o.v);
  const neg = v < 0n;
  if (neg) v = -v;
  let n = 0;
  while (v > 0n) {
    img.u32(24 + 4 * n, Number(v & 0x3fffffffn));
    v >>= 30n;
    n++;
  }
  img.i64(16, neg ? -n : n);
}

/** True when every code unit is ASCII. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * Include/cpython/unicodeobject.h (3.11): PyASCIIObject { ob_base; length @16; hash @24; state @32
 * (interned:2, kind:3, compact:1, ascii:1, ready:1); wstr @40 } then, for compact non-ASCII,
 * PyCompactUnicodeObject { utf8_length @48; utf8 @56; wstr_length @64 }; the characters follow
 * (@48 or @72) in 1, 2 or 4 bytes each, NUL-terminated.
 */
function writeStr(o: PyStr, img: ByteImage): void {
  const cps = Array.from(o.v, (c) => c.codePointAt(0) as number);
  const max = cps.reduce((m, c) => Math.max(m, c), 0);
  const ascii = isAscii(o.v);
  const kind = max < 256 ? 1 : max < 0x10000 ? 2 : 4;
  img.u64(16, cps.length);
  // The exact hash when the runtime has computed it (-1 = not yet, as in CPython); interning
  // always computes it (the interned dict hashes the str).
  img.i64(24, o.hash === -1 && !o.interned ? -1n : strHash(o.v));
  // SSTATE_INTERNED_MORTAL = 1; compact and ready are always 1 for strs made by PyUnicode_New.
  img.u32(32, (o.interned ? 1 : 0) | (kind << 2) | (1 << 5) | ((ascii ? 1 : 0) << 6) | (1 << 7));
  const data = ascii ? 48 : 72;
  if (!ascii) { img.u64(48, o.utf8Addr !== 0 ? o.utf8Len : 0); img.u64(56, o.utf8Addr); }
  // PyUnicode_New shares a UCS4 string's data as its wstr where wchar_t is 4 bytes (Linux):
  // wstr = the characters, wstr_length = length.
  if (kind === 4) { img.u64(40, o.addr + data); img.u64(64, cps.length); }
  cps.forEach((c, i) => {
    if (kind === 1) img.u8(data + i, c);
    else if (kind === 2) img.u16(data + 2 * i, c);
    else img.u32(data + 4 * i, c);
  });
}

/** Include/cpython/bytesobject.h PyBytesObject: ob_size, ob_shash (-1 = not computed), ob_sval[] + NUL. */
function writeBytes(o: PyBytes, img: ByteImage): void {
  img.u64(16, o.v.length);
  img.i64(24, o.hash === -1 ? -1n : bytesHash(o.v));
  img.raw(32, o.v);
}

/** Include/cpython/dictobject.h PyDictObject: ma_used, ma_version_tag (0: not modelled), ma_keys, ma_values. */
function writeDict(ix: HeapIndex, d: PyDict, img: ByteImage): void {
  img.u64(16, d.used);
  if (d.shared !== null) {
    const t = sharedKeysType(ix, d.shared);
    img.u64(32, t !== null ? t.cachedKeysAddr : 0);
    img.u64(40, d.valuesAddr !== 0 ? d.valuesAddr + valuesPrefixSize(d) : 0);
  } else {
    img.u64(32, d.keysAddr); // 0 for an empty dict: Py_EMPTY_KEYS has no simulated address
  }
}

/** Include/cpython/setobject.h PySetObject: fill, used, mask, table, hash, finger, smalltable[8], weakreflist. */
function writeSet(s: PySet, img: ByteImage): void {
  img.u64(16, s.fill);
  img.u64(24, s.used);
  img.u64(32, s.tableSize - 1);
  img.u64(40, s.tableSize === 8 ? s.addr + 64 : s.tableAddr);
  img.i64(48, Number.isSafeInteger(s.hash) ? s.hash : -1);
  if (s.tableSize === 8) writeSetEntries(s, img, 64);
  img.ptr(192, firstWeakref(s));
}

/** setentry { key; hash } per slot. A dummy's key is the static `_dummy_struct` (no simulated address: 0). */
export function writeSetEntries(s: PySet, img: ByteImage, off: number): void {
  for (let i = 0; i < s.table.length; i++) {
    const k = s.table[i];
    if (k === null) continue;
    img.u64(off + 16 * i, k === 'dummy' ? 0 : k.addr);
    img.i64(off + 16 * i + 8, k === 'dummy' ? -1n : BigInt.asIntN(64, s.thashes[i]));
  }
}

/** A heap-type instance: __slots__ members from offset 16, the __weakref__ slot last (tp_weaklistoffset). */
function writeInstance(o: PyInstance, img: ByteImage): void {
  const n = o.slots?.length ?? 0;
  if (o.slots !== null) o.slots.forEach((v, i) => img.ptr(16 + 8 * i, v));
  const wl = o.type.basicsize - 8;
  if (o.type.weakrefable && wl >= 16 + 8 * n) img.ptr(wl, firstWeakref(o));
}

/**
 * Include/cpython/funcobject.h (3.11) PyFunctionObject: func_globals @16, func_builtins, func_name,
 * func_qualname, func_code @48, func_defaults, func_kwdefaults, func_closure, func_doc @80, func_dict,
 * func_weakreflist, func_module @104, func_annotations, vectorcall (0), func_version (0).
 * The name and qualname are the interned strs of those names (0 if the runtime has none).
 */
function writeFunction(rt: Runtime, f: PyFunction, img: ByteImage): void {
  img.ptr(16, f.globals); img.ptr(24, f.builtins);
  img.ptr(32, rt.interned.get(f.name) ?? null); img.ptr(40, rt.interned.get(f.qualname) ?? null);
  img.ptr(48, f.codeObj); img.ptr(56, f.defaults); img.ptr(64, f.kwdefaults); img.ptr(72, f.closure);
  img.ptr(80, f.doc ?? rt.None); img.ptr(88, f.dict); img.ptr(96, firstWeakref(f));
  img.ptr(104, f.module); img.ptr(112, f.annotations);
}

/** The head of the object's weak reference list (tp_weaklistoffset slot), or null. */
function firstWeakref(o: PyObject): PyObject | null {
  return o.weakrefs !== null && o.weakrefs.length > 0 ? o.weakrefs[0] : null;
}

/** The block bytes an object covers from its pre-header: getsizeof(o) (0 when it cannot be computed). */
export function objectExtent(rt: Runtime, o: PyObject): number {
  try { return rt.sizeofNoPre(o) + preHeaderSize(o); } catch { return preHeaderSize(o) + 16; }
}
