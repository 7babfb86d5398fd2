// Calling: PyObject_Call / vectorcall dispatch, and binding arguments to a Python
// function's parameters with CPython 3.11's error messages (cf. Python/ceval.c
// initialize_locals, missing_arguments, too_many_positional).

import { PyObject } from '../objects/object';
import { PyType, type KwArgs } from '../objects/type';
import {
  PyFunction, PyMethod, PyBuiltin, PyMethodDescr, PyTuple, PyStr,
} from '../objects/core';
import type { Runtime } from '../runtime';
import { Frame } from './frame';
import { CO_VARARGS, CO_VARKEYWORDS } from '../compile/code';
import { newDict, dictSet, dictLookup } from '../objects/dictops';

/** Call any object: new reference. Arguments are borrowed. */
export function callObject(rt: Runtime, f: PyObject, args: PyObject[], kw: KwArgs): PyObject {
  if (f instanceof PyFunction) {
    const frame = makeFrame(rt, f, args, kw, null);
    return rt.runFrame(frame);
  }
  if (f instanceof PyBuiltin) return f.fn(args, kw);
  if (f instanceof PyMethod) {
    const all = [f.self, ...args];
    return callObject(rt, f.func, all, kw);
  }
  if (f instanceof PyMethodDescr) {
    if (args.length === 0) rt.typeError(`unbound method ${f.objclass.name}.${f.name}() needs an argument`);
    const self = args[0];
    if (!self.type.isSubtypeOf(f.objclass)) {
      rt.typeError(`descriptor '${f.name}' for '${f.objclass.name}' objects doesn't apply to a '${self.type.tpName}' object`);
    }
    return f.fn(self, args.slice(1), kw);
  }
  if (f instanceof PyType && f.type === rt.t.type) {
    // A class has no vectorcall (3.11 type_vectorcall only serves type(x)): _PyObject_MakeTpCall.
    if (f.heap || withoutVectorcall(rt, f, args)) return makeTpCall(rt, args, kw, () => rt.typeCall(f, args, kw));
    return rt.typeCall(f, args, kw);
  }
  const call = f.type.lookup('__call__');
  if (call === null) rt.typeError(`'${f.type.tpName}' object is not callable`);
  // An instance of a class (slot_tp_call), or a class whose metaclass is a class.
  if (f.type.heap) return makeTpCall(rt, args, kw, () => callPrepend(rt, call, [f, ...args], kw));
  return callObject(rt, call, [f, ...args], kw);
}

/**
 * The builtin types CPython 3.11 calls through tp_call rather than a vectorcall
 * (int, str, bytes, bytearray, complex, zip, property, staticmethod, classmethod,
 * memoryview; type() with other than one argument).
 */
function withoutVectorcall(rt: Runtime, t: PyType, args: PyObject[]): boolean {
  const T = rt.t;
  if (t === T.type) return args.length !== 1;
  return t === T.int || t === T.str || t === T.bytes || t === T.bytearray || t === T.complex || t === T.zip
    || t === T.property || t === T.staticmethod || t === T.classmethod || t === T.memoryview;
}

/**
 * _PyObject_MakeTpCall (cf. Objects/call.c): a callable without vectorcall gets its
 * positional arguments as a new tuple and its keywords as a new dict, both released
 * after the call. Modelled for classes and their instances, where the tuple shows in
 * refcounts (a class's __init__ sees each argument once more) and the GC count.
 */
export function makeTpCall(rt: Runtime, args: PyObject[], kw: KwArgs, run: () => PyObject): PyObject {
  let tuple: PyObject | null = null;
  let dict: PyObject | null = null;
  if (args.length > 0) { for (const a of args) a.refcnt++; tuple = rt.newTuple(args.slice()); }
  if (kw !== null && kw.length > 0) {
    const d = newDict(rt);
    for (const [k, v] of kw) { const ks = rt.internStr(k); dictSet(rt, d, ks, v); rt.decref(ks); }
    dict = d;
  }
  try { return run(); } finally {
    if (tuple !== null) rt.decref(tuple);
    if (dict !== null) rt.decref(dict);
  }
}

/**
 * _PyObject_Call_Prepend with a kwargs dict (slot_tp_init, slot_tp_new, slot_tp_call):
 * a Python function is vectorcalled on a copied argument stack, every argument and
 * keyword value one reference more, with a new kwnames tuple (_PyStack_UnpackDict),
 * all released after the call.
 */
export function callPrepend(rt: Runtime, f: PyObject, args: PyObject[], kw: KwArgs): PyObject {
  if (kw === null || kw.length === 0 || !(f instanceof PyFunction)) return callObject(rt, f, args, kw);
  const names = rt.newTuple(kw.map(([k]) => rt.internStr(k)));
  const held = [...args, ...kw.map(([, v]) => v)];
  for (const x of held) x.refcnt++;
  try { return callObject(rt, f, args, kw); } finally {
    for (const x of held) rt.decref(x);
    rt.decref(names);
  }
}

/** Names for "missing N required ... arguments: 'a', 'b', and 'c'". cf. format_missing. */
function formatNames(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/**
 * A new frame for calling `func` with borrowed `args` and keyword arguments,
 * or with `owned` already-owned stack references (from the eval loop) when given.
 */
export function makeFrame(rt: Runtime, func: PyFunction, args: PyObject[], kw: KwArgs, _unused: null): Frame {
  const code = func.codeObj.code;
  const frame = new Frame(func.codeObj, code, func.globals, func.builtins, null, func);
  bindArguments(rt, func, frame.localsplus, args, kw);
  return frame;
}

/** Fill localsplus with the call's arguments (new references). cf. initialize_locals. */
export function bindArguments(rt: Runtime, func: PyFunction, locals: Array<PyObject | null>, args: PyObject[], kw: KwArgs): void {
  const code = func.codeObj.code;
  const argcount = code.argcount;
  const kwonly = code.kwonlyargcount;
  const total = argcount + kwonly;
  const qual = func.qualname;
  const nargs = args.length;
  let kwdict: import('../objects/dict').PyDict | null = null;
  let idx = total;
  if (code.flags & CO_VARARGS) idx++;
  if (code.flags & CO_VARKEYWORDS) {
    kwdict = newDict(rt);
    locals[idx] = kwdict;
  }
  const n = Math.min(nargs, argcount);
  for (let i = 0; i < n; i++) { const a = args[i]; a.refcnt++; locals[i] = a; }
  if (code.flags & CO_VARARGS) {
    const extra: PyObject[] = [];
    for (let i = n; i < nargs; i++) { args[i].refcnt++; extra.push(args[i]); }
    locals[total] = rt.newTuple(extra);
  } else if (nargs > argcount) {
    tooManyPositional(rt, func, nargs, kw, locals);
  }
  if (kw !== null) {
    const names = code.localsplusNames;
    for (const [name, value] of kw) {
      let j = -1;
      for (let p = code.posonlyargcount; p < total; p++) if (names[p] === name) { j = p; break; }
      if (j < 0) {
        if (kwdict === null) {
          let posonlyHit = false;
          for (let p = 0; p < code.posonlyargcount; p++) if (names[p] === name) posonlyHit = true;
          if (posonlyHit) {
            const hits = kw.filter(([k]) => names.slice(0, code.posonlyargcount).includes(k)).map(([k]) => k);
            rt.typeError(`${qual}() got some positional-only arguments passed as keyword arguments: '${hits.join(', ')}'`);
          }
          rt.typeError(`${qual}() got an unexpected keyword argument '${name}'`);
        }
        const k = rt.newStr(name);
        if (dictLookup(rt, kwdict, k) >= 0) { rt.decref(k); rt.typeError(`${qual}() got multiple values for keyword argument '${name}'`); }
        dictSet(rt, kwdict, k, value);
        rt.decref(k);
        continue;
      }
      if (locals[j] !== null) rt.typeError(`${qual}() got multiple values for argument '${name}'`);
      value.refcnt++;
      locals[j] = value;
    }
  }
  // Defaults for missing positional parameters.
  if (nargs < argcount) {
    const defaults = func.defaults ? func.defaults.items : [];
    const firstDefault = argcount - defaults.length;
    const missing: string[] = [];
    for (let i = nargs; i < argcount; i++) {
      if (locals[i] !== null) continue;
      if (i >= firstDefault) { const d = defaults[i - firstDefault]; d.refcnt++; locals[i] = d; }
      else missing.push(code.localsplusNames[i]);
    }
    if (missing.length > 0) {
      rt.typeError(`${qual}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${formatNames(missing)}`);
    }
  }
  if (kwonly > 0) {
    const missing: string[] = [];
    for (let i = argcount; i < total; i++) {
      if (locals[i] !== null) continue;
      const name = code.localsplusNames[i];
      const d = func.kwdefaults ? func.kwdefaults.getStr(name) : null;
      if (d !== null) { d.refcnt++; locals[i] = d; }
      else missing.push(name);
    }
    if (missing.length > 0) {
      rt.typeError(`${qual}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? '' : 's'}: ${formatNames(missing)}`);
    }
  }
}

function tooManyPositional(rt: Runtime, func: PyFunction, given: number, kw: KwArgs, locals: Array<PyObject | null>): never {
  const code = func.codeObj.code;
  const argcount = code.argcount;
  const defcount = func.defaults ? func.defaults.items.length : 0;
  let kwonlyGiven = 0;
  if (kw) {
    for (const [name] of kw) {
      for (let i = argcount; i < argcount + code.kwonlyargcount; i++) if (code.localsplusNames[i] === name) kwonlyGiven++;
    }
  }
  let sig: string;
  let plural: boolean;
  if (defcount > 0) {
    sig = `from ${argcount - defcount} to ${argcount}`;
    plural = true;
  } else {
    sig = `${argcount}`;
    plural = argcount !== 1;
  }
  let kwonlySig = '';
  if (kwonlyGiven > 0) {
    kwonlySig = ` positional argument${given !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})`;
  }
  void locals;
  rt.typeError(`${func.qualname}() takes ${sig} positional argument${plural ? 's' : ''} but ${given}${kwonlySig} ${given === 1 && kwonlyGiven === 0 ? 'was' : 'were'} given`);
}

/** Split the trailing keyword values of a CALL into KwArgs using the KW_NAMES tuple. */
export function kwFromNames(names: PyTuple, values: PyObject[]): KwArgs {
  const out: Array<[string, PyObject]> = [];
  for (let i = 0; i < names.items.length; i++) out.push([(names.items[i] as PyStr).v, values[i]]);
  return out;
}
