// The distributions over many draws: exact with glibc's libm answers replayed,
// and a measurement of how far V8's Math.* (the default libm) lands from them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JS_LIBM, type Libm, PyRandom } from '../../../src/runtime/modules/random';
import { ReplayLibm, float, loadFixture, ulpDiff } from './oracle';

const draws = loadFixture<Record<string, unknown[]>>('libm.json');
const { calls } = loadFixture<{ calls: (string | number)[][] }>('libm-calls.json');

const RUNS: Record<string, (r: PyRandom) => number> = {
  gauss: (r) => r.gauss(),
  normalvariate: (r) => r.normalvariate(0.0, 1.0),
  lognormvariate: (r) => r.lognormvariate(0.0, 1.0),
  expovariate: (r) => r.expovariate(0.75),
  vonmisesvariate: (r) => r.vonmisesvariate(0.5, 2.0),
  gammavariate_small: (r) => r.gammavariate(0.3, 1.0),
  gammavariate_big: (r) => r.gammavariate(7.5, 1.0),
  betavariate: (r) => r.betavariate(1.5, 3.0),
  paretovariate: (r) => r.paretovariate(1.7),
  weibullvariate: (r) => r.weibullvariate(2.0, 0.7),
  triangular: (r) => r.triangular(0.0, 10.0, 2.0),
};

function run(name: string, libm: Libm): number[] {
  const r = new PyRandom({ kind: 'str', value: name }, { libm });
  const f = RUNS[name] as (r: PyRandom) => number;
  return (draws[name] as unknown[]).map(() => f(r));
}

test('150 draws of each distribution are bit-identical given glibc libm answers', () => {
  for (const name of Object.keys(RUNS)) {
    const libm = new ReplayLibm(calls);
    assert.deepEqual(run(name, libm), (draws[name] as unknown[]).map((v) => float(v as number)), name);
    assert.deepEqual(libm.misses, [], `${name}: libm arguments differ from python3's`);
  }
});

test('V8 Math.* against glibc: per-call and per-draw last-bit differences (reported)', (t) => {
  const byFn = new Map<string, { n: number; diff: number; maxUlp: number }>();
  for (const c of calls) {
    const [fn, ...rest] = c as [keyof Libm, ...number[]];
    const expected = rest.pop() as number;
    const got = (JS_LIBM[fn] as (...a: number[]) => number)(...rest);
    const e = byFn.get(fn) ?? { n: 0, diff: 0, maxUlp: 0 };
    e.n++;
    if (got !== expected) {
      e.diff++;
      e.maxUlp = Math.max(e.maxUlp, Math.abs(ulpDiff(got, expected)));
    }
    byFn.set(fn, e);
  }
  for (const [fn, e] of byFn) {
    t.diagnostic(`Math.${fn}: ${e.diff}/${e.n} calls differ from glibc (max ${e.maxUlp} ulp)`);
    assert.ok(e.maxUlp <= 1, `Math.${fn} is more than 1 ulp from glibc`);
  }
  for (const name of Object.keys(RUNS)) {
    const expected = (draws[name] as unknown[]).map((v) => float(v as number));
    const got = run(name, JS_LIBM);
    const differing = got.filter((v, i) => v !== expected[i]).length;
    t.diagnostic(`${name}: ${differing}/${got.length} draws differ with Math.* as the libm`);
    if (name === 'triangular') assert.equal(differing, 0); // sqrt only: always exact
  }
});
