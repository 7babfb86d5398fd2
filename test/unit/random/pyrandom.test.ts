// PyRandom (Lib/random.py 3.11) against python3.11, seed by seed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PyRandom, type PyRandomOptions } from '../../../src/runtime/modules/random';
import { type Json, type SeedDesc, ReplayLibm, float, int, loadFixture, seedArg } from './oracle';

interface SeedFixture {
  label: string;
  seed: SeedDesc;
  results: Record<string, Json>;
}
const { seeds } = loadFixture<{ seeds: SeedFixture[] }>('seeds.json');
const { calls } = loadFixture<{ calls: (string | number)[][] }>('libm-calls.json');
const misc = loadFixture<{ version1: { seed: SeedDesc; random: number[] }[]; constants: Record<string, number> }>('misc.json');

const ints = (v: Json): bigint[] => (v as Json[]).map(int);
const nums = (v: Json): number[] => (v as Json[]).map((x) => Number(int(x)));
const floats = (v: Json): number[] => (v as Json[]).map(float);

/** Checks one fixture entry: a fresh generator per entry, as gen-fixtures.py does. */
function check(name: string, run: (r: PyRandom) => unknown, decode: (v: Json) => unknown, options: PyRandomOptions = {}): void {
  test(name, () => {
    for (const s of seeds) {
      const r = new PyRandom(seedArg(s.seed), options);
      assert.deepEqual(run(r), decode(s.results[name] as Json), `${name} for seed ${s.label}`);
    }
  });
}

const times = <T>(n: number, f: () => T): T[] => Array.from({ length: n }, f);

// ---- integers and sequences: pure integer arithmetic, exact by construction ----
check('randint_1_100', (r) => times(50, () => r.randint(1n, 100n)), ints);
check('randrange_0_1000_7', (r) => times(50, () => r.randrange(0n, 1000n, 7n)), ints);
check(
  'randrange_misc',
  (r) => [
    r.randrange(10n),
    r.randrange(-5n, 5n),
    r.randrange(100n, -100n, -3n),
    r.randrange(10n ** 30n),
    r.randrange(-(10n ** 25n), 10n ** 25n, 10n ** 6n + 3n),
    r.randrange(2n ** 53n + 1n),
    r.randrange(2n ** 32n),
    r.randrange(2n ** 32n + 1n),
    r.randrange(1n),
    r.randint(-(2n ** 70n), 2n ** 70n),
  ],
  ints,
);
check('choice_10', (r) => times(50, () => r.choice(10)), nums);
check(
  'shuffle_20',
  (r) => {
    const x = Array.from({ length: 20 }, (_, i) => i);
    r.shuffle(x);
    return x;
  },
  nums,
);
check(
  'shuffle_20',
  (r) => {
    const x = Array.from({ length: 20 }, (_, i) => i);
    for (const [i, j] of r.shuffleSwaps(20)) [x[i], x[j]] = [x[j] as number, x[i] as number];
    return x;
  },
  nums,
);
check('sample_100_10', (r) => r.sample(100, 10), nums);
check('sample_10_10', (r) => r.sample(10, 10), nums);
check(
  'sample_misc',
  (r) => [r.sample(1000, 50), r.sample(30, 6), r.sample(22, 6), r.sample(5, 0), r.sample(10 ** 6, 3)],
  (v) => (v as Json[]).map(nums),
);
check('sample_counts', (r) => r.sample(4, 8, [3n, 0n, 5n, 2n]), nums);
check('choices_5_k10', (r) => r.choices(5, { k: 10 }), nums);
check('choices_weights_int', (r) => r.choices(5, { weights: [1n, 2n, 3n, 4n, 5n], k: 10 }), nums);
check('choices_weights_float', (r) => r.choices(5, { weights: [0.1, 0.2, 0.3, 0.25, 0.15], k: 10 }), nums);
check('choices_cum_weights', (r) => r.choices(4, { cumWeights: [1n, 1n, 5.5, 7n], k: 10 }), nums);

// ---- floats that need no libm (sqrt is correctly rounded everywhere) ----
check('random', (r) => times(50, () => r.random()), floats);
check('uniform', (r) => times(20, () => r.uniform(-3.5, 10.25)), floats);
check('triangular', (r) => [...times(10, () => r.triangular(1.0, 4.0, 3.0)), ...times(5, () => r.triangular())], floats);

// ---- floats through log/exp/cos/sin/acos/pow: replaying glibc's answers as the libm ----
function checkLibm(name: string, run: (r: PyRandom) => number[]): void {
  const libm = new ReplayLibm(calls);
  check(name, run, floats, { libm });
  test(`${name}: every libm call had the exact arguments python3 used`, () => {
    assert.deepEqual(libm.misses, []);
  });
}
checkLibm('gauss', (r) => times(20, () => r.gauss()));
checkLibm('gauss_5_2', (r) => times(7, () => r.gauss(5.0, 2.0)));
checkLibm('normalvariate', (r) => times(20, () => r.normalvariate()));
checkLibm('lognormvariate', (r) => times(10, () => r.lognormvariate(0.5, 0.25)));
checkLibm('expovariate_1_5', (r) => times(20, () => r.expovariate(1.5)));
checkLibm('vonmisesvariate', (r) => [...times(10, () => r.vonmisesvariate(1.0, 4.0)), r.vonmisesvariate(2.0, 0.0)]);
checkLibm('gammavariate', (r) => [
  ...times(5, () => r.gammavariate(0.5, 2.0)),
  ...times(3, () => r.gammavariate(1.0, 2.0)),
  ...times(5, () => r.gammavariate(3.5, 1.5)),
]);
checkLibm('betavariate', (r) => [...times(5, () => r.betavariate(2.0, 5.0)), ...times(5, () => r.betavariate(0.5, 0.5))]);
checkLibm('paretovariate', (r) => times(10, () => r.paretovariate(2.5)));
checkLibm('weibullvariate', (r) => times(10, () => r.weibullvariate(1.5, 2.0)));

test('gauss keeps gauss_next across calls and seed() clears it', () => {
  const r = new PyRandom({ kind: 'int', value: 3n });
  r.gauss();
  assert.notEqual(r.gaussNext, null);
  assert.equal(r.getstate()[2], r.gaussNext);
  r.seed({ kind: 'int', value: 3n });
  assert.equal(r.gaussNext, null);
});

test('seed(str | bytes, version=1)', () => {
  for (const c of misc.version1) {
    const r = new PyRandom();
    r.seed(seedArg(c.seed), 1);
    assert.deepEqual(times(5, () => r.random()), c.random, JSON.stringify(c.seed));
  }
});

test('seed(None) uses the noneSeed option (default: like seed(0))', () => {
  const a = new PyRandom();
  const b = new PyRandom({ kind: 'int', value: 0n });
  assert.equal(a.random(), b.random());
  let n = 0n;
  const opts = { noneSeed: () => ({ kind: 'int', value: ++n }) as const };
  const c = new PyRandom({ kind: 'none' }, opts);
  const d = new PyRandom({ kind: 'int', value: 1n });
  assert.equal(c.random(), d.random());
  const words = { noneSeed: () => ({ kind: 'key', words: Array.from({ length: 624 }, (_, i) => i * 2654435761) }) as const };
  assert.equal(typeof new PyRandom(undefined, words).random(), 'number');
});

test('the random.py constants are the values python3 computes', async () => {
  const d = await import('../../../src/runtime/modules/random');
  assert.equal(d.NV_MAGICCONST, misc.constants.NV_MAGICCONST);
  assert.equal(d.LOG4, misc.constants.LOG4);
  assert.equal(d.SG_MAGICCONST, misc.constants.SG_MAGICCONST);
  assert.equal(d.TWOPI, misc.constants.TWOPI);
});
