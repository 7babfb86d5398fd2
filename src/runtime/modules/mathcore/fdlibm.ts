// glibc 2.36's fdlibm-derived double functions (sysdeps/ieee754/dbl-64:
// s_log1p.c, s_expm1.c, e_sinh.c, e_cosh.c, s_tanh.c, s_asinh.c,
// e_acosh.c, e_atanh.c, s_erf.c, s_cbrt.c), ported operation for operation
// (including Naohiko Shimizu's re-ordered polynomial evaluations that glibc
// carries). Debian's libm.so.6 dispatches log1p and expm1 to FMA builds on
// CPUs with FMA: their fused multiply-adds (fma() below) were read off the
// machine code (objdump of /lib/x86_64-linux-gnu/libm.so.6). Their calls to
// exp and log go to glibc's exp/log, i.e. the ports in explog.ts.

import { hi32, lo32, withHi, withLo, fromWords, fma } from './fp';
import { exp, log } from './explog';
import { frexp, ldexp } from '../../objects/num/bigmath';

// ---- log1p (the FMA build: fused operations as in its machine code) -----------

const LN2_HI = 6.93147180369123816490e-01;
const LN2_LO = 1.90821492927058770002e-10;
const LP1 = 6.666666666666735130e-01;
const LP2 = 3.999999999940941908e-01;
const LP3 = 2.857142874366239149e-01;
const LP4 = 2.222219843214978396e-01;
const LP5 = 1.818357216161805012e-01;
const LP6 = 1.531383769920937332e-01;
const LP7 = 1.479819860511658591e-01;

/** glibc log1p(x) (s_log1p.c). */
export function log1p(x: number): number {
  const hx = hi32(x) | 0;
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let hu = 0;
  let c = 0;
  if (hx < 0x3fda827a) {
    if (ax >= 0x3ff00000) {
      if (x === -1.0) return -Infinity;
      return NaN;
    }
    if (ax < 0x3e200000) {
      if (ax < 0x3c900000) return x;
      return fma(-(x * x), 0.5, x);
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) {
    return x + x;
  }
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = hi32(u) | 0;
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = hi32(u) | 0;
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = withHi(u, hu | 0x3ff00000);
    } else {
      k += 1;
      u = withHi(u, hu | 0x3fe00000);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    if (f === 0) {
      if (k === 0) return 0;
      c = fma(k, LN2_LO, c);
      return fma(k, LN2_HI, c);
    }
    const R = hfsq * fma(-f, 0.66666666666666666, 1.0);
    if (k === 0) return f - R;
    return fma(k, LN2_HI, -((R - fma(k, LN2_LO, c)) - f));
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const R2 = fma(z, LP3, LP2);
  const R3 = fma(z, LP5, LP4);
  const R4 = fma(z, LP7, LP6);
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z2 * z4;
  const R = fma(z6, R4, fma(z4, R3, fma(z, LP1, z2 * R2)));
  const sr = (hfsq + R) * s;
  if (k === 0) return f - (hfsq - sr);
  return fma(k, LN2_HI, -((hfsq - (sr + fma(k, LN2_LO, c))) - f));
}

// ---- expm1 (the FMA build: fused operations as in its machine code) -----------

const O_THRESHOLD = 7.09782712893383973096e+02;
const INVLN2 = 1.44269504088896338700e+00;
const Q1 = -3.33333333333331316428e-02;
const Q2 = 1.58730158725481460165e-03;
const Q3 = -7.93650757867487942473e-05;
const Q4 = 4.00821782732936239552e-06;
const Q5 = -2.01099218183624371326e-07;
const TINY = 1.0e-300;

/** glibc expm1(x) (s_expm1.c). */
export function expm1(x: number): number {
  let hx = hi32(x);
  const xsb = hx & 0x80000000;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) {
        if (((hx & 0xfffff) | lo32(x)) !== 0) return x + x;
        return xsb === 0 ? x : -1.0;
      }
      if (x > O_THRESHOLD) return Infinity;
    }
    if (xsb !== 0) return TINY - 1.0;
  }
  let k: number;
  let c = 0;
  if (hx > 0x3fd62e42) {
    let hi: number;
    let lo: number;
    if (hx < 0x3ff0a2b2) {
      if (xsb === 0) { hi = x - LN2_HI; lo = LN2_LO; k = 1; } else { hi = x + LN2_HI; lo = -LN2_LO; k = -1; }
    } else {
      k = Math.trunc(INVLN2 * x + (xsb === 0 ? 0.5 : -0.5));
      const t = k;
      hi = x - t * LN2_HI;
      lo = t * LN2_LO;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x3c900000) {
    return x;
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const R1 = fma(hxs, Q1, 1.0);
  const R2 = fma(hxs, Q3, Q2);
  const R3 = fma(hxs, Q5, Q4);
  const h2 = hxs * hxs;
  const h4 = h2 * h2;
  const r1 = fma(h4, R3, fma(h2, R2, R1));
  let t = fma(-r1, hfx, 3.0);
  let e = hxs * ((r1 - t) / fma(-x, t, 6.0));
  if (k === 0) return x - fma(e, x, -hxs);
  e = fma(e - c, x, -c);
  e -= hxs;
  if (k === -1) return fma(0.5, x - e, -0.5);
  if (k === 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return fma(x - e, 2.0, 1.0);
  }
  let y: number;
  if (k <= -2 || k > 56) {
    y = 1.0 - (e - x);
    y = withHi(y, (hi32(y) + (k << 20)) >>> 0);
    return y - 1.0;
  }
  if (k < 20) {
    t = fromWords(0x3ff00000 - (0x200000 >> k), 0);
    y = t - (e - x);
    y = withHi(y, (hi32(y) + (k << 20)) >>> 0);
  } else {
    t = fromWords((0x3ff - k) << 20, 0);
    y = x - (e + t);
    y += 1.0;
    y = withHi(y, (hi32(y) + (k << 20)) >>> 0);
  }
  return y;
}

// ---- sinh, cosh, tanh ----------------------------------------------------------

const SHUGE = 1.0e307;

/** glibc sinh(x) (e_sinh.c). */
export function sinh(x: number): number {
  const jx = hi32(x) | 0;
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = expm1(Math.abs(x));
    if (ix < 0x3ff00000) return h * (2.0 * t - t * t / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ix < 0x40862e42) return h * exp(Math.abs(x));
  const lx = lo32(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = exp(0.5 * Math.abs(x));
    const t = h * w;
    return t * w;
  }
  return x * SHUGE;
}

/** glibc cosh(x) (e_cosh.c). */
export function cosh(x: number): number {
  const ix = hi32(x) & 0x7fffffff;
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      if (ix < 0x3c800000) return 1.0;
      const t = expm1(Math.abs(x));
      const w = 1.0 + t;
      return 1.0 + (t * t) / (w + w);
    }
    const t = exp(Math.abs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(Math.abs(x));
  const lx = lo32(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = exp(0.5 * Math.abs(x));
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

/** glibc tanh(x) (s_tanh.c). */
export function tanh(x: number): number {
  const jx = hi32(x) | 0;
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
  let z: number;
  if (ix < 0x40360000) {
    if (x === 0) return x;
    if (ix < 0x3c800000) return x * (1.0 + x);
    if (ix >= 0x3ff00000) {
      const t = expm1(2.0 * Math.abs(x));
      z = 1.0 - 2.0 / (t + 2.0);
    } else {
      const t = expm1(-2.0 * Math.abs(x));
      z = -t / (t + 2.0);
    }
  } else {
    z = 1.0 - TINY;
  }
  return jx >= 0 ? z : -z;
}

// ---- asinh, acosh, atanh -------------------------------------------------------

const LN2 = 6.93147180559945286227e-01;

/** glibc asinh(x) (s_asinh.c). */
export function asinh(x: number): number {
  const hx = hi32(x) | 0;
  const ix = hx & 0x7fffffff;
  if (ix < 0x3e300000) return x;
  let w: number;
  if (ix > 0x41b00000) {
    if (ix >= 0x7ff00000) return x + x;
    w = log(Math.abs(x)) + LN2;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) {
      w = log(2.0 * xa + 1.0 / (Math.sqrt(xa * xa + 1.0) + xa));
    } else {
      const t = xa * xa;
      w = log1p(xa + t / (1.0 + Math.sqrt(1.0 + t)));
    }
  }
  return hx < 0 ? -Math.abs(w) : Math.abs(w);
}

/** glibc acosh(x) (e_acosh.c, the 64-bit-word variant). */
export function acosh(x: number): number {
  if (x > 2.0) {
    if (x >= 268435456) {
      // x >= 2**28
      if (!Number.isFinite(x)) return x + x;
      return log(x) + LN2;
    }
    const t = x * x;
    return log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
  }
  if (x > 1.0) {
    const t = x - 1.0;
    return log1p(t + Math.sqrt(2.0 * t + t * t));
  }
  if (x === 1.0) return 0.0;
  if (Number.isNaN(x)) return x + x;
  return NaN;
}

/** glibc atanh(x) (e_atanh.c). */
export function atanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 3.725290298461914e-9) return x; // 0x1p-28
    t = xa + xa;
    t = 0.5 * log1p(t + t * xa / (1.0 - xa));
  } else if (xa < 1.0) {
    t = 0.5 * log1p((xa + xa) / (1.0 - xa));
  } else if (xa > 1.0) {
    return NaN;
  } else if (Number.isNaN(x)) {
    return x + x;
  } else {
    return x / 0.0;
  }
  return x < 0 || Object.is(x, -0) ? -t : t;
}

// ---- erf, erfc -----------------------------------------------------------------

const ERX = 8.45062911510467529297e-01;
const EFX = 1.28379167095512586316e-01;
const PP0 = 1.28379167095512558561e-01, PP1 = -3.25042107247001499370e-01, PP2 = -2.84817495755985104766e-02;
const PP3 = -5.77027029648944159157e-03, PP4 = -2.37630166566501626084e-05;
const QQ1 = 3.97917223959155352819e-01, QQ2 = 6.50222499887672944485e-02, QQ3 = 5.08130628187576562776e-03;
const QQ4 = 1.32494738004321644526e-04, QQ5 = -3.96022827877536812320e-06;
const PA0 = -2.36211856075265944077e-03, PA1 = 4.14856118683748331666e-01, PA2 = -3.72207876035701323847e-01;
const PA3 = 3.18346619901161753674e-01, PA4 = -1.10894694282396677476e-01, PA5 = 3.54783043256182359371e-02;
const PA6 = -2.16637559486879084300e-03;
const QA1 = 1.06420880400844228286e-01, QA2 = 5.40397917702171048937e-01, QA3 = 7.18286544141962662868e-02;
const QA4 = 1.26171219808761642112e-01, QA5 = 1.36370839120290507362e-02, QA6 = 1.19844998467991074170e-02;
const RA0 = -9.86494403484714822705e-03, RA1 = -6.93858572707181764372e-01, RA2 = -1.05586262253232909814e+01;
const RA3 = -6.23753324503260060396e+01, RA4 = -1.62396669462573470355e+02, RA5 = -1.84605092906711035994e+02;
const RA6 = -8.12874355063065934246e+01, RA7 = -9.81432934416914548592e+00;
const SA1 = 1.96512716674392571292e+01, SA2 = 1.37657754143519042600e+02, SA3 = 4.34565877475229228821e+02;
const SA4 = 6.45387271733267880336e+02, SA5 = 4.29008140027567833386e+02, SA6 = 1.08635005541779435134e+02;
const SA7 = 6.57024977031928170135e+00, SA8 = -6.04244152148580987438e-02;
const RB0 = -9.86494292470009928597e-03, RB1 = -7.99283237680523006574e-01, RB2 = -1.77579549177547519889e+01;
const RB3 = -1.60636384855821916062e+02, RB4 = -6.37566443368389627722e+02, RB5 = -1.02509513161107724954e+03;
const RB6 = -4.83519191608651397019e+02;
const SB1 = 3.03380607434824582924e+01, SB2 = 3.25792512996573918826e+02, SB3 = 1.53672958608443695994e+03;
const SB4 = 3.19985821950859553908e+03, SB5 = 2.55305040643316442583e+03, SB6 = 4.74528541206955367215e+02;
const SB7 = -2.24409524465858183362e+01;

function erfSmallRatio(z: number): number {
  const r1 = PP0 + z * PP1;
  const z2 = z * z;
  const r2 = PP2 + z * PP3;
  const z4 = z2 * z2;
  const s1 = 1.0 + z * QQ1;
  const s2 = QQ2 + z * QQ3;
  const s3 = QQ4 + z * QQ5;
  const r = r1 + z2 * r2 + z4 * PP4;
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

/** [P, Q] for 0.84375 <= |x| < 1.25, s = |x| - 1. */
function erfMidPQ(s: number): [number, number] {
  const P1 = PA0 + s * PA1;
  const s2 = s * s;
  const Q1 = 1.0 + s * QA1;
  const s4 = s2 * s2;
  const P2 = PA2 + s * PA3;
  const s6 = s4 * s2;
  const Q2 = QA2 + s * QA3;
  const P3 = PA4 + s * PA5;
  const Q3 = QA4 + s * QA5;
  return [P1 + s2 * P2 + s4 * P3 + s6 * PA6, Q1 + s2 * Q2 + s4 * Q3 + s6 * QA6];
}

/** exp(-x*x - 0.5625 + R/S) for |x| in [1.25, 28), x = |x|. */
function erfTail(x: number, ix: number): number {
  const s = 1.0 / (x * x);
  let R: number;
  let S: number;
  if (ix < 0x4006db6e) {
    const R1 = RA0 + s * RA1;
    const s2 = s * s;
    const S1 = 1.0 + s * SA1;
    const s4 = s2 * s2;
    const R2 = RA2 + s * RA3;
    const s6 = s4 * s2;
    const S2 = SA2 + s * SA3;
    const s8 = s4 * s4;
    const R3 = RA4 + s * RA5;
    const S3 = SA4 + s * SA5;
    const R4 = RA6 + s * RA7;
    const S4 = SA6 + s * SA7;
    R = R1 + s2 * R2 + s4 * R3 + s6 * R4;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4 + s8 * SA8;
  } else {
    const R1 = RB0 + s * RB1;
    const s2 = s * s;
    const S1 = 1.0 + s * SB1;
    const s4 = s2 * s2;
    const R2 = RB2 + s * RB3;
    const s6 = s4 * s2;
    const S2 = SB2 + s * SB3;
    const R3 = RB4 + s * RB5;
    const S3 = SB4 + s * SB5;
    const S4 = SB6 + s * SB7;
    R = R1 + s2 * R2 + s4 * R3 + s6 * RB6;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4;
  }
  const z = withLo(x, 0);
  return exp(-z * z - 0.5625) * exp((z - x) * (z + x) + R / S);
}

/** glibc erf(x) (s_erf.c). */
export function erf(x: number): number {
  const hx = hi32(x) | 0;
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return (hx < 0 ? -1 : 1) + 1.0 / x;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
      return x + EFX * x;
    }
    const y = erfSmallRatio(x * x);
    return x + x * y;
  }
  if (ix < 0x3ff40000) {
    const [P, Q] = erfMidPQ(Math.abs(x) - 1.0);
    return hx >= 0 ? ERX + P / Q : -ERX - P / Q;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1.0 - TINY : TINY - 1.0;
  const ax = Math.abs(x);
  const r = erfTail(ax, ix);
  return hx >= 0 ? 1.0 - r / ax : r / ax - 1.0;
}

/** glibc erfc(x) (s_erf.c). */
export function erfc(x: number): number {
  const hx = hi32(x) | 0;
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return (hx < 0 ? 2 : 0) + 1.0 / x;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1.0 - x;
    const y = erfSmallRatio(x * x);
    if (hx < 0x3fd00000) return 1.0 - (x + x * y);
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    const [P, Q] = erfMidPQ(Math.abs(x) - 1.0);
    if (hx >= 0) return (1.0 - ERX) - P / Q;
    return 1.0 + (ERX + P / Q);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2.0 - TINY;
    const ax = Math.abs(x);
    const r = erfTail(ax, ix);
    return hx > 0 ? r / ax : 2.0 - r / ax;
  }
  return hx > 0 ? 0 : 2.0 - TINY;
}

// ---- cbrt ----------------------------------------------------------------------

const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

/** glibc cbrt(x) (s_cbrt.c, Ulrich Drepper's). */
export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [xm, xe] = frexp(Math.abs(x));
  const u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430
    + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm);
  const t2 = u * u * u;
  const ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + (xe % 3)]!;
  return ldexp(x > 0.0 ? ym : -ym, Math.trunc(xe / 3));
}
