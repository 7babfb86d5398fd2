// MersenneTwister and SHA-512 against python3.11 (fixtures from gen-fixtures.py).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MersenneTwister, PyRandom, sha512, seedKey } from '../../../src/runtime/modules/random';
import { type Json, type SeedDesc, bytesToHex, hexToBytes, int, loadFixture, seedArg } from './oracle';

interface SeedFixture {
  label: string;
  seed: SeedDesc;
  results: Record<string, Json>;
}
const { seeds } = loadFixture<{ seeds: SeedFixture[] }>('seeds.json');
const misc = loadFixture<{
  sha512: { hex: string; digest: string }[];
  state_roundtrip: { state: Json; after: Json[]; v2_state: Json; after_v2: number[] };
}>('misc.json');

function twisterFor(s: SeedFixture): MersenneTwister {
  const arg = seedArg(s.seed);
  if (arg.kind === 'none') throw new Error('no none seeds in fixtures');
  return new MersenneTwister(seedKey(arg, 2));
}

test('init_by_array state after seed matches python3 (all 625 words where recorded)', () => {
  for (const s of seeds) {
    const expected = s.results.state_after_seed as (number | null)[];
    const got = twisterFor(s).getstate();
    if (expected.includes(null)) {
      const head = expected.slice(0, 8);
      const tail = expected.slice(9);
      assert.deepEqual(got.slice(0, 8), head, `head of state for seed ${s.label}`);
      assert.deepEqual(got.slice(-9), tail, `tail of state for seed ${s.label}`);
    } else {
      assert.deepEqual(got, expected, `state for seed ${s.label}`);
    }
  }
});

test('random() first 50 values are bit-identical', () => {
  for (const s of seeds) {
    const mt = twisterFor(s);
    const got = Array.from({ length: 50 }, () => mt.random());
    assert.deepEqual(got, s.results.random, `random() for seed ${s.label}`);
  }
});

test('getrandbits(k) for k = 1..200 (little-endian words, last word shifted)', () => {
  for (const s of seeds) {
    const mt = twisterFor(s);
    const expected = (s.results.getrandbits_1_200 as string[]).map((h) => BigInt(h));
    const got = Array.from({ length: 200 }, (_, i) => mt.getrandbits(i + 1));
    assert.deepEqual(got, expected, `getrandbits for seed ${s.label}`);
  }
});

test('getrandbitsNumber draws the same values as getrandbits for k <= 53', () => {
  const a = new MersenneTwister([7]);
  const b = new MersenneTwister([7]);
  for (let k = 0; k <= 53; k++) {
    for (let rep = 0; rep < 5; rep++) assert.equal(BigInt(a.getrandbitsNumber(k)), b.getrandbits(k));
  }
});

test('randbytes(n) = getrandbits(8n).to_bytes(n, "little")', () => {
  for (const s of seeds) {
    const r = new PyRandom(seedArg(s.seed));
    const expected = (s.results.randbytes as { hex: string }[]).map((b) => b.hex);
    const got = [0, 1, 3, 4, 5, 13, 64].map((n) => bytesToHex(r.randbytes(n)));
    assert.deepEqual(got, expected, `randbytes for seed ${s.label}`);
  }
});

test('getstate / setstate round trip, including gauss_next and version-2 states', () => {
  const rt = misc.state_roundtrip;
  const [version, words, gaussNext] = rt.state as [Json, Json[], number | null];
  const r = new PyRandom({ kind: 'int', value: 5n });
  r.setstate([int(version), words.map(int), gaussNext]);
  assert.deepEqual([r.gauss(), r.random(), r.getrandbits(40)], [rt.after[0], rt.after[1], int(rt.after[2] as Json)]);

  // getstate reproduces python's tuple
  r.setstate([int(version), words.map(int), gaussNext]);
  const st = r.getstate();
  assert.equal(st[0], 3);
  assert.deepEqual(st[1].map(BigInt), words.map(int));
  assert.equal(st[2], gaussNext);

  const [v2, v2words, v2gauss] = rt.v2_state as [Json, Json[], number | null];
  const r2 = new PyRandom();
  r2.setstate([int(v2), v2words.map(int), v2gauss]);
  assert.deepEqual(Array.from({ length: 5 }, () => r2.random()), rt.after_v2);
});

test('sha512 matches hashlib', () => {
  for (const c of misc.sha512) assert.equal(bytesToHex(sha512(hexToBytes(c.hex))), c.digest, `length ${c.hex.length / 2}`);
  // a long input crossing many blocks
  const big = new Uint8Array(100_000).map((_, i) => (i * 31) & 0xff);
  assert.equal(sha512(big).length, 64);
});
