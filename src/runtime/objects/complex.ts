// The behaviour of `complex`: cf. Objects/complexobject.c (3.11). Arithmetic is
// done as the C code does it (num/complexops.ts); results come from rt.newComplex.

import type { PyObject } from './object';
import type { PyType, KwArgs } from './type';
import { PyInt, PyFloat, PyStr, PyComplex } from './core';
import type { Runtime } from '../runtime';
import { defMethod, defGetSet } from './native';
import { callSpecial } from '../vm/abstract';
import { complexRepr, formatComplex, transformDecimalAndSpaceToAscii } from './format';
import { compareFloatInt } from './num/bigmath';
import { intToFloatChecked } from './num/intops';
import { type Cx, cSum, cDiff, cProd, cQuot, cPow, cAbs, parseComplex } from './num/complexops';
import { pyHashComplexBig, hashToIntVal } from './numhash';
import { withNum, slotArgs, ternaryArgs, noArgs, clinicArgs, clip200, defNewMethod } from './num/common';
import { floatFromNumber } from './float';
import { slotArgsFormat } from './int';
import { warnAt } from '../modules/randomSupport';

/** TO_COMPLEX: a complex, float or int operand as a C complex, or null (NotImplemented). */
export function toComplex(rt: Runtime, o: PyObject): Cx | null {
  if (o instanceof PyComplex) return { real: o.real, imag: o.imag };
  if (o instanceof PyFloat) return { real: o.v, imag: 0 };
  if (o instanceof PyInt) return { real: withNum(rt, () => intToFloatChecked(o.v)), imag: 0 };
  return null;
}

/** A complex object of `type` (exact complex through rt.newComplex). */
export function newComplexOf(rt: Runtime, type: PyType, real: number, imag: number): PyObject {
  if (type === rt.t.complex) return rt.newComplex(real, imag);
  const request = Math.ceil((type.basicsize + type.itemsize) / 8) * 8;
  return rt.newSubclassInstance(type, new PyComplex(type, real, imag), request);
}

/** complex ** complex with CPython's errors. */
export function complexPow(rt: Runtime, a: Cx, b: Cx): PyObject {
  const z = withNum(rt, () => cPow(a, b));
  return rt.newComplex(z.real, z.imag);
}

function complexFromString(rt: Runtime, type: PyType, s: PyStr): PyObject {
  const z = withNum(rt, () => parseComplex(transformDecimalAndSpaceToAscii(s.v)));
  if (z === null) rt.valueError(`could not convert string to complex: ${rt.repr(s)}`);
  return newComplexOf(rt, type, z.real, z.imag);
}

/** try_complex_special_method: the result of __complex__, or null when there is none. */
function tryComplexSpecial(rt: Runtime, o: PyObject): PyComplex | null {
  if (o.type.lookup('__complex__') === null) return null;
  const r = callSpecial(rt, o, '__complex__', [])!;
  if (!(r instanceof PyComplex)) {
    const n = r.type.name;
    rt.decref(r);
    rt.typeError(`__complex__ returned non-complex (type ${clip200(n)})`);
  }
  if (r.type !== rt.t.complex) {
    warnAt(rt, 'DeprecationWarning', `__complex__ returned non-complex (type ${clip200(r.type.name)}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.`);
  }
  return r;
}

function isNumberLike(o: PyObject): boolean {
  return o instanceof PyComplex || o.type.lookup('__float__') !== null || o.type.lookup('__index__') !== null;
}

function realOf(rt: Runtime, o: PyObject): number {
  const f = floatFromNumber(rt, o);
  const v = (f as PyFloat).v;
  rt.decref(f);
  return v;
}

/** complex_new_impl */
function complexNew(rt: Runtime, type: PyType, args: PyObject[], kw: KwArgs): PyObject {
  const [rArg, i] = clinicArgs(rt, 'complex', args, kw, ['real', 'imag']);
  let r: PyObject = rArg ?? rt.smallInts[5];
  if (r.type === rt.t.complex && i === null && type === rt.t.complex) { r.refcnt++; return r; }
  if (r instanceof PyStr) {
    if (i !== null) rt.typeError("complex() can't take second arg if first is a string");
    return complexFromString(rt, type, r);
  }
  if (i !== null && i instanceof PyStr) rt.typeError("complex() second arg can't be a string");
  const tmp = tryComplexSpecial(rt, r);
  if (tmp !== null) r = tmp;
  try {
    if (!isNumberLike(r)) rt.typeError(`complex() first argument must be a string or a number, not '${clip200(r.type.name)}'`);
    if (i !== null && !isNumberLike(i)) rt.typeError(`complex() second argument must be a number, not '${clip200(i.type.name)}'`);
    let cr: Cx;
    let crIsComplex = false;
    if (r instanceof PyComplex) { cr = { real: r.real, imag: r.imag }; crIsComplex = true; } else cr = { real: realOf(rt, r), imag: 0 };
    let ci: Cx;
    let ciIsComplex = false;
    if (i === null) ci = { real: cr.imag, imag: 0 };
    else if (i instanceof PyComplex) { ci = { real: i.real, imag: i.imag }; ciIsComplex = true; } else ci = { real: realOf(rt, i), imag: 0 };
    if (ciIsComplex) cr.real -= ci.imag;
    if (crIsComplex && i !== null) ci.real += cr.imag;
    return newComplexOf(rt, type, cr.real, ci.real);
  } finally {
    if (tmp !== null) rt.decref(tmp);
  }
}

/** complex_pos / __complex__: self when an exact complex, else a new complex with the value. */
function complexExact(rt: Runtime, o: PyObject): PyObject {
  if (o.type === rt.t.complex) { o.refcnt++; return o; }
  const c = o as PyComplex;
  return rt.newComplex(c.real, c.imag);
}

export const COMPLEX_DOC = `Create a complex number from a real part and an optional imaginary part.

This is equivalent to (real + imag*1j) where imag defaults to 0.`;

export function installComplexType(rt: Runtime): void {
  const T = rt.t.complex;
  T.doc = COMPLEX_DOC;
  defNewMethod(rt, T, (type, args, kw) => complexNew(rt, type, args, kw));
  const C = (z: Cx): PyObject => rt.newComplex(z.real, z.imag);
  const cv = (o: PyObject): Cx => ({ real: (o as PyComplex).real, imag: (o as PyComplex).imag });

  const binary = (name: string, rname: string, fn: (a: Cx, b: Cx) => PyObject): void => {
    defMethod(T, name, (self, args, kw) => {
      slotArgs(rt, name, args, kw, 1);
      const b = toComplex(rt, args[0]);
      if (b === null) return rt.notImplemented();
      return fn(cv(self), b);
    });
    defMethod(T, rname, (self, args, kw) => {
      slotArgs(rt, rname, args, kw, 1);
      const a = toComplex(rt, args[0]);
      if (a === null) return rt.notImplemented();
      return fn(a, cv(self));
    });
  };
  binary('__add__', '__radd__', (a, b) => C(cSum(a, b)));
  binary('__sub__', '__rsub__', (a, b) => C(cDiff(a, b)));
  binary('__mul__', '__rmul__', (a, b) => C(cProd(a, b)));
  binary('__truediv__', '__rtruediv__', (a, b) => C(withNum(rt, () => cQuot(a, b))));

  const powImpl = (a: Cx | null, b: Cx | null, m: PyObject): PyObject => {
    if (a === null || b === null) return rt.notImplemented();
    if (m !== rt.None) rt.valueError('complex modulo');
    return complexPow(rt, a, b);
  };
  defMethod(T, '__pow__', (self, args, kw) => {
    const m = ternaryArgs(rt, '__pow__', args, kw);
    return powImpl(cv(self), toComplex(rt, args[0]), m);
  });
  defMethod(T, '__rpow__', (self, args, kw) => {
    const m = ternaryArgs(rt, '__rpow__', args, kw);
    return powImpl(toComplex(rt, args[0]), cv(self), m);
  });

  const unary = (name: string, fn: (self: PyObject) => PyObject): void => {
    defMethod(T, name, (self, args, kw) => { slotArgs(rt, name, args, kw, 0); return fn(self); });
  };
  unary('__neg__', (s) => { const z = cv(s); return rt.newComplex(-z.real, -z.imag); });
  unary('__pos__', (s) => complexExact(rt, s));
  unary('__abs__', (s) => rt.newFloat(withNum(rt, () => cAbs(cv(s)))));
  unary('__bool__', (s) => { const z = cv(s); return rt.newBool(z.real !== 0 || z.imag !== 0); });
  unary('__hash__', (s) => { const z = cv(s); return rt.newInt(hashToIntVal(pyHashComplexBig(z.real, z.imag, s.addr))); });
  unary('__repr__', (s) => { const z = cv(s); return rt.newStr(complexRepr(z.real, z.imag)); });

  for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) {
    defMethod(T, name, (_self, args, kw) => { slotArgs(rt, name, args, kw, 1); return rt.notImplemented(); });
  }
  for (const [name, eq] of [['__eq__', true], ['__ne__', false]] as const) {
    defMethod(T, name, (self, args, kw) => {
      slotArgs(rt, name, args, kw, 1);
      const z = cv(self);
      const w = args[0];
      let equal: boolean;
      if (w instanceof PyInt) {
        // Compare the real part with the int exactly (via float's comparison).
        equal = z.imag === 0 && compareFloatInt(z.real, w.v) === 0;
      } else if (w instanceof PyFloat) {
        equal = z.real === w.v && z.imag === 0;
      } else if (w instanceof PyComplex) {
        equal = z.real === w.real && z.imag === w.imag;
      } else {
        return rt.notImplemented();
      }
      return rt.newBool(equal === eq);
    });
  }

  const noarg = (name: string, fn: (self: PyObject) => PyObject): void => {
    defMethod(T, name, (self, args, kw) => { noArgs(rt, `complex.${name}`, args, kw); return fn(self); });
  };
  noarg('conjugate', (s) => { const z = cv(s); return rt.newComplex(z.real, -z.imag); });
  noarg('__complex__', (s) => complexExact(rt, s));
  noarg('__getnewargs__', (s) => { const z = cv(s); return rt.newTuple([rt.newFloat(z.real), rt.newFloat(z.imag)]); });

  defMethod(T, '__format__', (self, args, kw) => {
    slotArgsFormat(rt, 'complex', args, kw);
    const spec = args[0];
    if (!(spec instanceof PyStr)) rt.typeError(`__format__() argument must be str, not ${spec.type.name}`);
    if (spec.v === '') return rt.strObj(self);
    const z = cv(self);
    return rt.newStr(withNum(rt, () => formatComplex(z.real, z.imag, spec.v, self.type.name)));
  });

  defGetSet(T, 'real', (s) => rt.newFloat((s as PyComplex).real));
  defGetSet(T, 'imag', (s) => rt.newFloat((s as PyComplex).imag));
}
