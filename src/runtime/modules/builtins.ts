// The builtins module (the essential functions) and sys. cf. Python/bltinmodule.c,
// Python/sysmodule.c.

import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyDict } from '../objects/dict';
import { readStdinLine } from './stdStreams';
import { PyInt, PyStr, PyList, PyModule, PyTuple, PyRange, PyProperty, PyFunction, PyBuiltin, PyByteArray } from '../objects/core';
import type { Runtime } from '../runtime';
import { defFunction, parseArgs, checkArgCount, defMethod, newBuiltin, noKw, checkMethO, checkNoArgs, checkPositional } from '../objects/native';
import { dictSetStr, newDict, dictGetStr, dictSet, dictItems, dictGet } from '../objects/dictops';
import { installTypeObject } from '../objects/typeobject';
import { buildClass } from '../objects/buildClass';
import { installContainers } from '../objects/containers';
import { getIter, iterNext, iterateToArray, richCompareBool, isTrue, hashObjectBig, contains, getItem } from '../vm/abstract';
import { getAttr, getAttrOrNull, setAttr } from '../vm/attributes';
import { installRuntimeHelpers } from './runtimeHelpers';
import { installSys } from './sys';
import { installRange } from '../objects/range';
import { installExceptions } from '../objects/exceptions';
import { installSyntaxErrorType } from '../objects/syntaxErrorType';
import { installImportErrorType } from '../objects/importErrorType';
import { installOSErrorType } from '../objects/osErrorType';
import { installExceptionGroups } from '../objects/exceptionGroup';
import { installExecEval } from './execEval';
import { installGenericAlias } from '../objects/genericAlias';
import { installUnionType } from '../objects/unionType';
import { installDictViews } from '../objects/dictviews';
import { installMemoryView } from '../objects/memoryview';
import { installNamespace } from '../objects/namespace';
import { defClassGetitem } from './nativeTypes';
import { clinicArgs as numClinicArgs } from '../objects/num/common';
import { installOptionalTypes } from './optionalTypes';
import { installSetTypes } from '../objects/setmethods';
import { installDictMethods } from '../objects/dictmethods';
import { installGcModule } from './gcModule';
import { installWeakrefModule } from './weakrefModule';
import { installItertoolsModule } from './itertools';
import { installFunctoolsModule } from './functools';
import { installCollectionsModule } from './collections';
import { installOperatorModule } from './operator';
import { installCopyModule } from './copy';
import { installMathModule } from './math';
import { installStringModule } from './string';
import { installRandomModule } from './randomModule';
import { installStrType } from '../objects/str';
import { installCodeAndSlice } from '../objects/codeslice';
import { installIntType } from '../objects/int';
import { installBoolType } from '../objects/bool';
import { installFloatType } from '../objects/float';
import { installComplexType } from '../objects/complex';
import { installBytesType } from '../objects/bytes';
import { installByteArrayType } from '../objects/bytearray';
import { installCallConventions } from '../objects/callconv';
import { ternaryPow } from '../vm/binaryops';

export function installBuiltins(rt: Runtime): void {
  installRuntimeHelpers(rt);
  installTypeObject(rt);
  installContainers(rt);
  installRange(rt);
  installExceptions(rt);
  installSyntaxErrorType(rt);
  installImportErrorType(rt);
  installOSErrorType(rt);
  installExceptionGroups(rt);
  installOptionalTypes(rt);
  installSetTypes(rt);
  installDictMethods(rt);
  installDictViews(rt);
  installCodeAndSlice(rt);
  installGenericAlias(rt);
  installUnionType(rt);
  // The builtin generics: __class_getitem__ = classmethod(GenericAlias).
  for (const t of [rt.t.tuple, rt.t.list, rt.t.dict, rt.t.set, rt.t.frozenset]) defClassGetitem(t);
  installIntType(rt);
  installBoolType(rt);
  installFloatType(rt);
  installComplexType(rt);
  installStrType(rt);
  installBytesType(rt);
  installByteArrayType(rt);
  installMemoryView(rt);
  installNamespace(rt);
  installWeakrefModule(rt);
  installGcModule(rt);
  const b = newDict(rt);
  rt.builtins = b;
  const mod = new PyModule(rt.t.module, 'builtins', b);
  rt.allocObject(mod, 56);
  rt.builtinsModule = mod;
  for (const name of ['object', 'type', 'int', 'bool', 'float', 'complex', 'str', 'bytes', 'bytearray', 'memoryview', 'tuple', 'list', 'dict', 'set', 'frozenset', 'range', 'slice', 'property', 'classmethod', 'staticmethod', 'super']) {
    dictSetStr(rt, b, name, rt.t[name]);
  }
  for (const t of Object.values(rt.t)) {
    if (t.isSubtypeOf(rt.t.BaseException) || (t.name.endsWith('Warning') && t.isSubtypeOf(rt.t.Exception))) dictSetStr(rt, b, t.name, t);
  }
  dictSetStr(rt, b, 'EnvironmentError', rt.t.OSError);
  dictSetStr(rt, b, 'IOError', rt.t.OSError);
  dictSetStr(rt, b, 'None', rt.None);
  dictSetStr(rt, b, 'Ellipsis', rt.Ellipsis);
  dictSetStr(rt, b, 'NotImplemented', rt.NotImplemented);
  dictSetStr(rt, b, 'True', rt.True);
  dictSetStr(rt, b, 'False', rt.False);
  const dbg = rt.newBool(true); dictSetStr(rt, b, '__debug__', dbg); rt.decref(dbg);
  const nm = rt.newStr('builtins'); dictSetStr(rt, b, '__name__', nm); rt.decref(nm);

  const fn = (name: string, f: (args: PyObject[], kw: Array<[string, PyObject]> | null) => PyObject) => defFunction(rt, b, name, f);

  fn('__build_class__', (args, kw) => buildClass(rt, args, kw));
  fn('print', (args, kw) => {
    let sep = ' '; let end = '\n'; let file: PyObject | null = null; let flush = false;
    for (const [k, v] of kw ?? []) {
      if (k === 'sep') { if (v !== rt.None) { if (v.type !== rt.t.str) rt.typeError(`sep must be None or a string, not ${v.type.name}`); sep = (v as PyStr).v; } }
      else if (k === 'end') { if (v !== rt.None) { if (v.type !== rt.t.str) rt.typeError(`end must be None or a string, not ${v.type.name}`); end = (v as PyStr).v; } }
      else if (k === 'file') { if (v !== rt.None) file = v; }
      else if (k === 'flush') flush = isTrue(rt, v);
      else rt.typeError(`'${k}' is an invalid keyword argument for print()`);
    }
    void flush;
    if (file === null) {
      // What was written before an argument's __str__ raised stays written.
      let out = '';
      try {
        args.forEach((a, i) => { if (i > 0) out += sep; out += rt.str(a); });
        out += end;
      } finally { if (out !== '') rt.writeStdout(out); }
      return rt.none();
    }
    // cf. Python/bltinmodule.c builtin_print_impl: one file.write() per argument, separator and end.
    const w = getAttr(rt, file, 'write');
    const write = (text: string) => { const s = rt.newStr(text); try { rt.decref(rt.call(w, [s])); } finally { rt.decref(s); } };
    try {
      args.forEach((a, i) => { if (i > 0) write(sep); write(rt.str(a)); });
      write(end);
    } finally { rt.decref(w); }
    return rt.none();
  });
  fn('len', (args, kw) => { checkMethO(rt, 'len()', args, kw); return rt.newInt(rt.lengthBig(args[0])); });
  fn('repr', (args, kw) => { checkMethO(rt, 'repr()', args, kw); return rt.reprObj(args[0]); });
  fn('ascii', (args, kw) => { checkMethO(rt, 'ascii()', args, kw); return rt.asciiObj(args[0]); });
  fn('id', (args, kw) => { checkMethO(rt, 'id()', args, kw); return rt.newInt(args[0].addr); });
  fn('hash', (args, kw) => { checkMethO(rt, 'hash()', args, kw); return rt.newInt(hashObjectBig(rt, args[0])); });
  fn('isinstance', (args, kw) => { checkPositional(rt, 'isinstance', args, kw, 2, 2); return rt.newBool(rt.isinstance(args[0], args[1])); });
  fn('issubclass', (args, kw) => { checkPositional(rt, 'issubclass', args, kw, 2, 2); return rt.newBool(rt.issubclass(args[0], args[1])); });
  fn('callable', (args, kw) => { checkMethO(rt, 'callable()', args, kw); return rt.newBool(args[0].type.lookup('__call__') !== null); });
  fn('getattr', (args, kw) => {
    checkPositional(rt, 'getattr', args, kw, 2, 3);
    if (args[1].type !== rt.t.str) rt.typeError(`attribute name must be string, not '${args[1].type.name}'`);
    if (args.length === 3) {
      const v = getAttrOrNull(rt, args[0], (args[1] as PyStr).v);
      if (v !== null) return v;
      args[2].refcnt++;
      return args[2];
    }
    return getAttr(rt, args[0], (args[1] as PyStr).v);
  });
  fn('setattr', (args, kw) => { checkPositional(rt, 'setattr', args, kw, 3, 3); setAttr(rt, args[0], (args[1] as PyStr).v, args[2]); return rt.none(); });
  fn('delattr', (args, kw) => { checkPositional(rt, 'delattr', args, kw, 2, 2); setAttr(rt, args[0], (args[1] as PyStr).v, null); return rt.none(); });
  fn('hasattr', (args, kw) => {
    checkPositional(rt, 'hasattr', args, kw, 2, 2);
    if (args[1].type !== rt.t.str) rt.typeError(`attribute name must be string, not '${args[1].type.name}'`);
    const v = getAttrOrNull(rt, args[0], (args[1] as PyStr).v);
    if (v === null) return rt.newBool(false);
    rt.decref(v);
    return rt.newBool(true);
  });
  fn('iter', (args, kw) => {
    checkPositional(rt, 'iter', args, kw, 1, 2);
    if (args.length === 2) return rt.callableIter(args[0], args[1]);
    return getIter(rt, args[0]);
  });
  fn('next', (args, kw) => {
    checkPositional(rt, 'next', args, kw, 1, 2);
    const it = args[0];
    if (it.type.lookup('__next__') === null) rt.typeError(`'${it.type.name}' object is not an iterator`);
    if (args.length === 2) {
      const v = iterNext(rt, it);
      if (v !== null) return v;
      args[1].refcnt++;
      return args[1];
    }
    const r = rt.callSpecialMethod(it, '__next__', [])!;
    return r;
  });
  fn('globals', (args, kw) => { checkNoArgs(rt, 'globals()', args, kw); const g = rt.frame!.globals; g.refcnt++; return g; });
  fn('locals', (args, kw) => { checkNoArgs(rt, 'locals()', args, kw); return rt.frameLocals(rt.frame!); });
  fn('vars', (args, kw) => {
    checkPositional(rt, 'vars', args, kw, 0, 1);
    if (args.length === 0) return rt.frameLocals(rt.frame!);
    const d = getAttrOrNull(rt, args[0], '__dict__');
    if (d === null) rt.typeError('vars() argument must have __dict__ attribute');
    return d;
  });
  fn('dir', (args, kw) => {
    checkPositional(rt, 'dir', args, kw, 0, 1);
    if (args.length === 0) {
      const l = rt.frameLocals(rt.frame!) as PyDict;
      const names = dictItems(l).map(([k]) => (k as PyStr).v).sort();
      rt.decref(l);
      return rt.newList(names.map((n) => rt.newStr(n)));
    }
    const r = rt.callSpecialMethod(args[0], '__dir__', [])!;
    const items = iterateToArray(rt, r);
    rt.decref(r);
    items.sort((x, y) => ((x as PyStr).v < (y as PyStr).v ? -1 : (x as PyStr).v > (y as PyStr).v ? 1 : 0));
    return rt.newList(items);
  });
  fn('input', (args, kw) => {
    checkPositional(rt, 'input', args, kw, 0, 1);
    if (args.length > 0) rt.writeStdout(rt.str(args[0]));
    const line = readStdinLine(rt);
    if (line === '') rt.raise(rt.t.EOFError, 'EOF when reading a line');
    return rt.newStr(line.endsWith('\n') ? line.slice(0, -1) : line);
  });
  fn('abs', (args, kw) => {
    checkMethO(rt, 'abs()', args, kw);
    const r = rt.callSpecialMethod(args[0], '__abs__', []);
    if (r === null) rt.typeError(`bad operand type for abs(): '${args[0].type.name}'`);
    return r;
  });
  fn('format', (args, kw) => {
    checkPositional(rt, 'format', args, kw, 1, 2);
    const spec = args.length > 1 ? args[1] : null;
    if (spec !== null && !spec.type.isSubtypeOf(rt.t.str)) rt.typeError(`format() argument 2 must be str, not ${spec.type.name}`);
    return rt.format(args[0], spec !== null ? (spec as PyStr).v : '');
  });
  fn('any', (args, kw) => {
    checkMethO(rt, 'any()', args, kw);
    const it = getIter(rt, args[0]);
    try { for (;;) { const v = iterNext(rt, it); if (v === null) return rt.newBool(false); const t = isTrue(rt, v); rt.decref(v); if (t) return rt.newBool(true); } } finally { rt.decref(it); }
  });
  fn('all', (args, kw) => {
    checkMethO(rt, 'all()', args, kw);
    const it = getIter(rt, args[0]);
    try { for (;;) { const v = iterNext(rt, it); if (v === null) return rt.newBool(true); const t = isTrue(rt, v); rt.decref(v); if (!t) return rt.newBool(false); } } finally { rt.decref(it); }
  });
  fn('chr', (args, kw) => {
    checkMethO(rt, 'chr()', args, kw);
    const v = args[0];
    if (!(v instanceof PyInt)) rt.typeError(`'${v.type.name}' object cannot be interpreted as an integer`);
    const n = Number(v.v);
    if (n < 0 || n > 0x10ffff) rt.valueError('chr() arg not in range(0x110000)');
    return rt.newStr(String.fromCodePoint(n));
  });
  fn('ord', (args, kw) => {
    checkMethO(rt, 'ord()', args, kw);
    const s = args[0];
    if (s.type.isSubtypeOf(rt.t.str)) {
      const cps = [...(s as PyStr).v];
      if (cps.length !== 1) rt.typeError(`ord() expected a character, but string of length ${cps.length} found`);
      return rt.newInt(cps[0].codePointAt(0)!);
    }
    if (s.type.isSubtypeOf(rt.t.bytes)) {
      const v = (s as unknown as { v: Uint8Array }).v;
      if (v.length !== 1) rt.typeError(`ord() expected a character, but string of length ${v.length} found`);
      return rt.newInt(v[0]);
    }
    if (s instanceof PyByteArray) {
      // cf. bltinmodule.c builtin_ord: PyByteArray_Check, then its one byte.
      if (s.length !== 1) rt.typeError(`ord() expected a character, but string of length ${s.length} found`);
      return rt.newInt(s.v[0]);
    }
    rt.typeError(`ord() expected string of length 1, but ${s.type.name} found`);
  });
  fn('sum', (args, kw) => {
    const [it0, start] = numClinicArgs(rt, 'sum', args, kw, ['iterable', 'start'], { posonly: 1, minpos: 1 });
    // cf. bltinmodule.c builtin_sum_impl: str, bytes and bytearray starts are refused (subclasses too).
    if (start !== null && start.type.isSubtypeOf(rt.t.str)) rt.typeError("sum() can't sum strings [use ''.join(seq) instead]");
    if (start !== null && start.type.isSubtypeOf(rt.t.bytes)) rt.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
    if (start !== null && start.type.isSubtypeOf(rt.t.bytearray)) rt.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
    let acc: PyObject = start ?? rt.newInt(0);
    if (start !== null) start.refcnt++;
    const it = getIter(rt, it0!);
    try {
      for (;;) {
        const v = iterNext(rt, it);
        if (v === null) break;
        const r = rt.binary(acc, v, 0);
        rt.decref(acc); rt.decref(v);
        acc = r;
      }
    } finally { rt.decref(it); }
    return acc;
  });
  const minmax = (name: 'min' | 'max', op: number) => fn(name, (args, kw) => {
    // cf. bltinmodule.c min_max: the positional count, then "|$OO:max" for key= and default=.
    if (args.length === 0) rt.typeError(`${name} expected at least 1 argument, got 0`);
    let key: PyObject | null = null; let dflt: PyObject | null = null;
    if (kw !== null && kw.length > 2) rt.typeError(`${name}() takes at most 2 keyword arguments (${kw.length} given)`);
    for (const [k, v] of kw ?? []) { if (k === 'key') key = v === rt.None ? null : v; else if (k === 'default') dflt = v; else rt.typeError(`'${k}' is an invalid keyword argument for ${name}()`); }
    let items: PyObject[];
    if (args.length === 1) items = iterateToArray(rt, args[0]);
    else { if (dflt !== null) rt.typeError(`Cannot specify a default for ${name}() with multiple positional arguments`); items = args.map((a) => { a.refcnt++; return a; }); }
    try {
      if (items.length === 0) {
        if (dflt !== null) { dflt.refcnt++; return dflt; }
        rt.valueError(`${name}() arg is an empty sequence`);
      }
      let best = items[0];
      let bestKey = key ? rt.call(key, [best]) : best;
      for (let i = 1; i < items.length; i++) {
        const k = key ? rt.call(key, [items[i]]) : items[i];
        if (richCompareBool(rt, k, bestKey, op)) { if (key) rt.decref(bestKey); best = items[i]; bestKey = k; }
        else if (key) rt.decref(k);
      }
      if (key) rt.decref(bestKey);
      best.refcnt++;
      return best;
    } finally { for (const x of items) rt.decref(x); }
  });
  minmax('min', 0);
  minmax('max', 4);
  fn('sorted', (args, kw) => {
    checkArgCount(rt, 'sorted', args, 1, 1);
    const items = iterateToArray(rt, args[0]);
    const l = rt.newList(items);
    let key: PyObject | null = null; let reverse = false;
    for (const [k, v] of kw ?? []) { if (k === 'key') key = v === rt.None ? null : v; else if (k === 'reverse') reverse = isTrue(rt, v); else { rt.decref(l); rt.typeError(`'${k}' is an invalid keyword argument for sort()`); } }
    try { rt.sortList(l, key, reverse); } catch (e) { rt.decref(l); throw e; }
    return l;
  });
  fn('reversed', (args) => {
    checkArgCount(rt, 'reversed', args, 1, 1);
    const r = rt.callSpecialMethod(args[0], '__reversed__', []);
    if (r !== null) return r;
    const o = args[0];
    if (o.type.lookup('__getitem__') === null || o.type.lookup('__len__') === null || o.type === rt.t.dict) rt.typeError(`'${o.type.name}' object is not reversible`);
    let i = rt.length(o) - 1;
    return rt.newNativeIter('reversed', () => {
      if (i < 0) return null;
      const k = rt.newInt(i--);
      try { return getItem(rt, o, k); } finally { rt.decref(k); }
    }, [o], 32);
  });
  fn('enumerate', (args, kw) => {
    // cf. Objects/enumobject.c enum_vectorcall: its own messages when no keywords are given.
    if (kw === null || kw.length === 0) {
      if (args.length === 0) rt.typeError("enumerate() missing required argument 'iterable'");
      if (args.length > 2) rt.typeError(`enumerate() takes at most 2 arguments (${args.length} given)`);
    }
    const [it0, start] = parseArgs(rt, 'enumerate', args, kw, ['iterable', 'start?']);
    const it = getIter(rt, it0!);
    let n: bigint = start !== null ? rt.indexValue(start) : 0n;
    const e = rt.newNativeIter('enumerate', () => {
      const v = iterNext(rt, it);
      if (v === null) return null;
      return rt.newTuple([rt.newInt(n++), v]);
    }, [it], 56); // cf. Objects/enumobject.c enumobject: index, sit, result, longindex, one
    rt.decref(it);
    return e;
  });
  fn('zip', (args, kw) => {
    let strict = false;
    for (const [k, v] of kw ?? []) { if (k === 'strict') strict = isTrue(rt, v); else rt.typeError(`'${k}' is an invalid keyword argument for zip()`); }
    const its = args.map((a, i) => {
      try { return getIter(rt, a); } catch (e) { throw e; } finally { void i; }
    });
    const z = rt.newNativeIter('zip', () => {
      if (its.length === 0) return null;
      const vals: PyObject[] = [];
      for (let i = 0; i < its.length; i++) {
        const v = iterNext(rt, its[i]);
        if (v === null) {
          for (const x of vals) rt.decref(x);
          if (strict) {
            if (i > 0) rt.valueError(`zip() argument ${i + 1} is shorter than argument${i > 1 ? 's 1-' + i : ' 1'}`);
            for (let j = 1; j < its.length; j++) {
              const w = iterNext(rt, its[j]);
              if (w !== null) { rt.decref(w); rt.valueError(`zip() argument ${j + 1} is longer than argument${j > 1 ? 's 1-' + j : ' 1'}`); }
            }
          }
          return null;
        }
        vals.push(v);
      }
      return rt.newTuple(vals);
    }, its, 48); // cf. Python/bltinmodule.c zipobject: tuplesize, ittuple, result, strict
    for (const it of its) rt.decref(it);
    return z;
  });
  fn('map', (args, kw) => {
    noKw(rt, 'map', kw);
    if (args.length < 2) rt.typeError('map() must have at least two arguments.');
    const f = args[0];
    const its = args.slice(1).map((a) => getIter(rt, a));
    const m = rt.newNativeIter('map', () => {
      const vals: PyObject[] = [];
      for (const it of its) {
        const v = iterNext(rt, it);
        if (v === null) { for (const x of vals) rt.decref(x); return null; }
        vals.push(v);
      }
      try { return rt.call(f, vals); } finally { for (const x of vals) rt.decref(x); }
    }, [f, ...its], 32); // cf. Python/bltinmodule.c mapobject: iters, func
    for (const it of its) rt.decref(it);
    return m;
  });
  fn('filter', (args, kw) => {
    noKw(rt, 'filter', kw);
    checkArgCount(rt, 'filter', args, 2, 2);
    const f = args[0];
    const it = getIter(rt, args[1]);
    const r = rt.newNativeIter('filter', () => {
      for (;;) {
        const v = iterNext(rt, it);
        if (v === null) return null;
        let keep: boolean;
        if (f === rt.None) keep = isTrue(rt, v);
        else { const r2 = rt.call(f, [v]); keep = isTrue(rt, r2); rt.decref(r2); }
        if (keep) return v;
        rt.decref(v);
      }
    }, [f, it], 32); // cf. Python/bltinmodule.c filterobject: func, it
    rt.decref(it);
    return r;
  });
  fn('divmod', (args, kw) => { checkPositional(rt, 'divmod', args, kw, 2, 2); const r = rt.callSpecialMethod(args[0], '__divmod__', [args[1]]); if (r !== null && r !== rt.NotImplemented) return r; if (r) rt.decref(r); const r2 = rt.callSpecialMethod(args[1], '__rdivmod__', [args[0]]); if (r2 !== null && r2 !== rt.NotImplemented) return r2; rt.typeError(`unsupported operand type(s) for divmod(): '${args[0].type.name}' and '${args[1].type.name}'`); });
  fn('pow', (args, kw) => {
    const [x, y, m] = numClinicArgs(rt, 'pow', args, kw, ['base', 'exp', 'mod'], { minpos: 2 });
    if (m === null || m === rt.None) return rt.binary(x!, y!, 8);
    return ternaryPow(rt, x!, y!, m);
  });
  fn('round', (args, kw) => {
    const [x, nd] = numClinicArgs(rt, 'round', args, kw, ['number', 'ndigits'], { minpos: 1 });
    const r = nd === null || nd === rt.None ? rt.callSpecialMethod(x!, '__round__', []) : rt.callSpecialMethod(x!, '__round__', [nd]);
    if (r === null) rt.typeError(`type ${x!.type.name} doesn't define __round__ method`);
    return r;
  });
  const baseFn = (name: string, base: number, prefix: string) => fn(name, (args, kw) => {
    checkMethO(rt, `${name}()`, args, kw);
    const v = rt.indexValue(args[0]);
    const neg = v < 0n;
    return rt.newStr((neg ? '-' : '') + prefix + (neg ? -v : v).toString(base));
  });
  baseFn('bin', 2, '0b');
  baseFn('oct', 8, '0o');
  baseFn('hex', 16, '0x');
  fn('exit', () => rt.raise(rt.t.SystemExit, ''));
  installExecEval(rt, b);
  void contains; void dictGetStr; void dictSet; void dictGet; void PyList; void PyTuple; void PyRange; void PyProperty; void PyFunction; void PyBuiltin; void defMethod; void newBuiltin; void PyType;
  installCallConventions(rt);
  installSys(rt);
  installItertoolsModule(rt);
  installFunctoolsModule(rt);
  installCollectionsModule(rt);
  installOperatorModule(rt);
  installCopyModule(rt);
  installMathModule(rt);
  installStringModule(rt);
  installRandomModule(rt);
}
