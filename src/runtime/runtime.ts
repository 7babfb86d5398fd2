// A simulated CPython 3.11 process: one per session (no module singletons).
// cf. Include/internal/pycore_interp.h PyInterpreterState and pycore_pystate.h PyThreadState.
//
// The Runtime owns the builtin types and static objects, the allocator, the free
// lists, the cyclic GC, the thread state (current frame, handled exception,
// recursion depth) and the host interface.

import { PyObject, PyRaise, UNTRACKED } from './objects/object';
import { PyType } from './objects/type';
import type { PyDict } from './objects/dict';
import { PyInt, PyStr, PyTuple, PyBytes, PyFloat, PyException, PyModule } from './objects/core';
import type { RuntimeHost, RuntimeOptions } from './host';
import type { BuiltinTypes } from './objects/typesetup';
import { createBuiltinTypes } from './objects/typesetup';
import { Allocator } from './memory/obmalloc';
import { FreeLists } from './memory/freelists';
import { GcState } from './memory/gc';
import type { Frame } from './vm/frame';
import { TraceHooks } from './vm/trace';
import { installBuiltins } from './modules/builtins';
import { ModuleRegistry } from './modules/registry';
import { installRuntimeMethods } from './runtimeMethods';

/** First address of the "data segment" where static objects live (never in an arena). */
const STATIC_BASE = 0x7f4d8e6a0000;
/** Statics start at 999999999, cf. pycore_object.h _PyObject_IMMORTAL_INIT. */
export const STATIC_REFCNT = 999999999;

export class Runtime {
  readonly host: RuntimeHost;
  readonly options: RuntimeOptions;
  /** Bumped whenever any type's dict or bases change (invalidates MRO lookup caches). */
  typeVersion = 0;
  t!: BuiltinTypes;
  None!: PyObject;
  True!: PyInt;
  False!: PyInt;
  NotImplemented!: PyObject;
  Ellipsis!: PyObject;
  smallInts: PyInt[] = [];
  emptyTuple!: PyTuple;
  emptyStr!: PyStr;
  latin1: PyStr[] = [];
  emptyBytes!: PyBytes;
  bytes1: PyBytes[] = [];
  readonly mem: Allocator;
  readonly freelists: FreeLists;
  readonly gc: GcState;
  readonly interned = new Map<string, PyStr>();
  builtins!: PyDict;
  builtinsModule!: PyModule;
  readonly modules: ModuleRegistry;
  /** True while the interpreter is starting: objects made now are static (data segment). */
  initializing = true;
  /** Set once the interpreter has been shut down (program.ts finalize). */
  finalized = false;
  private staticNext = STATIC_BASE;

  // Thread state
  frame: Frame | null = null;
  /** Number of Python frames on the stack (cf. tstate->recursion_remaining). */
  depth = 0;
  recursionLimit = 1000;
  /** exc_info->exc_value: the exception being handled, or null. */
  handled: PyObject | null = null;
  readonly trace: TraceHooks;
  /** Objects whose allocating line we remember: address -> line (for views). */
  stdinText: string;
  stdinPos = 0;
  exitCode: number | null = null;
  /** Remember the line that allocated each object (for views; costs a little per allocation). */
  recordAllocLines = false;
  /** Observer of deallocations (the language server uses it for "freed at line N"). */
  onDealloc: ((o: PyObject) => void) | null = null;

  constructor(host: RuntimeHost, options: RuntimeOptions = {}) {
    if (!Object.prototype.hasOwnProperty.call(Runtime.prototype, 'runFrame')) installRuntimeMethods(Runtime.prototype);
    this.host = host;
    this.options = options;
    this.stdinText = options.stdin ?? '';
    this.mem = new Allocator({ heapLimitBytes: options.heapLimitBytes ?? 1024 * 1024 * 1024 });
    this.freelists = new FreeLists(this);
    this.gc = new GcState(this);
    this.trace = new TraceHooks(this, options);
    this.modules = new ModuleRegistry(this);
    this.t = createBuiltinTypes(this);
    installBuiltins(this);
    this.initializing = false;
  }

  // ---- addresses and allocation -------------------------------------------------

  /** Address for a static object made during start-up. */
  staticAddress(size: number): number {
    const a = this.staticNext;
    this.staticNext += Math.ceil(size / 16) * 16;
    return a;
  }

  /**
   * Give `o` its memory: a block of `request` bytes (plus the GC pre-header for GC types,
   * and the managed-dict pre-header). Counts GC allocations and may trigger a collection,
   * as _PyObject_GC_Link does (gcmodule.c:2262).
   */
  allocObject(o: PyObject, request: number): void {
    const t = o.type;
    const pre = (t.gc ? 16 : 0) + (t.managedDict ? 16 : 0);
    if (this.initializing) {
      o.addr = this.staticAddress(request + pre) + pre;
      if (t.heap) t.refcnt++;
      return;
    }
    const block = this.mem.malloc(request + pre);
    if (block === 0) this.memoryError();
    o.addr = block + pre;
    if (this.recordAllocLines && this.frame !== null) (o as PyObject & { allocLine?: number }).allocLine = this.frame.lineno;
    if (t.heap) t.refcnt++;
    if (t.gc) this.gc.onAlloc();
  }

  /** Allocate `request` raw bytes (item arrays, keys tables, value arrays). */
  allocRaw(request: number): number {
    if (this.initializing) return this.staticAddress(request);
    const a = this.mem.malloc(request);
    if (a === 0) this.memoryError();
    return a;
  }

  reallocRaw(addr: number, request: number): number {
    if (addr === 0) return this.allocRaw(request);
    if (this.isStaticAddress(addr)) return this.allocRaw(request);
    const a = this.mem.realloc(addr, request);
    if (a === 0) this.memoryError();
    return a;
  }

  freeRaw(addr: number): void {
    if (addr !== 0 && !this.isStaticAddress(addr)) this.mem.free(addr);
  }

  isStaticAddress(addr: number): boolean {
    return addr >= STATIC_BASE && addr < this.staticNext;
  }

  /** Release the object's own block (PyObject_GC_Del / PyObject_Free). */
  freeObject(o: PyObject): void {
    const t = o.type;
    const pre = (t.gc ? 16 : 0) + (t.managedDict ? 16 : 0);
    if (t.gc) this.gc.onFree();
    if (!this.isStaticAddress(o.addr)) this.mem.free(o.addr - pre);
  }

  memoryError(): never {
    throw new PyRaise(this.newException(this.t.MemoryError, null));
  }

  // ---- deallocation -------------------------------------------------------------

  /** Called when a refcount reaches zero. cf. _Py_Dealloc / subtype_dealloc. */
  dealloc(o: PyObject): void {
    const t = o.type;
    if (this.onDealloc !== null) this.onDealloc(o);
    if ((t.hasFinalizer && t.heap) || t.finalize !== null) {
      // PEP 442: tp_finalize runs once, with the object temporarily alive again.
      if (!this.gc.isFinalized(o)) {
        o.refcnt = 1;
        this.gc.callFinalizer(o);
        if (--o.refcnt !== 0) return; // resurrected
      }
    }
    // Untracked before weakref callbacks run (cf. subtype_dealloc: PyObject_GC_UnTrack, then
    // PyObject_ClearWeakRefs): a collection inside a callback must not see the dying object.
    if (o.gcGen !== UNTRACKED) this.gc.untrack(o);
    if (o.weakrefs !== null) this.gc.clearWeakrefs(o, true);
    if (t.dealloc !== null) t.dealloc(o);
    this.freelists.release(o);
    if (t.heap) {
      // Heap-type instances own a reference to their type (subtype_dealloc).
      if (--t.refcnt === 0) this.dealloc(t);
    }
  }

  // ---- errors ---------------------------------------------------------------------

  newException(type: PyType, message: string | PyObject | null): PyException {
    const argItems: PyObject[] = [];
    if (message !== null) {
      if (typeof message === 'string') argItems.push(this.newStr(message));
      else { message.refcnt++; argItems.push(message); }
    }
    const args = this.newTuple(argItems);
    const e = new PyException(type, args);
    this.allocObject(e, type.basicsize);
    this.gc.track(e);
    return e;
  }

  /** Raise `type(message)`. */
  raise(type: PyType, message: string): never {
    throw new PyRaise(this.newException(type, message));
  }

  typeError(message: string): never { return this.raise(this.t.TypeError, message); }
  valueError(message: string): never { return this.raise(this.t.ValueError, message); }

  // ---- constructors for common objects (all return new references) --------------

  newInt(v: number | bigint): PyInt {
    if (typeof v === 'bigint') {
      if (v >= -9007199254740991n && v <= 9007199254740991n) v = Number(v);
    }
    if (typeof v === 'number' && v >= -5 && v <= 256) {
      const s = this.smallInts[v + 5];
      s.refcnt++;
      return s;
    }
    const o = new PyInt(this.t.int, v);
    this.allocObject(o, intRequest(v));
    return o;
  }

  newBool(b: boolean): PyInt {
    const o = b ? this.True : this.False;
    o.refcnt++;
    return o;
  }

  newFloat(v: number): PyFloat {
    const o = new PyFloat(this.t.float, v);
    this.freelists.allocFloat(o);
    return o;
  }

  newStr(s: string): PyStr {
    if (s.length <= 1) {
      if (s.length === 0) { this.emptyStr.refcnt++; return this.emptyStr; }
      const c = s.charCodeAt(0);
      if (c < 256) { const o = this.latin1[c]; o.refcnt++; return o; }
    }
    const o = new PyStr(this.t.str, s);
    this.allocObject(o, strRequest(s));
    return o;
  }

  /** An interned string (identifiers, attribute names): cf. PyUnicode_InternInPlace. */
  internStr(s: string): PyStr {
    const found = this.interned.get(s);
    if (found) { found.refcnt++; return found; }
    const o = this.newStr(s);
    if (o.interned) return o; // a static single character
    o.interned = true;
    this.interned.set(s, o);
    return o;
  }

  newBytes(v: Uint8Array): PyBytes {
    if (v.length === 0) { this.emptyBytes.refcnt++; return this.emptyBytes; }
    if (v.length === 1) { const o = this.bytes1[v[0]]; o.refcnt++; return o; }
    const o = new PyBytes(this.t.bytes, v);
    this.allocObject(o, 33 + v.length);
    return o;
  }

  /** A tuple that takes ownership of `items` (steals their references). */
  newTuple(items: PyObject[]): PyTuple {
    if (items.length === 0) { this.emptyTuple.refcnt++; return this.emptyTuple; }
    const o = new PyTuple(this.t.tuple, items);
    this.freelists.allocTuple(o);
    this.gc.track(o);
    return o;
  }

  none(): PyObject {
    this.None.refcnt++;
    return this.None;
  }

  notImplemented(): PyObject {
    this.NotImplemented.refcnt++;
    return this.NotImplemented;
  }
}

/** Bytes requested for an int object: 24 + 4 * ndigits (30-bit digits), at least one digit. cf. _PyLong_New. */
export function intRequest(v: number | bigint): number {
  let a = typeof v === 'bigint' ? (v < 0n ? -v : v) : Math.abs(v);
  let digits = 0;
  if (typeof a === 'number') {
    while (a > 0) { digits++; a = Math.floor(a / 1073741824); }
  } else {
    digits = Math.ceil(a.toString(2).length / 30);
  }
  return 24 + 4 * Math.max(1, digits);
}

/** Bytes requested for a str: compact ASCII 48 + n + 1, else 72 + (n + 1) * kind. cf. PyUnicode_New. */
export function strRequest(s: string): number {
  let max = 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { max = 0x10000; i++; n++; continue; }
    }
    if (c > max) max = c;
    n++;
  }
  if (max < 128) return 48 + n + 1;
  const kind = max < 256 ? 1 : max < 0x10000 ? 2 : 4;
  return 72 + (n + 1) * kind;
}
