// Calling conventions of the builtin types' methods: METH_O and METH_NOARGS,
// with the checks and messages CPython makes before the C function runs
// (cf. Objects/descrobject.c method_vectorcall_O / _NOARGS, method_check_args):
//
//   [].append(1, 2)  -> "list.append() takes exactly one argument (2 given)"
//   "s".upper(1)     -> "str.upper() takes no arguments (1 given)"
//   [].copy(x=1)     -> "list.copy() takes no keyword arguments"
//
// The builtins module's METH_O/METH_NOARGS functions check for themselves
// (checkMethO/checkNoArgs in modules/builtins.ts). The tables list the 3.11
// methods declared METH_O / METH_NOARGS (their clinic or PyMethodDef
// entries); names a type does not define are skipped.

import type { PyType } from './type';
import { PyMethodDescr } from './core';
import type { Runtime } from '../runtime';
import { dictGetStr } from './dictops';
import { checkMethO, checkNoArgs } from './native';

type Conv = 'O' | 'NOARGS';

/** Give methods of `t` a METH_O or METH_NOARGS argument check. */
export function setMethodConv(t: PyType, conv: Conv, names: string[]): void {
  const rt = t.rt;
  const check = conv === 'O' ? checkMethO : checkNoArgs;
  for (const name of names) {
    const d = dictGetStr(t.dict, name);
    if (!(d instanceof PyMethodDescr)) continue;
    const inner = d.fn;
    const funcstr = `${t.name}.${name}()`;
    d.fn = (self, args, kw) => { check(rt, funcstr, args, kw); return inner(self, args, kw); };
  }
}

const STR_NOARGS = ['capitalize', 'casefold', 'isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper', 'lower', 'swapcase', 'title', 'upper', '__getnewargs__', '__sizeof__'];
const BYTES_NOARGS = ['capitalize', 'isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper', 'lower', 'swapcase', 'title', 'upper', '__getnewargs__', '__bytes__', '__sizeof__'];

/** The conventions of the builtin types' methods. */
export function installCallConventions(rt: Runtime): void {
  const t = rt.t;
  setMethodConv(t.list, 'O', ['append', 'count', 'extend', 'remove']);
  setMethodConv(t.list, 'NOARGS', ['clear', 'copy', 'reverse', '__reversed__', '__sizeof__']);
  setMethodConv(t.tuple, 'O', ['count']);
  setMethodConv(t.tuple, 'NOARGS', ['__getnewargs__']);
  setMethodConv(t.dict, 'NOARGS', ['keys', 'items', 'values', 'copy', 'clear', 'popitem', '__reversed__', '__sizeof__']);
  for (const s of [t.set, t.frozenset]) {
    setMethodConv(s, 'O', ['add', 'discard', 'remove', 'symmetric_difference', 'symmetric_difference_update', 'issubset', 'issuperset', 'isdisjoint']);
    setMethodConv(s, 'NOARGS', ['clear', 'copy', 'pop', '__reduce__', '__sizeof__']);
  }
  setMethodConv(t.str, 'O', ['join', 'removeprefix', 'removesuffix', 'zfill', '__format__']);
  setMethodConv(t.str, 'NOARGS', STR_NOARGS);
  setMethodConv(t.bytes, 'O', ['join', 'removeprefix', 'removesuffix', 'zfill']);
  setMethodConv(t.bytes, 'NOARGS', BYTES_NOARGS);
  setMethodConv(t.bytearray, 'O', ['append', 'extend', 'remove', 'join', 'removeprefix', 'removesuffix', 'zfill']);
  setMethodConv(t.bytearray, 'NOARGS', [...BYTES_NOARGS.filter((n) => n !== '__getnewargs__' && n !== '__bytes__'), 'clear', 'copy', 'reverse', '__alloc__']);
  setMethodConv(t.int, 'NOARGS', ['bit_length', 'bit_count', 'conjugate', 'as_integer_ratio', '__trunc__', '__floor__', '__ceil__', '__getnewargs__', '__sizeof__']);
  setMethodConv(t.int, 'O', ['__format__']);
  setMethodConv(t.float, 'NOARGS', ['as_integer_ratio', 'conjugate', 'hex', 'is_integer', '__trunc__', '__floor__', '__ceil__', '__getnewargs__']);
  setMethodConv(t.float, 'O', ['__format__']);
  setMethodConv(t.complex, 'NOARGS', ['conjugate', '__getnewargs__']);
}
