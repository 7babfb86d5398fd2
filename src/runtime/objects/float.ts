// The behaviour of `float`: cf. Objects/floatobject.c (3.11) and Objects/abstract.c
// (PyNumber_Float). Results are made with rt.newFloat (free list, memory accounting).

import type { PyObject } from './object';
import type { PyType, KwArgs } from './type';
import { PyInt, PyFloat, PyStr, PyBytes, PyByteArray } from './core';
import type { Runtime } from '../runtime';
import { defMethod, defGetSet, checkArgCount, noKw } from './native';
import { dictSetStr } from './dictops';
import { callSpecial } from '../vm/abstract';
import { floatRepr, formatFloat, parseFloatLiteral } from './format';
import { type IntVal, compareFloatInt } from './num/bigmath';
import {
  floatTrueDiv as floatTrueDivValue, floatFloorDiv as floatFloorDivValue, floatMod as floatModValue,
  floatDivmod as floatDivmodValue, floatPowValue, type FloatPowResult, floatToInt, floatFloor,
  floatCeil, floatAsIntegerRatio, floatIsInteger, floatRoundToInt, floatRoundNdigits, floatHex, floatFromHex,
} from './num/floatops';
import { intToFloatChecked } from './num/intops';
import { cPow } from './num/complexops';
import { pyHashFloatBig, hashToIntVal } from './numhash';
import { withNum, slotArgs, ternaryArgs, noArgs, newFloatSubclass, clip200, defNewMethod } from './num/common';
import { numberIndex, indexClipped, slotArgsFormat } from './int';
import { warnAt } from '../modules/randomSupport';

const clip50 = (s: string): string => Array.from(s).slice(0, 50).join('');


// ---- helpers for the eval loop and builtins ---------------------------------------------

/** The float object for a FloatPowResult: a float, or complex(a) ** complex(b). */
export function floatPowResultObject(rt: Runtime, r: FloatPowResult, a: number, b: number): PyObject {
  if (!r.complex) return rt.newFloat(r.v);
  const z = withNum(rt, () => cPow({ real: a, imag: 0 }, { real: b, imag: 0 }));
  return rt.newComplex(z.real, z.imag);
}

/** a ** b for floats (float_pow): a float, or a complex for a negative base with a fractional exponent. */
export function floatPow(rt: Runtime, a: number, b: number): PyObject {
  return floatPowResultObject(rt, withNum(rt, () => floatPowValue(a, b)), a, b);
}

/** float / float (float_div): ZeroDivisionError 'float division by zero'. */
export function floatTrueDiv(rt: Runtime, a: number, b: number): number {
  return withNum(rt, () => floatTrueDivValue(a, b));
}

/** float // float with Python's sign rules: ZeroDivisionError 'float floor division by zero'. */
export function floatFloorDiv(rt: Runtime, a: number, b: number): number {
  return withNum(rt, () => floatFloorDivValue(a, b));
}

/** float % float (the result has the divisor's sign): ZeroDivisionError 'float modulo'. */
export function floatMod(rt: Runtime, a: number, b: number): number {
  return withNum(rt, () => floatModValue(a, b));
}

/** divmod(float, float): ZeroDivisionError 'float divmod()'. */
export function floatDivmod(rt: Runtime, a: number, b: number): [number, number] {
  return withNum(rt, () => floatDivmodValue(a, b));
}

/** CONVERT_TO_DOUBLE: the double of a float or int operand, or null (NotImplemented). */
export function toDouble(rt: Runtime, o: PyObject): number | null {
  if (o instanceof PyFloat) return o.v;
  if (o instanceof PyInt) return withNum(rt, () => intToFloatChecked(o.v));
  return null;
}

/** PyFloat_AsDouble: floats, objects with __float__ or __index__. */
export function asDouble(rt: Runtime, o: PyObject): number {
  if (o instanceof PyFloat) return o.v;
  if (o.type.lookup('__float__') !== null) {
    const r = callSpecial(rt, o, '__float__', [])!;
    if (!(r instanceof PyFloat)) {
      const n = r.type.name;
      rt.decref(r);
      rt.typeError(`${clip50(o.type.name)}.__float__ returned non-float (type ${clip50(n)})`);
    }
    const v = r.v;
    rt.decref(r);
    return v;
  }
  if (o.type.lookup('__index__') !== null) {
    const r = numberIndex(rt, o);
    try { return withNum(rt, () => intToFloatChecked(r.v)); } finally { rt.decref(r); }
  }
  rt.typeError(`must be real number, not ${clip200(o.type.name)}`);
}

/** float(str | bytes | bytearray) (PyFloat_FromString). */
export function floatFromString(rt: Runtime, o: PyObject): PyObject {
  let text: string | null = null;
  if (o instanceof PyStr) text = o.v;
  else if (o instanceof PyBytes || o instanceof PyByteArray) {
    const b = o instanceof PyBytes ? o.v : o.v.subarray(0, o.length);
    let ascii = true;
    for (const x of b) if (x >= 0x80) { ascii = false; break; }
    text = ascii ? String.fromCharCode(...b) : '\x00';
  } else {
    rt.typeError(`float() argument must be a string or a real number, not '${clip200(o.type.name)}'`);
  }
  const v = parseFloatLiteral(text);
  if (v === null) rt.valueError(`could not convert string to float: ${rt.repr(o)}`);
  return rt.newFloat(v);
}

/** PyNumber_Float: float(x) for one argument (new reference, an exact float). */
export function floatFromNumber(rt: Runtime, o: PyObject): PyObject {
  if (o.type === rt.t.float) { o.refcnt++; return o; }
  if (o.type.lookup('__float__') !== null) {
    const r = callSpecial(rt, o, '__float__', [])!;
    if (r.type === rt.t.float) return r;
    if (!(r instanceof PyFloat)) {
      const n = r.type.name;
      rt.decref(r);
      rt.typeError(`${clip50(o.type.name)}.__float__ returned non-float (type ${clip50(n)})`);
    }
    warnAt(rt, 'DeprecationWarning', `${clip50(o.type.name)}.__float__ returned non-float (type ${clip50(r.type.name)}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`);
    const c = rt.newFloat(r.v);
    rt.decref(r);
    return c;
  }
  if (o.type.lookup('__index__') !== null) {
    const r = numberIndex(rt, o);
    try { return rt.newFloat(withNum(rt, () => intToFloatChecked(r.v))); } finally { rt.decref(r); }
  }
  if (o instanceof PyFloat) return rt.newFloat(o.v);
  return floatFromString(rt, o);
}

function floatNew(rt: Runtime, type: PyType, args: PyObject[], kw: KwArgs): PyObject {
  noKw(rt, 'float', kw);
  checkArgCount(rt, 'float', args, 0, 1);
  let r: PyObject;
  if (args.length === 0) r = rt.newFloat(0.0);
  else if (args[0].type === rt.t.str) r = floatFromString(rt, args[0]);
  else r = floatFromNumber(rt, args[0]);
  if (type === rt.t.float) return r;
  const v = (r as PyFloat).v;
  rt.decref(r);
  return newFloatSubclass(rt, type, v);
}

/** float_float: self when an exact float, else a new float with the value. */
function floatExact(rt: Runtime, o: PyObject): PyObject {
  if (o.type === rt.t.float) { o.refcnt++; return o; }
  return rt.newFloat((o as PyFloat).v);
}

export const FLOAT_DOC = 'Convert a string or number to a floating point number, if possible.';

export function installFloatType(rt: Runtime): void {
  const T = rt.t.float;
  T.doc = FLOAT_DOC;
  defNewMethod(rt, T, (type, args, kw) => floatNew(rt, type, args, kw));
  const F = (v: number): PyObject => rt.newFloat(v);
  const I = (v: IntVal): PyObject => rt.newInt(v);
  const val = (o: PyObject): number => (o as PyFloat).v;

  const binary = (name: string, rname: string, fn: (a: number, b: number) => PyObject): void => {
    defMethod(T, name, (self, args, kw) => {
      slotArgs(rt, name, args, kw, 1);
      const b = toDouble(rt, args[0]);
      if (b === null) return rt.notImplemented();
      return fn(val(self), b);
    });
    defMethod(T, rname, (self, args, kw) => {
      slotArgs(rt, rname, args, kw, 1);
      const a = toDouble(rt, args[0]);
      if (a === null) return rt.notImplemented();
      return fn(a, val(self));
    });
  };
  binary('__add__', '__radd__', (a, b) => F(a + b));
  binary('__sub__', '__rsub__', (a, b) => F(a - b));
  binary('__mul__', '__rmul__', (a, b) => F(a * b));
  binary('__truediv__', '__rtruediv__', (a, b) => F(floatTrueDiv(rt, a, b)));
  binary('__floordiv__', '__rfloordiv__', (a, b) => F(floatFloorDiv(rt, a, b)));
  binary('__mod__', '__rmod__', (a, b) => F(floatMod(rt, a, b)));
  binary('__divmod__', '__rdivmod__', (a, b) => {
    const [q, r] = floatDivmod(rt, a, b);
    return rt.newTuple([F(q), F(r)]);
  });

  const powImpl = (a: number | null, b: number | null, m: PyObject): PyObject => {
    if (a === null || b === null) return rt.notImplemented();
    if (m !== rt.None) rt.typeError('pow() 3rd argument not allowed unless all arguments are integers');
    return floatPow(rt, a, b);
  };
  defMethod(T, '__pow__', (self, args, kw) => {
    const m = ternaryArgs(rt, '__pow__', args, kw);
    return powImpl(val(self), toDouble(rt, args[0]), m);
  });
  defMethod(T, '__rpow__', (self, args, kw) => {
    const m = ternaryArgs(rt, '__rpow__', args, kw);
    return powImpl(toDouble(rt, args[0]), val(self), m);
  });

  const unary = (name: string, fn: (self: PyObject) => PyObject): void => {
    defMethod(T, name, (self, args, kw) => { slotArgs(rt, name, args, kw, 0); return fn(self); });
  };
  unary('__neg__', (s) => F(-val(s)));
  unary('__pos__', (s) => floatExact(rt, s));
  unary('__abs__', (s) => F(Math.abs(val(s))));
  unary('__bool__', (s) => rt.newBool(val(s) !== 0));
  unary('__int__', (s) => I(withNum(rt, () => floatToInt(val(s)))));
  unary('__float__', (s) => floatExact(rt, s));
  unary('__hash__', (s) => I(hashToIntVal(pyHashFloatBig(val(s), s.addr))));
  unary('__repr__', (s) => rt.newStr(floatRepr(val(s))));

  const CMP: Array<[string, (c: number) => boolean]> = [
    ['__lt__', (c) => c < 0], ['__le__', (c) => c <= 0], ['__eq__', (c) => c === 0],
    ['__ne__', (c) => !(c === 0)], ['__gt__', (c) => c > 0], ['__ge__', (c) => c >= 0],
  ];
  for (const [name, test] of CMP) {
    defMethod(T, name, (self, args, kw) => {
      slotArgs(rt, name, args, kw, 1);
      const o = args[0];
      const x = val(self);
      let c: number;
      if (o instanceof PyFloat) c = x < o.v ? -1 : x > o.v ? 1 : x === o.v ? 0 : NaN;
      else if (o instanceof PyInt) c = compareFloatInt(x, o.v);
      else return rt.notImplemented();
      return rt.newBool(test(c));
    });
  }

  const noarg = (name: string, fn: (self: PyObject) => PyObject): void => {
    defMethod(T, name, (self, args, kw) => { noArgs(rt, `float.${name}`, args, kw); return fn(self); });
  };
  noarg('__trunc__', (s) => I(withNum(rt, () => floatToInt(val(s)))));
  noarg('__floor__', (s) => I(withNum(rt, () => floatFloor(val(s)))));
  noarg('__ceil__', (s) => I(withNum(rt, () => floatCeil(val(s)))));
  noarg('conjugate', (s) => floatExact(rt, s));
  noarg('__getnewargs__', (s) => rt.newTuple([floatExact(rt, s)]));
  noarg('is_integer', (s) => rt.newBool(floatIsInteger(val(s))));
  noarg('as_integer_ratio', (s) => {
    const [n, d] = withNum(rt, () => floatAsIntegerRatio(val(s)));
    return rt.newTuple([I(n), I(d)]);
  });
  noarg('hex', (s) => rt.newStr(floatHex(val(s))));

  defMethod(T, '__round__', (self, args, kw) => {
    if (kw !== null && kw.length > 0) rt.typeError('float.__round__() takes no keyword arguments');
    if (args.length > 1) rt.typeError(`__round__ expected at most 1 argument, got ${args.length}`);
    const x = val(self);
    if (args.length === 0 || args[0] === rt.None) return I(withNum(rt, () => floatRoundToInt(x)));
    const nd = indexClipped(rt, args[0]);
    return F(withNum(rt, () => floatRoundNdigits(x, nd)));
  });

  defMethod(T, '__format__', (self, args, kw) => {
    slotArgsFormat(rt, 'float', args, kw);
    const spec = args[0];
    if (!(spec instanceof PyStr)) rt.typeError(`__format__() argument must be str, not ${spec.type.name}`);
    if (spec.v === '') return rt.strObj(self);
    return rt.newStr(withNum(rt, () => formatFloat(val(self), spec.v, self.type.name)));
  });

  const fromhex = rt.newClassmethodNative('fromhex', T, (cls, args, kw) => {
    noKw(rt, 'float.fromhex', kw);
    if (args.length !== 1) rt.typeError(`float.fromhex() takes exactly one argument (${args.length} given)`);
    const s = args[0];
    if (!(s instanceof PyStr)) rt.typeError('bad argument type for built-in operation');
    const v = withNum(rt, () => floatFromHex(s.v));
    const r = rt.newFloat(v);
    if (cls === rt.t.float) return r;
    try { return rt.call(cls, [r]); } finally { rt.decref(r); }
  });
  dictSetStr(rt, T.dict, 'fromhex', fromhex);
  rt.decref(fromhex);

  const getformat = rt.newClassmethodNative('__getformat__', T, (_cls, args, kw) => {
    noKw(rt, 'float.__getformat__', kw);
    if (args.length !== 1) rt.typeError(`float.__getformat__() takes exactly one argument (${args.length} given)`);
    const s = args[0];
    if (!(s instanceof PyStr)) rt.typeError(`__getformat__() argument must be str, not ${s.type.name}`);
    if (s.v !== 'double' && s.v !== 'float') rt.valueError("__getformat__() argument 1 must be 'double' or 'float'");
    return rt.newStr('IEEE, little-endian');
  });
  dictSetStr(rt, T.dict, '__getformat__', getformat);
  rt.decref(getformat);

  defGetSet(T, 'real', (s) => floatExact(rt, s));
  defGetSet(T, 'imag', () => rt.newFloat(0.0));
}
