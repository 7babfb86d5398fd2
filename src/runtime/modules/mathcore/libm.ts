// The C math library as CPython on Linux sees it (glibc 2.36, x86_64 with
// FMA), gathered in one object. Results follow C: NaN for invalid arguments,
// ±Infinity for overflow or poles, 0 on underflow; math.ts raises CPython's
// exceptions from them.

import * as explog from './explog';
import * as fd from './fdlibm';
import * as trig1 from './trig';
import * as trig2 from './trig2';

const trig = { ...trig1, ...trig2 };
import type { Libm } from '../random/pymath';

export { explog, fd, trig };

export const GLIBC = Object.freeze({
  exp: explog.exp,
  exp2: explog.exp2,
  log: explog.log,
  log2: explog.log2,
  log10: explog.log10,
  pow: explog.pow,
  log1p: fd.log1p,
  expm1: fd.expm1,
  sinh: fd.sinh,
  cosh: fd.cosh,
  tanh: fd.tanh,
  asinh: fd.asinh,
  acosh: fd.acosh,
  atanh: fd.atanh,
  erf: fd.erf,
  erfc: fd.erfc,
  cbrt: fd.cbrt,
  sin: trig.sin,
  cos: trig.cos,
  tan: trig.tan,
  atan: trig.atan,
  atan2: trig.atan2,
  asin: trig.asin,
  acos: trig.acos,
  sqrt: Math.sqrt,
});

/** The libm random.py's distributions use (PyRandomOptions.libm). */
export const GLIBC_LIBM: Libm = Object.freeze({
  log: explog.log,
  exp: explog.exp,
  cos: trig.cos,
  sin: trig.sin,
  acos: trig.acos,
  pow: explog.pow,
});
