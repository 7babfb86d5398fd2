// The eval loop. cf. Python/ceval.c _PyEval_EvalFrameDefault (3.11).
//
// Python-to-Python calls run in the same loop (a new Frame is pushed, as 3.11
// inlines them); calls from native code into Python start a nested loop. Reference
// counts move exactly as in ceval: every push owns a reference, every pop releases
// or transfers it.

import { PyObject, PyRaise, ExecutionHalted } from '../objects/object';
import { PyType } from '../objects/type';
import {
  PyFunction, PyMethod, PyTuple, PyStr, PyInt, PyList, PyCell, PyCodeObj, PyException, PyFloat,
} from '../objects/core';
import type { PyDict } from '../objects/dict';
import type { Runtime } from '../runtime';
import { Frame } from './frame';
import { Op } from '../compile/opcodes';
import { bindArguments, callObject, kwFromNames } from './call';
import { dictGetStr, dictSetStr, dictDelStr, dictSet, newDict, dictGet } from '../objects/dictops';
import {
  binaryOp, richCompare, isTrue, getIter, iterNext, getItem, setItem, delItem, contains,
  unaryNegative, unaryPositive, unaryInvert, isInstance, buildSlice, formatValue, listAppend,
  listExtend, iterateToArray, setAdd, setUpdate, dictUpdateFrom, dictMergeFrom, unpackSequence, unpackEx,
  newList, newSetObject, lookupSpecial, intAddFast, intSubFast, intCompareFast,
} from './abstract';
import { getAttr, setAttr, genericGetAttr, isDataDescriptor } from './attributes';
import { importName, importFrom, importStar } from '../modules/importer';
import { matchClass, matchKeys, isMappingForMatch, isSequenceForMatch } from './match';
import { makeFunction, makeGenerator } from './functions';
import { fastLocalGet, fastLocalSet, fastLocalDelete } from './frameLocals';

const CHECK_INTERVAL = 4096;

/** Raise an exception object or class (RAISE_VARARGS), cf. do_raise. Returns the instance (new reference). */
function makeRaisable(rt: Runtime, exc: PyObject): PyObject {
  if (exc instanceof PyType) {
    if (!exc.isSubtypeOf(rt.t.BaseException)) rt.typeError('exceptions must derive from BaseException');
    const inst = callObject(rt, exc, [], null);
    if (!isInstance(rt, inst, rt.t.BaseException)) {
      rt.decref(inst);
      rt.typeError(`calling ${rt.typeRepr(exc)} should have returned an instance of BaseException, not ${inst.type.name}`);
    }
    return inst;
  }
  if (!isInstance(rt, exc, rt.t.BaseException)) rt.typeError('exceptions must derive from BaseException');
  exc.refcnt++;
  return exc;
}

/** Run `f` until it returns (or yields): the result is a new reference. Throws PyRaise on an uncaught exception. */
export function evalFrame(rt: Runtime, entry: Frame, throwIn: PyRaise | null = null): PyObject {
  let f = entry;
  let code = f.code.code;
  let positions = f.code.positions;
  let stack = f.stack;
  let locals = f.localsplus;
  let consts = f.codeObj.consts;
  let names = f.code.names;
  let sp = f.sp;
  let pc = f.pc;
  let pending: PyRaise | null = throwIn;
  let countdown = CHECK_INTERVAL;
  const trace = rt.trace;
  rt.yielded = false;

  const enterFrame = (nf: Frame): void => {
    f.sp = sp; f.pc = pc;
    if (rt.depth >= rt.recursionLimit) {
      rt.releaseFrame(nf);
      rt.raise(rt.t.RecursionError, 'maximum recursion depth exceeded');
    }
    rt.depth++;
    nf.back = f;
    rt.frame = nf;
    f = nf; code = f.code.code; positions = f.code.positions; stack = f.stack; locals = f.localsplus;
    consts = f.codeObj.consts; names = f.code.names; sp = f.sp; pc = f.pc;
    trace.onCall(f);
  };

  if (entry !== rt.frame) {
    if (rt.depth >= rt.recursionLimit) {
      rt.releaseFrame(entry);
      rt.raise(rt.t.RecursionError, 'maximum recursion depth exceeded');
    }
    rt.depth++;
    entry.back = rt.frame;
    rt.frame = entry;
    if (!entry.started) trace.onCall(entry);
  }
  entry.started = true;

  for (;;) {
    try {
      if (pending !== null) {
        const p = pending;
        pending = null;
        throw p;
      }
      for (;;) {
        const i = pc;
        const op = code[2 * i];
        const arg = code[2 * i + 1];
        f.lasti = i;
        pc = i + 1;
        const line = positions[4 * i];
        if (line !== f.lastLine && line > 0) {
          f.lastLine = line;
          f.sp = sp;
          trace.onLine(f, line);
        }
        if (--countdown === 0) { countdown = CHECK_INTERVAL; trace.check(); }
        switch (op) {
          case Op.NOP: case Op.RESUME: case Op.PRECALL: case Op.CACHE:
            break;
          case Op.LOAD_FAST: {
            const v = locals[arg];
            if (v === null) unboundLocal(rt, f, arg);
            v.refcnt++;
            stack[sp++] = v;
            break;
          }
          case Op.LOAD_CONST: {
            const v = consts[arg];
            v.refcnt++;
            stack[sp++] = v;
            break;
          }
          case Op.STORE_FAST: {
            const old = locals[arg];
            locals[arg] = stack[--sp];
            if (old !== null && --old.refcnt === 0) rt.dealloc(old);
            break;
          }
          case Op.DELETE_FAST: {
            const old = locals[arg];
            if (old === null) unboundLocal(rt, f, arg);
            locals[arg] = null;
            if (--old.refcnt === 0) rt.dealloc(old);
            break;
          }
          case Op.POP_TOP: {
            const v = stack[--sp];
            if (v !== null && --v.refcnt === 0) rt.dealloc(v);
            break;
          }
          case Op.PUSH_NULL:
            stack[sp++] = null;
            break;
          case Op.COPY: {
            const v = stack[sp - arg]!;
            v.refcnt++;
            stack[sp++] = v;
            break;
          }
          case Op.SWAP: {
            const t = stack[sp - 1];
            stack[sp - 1] = stack[sp - arg];
            stack[sp - arg] = t;
            break;
          }
          case Op.UNARY_NEGATIVE: case Op.UNARY_POSITIVE: case Op.UNARY_INVERT: {
            const v = stack[sp - 1]!;
            const r = op === Op.UNARY_NEGATIVE ? unaryNegative(rt, v) : op === Op.UNARY_POSITIVE ? unaryPositive(rt, v) : unaryInvert(rt, v);
            stack[sp - 1] = r;
            if (--v.refcnt === 0) rt.dealloc(v);
            break;
          }
          case Op.UNARY_NOT: {
            const v = stack[sp - 1]!;
            const b = isTrue(rt, v);
            stack[sp - 1] = rt.newBool(!b);
            if (--v.refcnt === 0) rt.dealloc(v);
            break;
          }
          case Op.BINARY_OP: {
            const b = stack[--sp]!;
            const a = stack[sp - 1]!;
            let r: PyObject | null = null;
            if (a.type === rt.t.int && b.type === rt.t.int) {
              if (arg === 0 || arg === 13) r = intAddFast(rt, a as PyInt, b as PyInt);
              else if (arg === 10 || arg === 23) r = intSubFast(rt, a as PyInt, b as PyInt);
            }
            if (r === null) r = binaryOp(rt, a, b, arg);
            stack[sp - 1] = r;
            if (--a.refcnt === 0) rt.dealloc(a);
            if (--b.refcnt === 0) rt.dealloc(b);
            break;
          }
          case Op.COMPARE_OP: {
            const b = stack[--sp]!;
            const a = stack[sp - 1]!;
            let r: PyObject;
            if (a.type === rt.t.int && b.type === rt.t.int) r = rt.newBool(intCompareFast(a as PyInt, b as PyInt, arg));
            else r = richCompare(rt, a, b, arg);
            stack[sp - 1] = r;
            if (--a.refcnt === 0) rt.dealloc(a);
            if (--b.refcnt === 0) rt.dealloc(b);
            break;
          }
          case Op.IS_OP: {
            const b = stack[--sp]!;
            const a = stack[sp - 1]!;
            stack[sp - 1] = rt.newBool((a === b) !== (arg === 1));
            if (--a.refcnt === 0) rt.dealloc(a);
            if (--b.refcnt === 0) rt.dealloc(b);
            break;
          }
          case Op.CONTAINS_OP: {
            const b = stack[--sp]!;
            const a = stack[sp - 1]!;
            const r = contains(rt, b, a);
            stack[sp - 1] = rt.newBool(r !== (arg === 1));
            if (--a.refcnt === 0) rt.dealloc(a);
            if (--b.refcnt === 0) rt.dealloc(b);
            break;
          }
          case Op.BINARY_SUBSCR: {
            const k = stack[--sp]!;
            const o = stack[sp - 1]!;
            stack[sp - 1] = getItem(rt, o, k);
            if (--o.refcnt === 0) rt.dealloc(o);
            if (--k.refcnt === 0) rt.dealloc(k);
            break;
          }
          case Op.STORE_SUBSCR: {
            const k = stack[--sp]!;
            const o = stack[--sp]!;
            const v = stack[--sp]!;
            try { setItem(rt, o, k, v); } finally {
              rt.decref(v); rt.decref(o); rt.decref(k);
            }
            break;
          }
          case Op.DELETE_SUBSCR: {
            const k = stack[--sp]!;
            const o = stack[--sp]!;
            try { delItem(rt, o, k); } finally { rt.decref(o); rt.decref(k); }
            break;
          }
          case Op.POP_JUMP_FORWARD_IF_FALSE: case Op.POP_JUMP_BACKWARD_IF_FALSE:
          case Op.POP_JUMP_FORWARD_IF_TRUE: case Op.POP_JUMP_BACKWARD_IF_TRUE: {
            const v = stack[--sp]!;
            let b: boolean;
            if (v === rt.True) b = true;
            else if (v === rt.False) b = false;
            else b = isTrue(rt, v);
            if (--v.refcnt === 0) rt.dealloc(v);
            const want = op === Op.POP_JUMP_FORWARD_IF_TRUE || op === Op.POP_JUMP_BACKWARD_IF_TRUE;
            if (b === want) { if (arg <= i) f.lastLine = -1; pc = arg; }
            break;
          }
          case Op.POP_JUMP_FORWARD_IF_NONE: case Op.POP_JUMP_BACKWARD_IF_NONE:
          case Op.POP_JUMP_FORWARD_IF_NOT_NONE: case Op.POP_JUMP_BACKWARD_IF_NOT_NONE: {
            const v = stack[--sp]!;
            const isNone = v === rt.None;
            if (--v.refcnt === 0) rt.dealloc(v);
            const want = op === Op.POP_JUMP_FORWARD_IF_NONE || op === Op.POP_JUMP_BACKWARD_IF_NONE;
            if (isNone === want) { if (arg <= i) f.lastLine = -1; pc = arg; }
            break;
          }
          case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: {
            const v = stack[sp - 1]!;
            const b = isTrue(rt, v);
            if (b === (op === Op.JUMP_IF_TRUE_OR_POP)) pc = arg;
            else { sp--; if (--v.refcnt === 0) rt.dealloc(v); }
            break;
          }
          case Op.JUMP_FORWARD:
            pc = arg;
            break;
          case Op.JUMP_BACKWARD: case Op.JUMP_BACKWARD_NO_INTERRUPT:
            f.lastLine = -1;
            pc = arg;
            break;
          case Op.GET_ITER: {
            const v = stack[sp - 1]!;
            stack[sp - 1] = getIter(rt, v);
            if (--v.refcnt === 0) rt.dealloc(v);
            break;
          }
          case Op.FOR_ITER: {
            const it = stack[sp - 1]!;
            const v = iterNext(rt, it);
            if (v !== null) stack[sp++] = v;
            else {
              sp--;
              if (--it.refcnt === 0) rt.dealloc(it);
              pc = arg;
            }
            break;
          }
          case Op.LOAD_GLOBAL: {
            const name = names[arg >> 1];
            let v = dictGetStr(f.globals, name);
            if (v === null) v = dictGetStr(f.builtins, name);
            if (v === null) rt.nameError(name);
            if (arg & 1) stack[sp++] = null;
            v.refcnt++;
            stack[sp++] = v;
            break;
          }
          case Op.STORE_GLOBAL: {
            const v = stack[--sp]!;
            dictSetStr(rt, f.globals, names[arg], v);
            if (--v.refcnt === 0) rt.dealloc(v);
            break;
          }
          case Op.DELETE_GLOBAL:
            if (!dictDelStr(rt, f.globals, names[arg])) rt.nameError(names[arg]);
            break;
          case Op.LOAD_NAME: {
            const name = names[arg];
            let v: PyObject | null = null;
            if (f.fastNamespace !== null) v = fastLocalGet(f.fastNamespace, name) ?? null;
            if (v === null && f.locals !== null) v = f.locals.type === rt.t.dict ? dictGetStr(f.locals, name) : rt.mappingGet(f.locals, name);
            if (v === null) v = dictGetStr(f.globals, name);
            if (v === null) v = dictGetStr(f.builtins, name);
            if (v === null) rt.nameError(name);
            v.refcnt++;
            stack[sp++] = v;
            break;
          }
          case Op.STORE_NAME: {
            const v = stack[--sp]!;
            try {
              if (f.fastNamespace !== null && fastLocalSet(rt, f.fastNamespace, names[arg], v)) { /* stored in the paused frame */ }
              else if (f.locals!.type === rt.t.dict) dictSetStr(rt, f.locals!, names[arg], v);
              else rt.mappingSet(f.locals!, names[arg], v);
            } finally { if (--v.refcnt === 0) rt.dealloc(v); }
            break;
          }
          case Op.DELETE_NAME: {
            const r = f.fastNamespace !== null ? fastLocalDelete(rt, f.fastNamespace, names[arg]) : 'absent';
            if (r === 'unbound' || (r === 'absent' && !dictDelStr(rt, f.locals!, names[arg]))) rt.nameError(names[arg]);
            break;
          }
          case Op.MAKE_CELL: {
            const init = locals[arg];
            const c = rt.newCell(init);
            if (init !== null) init.refcnt--; // moved into the cell
            locals[arg] = c;
            break;
          }
          case Op.COPY_FREE_VARS: {
            const closure = f.func!.closure!.items;
            const off = locals.length - arg;
            for (let k = 0; k < arg; k++) { closure[k].refcnt++; locals[off + k] = closure[k]; }
            break;
          }
          case Op.LOAD_CLOSURE: {
            const c = locals[arg]!;
            c.refcnt++;
            stack[sp++] = c;
            break;
          }
          case Op.LOAD_DEREF: {
            const v = (locals[arg] as PyCell).ref;
            if (v === null) unboundDeref(rt, f, arg);
            v.refcnt++;
            stack[sp++] = v;
            break;
          }
          case Op.LOAD_CLASSDEREF: {
            const name = f.code.localsplusNames[arg];
            let v: PyObject | null = f.locals !== null ? dictGetStr(f.locals, name) : null;
            if (v === null) {
              v = (locals[arg] as PyCell).ref;
              if (v === null) unboundDeref(rt, f, arg);
            }
            v.refcnt++;
            stack[sp++] = v;
            break;
          }
          case Op.STORE_DEREF: {
            const c = locals[arg] as PyCell;
            const old = c.ref;
            c.ref = stack[--sp];
            if (old !== null && --old.refcnt === 0) rt.dealloc(old);
            break;
          }
          case Op.DELETE_DEREF: {
            const c = locals[arg] as PyCell;
            const old = c.ref;
            if (old === null) unboundDeref(rt, f, arg);
            c.ref = null;
            if (--old.refcnt === 0) rt.dealloc(old);
            break;
          }
          case Op.LOAD_ATTR: {
            const o = stack[sp - 1]!;
            stack[sp - 1] = getAttr(rt, o, names[arg]);
            if (--o.refcnt === 0) rt.dealloc(o);
            break;
          }
          case Op.STORE_ATTR: {
            const o = stack[--sp]!;
            const v = stack[--sp]!;
            try { setAttr(rt, o, names[arg], v); } finally { rt.decref(v); rt.decref(o); }
            break;
          }
          case Op.DELETE_ATTR: {
            const o = stack[--sp]!;
            try { setAttr(rt, o, names[arg], null); } finally { rt.decref(o); }
            break;
          }
          case Op.LOAD_METHOD: {
            // cf. _PyObject_GetMethod: an unbound function found on the type is pushed with self.
            const o = stack[sp - 1]!;
            const name = names[arg];
            const t = o.type;
            let meth: PyObject | null = null;
            if (!(o instanceof PyType) && !t.customGetattribute && (!t.heap || t.lookup('__getattribute__') === rt.objectGetattribute)) {
              const d = t.lookup(name);
              if (d !== null && (d instanceof PyFunction || d.type === rt.t.method_descriptor || d.type === rt.t.wrapper_descriptor)) {
                const od = rt.instanceDictOf(o);
                const shadow = od !== null ? od.getStr(name) : null;
                if (shadow === null && !isDataDescriptor(rt, d)) meth = d;
              }
            }
            if (meth !== null) {
              meth.refcnt++;
              stack[sp - 1] = meth;
              stack[sp++] = o;
            } else {
              const v = getAttr(rt, o, name);
              stack[sp - 1] = null;
              stack[sp++] = v;
              if (--o.refcnt === 0) rt.dealloc(o);
            }
            break;
          }
          case Op.KW_NAMES:
            f.kwnames = consts[arg];
            break;
          case Op.CALL: {
            // Stack: [NULL, callable, args...] or [method, self, args...] (LOAD_METHOD).
            const kwn = f.kwnames as PyTuple | null;
            f.kwnames = null;
            const isMeth = stack[sp - arg - 2] !== null;
            let callable = isMeth ? stack[sp - arg - 2]! : stack[sp - arg - 1]!;
            // First stack slot of the arguments (self included for methods), and how many slots lie below it.
            let base = isMeth ? sp - arg - 1 : sp - arg;
            let below = isMeth ? 1 : 2;
            if (!isMeth && callable instanceof PyMethod) {
              // A bound method in the callable slot is unpacked in place (PRECALL in 3.11).
              const self = callable.self; const func = callable.func;
              self.refcnt++; func.refcnt++;
              stack[sp - arg - 2] = func;
              stack[sp - arg - 1] = self;
              if (--callable.refcnt === 0) rt.dealloc(callable);
              callable = func;
              base = sp - arg - 1;
              below = 1;
            }
            const total = sp - base;
            const nkw = kwn !== null ? kwn.items.length : 0;
            const args = stack.slice(base, sp - nkw) as PyObject[];
            const kw = nkw > 0 ? kwFromNames(kwn!, stack.slice(sp - nkw, sp) as PyObject[]) : null;
            const release = () => {
              for (let k = base; k < base + total; k++) { const a = stack[k]!; stack[k] = null; if (--a.refcnt === 0) rt.dealloc(a); }
              sp = base;
              for (let k = 0; k < below; k++) {
                const s1 = stack[--sp];
                stack[sp] = null;
                if (s1 !== null && --s1.refcnt === 0) rt.dealloc(s1);
              }
            };
            if (callable instanceof PyFunction && rt.inlineCalls) {
              // Inline Python call: the arguments are bound into the new frame, then released here.
              const nf = new Frame(callable.codeObj, callable.codeObj.code, callable.globals, callable.builtins, null, callable);
              try {
                bindArguments(rt, callable, nf.localsplus, args, kw);
              } catch (e) {
                rt.releaseFrame(nf);
                release();
                throw e;
              }
              release();
              enterFrame(nf);
              break;
            }
            f.sp = sp;
            let r: PyObject;
            try {
              r = callObject(rt, callable, args, kw);
            } finally {
              release();
            }
            stack[sp++] = r;
            break;
          }
          case Op.CALL_FUNCTION_EX: {
            const kwargs = arg & 1 ? stack[--sp] : null;
            let callargs = stack[--sp]!;
            const func = stack[--sp]!;
            const nul = stack[--sp];
            f.sp = sp;
            let r: PyObject;
            try {
              if (callargs.type !== rt.t.tuple) {
                // cf. ceval.c CALL_FUNCTION_EX: Py_SETREF(callargs, PySequence_Tuple(callargs))
                const items = iterateToArray(rt, callargs, func);
                const old = callargs;
                callargs = rt.newTuple(items);
                rt.decref(old);
              }
              const posargs = (callargs as PyTuple).items;
              let kw: Array<[string, PyObject]> | null = null;
              if (kwargs !== null) {
                kw = rt.kwargsFromMapping(kwargs, func);
              }
              if (kw !== null && kw.length > 0 && (func instanceof PyFunction || func instanceof PyMethod)) {
                // cf. Objects/call.c _PyVectorcall_Call: _PyStack_UnpackDict copies the arguments
                // (new references) into a vector for the call.
                for (const a of posargs) a.refcnt++;
                for (const [, v] of kw) v.refcnt++;
                try { r = callObject(rt, func, posargs, kw); } finally {
                  for (const a of posargs) rt.decref(a);
                  for (const [, v] of kw) rt.decref(v);
                }
              } else {
                r = callObject(rt, func, posargs, kw);
              }
            } finally {
              rt.decref(callargs); rt.decref(func);
              if (kwargs !== null) rt.decref(kwargs);
              if (nul !== null) rt.decref(nul);
            }
            stack[sp++] = r;
            break;
          }
          case Op.RETURN_VALUE: {
            const v = stack[--sp]!;
            trace.onReturn(f, v);
            if (f === entry) {
              f.sp = sp; f.pc = pc;
              rt.finishFrame(f);
              return v;
            }
            const back = f.back!;
            f.sp = sp;
            rt.finishFrame(f);
            f = back; code = f.code.code; positions = f.code.positions; stack = f.stack; locals = f.localsplus;
            consts = f.codeObj.consts; names = f.code.names; sp = f.sp; pc = f.pc;
            stack[sp++] = v;
            break;
          }
          case Op.RETURN_GENERATOR: {
            f.sp = sp; f.pc = pc;
            const gen = makeGenerator(rt, f);
            // The frame now belongs to the generator; leave it suspended.
            if (f === entry) {
              rt.suspendFrame(f);
              return gen;
            }
            const back = f.back!;
            rt.suspendFrame(f);
            f = back; code = f.code.code; positions = f.code.positions; stack = f.stack; locals = f.localsplus;
            consts = f.codeObj.consts; names = f.code.names; sp = f.sp; pc = f.pc;
            stack[sp++] = gen;
            break;
          }
          case Op.YIELD_VALUE: {
            const v = stack[--sp]!;
            f.sp = sp; f.pc = pc;
            trace.onReturn(f, v);
            rt.suspendFrame(f);
            rt.yielded = true;
            return v;
          }
          case Op.GET_YIELD_FROM_ITER: {
            const v = stack[sp - 1]!;
            if (v.type !== rt.t.generator) {
              stack[sp - 1] = getIter(rt, v);
              if (--v.refcnt === 0) rt.dealloc(v);
            }
            break;
          }
          case Op.SEND: {
            const v = stack[sp - 1]!;
            const recv = stack[sp - 2]!;
            f.sp = sp;
            const res = rt.genSend(recv, v);
            stack[--sp] = null;
            if (--v.refcnt === 0) rt.dealloc(v);
            if (res.done) {
              stack[sp - 1] = res.value;
              if (--recv.refcnt === 0) rt.dealloc(recv);
              pc = arg;
            } else {
              stack[sp++] = res.value;
            }
            break;
          }
          case Op.BUILD_TUPLE: {
            const items = stack.slice(sp - arg, sp) as PyObject[];
            for (let k = sp - arg; k < sp; k++) stack[k] = null;
            sp -= arg;
            stack[sp++] = rt.newTuple(items);
            break;
          }
          case Op.BUILD_LIST: {
            const items = stack.slice(sp - arg, sp) as PyObject[];
            for (let k = sp - arg; k < sp; k++) stack[k] = null;
            sp -= arg;
            stack[sp++] = newList(rt, items);
            break;
          }
          case Op.LIST_TO_TUPLE: {
            const l = stack[sp - 1] as PyList;
            const items = l.items.slice();
            for (const it of items) it.refcnt++;
            stack[sp - 1] = rt.newTuple(items);
            rt.decref(l);
            break;
          }
          case Op.BUILD_SET: {
            const items = stack.slice(sp - arg, sp) as PyObject[];
            sp -= arg;
            const s = newSetObject(rt, rt.t.set);
            try {
              for (const it of items) setAdd(rt, s, it);
            } finally { for (const it of items) rt.decref(it); }
            stack[sp++] = s;
            break;
          }
          case Op.BUILD_MAP: {
            const items = stack.slice(sp - 2 * arg, sp) as PyObject[];
            sp -= 2 * arg;
            const d = rt.newDictFromPairs(items);
            stack[sp++] = d;
            break;
          }
          case Op.BUILD_CONST_KEY_MAP: {
            const keys = stack[--sp] as PyTuple;
            const vals = stack.slice(sp - arg, sp) as PyObject[];
            sp -= arg;
            const pairs: PyObject[] = [];
            for (let k = 0; k < arg; k++) { keys.items[k].refcnt++; pairs.push(keys.items[k], vals[k]); }
            rt.decref(keys);
            stack[sp++] = rt.newDictFromPairs(pairs);
            break;
          }
          case Op.BUILD_STRING: {
            let s = '';
            for (let k = sp - arg; k < sp; k++) s += (stack[k] as PyStr).v;
            for (let k = sp - arg; k < sp; k++) { rt.decref(stack[k]!); stack[k] = null; }
            sp -= arg;
            stack[sp++] = rt.newStr(s);
            break;
          }
          case Op.BUILD_SLICE: {
            const step = arg === 3 ? stack[--sp]! : null;
            const stop = stack[--sp]!;
            const start = stack[--sp]!;
            stack[sp++] = buildSlice(rt, start, stop, step);
            rt.decref(start); rt.decref(stop); if (step) rt.decref(step);
            break;
          }
          case Op.LIST_APPEND: {
            const v = stack[--sp]!;
            listAppend(rt, stack[sp - arg] as PyList, v);
            rt.decref(v);
            break;
          }
          case Op.SET_ADD: {
            const v = stack[--sp]!;
            try { setAdd(rt, stack[sp - arg]!, v); } finally { rt.decref(v); }
            break;
          }
          case Op.MAP_ADD: {
            const v = stack[--sp]!;
            const k = stack[--sp]!;
            try { dictSet(rt, stack[sp - arg] as PyDict, k, v); } finally { rt.decref(k); rt.decref(v); }
            break;
          }
          case Op.LIST_EXTEND: {
            const v = stack[--sp]!;
            try { listExtend(rt, stack[sp - arg] as PyList, v, true); } finally { rt.decref(v); }
            break;
          }
          case Op.SET_UPDATE: {
            const v = stack[--sp]!;
            try { setUpdate(rt, stack[sp - arg]!, v); } finally { rt.decref(v); }
            break;
          }
          case Op.DICT_UPDATE: {
            const v = stack[--sp]!;
            try { dictUpdateFrom(rt, stack[sp - arg] as PyDict, v); } finally { rt.decref(v); }
            break;
          }
          case Op.DICT_MERGE: {
            const v = stack[--sp]!;
            try { dictMergeFrom(rt, stack[sp - arg] as PyDict, v, stack[sp - arg - 2]!); } finally { rt.decref(v); }
            break;
          }
          case Op.UNPACK_SEQUENCE: {
            const seq = stack[--sp]!;
            let items: PyObject[];
            try { items = unpackSequence(rt, seq, arg); } finally { rt.decref(seq); }
            for (let k = items.length - 1; k >= 0; k--) stack[sp++] = items[k];
            break;
          }
          case Op.UNPACK_EX: {
            const seq = stack[--sp]!;
            let items: PyObject[];
            try { items = unpackEx(rt, seq, arg & 0xff, arg >> 8); } finally { rt.decref(seq); }
            for (let k = items.length - 1; k >= 0; k--) stack[sp++] = items[k];
            break;
          }
          case Op.MAKE_FUNCTION: {
            const codeObj = stack[--sp] as PyCodeObj;
            const closure = arg & 8 ? stack[--sp] as PyTuple : null;
            const annotations = arg & 4 ? stack[--sp] : null;
            const kwdefaults = arg & 2 ? stack[--sp] as PyDict : null;
            const defaults = arg & 1 ? stack[--sp] as PyTuple : null;
            stack[sp++] = makeFunction(rt, codeObj, f.globals, f.builtins, defaults, kwdefaults, annotations, closure);
            rt.decref(codeObj);
            break;
          }
          case Op.LOAD_BUILD_CLASS: {
            const v = dictGetStr(f.builtins, '__build_class__');
            if (v === null) rt.raise(rt.t.NameError, '__build_class__ not found');
            v.refcnt++;
            stack[sp++] = v;
            break;
          }
          case Op.LOAD_ASSERTION_ERROR: {
            const v = rt.t.AssertionError;
            v.refcnt++;
            stack[sp++] = v;
            break;
          }
          case Op.RAISE_VARARGS: {
            if (arg === 0) {
              const h = rt.handled;
              if (h === null || h === rt.None) rt.raise(rt.t.RuntimeError, 'No active exception to reraise');
              // cf. ceval.c RAISE_VARARGS / do_raise: a re-raise restores the exception with its
              // traceback and goes straight to exception_unwind (no new traceback entry).
              h.refcnt++;
              const pr = new PyRaise(h);
              pr.fresh = false;
              (pr as PyRaise & { noTraceback?: boolean }).noTraceback = true;
              throw pr;
            }
            const cause = arg === 2 ? stack[--sp]! : null;
            const excArg = stack[--sp]!;
            let exc: PyObject;
            try {
              exc = makeRaisable(rt, excArg);
            } finally { rt.decref(excArg); }
            if (cause !== null) {
              let c: PyObject | null;
              try {
                if (cause === rt.None) c = null;
                else if (cause instanceof PyType) c = makeRaisable(rt, cause);
                else if (isInstance(rt, cause, rt.t.BaseException)) { cause.refcnt++; c = cause; }
                else rt.typeError('exception causes must derive from BaseException');
              } catch (e) { rt.decref(exc); rt.decref(cause); throw e; }
              rt.decref(cause);
              const ex = exc as PyException;
              if (ex.cause !== null) rt.decref(ex.cause);
              ex.cause = c;
              ex.suppressContext = true;
            }
            throw new PyRaise(exc);
          }
          case Op.PUSH_EXC_INFO: {
            const v = stack[sp - 1]!;
            const prev = rt.handled;
            stack[sp - 1] = prev !== null ? prev : rt.none();
            v.refcnt++;
            stack[sp++] = v;
            rt.handled = v;
            break;
          }
          case Op.POP_EXCEPT: {
            const old = rt.handled;
            const v = stack[--sp]!;
            rt.handled = v === rt.None ? null : v;
            if (v === rt.None) rt.decref(v);
            if (old !== null) rt.decref(old);
            break;
          }
          case Op.CHECK_EXC_MATCH: {
            const right = stack[--sp]!;
            const left = stack[sp - 1]!;
            try {
              rt.checkExceptMatchType(right);
              stack[sp++] = rt.newBool(rt.exceptionMatches(left, right));
            } finally { rt.decref(right); }
            break;
          }
          case Op.RERAISE: {
            const exc = stack[--sp]!;
            if (arg) {
              const lasti = stack[sp - 1] as PyInt;
              f.lasti = Number(lasti.v) >> 1;
            }
            const pr = new PyRaise(exc);
            pr.fresh = false;
            (pr as PyRaise & { noTraceback?: boolean }).noTraceback = true;
            throw pr;
          }
          case Op.BEFORE_WITH: {
            const mgr = stack[sp - 1]!;
            const enter = lookupSpecial(rt, mgr, '__enter__');
            if (enter === null) rt.typeError(`'${mgr.type.name}' object does not support the context manager protocol`);
            const exit = lookupSpecial(rt, mgr, '__exit__');
            if (exit === null) {
              rt.decref(enter);
              rt.typeError(`'${mgr.type.name}' object does not support the context manager protocol (missed __exit__ method)`);
            }
            stack[sp - 1] = exit;
            rt.decref(mgr);
            let res: PyObject;
            try { res = callObject(rt, enter, [], null); } finally { rt.decref(enter); }
            stack[sp++] = res;
            break;
          }
          case Op.WITH_EXCEPT_START: {
            const val = stack[sp - 1]!;
            const exitFn = stack[sp - 4]!;
            const tb = (val as PyException).traceback ?? rt.None;
            const res = callObject(rt, exitFn, [val.type, val, tb], null);
            stack[sp++] = res;
            break;
          }
          case Op.FORMAT_VALUE: {
            const spec = arg & 4 ? stack[--sp] as PyStr : null;
            const v = stack[sp - 1]!;
            try {
              stack[sp - 1] = formatValue(rt, v, arg & 3, spec);
            } finally { rt.decref(v); if (spec) rt.decref(spec); }
            break;
          }
          case Op.GET_LEN: {
            const v = stack[sp - 1]!;
            stack[sp++] = rt.newInt(rt.length(v));
            break;
          }
          case Op.MATCH_MAPPING:
            stack[sp++] = rt.newBool(isMappingForMatch(rt, stack[sp - 2]!));
            break;
          case Op.MATCH_SEQUENCE:
            stack[sp++] = rt.newBool(isSequenceForMatch(rt, stack[sp - 2]!));
            break;
          case Op.MATCH_KEYS: {
            const keys = stack[sp - 1] as PyTuple;
            const subject = stack[sp - 2]!;
            stack[sp++] = matchKeys(rt, subject, keys);
            break;
          }
          case Op.MATCH_CLASS: {
            const kwNames = stack[--sp] as PyTuple;
            const cls = stack[--sp]!;
            const subject = stack[sp - 1]!;
            let r: PyObject;
            try { r = matchClass(rt, subject, cls, arg, kwNames); } finally { rt.decref(kwNames); rt.decref(cls); }
            stack[sp - 1] = r;
            rt.decref(subject);
            break;
          }
          case Op.IMPORT_NAME: {
            const fromlist = stack[--sp]!;
            const level = stack[sp - 1]!;
            let m: PyObject;
            try { m = importName(rt, names[arg], fromlist, level, f); } finally { rt.decref(fromlist); rt.decref(level); }
            stack[sp - 1] = m;
            break;
          }
          case Op.IMPORT_FROM: {
            const m = stack[sp - 1]!;
            stack[sp++] = importFrom(rt, m, names[arg]);
            break;
          }
          case Op.IMPORT_STAR: {
            const m = stack[--sp]!;
            try { importStar(rt, m, f.locals!); } finally { rt.decref(m); }
            break;
          }
          case Op.SETUP_ANNOTATIONS: {
            if (f.locals !== null && dictGetStr(f.locals, '__annotations__') === null) {
              const d = newDict(rt);
              dictSetStr(rt, f.locals, '__annotations__', d);
              rt.decref(d);
            }
            break;
          }
          case Op.PRINT_EXPR: {
            // cf. ceval.c PRINT_EXPR: sys.displayhook(value)
            const v = stack[--sp]!;
            try {
              const sys = rt.modules.get('sys');
              const hook = sys !== null ? dictGetStr(sys.dict, 'displayhook') : null;
              if (hook === null) rt.raise(rt.t.RuntimeError, 'lost sys.displayhook');
              rt.decref(callObject(rt, hook, [v], null));
            } finally { rt.decref(v); }
            break;
          }
          default:
            rt.unsupported(`opcode ${op}`, f.lineno);
        }
      }
    } catch (e) {
      // Exception unwinding (cf. ceval.c `error:` and `exception_unwind:`).
      let pr: PyRaise;
      if (e instanceof PyRaise) pr = e;
      else if (e instanceof RangeError && /call stack/.test(e.message)) {
        pr = new PyRaise(rt.newException(rt.t.RecursionError, 'maximum recursion depth exceeded'));
      } else throw e;
      f.sp = sp;
      if (pr.fresh) {
        pr.fresh = false;
        rt.chainContext(pr.exc);
      }
      if (!(pr as PyRaise & { noTraceback?: boolean }).noTraceback) rt.addTraceback(pr.exc, f);
      (pr as PyRaise & { noTraceback?: boolean }).noTraceback = false;
      trace.onException(f, pr.exc);
      for (;;) {
        // The handler is found from the instruction that raised (INSTR_OFFSET in ceval), which
        // differs from f.lasti after a RERAISE restored the original raise point for tracebacks.
        const h = findHandler(f, pc - 1);
        if (h !== null) {
          while (sp > h.depth) {
            const v = stack[--sp];
            stack[sp] = null;
            if (v !== null && --v.refcnt === 0) rt.dealloc(v);
          }
          if (h.lasti) stack[sp++] = rt.newInt(f.lasti * 2);
          stack[sp++] = pr.exc;
          pc = h.target;
          break;
        }
        // No handler here: the frame is done.
        while (sp > 0) {
          const v = stack[--sp];
          stack[sp] = null;
          if (v !== null && --v.refcnt === 0) rt.dealloc(v);
        }
        f.sp = 0;
        trace.onUnwind(f);
        if (f === entry) {
          rt.finishFrame(f);
          throw pr;
        }
        const back = f.back!;
        rt.finishFrame(f);
        f = back; code = f.code.code; positions = f.code.positions; stack = f.stack; locals = f.localsplus;
        consts = f.codeObj.consts; names = f.code.names; sp = f.sp; pc = f.pc;
        // The exception continues in the caller at its CALL instruction.
        const calli = pc - 1;
        f.lasti = calli;
        // Pop the call's leftovers: the caller's stack above the call base was already cleared.
        rt.addTraceback(pr.exc, f);
        trace.onException(f, pr.exc);
      }
    }
  }
}

function findHandler(f: Frame, lasti: number): { target: number; depth: number; lasti: boolean } | null {
  const table = f.code.exceptionTable;
  for (let k = 0; k < table.length; k++) {
    const e = table[k];
    if (lasti >= e.start && lasti < e.end) return e;
  }
  return null;
}

function unboundLocal(rt: Runtime, f: Frame, i: number): never {
  rt.raise(rt.t.UnboundLocalError, `cannot access local variable '${f.code.localsplusNames[i]}' where it is not associated with a value`);
}

function unboundDeref(rt: Runtime, f: Frame, i: number): never {
  const name = f.code.localsplusNames[i];
  const kind = f.code.localsplusKinds[i];
  if (kind & 0x80) rt.raise(rt.t.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  rt.raise(rt.t.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

export { ExecutionHalted, PyFloat, dictGet };
