// MT19937, exactly as CPython's _random.Random core uses it.
// cf. Modules/_randommodule.c (3.11): init_genrand, init_by_array,
// genrand_uint32, random_random, random_seed, _random_Random_getrandbits_impl,
// random_getstate, random_setstate.

import { PyRandomError } from './errors';

export const MT_N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

const TWO64 = 1n << 64n;
const LONG_MIN = -(1n << 63n);
const LONG_MAX = (1n << 63n) - 1n;
const INT_MAX = 0x7fffffff;

/** The 32-bit words of abs(n), least significant first; [0] for 0. cf. random_seed (_PyLong_AsByteArray little-endian). */
export function intToKey(n: bigint): number[] {
  if (n < 0n) n = -n;
  if (n === 0n) return [0];
  const hex = n.toString(16);
  const key: number[] = [];
  for (let end = hex.length; end > 0; end -= 8) {
    key.push(parseInt(hex.slice(Math.max(0, end - 8), end), 16));
  }
  return key;
}

/**
 * The key init_by_array receives for `int.from_bytes(bytes, 'big')`: the
 * bytes read as a big-endian unsigned integer, cut into 32-bit words least
 * significant first (leading zero bytes do not count; all zero gives [0]).
 */
export function bigEndianBytesToKey(bytes: Uint8Array): number[] {
  let start = 0;
  while (start < bytes.length && bytes[start] === 0) start++;
  if (start === bytes.length) return [0];
  const key: number[] = [];
  for (let end = bytes.length; end > start; end -= 4) {
    let w = 0;
    for (let p = Math.max(start, end - 4); p < end; p++) w = w * 256 + (bytes[p] as number);
    key.push(w);
  }
  return key;
}

/** Converts a Python int argument to a C int, as Argument Clinic does for `k: int`. */
function toCInt(k: number | bigint): number {
  const b = typeof k === 'bigint' ? k : BigInt(k);
  if (b > BigInt(INT_MAX)) throw new PyRandomError('OverflowError', 'Python int too large to convert to C int');
  if (b < BigInt(-INT_MAX - 1)) throw new PyRandomError('OverflowError', 'Python int too large to convert to C int');
  return Number(b);
}

export class MersenneTwister {
  private readonly mt = new Uint32Array(MT_N);
  private index = MT_N + 1;

  constructor(key?: ArrayLike<number>) {
    if (key !== undefined) this.initByArray(key);
  }

  // cf. Modules/_randommodule.c init_genrand
  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let mti = 1; mti < MT_N; mti++) {
      const prev = mt[mti - 1] as number;
      mt[mti] = (Math.imul(1812433253, (prev ^ (prev >>> 30)) >>> 0) + mti) >>> 0;
    }
    this.index = MT_N;
  }

  // cf. Modules/_randommodule.c init_by_array
  initByArray(initKey: ArrayLike<number>): void {
    const mt = this.mt;
    const keyLength = initKey.length;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = MT_N > keyLength ? MT_N : keyLength; k > 0; k--) {
      const prev = mt[i - 1] as number;
      const mixed = ((mt[i] as number) ^ Math.imul((prev ^ (prev >>> 30)) >>> 0, 1664525)) >>> 0;
      mt[i] = (mixed + ((initKey[j] as number) >>> 0) + (j >>> 0)) >>> 0; // non linear
      i++;
      j++;
      if (i >= MT_N) {
        mt[0] = mt[MT_N - 1] as number;
        i = 1;
      }
      if (j >= keyLength) j = 0;
    }
    for (let k = MT_N - 1; k > 0; k--) {
      const prev = mt[i - 1] as number;
      const mixed = ((mt[i] as number) ^ Math.imul((prev ^ (prev >>> 30)) >>> 0, 1566083941)) >>> 0;
      mt[i] = (mixed - i) >>> 0; // non linear
      i++;
      if (i >= MT_N) {
        mt[0] = mt[MT_N - 1] as number;
        i = 1;
      }
    }
    mt[0] = 0x80000000; // MSB is 1; assuring non-zero initial array (index stays N from init_genrand)
  }

  /** `_random.Random.seed(n)` for an int n: init_by_array over the words of abs(n). cf. random_seed. */
  seedInt(n: bigint): void {
    this.initByArray(intToKey(n));
  }

  /** `_random.Random.seed(x)` for a hashable non-int x, given hash(x): the hash is cast to size_t. cf. random_seed. */
  seedHash(hash: bigint): void {
    this.initByArray(intToKey(BigInt.asUintN(64, hash)));
  }

  // cf. Modules/_randommodule.c genrand_uint32
  genrandUint32(): number {
    const mt = this.mt;
    if (this.index >= MT_N) {
      let kk = 0;
      let y: number;
      for (; kk < MT_N - M; kk++) {
        y = ((mt[kk] as number) & UPPER_MASK) | ((mt[kk + 1] as number) & LOWER_MASK);
        mt[kk] = (mt[kk + M] as number) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < MT_N - 1; kk++) {
        y = ((mt[kk] as number) & UPPER_MASK) | ((mt[kk + 1] as number) & LOWER_MASK);
        mt[kk] = (mt[kk + (M - MT_N)] as number) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      y = ((mt[MT_N - 1] as number) & UPPER_MASK) | ((mt[0] as number) & LOWER_MASK);
      mt[MT_N - 1] = (mt[M - 1] as number) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.index = 0;
    }
    let y = mt[this.index++] as number;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random() -> x in [0, 1). cf. Modules/_randommodule.c _random_Random_random_impl (genrand_res53). */
  random(): number {
    const a = this.genrandUint32() >>> 5;
    const b = this.genrandUint32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /**
   * The 32-bit words getrandbits(k) draws, least significant first, the last
   * one shifted right so exactly k bits remain. k >= 1 (k = 0 draws nothing).
   * cf. Modules/_randommodule.c _random_Random_getrandbits_impl (PY_LITTLE_ENDIAN loop).
   */
  getrandbitsWords(k: number): Uint32Array {
    const words = k <= 0 ? 0 : ((k - 1) >>> 5) + 1;
    const out = new Uint32Array(words);
    for (let i = 0; i < words; i++, k -= 32) {
      let r = this.genrandUint32();
      if (k < 32) r >>>= 32 - k; // drop least significant bits
      out[i] = r;
    }
    return out;
  }

  /** getrandbits(k) as a Python int. cf. Modules/_randommodule.c _random_Random_getrandbits_impl. */
  getrandbits(k: number | bigint): bigint {
    const bits = toCInt(k);
    if (bits < 0) throw new PyRandomError('ValueError', 'number of bits must be non-negative');
    if (bits === 0) return 0n;
    if (bits <= 32) return BigInt(this.genrandUint32() >>> (32 - bits)); // fast path
    const words = this.getrandbitsWords(bits);
    let hex = '';
    for (let i = words.length - 1; i >= 0; i--) hex += (words[i] as number).toString(16).padStart(8, '0');
    return BigInt('0x' + hex);
  }

  /** getrandbits(k) for 0 <= k <= 53 as a JS number (same draws as getrandbits). */
  getrandbitsNumber(k: number): number {
    if (k === 0) return 0;
    if (k <= 32) return this.genrandUint32() >>> (32 - k);
    const lo = this.genrandUint32();
    const hi = this.genrandUint32() >>> (64 - k);
    return hi * 0x100000000 + lo;
  }

  /** getrandbits(8n).to_bytes(n, 'little') without going through an int. cf. Lib/random.py Random.randbytes. */
  randbytes(n: number | bigint): Uint8Array {
    const count = typeof n === 'bigint' ? n : BigInt(n);
    const k = toCInt(count * 8n);
    if (k < 0) throw new PyRandomError('ValueError', 'number of bits must be non-negative');
    const words = this.getrandbitsWords(k);
    const out = new Uint8Array(k >>> 3);
    for (let p = 0; p < out.length; p++) out[p] = ((words[p >>> 2] as number) >>> ((p & 3) * 8)) & 0xff;
    return out;
  }

  /** getstate(): 624 words then the index. cf. Modules/_randommodule.c random_getstate. */
  getstate(): number[] {
    const out = Array.from(this.mt);
    out.push(this.index);
    return out;
  }

  /**
   * setstate(state) with the C checks and messages (the runtime checks that
   * state is a tuple of ints: "state vector must be a tuple", "an integer is required").
   * cf. Modules/_randommodule.c random_setstate.
   */
  setstate(state: readonly (number | bigint)[]): void {
    if (state.length !== MT_N + 1) throw new PyRandomError('ValueError', 'state vector is the wrong size');
    const fresh = new Uint32Array(MT_N);
    for (let i = 0; i < MT_N; i++) {
      const v = BigInt(state[i] as number | bigint);
      // PyLong_AsUnsignedLong, then the (uint32_t) cast
      if (v < 0n) throw new PyRandomError('OverflowError', "can't convert negative value to unsigned int");
      if (v >= TWO64) throw new PyRandomError('OverflowError', 'Python int too large to convert to C unsigned long');
      fresh[i] = Number(BigInt.asUintN(32, v));
    }
    const index = BigInt(state[MT_N] as number | bigint); // PyLong_AsLong
    if (index < LONG_MIN || index > LONG_MAX) {
      throw new PyRandomError('OverflowError', 'Python int too large to convert to C long');
    }
    if (index < 0n || index > BigInt(MT_N)) throw new PyRandomError('ValueError', 'invalid state');
    this.index = Number(index);
    this.mt.set(fresh);
  }
}
