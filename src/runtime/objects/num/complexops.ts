// complex arithmetic as Objects/complexobject.c (3.11) does it, operation by
// operation in doubles, so results match bit for bit where the C code only uses
// + - * / (sum, difference, product, quotient, integer powers up to 100).
// Non-integer powers go through libm (hypot, pow, atan2, exp, log, cos, sin):
// hypot and pow follow glibc's algorithms exactly; atan2, exp, log, cos and sin
// use the engine's Math.* (fdlibm ports), which may differ from glibc in the last bit.

import { NumError, zeroDiv, overflow, valueErr } from './errors';
import { glibcPow } from './glibcpow';
import { pow2 } from './bigmath';

export interface Cx { real: number; imag: number }

export function cSum(a: Cx, b: Cx): Cx { return { real: a.real + b.real, imag: a.imag + b.imag }; }
export function cDiff(a: Cx, b: Cx): Cx { return { real: a.real - b.real, imag: a.imag - b.imag }; }
export function cNeg(a: Cx): Cx { return { real: -a.real, imag: -a.imag }; }

export function cProd(a: Cx, b: Cx): Cx {
  return { real: a.real * b.real - a.imag * b.imag, imag: a.real * b.imag + a.imag * b.real };
}

/** _Py_c_quot; null where C sets errno = EDOM (division by zero). */
export function cQuotRaw(a: Cx, b: Cx): Cx | null {
  const absBreal = b.real < 0 ? -b.real : b.real;
  const absBimag = b.imag < 0 ? -b.imag : b.imag;
  if (absBreal >= absBimag) {
    // divide tops and bottom by b.real
    if (absBreal === 0.0) return null;
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    return { real: (a.real + a.imag * ratio) / denom, imag: (a.imag - a.real * ratio) / denom };
  }
  if (absBimag >= absBreal) {
    // divide tops and bottom by b.imag
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    return { real: (a.real * ratio + a.imag) / denom, imag: (a.imag * ratio - a.real) / denom };
  }
  // At least one of b.real or b.imag is a NaN
  return { real: NaN, imag: NaN };
}

/** complex / complex (complex_div). */
export function cQuot(a: Cx, b: Cx): Cx {
  const r = cQuotRaw(a, b);
  if (r === null) throw zeroDiv('complex division by zero');
  return r;
}

/**
 * hypot(x, y) as glibc (2.35+, dbl-64 without FMA) computes it: sqrt(ax*ax + ay*ay)
 * followed by Borges' one-step correction, with scaling for huge and tiny inputs.
 * It is not always correctly rounded; this reproduces its results bit for bit.
 */
export function hypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Infinity;
    return NaN;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x;
  const ay = x < y ? x : y;
  const SCALE = pow2(-600);
  const EPS = pow2(-54);
  if (ax > pow2(511)) {
    // Huge: scale both down.
    if (ay <= ax * EPS) return ax + ay;
    return hypotKernel(ax * SCALE, ay * SCALE) / SCALE;
  }
  if (ay < pow2(-459)) {
    // Tiny: scale both up.
    if (ax >= ay / EPS) return ax + ay;
    return hypotKernel(ax / SCALE, ay / SCALE) * SCALE;
  }
  if (ay <= ax * EPS) return ax + ay;
  return hypotKernel(ax, ay);
}

/** The correction step, for ax >= ay >= 0 whose squares neither overflow nor underflow. */
function hypotKernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2.0 * ay) {
    const delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2.0 * h);
  return h;
}

/** _Py_c_pow; null where C sets errno = EDOM. */
export function cPowRaw(a: Cx, b: Cx): Cx | null {
  if (b.real === 0 && b.imag === 0) return { real: 1, imag: 0 };
  if (a.real === 0 && a.imag === 0) {
    if (b.imag !== 0 || b.real < 0) return null;
    return { real: 0, imag: 0 };
  }
  const vabs = hypot(a.real, a.imag);
  let len = glibcPow(vabs, b.real);
  const at = Math.atan2(a.imag, a.real);
  let phase = at * b.real;
  if (b.imag !== 0.0) {
    len /= Math.exp(at * b.imag);
    phase += b.imag * Math.log(vabs);
  }
  // cos/sin of an infinite phase set errno = EDOM in libm (complex_pow raises then);
  // a NaN from inf/inf or inf*0 leaves errno alone.
  if (phase === Infinity || phase === -Infinity) return null;
  return { real: len * Math.cos(phase), imag: len * Math.sin(phase) };
}

function cPowu(x: Cx, n: number): Cx {
  let r: Cx = { real: 1, imag: 0 };
  let p = x;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = cProd(r, p);
    mask <<= 1;
    p = cProd(p, p);
  }
  return r;
}

/** c_powi; null on EDOM. */
function cPowiRaw(x: Cx, n: number): Cx | null {
  if (n > 100 || n < -100) return cPowRaw(x, { real: n, imag: 0 });
  if (n > 0) return cPowu(x, n);
  return cQuotRaw({ real: 1, imag: 0 }, cPowu(x, -n));
}

/** complex ** complex (complex_pow without modulus), with its errors. */
export function cPow(a: Cx, b: Cx): Cx {
  let p: Cx | null;
  // Check whether the exponent has a small integer value, and if so use a faster and more accurate algorithm.
  if (b.imag === 0.0 && b.real === Math.floor(b.real) && Math.abs(b.real) <= 100.0) {
    p = cPowiRaw(a, b.real);
  } else {
    p = cPowRaw(a, b);
  }
  if (p === null) throw zeroDiv('0.0 to a negative or complex power');
  if (Math.abs(p.real) === Infinity || Math.abs(p.imag) === Infinity) throw overflow('complex exponentiation');
  return p;
}

/** abs(complex) (_Py_c_abs and complex_abs). */
export function cAbs(z: Cx): number {
  if (!Number.isFinite(z.real) || !Number.isFinite(z.imag)) {
    if (z.real === Infinity || z.real === -Infinity) return Math.abs(z.real);
    if (z.imag === Infinity || z.imag === -Infinity) return Math.abs(z.imag);
    return NaN;
  }
  const r = hypot(z.real, z.imag);
  if (!Number.isFinite(r)) throw overflow('absolute value too large');
  return r;
}

// ---- complex(str) ------------------------------------------------------------------

const FLOAT_PREFIX = /^[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|infinity|inf|nan)/i;
const PY_SPACE = /[ \t\n\r\x0b\x0c]/;

function malformed(): NumError {
  return valueErr('complex() arg is a malformed string');
}

/** complex_from_string_inner on an ASCII string without underscores. */
function complexFromStringInner(s: string): Cx {
  let i = 0;
  let x = 0.0;
  let y = 0.0;
  let gotBracket = false;
  const prefixFloat = (at: number): [number, number] | null => {
    const m = FLOAT_PREFIX.exec(s.slice(at));
    if (m === null) return null;
    const t = m[0].toLowerCase().replace(/^[+]/, '');
    let v: number;
    if (t.endsWith('inf') || t.endsWith('infinity')) v = t.startsWith('-') ? -Infinity : Infinity;
    else if (t.endsWith('nan')) v = NaN;
    else v = Number(t);
    return [v, at + m[0].length];
  };
  while (i < s.length && PY_SPACE.test(s[i]!)) i++;
  if (s[i] === '(') {
    gotBracket = true;
    i++;
    while (i < s.length && PY_SPACE.test(s[i]!)) i++;
  }
  const z = prefixFloat(i);
  if (z !== null) {
    i = z[1];
    if (s[i] === '+' || s[i] === '-') {
      x = z[0];
      const w = prefixFloat(i);
      if (w !== null) { y = w[0]; i = w[1]; } else { y = s[i] === '+' ? 1.0 : -1.0; i++; }
      if (!(s[i] === 'j' || s[i] === 'J')) throw malformed();
      i++;
    } else if (s[i] === 'j' || s[i] === 'J') {
      i++;
      y = z[0];
    } else {
      x = z[0];
    }
  } else {
    if (s[i] === '+' || s[i] === '-') { y = s[i] === '+' ? 1.0 : -1.0; i++; } else y = 1.0;
    if (!(s[i] === 'j' || s[i] === 'J')) throw malformed();
    i++;
  }
  while (i < s.length && PY_SPACE.test(s[i]!)) i++;
  if (gotBracket) {
    if (s[i] !== ')') throw malformed();
    i++;
    while (i < s.length && PY_SPACE.test(s[i]!)) i++;
  }
  if (i !== s.length) throw malformed();
  return { real: x, imag: y };
}

/**
 * complex(s) for an ASCII-transformed string (non-ASCII decimal digits and
 * spaces already mapped). Returns null where CPython raises "could not convert
 * string to complex: <repr>" (bad underscores); throws NumError otherwise.
 */
export function parseComplex(s: string): Cx | null {
  if (s.includes('\0')) throw malformed();
  if (s.includes('_')) {
    // cf. _Py_string_to_number_with_underscores
    let out = '';
    let prev = '';
    for (const ch of s) {
      const isDigit = ch >= '0' && ch <= '9';
      if (ch === '_') {
        if (!(prev >= '0' && prev <= '9')) return null;
      } else {
        if (prev === '_' && !isDigit) return null;
        out += ch;
      }
      prev = ch;
    }
    if (prev === '_') return null;
    s = out;
  }
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) throw malformed();
  return complexFromStringInner(s);
}

export { NumError };
