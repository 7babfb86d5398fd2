// sin and cos as glibc 2.36 computes them on x86_64 with FMA: the IBM Accurate
// Mathematical Library's s_sin.c (do_sin, do_cos, TAYLOR_SIN, reduce_sincos)
// and branred.c, with the fused multiply-adds of libm.so.6's FMA build
// (read off its machine code) marked by fma(). tan, atan, atan2, asin and acos
// are in trig2.ts.

import { fma, hi32, lo32 } from './fp';
import { SINCOSTAB } from './sincostab';
import { branred } from './branred';

// usncs.h
const S1 = -0.16666666666666666; // -0x1.5555555555555p-3
const S2 = 0.0083333333333323288; // 0x1.1111111110ECEp-7
const S3 = -0.00019841269834414642; // -0x1.A01A019DB08B8p-13
const S4 = 2.755729806860771e-06; // 0x1.71DE27B9A7ED9p-19
const S5 = -2.5022014848318398e-08; // -0x1.ADDFFC2FCDF59p-26
const BIG = 52776558133248; // 0x1.8p45
const HP0 = 1.5707963267948966; // 0x1.921FB54442D18p0
const HP1 = 6.123233995736766e-17; // 0x1.1A62633145C07p-54
const MP1 = 1.5707963407039642; // 0x1.921FB58000000p0
const MP2 = -1.3909067564377153e-08; // -0x1.DDE973C000000p-27
const PP3 = -4.97899623147991e-17; // -0x1.CB3B398000000p-55
const PP4 = -1.9034889620193266e-25; // -0x1.d747f23e32ed7p-83
const HPINV = 0.6366197723675814; // 0x1.45F306DC9C883p-1
const TOINT = 6755399441055744; // 0x1.8p52
// s_sin.c
const SN3 = -1.66666666666664880952546298448555E-01;
const SN5 = 8.33333214285722277379541354343671E-03;
const CS2 = 4.99999999999999999999950396842453E-01;
const CS4 = -4.16666666666664434524222570944589E-02;
const CS6 = 1.38888874007937613028114285595617E-03;

function copysign(x: number, y: number): number {
  return hi32(y) >>> 31 ? -Math.abs(x) : Math.abs(x);
}

/** TAYLOR_SIN(xx, a, da) */
function taylorSin(xx: number, a: number, da: number): number {
  const p = fma(fma(fma(fma(S5, xx, S4), xx, S3), xx, S2), xx, S1);
  const t = fma(xx, fma(a, p, -0.5 * da), da);
  return a + t;
}

/** The table index of |x| (u.x = big + |x|) and the reduced x = |x| - (u.x - big). */
function tableSplit(ax: number): [number, number] {
  const u = BIG + ax;
  return [(lo32(u) << 2) >>> 0, ax - (u - BIG)];
}

/** do_cos(x, dx) */
function doCos(x: number, dx: number): number {
  if (x < 0) dx = -dx;
  const [k, r] = tableSplit(Math.abs(x));
  x = r + dx;
  const xx = x * x;
  const s = fma(x * xx, fma(xx, SN5, SN3), x);
  const c = xx * fma(xx, fma(xx, CS6, CS4), CS2);
  const sn = SINCOSTAB[k]!;
  const ssn = SINCOSTAB[k + 1]!;
  const cs = SINCOSTAB[k + 2]!;
  const ccs = SINCOSTAB[k + 3]!;
  const cor = fma(-sn, s, fma(-cs, c, fma(-s, ssn, ccs)));
  return cs + cor;
}

/** do_sin(x, dx) */
function doSin(x: number, dx: number): number {
  const xold = x;
  if (Math.abs(x) < 0.126) return taylorSin(x * x, x, dx);
  if (x <= 0) dx = -dx;
  const [k, r] = tableSplit(Math.abs(x));
  x = r;
  const xx = x * x;
  const s = x + fma(x * xx, fma(xx, SN5, SN3), dx);
  const c = fma(x, dx, xx * fma(xx, fma(xx, CS6, CS4), CS2));
  const sn = SINCOSTAB[k]!;
  const ssn = SINCOSTAB[k + 1]!;
  const cs = SINCOSTAB[k + 2]!;
  const ccs = SINCOSTAB[k + 3]!;
  const cor = fma(cs, s, fma(-sn, c, fma(s, ccs, ssn)));
  return copysign(sn + cor, xold);
}

/** reduce_sincos: x = n*pi/2 + (a + da) for |x| < 105414350. */
function reduceSincos(x: number): [number, number, number] {
  const t = fma(x, HPINV, TOINT);
  const xn = t - TOINT;
  const n = lo32(t) & 3;
  const y = fma(-xn, MP2, fma(-xn, MP1, x));
  const t2 = fma(-xn, PP3, y);
  let db = fma(-PP3, xn, y - t2);
  const b = fma(-xn, PP4, t2);
  db += fma(-xn, PP4, t2 - b);
  return [n, b, db];
}

/** do_sincos(a, da, n) */
function doSincos(a: number, da: number, n: number): number {
  const r = n & 1 ? doCos(a, da) : doSin(a, da);
  return n & 2 ? -r : r;
}

/** glibc sin(x) */
export function sin(x: number): number {
  const k = hi32(x) & 0x7fffffff;
  if (k < 0x3e500000) return x;
  if (k < 0x3feb6000) return doSin(x, 0);
  if (k < 0x400368fd) return copysign(doCos(HP0 - Math.abs(x), HP1), x);
  if (k < 0x419921fb) {
    const [n, a, da] = reduceSincos(x);
    return doSincos(a, da, n);
  }
  if (k < 0x7ff00000) {
    const [n, a, da] = branred(x);
    return doSincos(a, da, n);
  }
  return x / x;
}

/** glibc cos(x) */
export function cos(x: number): number {
  const k = hi32(x) & 0x7fffffff;
  if (k < 0x3e400000) return 1.0;
  if (k < 0x3feb6000) return doCos(x, 0);
  if (k < 0x400368fd) {
    const y = HP0 - Math.abs(x);
    const a = y + HP1;
    const da = (y - a) + HP1;
    return doSin(a, da);
  }
  if (k < 0x419921fb) {
    const [n, a, da] = reduceSincos(x);
    return doSincos(a, da, n + 1);
  }
  if (k < 0x7ff00000) {
    const [n, a, da] = branred(x);
    return doSincos(a, da, n + 1);
  }
  return x / x;
}

