// Behaviour of the smaller builtin types: None, NotImplemented, Ellipsis, function,
// method, builtin function, cell, code, module, property, classmethod, staticmethod,
// generator, frame, and the sys.stdout/stderr stream objects.

import { PyObject, PyRaise } from '../objects/object';
import { makeStaticType } from '../objects/typesetup';
import { PyType } from '../objects/type';
import {
  PyFunction, PyMethod, PyBuiltin, PyCell, PyModule, PyProperty, PyWrapper, PyStr, PyMethodDescr, PyException, PyGetSetDescr, PySlotDescr,
} from '../objects/core';
import type { Runtime } from '../runtime';
import { defMethod, defGetSet, parseArgs, checkArgCount } from '../objects/native';
import { genThrow, genClose, genYf } from '../vm/generators';
import { BUILTIN_FUNCTION_DOCS } from './builtinDocs';
import { defNewMethod } from '../objects/num/common';
import { callObject } from '../vm/call';
import { descrGet, newBoundMethod, nativeDescrSet, genericGetAttr, getAttr } from '../vm/attributes';
import { PyGenerator, genResume, genSizeof, frameSizeof } from '../vm/functions';
import { dictSetStr, dictGetStr, newDict } from '../objects/dictops';
import { installStdStreams } from './stdStreams';

export function installOptionalTypes(rt: Runtime): void {
  const t = rt.t;
  // The loader of the __main__ module (importlib's SourceFileLoader), made during start-up.
  const loaderType = makeStaticType(rt, 'SourceFileLoader', { module: '_frozen_importlib_external', layout: 'object', basicsize: 16, gc: false });
  const loader = new PyObject(loaderType);
  loader.addr = rt.staticAddress(64) + 16;
  loader.refcnt = 2;
  rt.mainLoader = loader;
  defMethod(t.NoneType, '__repr__', () => rt.newStr('None'));
  defMethod(t.NoneType, '__bool__', () => rt.newBool(false));
  defMethod(t.NotImplementedType, '__repr__', () => rt.newStr('NotImplemented'));
  defMethod(t.ellipsis, '__repr__', () => rt.newStr('Ellipsis'));
  // cf. Objects/object.c none_new, notimplemented_new and sliceobject.c ellipsis_new: the singleton.
  for (const [type, single] of [[t.NoneType, rt.None], [t.NotImplementedType, rt.NotImplemented], [t.ellipsis, rt.Ellipsis]] as const) {
    type.newFn = (_t, args, kw) => {
      if (args.length > 0 || (kw !== null && kw.length > 0)) rt.typeError(`${type.name} takes no arguments`);
      single.refcnt++;
      return single;
    };
  }

  const F = t.function;
  defMethod(F, '__repr__', (self) => rt.newStr(`<function ${(self as PyFunction).qualname} at ${rt.hexAddr(self)}>`));
  defMethod(F, '__call__', (self, args, kw) => callObject(rt, self, args, kw));
  defMethod(F, '__get__', (self, args) => (args[0] === rt.None ? (self.refcnt++, self) : newBoundMethod(rt, self, args[0])));
  const fattr = (name: string, get: (f: PyFunction) => PyObject | null, set?: (f: PyFunction, v: PyObject | null) => void) =>
    defGetSet(F, name, (self) => { const v = get(self as PyFunction); if (v === null) return rt.none(); v.refcnt++; return v; }, set ? (self, v) => set(self as PyFunction, v) : null);
  // cf. Objects/funcobject.c func_set_name, func_set_qualname: only a str (not deletable).
  const strValue = (what: string, v: PyObject | null): string => {
    if (v === null || !v.type.isSubtypeOf(rt.t.str)) rt.typeError(`${what} must be set to a string object`);
    return (v as PyStr).v;
  };
  defGetSet(F, '__name__', (self) => rt.newStr((self as PyFunction).name), (self, v) => { (self as PyFunction).name = strValue('__name__', v); });
  defGetSet(F, '__qualname__', (self) => rt.newStr((self as PyFunction).qualname), (self, v) => { (self as PyFunction).qualname = strValue('__qualname__', v); });
  const swap = (f: PyFunction, key: 'defaults' | 'kwdefaults' | 'closure' | 'doc' | 'module' | 'annotations', v: PyObject | null) => {
    const nv = v === rt.None ? null : v;
    if (nv) nv.refcnt++;
    const old = f[key];
    (f as unknown as Record<string, PyObject | null>)[key] = nv;
    if (old) rt.decref(old);
  };
  // cf. func_set_defaults / func_set_kwdefaults: None or deletion clears; otherwise a tuple / a dict.
  fattr('__defaults__', (f) => f.defaults, (f, v) => {
    if (v !== null && v !== rt.None && !v.type.isSubtypeOf(rt.t.tuple)) rt.typeError('__defaults__ must be set to a tuple object');
    swap(f, 'defaults', v);
  });
  fattr('__kwdefaults__', (f) => f.kwdefaults, (f, v) => {
    if (v !== null && v !== rt.None && !v.type.isSubtypeOf(rt.t.dict)) rt.typeError('__kwdefaults__ must be set to a dict object');
    swap(f, 'kwdefaults', v);
  });
  fattr('__closure__', (f) => f.closure);
  fattr('__doc__', (f) => f.doc, (f, v) => swap(f, 'doc', v));
  fattr('__module__', (f) => f.module, (f, v) => swap(f, 'module', v));
  fattr('__globals__', (f) => f.globals);
  fattr('__code__', (f) => f.codeObj);
  defGetSet(F, '__dict__', (self) => { const f = self as PyFunction; if (f.dict === null) f.dict = newDict(rt); f.dict.refcnt++; return f.dict; });
  defGetSet(F, '__annotations__', (self) => {
    const f = self as PyFunction;
    if (f.annotations === null) f.annotations = newDict(rt);
    else if (!(f.annotations.type === rt.t.dict)) {
      const items = rt.iterate(f.annotations);
      rt.decref(f.annotations);
      f.annotations = rt.newDictFromPairs(items);
    }
    f.annotations.refcnt++;
    return f.annotations;
  });

  const M = t.method;
  defMethod(M, '__repr__', (self) => {
    // cf. Objects/classobject.c method_repr: the function's __qualname__, else __name__, else '?'.
    const m = self as PyMethod;
    const q = rt.getAttrOrNull(m.func, '__qualname__') ?? rt.getAttrOrNull(m.func, '__name__');
    let fn = '?';
    if (q !== null) { if (q.type.isSubtypeOf(rt.t.str)) fn = (q as PyStr).v; rt.decref(q); }
    return rt.newStr(`<bound method ${fn} of ${rt.repr(m.self)}>`);
  });
  defMethod(M, '__call__', (self, args, kw) => callObject(rt, self, args, kw));
  defGetSet(M, '__self__', (self) => { const s = (self as PyMethod).self; s.refcnt++; return s; });
  defGetSet(M, '__func__', (self) => { const s = (self as PyMethod).func; s.refcnt++; return s; });
  defGetSet(M, '__name__', (self) => rt.getAttrOrNull((self as PyMethod).func, '__name__') ?? rt.newStr('?'));
  // cf. Objects/classobject.c method_getattro: the method type's attributes, else the function's.
  defMethod(M, '__getattribute__', (self, args) => {
    const name = rt.str(args[0]);
    const r = genericGetAttr(rt, self, name, true);
    if (r !== null) return r;
    return getAttr(rt, (self as PyMethod).func, name);
  });
  // cf. Objects/classobject.c method_new: types.MethodType(function, instance)
  defNewMethod(rt, M, (_cls, args, kw) => {
    if (kw !== null && kw.length > 0) rt.typeError('method() takes no keyword arguments');
    if (args.length !== 2) rt.typeError(`method expected 2 arguments, got ${args.length}`);
    const [func, self] = args;
    if (func.type.lookup('__call__') === null) rt.typeError('first argument must be callable');
    if (self === rt.None) rt.typeError('instance must not be None');
    return newBoundMethod(rt, func, self);
  });
  defMethod(M, '__eq__', (self, args) => {
    const o = args[0];
    if (!(o instanceof PyMethod)) return rt.notImplemented();
    const a = self as PyMethod;
    return rt.newBool(a.func === o.func && a.self === o.self);
  });

  for (const BT of [t.builtin_function_or_method, t.method_wrapper]) {
    defMethod(BT, '__repr__', (self) => {
      const b = self as PyBuiltin;
      if (BT === t.method_wrapper) return rt.newStr(`<method-wrapper '${b.name}' of ${b.self!.type.name} object at ${rt.hexAddr(b.self!)}>`);
      if (b.self === null || b.self instanceof PyModule) return rt.newStr(`<built-in function ${b.name}>`);
      return rt.newStr(`<built-in method ${b.name} of ${b.self.type.name} object at ${rt.hexAddr(b.self)}>`);
    });
    defMethod(BT, '__call__', (self, args, kw) => (self as PyBuiltin).fn(args, kw));
    defGetSet(BT, '__name__', (self) => rt.newStr((self as PyBuiltin).name));
    defGetSet(BT, '__qualname__', (self) => rt.newStr((self as PyBuiltin).qualname));
    // m_self: the bound object, or for a module's function its module. cf. Objects/methodobject.c meth_get__self__
    defGetSet(BT, '__self__', (self) => {
      const b = self as PyBuiltin;
      const s = b.self ?? (b.module !== null ? (b.module === 'builtins' ? rt.builtinsModule : rt.modules.get(b.module)) : null);
      if (s === null || s === undefined) return rt.none();
      s.refcnt++;
      return s;
    });
    defGetSet(BT, '__module__', (self) => { const m = (self as PyBuiltin).module; return m === null ? rt.none() : rt.newStr(m); });
  }
  // cf. methodobject.c meth_get__doc__: the function's own doc (None when it has none).
  defGetSet(t.builtin_function_or_method, '__doc__', (self) => {
    const b = self as PyBuiltin;
    const doc = b.self === null || b.self instanceof PyModule ? BUILTIN_FUNCTION_DOCS.get(`${b.module}.${b.name}`) : undefined;
    return doc === undefined ? rt.none() : rt.newStr(doc);
  });
  for (const D of [t.method_descriptor, t.wrapper_descriptor]) {
    defMethod(D, '__repr__', (self) => {
      const d = self as PyMethodDescr;
      return rt.newStr(d.isSlot ? `<slot wrapper '${d.name}' of '${d.objclass.tpName}' objects>` : `<method '${d.name}' of '${d.objclass.tpName}' objects>`);
    });
    defMethod(D, '__get__', (self, args) => descrGet(rt, self, args[0] === rt.None ? null : args[0], (args[1] ?? args[0].type) as PyType));
    defMethod(D, '__call__', (self, args, kw) => callObject(rt, self, args, kw));
    defGetSet(D, '__name__', (self) => rt.newStr((self as PyMethodDescr).name));
    defGetSet(D, '__qualname__', (self) => rt.newStr(`${(self as PyMethodDescr).objclass.qualname}.${(self as PyMethodDescr).name}`));
    defGetSet(D, '__objclass__', (self) => { const c = (self as PyMethodDescr).objclass; c.refcnt++; return c; });
  }
  // getset_descriptor / member_descriptor (cf. Objects/descrobject.c getset_get, member_get, descr_repr).
  for (const D of [t.getset_descriptor, t.member_descriptor]) {
    const kind = D === t.member_descriptor ? 'member' : 'attribute';
    type ND = PyGetSetDescr | PySlotDescr;
    defMethod(D, '__repr__', (self) => rt.newStr(`<${kind} '${(self as ND).name}' of '${(self as ND).objclass.tpName}' objects>`));
    defMethod(D, '__get__', (self, args) => {
      if (args.length < 1 || args.length > 2) rt.typeError(`expected 1 or 2 arguments, got ${args.length}`);
      const obj = args[0] === rt.None ? null : args[0];
      if (obj !== null && !obj.type.isSubtypeOf((self as ND).objclass)) {
        rt.typeError(`descriptor '${(self as ND).name}' for '${(self as ND).objclass.name}' objects doesn't apply to a '${obj.type.name}' object`);
      }
      return descrGet(rt, self, obj, (args[1] ?? args[0].type) as PyType);
    });
    defMethod(D, '__set__', (self, args) => { nativeDescrSet(rt, self as ND, args[0], args[1]); return rt.none(); });
    defMethod(D, '__delete__', (self, args) => { nativeDescrSet(rt, self as ND, args[0], null); return rt.none(); });
    defGetSet(D, '__name__', (self) => rt.newStr((self as ND).name));
    defGetSet(D, '__qualname__', (self) => rt.newStr(`${(self as ND).objclass.qualname}.${(self as ND).name}`));
    defGetSet(D, '__objclass__', (self) => { const c = (self as ND).objclass; c.refcnt++; return c; });
  }

  const C = t.cell;
  defMethod(C, '__repr__', (self) => {
    const c = self as PyCell;
    if (c.ref === null) return rt.newStr(`<cell at ${rt.hexAddr(self)}: empty>`);
    return rt.newStr(`<cell at ${rt.hexAddr(self)}: ${c.ref.type.name} object at ${rt.hexAddr(c.ref)}>`);
  });
  defGetSet(C, 'cell_contents', (self) => {
    const c = self as PyCell;
    if (c.ref === null) rt.raise(rt.t.ValueError, 'Cell is empty');
    c.ref.refcnt++;
    return c.ref;
  }, (self, v) => { const c = self as PyCell; if (v) v.refcnt++; const old = c.ref; c.ref = v; if (old) rt.decref(old); });

  // cf. importlib._bootstrap._module_repr: '__file__' gives "from", a module made with a None
  // __loader__ (types.ModuleType) is just named; the simulated modules read as built-in ones.
  defMethod(t.module, '__repr__', (self) => {
    const m = self as PyModule;
    const nameObj = dictGetStr(m.dict, '__name__');
    const name = nameObj !== null && nameObj.type.isSubtypeOf(rt.t.str) ? (nameObj as PyStr).v : '?';
    const file = dictGetStr(m.dict, '__file__');
    if (file !== null && file.type.isSubtypeOf(rt.t.str)) return rt.newStr(`<module '${name}' from '${(file as PyStr).v}'>`);
    if (dictGetStr(m.dict, '__loader__') === rt.None) return rt.newStr(`<module '${name}'>`);
    return rt.newStr(`<module '${name}' (built-in)>`);
  });
  defGetSet(t.module, '__dict__', (self) => { const d = (self as PyModule).dict; d.refcnt++; return d; });
  defMethod(t.code, '__repr__', (self) => {
    const c = (self as unknown as { code: { name: string; filename: string; firstlineno: number } }).code;
    return rt.newStr(`<code object ${c.name} at ${rt.hexAddr(self)}, file "${c.filename}", line ${c.firstlineno}>`);
  });

  // property / classmethod / staticmethod
  const P = t.property;
  P.newFn = (type, args, kw) => {
    const [fget, fset, fdel, doc] = parseArgs(rt, 'property', args, kw, ['fget?', 'fset?', 'fdel?', 'doc?']);
    const n = (x: PyObject | null) => (x === null || x === rt.None ? null : (x.refcnt++, x));
    const p = new PyProperty(type, n(fget), n(fset), n(fdel), n(doc));
    // cf. Objects/descrobject.c property_init: prop_name = fget.__name__ when it has one.
    if (p.fget !== null) p.name = rt.getAttrOrNull(p.fget, '__name__');
    rt.allocObject(p, type.basicsize);
    rt.gc.track(p);
    return p;
  };
  defMethod(P, '__init__', () => rt.none());
  defMethod(P, '__get__', (self, args) => descrGet(rt, self, args[0] === rt.None ? null : args[0], (args[1] ?? args[0].type) as PyType));
  const withPart = (name: 'getter' | 'setter' | 'deleter') => defMethod(P, name, (self, args) => {
    const p = self as PyProperty;
    const parts = [p.fget, p.fset, p.fdel];
    parts[name === 'getter' ? 0 : name === 'setter' ? 1 : 2] = args[0];
    const np = new PyProperty(self.type, null, null, null, p.doc);
    for (const x of parts) if (x) x.refcnt++;
    np.fget = parts[0]; np.fset = parts[1]; np.fdel = parts[2];
    if (np.doc) np.doc.refcnt++;
    // property_copy keeps the old prop_name.
    np.name = p.name;
    if (np.name) np.name.refcnt++;
    rt.allocObject(np, self.type.basicsize);
    rt.gc.track(np);
    return np;
  });
  withPart('getter'); withPart('setter'); withPart('deleter');
  defGetSet(P, 'fget', (self) => { const v = (self as PyProperty).fget ?? rt.None; v.refcnt++; return v; });
  defGetSet(P, 'fset', (self) => { const v = (self as PyProperty).fset ?? rt.None; v.refcnt++; return v; });
  defGetSet(P, 'fdel', (self) => { const v = (self as PyProperty).fdel ?? rt.None; v.refcnt++; return v; });
  defMethod(P, '__set_name__', (self, args) => {
    if (args.length !== 2) rt.typeError(`__set_name__() takes 2 positional arguments but ${args.length} were given`);
    const p = self as PyProperty;
    const old = p.name;
    args[1].refcnt++;
    p.name = args[1];
    if (old) rt.decref(old);
    return rt.none();
  });
  defGetSet(P, '__doc__', (self) => {
    const p = self as PyProperty;
    if (p.doc) { p.doc.refcnt++; return p.doc; }
    if (p.fget) { const d = rt.getAttrOrNull(p.fget, '__doc__'); if (d) return d; }
    return rt.none();
  });
  for (const W of [t.classmethod, t.staticmethod]) {
    W.newFn = (type, args) => {
      if (args.length !== 1) rt.typeError(`${type.name} expected 1 argument, got ${args.length}`);
      args[0].refcnt++;
      const w = new PyWrapper(type, args[0]);
      rt.allocObject(w, type.basicsize);
      rt.gc.track(w);
      return w;
    };
    defMethod(W, '__init__', () => rt.none());
    defMethod(W, '__get__', (self, args) => descrGet(rt, self, args[0] === rt.None ? null : args[0], (args[1] ?? args[0].type) as PyType));
    defGetSet(W, '__func__', (self) => { const c = (self as PyWrapper).callable; c.refcnt++; return c; });
    defGetSet(W, '__wrapped__', (self) => { const c = (self as PyWrapper).callable; c.refcnt++; return c; });
  }
  defMethod(t.staticmethod, '__call__', (self, args, kw) => callObject(rt, (self as PyWrapper).callable, args, kw));

  // generators
  const G = t.generator;
  G.sizeof = (o) => genSizeof((o as PyGenerator).frame.code);
  G.traverse = (o, visit) => {
    const g = o as PyGenerator;
    for (const v of g.frame.localsplus) if (v !== null) visit(v);
    for (let i = 0; i < g.frame.sp; i++) { const v = g.frame.stack[i]; if (v !== null) visit(v); }
  };
  // cf. genobject.c _PyGen_Finalize (tp_finalize, run by the GC or before gen_dealloc): a
  // suspended generator is closed; what close() raises is unraisable.
  G.finalize = (o) => {
    const g = o as PyGenerator;
    if (g.finished || !g.started) return;
    const saved = rt.handled;
    try { genClose(rt, g); } catch (e) { if (e instanceof PyRaise) rt.reportUnraisable(e.exc, o); else throw e; }
    rt.handled = saved;
  };
  G.dealloc = (o) => {
    const g = o as PyGenerator;
    if (!g.finished) { g.finished = true; rt.releaseFrame(g.frame); }
  };
  defMethod(G, '__iter__', (self) => { self.refcnt++; return self; });
  defMethod(G, '__next__', (self) => {
    const r = genResume(rt, self as PyGenerator, rt.None, null);
    if (r.done) { const v = r.value; const e = rt.newException(rt.t.StopIteration, v === rt.None ? null : v); rt.decref(v); throw new PyRaise(e); }
    return r.value;
  });
  defMethod(G, 'send', (self, args) => {
    const r = genResume(rt, self as PyGenerator, args[0], null);
    if (r.done) { const v = r.value; const e = rt.newException(rt.t.StopIteration, v === rt.None ? null : v); rt.decref(v); throw new PyRaise(e); }
    return r.value;
  });
  // cf. genobject.c gen_throw
  defMethod(G, 'throw', (self, args) => {
    checkArgCount(rt, 'throw', args, 1, 3);
    const r = genThrow(rt, self as PyGenerator, args[0], args[1] ?? null, args[2] ?? null);
    if (r.done) { const v = r.value; const e = rt.newException(rt.t.StopIteration, v === rt.None ? null : v); rt.decref(v); throw new PyRaise(e); }
    return r.value;
  });
  defMethod(G, 'close', (self) => { genClose(rt, self as PyGenerator); return rt.none(); });
  defMethod(G, '__repr__', (self) => rt.newStr(`<generator object ${(self as PyGenerator).qualname} at ${rt.hexAddr(self)}>`));
  defGetSet(G, '__name__', (self) => rt.newStr((self as PyGenerator).name));
  defGetSet(G, '__qualname__', (self) => rt.newStr((self as PyGenerator).qualname));
  defGetSet(G, 'gi_running', (self) => rt.newBool((self as PyGenerator).running));
  defGetSet(G, 'gi_suspended', (self) => { const g = self as PyGenerator; return rt.newBool(g.started && !g.running && !g.finished); });
  defGetSet(G, 'gi_code', (self) => { const c = (self as PyGenerator).frame.codeObj; c.refcnt++; return c; });
  defGetSet(G, 'gi_yieldfrom', (self) => genYf(self as PyGenerator) ?? rt.none());
  defGetSet(G, 'gi_frame', (self) => { const g = self as PyGenerator; if (g.finished) return rt.none(); const fo = rt.frameObject(g.frame); fo.refcnt++; return fo; });

  // frames
  const FR = t.frame;
  FR.sizeof = (o) => frameSizeof((o as unknown as { frame: import('../vm/frame').Frame }).frame.code);
  FR.dealloc = (o) => {
    const f = (o as unknown as { frame: import('../vm/frame').Frame }).frame;
    f.frameObject = null;
    const fb = (o as PyObject & { fBack?: PyObject | null }).fBack;
    if (fb) { (o as PyObject & { fBack?: PyObject | null }).fBack = null; rt.decref(fb); }
    // A finished generator's frame was handed to its frame object (take_ownership): release it now.
    if (rt.frame !== f && (f.generator === null || (f.generator as PyGenerator).finished)) {
      let active = false;
      for (let x = rt.frame; x !== null; x = x.back) if (x === f) active = true;
      if (!active) rt.releaseFrame(f);
    }
  };
  FR.traverse = (o, visit) => {
    const f = (o as unknown as { frame: import('../vm/frame').Frame }).frame;
    for (const v of f.localsplus) if (v !== null) visit(v);
    if (f.localsDict !== null) visit(f.localsDict);
    const fb = (o as PyObject & { fBack?: PyObject | null }).fBack;
    if (fb) visit(fb);
  };
  FR.clear = (o) => {
    const f = (o as unknown as { frame: import('../vm/frame').Frame }).frame;
    let active = false;
    for (let x = rt.frame; x !== null; x = x.back) if (x === f) active = true;
    if (!active && f.generator === null) rt.releaseFrame(f);
  };
  defGetSet(FR, 'f_lineno', (self) => rt.newInt((self as unknown as { frame: import('../vm/frame').Frame }).frame.lineno));
  defGetSet(FR, 'f_locals', (self) => rt.frameLocals((self as unknown as { frame: import('../vm/frame').Frame }).frame));
  // cf. Objects/frameobject.c PyFrame_GetBack: the linked f_back, else the caller while running.
  defGetSet(FR, 'f_back', (self) => {
    const fb = (self as PyObject & { fBack?: PyObject | null }).fBack;
    if (fb) { fb.refcnt++; return fb; }
    const f = (self as unknown as { frame: import('../vm/frame').Frame }).frame;
    let active = false;
    for (let x = rt.frame; x !== null; x = x.back) if (x === f) active = true;
    if (!active || f.back === null) return rt.none();
    const bo = rt.frameObject(f.back);
    bo.refcnt++;
    return bo;
  });
  defGetSet(FR, 'f_code', (self) => { const c = (self as unknown as { frame: import('../vm/frame').Frame }).frame.codeObj; c.refcnt++; return c; });
  defMethod(FR, '__repr__', (self) => {
    const f = (self as unknown as { frame: import('../vm/frame').Frame }).frame;
    return rt.newStr(`<frame at ${rt.hexAddr(self)}, file '${f.code.filename}', line ${f.lineno}, code ${f.code.name}>`);
  });
  const TB = t.traceback;
  defGetSet(TB, 'tb_lineno', (self) => rt.newInt((self as unknown as { lineno: number }).lineno));
  defGetSet(TB, 'tb_next', (self) => { const n = (self as unknown as { next: PyObject | null }).next ?? rt.None; n.refcnt++; return n; });
  defGetSet(TB, 'tb_frame', (self) => { const n = (self as unknown as { frame: PyObject }).frame; n.refcnt++; return n; });

  installStdStreams(rt);
  rt.raiseClass = () => PyRaise;
  rt.reportUnraisable = (exc, obj, msg) => {
    // cf. errors.c _PyErr_WriteUnraisableMsg: an exception without a traceback gets one for the
    // current frame.
    if (exc instanceof PyException && exc.traceback === null && rt.frame !== null) rt.addTraceback(exc, rt.frame);
    const where = obj ? rt.repr(obj) : '';
    let text = `${msg ?? 'Exception ignored in'}: ${where}\n`;
    text += rt.formatException(exc);
    rt.host.write('stderr', text);
    rt.decref(exc);
  };
  rt.gc.callHook = (f, args) => rt.call(f, args);
  rt.gc.unraisable = (exc, where, msg) => rt.reportUnraisable(exc, where, msg);
  void PyException; void dictSetStr;
}

declare module '../runtime' {
  interface Runtime {
    /** __main__.__loader__: the SourceFileLoader made at start-up (static, like CPython's). */
    mainLoader: PyObject;
    reportUnraisable(exc: PyObject, obj: PyObject | null, msg?: string): void;
    formatException(exc: PyObject): string;
  }
}
