// Runtime services used across the object layer and the eval loop: frames'
// lifetime, exception chaining and tracebacks, conversions to text, and small
// object factories. Kept apart from runtime.ts so that file stays the state.

import { PyObject, PyRaise } from './objects/object';
import { PyType, type KwArgs } from './objects/type';
import { PyDict } from './objects/dict';
import {
  PyCell, PyException, PyTraceback, PyInt, PyStr, PyTuple, PyList, PyWrapper, PySuper, PyComplex, PySlice,
  PyIter, PyInstance, PyFunction, PyBuiltin, PyMethod, PyModule,
} from './objects/core';
import type { Runtime } from './runtime';
import { PyType as PyTypeClass } from './objects/type';
import type { Frame } from './vm/frame';
import { evalFrame } from './vm/eval';
import { callObject } from './vm/call';
import { callSpecial, iterateToArray, richCompareBool, isTrue, hashObject } from './vm/abstract';
import { getAttrOrNull, descrGet, getAttr } from './vm/attributes';
import { dictSet, dictSetStr, dictItems, newDict, newDictPresized, dictGetStr, dictSizeof, dictClear } from './objects/dictops';
import { newListFrom, listAppendImpl } from './objects/list';
import { newSet, setAddImpl, setSizeof, setMembers } from './objects/set';
import { typeCall, superGetAttr } from './objects/typeobject';
import { PyGenerator, genResume, frameSizeof } from './vm/functions';
import { newBuiltin } from './objects/native';
import { materializeInstanceDict } from './objects/instance';


declare module './runtime' {
  interface Runtime {
    yielded: boolean;
    inlineCalls: boolean;
    objectNew: PyObject;
    objectInit: PyObject;
    objectGetattribute: PyObject;
    instanceHooks: { dealloc: (o: PyObject) => void; traverse: (o: PyObject, v: (c: PyObject) => void) => void; clear: (o: PyObject) => void };
    decref(o: PyObject): void;
    runFrame(f: Frame): PyObject;
    finishFrame(f: Frame): void;
    suspendFrame(f: Frame): void;
    releaseFrame(f: Frame): void;
    releaseGeneratorFrame(g: PyGenerator): void;
    newCell(v: PyObject | null): PyCell;
    newComplex(re: number, im: number): PyComplex;
    newFrozenset(items: PyObject[], rebuilt?: boolean): PyObject;
    newList(items: PyObject[]): PyList;
    newSlice(a: PyObject, b: PyObject, c: PyObject): PySlice;
    newDictFromPairs(items: PyObject[]): PyDict;
    newClassmethod(f: PyObject): PyWrapper;
    newStaticmethod(f: PyObject): PyWrapper;
    newClassmethodNative(name: string, owner: PyType, fn: (cls: PyObject, args: PyObject[], kw: KwArgs) => PyObject): PyWrapper;
    newSuper(t: PyType, obj: PyObject, objType: PyType): PySuper;
    makeSuper(args: PyObject[]): PyObject;
    newStrStatic(s: string): PyStr;
    newNativeIter(typeName: string, next: () => PyObject | null, refs: PyObject[], sizeofBytes: number): PyIter;
    newSentinel(): PyObject;
    typeCall(t: PyType, args: PyObject[], kw: KwArgs): PyObject;
    typeModified(t: PyType, name: string): void;
    call(f: PyObject, args: PyObject[], kw?: KwArgs): PyObject;
    callSpecialMethod(o: PyObject, name: string, args: PyObject[]): PyObject | null;
    getAttrOrNull(o: PyObject, name: string): PyObject | null;
    bindDescriptor(d: PyObject, o: PyObject): PyObject;
    isInstanceOf(o: PyObject, t: PyType): boolean;
    iterate(o: PyObject): PyObject[];
    lengthBig(o: PyObject): bigint;
    length(o: PyObject): number;
    eq(a: PyObject, b: PyObject): boolean;
    repr(o: PyObject): string;
    str(o: PyObject): string;
    reprObj(o: PyObject): PyStr;
    strObj(o: PyObject): PyStr;
    asciiObj(o: PyObject): PyStr;
    format(o: PyObject, spec: string): PyObject;
    typeRepr(t: PyType): string;
    hexAddr(o: PyObject): string;
    pointerHash(o: PyObject): number;
    hashOfInt(o: PyInt): number;
    chainContext(exc: PyObject): void;
    setCauseAndContext(err: PyObject, ctx: PyObject): void;
    freshRaise(exc: PyObject): PyRaise;
    addTraceback(exc: PyObject, f: Frame): void;
    frameObject(f: Frame): PyObject;
    checkExceptMatchType(t: PyObject): void;
    exceptionMatches(exc: PyObject, t: PyObject): boolean;
    unsupported(what: string, line: number): never;
    mappingGet(m: PyDict, name: string): PyObject | null;
    mappingSet(m: PyDict, name: string, v: PyObject): void;
    instanceDictOf(o: PyObject): PyDict | null;
    kwargsFromMapping(m: PyObject, func: PyObject): Array<[string, PyObject]>;
    funcDescription(f: PyObject): string;
    genSend(recv: PyObject, v: PyObject): { done: boolean; value: PyObject };
    gcInfoDict(gen: number, collected: number, uncollectable: number): PyObject;
    listItemsChanged(l: PyObject): void;
    listAppend(l: PyObject, v: PyObject): void;
    nameError(name: string): never;
    dictClearOf(d: PyDict): void;
    weakrefHead(o: PyObject): PyObject;
    setInstanceDict(o: PyObject, v: PyObject | null): void;
    setClass(o: PyObject, v: PyObject | null): void;
    dirOfType(t: PyType): PyObject;
    dirOfObject(o: PyObject): PyObject;
    sizeofNoPre(o: PyObject): number;
    getsizeof(o: PyObject): number;
    mroTuple(t: PyType): PyObject;
    newMappingProxy(d: PyDict): PyObject;
    seqIter(o: PyObject): PyObject;
    fastNext(it: PyObject): PyObject | null | undefined;
    genericAlias(t: PyType, k: PyObject): PyObject;
    getClassGetitem(t: PyType): PyObject | null;
    isSequence(o: PyObject): boolean;
  }
}

declare module './runtime' {
  interface Runtime {
    makeIterType(name: string): PyType;
  }
}

declare module './runtime' {
  interface Runtime {
    installIterBehaviour(t: PyType): void;
  }
}

/** Attach the services to Runtime.prototype (called once by the Runtime class). */

/**
 * Native iterators that release what they iterate once exhausted: listiter_next,
 * listreviter_next, tupleiter_next, setiter_iternext, dictiter_iternext*, dictreviter_iternext,
 * iter_iternext (seqiter), reversed_next, memory_iter_next, unicodeiter_next, striter_next and
 * bytearrayiter_next all set their sequence to NULL
 * and drop it. (enumerate, zip, map and filter keep theirs.)
 */
const RELEASE_ON_EXHAUST: ReadonlySet<string> = new Set([
  'list_iterator', 'list_reverseiterator', 'tuple_iterator', 'set_iterator',
  'dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator',
  'dict_reversekeyiterator', 'dict_reversevalueiterator', 'dict_reverseitemiterator',
  'iterator', 'reversed', 'memory_iterator',
  'str_ascii_iterator', 'str_iterator', 'bytes_iterator', 'bytearray_iterator',
]);

export function installRuntimeMethods(R: Runtime): void {
  R.yielded = false;
  R.inlineCalls = true;

  R.decref = function (this: Runtime, o) { if (--o.refcnt === 0) this.dealloc(o); };
  R.runFrame = function (this: Runtime, f) { return evalFrame(this, f); };

  /** A frame is done: release its locals (unless a frame object or generator keeps them). */
  R.finishFrame = function (this: Runtime, f) {
    this.depth--;
    const back = f.back;
    this.frame = back;
    f.back = null;
    if (f.generator !== null) return;
    const fo = f.frameObject;
    if (fo === null) { this.releaseFrame(f); return; }
    // cf. Objects/frameobject.c take_ownership: the frame object keeps the locals and links f_back
    // to the caller's frame object (made now if it has none); drop the frame's own reference to it.
    if (back !== null) {
      const bo = this.frameObject(back);
      bo.refcnt++;
      (fo as PyObject & { fBack?: PyObject | null }).fBack = bo;
    }
    this.decref(fo);
  };
  R.suspendFrame = function (this: Runtime, f) {
    this.depth--;
    this.frame = f.back;
    f.back = null;
  };
  R.releaseFrame = function (this: Runtime, f) {
    const l = f.localsplus;
    for (let i = 0; i < l.length; i++) {
      const v = l[i];
      if (v !== null) { l[i] = null; this.decref(v); }
    }
    for (let i = 0; i < f.sp; i++) {
      const v = f.stack[i];
      if (v !== null) { f.stack[i] = null; this.decref(v); }
    }
    f.sp = 0;
    // cf. Python/frame.c _PyFrame_Clear: f_locals, f_func, then f_code.
    const ld = f.localsDict;
    if (ld !== null) { f.localsDict = null; this.decref(ld); }
    if (f.ownsLocals && f.locals !== null) { const l = f.locals; f.ownsLocals = false; this.decref(l); }
    const fn = f.func;
    if (fn !== null) { f.func = null; this.decref(fn); }
    if (!f.codeReleased) { f.codeReleased = true; this.decref(f.codeObj); }
  };
  R.releaseGeneratorFrame = function (this: Runtime, g) {
    const f = g.frame;
    const fo = f.frameObject;
    if (fo === null) { this.releaseFrame(f); return; }
    // cf. Python/frame.c _PyFrame_Clear: drop the frame's reference to its frame object; if others
    // hold it, it takes the locals over (take_ownership) and releases them when it dies.
    this.decref(fo);
  };

  R.newCell = function (this: Runtime, v) {
    const c = new PyCell(this.t.cell, v);
    if (v !== null) v.refcnt++;
    this.allocObject(c, 24);
    this.gc.track(c);
    return c;
  };
  R.newComplex = function (this: Runtime, re, im) {
    const c = new PyComplex(this.t.complex, re, im);
    this.allocObject(c, 32);
    return c;
  };
  /** PyFrozenSet_New(tuple of items). `rebuilt`: the compiler's constant merging
   * (compile.c merge_consts_recursive) then builds the frozenset again from the first one's
   * iteration order, which can change the table order. */
  R.newFrozenset = function (this: Runtime, items, rebuilt = false) {
    const s = newSet(this, this.t.frozenset);
    try { for (const x of items) setAddImpl(this, s, x); } finally { for (const x of items) this.decref(x); }
    if (!rebuilt) return s;
    const order = setMembers(s);
    for (const x of order) x.refcnt++;
    const again = this.newFrozenset(order);
    this.decref(s);
    return again;
  };
  R.newList = function (this: Runtime, items) { return newListFrom(this, items); };
  R.newSlice = function (this: Runtime, a, b, c) {
    a.refcnt++; b.refcnt++; c.refcnt++;
    const s = new PySlice(this.t.slice, a, b, c);
    this.allocObject(s, 40);
    return s;
  };
  R.newDictFromPairs = function (this: Runtime, items) {
    const n = items.length / 2;
    let unicode = true;
    for (let i = 0; i < items.length; i += 2) if (items[i].type !== this.t.str) unicode = false;
    const d = newDictPresized(this, n, unicode);
    try {
      for (let i = 0; i < items.length; i += 2) dictSet(this, d, items[i], items[i + 1]);
    } finally {
      for (const x of items) this.decref(x);
    }
    return d;
  };
  R.newClassmethod = function (this: Runtime, f) {
    f.refcnt++;
    const w = new PyWrapper(this.t.classmethod, f);
    this.allocObject(w, this.t.classmethod.basicsize);
    this.gc.track(w);
    return w;
  };
  R.newStaticmethod = function (this: Runtime, f) {
    f.refcnt++;
    const w = new PyWrapper(this.t.staticmethod, f);
    this.allocObject(w, this.t.staticmethod.basicsize);
    this.gc.track(w);
    return w;
  };
  R.newClassmethodNative = function (this: Runtime, name, owner, fn) {
    const b = newBuiltin(this, name, (args, kw) => fn(args[0], args.slice(1), kw), null);
    b.qualname = `${owner.name}.${name}`;
    const w = this.newClassmethod(b);
    w.nativeClassMethod = true;
    this.decref(b);
    return w;
  };
  R.newSuper = function (this: Runtime, t, obj, objType) {
    t.refcnt++; obj.refcnt++; objType.refcnt++;
    const s = new PySuper(this.t.super, t, obj, objType);
    this.allocObject(s, 40);
    this.gc.track(s);
    return s;
  };
  R.makeSuper = function (this: Runtime, args) {
    let t: PyObject;
    let obj: PyObject;
    // cf. Objects/typeobject.c super_vectorcall: _PyArg_CheckPositional("super()", nargs, 0, 2).
    if (args.length > 2) this.typeError(`super() expected at most 2 arguments, got ${args.length}`);
    if (args.length === 0) {
      // super(): __class__ cell and the first argument of the calling frame.
      const f = this.frame;
      if (f === null || f.code.argcount === 0) this.raise(this.t.RuntimeError, 'super(): no arguments');
      const first = f.localsplus[0];
      let o = first;
      if (o instanceof PyCell) o = o.ref;
      if (o === null) this.raise(this.t.RuntimeError, 'super(): arg[0] deleted');
      const idx = f.code.localsplusNames.lastIndexOf('__class__');
      if (idx < 0) this.raise(this.t.RuntimeError, 'super(): __class__ cell not found');
      const cell = f.localsplus[idx] as PyCell;
      if (cell === null || cell.ref === null) this.raise(this.t.RuntimeError, 'super(): empty __class__ cell');
      t = cell.ref;
      obj = o;
    } else {
      t = args[0];
      obj = args[1] ?? this.None;
    }
    if (!(t instanceof PyType)) this.typeError(`super() argument 1 must be a type, not ${t.type.tpName}`);
    if (obj === this.None) {
      t.refcnt++;
      const s = new PySuper(this.t.super, t, null, null);
      this.allocObject(s, 40);
      this.gc.track(s);
      return s;
    }
    let objType: PyType;
    if (obj instanceof PyType && obj.isSubtypeOf(t)) objType = obj;
    else if (obj.type.isSubtypeOf(t)) objType = obj.type;
    else this.typeError('super(type, obj): obj must be an instance or subtype of type');
    return this.newSuper(t, obj, objType);
  };
  R.newStrStatic = function (this: Runtime, s) {
    const o = this.newStr(s);
    return o;
  };
  R.newNativeIter = function (this: Runtime, typeName, next, refs, sizeofBytes) {
    let t = this.t[typeName];
    if (t === undefined) {
      const was = this.initializing;
      this.initializing = true;
      t = this.makeIterType(typeName);
      this.initializing = was;
    }
    for (const r of refs) r.refcnt++;
    const it = new PyIter(t, next, refs, sizeofBytes);
    if (RELEASE_ON_EXHAUST.has(typeName)) {
      // Exhausted, the iterator drops its sequence (it_seq = NULL; Py_DECREF(seq)) and stays exhausted.
      const rt = this;
      it.next = () => {
        const v = next();
        if (v === null) {
          it.next = () => null;
          const held = it.refs;
          it.refs = [];
          for (const r of held) rt.decref(r);
        }
        return v;
      };
    }
    this.allocObject(it, sizeofBytes);
    if (t.gc) this.gc.track(it);
    return it;
  };
  R.newSentinel = function (this: Runtime) {
    const o = new PyObject(this.t.object);
    this.allocObject(o, 16);
    return o;
  };

  R.typeCall = function (this: Runtime, t, args, kw) { return typeCall(this, t, args, kw); };
  R.typeModified = function (this: Runtime, t, name) {
    this.typeVersion++;
    if (name === '__del__') t.hasFinalizer = t.lookup('__del__') !== null;
    for (const s of t.subclasses) this.typeModified(s, name);
  };
  R.call = function (this: Runtime, f, args, kw = null) { return callObject(this, f, args, kw); };
  R.callSpecialMethod = function (this: Runtime, o, name, args) { return callSpecial(this, o, name, args); };
  R.getAttrOrNull = function (this: Runtime, o, name) { return getAttrOrNull(this, o, name); };
  R.bindDescriptor = function (this: Runtime, d, o) { return descrGet(this, d, o, o.type); };
  R.isInstanceOf = function (this: Runtime, o, t) { return o.type.isSubtypeOf(t); };
  R.iterate = function (this: Runtime, o) { return iterateToArray(this, o); };
  // cf. Objects/abstract.c PyObject_Size and typeobject.c slot_sq_length: the result goes
  // through PyNumber_AsSsize_t(res, OverflowError), then must not be negative.
  R.lengthBig = function (this: Runtime, o) {
    const r = callSpecial(this, o, '__len__', []);
    if (r === null) this.typeError(`object of type '${o.type.tpName}' has no len()`);
    let n: bigint;
    try { n = this.indexValue(r); } finally { this.decref(r); }
    if (n > 9223372036854775807n || n < -9223372036854775808n) this.raise(this.t.OverflowError, `cannot fit '${r.type.tpName}' into an index-sized integer`);
    if (n < 0n) this.valueError('__len__() should return >= 0');
    return n;
  };
  R.length = function (this: Runtime, o) { return Number(this.lengthBig(o)); };
  R.eq = function (this: Runtime, a, b) { return richCompareBool(this, a, b, 2); };
  R.reprObj = function (this: Runtime, o) {
    const r = callSpecial(this, o, '__repr__', []);
    if (r === null) return this.newStr(`<${o.type.name} object at ${this.hexAddr(o)}>`);
    if (!r.type.isSubtypeOf(this.t.str)) { this.decref(r); this.typeError(`__repr__ returned non-string (type ${r.type.tpName})`); }
    return r as PyStr;
  };
  R.strObj = function (this: Runtime, o) {
    if (o.type === this.t.str) { o.refcnt++; return o as PyStr; }
    const r = callSpecial(this, o, '__str__', []);
    if (r === null) return this.reprObj(o);
    if (!r.type.isSubtypeOf(this.t.str)) { this.decref(r); this.typeError(`__str__ returned non-string (type ${r.type.tpName})`); }
    return r as PyStr;
  };
  R.asciiObj = function (this: Runtime, o) {
    const r = this.reprObj(o);
    let s = '';
    for (const ch of r.v) {
      const c = ch.codePointAt(0)!;
      if (c < 128) s += ch;
      else if (c < 256) s += '\\x' + c.toString(16).padStart(2, '0');
      else if (c < 0x10000) s += '\\u' + c.toString(16).padStart(4, '0');
      else s += '\\U' + c.toString(16).padStart(8, '0');
    }
    this.decref(r);
    return this.newStr(s);
  };
  R.repr = function (this: Runtime, o) { const r = this.reprObj(o); const s = r.v; this.decref(r); return s; };
  R.str = function (this: Runtime, o) { const r = this.strObj(o); const s = r.v; this.decref(r); return s; };
  R.format = function (this: Runtime, o, spec) {
    const specObj = this.newStr(spec);
    try {
      const r = callSpecial(this, o, '__format__', [specObj]);
      if (r === null) this.typeError(`Type ${o.type.tpName} doesn't define __format__`);
      if (!r.type.isSubtypeOf(this.t.str)) { const n = r.type.name; this.decref(r); this.typeError(`__format__ must return a str, not ${n}`); }
      return r;
    } finally { this.decref(specObj); }
  };
  R.typeRepr = function (this: Runtime, t) { return this.repr(t); };
  R.hexAddr = function (this: Runtime, o) { return '0x' + o.addr.toString(16); };
  /** _Py_HashPointer: the address rotated right by 4 bits. */
  R.pointerHash = function (this: Runtime, o) {
    const a = BigInt(o.addr);
    const y = ((a >> 4n) | (a << 60n)) & ((1n << 64n) - 1n);
    let h = BigInt.asIntN(64, y);
    if (h === -1n) h = -2n;
    return Number(h);
  };
  R.hashOfInt = function (this: Runtime, o) {
    const h = hashObject(this, o);
    return h;
  };

  // ---- exceptions ----------------------------------------------------------------

  R.chainContext = function (this: Runtime, exc) {
    const h = this.handled;
    if (h === null || h === this.None || h === exc) return;
    // Avoid creating a cycle in the context chain (cf. _PyErr_SetObject).
    let o: PyObject | null = h;
    while (o !== null && o instanceof PyException) {
      const ctx: PyObject | null = o.context;
      if (ctx === exc) { o.context = null; this.decref(exc); break; }
      o = ctx;
    }
    const e = exc as PyException;
    if (!(e instanceof PyException)) return;
    const old = e.context;
    h.refcnt++;
    e.context = h;
    if (old !== null) this.decref(old);
  };
  R.setCauseAndContext = function (this: Runtime, err, ctx) {
    const e = err as PyException;
    ctx.refcnt++;
    e.cause = ctx;
    e.suppressContext = true;
    e.context = ctx;
  };
  R.freshRaise = function (this: Runtime, exc) { return new PyRaise(exc); };
  R.frameObject = function (this: Runtime, f) {
    if (f.frameObject === null) {
      const fo = new PyObject(this.t.frame);
      (fo as PyObject & { frame: Frame }).frame = f;
      this.allocObject(fo, frameSizeof(f.code));
      fo.refcnt = 1;
      this.gc.track(fo);
      f.frameObject = fo;
      // The frame keeps its own reference to the wrapper while it runs (f_frame).
      return fo;
    }
    return f.frameObject;
  };
  R.addTraceback = function (this: Runtime, exc, f) {
    if (!(exc instanceof PyException)) return;
    const fo = this.frameObject(f);
    fo.refcnt++;
    const tb = new PyTraceback(this.t.traceback, exc.traceback as PyTraceback | null, fo, f.lasti, f.lineno);
    this.allocObject(tb, 48);
    this.gc.track(tb);
    exc.traceback = tb;
  };
  R.checkExceptMatchType = function (this: Runtime, t) {
    const ok = (x: PyObject) => x instanceof PyType && x.isSubtypeOf(this.t.BaseException);
    if (t instanceof PyTuple) {
      for (const x of t.items) if (!ok(x)) this.typeError('catching classes that do not inherit from BaseException is not allowed');
    } else if (!ok(t)) this.typeError('catching classes that do not inherit from BaseException is not allowed');
  };
  R.exceptionMatches = function (this: Runtime, exc, t) {
    if (t instanceof PyTuple) return t.items.some((x) => this.exceptionMatches(exc, x));
    return t instanceof PyType && exc.type.isSubtypeOf(t);
  };
  R.unsupported = function (this: Runtime, what, line) {
    this.raise(this.t.NotImplementedError, `RefScope does not support ${what} yet (line ${line})`);
  };

  // ---- namespaces ------------------------------------------------------------------

  R.mappingGet = function (this: Runtime, m, name) {
    const k = this.newStr(name);
    try {
      return getItemOrNull(this, m, k);
    } finally { this.decref(k); }
  };
  R.mappingSet = function (this: Runtime, m, name, v) {
    const k = this.newStr(name);
    try {
      const r = callSpecial(this, m, '__setitem__', [k, v]);
      if (r !== null) this.decref(r);
    } finally { this.decref(k); }
  };
  function getItemOrNull(rt: Runtime, m: PyObject, k: PyObject): PyObject | null {
    try {
      const r = callSpecial(rt, m, '__getitem__', [k]);
      if (r !== null) rt.decref(r); // borrowed semantics: the mapping still holds it
      return r;
    } catch (e) {
      if (e instanceof PyRaise && rt.isInstanceOf(e.exc, rt.t.KeyError)) { rt.decref(e.exc); return null; }
      throw e;
    }
  }
  R.instanceDictOf = function (this: Runtime, o) {
    if (o instanceof PyInstance) return o.dict;
    if (o instanceof PyModule) return o.dict;
    if (o instanceof PyFunction) return o.dict;
    return null;
  };
  R.kwargsFromMapping = function (this: Runtime, m, func) {
    const out: Array<[string, PyObject]> = [];
    if (!(m instanceof PyDict)) this.typeError(`${this.funcDescription(func)} argument after ** must be a mapping, not ${m.type.tpName}`);
    for (const [k, v] of dictItems(m)) {
      if (k.type !== this.t.str) this.typeError("keywords must be strings");
      out.push([(k as PyStr).v, v]);
    }
    return out;
  };
  R.funcDescription = function (this: Runtime, f) {
    if (f instanceof PyFunction) {
      const mod = f.module !== null && f.module.type === this.t.str ? (f.module as PyStr).v : null;
      return mod !== null && mod !== 'builtins' ? `${mod}.${f.qualname}()` : `${f.qualname}()`;
    }
    if (f instanceof PyBuiltin) return `${f.name}()`;
    if (f instanceof PyMethod) return this.funcDescription(f.func);
    if (f instanceof PyType) return `${f.name}()`;
    return `${f.type.name} object`;
  };
  R.genSend = function (this: Runtime, recv, v) {
    if (recv instanceof PyGenerator) return genResume(this, recv, v, null);
    let r: PyObject | null;
    try {
      if (v === this.None) {
        r = callSpecial(this, recv, '__next__', []);
        if (r === null) this.typeError(`'${recv.type.tpName}' object is not an iterator`);
      } else {
        const send = getAttr(this, recv, 'send');
        try { r = callObject(this, send, [v], null); } finally { this.decref(send); }
      }
    } catch (e) {
      if (e instanceof PyRaise && this.isInstanceOf(e.exc, this.t.StopIteration)) {
        const args = (e.exc as PyException).args.items;
        const val = args.length > 0 ? args[0] : this.None;
        val.refcnt++;
        this.decref(e.exc);
        return { done: true, value: val };
      }
      throw e;
    }
    return { done: false, value: r };
  };
  R.gcInfoDict = function (this: Runtime, gen, collected, uncollectable) {
    const d = newDict(this);
    const put = (k: string, v: number) => { const o = this.newInt(v); dictSetStr(this, d, k, o); this.decref(o); };
    put('generation', gen);
    put('collected', collected);
    put('uncollectable', uncollectable);
    return d;
  };
  R.listItemsChanged = function (this: Runtime, _l: PyObject) { void _l; /* list capacity is tracked by list operations */ };
  R.dictClearOf = function (this: Runtime, d: PyDict) { dictClear(this, d); };
  R.nameError = function (this: Runtime, name: string): never {
    const e = this.newException(this.t.NameError, `name '${name}' is not defined`);
    e.sugName = name;
    throw new PyRaise(e);
  };
  R.listAppend = function (this: Runtime, l: PyObject, v: PyObject) { listAppendImpl(this, l as PyList, v); };
  R.weakrefHead = function (this: Runtime, o) {
    const refs = o.weakrefs;
    if (refs === null || refs.length === 0) return this.none();
    refs[0].refcnt++;
    return refs[0];
  };
  R.setInstanceDict = function (this: Runtime, o, v) {
    if (!(o instanceof PyInstance) || !(v instanceof PyDict)) this.typeError(`__dict__ must be set to a dictionary, not a '${v ? v.type.name : 'NoneType'}'`);
    // _PyObject_GetDictPtr makes the dict from the values first; the old dict is then released.
    if (o.dict !== null && !o.dictMaterialized) materializeInstanceDict(this, o);
    v.refcnt++;
    const old = o.dict;
    o.dict = v;
    o.dictMaterialized = true;
    if (old !== null) this.decref(old);
  };
  R.setClass = function (this: Runtime, o, v) {
    if (!(v instanceof PyType)) this.typeError(`__class__ must be set to a class, not '${v ? v.type.name : 'NoneType'}' object`);
    if (!(o instanceof PyInstance) || !v.heap) this.typeError(`__class__ assignment only supported for mutable types or ModuleType subclasses`);
    v.refcnt++;
    const old = o.type;
    o.type = v;
    this.decref(old);
  };
  R.dirOfType = function (this: Runtime, t) {
    const names = new Set<string>();
    for (const m of t.mro) for (const [k] of dictItems(m.dict)) names.add((k as PyStr).v);
    return this.newList([...names].sort().map((n) => this.newStr(n)));
  };
  R.dirOfObject = function (this: Runtime, o) {
    const names = new Set<string>();
    // object.__dir__ reads __dict__, which materialises an instance's dict.
    if (o instanceof PyInstance && o.dict !== null) materializeInstanceDict(this, o);
    const d = this.instanceDictOf(o);
    if (d !== null) for (const [k] of dictItems(d)) names.add((k as PyStr).v);
    for (const m of o.type.mro) for (const [k] of dictItems(m.dict)) names.add((k as PyStr).v);
    return this.newList([...names].sort().map((n) => this.newStr(n)));
  };
  R.sizeofNoPre = function (this: Runtime, o) {
    const t = o.type;
    if (t.sizeof !== null) return t.sizeof(o);
    let b: PyType | null = t;
    while (b !== null && b.sizeof === null) b = b.base;
    if (b !== null && b.sizeof !== null) return b.sizeof(o) + (t.heap && t.layout !== 'object' ? 0 : 0);
    if (o instanceof PyDict) return dictSizeof(o);
    return t.basicsize;
  };
  R.getsizeof = function (this: Runtime, o) {
    const t = o.type;
    const r = callSpecial(this, o, '__sizeof__', []);
    if (r === null) this.typeError(`Type ${t.name} doesn't define __sizeof__`);
    const n = Number((r as PyInt).v);
    this.decref(r);
    if (n < 0) this.valueError('__sizeof__() should return >= 0');
    // cf. Python/sysmodule.c _PySys_GetSizeOf: + _PyType_PreHeaderSize (GC header, managed dict).
    return n + (t.gc ? 16 : 0) + (managedDictInPreheader(t) ? 16 : 0);
  };
  R.mroTuple = function (this: Runtime, t) { return this.newTuple(t.mro.map((m) => { m.refcnt++; return m; })); };
  R.newMappingProxy = function (this: Runtime, d) {
    d.refcnt++;
    const p = new PyObject(this.t.mappingproxy);
    (p as PyObject & { mapping: PyDict }).mapping = d;
    this.allocObject(p, 24);
    this.gc.track(p);
    return p;
  };
  R.seqIter = function (this: Runtime, o) {
    let i = 0;
    const rt = this;
    return this.newNativeIter('iterator', () => {
      const k = rt.newInt(i++);
      try {
        return callSpecial(rt, o, '__getitem__', [k]);
      } catch (e) {
        if (e instanceof PyRaise && (rt.isInstanceOf(e.exc, rt.t.IndexError) || rt.isInstanceOf(e.exc, rt.t.StopIteration))) { rt.decref(e.exc); return null; }
        throw e;
      } finally { rt.decref(k); }
    }, [o], 32);
  };
  R.fastNext = function (this: Runtime, it) {
    if (it instanceof PyIter) return it.next();
    return undefined;
  };
  R.genericAlias = function (this: Runtime, t, k) {
    return this.newGenericAlias(t, k);
  };
  R.getClassGetitem = function (this: Runtime, t) {
    const f = getAttrOrNull(this, t, '__class_getitem__');
    return f;
  };
  R.isSequence = function (this: Runtime, o) {
    const t = o.type;
    return t.isSubtypeOf(this.t.list) || t.isSubtypeOf(this.t.tuple) || t.isSubtypeOf(this.t.str) || t.isSubtypeOf(this.t.bytes) || t.isSubtypeOf(this.t.bytearray);
  };

  R.makeIterType = function (this: Runtime, name) {
    const rt = this;
    const t = new PyTypeClass(rt, rt.t.type, name, 'iter');
    t.isStatic = true;
    // rangeiterobject and longrangeiterobject are not GC types. cf. Objects/rangeobject.c
    t.gc = name !== 'range_iterator' && name !== 'longrange_iterator';
    t.baseType = false;
    t.refcnt = 999999999;
    t.addr = rt.staticAddress(904);
    t.base = rt.t.object;
    t.bases = [rt.t.object];
    t.mro = [t, rt.t.object];
    t.dict = new PyDict(rt.t.dict);
    t.dict.addr = rt.staticAddress(64) + 16;
    rt.t[name] = t;
    rt.installIterBehaviour(t);
    return t;
  };


}

export { isTrue, dictGetStr, setSizeof, superGetAttr };

/** Whether instances keep their __dict__ in the pre-header (Py_TPFLAGS_MANAGED_DICT): not when the
 *  base is variable-size (the pointer is in the object) or already has a dict (exceptions). */
function managedDictInPreheader(t: PyType): boolean {
  if (!t.managedDict || t.itemsize !== 0) return false;
  return !t.mro.some((m) => !m.heap && m.layout === 'exception');
}
