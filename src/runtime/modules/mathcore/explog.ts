// exp, exp2, log, log2 and pow as glibc 2.36 computes them on x86_64 (the
// ARM optimized-routines algorithms in sysdeps/ieee754/dbl-64/e_exp.c,
// e_exp2.c, e_log.c, e_log2.c, e_pow.c), operation for operation, including
// the multiply-adds GCC fuses in the FMA builds glibc selects on CPUs with
// FMA (fma() marks each one). Measured bit-identical to python3's math.exp /
// math.log / math.log2 / math.pow on hundreds of thousands of arguments
// (test/unit/modules/libm.test.ts).
//
// Results follow C: overflow gives Infinity, underflow 0, invalid NaN; the
// math module maps them to CPython's exceptions.

import { fma, hi32, lo32, fromWords, pow2 } from './fp';
import {
  EXP_TAIL, EXP_H, LOG_INVC, LOG_LOGC, LOG2_INVC, LOG2_LOGC, POW_INVC, POW_LOGC, POW_LOGCTAIL,
} from './tables';

// ---- exp ---------------------------------------------------------------------

const INV_LN2_N = 184.6649652337873; // 0x1.71547652b82fep0 * 128
const NEG_LN2_HI_N = -0.005415212348111709;
const NEG_LN2_LO_N = -1.2864023111638346e-14;
const SHIFT = 6755399441055744; // 0x1.8p52
const C2 = 0.49999999999996786;
const C3 = 0.16666666666665886;
const C4 = 0.0416666808410674;
const C5 = 0.008333335853059549;
const TWO_1009 = pow2(1009);
const TWO_M1022 = pow2(-1022);

/**
 * scale * (1 + tmp) where scale = EXP_H[idx] * 2**(k >> 7) may leave the
 * normal range (e_exp.c specialcase). The k < 0 branch is not fused by GCC
 * (scale * tmp has two uses there).
 */
function expSpecial(tmp: number, k: number, idx: number, sign: number, fusedPositive: boolean): number {
  const H = EXP_H[idx]! * sign;
  const e = k >> 7;
  if (k > 0) {
    const scale = H * pow2(e - 1009);
    const y = fusedPositive ? fma(scale, tmp, scale) : scale + scale * tmp;
    return TWO_1009 * y;
  }
  const scale = H * pow2(e + 1022);
  const p = scale * tmp;
  let y = scale + p;
  if (Math.abs(y) < 1.0) {
    const one = y < 0 ? -1.0 : 1.0;
    let lo = scale - y + p;
    const hi = one + y;
    lo = one - hi + y + lo;
    y = (hi + lo) - one;
    if (y === 0) y = sign < 0 ? -0 : 0;
  }
  return TWO_M1022 * y;
}

/** glibc exp(x). */
export function exp(x: number): number {
  let abstop = (hi32(x) >>> 20) & 0x7ff;
  if (((abstop - 0x3c9) >>> 0) >= 0x408 - 0x3c9) {
    if (abstop < 0x3c9) return 1.0 + x; // tiny x (and 0)
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1.0 + x;
      return x < 0 ? 0 : Infinity;
    }
    abstop = 0; // large x: special case below
  }
  const k = fma(INV_LN2_N, x, SHIFT) - SHIFT; // exact integer
  const r = fma(k, NEG_LN2_LO_N, fma(k, NEG_LN2_HI_N, x));
  const idx = k & 127;
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(r2, fma(r, C3, C2), EXP_TAIL[idx]! + r));
  if (abstop === 0) return expSpecial(tmp, k, idx, 1, true);
  const scale = EXP_H[idx]! * pow2(k >> 7);
  return fma(scale, tmp, scale);
}

// ---- exp2 --------------------------------------------------------------------

const EXP2_SHIFT = 52776558133248; // 0x1.8p52 / 128
const E2C1 = 0.6931471805599453;
const E2C2 = 0.24022650695909065;
const E2C3 = 0.0555041086686087;
const E2C4 = 0.009618131975721055;
const E2C5 = 0.0013332074570119598;

/** glibc exp2(x) (e_exp2.c; glibc 2.36 has no FMA variant of it). */
export function exp2(x: number): number {
  let abstop = (hi32(x) >>> 20) & 0x7ff;
  if (((abstop - 0x3c9) >>> 0) >= 0x408 - 0x3c9) {
    if (abstop < 0x3c9) return 1.0 + x;
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1.0 + x;
      if (x > 0) return Infinity;
      if (x <= -1075.0) return 0;
    }
    if (Math.abs(x) > 928.0) abstop = 0;
  }
  const kd = (x + EXP2_SHIFT) - EXP2_SHIFT; // k/128
  const k = kd * 128;
  const r = x - kd;
  const idx = k & 127;
  const r2 = r * r;
  const tmp = EXP_TAIL[idx]! + r * E2C1 + r2 * (E2C2 + r * E2C3) + r2 * r2 * (E2C4 + r * E2C5);
  if (abstop === 0) {
    // e_exp2.c specialcase: the exponent of scale may be off by one at the top.
    const H = EXP_H[idx]!;
    const e = k >> 7;
    if (k > 0) {
      const scale = H * pow2(e - 1);
      return 2 * (scale + scale * tmp);
    }
    return expSpecial(tmp, k, idx, 1, false);
  }
  const scale = EXP_H[idx]! * pow2(k >> 7);
  return scale + scale * tmp;
}

// ---- log ---------------------------------------------------------------------

const LN2_HI = 0.6931471805598903;
const LN2_LO = 5.497923018708371e-14;
const B = [-0.5, 0.3333333333333352, -0.24999999999998432, 0.19999999999320328, -0.16666666669929706, 0.14285715076560868,
  -0.12499997863982555, 0.11110712032936046, -0.10000486757818193, 0.09181994006195467, -0.08328363062289341] as const;
const A = [-0.5000000000000001, 0.33333333331825593, -0.2499999999622955, 0.20000304511814496, -0.16667054827627667] as const;

/**
 * Splits x (finite, > 0, possibly subnormal) as glibc does: tmp = ix - OFF,
 * returns [i, k, z] with x = 2**k * z.
 */
function logReduce(x: number, offHi: number, tableShift: number, mask: number): [number, number, number] {
  let hi = hi32(x);
  let lo = lo32(x);
  if (hi < 0x00100000) {
    const y = x * 4503599627370496; // 0x1p52
    hi = hi32(y) - (52 << 20);
    lo = lo32(y);
  }
  const thi = (hi - offHi) | 0;
  const i = (thi >>> tableShift) & mask;
  const k = thi >> 20;
  const z = fromWords(hi - (thi & 0xfff00000), lo);
  return [i, k, z];
}

/** glibc log(x). */
export function log(x: number): number {
  if (x >= 0.9375 && x < 1.064697265625) {
    // 1 - 0x1p-4 <= x < 1 + 0x1.09p-4
    if (x === 1) return 0;
    const r = x - 1.0;
    const r2 = r * r;
    const r3 = r * r2;
    const i3 = fma(r3, B[10], fma(r2, B[9], fma(r, B[8], B[7])));
    const i2 = fma(r3, i3, fma(r2, B[6], fma(r, B[5], B[4])));
    const i1 = fma(r3, i2, fma(r2, B[3], fma(r, B[2], B[1])));
    let w = r * 134217728;
    const rhi = r + w - w;
    const rlo = r - rhi;
    w = rhi * rhi * B[0];
    const hi = r + w;
    let lo = r - hi + w;
    lo = fma(B[0] * rlo, rhi + r, lo);
    const y = fma(r3, i1, lo);
    return y + hi;
  }
  if (!(x > 0) || x === Infinity) {
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    return NaN;
  }
  const [i, k, z] = logReduce(x, 0x3fe60000, 13, 127);
  const r = fma(z, LOG_INVC[i]!, -1.0);
  const w = fma(k, LN2_HI, LOG_LOGC[i]!);
  const hi = w + r;
  const lo = fma(k, LN2_LO, w - hi + r);
  const r2 = r * r;
  const p = fma(r2, fma(r, A[4], A[3]), fma(r, A[2], A[1]));
  return fma(r * r2, p, fma(r2, A[0], lo)) + hi;
}

// ---- log2 --------------------------------------------------------------------

const INV_LN2_HI = 1.4426950407214463;
const INV_LN2_LO = 1.6751713164886512e-10;
const L2B = [-0.7213475204444817, 0.48089834696298744, -0.360673760222145, 0.2885390081805197, -0.24044917405728863,
  0.2060992861022954, -0.18033596705327856, 0.1603032746063156, -0.14483316576701266, 0.13046826811283835] as const;
const L2A = [-0.7213475204444882, 0.4808983469629985, -0.36067375954075914, 0.2885390073180969, -0.2404693555628422, 0.2061202382173603] as const;

/** glibc log2(x). */
export function log2(x: number): number {
  if (x >= 0.95759582519531250 && x < 1.04427719116210938) {
    // 1 - 0x1.5b51p-5 <= x < 1 + 0x1.6ab2p-5
    if (x === 1) return 0;
    const r = x - 1.0;
    const hi = r * INV_LN2_HI;
    let lo = fma(r, INV_LN2_LO, fma(r, INV_LN2_HI, -hi));
    const r2 = r * r;
    const r4 = r2 * r2;
    const q = fma(r, L2B[1], L2B[0]);
    let y = fma(r2, q, hi);
    lo += fma(r2, q, hi - y);
    const s2 = fma(r2, fma(r, L2B[9], L2B[8]), fma(r, L2B[7], L2B[6]));
    const s1 = fma(r4, s2, fma(r2, fma(r, L2B[5], L2B[4]), fma(r, L2B[3], L2B[2])));
    lo = fma(r4, s1, lo);
    y += lo;
    return y;
  }
  if (!(x > 0) || x === Infinity) {
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    return NaN;
  }
  const [i, k, z] = logReduce(x, 0x3fe60000, 14, 63);
  const r = fma(z, LOG2_INVC[i]!, -1.0);
  const t1 = r * INV_LN2_HI;
  const t2 = fma(r, INV_LN2_LO, fma(r, INV_LN2_HI, -t1));
  const t3 = k + LOG2_LOGC[i]!;
  const hi = t3 + t1;
  const lo = t3 - hi + t1 + t2;
  const r2 = r * r;
  const r4 = r2 * r2;
  const p = fma(r4, fma(r, L2A[5], L2A[4]), fma(r2, fma(r, L2A[3], L2A[2]), fma(r, L2A[1], L2A[0])));
  return fma(r2, p, lo) + hi;
}

// ---- pow ---------------------------------------------------------------------

const PA = [-0.5, -0.6666666666666679, 0.5000000000000007, 0.7999999995323976, -0.6666666663487739, -1.142909628459501, 1.0000415263675542] as const;

/** log(x) as hi + tail with ~15 extra bits, for x = 2**k * z (pow's log_inline). */
function powLog(hiw: number, low: number): [number, number] {
  // tmp = ix - OFF, OFF = 0x3fe6955500000000
  let thi = hiw - 0x3fe69555;
  thi |= 0;
  const i = (thi >>> 13) & 127;
  const k = thi >> 20;
  const z = fromWords(hiw - (thi & 0xfff00000), low);
  const r = fma(z, POW_INVC[i]!, -1.0);
  const t1 = fma(k, LN2_HI, POW_LOGC[i]!);
  const t2 = t1 + r;
  const lo1 = fma(k, LN2_LO, POW_LOGCTAIL[i]!);
  const lo2 = t1 - t2 + r;
  const ar = PA[0] * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = fma(ar, r, -ar2);
  const lo4 = t2 - hi + ar2;
  const q = fma(ar2, fma(ar2, fma(r, PA[6], PA[5]), fma(r, PA[4], PA[3])), fma(r, PA[2], PA[1]));
  const lo = fma(ar3, q, lo1 + lo2 + lo3 + lo4);
  const y = hi + lo;
  return [y, hi - y + lo];
}

/** sign * exp(x + xtail) (pow's exp_inline). */
function powExp(x: number, xtail: number, sign: number): number {
  let abstop = (hi32(x) >>> 20) & 0x7ff;
  if (((abstop - 0x3c9) >>> 0) >= 0x408 - 0x3c9) {
    if (abstop < 0x3c9) return sign * (1.0 + x);
    if (abstop >= 0x409) return x < 0 ? sign * 0 : sign * Infinity;
    abstop = 0;
  }
  const k = fma(INV_LN2_N, x, SHIFT) - SHIFT;
  let r = fma(k, NEG_LN2_LO_N, fma(k, NEG_LN2_HI_N, x));
  r += xtail;
  const idx = k & 127;
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(r2, fma(r, C3, C2), EXP_TAIL[idx]! + r));
  if (abstop === 0) return expSpecial(tmp, k, idx, sign, true);
  const scale = sign * EXP_H[idx]! * pow2(k >> 7);
  return fma(scale, tmp, scale);
}

/** 0: not an integer, 1: odd integer, 2: even integer (y finite, nonzero). */
function checkint(y: number): number {
  if (!Number.isInteger(y)) return 0;
  if (Math.abs(y) >= 9007199254740992) return 2;
  return Math.abs(y % 2) === 1 ? 1 : 2;
}

/** glibc pow(x, y). */
export function pow(x: number, y: number): number {
  let sign = 1;
  let ax = x;
  const topy = (hi32(y) >>> 20) & 0x7ff;
  const xSpecial = x === 0 || !Number.isFinite(x) || Math.abs(x) < 2.2250738585072014e-308;
  if (xSpecial || ((topy - 0x3be) >>> 0) >= 0x43e - 0x3be || x < 0) {
    if (y === 0 || !Number.isFinite(y)) {
      if (y === 0) return 1.0;
      if (x === 1) return 1.0;
      if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
      if (Math.abs(x) === 1) return 1.0;
      if ((Math.abs(x) < 1) === (y > 0)) return 0.0;
      return y * y;
    }
    if (x === 0 || !Number.isFinite(x)) {
      let x2 = x * x;
      if ((x < 0 || Object.is(x, -0)) && checkint(y) === 1) x2 = -x2;
      return y < 0 ? 1 / x2 : x2;
    }
    if (x < 0) {
      const yint = checkint(y);
      if (yint === 0) return NaN;
      if (yint === 1) sign = -1;
      ax = -x;
    }
    if (((topy - 0x3be) >>> 0) >= 0x43e - 0x3be) {
      if (ax === 1) return 1.0;
      if (topy < 0x3be) return ax > 1 ? 1.0 + y : 1.0 - y;
      return (ax > 1) === (y > 0) ? Infinity : 0;
    }
  }
  let hiw = hi32(ax);
  let low = lo32(ax);
  if (hiw < 0x00100000) {
    // Normalize subnormal x so the exponent becomes negative.
    const s = ax * 4503599627370496;
    hiw = (hi32(s) & 0x7fffffff) - (52 << 20);
    low = lo32(s);
  }
  const [hi, lo] = powLog(hiw, low);
  const ehi = y * hi;
  const elo = fma(y, lo, fma(y, hi, -ehi));
  return powExp(ehi, elo, sign);
}

// ---- log10 -------------------------------------------------------------------

const IVLN10 = 4.34294481903251816668e-01;
const LOG10_2HI = 3.01029995663611771306e-01;
const LOG10_2LO = 3.69423907715893078616e-13;

/** glibc log10(x): fdlibm's e_log10.c over glibc's log (no FMA build). */
export function log10(x: number): number {
  let hx = hi32(x) | 0;
  const lx = lo32(x);
  let k = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= 18014398509481984; // 2**54
    hx = hi32(x) | 0;
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  const i = (k >>> 31) & 1;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  x = fromWords(hx, lo32(x));
  const z = y * LOG10_2LO + IVLN10 * log(x);
  return z + y * LOG10_2HI;
}
