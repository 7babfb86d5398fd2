// Exact decimal digit generation for IEEE-754 doubles, the three _Py_dg_dtoa
// modes CPython uses. Rounding is round-half-even on the exact binary value.
// cf. Python/dtoa.c _Py_dg_dtoa (modes 0, 2 and 3)

/** Digits as _Py_dg_dtoa returns them: value = 0.<digits> * 10**decpt,
 *  no trailing zeros (a zero result is digits "0", decpt 1). */
export interface DtoaResult {
  negative: boolean;
  digits: string;
  decpt: number;
}

/** A finite positive double as mantissa * 2**exp2 (both exact). */
interface Decomposed {
  mant: bigint;
  exp2: number;
}

export function isNegative(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

function decompose(x: number): Decomposed {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mant: frac, exp2: -1074 };
  return { mant: frac | (1n << 52n), exp2: biased - 1075 };
}

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Round num/den to an integer, ties to even. */
function divRoundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** round(|x| * 10**scale), ties to even, exactly. */
function scaledRound(d: Decomposed, scale: number): bigint {
  let num = d.mant;
  let den = 1n;
  if (d.exp2 >= 0) num <<= BigInt(d.exp2);
  else den <<= BigInt(-d.exp2);
  if (scale >= 0) num *= pow10(scale);
  else den *= pow10(-scale);
  return divRoundHalfEven(num, den);
}

/** Compare |x| with 10**k exactly: -1, 0 or 1. */
function comparePow10(d: Decomposed, k: number): number {
  let lhs = d.mant;
  let rhs = 1n;
  if (d.exp2 >= 0) lhs <<= BigInt(d.exp2);
  else rhs <<= BigInt(-d.exp2);
  if (k >= 0) rhs *= pow10(k);
  else lhs *= pow10(-k);
  return lhs < rhs ? -1 : lhs > rhs ? 1 : 0;
}

function stripTrailingZeros(s: string): string {
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 0x30) end--;
  return s.slice(0, end);
}

/** floor(log10(|x|)) computed exactly. */
export function decimalExponent(x: number): number {
  const d = decompose(Math.abs(x));
  let k = Math.floor(Math.log10(Math.abs(x)));
  while (comparePow10(d, k) < 0) k--;
  while (comparePow10(d, k + 1) >= 0) k++;
  return k;
}

/** Largest number of significant digits in an exact double expansion is 767;
 *  asking for more cannot change the (zero-stripped) digits. */
const MAX_SIG_DIGITS = 800;
/** Largest number of fractional digits in an exact double expansion is 1074. */
const MAX_FRAC_DIGITS = 1100;

/** Mode 0: shortest digit string that round-trips (x finite). */
export function dtoaShortest(x: number): DtoaResult {
  const negative = isNegative(x);
  if (x === 0) return { negative, digits: '0', decpt: 1 };
  // ECMAScript's Number::toString/toExponential() produce the shortest
  // round-tripping digits, choosing the one closest to x, as dtoa mode 0 does.
  const e = Math.abs(x).toExponential();
  const ePos = e.indexOf('e');
  const mantissa = e.slice(0, ePos).replace('.', '');
  const exp = Number(e.slice(ePos + 1));
  return { negative, digits: stripTrailingZeros(mantissa), decpt: exp + 1 };
}

/** Mode 2: `ndigits` (>= 1) significant digits, correctly rounded (x finite). */
export function dtoaSignificant(x: number, ndigits: number): DtoaResult {
  const negative = isNegative(x);
  if (x === 0) return { negative, digits: '0', decpt: 1 };
  const n = Math.min(Math.max(ndigits, 1), MAX_SIG_DIGITS);
  const d = decompose(Math.abs(x));
  let k = decimalExponent(x);
  let q = scaledRound(d, n - 1 - k);
  if (q === pow10(n)) {
    q = pow10(n - 1);
    k += 1;
  }
  return { negative, digits: stripTrailingZeros(q.toString()), decpt: k + 1 };
}

/** Mode 3: `ndigits` (>= 0) digits after the decimal point (x finite). */
export function dtoaFixed(x: number, ndigits: number): DtoaResult {
  const negative = isNegative(x);
  if (x === 0) return { negative, digits: '0', decpt: 1 };
  const p = Math.min(Math.max(ndigits, 0), MAX_FRAC_DIGITS);
  const q = scaledRound(decompose(Math.abs(x)), p);
  if (q === 0n) return { negative, digits: '0', decpt: 1 };
  const s = q.toString();
  return { negative, digits: stripTrailingZeros(s), decpt: s.length - p };
}
