// Turning a seed argument into the init_by_array key, as Random.seed (Lib/random.py)
// followed by _random.Random.seed (Modules/_randommodule.c random_seed) do.

import { PyRandomError } from './errors';
import { bigEndianBytesToKey, intToKey } from './mt19937';
import { sha512 } from './sha512';

/**
 * A seed argument, as the runtime hands it over.
 *
 * - `none`: `seed()` / `seed(None)`. CPython reads 624 words from urandom; the
 *   simulator asks `PyRandomOptions.noneSeed` instead (see pyrandom.ts).
 * - `int`: a Python int (bool included); abs() is taken.
 * - `hashed`: any other hashable seed CPython hashes, chiefly a float: pass
 *   `hash(a)` (a signed 64-bit Py_hash_t); it is cast to size_t as C does.
 * - `str`: a Python str as a JS string (UTF-16; a lone surrogate stands for a
 *   Python lone surrogate). `hash` is only needed for `version` other than 1 or 2.
 * - `bytes`: bytes, or a bytearray with `mutable: true`. `hash` as for str.
 * - `key`: the 32-bit words to hand straight to init_by_array, as
 *   random_seed_urandom does with the 624 urandom words (for `noneSeed`).
 */
export type SeedArg =
  | { readonly kind: 'none' }
  | { readonly kind: 'int'; readonly value: bigint }
  | { readonly kind: 'hashed'; readonly hash: bigint }
  | { readonly kind: 'str'; readonly value: string; readonly hash?: bigint }
  | { readonly kind: 'bytes'; readonly value: Uint8Array; readonly mutable?: boolean; readonly hash?: bigint }
  | { readonly kind: 'key'; readonly words: readonly number[] };

/** str.encode() (UTF-8, errors='strict'), with CPython's UnicodeEncodeError text for lone surrogates. */
export function encodeUtf8(s: string): Uint8Array {
  const out: number[] = [];
  let position = 0; // index in code points, as Python counts
  for (let i = 0; i < s.length; i++, position++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        throw new PyRandomError(
          'UnicodeEncodeError',
          `'utf-8' codec can't encode character '\\u${c.toString(16)}' in position ${position}: surrogates not allowed`,
        );
      }
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return Uint8Array.from(out);
}

/** The code points of a str (for version 1), or the bytes decoded as latin-1. */
function codePoints(a: SeedArg & { kind: 'str' | 'bytes' }): number[] {
  if (a.kind === 'bytes') return Array.from(a.value);
  const cps: number[] = [];
  for (const ch of a.value) cps.push(ch.codePointAt(0) as number);
  return cps;
}

const MASK64 = (1n << 64n) - 1n;

/** cf. Lib/random.py Random.seed, version == 1 branch (str or bytes, not bytearray). */
export function version1SeedInt(a: SeedArg & { kind: 'str' | 'bytes' }): bigint {
  const cps = codePoints(a);
  let x = cps.length > 0 ? BigInt(cps[0] as number) << 7n : 0n;
  for (const c of cps) x = ((1000003n * x) ^ BigInt(c)) & MASK64;
  x ^= BigInt(cps.length);
  return x === -1n ? -2n : x;
}

/** The bytes version 2 seeds from: a + sha512(a).digest(), read big-endian. */
export function version2SeedBytes(a: SeedArg & { kind: 'str' | 'bytes' }): Uint8Array {
  const data = a.kind === 'str' ? encodeUtf8(a.value) : a.value;
  const buf = new Uint8Array(data.length + 64);
  buf.set(data);
  buf.set(sha512(data), data.length);
  return buf;
}

/**
 * The init_by_array key for a seed that is not `none`.
 * cf. Lib/random.py Random.seed then Modules/_randommodule.c random_seed.
 */
export function seedKey(a: Exclude<SeedArg, { kind: 'none' }>, version: number): number[] {
  switch (a.kind) {
    case 'int':
      return intToKey(a.value); // PyNumber_Absolute, then little-endian words
    case 'hashed':
      return intToKey(BigInt.asUintN(64, a.hash)); // PyLong_FromSize_t((size_t)hash)
    case 'key':
      return a.words.length > 0 ? a.words.map((w) => w >>> 0) : [0];
    case 'str':
    case 'bytes': {
      const bytearray = a.kind === 'bytes' && a.mutable === true;
      if (version === 1 && !bytearray) return intToKey(version1SeedInt(a));
      if (version === 2) return bigEndianBytesToKey(version2SeedBytes(a));
      // Falls through to super().seed(a), which hashes a.
      if (bytearray) throw new PyRandomError('TypeError', "unhashable type: 'bytearray'");
      if (a.hash === undefined) {
        throw new Error(`random.seed(${a.kind}, version=${version}) needs hash(a): pass it in the seed's 'hash' field`);
      }
      return intToKey(BigInt.asUintN(64, a.hash));
    }
  }
}
