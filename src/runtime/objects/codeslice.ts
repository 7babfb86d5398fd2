// Attributes of code objects and the slice type. cf. Objects/codeobject.c
// (code_getsetlist, code_memberlist) and Objects/sliceobject.c.

import type { PyObject } from './object';
import { PyCodeObj, PySlice, PyInt } from './core';
import type { Runtime } from '../runtime';
import { defGetSet, defMethod } from './native';
import { varnames, cellvars, freevars } from '../compile/code';
import { sliceIndices } from './containers';
import { richCompareBool } from '../vm/abstract';
import { codeSizeof } from '../vm/functions';

export function installCodeAndSlice(rt: Runtime): void {
  const C = rt.t.code;
  const code = (o: PyObject) => (o as PyCodeObj).code;
  const strs = (xs: string[]) => rt.newTuple(xs.map((x) => rt.internStr(x)));
  defGetSet(C, 'co_name', (o) => rt.internStr(code(o).name));
  defGetSet(C, 'co_qualname', (o) => rt.newStr(code(o).qualname));
  defGetSet(C, 'co_filename', (o) => rt.newStr(code(o).filename));
  defGetSet(C, 'co_firstlineno', (o) => rt.newInt(code(o).firstlineno));
  defGetSet(C, 'co_argcount', (o) => rt.newInt(code(o).argcount));
  defGetSet(C, 'co_posonlyargcount', (o) => rt.newInt(code(o).posonlyargcount));
  defGetSet(C, 'co_kwonlyargcount', (o) => rt.newInt(code(o).kwonlyargcount));
  defGetSet(C, 'co_nlocals', (o) => rt.newInt(varnames(code(o)).length));
  defGetSet(C, 'co_flags', (o) => rt.newInt(code(o).flags));
  defGetSet(C, 'co_stacksize', (o) => rt.newInt(code(o).stacksize));
  defGetSet(C, 'co_varnames', (o) => strs(varnames(code(o))));
  defGetSet(C, 'co_cellvars', (o) => strs(cellvars(code(o))));
  defGetSet(C, 'co_freevars', (o) => strs(freevars(code(o))));
  defGetSet(C, 'co_names', (o) => strs(code(o).names));
  defGetSet(C, 'co_consts', (o) => { const t = (o as PyCodeObj).constsTuple; t.refcnt++; return t; });
  C.sizeof = (o) => codeSizeof(code(o));
  // cf. codeobject.c code_repr
  defMethod(C, '__repr__', (o) => {
    const c = code(o);
    return rt.newStr(`<code object ${c.name} at ${rt.hexAddr(o)}, file "${c.filename}", line ${c.firstlineno}>`);
  });

  const S = rt.t.slice;
  S.newFn = (type, args) => {
    if (args.length < 1 || args.length > 3) rt.typeError(args.length === 0 ? 'slice expected at least 1 argument, got 0' : `slice expected at most 3 arguments, got ${args.length}`);
    if (args.length === 1) return rt.newSlice(rt.None, args[0], rt.None);
    return rt.newSlice(args[0], args[1], args[2] ?? rt.None);
  };
  const part = (k: 'start' | 'stop' | 'step') => (o: PyObject) => { const v = (o as PySlice)[k]; v.refcnt++; return v; };
  defGetSet(S, 'start', part('start'));
  defGetSet(S, 'stop', part('stop'));
  defGetSet(S, 'step', part('step'));
  defMethod(S, '__repr__', (o) => {
    const s = o as PySlice;
    return rt.newStr(`slice(${rt.repr(s.start)}, ${rt.repr(s.stop)}, ${rt.repr(s.step)})`);
  });
  defMethod(S, 'indices', (o, args) => {
    const n = rt.indexValue(args[0]);
    if (n < 0n) rt.valueError('length should not be negative');
    const [start, stop, step] = sliceIndices(rt, o as PySlice, Number(n));
    const s = o as PySlice;
    const stopAdj = step < 0 && s.stop === rt.None ? -1 : stop;
    return rt.newTuple([rt.newInt(start), rt.newInt(stopAdj), rt.newInt(step)]);
  });
  const asTuple = (o: PyObject) => [(o as PySlice).start, (o as PySlice).stop, (o as PySlice).step];
  defMethod(S, '__eq__', (o, args) => {
    if (!(args[0] instanceof PySlice)) return rt.notImplemented();
    const a = asTuple(o); const b = asTuple(args[0]);
    return rt.newBool(a.every((x, i) => x === b[i] || richCompareBool(rt, x, b[i], 2)));
  });
  const k = rt.internStr('__hash__');
  rt.decref(k);
  void PyInt;
}
