// Binary and unary operators: PyNumber_* with binary_op1's reflected-operand
// priority, the sequence slots' fallback (concatenation, repetition) and the
// TypeErrors of unsupported operands. cf. Objects/abstract.c.

import type { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';
import { PyInt, PyMethodDescr } from '../objects/core';
import type { Runtime } from '../runtime';
import { BINARY_OPS } from '../compile/opcodes';
import { callSpecial, isNotImpl } from './abstract';

const BIN_NAMES: Array<[string, string, string]> = [
  ['__add__', '__radd__', '__iadd__'], ['__and__', '__rand__', '__iand__'], ['__floordiv__', '__rfloordiv__', '__ifloordiv__'],
  ['__lshift__', '__rlshift__', '__ilshift__'], ['__matmul__', '__rmatmul__', '__imatmul__'], ['__mul__', '__rmul__', '__imul__'],
  ['__mod__', '__rmod__', '__imod__'], ['__or__', '__ror__', '__ior__'], ['__pow__', '__rpow__', '__ipow__'],
  ['__rshift__', '__rrshift__', '__irshift__'], ['__sub__', '__rsub__', '__isub__'], ['__truediv__', '__rtruediv__', '__itruediv__'],
  ['__xor__', '__rxor__', '__ixor__'],
];

/** type.lookup(name), except that a sequence-slot wrapper (list.__add__, str.__mul__…) is no number slot. */
function numberSlot(t: PyType, name: string): PyObject | null {
  const m = t.lookup(name);
  return m instanceof PyMethodDescr && m.seqSlot ? null : m;
}

/** A sequence-slot wrapper of t (sq_concat, sq_repeat and their in-place forms), or null. */
function sequenceSlot(t: PyType, name: string): PyMethodDescr | null {
  const m = t.lookup(name);
  return m instanceof PyMethodDescr && m.seqSlot ? m : null;
}

/** binary_op1 with reflected-operand priority for subclasses, cf. abstract.c binary_op1. Null when unsupported. */
function binaryOp1(rt: Runtime, a: PyObject, b: PyObject, name: string, rname: string): PyObject | null {
  const ta = a.type;
  const tb = b.type;
  const slota = numberSlot(ta, name);
  let slotb = ta !== tb ? numberSlot(tb, rname) : null;
  if (slotb !== null && slotb === numberSlot(ta, rname)) slotb = null;
  if (slota !== null) {
    if (slotb !== null && tb.isSubtypeOf(ta)) {
      const r = callSpecial(rt, b, rname, [a]);
      if (r !== null && !isNotImpl(rt, r)) return r;
      if (r !== null) rt.decref(r);
      slotb = null;
    }
    const r = callSpecial(rt, a, name, [b]);
    if (r !== null && !isNotImpl(rt, r)) return r;
    if (r !== null) rt.decref(r);
  }
  if (slotb !== null) {
    const r = callSpecial(rt, b, rname, [a]);
    if (r !== null && !isNotImpl(rt, r)) return r;
    if (r !== null) rt.decref(r);
  }
  return null;
}

/**
 * The sequence fallbacks of PyNumber_Add / PyNumber_Multiply and their in-place
 * forms, tried once no number slot handled the operands (cf. Objects/abstract.c):
 * `+` uses the left operand's sq_inplace_concat / sq_concat; `*` uses the left
 * operand's sq_inplace_repeat / sq_repeat, else the right operand's sq_repeat,
 * with the count converted by __index__ (sequence_repeat). Null: no such slot.
 */
function sequenceFallback(rt: Runtime, a: PyObject, b: PyObject, base: number, inplace: boolean): PyObject | null {
  if (base === 0) {
    const f = (inplace ? sequenceSlot(a.type, '__iadd__') : null) ?? sequenceSlot(a.type, '__add__');
    if (f === null) return null;
    const r = f.fn(a, [b], null);
    if (isNotImpl(rt, r)) { rt.decref(r); return null; }
    return r;
  }
  if (base !== 5) return null;
  let f = (inplace ? sequenceSlot(a.type, '__imul__') : null) ?? sequenceSlot(a.type, '__mul__');
  let seq = a; let n = b;
  if (f === null) { f = sequenceSlot(b.type, '__mul__'); seq = b; n = a; }
  if (f === null) return null;
  if (!(n instanceof PyInt) && n.type.lookup('__index__') === null) rt.typeError(`can't multiply sequence by non-int of type '${n.type.tpName}'`);
  const count = n instanceof PyInt ? n : rt.newInt(rt.indexValue(n));
  try {
    const r = f.fn(seq, [count], null);
    if (isNotImpl(rt, r)) { rt.decref(r); return null; }
    return r;
  } finally { if (count !== n) rt.decref(count); }
}

/** BINARY_OP: `op` indexes BINARY_OPS (13+ are the in-place forms). */
export function binaryOp(rt: Runtime, a: PyObject, b: PyObject, op: number): PyObject {
  const inplace = op >= 13;
  const base = inplace ? op - 13 : op;
  const [name, rname, iname] = BIN_NAMES[base];
  if (inplace) {
    const im = numberSlot(a.type, iname);
    if (im !== null) {
      const r = callSpecial(rt, a, iname, [b])!;
      if (!isNotImpl(rt, r)) return r;
      rt.decref(r);
    }
  }
  const r = binaryOp1(rt, a, b, name, rname);
  if (r !== null) return r;
  const sq = sequenceFallback(rt, a, b, base, inplace);
  if (sq !== null) return sq;
  const sym = BINARY_OPS[op];
  if (base === 8 && !inplace) rt.typeError(`unsupported operand type(s) for ** or pow(): '${a.type.tpName}' and '${b.type.tpName}'`);
  if (base === 8) rt.typeError(`unsupported operand type(s) for ** or pow(): '${a.type.tpName}' and '${b.type.tpName}'`);
  if (base === 0 && b.type === rt.t.str && a.type !== rt.t.str && !inplace && a.type.lookup('__add__') === null) {
    rt.typeError(`unsupported operand type(s) for +: '${a.type.tpName}' and 'str'`);
  }
  if ((base === 0 || base === 5) && rt.isSequence(a) && !inplace) {
    if (base === 0) rt.typeError(`can only concatenate ${a.type.tpName} (not "${b.type.tpName}") to ${a.type.tpName}`);
    rt.typeError(`can't multiply sequence by non-int of type '${b.type.tpName}'`);
  }
  if (base === 5 && rt.isSequence(b)) rt.typeError(`can't multiply sequence by non-int of type '${a.type.tpName}'`);
  rt.typeError(`unsupported operand type(s) for ${sym}: '${a.type.tpName}' and '${b.type.tpName}'`);
}

export function unaryNegative(rt: Runtime, v: PyObject): PyObject {
  const r = callSpecial(rt, v, '__neg__', []);
  if (r === null) rt.typeError(`bad operand type for unary -: '${v.type.tpName}'`);
  return r;
}
export function unaryPositive(rt: Runtime, v: PyObject): PyObject {
  const r = callSpecial(rt, v, '__pos__', []);
  if (r === null) rt.typeError(`bad operand type for unary +: '${v.type.tpName}'`);
  return r;
}
export function unaryInvert(rt: Runtime, v: PyObject): PyObject {
  const r = callSpecial(rt, v, '__invert__', []);
  if (r === null) rt.typeError(`bad operand type for unary ~: '${v.type.tpName}'`);
  return r;
}


/**
 * Three-argument pow: cf. Objects/abstract.c ternary_op. The nb_power slots of
 * x's type, then y's, then m's are tried with (x, y, m). A class's slot
 * (slot_nb_power) only ever calls x.__pow__(y, m), never __rpow__; the builtin
 * numbers' slots are their __pow__ / __rpow__ taking the modulus.
 */
export function ternaryPow(rt: Runtime, x: PyObject, y: PyObject, m: PyObject): PyObject {
  const builtinSlot = (t: PyType) => t.lookup('__rpow__') instanceof PyMethodDescr;
  const attempt = (o: PyObject, name: string, args: PyObject[]): PyObject | null => {
    const r = callSpecial(rt, o, name, args);
    if (r === null) return null;
    if (isNotImpl(rt, r)) { rt.decref(r); return null; }
    return r;
  };
  let r = attempt(x, '__pow__', [y, m]);
  if (r !== null) return r;
  if (y.type !== x.type && builtinSlot(y.type)) { r = attempt(y, '__rpow__', [x, m]); if (r !== null) return r; }
  if (m.type !== x.type && m.type !== y.type && builtinSlot(m.type)) {
    // float_pow / complex_pow called with (x, y, m): they reject a modulus once x and y convert.
    const num = (o: PyObject) => o.type.isSubtypeOf(rt.t.int) || o.type.isSubtypeOf(rt.t.float);
    if (m.type.isSubtypeOf(rt.t.float) && num(x) && num(y)) rt.typeError('pow() 3rd argument not allowed unless all arguments are integers');
    if (m.type.isSubtypeOf(rt.t.complex) && (num(x) || x.type.isSubtypeOf(rt.t.complex)) && (num(y) || y.type.isSubtypeOf(rt.t.complex))) rt.valueError('complex modulo');
  }
  rt.typeError(`unsupported operand type(s) for ** or pow(): '${x.type.name}', '${y.type.name}', '${m.type.name}'`);
}
