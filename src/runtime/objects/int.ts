// The behaviour of `int`: cf. Objects/longobject.c (3.11) and Objects/abstract.c
// (PyNumber_Long, PyNumber_Index). Values are PyInt.v: a JS number exactly when
// safe, else a bigint; every result goes through rt.newInt (small-int cache, memory).

import type { PyObject } from './object';
import type { PyType, KwArgs } from './type';
import { PyInt, PyFloat, PyStr, PyBytes, PyByteArray, PyTuple, PyList } from './core';
import type { Runtime } from '../runtime';
import { defMethod, defGetSet } from './native';
import { dictSetStr } from './dictops';
import { callSpecial, iterateToArray } from '../vm/abstract';
import { formatInt, intToDecimalString, parseIntLiteral, FormatError, floatRepr, complexRepr } from './format';
import {
  type IntVal, norm, big, isZero, intAdd, intSub, intMul, intDivmod, intFloorDiv, intMod, intNeg, intAbs,
  intCompare, bitLengthOf, bitCount,
} from './num/bigmath';
import {
  intTrueDiv as intTrueDivValue, intPowValue, intLshift, intRshift, intAnd, intOr, intXor, intInvert, intRound,
  intToBytes, intFromBytes, intToFloatChecked,
} from './num/intops';
import { pyHashIntBig, hashToIntVal } from './numhash';
import {
  withNum, slotArgs, ternaryArgs, noArgs, newIntSubclass, maxStrDigits, clip200, intDigits, raiseNumError,
  clinicArgs, ssizeArg, defNewMethod,
} from './num/common';
import { floatPowResultObject } from './float';
import { warnAt } from '../modules/randomSupport';

export { pyHashInt, pyHashFloat, pyHashIntBig, pyHashFloatBig } from './numhash';

// ---- fast helpers for the eval loop and builtins ---------------------------------------

/** The value of an int object (int, bool or subclass) as a bigint. */
export function intValueBig(o: PyObject): bigint {
  return big((o as PyInt).v);
}

/** int / int (long_true_divide): correctly rounded; raises ZeroDivisionError, OverflowError. */
export function intTrueDiv(rt: Runtime, a: IntVal, b: IntVal): number {
  return withNum(rt, () => intTrueDivValue(a, b));
}

/** a ** b [% mod] for ints (long_pow): an int, or a float for a negative exponent without modulus. */
export function intPow(rt: Runtime, a: IntVal, b: IntVal, mod: IntVal | null = null): PyObject {
  const r = withNum(rt, () => intPowValue(a, b, mod));
  if (!r.float) return rt.newInt(r.v);
  return floatPowResultObject(rt, r.v, Number(a), Number(b));
}

/** repr() of an int, float, complex or bool value object. */
export function numberRepr(rt: Runtime, o: PyObject): string {
  if (o === rt.True) return 'True';
  if (o === rt.False) return 'False';
  if (o instanceof PyInt) return intRepr(rt, o.v);
  if (o instanceof PyFloat) return floatRepr(o.v);
  const c = o as unknown as { real: number; imag: number };
  return complexRepr(c.real, c.imag);
}

/** str(int) with the int_max_str_digits limit. */
export function intRepr(rt: Runtime, v: IntVal): string {
  if (typeof v === 'number') return String(v);
  return withNum(rt, () => intToDecimalString(v, maxStrDigits(rt)));
}

/** int(x) for an exact int value (long_long): `o` itself when an exact int, else a copy. */
export function intExact(rt: Runtime, o: PyInt): PyInt {
  if (o.type === rt.t.int) { o.refcnt++; return o; }
  return rt.newInt(o.v);
}

/**
 * PyNumber_Index: an exact int for an object with __index__ (new reference).
 * TypeError "'X' object cannot be interpreted as an integer" otherwise.
 */
export function numberIndex(rt: Runtime, o: PyObject): PyInt {
  if (o.type === rt.t.int) { o.refcnt++; return o as PyInt; }
  if (o instanceof PyInt) return rt.newInt(o.v);
  const r = callSpecial(rt, o, '__index__', []);
  if (r === null) rt.typeError(`'${clip200(o.type.name)}' object cannot be interpreted as an integer`);
  if (!(r instanceof PyInt)) {
    const n = r.type.name;
    rt.decref(r);
    rt.typeError(`__index__ returned non-int (type ${clip200(n)})`);
  }
  if (r.type === rt.t.int) return r;
  // A strict subclass of int: deprecated, converted to an exact int.
  warnAt(rt, 'DeprecationWarning', `__index__ returned non-int (type ${clip200(r.type.name)}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`);
  const c = rt.newInt(r.v);
  rt.decref(r);
  return c;
}

/** The value of PyNumber_Index(o). */
export function indexValue(rt: Runtime, o: PyObject): IntVal {
  if (o instanceof PyInt) return o.v;
  const r = numberIndex(rt, o);
  const v = r.v;
  rt.decref(r);
  return v;
}

/** PyNumber_AsSsize_t(o, NULL): the index clipped to a C ssize_t. */
export function indexClipped(rt: Runtime, o: PyObject): number {
  const v = indexValue(rt, o);
  if (typeof v === 'number') return v;
  return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}

/** int(text, base) for the text of a str (errors as PyLong_FromUnicodeObject). */
export function intFromString(rt: Runtime, strObj: PyObject, text: string, base: number): PyObject {
  let v: bigint | null;
  try {
    v = parseIntLiteral(text, base, maxStrDigits(rt));
  } catch (e) {
    if (e instanceof FormatError) raiseNumError(rt, e);
    throw e;
  }
  if (v === null) {
    rt.valueError(`invalid literal for int() with base ${base}: ${clip200(rt.repr(strObj))}`);
  }
  return rt.newInt(norm(v));
}

/** int(b, base) for bytes / bytearray content (_PyLong_FromBytes). */
export function intFromBytesLiteral(rt: Runtime, bytes: Uint8Array, base: number): PyObject {
  let ascii = true;
  for (const b of bytes) if (b >= 0x80) { ascii = false; break; }
  let v: bigint | null = null;
  if (ascii) {
    try {
      v = parseIntLiteral(String.fromCharCode(...bytes), base, maxStrDigits(rt));
    } catch (e) {
      if (e instanceof FormatError) raiseNumError(rt, e);
      throw e;
    }
  }
  if (v === null) {
    const shown = rt.newBytes(bytes.slice(0, 200));
    let r: string;
    try { r = rt.repr(shown); } finally { rt.decref(shown); }
    rt.valueError(`invalid literal for int() with base ${base}: ${r}`);
  }
  return rt.newInt(norm(v));
}

function bytesOf(o: PyObject): Uint8Array | null {
  if (o instanceof PyBytes) return o.v;
  if (o instanceof PyByteArray) return o.v.subarray(0, o.length);
  return null;
}

/** PyNumber_Long: int(x) for one argument (new reference, an exact int). */
export function intFromNumber(rt: Runtime, o: PyObject): PyObject {
  if (o.type === rt.t.int) { o.refcnt++; return o; }
  if (o.type.lookup('__int__') !== null) {
    const r = callSpecial(rt, o, '__int__', [])!;
    if (r.type === rt.t.int) return r;
    if (!(r instanceof PyInt)) {
      const n = r.type.name;
      rt.decref(r);
      rt.typeError(`__int__ returned non-int (type ${clip200(n)})`);
    }
    warnAt(rt, 'DeprecationWarning', `__int__ returned non-int (type ${clip200(r.type.name)}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`);
    const c = rt.newInt(r.v);
    rt.decref(r);
    return c;
  }
  if (o.type.lookup('__index__') !== null) return numberIndex(rt, o);
  if (o.type.lookup('__trunc__') !== null) {
    warnAt(rt, 'DeprecationWarning', 'The delegation of int() to __trunc__ is deprecated.');
    const r = callSpecial(rt, o, '__trunc__', [])!;
    if (r.type === rt.t.int) return r;
    if (r instanceof PyInt) { const c = rt.newInt(r.v); rt.decref(r); return c; }
    if (r.type.lookup('__index__') === null) {
      const n = r.type.name;
      rt.decref(r);
      rt.typeError(`__trunc__ returned non-Integral (type ${clip200(n)})`);
    }
    try { return numberIndex(rt, r); } finally { rt.decref(r); }
  }
  if (o instanceof PyStr) return intFromString(rt, o, o.v, 10);
  const b = bytesOf(o);
  if (b !== null) return intFromBytesLiteral(rt, b, 10);
  rt.typeError(`int() argument must be a string, a bytes-like object or a real number, not '${clip200(o.type.name)}'`);
}

/** long_new_impl for type int: int(), int(x), int(x, base). */
function intNewExact(rt: Runtime, args: PyObject[], kw: KwArgs): PyObject {
  if (args.length > 2) rt.typeError(`int() takes at most 2 arguments (${args.length} given)`);
  let x: PyObject | null = args[0] ?? null;
  let obase: PyObject | null = args[1] ?? null;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'base') {
        if (obase !== null) rt.typeError("argument for int() given by name ('base') and position (2)");
        obase = v;
      } else {
        rt.typeError(`'${k}' is an invalid keyword argument for int()`);
      }
    }
  }
  if (x === null) {
    if (obase !== null) rt.typeError('int() missing string argument');
    return rt.newInt(0);
  }
  if (obase === null) return intFromNumber(rt, x);
  const base = indexClipped(rt, obase);
  if ((base !== 0 && base < 2) || base > 36) rt.valueError('int() base must be >= 2 and <= 36, or 0');
  if (x instanceof PyStr) return intFromString(rt, x, x.v, base);
  const b = bytesOf(x);
  if (b !== null) return intFromBytesLiteral(rt, b, base);
  rt.typeError("int() can't convert non-string with explicit base");
}

function intNew(rt: Runtime, type: PyType, args: PyObject[], kw: KwArgs): PyObject {
  const r = intNewExact(rt, args, kw);
  if (type === rt.t.int) return r;
  // long_subtype_new: an instance of the subclass with the same value.
  const v = (r as PyInt).v;
  rt.decref(r);
  return newIntSubclass(rt, type, v);
}

// ---- the type -------------------------------------------------------------------------

function val(o: PyObject): IntVal {
  return (o as PyInt).v;
}

export const INT_DOC = `int([x]) -> integer
int(x, base=10) -> integer

Convert a number or string to an integer, or return 0 if no arguments
are given.  If x is a number, return x.__int__().  For floating point
numbers, this truncates towards zero.

If x is not a number or if base is given, then x must be a string,
bytes, or bytearray instance representing an integer literal in the
given base.  The literal can be preceded by '+' or '-' and be surrounded
by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.
Base 0 means to interpret the base from the string as an integer literal.
>>> int('0b100', base=0)
4`;

export function installIntType(rt: Runtime): void {
  const T = rt.t.int;
  T.doc = INT_DOC;
  defNewMethod(rt, T, (type, args, kw) => intNew(rt, type, args, kw));
  T.sizeof = (o) => 24 + 4 * (isZero(val(o)) ? 1 : intDigits(val(o)));

  // Binary arithmetic: NotImplemented for non-int operands (CHECK_BINOP).
  const binary = (name: string, rname: string, fn: (a: IntVal, b: IntVal) => PyObject): void => {
    defMethod(T, name, (self, args, kw) => {
      slotArgs(rt, name, args, kw, 1);
      const o = args[0];
      if (!(o instanceof PyInt)) return rt.notImplemented();
      return fn(val(self), o.v);
    });
    defMethod(T, rname, (self, args, kw) => {
      slotArgs(rt, rname, args, kw, 1);
      const o = args[0];
      if (!(o instanceof PyInt)) return rt.notImplemented();
      return fn(o.v, val(self));
    });
  };
  const I = (v: IntVal): PyObject => rt.newInt(v);
  binary('__add__', '__radd__', (a, b) => I(intAdd(a, b)));
  binary('__sub__', '__rsub__', (a, b) => I(intSub(a, b)));
  binary('__mul__', '__rmul__', (a, b) => I(intMul(a, b)));
  binary('__floordiv__', '__rfloordiv__', (a, b) => {
    if (isZero(b)) rt.raise(rt.t.ZeroDivisionError, 'integer division or modulo by zero');
    return I(intFloorDiv(a, b));
  });
  binary('__mod__', '__rmod__', (a, b) => {
    if (isZero(b)) rt.raise(rt.t.ZeroDivisionError, 'integer modulo by zero');
    return I(intMod(a, b));
  });
  binary('__divmod__', '__rdivmod__', (a, b) => {
    if (isZero(b)) rt.raise(rt.t.ZeroDivisionError, 'integer division or modulo by zero');
    const [q, r] = intDivmod(a, b);
    return rt.newTuple([I(q), I(r)]);
  });
  binary('__truediv__', '__rtruediv__', (a, b) => rt.newFloat(intTrueDiv(rt, a, b)));
  binary('__lshift__', '__rlshift__', (a, b) => I(withNum(rt, () => intLshift(a, b))));
  binary('__rshift__', '__rrshift__', (a, b) => I(withNum(rt, () => intRshift(a, b))));
  binary('__and__', '__rand__', (a, b) => I(intAnd(a, b)));
  binary('__or__', '__ror__', (a, b) => I(intOr(a, b)));
  binary('__xor__', '__rxor__', (a, b) => I(intXor(a, b)));

  // pow(self, other[, mod]): NotImplemented unless all are ints (or mod is None).
  defMethod(T, '__pow__', (self, args, kw) => {
    const m = ternaryArgs(rt, '__pow__', args, kw);
    const o = args[0];
    if (!(o instanceof PyInt)) return rt.notImplemented();
    if (m !== rt.None && !(m instanceof PyInt)) return rt.notImplemented();
    return intPow(rt, val(self), o.v, m === rt.None ? null : (m as PyInt).v);
  });
  defMethod(T, '__rpow__', (self, args, kw) => {
    const m = ternaryArgs(rt, '__rpow__', args, kw);
    const o = args[0];
    if (!(o instanceof PyInt)) return rt.notImplemented();
    if (m !== rt.None && !(m instanceof PyInt)) return rt.notImplemented();
    return intPow(rt, o.v, val(self), m === rt.None ? null : (m as PyInt).v);
  });

  // Unary.
  const unary = (name: string, fn: (self: PyInt) => PyObject): void => {
    defMethod(T, name, (self, args, kw) => { slotArgs(rt, name, args, kw, 0); return fn(self as PyInt); });
  };
  unary('__neg__', (s) => I(intNeg(s.v)));
  unary('__pos__', (s) => intExact(rt, s));
  unary('__abs__', (s) => I(intAbs(s.v)));
  unary('__invert__', (s) => I(intInvert(s.v)));
  unary('__bool__', (s) => rt.newBool(!isZero(s.v)));
  unary('__int__', (s) => intExact(rt, s));
  unary('__index__', (s) => intExact(rt, s));
  unary('__float__', (s) => rt.newFloat(withNum(rt, () => intToFloatChecked(s.v))));
  unary('__hash__', (s) => I(hashToIntVal(pyHashIntBig(s.v))));
  unary('__repr__', (s) => rt.newStr(intRepr(rt, s.v)));

  // Rich comparisons: NotImplemented for non-ints (floats compare through float's reflected methods).
  const CMP: Array<[string, (c: number) => boolean]> = [
    ['__lt__', (c) => c < 0], ['__le__', (c) => c <= 0], ['__eq__', (c) => c === 0],
    ['__ne__', (c) => c !== 0], ['__gt__', (c) => c > 0], ['__ge__', (c) => c >= 0],
  ];
  for (const [name, test] of CMP) {
    defMethod(T, name, (self, args, kw) => {
      slotArgs(rt, name, args, kw, 1);
      const o = args[0];
      if (!(o instanceof PyInt)) return rt.notImplemented();
      return rt.newBool(test(intCompare(val(self), o.v)));
    });
  }

  // METH_NOARGS methods.
  const noarg = (name: string, fn: (self: PyInt) => PyObject): void => {
    defMethod(T, name, (self, args, kw) => { noArgs(rt, `int.${name}`, args, kw); return fn(self as PyInt); });
  };
  noarg('__trunc__', (s) => intExact(rt, s));
  noarg('__floor__', (s) => intExact(rt, s));
  noarg('__ceil__', (s) => intExact(rt, s));
  noarg('conjugate', (s) => intExact(rt, s));
  noarg('__getnewargs__', (s) => rt.newTuple([intExact(rt, s)]));
  noarg('bit_length', (s) => I(bitLengthOf(s.v)));
  noarg('bit_count', (s) => I(bitCount(s.v)));
  noarg('as_integer_ratio', (s) => rt.newTuple([intExact(rt, s), rt.newInt(1)]));
  noarg('__sizeof__', (s) => I(24 + 4 * intDigits(s.v)));

  defMethod(T, '__round__', (self, args, kw) => {
    if (kw !== null && kw.length > 0) rt.typeError('int.__round__() takes no keyword arguments');
    if (args.length > 1) rt.typeError(`__round__ expected at most 1 argument, got ${args.length}`);
    if (args.length === 0) return intExact(rt, self as PyInt);
    const nd = indexValue(rt, args[0]);
    return I(intRound(val(self), nd));
  });

  defMethod(T, '__format__', (self, args, kw) => {
    slotArgsFormat(rt, 'int', args, kw);
    const spec = args[0];
    if (!(spec instanceof PyStr)) rt.typeError(`__format__() argument must be str, not ${spec.type.name}`);
    if (spec.v === '') return rt.strObj(self);
    return rt.newStr(withNum(rt, () => formatInt(big(val(self)), spec.v, self.type.name, maxStrDigits(rt))));
  });

  defMethod(T, 'to_bytes', (self, args, kw) => {
    const [len, order, signed] = clinicArgs(rt, 'to_bytes', args, kw, ['length', 'byteorder', 'signed'], { maxpos: 2 });
    const length = len === null ? 1 : ssizeArg(rt, len, (o) => indexValue(rt, o));
    const little = byteorderArg(rt, 'to_bytes', order);
    const isSigned = signed !== null && rt.truthy(signed);
    if (length < 0) rt.valueError('length argument must be non-negative');
    if (length > 2 ** 28) rt.memoryError();
    return rt.newBytes(withNum(rt, () => intToBytes(val(self), length, little, isSigned)));
  });

  const fromBytes = rt.newClassmethodNative('from_bytes', T, (cls, args, kw) => {
    const [bytesObj, order, signed] = clinicArgs(rt, 'from_bytes', args, kw, ['bytes', 'byteorder', 'signed'], { minpos: 1, maxpos: 2 });
    const little = byteorderArg(rt, 'from_bytes', order);
    const isSigned = signed !== null && rt.truthy(signed);
    const data = bytesLike(rt, bytesObj!);
    const v = intFromBytes(data, little, isSigned);
    if (cls === rt.t.int) return rt.newInt(v);
    // A subclass: cls(value), as long_from_bytes does.
    const tmp = rt.newInt(v);
    try { return rt.call(cls, [tmp]); } finally { rt.decref(tmp); }
  });
  dictSetStr(rt, T.dict, 'from_bytes', fromBytes);
  rt.decref(fromBytes);

  defGetSet(T, 'real', (s) => intExact(rt, s as PyInt));
  defGetSet(T, 'imag', () => rt.newInt(0));
  defGetSet(T, 'numerator', (s) => intExact(rt, s as PyInt));
  defGetSet(T, 'denominator', () => rt.newInt(1));
}

/** A METH_O method: "int.__format__() takes exactly one argument (0 given)". */
export function slotArgsFormat(rt: Runtime, typeName: string, args: PyObject[], kw: KwArgs): void {
  if (kw !== null && kw.length > 0) rt.typeError(`${typeName}.__format__() takes no keyword arguments`);
  if (args.length !== 1) rt.typeError(`${typeName}.__format__() takes exactly one argument (${args.length} given)`);
}

function byteorderArg(rt: Runtime, fname: string, order: PyObject | null): boolean {
  if (order === null) return false;
  if (!(order instanceof PyStr)) rt.typeError(`${fname}() argument 'byteorder' must be str, not ${order.type.name}`);
  if (order.v === 'little') return true;
  if (order.v === 'big') return false;
  rt.valueError("byteorder must be either 'little' or 'big'");
}

/** PyObject_Bytes semantics for int.from_bytes: bytes-like objects, or an iterable of ints in range(256). */
function bytesLike(rt: Runtime, o: PyObject): Uint8Array {
  const b = bytesOf(o);
  if (b !== null) return b;
  if (o.type.lookup('__bytes__') !== null) {
    const r = callSpecial(rt, o, '__bytes__', [])!;
    if (!(r instanceof PyBytes)) {
      const n = r.type.name;
      rt.decref(r);
      rt.typeError(`__bytes__ returned non-bytes (type ${n})`);
    }
    const v = r.v;
    rt.decref(r);
    return v;
  }
  if (o instanceof PyStr) rt.typeError("cannot convert 'str' object to bytes");
  if (!(o instanceof PyList || o instanceof PyTuple) && o.type.lookup('__iter__') === null) {
    rt.typeError(`cannot convert '${o.type.name}' object to bytes`);
  }
  const items = iterateToArray(rt, o);
  try {
    const out = new Uint8Array(items.length);
    items.forEach((x, i) => {
      const v = indexValue(rt, x);
      if (typeof v !== 'number' || v < 0 || v > 255) rt.valueError('bytes must be in range(0, 256)');
      out[i] = v;
    });
    return out;
  } finally {
    for (const x of items) rt.decref(x);
  }
}

