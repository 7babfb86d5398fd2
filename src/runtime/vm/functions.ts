// Function objects, code-object constants and generators.
// cf. Objects/funcobject.c, Objects/codeobject.c, Objects/genobject.c.

import { PyObject, PyRaise } from '../objects/object';
import { PyFunction, PyCodeObj, PyTuple, PyStr } from '../objects/core';
import type { PyDict } from '../objects/dict';
import type { Runtime } from '../runtime';
import type { Frame } from './frame';
import type { CodeObject, Const } from '../compile/code';
import { dictGetStr } from '../objects/dictops';
import { evalFrame } from './eval';
import { inlineCacheEntries, opInfo } from '../compile/opcodes';

/** MAKE_FUNCTION: a new function object (steals the optional parts). */
export function makeFunction(
  rt: Runtime, codeObj: PyCodeObj, globals: PyDict, builtins: PyDict,
  defaults: PyTuple | null, kwdefaults: PyDict | null, annotations: PyObject | null, closure: PyTuple | null,
): PyFunction {
  codeObj.refcnt++;
  globals.refcnt++;
  builtins.refcnt++;
  const f = new PyFunction(rt.t.function, codeObj, globals, builtins);
  rt.allocObject(f, 136);
  f.defaults = defaults;
  f.kwdefaults = kwdefaults;
  f.annotations = annotations;
  f.closure = closure;
  const mod = dictGetStr(globals, '__name__');
  if (mod !== null) { mod.refcnt++; f.module = mod; }
  const c = codeObj.code;
  if (c.hasDocstring && codeObj.consts.length > 0 && codeObj.consts[0].type === rt.t.str) {
    codeObj.consts[0].refcnt++;
    f.doc = codeObj.consts[0];
  }
  rt.gc.track(f);
  return f;
}

/** Materialise a compiled constant as an object (new reference). `cache` shares objects per compilation unit. */
export function constToObject(rt: Runtime, c: Const, cache: Map<Const, PyObject>, filename: string): PyObject {
  const hit = cache.get(c);
  if (hit !== undefined) { hit.refcnt++; return hit; }
  let o: PyObject;
  switch (c.kind) {
    case 'int': o = rt.newInt(c.value); break;
    case 'float': o = rt.newFloat(c.value); break;
    case 'complex': o = rt.newComplex(c.real, c.imag); break;
    case 'str': o = isIdentifierLike(c.value) ? rt.internStr(c.value) : rt.newStr(c.value); break;
    case 'bytes': o = rt.newBytes(c.value); break;
    case 'bool': o = rt.newBool(c.value); break;
    case 'None': o = rt.none(); break;
    case 'Ellipsis': o = rt.Ellipsis; o.refcnt++; break;
    case 'tuple': o = rt.newTuple(c.items.map((x) => constToObject(rt, x, cache, filename))); break;
    case 'frozenset': o = rt.newFrozenset(c.items.map((x) => constToObject(rt, x, cache, filename)), c.rebuilt === true); break;
    case 'code': o = loadCode(rt, c.code, cache, filename); break;
  }
  cache.set(c, o);
  o.refcnt++; // the cache's reference (released by releaseConstCache)
  return o;
}

/** all_name_chars: constants made of [A-Za-z0-9_] are interned (cf. Objects/codeobject.c intern_string_constants). */
function isIdentifierLike(s: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(s);
}

/** A code object with its constants as objects. */
export function loadCode(rt: Runtime, code: CodeObject, cache: Map<Const, PyObject>, filename: string): PyCodeObj {
  const consts = constToObject(rt, code.constsTuple, cache, filename) as PyTuple;
  // cf. Objects/codeobject.c intern_strings(co_names), intern_strings(co_localsplusnames): the
  // code object holds its identifiers, interned (CPython makes them at compile time).
  const names: PyStr[] = [];
  for (const n of code.names) names.push(rt.internStr(n));
  for (const n of code.localsplusNames) names.push(rt.internStr(n));
  const o = new PyCodeObj(rt.t.code, code, consts);
  o.names = names;
  rt.allocObject(o, codeSizeof(code));
  return o;
}

/**
 * A code object's size: offsetof(PyCodeObject, co_code_adaptive) = 184 plus its bytecode as
 * CPython 3.11 lays it out (2 bytes a unit: each instruction, its inline caches, and the
 * EXTENDED_ARG prefixes of arguments above 255; jump arguments are relative there), rounded to 8.
 * cf. Objects/codeobject.c _PyCode_New (PyObject_NewVar) and code_sizeof.
 */
export function codeSizeof(code: CodeObject): number {
  const n = code.code.length >> 1;
  const ext = (v: number): number => (v > 0xffffff ? 3 : v > 0xffff ? 2 : v > 0xff ? 1 : 0);
  const extra = new Int32Array(n);
  const start = new Int32Array(n + 1);
  for (let pass = 0; pass < 2; pass++) {
    let off = 0;
    for (let i = 0; i < n; i++) {
      off += extra[i];
      start[i] = off;
      off += 1 + inlineCacheEntries(code.code[2 * i]);
    }
    start[n] = off;
    for (let i = 0; i < n; i++) {
      const op = code.code[2 * i];
      let arg = code.code[2 * i + 1];
      if (opInfo(op).arg === 'jump') {
        const after = start[i] + 1 + inlineCacheEntries(op);
        arg = Math.abs(start[arg] - after);
      }
      extra[i] = ext(arg);
    }
  }
  let units = 0;
  for (let i = 0; i < n; i++) units += extra[i] + 1 + inlineCacheEntries(code.code[2 * i]);
  return (184 + 2 * units + 7) & ~7;
}

/** Drop the per-unit constant cache's references. */
export function releaseConstCache(rt: Runtime, cache: Map<Const, PyObject>): void {
  for (const o of cache.values()) rt.decref(o);
  cache.clear();
}

/** A generator object owning a suspended frame. cf. Objects/genobject.c. */
export class PyGenerator extends PyObject {
  running = false;
  finished = false;
  started = false;
  /** The exception being handled inside the generator when it last yielded (gi_exc_state). */
  excState: PyObject | null = null;
  constructor(rt: Runtime, public frame: Frame, public name: string, public qualname: string) {
    super(rt.t.generator);
  }
}

/** The generator embeds its frame: basicsize (offsetof(PyGenObject, gi_iframe) + offsetof(_PyInterpreterFrame,
 * localsplus) = 152) plus one slot per local, cell, free var and stack entry.
 * cf. Objects/genobject.c make_gen (PyObject_GC_NewVar with co_nlocalsplus + co_stacksize items) and gen_sizeof. */
export function genSizeof(c: { localsplusNames: string[]; stacksize: number }): number {
  return 152 + 8 * (c.localsplusNames.length + c.stacksize);
}

/** A frame object (made on demand) likewise has room for a copy of the frame: offsetof(PyFrameObject,
 * _f_frame_data) + offsetof(_PyInterpreterFrame, localsplus) = 120, plus the slots.
 * cf. Objects/frameobject.c _PyFrame_New_NoTrack and frame_sizeof. */
export function frameSizeof(c: { localsplusNames: string[]; stacksize: number }): number {
  return 120 + 8 * (c.localsplusNames.length + c.stacksize);
}

export function makeGenerator(rt: Runtime, f: Frame): PyGenerator {
  const g = new PyGenerator(rt, f, f.code.name, f.code.qualname);
  const c = f.code;
  rt.allocObject(g, genSizeof(c));
  f.generator = g;
  rt.gc.track(g);
  return g;
}

/** Resume a generator with `value` (send). Returns {done, value}: done means it returned (value = return value). */
export function genResume(rt: Runtime, g: PyGenerator, value: PyObject | null, throwExc: PyObject | null): { done: boolean; value: PyObject } {
  if (g.running) rt.valueError('generator already executing');
  if (g.finished) {
    if (throwExc !== null) { throwExc.refcnt++; throw new PyRaise(throwExc); }
    return { done: true, value: rt.none() };
  }
  const f = g.frame;
  if (!g.started) {
    if (value !== null && value !== rt.None && throwExc === null) rt.typeError("can't send non-None value to a just-started generator");
    g.started = true;
  }
  if (throwExc === null) {
    const v = value ?? rt.None;
    v.refcnt++;
    f.stack[f.sp++] = v;
  }
  g.running = true;
  const outer = rt.handled;
  if (g.excState !== null) rt.handled = g.excState;
  let result: PyObject;
  try {
    result = evalFrame(rt, f, throwExc !== null ? (throwExc.refcnt++, rt.freshRaise(throwExc)) : null);
  } catch (e) {
    g.running = false;
    g.finished = true;
    g.excState = null;
    rt.handled = outer;
    rt.releaseGeneratorFrame(g);
    if (e instanceof PyRaise && rt.isInstanceOf(e.exc, rt.t.StopIteration)) {
      // PEP 479
      const err = rt.newException(rt.t.RuntimeError, 'generator raised StopIteration');
      rt.setCauseAndContext(err, e.exc);
      throw new PyRaise(err);
    }
    throw e;
  }
  g.running = false;
  const yielded = rt.yielded;
  rt.yielded = false;
  if (rt.handled !== outer) { g.excState = rt.handled; rt.handled = outer; } else g.excState = null;
  if (!yielded) {
    g.finished = true;
    rt.releaseGeneratorFrame(g);
    return { done: true, value: result };
  }
  return { done: false, value: result };
}

export { PyStr };
