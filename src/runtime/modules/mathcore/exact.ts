// The float algorithms CPython 3.11's math module implements itself
// (Modules/mathmodule.c): fsum, vector_norm (hypot, dist), remainder,
// nextafter, ulp, the Lanczos gamma/lgamma and m_sinpi. CPython is built
// without FMA, so these are plain double arithmetic, operation for operation;
// the libm calls inside go through `Libm` (the glibc ports).

import { fromWords, hi32, lo32 } from './fp';
import { frexp, ldexp } from '../../objects/num/bigmath';

/** The libm functions the CPython-side algorithms call. */
export interface CLibm {
  sin(x: number): number;
  cos(x: number): number;
  exp(x: number): number;
  log(x: number): number;
  pow(x: number, y: number): number;
}

// ---- fsum ----------------------------------------------------------------------

/** Thrown by fsum with CPython's exception type and message. */
export class FsumError extends Error {
  constructor(readonly pyType: 'OverflowError' | 'ValueError', message: string) { super(message); }
}

/**
 * Shewchuk / Hettinger msum with Dickinson's exact final rounding, as
 * math_fsum does. Feed values one by one with `add`, then `result()`.
 */
export class Fsum {
  private p: number[] = [];
  private specialSum = 0.0;
  private infSum = 0.0;

  add(xIn: number): void {
    let x = xIn;
    const p = this.p;
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j]!;
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) throw new FsumError('OverflowError', 'intermediate overflow in fsum');
        if (!Number.isNaN(xsave)) this.infSum += xsave;
        this.specialSum += xsave;
        p.length = 0;
      } else {
        p.push(x);
      }
    }
  }

  result(): number {
    if (this.specialSum !== 0.0) {
      if (Number.isNaN(this.infSum)) throw new FsumError('ValueError', '-inf + inf in fsum');
      return this.specialSum;
    }
    const p = this.p;
    let n = p.length;
    let hi = 0.0;
    let lo = 0.0;
    if (n > 0) {
      hi = p[--n]!;
      while (n > 0) {
        const x = hi;
        const y = p[--n]!;
        hi = x + y;
        const yr = hi - x;
        lo = y - yr;
        if (lo !== 0.0) break;
      }
      if (n > 0 && ((lo < 0.0 && p[n - 1]! < 0.0) || (lo > 0.0 && p[n - 1]! > 0.0))) {
        const y = lo * 2.0;
        const x = hi + y;
        const yr = x - hi;
        if (y === yr) hi = x;
      }
    }
    return hi;
  }
}

/** math.fsum over plain numbers. */
export function fsum(values: Iterable<number>): number {
  const s = new Fsum();
  for (const v of values) s.add(v);
  return s.result();
}

// ---- vector_norm -----------------------------------------------------------------

const T27 = 134217729.0;

/**
 * sqrt(sum(x**2 for x in vec)) as 3.11's vector_norm computes it. `vec` holds
 * |x| values, `max` the largest of them, `foundNan` whether any is a NaN.
 */
export function vectorNorm(vec: readonly number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0.0 || n <= 1) return max;
  const maxE = frexp(max)[1];
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  let frac3 = 0.0;
  if (maxE >= -1023) {
    const scale = ldexp(1.0, -maxE);
    for (let i = 0; i < n; i++) {
      let x = vec[i]! * scale;
      let t = x * T27;
      let hi = t - (t - x);
      let lo = x - hi;
      x = hi * hi;
      let oldcsum = csum;
      csum += x;
      frac1 += (oldcsum - csum) + x;
      x = 2.0 * hi * lo;
      oldcsum = csum;
      csum += x;
      frac2 += (oldcsum - csum) + x;
      frac3 += lo * lo;
      void t;
    }
    const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    let x = h;
    const t = x * T27;
    const hi = t - (t - x);
    const lo = x - hi;
    x = -hi * hi;
    let oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  for (let i = 0; i < n; i++) {
    let x = vec[i]! / max;
    x = x * x;
    const oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
  }
  return max * Math.sqrt(csum - 1.0 + frac1);
}

// ---- remainder, nextafter, ulp -------------------------------------------------------

/** m_remainder: IEEE remainder (exact); NaN for the invalid cases. */
export function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0.0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return (x < 0 || Object.is(x, -0) ? -1.0 : 1.0) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

/** C nextafter(x, y). */
export function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  let hi = hi32(x);
  let lo = lo32(x);
  const up = (y > x) === (x > 0);
  if (up) {
    lo = (lo + 1) >>> 0;
    if (lo === 0) hi = (hi + 1) >>> 0;
  } else {
    if (lo === 0) hi = (hi - 1) >>> 0;
    lo = (lo - 1) >>> 0;
  }
  return fromWords(hi, lo);
}

/** math.ulp */
export function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = nextafter(x, Infinity);
  if (x2 === Infinity) return x - nextafter(x, -Infinity);
  return x2 - x;
}

// ---- gamma, lgamma ---------------------------------------------------------------------

const PI = 3.141592653589793;
const LOGPI = 1.1447298858494002;
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0,
  357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL = [1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
  479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0,
  6402373705728000.0, 121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0,
  1124000727777607680000.0];

function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  if (x < 5.0) {
    for (let i = 13; --i >= 0;) {
      num = num * x + LANCZOS_NUM[i]!;
      den = den * x + LANCZOS_DEN[i]!;
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i]!;
      den = den / x + LANCZOS_DEN[i]!;
    }
  }
  return num / den;
}

/** m_sinpi: sin(pi*x) for finite x. */
export function sinpi(x: number, m: CLibm): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y); // C round(), y >= 0
  let r: number;
  switch (n) {
    case 0: r = m.sin(PI * y); break;
    case 1: r = m.cos(PI * (y - 0.5)); break;
    case 2: r = m.sin(PI * (1.0 - y)); break;
    case 3: r = -m.cos(PI * (y - 1.5)); break;
    default: r = m.sin(PI * (y - 2.0)); break;
  }
  return (x < 0 || Object.is(x, -0) ? -1.0 : 1.0) * r;
}

/** Result of gamma/lgamma: the value, and errno as m_tgamma / m_lgamma set it. */
export interface ErrnoResult { value: number; errno: 0 | 'EDOM' | 'ERANGE' }

/** m_tgamma */
export function tgamma(x: number, m: CLibm): ErrnoResult {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0.0) return { value: x, errno: 0 };
    return { value: NaN, errno: 'EDOM' };
  }
  if (x === 0.0) return { value: Object.is(x, -0) ? -Infinity : Infinity, errno: 'EDOM' };
  if (x === Math.floor(x)) {
    if (x < 0.0) return { value: NaN, errno: 'EDOM' };
    if (x <= 23) return { value: GAMMA_INTEGRAL[x - 1]!, errno: 0 };
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    return { value: r, errno: Number.isFinite(r) ? 0 : 'ERANGE' };
  }
  if (absx > 200.0) {
    if (x < 0.0) return { value: 0.0 / sinpi(x, m), errno: 0 };
    return { value: Infinity, errno: 'ERANGE' };
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0.0) {
    r = -PI / sinpi(absx, m) / absx * m.exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= m.pow(y, absx - 0.5);
    } else {
      const sqrtpow = m.pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / m.exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= m.pow(y, absx - 0.5);
    } else {
      const sqrtpow = m.pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return { value: r, errno: Number.isFinite(r) ? 0 : 'ERANGE' };
}

/** m_lgamma */
export function lgamma(x: number, m: CLibm): ErrnoResult {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return { value: x, errno: 0 };
    return { value: Infinity, errno: 0 };
  }
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) return { value: Infinity, errno: 'EDOM' };
    return { value: 0.0, errno: 0 };
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return { value: -m.log(absx), errno: 0 };
  let r = m.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (m.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - m.log(Math.abs(sinpi(absx, m))) - m.log(absx) - r;
  return { value: r, errno: Number.isFinite(r) ? 0 : 'ERANGE' };
}
