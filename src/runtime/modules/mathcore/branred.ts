// __branred (sysdeps/ieee754/dbl-64/branred.c, branred.h): reduction of a
// large x modulo pi/2 for sin, cos and tan, as glibc computes it (plain double
// arithmetic: libm.so.6 builds it without FMA).

import { hi32, fromWords } from './fp';

const HP0 = 1.5707963267948966; // 0x1.921FB54442D18p0
const HP1 = 6.123233995736766e-17; // 0x1.1A62633145C07p-54
// branred.h
const T576 = fromWords(0x63f00000, 0);
const TM600 = fromWords(0x1a700000, 0);
const TM24 = fromWords(0x3e700000, 0);
const BR_BIG = fromWords(0x43380000, 0);
const BR_BIG1 = fromWords(0x43580000, 0);
const BR_MP1 = fromWords(0x3ff921fb, 0x58000000);
const BR_MP2 = fromWords(0xbe4dde97, 0x40000000);
const SPLIT = 134217729;
const TOVERP = [
  10680707.0, 7228996.0, 1387004.0, 2578385.0, 16069853.0, 12639074.0, 9804092.0, 4427841.0, 16666979.0, 11263675.0,
  12935607.0, 2387514.0, 4345298.0, 14681673.0, 3074569.0, 13734428.0, 16653803.0, 1880361.0, 10960616.0, 8533493.0,
  3062596.0, 8710556.0, 7349940.0, 6258241.0, 3772886.0, 3769171.0, 3798172.0, 8675211.0, 12450088.0, 3874808.0,
  9961438.0, 366607.0, 15675153.0, 9132554.0, 7151469.0, 3571407.0, 2607881.0, 12013382.0, 4155038.0, 6285869.0,
  7677882.0, 13102053.0, 15825725.0, 473591.0, 9065106.0, 15363067.0, 6271263.0, 9264392.0, 5636912.0, 4652155.0,
  7056368.0, 13614112.0, 10155062.0, 1944035.0, 9527646.0, 15080200.0, 6658437.0, 6231200.0, 6832269.0, 16767104.0,
  5075751.0, 3212806.0, 1398474.0, 7579849.0, 6349435.0, 12618859.0, 4703257.0, 12806093.0, 14477321.0, 2786137.0,
  12875403.0, 9837734.0, 14528324.0, 13719321.0, 343717.0];

/** One half of branred: (sum, b, bb) for the part xi of x. */
function branredPart(xi: number): [number, number, number] {
  let k = (hi32(xi) >>> 20) & 2047;
  k = Math.trunc((k - 450) / 24);
  if (k < 0) k = 0;
  let gor = fromWords(hi32(T576) - ((k * 24) << 20), 0);
  const r = [0, 0, 0, 0, 0, 0];
  for (let i = 0; i < 6; i++) { r[i] = xi * TOVERP[k + i]! * gor; gor *= TM24; }
  let sum = 0;
  let s: number;
  for (let i = 0; i < 3; i++) {
    s = (r[i]! + BR_BIG) - BR_BIG;
    sum += s;
    r[i] = r[i]! - s;
  }
  let t = 0;
  for (let i = 0; i < 6; i++) t += r[5 - i]!;
  let bb = (((((r[0]! - t) + r[1]!) + r[2]!) + r[3]!) + r[4]!) + r[5]!;
  s = (t + BR_BIG) - BR_BIG;
  sum += s;
  t -= s;
  const b = t + bb;
  bb = (t - b) + bb;
  s = (sum + BR_BIG1) - BR_BIG1;
  sum -= s;
  return [sum, b, bb];
}

/** __branred: x = n*pi/2 + (a + aa) for large |x|; returns [n mod 4, a, aa]. */
export function branred(x: number): [number, number, number] {
  x *= TM600;
  let t = x * SPLIT;
  const x1 = t - (t - x);
  const x2 = x - x1;
  const [sum1, b1, bb1] = branredPart(x1);
  const [sum2, b2, bb2] = branredPart(x2);
  let sum = sum1 + sum2;
  let b = b1 + b2;
  let bb = Math.abs(b1) > Math.abs(b2) ? (b1 - b) + b2 : (b2 - b) + b1;
  if (b > 0.5) { b -= 1.0; sum += 1.0; } else if (b < -0.5) { b += 1.0; sum -= 1.0; }
  let s = b + (bb + bb1 + bb2);
  t = ((b - s) + bb) + (bb1 + bb2);
  b = s * SPLIT;
  const t1 = b - (b - s);
  const t2 = s - t1;
  b = s * HP0;
  bb = (((t1 * BR_MP1 - b) + t1 * BR_MP2) + t2 * BR_MP1) + (t2 * BR_MP2 + s * HP1 + t * HP0);
  s = b + bb;
  t = (b - s) + bb;
  return [Math.trunc(sum) & 3, s, t];
}

