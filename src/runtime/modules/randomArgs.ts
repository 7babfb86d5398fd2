// Argument helpers for the random module: Python-level signatures of
// Lib/random.py's methods (bind) and numeric conversions.

import { PyObject } from '../objects/object';
import type { KwArgs } from '../objects/type';
import { PyInt, PyFloat } from '../objects/core';
import type { Runtime } from '../runtime';
import type { PyNum } from './random';
import { toFloat } from './random/pymath';
import { asDouble } from './math';

// ---- argument helpers (Python function signatures of Lib/random.py) ----------------------------

/** Bind (self, ...) parameters of a Python method; `spec` names, `?` = optional. */
export function bind(rt: Runtime, qual: string, args: PyObject[], kw: KwArgs, spec: string[], kwOnly: string[] = []): Array<PyObject | null> {
  const names = spec.map((s) => s.replace('?', ''));
  const required = spec.filter((s) => !s.endsWith('?')).length;
  const out: Array<PyObject | null> = [...names, ...kwOnly].map(() => null);
  if (args.length > names.length) {
    const total = names.length + 1;
    const req = required + 1;
    rt.typeError(req === total
      ? `${qual}() takes ${total} positional argument${total === 1 ? '' : 's'} but ${args.length + 1} were given`
      : `${qual}() takes from ${req} to ${total} positional arguments but ${args.length + 1} were given`);
  }
  args.forEach((a, i) => { out[i] = a; });
  const all = [...names, ...kwOnly];
  for (const [k, v] of kw ?? []) {
    const i = all.indexOf(k);
    if (i < 0) rt.typeError(`${qual}() got an unexpected keyword argument '${k}'`);
    if (out[i] !== null) rt.typeError(`${qual}() got multiple values for argument '${k}'`);
    out[i] = v;
  }
  const missing = names.slice(0, required).filter((_, i) => out[i] === null);
  if (missing.length > 0) {
    const q = missing.map((m) => `'${m}'`);
    const list = q.length === 1 ? q[0] : q.length === 2 ? `${q[0]} and ${q[1]}` : `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
    rt.typeError(`${qual}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
  }
  return out;
}

/** A float parameter of a distribution (ints and floats as Lib/random.py's arithmetic takes them). */
export function num(rt: Runtime, o: PyObject): number {
  if (o instanceof PyFloat) return o.v;
  if (o instanceof PyInt) return toFloat(BigInt(o.v));
  return asDouble(rt, o);
}

export function pyNum(rt: Runtime, o: PyObject): PyNum {
  if (o instanceof PyFloat) return o.v;
  if (o instanceof PyInt) return BigInt(o.v);
  return asDouble(rt, o);
}

export function newNum(rt: Runtime, v: PyNum): PyObject {
  return typeof v === 'bigint' ? rt.newInt(v) : rt.newFloat(v);
}

