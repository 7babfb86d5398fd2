// atan as glibc 2.36 computes it on x86_64 with FMA: the IBM Accurate
// Mathematical Library's s_atan.c (slow paths removed in 2.35), with the fused
// multiply-adds of libm.so.6's FMA build (read off its machine code).
// atan2, asin, acos and tan likewise from e_atan2.c, e_asin.c and s_tan.c
// (GCC's contraction rule: a product all of whose uses are additions in the
// same basic block is fused).

import { fma, hi32, lo32 } from './fp';
import { ATAN_CIJ } from './atantab';
import { ASNCS, INROOT, POWTWO } from './asintab';
import { TAN_XFG } from './tantab';
import { branred } from './branred';

const A = 1.2904777690891933e-08;
const B = 0.0625;
const C = 1.0;
const D = 16.0;
const E = 5805361265115136.0;
const TWO52 = 4503599627370496.0;
const HPI = 1.5707963267948966;
const HPI1 = 6.123233995736766e-17;
const HP1 = HPI1;
const D3 = -0.3333333333333333;
const D5 = 0.19999999999998855;
const D7 = -0.14285714283953163;
const D9 = 0.11111109821886427;
const D11 = -0.09090424391727987;
const D13 = 0.07601836584380736;

function copysign(x: number, y: number): number {
  return hi32(y) >>> 31 ? -Math.abs(x) : Math.abs(x);
}

/** d3 + v*(d5 + v*(... + v*d13)), fused as glibc's FMA build does. */
function dPoly(v: number): number {
  return fma(v, fma(v, fma(v, fma(v, fma(v, D13, D11), D9), D7), D5), D3);
}

/** cij row i's cubic-and-up polynomial in z: c2 + z*(c3 + z*(c4 + z*(c5 + z*c6))). */
function cPoly(i: number, z: number): number {
  const r = 7 * i;
  return fma(z, fma(z, fma(z, fma(z, ATAN_CIJ[r + 6]!, ATAN_CIJ[r + 5]!), ATAN_CIJ[r + 4]!), ATAN_CIJ[r + 3]!), ATAN_CIJ[r + 2]!);
}

/** glibc atan(x) */
export function atan(x: number): number {
  const ux = hi32(x);
  if ((ux & 0x7ff00000) === 0x7ff00000 && ((ux & 0x000fffff) | lo32(x)) !== 0) return x + x;
  const u = x < 0 ? -x : x;
  if (u < C) {
    if (u < B) {
      if (u < A) return x;
      const v = x * x;
      return fma(x * v, dPoly(v), x);
    }
    const i = Math.trunc(fma(u, 256, TWO52) - TWO52) - 16;
    const z = u - ATAN_CIJ[7 * i]!;
    return copysign(fma(cPoly(i, z), z, ATAN_CIJ[7 * i + 1]!), x);
  }
  if (u < D) {
    const w = 1 / u;
    const t1 = u * w;
    const t2 = fma(u, w, -t1);
    const i = Math.trunc(fma(w, 256, TWO52) - TWO52) - 16;
    const z = fma((1 - t1) - t2, w, w - ATAN_CIJ[7 * i]!);
    const yy = fma(-z, cPoly(i, z), HPI1);
    const tt = HPI - ATAN_CIJ[7 * i + 1]!;
    return copysign(tt + yy, x);
  }
  if (u < E) {
    const w = 1 / u;
    const v = w * w;
    const t1 = u * w;
    const t2 = fma(u, w, -t1);
    const yy0 = (w * v) * dPoly(v);
    const ww = ((1 - t1) - t2) * w;
    const t3 = HPI - w;
    const cor = HPI > Math.abs(w) ? (HPI - t3) - w : HPI - (w + t3);
    const yy = ((HPI1 + cor) - ww) - yy0;
    return copysign(t3 + yy, x);
  }
  return x > 0 ? HPI : -HPI;
}


// ---- atan2 (e_atan2.c) --------------------------------------------------------------

const OPI = 3.141592653589793;
const OPI1 = 1.2246467991473532e-16;
const QPI = 0.7853981633974483;
const TQPI = 2.356194490192345;
const TWO500 = 3.273390607896142e+150;
const TWOM500 = 3.054936363499605e-151;
const INV16 = 0.0625;
const EP = 59768832;

/** EADD(x, y): [z, zz] with z = x + y and zz its error. */
function eadd(x: number, y: number): [number, number] {
  const z = x + y;
  return [z, Math.abs(x) > Math.abs(y) ? (x - z) + y : (y - z) + x];
}

/** ESUB(x, y): [z, zz] with z = x - y and zz its error. */
function esub(x: number, y: number): [number, number] {
  const z = x - y;
  return [z, Math.abs(x) > Math.abs(y) ? ((x - z) - y) : (x - (y + z))];
}

/** glibc atan2(y, x) */
export function atan2(y: number, x: number): number {
  const ux = hi32(x) | 0;
  const dx = lo32(x);
  if ((ux & 0x7ff00000) === 0x7ff00000 && ((ux & 0x000fffff) | dx) !== 0) return x + y;
  const uy = hi32(y) | 0;
  const dy = lo32(y);
  if ((uy & 0x7ff00000) === 0x7ff00000 && ((uy & 0x000fffff) | dy) !== 0) return y + y;
  if (y === 0) {
    if (!(uy & 0x80000000)) return ux & 0x80000000 ? OPI : 0;
    return ux & 0x80000000 ? -OPI : -0.0;
  }
  if (x === 0) return uy & 0x80000000 ? -HPI : HPI;
  if (x === Infinity) {
    if (y === Infinity) return QPI;
    if (y === -Infinity) return -QPI;
    return uy & 0x80000000 ? -0.0 : 0;
  }
  if (x === -Infinity) {
    if (y === Infinity) return TQPI;
    if (y === -Infinity) return -TQPI;
    return uy & 0x80000000 ? -OPI : OPI;
  }
  if (y === Infinity) return HPI;
  if (y === -Infinity) return -HPI;
  let ax = x < 0 ? -x : x;
  let ay = y < 0 ? -y : y;
  const de = (uy & 0x7ff00000) - (ux & 0x7ff00000);
  if (de >= EP) return y > 0 ? HPI : -HPI;
  if (de <= -EP) {
    if (x > 0) return copysign(ay / ax, y);
    return y > 0 ? OPI : -OPI;
  }
  if (ax < TWOM500 || ay < TWOM500) { ax *= TWO500; ay *= TWO500; }
  if (ax > TWO500 || ay > TWO500) { ax *= TWOM500; ay *= TWOM500; }
  let u: number;
  let du: number;
  if (ay < ax) {
    u = ay / ax;
    const v = ax * u;
    const vv = fma(ax, u, -v);
    du = ((ay - v) - vv) / ax;
  } else {
    u = ax / ay;
    const v = ay * u;
    const vv = fma(ay, u, -v);
    du = ((ax - v) - vv) / ay;
  }
  const index = () => Math.trunc(fma(u, 256, TWO52) - TWO52) - 16;
  const cRest = (i: number, v: number) => {
    const r = 7 * i;
    return fma(v, fma(v, fma(v, fma(v, ATAN_CIJ[r + 6]!, ATAN_CIJ[r + 5]!), ATAN_CIJ[r + 4]!), ATAN_CIJ[r + 3]!), ATAN_CIJ[r + 2]!);
  };
  if (x > 0) {
    if (ay < ax) {
      if (u < INV16) {
        const v = u * u;
        const zz = fma(u * v, dPoly(v), du);
        return copysign(u + zz, y);
      }
      const i = index();
      const t3 = u - ATAN_CIJ[7 * i]!;
      const [v, dv] = eadd(t3, du);
      const r = 7 * i;
      const t1 = ATAN_CIJ[r + 1]!;
      const t2 = ATAN_CIJ[r + 2]!;
      const p = fma(v, fma(v, fma(v, ATAN_CIJ[r + 6]!, ATAN_CIJ[r + 5]!), ATAN_CIJ[r + 4]!), ATAN_CIJ[r + 3]!);
      const zz = fma(v, t2, fma(dv, t2, (v * v) * p));
      return copysign(t1 + zz, y);
    }
    if (u < INV16) {
      const v = u * u;
      const zz = (u * v) * dPoly(v);
      const [t2, cor] = esub(HPI, u);
      const t3 = ((HPI1 + cor) - du) - zz;
      return copysign(t2 + t3, y);
    }
    const i = index();
    const v = (u - ATAN_CIJ[7 * i]!) + du;
    const zz = fma(-v, cRest(i, v), HPI1);
    return copysign((HPI - ATAN_CIJ[7 * i + 1]!) + zz, y);
  }
  if (ax < ay) {
    if (u < INV16) {
      const v = u * u;
      const zz = (u * v) * dPoly(v);
      const [t2, cor] = eadd(HPI, u);
      const t3 = ((HPI1 + cor) + du) + zz;
      return copysign(t2 + t3, y);
    }
    const i = index();
    const v = (u - ATAN_CIJ[7 * i]!) + du;
    const zz = fma(v, cRest(i, v), HPI1);
    return copysign((HPI + ATAN_CIJ[7 * i + 1]!) + zz, y);
  }
  if (u < INV16) {
    const v = u * u;
    const zz = (u * v) * dPoly(v);
    const [t2, cor] = esub(OPI, u);
    const t3 = ((OPI1 + cor) - du) - zz;
    return copysign(t2 + t3, y);
  }
  const i = index();
  const v = (u - ATAN_CIJ[7 * i]!) + du;
  const zz = fma(-v, cRest(i, v), OPI1);
  return copysign((OPI - ATAN_CIJ[7 * i + 1]!) + zz, y);
}

// ---- asin, acos (e_asin.c) ------------------------------------------------------------

const F1 = 1.66666666666664110590506577996662E-01;
const F2 = 7.50000000026122686814431784722623E-02;
const F3 = 4.46428561421059750978517350006940E-02;
const F4 = 3.03821268582119319911193410625235E-02;
const F5 = 2.23551211026525610742786300334557E-02;
const F6 = 1.81382903404565056280372531963613E-02;
const RT0 = 9.99999999859990725855365213134618E-01;
const RT1 = 4.99999999495955425917856814202739E-01;
const RT2 = 3.75017500867345182581453026130850E-01;
const RT3 = 3.12523626554518656309172508769531E-01;
const T24 = 16777216.0;
const T27 = 134217728.0;

function fPoly(x2: number): number {
  return fma(fma(fma(fma(fma(F6, x2, F5), x2, F4), x2, F3), x2, F2), x2, F1);
}

/** The table-driven middle ranges: [n, degree] for |x| in [0.125, 0.96875), k = high word of |x|. */
function asinIndex(k: number): [number, number] {
  if (k < 0x3fe00000) return [k < 0x3fd00000 ? 11 * ((k & 0x000fffff) >> 15) : 11 * ((k & 0x000fffff) >> 14) + 352, 5];
  if (k < 0x3fe80000) return [1056 + ((k & 0x000fe000) >> 11) * 3, 6];
  if (k < 0x3fed8000) return [992 + ((k & 0x000fe000) >> 13) * 13, 7];
  if (k < 0x3fee8000) return [884 + ((k & 0x000fe000) >> 13) * 14, 8];
  return [768 + ((k & 0x000fe000) >> 13) * 15, 9];
}

/** t + p of the table ranges; returns [t, the table's asin(x_n)]. */
function asinTable(ax: number, k: number): [number, number] {
  const [n, deg] = asinIndex(k);
  const xx = ax - ASNCS[n]!;
  // p = xx*xx*(c2 + xx*(c3 + ... + xx*c_deg)) + c_{deg+1}, c_i = ASNCS[n + i]
  let q = ASNCS[n + deg + 1]!;
  for (let i = deg; i >= 2; i--) q = fma(xx, q, ASNCS[n + i]!);
  const p = fma(xx * xx, q, ASNCS[n + deg + 2]!);
  const t = fma(ASNCS[n + 1]!, xx, p);
  return [t, ASNCS[n + deg + 3]!];
}

/** z, y, cc, t, p of the range 0.96875 <= |x| < 1 (sqrt of z = (1 - |x|)/2 in double-double). */
function asinNearOne(z: number, acos: boolean): { y: number; cc: number; p: number } {
  const k = hi32(z) | 0;
  let t = INROOT[(k & 0x001fffff) >> 14]! * POWTWO[511 - (k >> 21)]!;
  const r = fma(-(t * t), z, 1.0);
  t = t * fma(r, fma(r, fma(r, RT3, RT2), RT1), RT0);
  const c = t * z;
  t = c * fma(-(0.5 * t), c, 1.5);
  const y = acos ? fma(-T27, c, fma(T27, c, c)) : (c + T24) - T24;
  const cc = fma(-y, y, z) / (t + y);
  const p = fPoly(z) * z;
  return { y, cc, p };
}

/** glibc asin(x) */
export function asin(x: number): number {
  const m = hi32(x) | 0;
  const k = m & 0x7fffffff;
  if (k < 0x3e500000) return x;
  if (k < 0x3fc00000) {
    const x2 = x * x;
    return fma(fPoly(x2), x2 * x, x);
  }
  if (k < 0x3fef0000) {
    const [t, base] = asinTable(m > 0 ? x : -x, k);
    const res = base + t;
    return m > 0 ? res : -res;
  }
  if (k < 0x3ff00000) {
    const z = 0.5 * (m > 0 ? 1.0 - x : 1.0 + x);
    const { y, cc, p } = asinNearOne(z, false);
    const cor = fma(-(2.0 * (y + cc)), p, fma(-2.0, cc, HP1));
    const res1 = fma(-2.0, y, HPI);
    const res = res1 + cor;
    return m > 0 ? res : -res;
  }
  if (k === 0x3ff00000 && lo32(x) === 0) return m > 0 ? HPI : -HPI;
  return (x - x) / (x - x);
}

/** glibc acos(x) */
export function acos(x: number): number {
  const m = hi32(x) | 0;
  const k = m & 0x7fffffff;
  if (k < 0x3c880000) return HPI;
  if (k < 0x3fc00000) {
    const x2 = x * x;
    const r = HPI - x;
    return r + fma(-fPoly(x2), x2 * x, (((HPI - r) - x) + HP1));
  }
  if (k < 0x3fef0000) {
    const [t0, base] = asinTable(m > 0 ? x : -x, k);
    const y = m > 0 ? HPI - base : HPI + base;
    const t = m > 0 ? HP1 - t0 : HP1 + t0;
    return y + t;
  }
  if (k < 0x3ff00000) {
    const z = 0.5 * (m > 0 ? 1.0 - x : 1.0 + x);
    const { y, cc, p } = asinNearOne(z, true);
    if (m < 0) {
      const cor = fma(-(y + cc), p, HP1 - cc);
      const res = (HPI - y) + cor;
      return res + res;
    }
    const cor = fma(p, y + cc, cc);
    const res = y + cor;
    return res + res;
  }
  if (k === 0x3ff00000 && lo32(x) === 0) return m > 0 ? 0 : 2.0 * HPI;
  return (x - x) / (x - x);
}

// ---- tan (s_tan.c) --------------------------------------------------------------------

const TG1 = 1.2589993048095494e-08;
const TG2 = 0.060799986124038696;
const TG3 = 0.7869997024536133;
const TG4 = 25.0;
const TG5 = 100000000.0;
const TD3 = 0.3333333333333333;
const TD5 = 0.1333333333332673;
const TD7 = 0.05396825411095433;
const TD9 = 0.021869380598167253;
const TD11 = 0.008896546349534924;
const TE0 = 0.3333333333332254;
const TE1 = 0.13333354920669913;
const MFFTNHF = -15.5;
const T_HPINV = 0.6366197723675814;
const T_TOINT = 6755399441055744;
const T_MP1 = 1.5707963407039642;
const T_MP2 = -1.3909067564377153e-08;
const T_MP3 = -4.9789962505147994e-17;
const T_PP3 = -4.97899623147991e-17;
const T_PP4 = -1.9034889620193266e-25;

function tdPoly(x2: number): number {
  return fma(x2, fma(x2, fma(x2, fma(x2, TD11, TD9), TD7), TD5), TD3);
}

/** tan or -cot of a + da for |a| <= 0.787 after a reduction (cases VI-XI). */
function tanReduced(a: number, da: number, n: number): number {
  let ya: number;
  let yya: number;
  let sy: number;
  if (a < 0.0) { ya = -a; yya = -da; sy = -1; } else { ya = a; yya = da; sy = 1; }
  if (ya <= TG2) {
    const a2 = a * a;
    const t2 = fma(a * a2, tdPoly(a2), da);
    if (n) {
      const [b, db] = eadd(a, t2);
      // DIV2(1.0, 0.0, b, db)
      const c = 1.0 / b;
      const u = c * b;
      const uu = fma(c, b, -u);
      const cc = fma(-c, db, (((1.0 - u) - uu) + 0.0)) / b;
      const z = c + cc;
      const zz = (c - z) + cc;
      return -(z + zz);
    }
    return a + t2;
  }
  const i = Math.trunc(fma(256, ya, MFFTNHF));
  const z = (ya - TAN_XFG[4 * i]!) + yya;
  const z2 = z * z;
  const pz = fma(z * z2, fma(z2, TE1, TE0), z);
  const fi = TAN_XFG[4 * i + 1]!;
  const gi = TAN_XFG[4 * i + 2]!;
  if (n) {
    const t2 = pz * (fi + gi) / (fi + pz);
    return (-sy) * (gi - t2);
  }
  const t2 = pz * (gi + fi) / (gi - pz);
  return sy * (fi + t2);
}

/** glibc tan(x) */
export function tan(x: number): number {
  const ux = hi32(x);
  if ((ux & 0x7ff00000) === 0x7ff00000) return x - x;
  const w = x < 0.0 ? -x : x;
  if (w <= TG1) return x;
  if (w <= TG2) {
    const x2 = x * x;
    return fma(x * x2, tdPoly(x2), x);
  }
  if (w <= TG3) {
    const i = Math.trunc(fma(256, w, MFFTNHF));
    const z = w - TAN_XFG[4 * i]!;
    const z2 = z * z;
    const s = x < 0.0 ? -1 : 1;
    const pz = fma(z * z2, fma(z2, TE1, TE0), z);
    const fi = TAN_XFG[4 * i + 1]!;
    const gi = TAN_XFG[4 * i + 2]!;
    const t2 = pz * (gi + fi) / (gi - pz);
    return s * (fi + t2);
  }
  if (w <= TG4) {
    const t = fma(x, T_HPINV, T_TOINT);
    const xn = t - T_TOINT;
    const t1 = fma(-xn, T_MP2, fma(-xn, T_MP1, x));
    const n = lo32(t) & 1;
    const a = fma(-xn, T_MP3, t1);
    const da = fma(-xn, T_MP3, t1 - a);
    return tanReduced(a, da, n);
  }
  if (w <= TG5) {
    const t0 = fma(x, T_HPINV, T_TOINT);
    const xn = t0 - T_TOINT;
    const t1 = fma(-xn, T_MP2, fma(-xn, T_MP1, x));
    const n = lo32(t0) & 1;
    const t = fma(-xn, T_PP3, t1);
    let da = fma(-xn, T_PP3, t1 - t);
    const a0 = fma(-xn, T_PP4, t);
    da = fma(-xn, T_PP4, t - a0) + da;
    const [a, d] = eadd(a0, da);
    return tanReduced(a, d, n);
  }
  const [n0, a0, da0] = branred(x);
  const [a, da] = eadd(a0, da0);
  return tanReduced(a, da, n0 & 1);
}
