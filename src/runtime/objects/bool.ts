// The behaviour of `bool`: cf. Objects/boolobject.c (3.11). bool is an int
// subclass with two static instances; & | ^ between bools give bools, everything
// else is int's behaviour (~True is -2 in 3.11, without a warning).

import type { PyObject } from './object';
import { PyInt } from './core';
import type { Runtime } from '../runtime';
import { defMethod } from './native';
import { isTrue } from '../vm/abstract';
import { intAnd, intOr, intXor } from './num/intops';
import { type IntVal } from './num/bigmath';
import { slotArgs, defNewMethod } from './num/common';

export const BOOL_DOC = `bool(x) -> bool

Returns True when the argument x is true, False otherwise.
The builtins True and False are the only two instances of the class bool.
The class bool is a subclass of the class int, and cannot be subclassed.`;

export function installBoolType(rt: Runtime): void {
  const T = rt.t.bool;
  T.doc = BOOL_DOC;
  defNewMethod(rt, T, (_type, args, kw) => {
    if (kw !== null && kw.length > 0) rt.typeError('bool() takes no keyword arguments');
    if (args.length > 1) rt.typeError(`bool expected at most 1 argument, got ${args.length}`);
    return rt.newBool(args.length === 1 && isTrue(rt, args[0]));
  });
  defMethod(T, '__repr__', (self, args, kw) => {
    slotArgs(rt, '__repr__', args, kw, 0);
    return rt.newStr(self === rt.True || (self as PyInt).v !== 0 ? 'True' : 'False');
  });
  const logical = (name: string, rname: string, fn: (a: IntVal, b: IntVal) => IntVal): void => {
    const impl = (a: PyObject, b: PyObject): PyObject => {
      if (!(a instanceof PyInt) || !(b instanceof PyInt)) return rt.notImplemented();
      const v = fn(a.v, b.v);
      if (a.type === rt.t.bool && b.type === rt.t.bool) return rt.newBool(v !== 0);
      return rt.newInt(v);
    };
    defMethod(T, name, (self, args, kw) => { slotArgs(rt, name, args, kw, 1); return impl(self, args[0]); });
    defMethod(T, rname, (self, args, kw) => { slotArgs(rt, rname, args, kw, 1); return impl(args[0], self); });
  };
  logical('__and__', '__rand__', intAnd);
  logical('__or__', '__ror__', intOr);
  logical('__xor__', '__rxor__', intXor);
}
