// The real-valued distributions of Lib/random.py (3.11), operation for
// operation, so that the floats come out bit-identical to CPython's (up to the
// libm differences noted in pymath.ts). Each takes a DistEnv: the
// generator's random(), the math functions, and a bound on rejection-loop
// iterations (CPython has none: with NaN parameters some loops never end).

import { RandomLoopLimitError } from './errors';
import { type PyFloatMath, pyDiv, pyMod } from './pymath';

export interface DistEnv {
  readonly random: () => number;
  readonly m: PyFloatMath;
  readonly limit: number;
}

// cf. Lib/random.py module constants, written as the values python3 computes
// (4 * _exp(-0.5) / _sqrt(2.0), _log(4.0), 1.0 + _log(4.5), math.tau) so they
// do not depend on this engine's libm.
export const NV_MAGICCONST = 1.7155277699214135;
export const LOG4 = 1.3862943611198906;
export const SG_MAGICCONST = 2.504077396776274;
export const TWOPI = 6.283185307179586;
const E = Math.E;

/** cf. Lib/random.py Random.uniform */
export function uniform(env: DistEnv, a: number, b: number): number {
  return a + (b - a) * env.random();
}

/** cf. Lib/random.py Random.triangular (mode null = None). */
export function triangular(env: DistEnv, low: number, high: number, mode: number | null): number {
  let u = env.random();
  let c: number;
  if (mode === null) c = 0.5;
  else if (high - low === 0) return low; // except ZeroDivisionError: return low
  else c = (mode - low) / (high - low);
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    const t = low;
    low = high;
    high = t;
  }
  return low + (high - low) * env.m.sqrt(u * c);
}

/** cf. Lib/random.py Random.normalvariate (Kinderman and Monahan). */
export function normalvariate(env: DistEnv, mu: number, sigma: number): number {
  for (let n = 0; n < env.limit; n++) {
    const u1 = env.random();
    const u2 = 1.0 - env.random();
    const z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
    const zz = (z * z) / 4.0;
    if (zz <= -env.m.log(u2)) return mu + z * sigma;
  }
  throw new RandomLoopLimitError('normalvariate', env.limit);
}

/** cf. Lib/random.py Random.lognormvariate */
export function lognormvariate(env: DistEnv, mu: number, sigma: number): number {
  return env.m.exp(normalvariate(env, mu, sigma));
}

/** cf. Lib/random.py Random.expovariate */
export function expovariate(env: DistEnv, lambd: number): number {
  return pyDiv(-env.m.log(1.0 - env.random()), lambd);
}

/** cf. Lib/random.py Random.vonmisesvariate */
export function vonmisesvariate(env: DistEnv, mu: number, kappa: number): number {
  if (kappa <= 1e-6) return TWOPI * env.random();
  const s = 0.5 / kappa;
  const r = s + env.m.sqrt(1.0 + s * s);
  let z = 0;
  let done = false;
  for (let n = 0; n < env.limit; n++) {
    const u1 = env.random();
    z = env.m.cos(Math.PI * u1);
    const d = pyDiv(z, r + z);
    const u2 = env.random();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * env.m.exp(d)) {
      done = true;
      break;
    }
  }
  if (!done) throw new RandomLoopLimitError('vonmisesvariate', env.limit);
  const q = 1.0 / r;
  const f = pyDiv(q + z, 1.0 + q * z);
  const u3 = env.random();
  if (u3 > 0.5) return pyMod(mu + env.m.acos(f), TWOPI);
  return pyMod(mu - env.m.acos(f), TWOPI);
}

/** cf. Lib/random.py Random.gammavariate (the caller has checked alpha > 0 and beta > 0). */
export function gammavariate(env: DistEnv, alpha: number, beta: number): number {
  if (alpha > 1.0) {
    // R.C.H. Cheng, "The generation of Gamma variables with non-integral shape parameters"
    const ainv = env.m.sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    for (let n = 0; n < env.limit; n++) {
      const u1 = env.random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - env.random();
      const v = pyDiv(env.m.log(u1 / (1.0 - u1)), ainv);
      const x = alpha * env.m.exp(v);
      const z = u1 * u1 * u2;
      const r = bbb + ccc * v - x;
      if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= env.m.log(z)) return x * beta;
    }
    throw new RandomLoopLimitError('gammavariate', env.limit);
  }
  if (alpha === 1.0) {
    // expovariate(1/beta)
    return -env.m.log(1.0 - env.random()) * beta;
  }
  // alpha is between 0 and 1 (exclusive): ALGORITHM GS of Statistical Computing - Kennedy & Gentle
  for (let n = 0; n < env.limit; n++) {
    const u = env.random();
    const b = (E + alpha) / E;
    const p = b * u;
    const x = p <= 1.0 ? env.m.pow(p, pyDiv(1.0, alpha)) : -env.m.log(pyDiv(b - p, alpha));
    const u1 = env.random();
    if (p > 1.0) {
      if (u1 <= env.m.pow(x, alpha - 1.0)) return x * beta;
    } else if (u1 <= env.m.exp(-x)) {
      return x * beta;
    }
  }
  throw new RandomLoopLimitError('gammavariate', env.limit);
}

/** cf. Lib/random.py Random.paretovariate */
export function paretovariate(env: DistEnv, alpha: number): number {
  const u = 1.0 - env.random();
  return env.m.pow(u, pyDiv(-1.0, alpha));
}

/** cf. Lib/random.py Random.weibullvariate */
export function weibullvariate(env: DistEnv, alpha: number, beta: number): number {
  const u = 1.0 - env.random();
  return alpha * env.m.pow(-env.m.log(u), pyDiv(1.0, beta));
}
