// hash() of str and bytes: SipHash-1-3 with CPython's finalisation, key all
// zeros (the goldens run with PYTHONHASHSEED=0, which zeroes _Py_HashSecret).
// cf. Python/pyhash.c siphash13, _Py_HashBytes; Objects/unicodeobject.c unicode_hash
// (a str is hashed over its canonical PEP 393 representation: 1, 2 or 4 bytes
// per code point, little-endian).
//
// The 64-bit arithmetic is done on 32-bit halves (hi, lo) in plain numbers.

const M32 = 0x100000000;

/** The four SipHash state words as hi/lo halves: [v0h, v0l, v1h, v1l, v2h, v2l, v3h, v3l]. */
type State = Uint32Array;

function add(s: State, a: number, b: number): void {
  // s[a] += s[b] (64-bit), a and b index the hi half.
  const lo = s[a + 1] + s[b + 1];
  const carry = lo >= M32 ? 1 : 0;
  s[a + 1] = lo;
  s[a] = s[a] + s[b] + carry;
}

function rotl(s: State, a: number, n: number): void {
  let hi = s[a];
  let lo = s[a + 1];
  if (n >= 32) { const t = hi; hi = lo; lo = t; n -= 32; }
  if (n > 0) {
    const nh = (hi << n) | (lo >>> (32 - n));
    const nl = (lo << n) | (hi >>> (32 - n));
    hi = nh; lo = nl;
  }
  s[a] = hi;
  s[a + 1] = lo;
}

function xorInto(s: State, a: number, b: number): void {
  s[a] ^= s[b];
  s[a + 1] ^= s[b + 1];
}

const V0 = 0, V1 = 2, V2 = 4, V3 = 6;

// HALF_ROUND(a,b,c,d,s,t): a += b; c += d; b = rotl(b,s) ^ a; d = rotl(d,t) ^ c; a = rotl(a,32)
function halfRound(s: State, a: number, b: number, c: number, d: number, rs: number, rt: number): void {
  add(s, a, b);
  add(s, c, d);
  rotl(s, b, rs); xorInto(s, b, a);
  rotl(s, d, rt); xorInto(s, d, c);
  rotl(s, a, 32);
}

function singleRound(s: State): void {
  halfRound(s, V0, V1, V2, V3, 13, 16);
  halfRound(s, V2, V1, V0, V3, 17, 21);
}

/** SipHash-1-3 of `data` with key (0, 0), as CPython's siphash13. Unsigned 64-bit result. */
export function siphash13(data: Uint8Array, len = data.length): bigint {
  const s: State = new Uint32Array(8);
  // v0 = k0 ^ 0x736f6d6570736575, v1 = k1 ^ 0x646f72616e646f6d, v2 = k0 ^ 0x6c7967656e657261, v3 = k1 ^ 0x7465646279746573
  s[0] = 0x736f6d65; s[1] = 0x70736575;
  s[2] = 0x646f7261; s[3] = 0x6e646f6d;
  s[4] = 0x6c796765; s[5] = 0x6e657261;
  s[6] = 0x74656462; s[7] = 0x79746573;
  let i = 0;
  let rem = len;
  while (rem >= 8) {
    const mlo = (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24)) >>> 0;
    const mhi = (data[i + 4] | (data[i + 5] << 8) | (data[i + 6] << 16) | (data[i + 7] << 24)) >>> 0;
    s[V3] ^= mhi; s[V3 + 1] ^= mlo;
    singleRound(s);
    s[V0] ^= mhi; s[V0 + 1] ^= mlo;
    i += 8;
    rem -= 8;
  }
  // b = len << 56 | the remaining bytes (little-endian)
  let blo = 0;
  let bhi = ((len & 0xff) << 24) >>> 0;
  for (let k = 0; k < rem; k++) {
    const byte = data[i + k];
    if (k < 4) blo |= byte << (8 * k);
    else bhi |= byte << (8 * (k - 4));
  }
  blo >>>= 0; bhi >>>= 0;
  s[V3] ^= bhi; s[V3 + 1] ^= blo;
  singleRound(s);
  s[V0] ^= bhi; s[V0 + 1] ^= blo;
  s[V2 + 1] ^= 0xff;
  singleRound(s);
  singleRound(s);
  singleRound(s);
  const hi = (s[0] ^ s[2] ^ s[4] ^ s[6]) >>> 0;
  const lo = (s[1] ^ s[3] ^ s[5] ^ s[7]) >>> 0;
  return (BigInt(hi) << 32n) | BigInt(lo);
}

/** Py_hash_t from an unsigned 64-bit value, -1 mapped to -2. */
function finish(u: bigint): bigint {
  let h = u >= 0x8000000000000000n ? u - 0x10000000000000000n : u;
  if (h === -1n) h = -2n;
  return h;
}

/** _Py_HashBytes: hash(bytes) (0 for the empty buffer). */
export function bytesHash(data: Uint8Array, len = data.length): bigint {
  if (len === 0) return 0n;
  return finish(siphash13(data, len));
}

/** The canonical (PEP 393) representation of a str: 1, 2 or 4 bytes per code point, little-endian. */
export function strCanonicalBytes(s: string): Uint8Array {
  let max = 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { max = 0x10000; i++; n++; continue; }
    }
    if (c > max) max = c;
    n++;
  }
  if (max < 256) {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  if (max < 0x10000) {
    const out = new Uint8Array(2 * n);
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      out[2 * i] = c & 0xff;
      out[2 * i + 1] = c >> 8;
    }
    return out;
  }
  const out = new Uint8Array(4 * n);
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
    }
    out[k] = c & 0xff;
    out[k + 1] = (c >> 8) & 0xff;
    out[k + 2] = (c >> 16) & 0xff;
    out[k + 3] = 0;
    k += 4;
  }
  return out;
}

/** Reusable buffer for the ASCII / latin-1 fast path. */
let scratch = new Uint8Array(256);

/** hash(str) under PYTHONHASHSEED=0, as a signed 64-bit value. */
export function strHash(s: string): bigint {
  const n = s.length;
  if (n === 0) return 0n;
  // Fast path: every UTF-16 unit below 256 (latin-1 kind).
  if (n > scratch.length) scratch = new Uint8Array(Math.max(n, scratch.length * 2));
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) break;
    scratch[i] = c;
  }
  if (i === n) return finish(siphash13(scratch, n));
  return bytesHash(strCanonicalBytes(s));
}

/** hash(str) as a JS number: exact only when |hash| < 2**53 (rare); prefer strHash. */
export function strHashNumber(s: string): number {
  return Number(strHash(s));
}
