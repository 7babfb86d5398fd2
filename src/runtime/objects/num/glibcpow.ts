// pow(x, y) as glibc computes it on x86-64 (2.28+; the __pow_fma variant selected
// on CPUs with FMA and AVX2), so `float ** float` matches CPython bit for bit.
//
// The algorithm is ARM's optimized-routines pow (MIT licensed, shared by glibc
// and musl): log(x) in double-double from a 128-entry table and a degree-8
// polynomial, then exp(y * log(x)) from a 128-entry table of 2**(k/128) and a
// degree-5 polynomial. The tables are regenerated here from their definitions
// (see buildTables); only the fitted polynomial coefficients are constants.
// glibc's FMA build lets GCC contract a*b+c into fused multiply-adds
// (-ffp-contract=fast) wherever the product's uses are all additions in the same
// basic block; `mad` marks those places and `fma` is an exact emulation. Checked
// against python3 on 200000 random argument pairs: no differences.

import { decompose, roundRatio, pow2 } from './bigmath';
import { lnFixed, expFixed } from './crpow';

const dv = new DataView(new ArrayBuffer(8));
const MASK64 = (1n << 64n) - 1n;

function asU64(x: number): bigint {
  dv.setFloat64(0, x);
  return dv.getBigUint64(0);
}

function asDouble(u: bigint): number {
  dv.setBigUint64(0, u & MASK64);
  return dv.getFloat64(0);
}

function hexf(s: string): number {
  // A C hex float literal: [-]0x1.hhhp[+-]e
  const m = /^(-?)0x([0-9a-f])\.([0-9a-f]*)p([+-]?\d+)$/i.exec(s)!;
  const mant = BigInt('0x' + m[2] + m[3]);
  const v = roundRatio(mant, 1n, Number(m[4]) - 4 * m[3].length);
  return m[1] === '-' ? -v : v;
}

// ---- fused multiply-add ------------------------------------------------------------------

const SPLIT = 134217729; // 2**27 + 1 (Veltkamp splitting)

/** The double next to v (v finite, nonzero) toward +-infinity per `up`. */
function nextToward(v: number, away: boolean): number {
  dv.setFloat64(0, v);
  let hi = dv.getUint32(0);
  let lo = dv.getUint32(4);
  if (away) { lo = (lo + 1) >>> 0; if (lo === 0) hi = (hi + 1) >>> 0; } else { if (lo === 0) hi = (hi - 1) >>> 0; lo = (lo - 1) >>> 0; }
  dv.setUint32(0, hi);
  dv.setUint32(4, lo);
  return dv.getFloat64(0);
}

/**
 * fma(a, b, c): a*b + c with a single rounding. Boldo and Melquiond's emulation
 * (exact product, exact sum, round-to-odd of the low parts, one final rounding);
 * extreme exponents go through exact big-integer arithmetic.
 */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  if (a === 0 || b === 0 || !Number.isFinite(p) || !Number.isFinite(c)) return p + c;
  const ap = Math.abs(p);
  const ac = Math.abs(c);
  if (ap > 1e290 || ap < 1e-280 || ac > 1e290 || (c !== 0 && ac < 1e-280) || Math.abs(a) > 1e290 || Math.abs(b) > 1e290) {
    return fmaExact(a, b, c);
  }
  // Exact product: a*b = p + e.
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  if (c === 0) return p; // a*b rounded once
  // Exact sum: c + p = s + u.
  const s = c + p;
  const bb = s - c;
  const u = (c - (s - bb)) + (p - bb);
  // v = round-to-odd(u + e)
  let v = u + e;
  const vb = v - u;
  const w = (u - (v - vb)) + (e - vb);
  if (w !== 0) {
    dv.setFloat64(0, v);
    if ((dv.getUint32(4) & 1) === 0) v = nextToward(v, (w > 0) === (v > 0));
  }
  return s + v;
}

/** fma on big integers (any finite operands). */
function fmaExact(a: number, b: number, c: number): number {
  if (c === 0) {
    // a*b rounded once; the sign of an underflowed zero follows the product.
    return a * b + c;
  }
  const da = decompose(a);
  const db = decompose(b);
  const dc = decompose(c);
  const ep = da.e + db.e;
  let P = BigInt(da.m) * BigInt(db.m);
  if ((a < 0) !== (b < 0)) P = -P;
  let C = BigInt(dc.m);
  if (c < 0) C = -C;
  const k = Math.min(ep, dc.e);
  if (ep > k) P <<= BigInt(ep - k);
  if (dc.e > k) C <<= BigInt(dc.e - k);
  const S = P + C;
  if (S === 0n) return 0; // exact cancellation: +0 in round-to-nearest
  const r = roundRatio(S < 0n ? -S : S, 1n, k);
  return S < 0n ? -r : r;
}

export { fmaExact };

// ---- tables -------------------------------------------------------------------------

const N = 128;
const OFF = 0x3fe6955500000000n;

interface Tables {
  invc: Float64Array;
  logc: Float64Array;
  logctail: Float64Array;
  /** exp: tail T[k] and the bits of H[k] - (k << 45) (high and low words), as in glibc's __exp_data.tab. */
  etail: Float64Array;
  esbitsHi: Uint32Array;
  esbitsLo: Uint32Array;
}

let tables: Tables | null = null;

/**
 * Regenerates __pow_log_data.tab and __exp_data.tab from their definitions:
 *  - z in [0x1.69555p-1, 0x1.69555p0) is cut into 128 subintervals of 2**45 ulps;
 *    1/c = round(N/center)/N (center < 1) or round(2N/center)/(2N), where center
 *    is the midpoint of the subinterval; logc = round(2**43 log c) / 2**43 and
 *    logctail = log c - logc rounded to double;
 *  - 2**(k/N) = H[k] * (1 + T[k]) with H[k] the double nearest 2**(k/N).
 */
function buildTables(): Tables {
  const F = 140;
  const invc = new Float64Array(N);
  const logc = new Float64Array(N);
  const logctail = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    const lo = asDouble(OFF + (BigInt(i) << 45n));
    const hi = asDouble(OFF + (BigInt(i + 1) << 45n));
    // center = (lo + hi) / 2 exactly, as a ratio of integers scaled by 2**60.
    const center2 = BigInt(Math.round(lo * 2 ** 60)) + BigInt(Math.round(hi * 2 ** 60)); // 2 * center * 2**60
    const one2 = 2n << 60n;
    let ic: number;
    if (center2 < one2) {
      // round(N / center) / N, with N / center = N * 2 * 2**60 / center2
      ic = Number(roundHalfEven(BigInt(N) * one2, center2)) / N;
    } else {
      ic = Number(roundHalfEven(2n * BigInt(N) * one2, center2)) / N / 2;
    }
    invc[i] = ic;
    // log(c) = -log(invc), to F fractional bits.
    const L = -lnFixed(ic, F);
    const LC = roundHalfEven(L, 1n << BigInt(F - 43)); // logc * 2**43
    logc[i] = Number(LC) / 2 ** 43;
    const D = L - (LC << BigInt(F - 43));
    const t = D === 0n ? 0 : roundRatio(D < 0n ? -D : D, 1n, -F);
    logctail[i] = D < 0n ? -t : t;
  }
  const etail = new Float64Array(N);
  const esbitsHi = new Uint32Array(N);
  const esbitsLo = new Uint32Array(N);
  for (let k = 0; k < N; k++) {
    // V = 2**(k/N) = exp(k * ln2 / N) as E * 2**shift.
    const T = (lnFixed(2, F) * BigInt(k)) / BigInt(N);
    const [E, shift] = expFixed(T, F);
    const H = roundRatio(E, 1n, shift);
    // T[k] = (V - H) / H
    const dh = decompose(H);
    // V - H = E*2**shift - m*2**e ; scale both to exponent min(shift, e)
    const base = Math.min(shift, dh.e);
    const Vb = E << BigInt(shift - base);
    const Hb = BigInt(dh.m) << BigInt(dh.e - base);
    const diff = Vb - Hb;
    const tk = diff === 0n ? 0 : roundRatio(diff < 0n ? -diff : diff, Hb);
    etail[k] = diff < 0n ? -tk : tk;
    const sb = (asU64(H) - (BigInt(k) << 45n)) & MASK64;
    esbitsHi[k] = Number(sb >> 32n);
    esbitsLo[k] = Number(sb & 0xffffffffn);
  }
  return { invc, logc, logctail, etail, esbitsHi, esbitsLo };
}

function roundHalfEven(n: bigint, d: bigint): bigint {
  const neg = (n < 0n) !== (d < 0n);
  const a = n < 0n ? -n : n;
  const b = d < 0n ? -d : d;
  let q = a / b;
  const r2 = (a - q * b) * 2n;
  if (r2 > b || (r2 === b && (q & 1n) === 1n)) q += 1n;
  return neg ? -q : q;
}

// ---- constants (ARM optimized-routines, N = 128) ----------------------------------------

const LN2HI = hexf('0x1.62e42fefa3800p-1');
const LN2LO = hexf('0x1.ef35793c76730p-45');
// log1p polynomial (relative error 0x1.11922ap-70 on [-0x1.6bp-8, 0x1.6bp-8]), pre-scaled.
const A0 = -0.5;
const A1 = hexf('0x1.555555555556p-2') * -2;
const A2 = hexf('-0x1.0000000000006p-2') * -2;
const A3 = hexf('0x1.999999959554ep-3') * 4;
const A4 = hexf('-0x1.555555529a47ap-3') * 4;
const A5 = hexf('0x1.2495b9b4845e9p-3') * -8;
const A6 = hexf('-0x1.0002b8b263fc3p-3') * -8;
const INV_LN2_N = hexf('0x1.71547652b82fep0') * N;
const NEG_LN2_HI_N = hexf('-0x1.62e42fefa0000p-8');
const NEG_LN2_LO_N = hexf('-0x1.cf79abc9e3b3ap-47');
const SHIFT = hexf('0x1.8p52');
// exp polynomial (abs error 1.555*2^-66 for |x| < ln2/256).
const C2 = hexf('0x1.ffffffffffdbdp-2');
const C3 = hexf('0x1.555555555543cp-3');
const C4 = hexf('0x1.55555cf172b91p-5');
const C5 = hexf('0x1.1111167a4d017p-7');

/** Whether a*b+c expressions are contracted into fma (GCC -ffp-contract=fast with -mfma). */
export let CONTRACT = true;
export function setContract(v: boolean): void { CONTRACT = v; }

/** a*b + c as the compiled code evaluates it. */
function mad(a: number, b: number, c: number): number {
  return CONTRACT ? fma(a, b, c) : a * b + c;
}

// ---- the algorithm ------------------------------------------------------------------------
// 64-bit words are handled as (hi, lo) uint32 pairs.

function fromWords(hi: number, lo: number): number {
  dv.setUint32(0, hi >>> 0);
  dv.setUint32(4, lo >>> 0);
  return dv.getFloat64(0);
}

/** log(x) as [y, tail] for the bit pattern (ixHi, ixLo) of x (subnormals normalised). */
function logInline(t: Tables, ixHi: number, ixLo: number): [number, number] {
  // x = 2^k z; where z is in range [OFF,2*OFF) and exact (OFF's low word is 0).
  const tmpHi = (ixHi - 0x3fe69555) | 0;
  const i = (tmpHi >>> 13) & (N - 1);
  const k = tmpHi >> 20; // arithmetic shift
  const izHi = (ixHi - (tmpHi & 0xfff00000)) >>> 0;
  const z = fromWords(izHi, ixLo);
  const kd = k;
  const invc = t.invc[i]!;
  const logc = t.logc[i]!;
  const logctail = t.logctail[i]!;
  // log(x) = k*Ln2 + log(c) + log1p(z/c-1); r = z/c - 1 is exact.
  const r = fma(z, invc, -1.0);
  const t1 = mad(kd, LN2HI, logc);
  const t2 = t1 + r;
  const lo1 = mad(kd, LN2LO, logctail);
  const lo2 = t1 - t2 + r;
  const ar = A0 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = fma(ar, r, -ar2);
  const lo4 = t2 - hi + ar2;
  // p = ar3 * (A1 + r*A2 + ar2*(A3 + r*A4 + ar2*(A5 + r*A6))), only ever added into lo.
  const q = mad(ar2, mad(ar2, mad(r, A6, A5), mad(r, A4, A3)), mad(r, A2, A1));
  const lo = mad(ar3, q, lo1 + lo2 + lo3 + lo4);
  const y = hi + lo;
  return [y, hi - y + lo];
}

/** Results that may overflow or underflow: scale * (1 + tmp) computed carefully. */
function specialcase(tmp: number, sbitsHi: number, sbitsLo: number, k: number): number {
  if (k >= 0) {
    // k > 0: the exponent of scale might have overflowed by <= 460.
    const scale = fromWords((sbitsHi - (1009 << 20)) >>> 0, sbitsLo);
    const y = mad(scale, tmp, scale);
    return y * pow2(1009);
  }
  // k < 0: need special care in the subnormal range.
  const hiWord = (sbitsHi + (1022 << 20)) >>> 0;
  const scale = fromWords(hiWord, sbitsLo);
  // scale * tmp is also used inside the `if` below, another basic block: GCC does not
  // contract a product whose uses are in different blocks, so these two stay unfused.
  const st = scale * tmp;
  let y = scale + st;
  if (Math.abs(y) < 1.0) {
    // Round y to the right precision before scaling it into the subnormal range (no double rounding).
    const one = y < 0.0 ? -1.0 : 1.0;
    let lo = scale - y + st;
    const hi = one + y;
    lo = one - hi + y + lo;
    y = (hi + lo) - one;
    if (y === 0) y = (hiWord & 0x80000000) !== 0 ? -0.0 : 0.0;
  }
  return pow2(-1022) * y;
}

/** sign * exp(x + xtail), |xtail| < 2^-8/N. */
function expInline(t: Tables, x: number, xtail: number, negative: boolean): number {
  dv.setFloat64(0, x);
  let abstop = (dv.getUint32(0) >>> 20) & 0x7ff;
  if (abstop < 0x3c9 || abstop >= 0x408) {
    if (abstop < 0x3c9) {
      // |x| < 2^-54: avoid spurious underflow.
      const one = 1.0 + x;
      return negative ? -one : one;
    }
    if (abstop >= 0x409) {
      // |x| >= 1024: overflow or underflow (inf and nan are handled already).
      if (x < 0) return negative ? -0.0 : 0.0;
      return negative ? -Infinity : Infinity;
    }
    abstop = 0; // large x is special cased below
  }
  // x = ln2/N*k + r, with int k and r in [-ln2/2N, ln2/2N].
  const kdShifted = mad(INV_LN2_N, x, SHIFT);
  const kd = kdShifted - SHIFT;
  const k = kd; // an exact integer
  let r = mad(kd, NEG_LN2_LO_N, mad(kd, NEG_LN2_HI_N, x));
  r += xtail;
  // 2^(k/N) ~= scale * (1 + tail).
  const idx = k & (N - 1);
  const tail = t.etail[idx]!;
  const sbitsHi = ((t.esbitsHi[idx]! + (k + (negative ? 0x40000 : 0)) * 8192) | 0) >>> 0;
  const sbitsLo = t.esbitsLo[idx]!;
  const r2 = r * r;
  const s1 = mad(r2, mad(r, C3, C2), tail + r);
  const tmp = mad(r2 * r2, mad(r, C5, C4), s1);
  if (abstop === 0) return specialcase(tmp, sbitsHi, sbitsLo, k);
  const scale = fromWords(sbitsHi, sbitsLo);
  return mad(scale, tmp, scale);
}

/** 0 if y is not an integer, 1 if an odd integer, 2 if even (y nonzero finite). */
function checkint(y: number): number {
  if (!Number.isInteger(y)) return 0;
  if (Math.abs(y) >= 2 ** 53) return 2;
  return y % 2 === 0 ? 2 : 1;
}

/** glibc pow(x, y), C99 semantics (no errno: overflow gives inf, underflow 0). */
export function glibcPow(x: number, y: number): number {
  if (tables === null) tables = buildTables();
  const t = tables;
  let negative = false;
  dv.setFloat64(0, x);
  let ixHi = dv.getUint32(0);
  let ixLo = dv.getUint32(4);
  dv.setFloat64(0, y);
  const topy = dv.getUint32(0) >>> 20;
  let topx = ixHi >>> 20;
  const ytop = topy & 0x7ff;
  if (topx - 1 >= 0x7fe || topx === 0 || ytop - 0x3be >= 0x80 || ytop < 0x3be) {
    if (y === 0 || !Number.isFinite(y)) {
      if (y === 0) return 1.0;
      if (x === 1) return 1.0;
      if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
      if (Math.abs(x) === 1) return 1.0;
      if ((Math.abs(x) < 1) === (y > 0)) return 0.0; // |x|<1 && y==inf or |x|>1 && y==-inf
      return y * y;
    }
    if (x === 0 || !Number.isFinite(x)) {
      let x2 = x * x;
      if ((ixHi & 0x80000000) !== 0 && checkint(y) === 1) x2 = -x2;
      return y < 0 ? 1 / x2 : x2;
    }
    // Here x and y are nonzero finite.
    if (x < 0) {
      const yint = checkint(y);
      if (yint === 0) return NaN;
      if (yint === 1) negative = true;
      ixHi &= 0x7fffffff;
      topx &= 0x7ff;
    }
    if (ytop - 0x3be >= 0x80 || ytop < 0x3be) {
      // Note: negative is false here because y is not odd.
      if (ixHi === 0x3ff00000 && ixLo === 0) return 1.0;
      if (ytop < 0x3be) {
        // |y| < 2^-65: x^y ~= 1 + y*log(x).
        return Math.abs(x) > 1 ? 1.0 + y : 1.0 - y;
      }
      return (Math.abs(x) > 1) === (y > 0) ? Infinity : 0.0;
    }
    if (topx === 0) {
      // Normalise a subnormal x so its exponent becomes negative.
      dv.setFloat64(0, Math.abs(x) * pow2(52));
      ixHi = (dv.getUint32(0) - (52 << 20)) | 0;
      ixLo = dv.getUint32(4);
    }
  }
  const [hi, lo] = logInline(t, ixHi >>> 0, ixLo);
  const ehi = y * hi;
  const elo = mad(y, lo, fma(y, hi, -ehi));
  return expInline(t, ehi, elo, negative);
}

/** The generated tables (for tests). */
export function glibcPowTables(): Tables {
  if (tables === null) tables = buildTables();
  return tables;
}
