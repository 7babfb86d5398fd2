// Argument checks, error types and messages, and warnings, against python3.11.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PyRandom, PyRandomError, RandomLoopLimitError } from '../../../src/runtime/modules/random';
import { type Json, float, int, loadFixture, pynum } from './oracle';

interface Case {
  call: string;
  args: Json[];
  ok?: Json;
  error?: string;
  message?: string;
  warnings: [string, string][];
}
const { cases } = loadFixture<{ cases: Case[] }>('errors.json');

const opt = (v: Json): bigint | number | null => (v === null ? null : pynum(v));
const list = (v: Json): (bigint | number)[] | null => (v === null ? null : (v as Json[]).map(pynum));

function invoke(r: PyRandom, c: Case): unknown {
  const a = c.args;
  switch (c.call) {
    case 'randrange':
      return r.randrange(pynum(a[0] as Json), a.length > 1 ? opt(a[1] as Json) : undefined, a.length > 2 ? pynum(a[2] as Json) : undefined);
    case 'randint':
      return r.randint(pynum(a[0] as Json), pynum(a[1] as Json));
    case 'getrandbits':
      return r.getrandbits(int(a[0] as Json));
    case 'randbytes':
      return r.randbytes(int(a[0] as Json));
    case 'choice':
      return r.choice(Number(int(a[0] as Json)));
    case 'sample':
      return r.sample(Number(int(a[0] as Json)), Number(int(a[1] as Json)));
    case 'sample_counts':
      return r.sample(Number(int(a[0] as Json)), Number(int(a[1] as Json)), list(a[2] as Json));
    case 'choices_w':
      return r.choices(Number(int(a[0] as Json)), { weights: list(a[1] as Json), cumWeights: list(a[2] as Json), k: 3 });
    case 'gammavariate':
    case 'weibullvariate':
      return r[c.call](float(a[0] as Json), float(a[1] as Json));
    case 'expovariate':
    case 'paretovariate':
      return r[c.call](float(a[0] as Json));
    case 'setstate_version':
    case 'setstate_size':
    case 'setstate_word':
    case 'setstate_index': {
      const words: (number | bigint)[] = [...r.getstate()[1]];
      let version: bigint | number = 3n;
      let state = words;
      const v = int(a[0] as Json);
      if (c.call === 'setstate_version') version = v;
      else if (c.call === 'setstate_size') state = words.slice(0, Number(v));
      else if (c.call === 'setstate_word') words[0] = v;
      else words[words.length - 1] = v;
      r.setstate([version, state, null]);
      return null;
    }
    case 'seed_surrogate':
      r.seed({ kind: 'str', value: a[0] as string });
      return null;
    default:
      throw new Error(`unknown case ${c.call}`);
  }
}

test('errors, messages and warnings match python3', () => {
  for (const c of cases) {
    const warned: [string, string][] = [];
    const r = new PyRandom({ kind: 'int', value: 2024n }, { warn: (cat, msg) => warned.push([cat, msg]) });
    const label = `${c.call}(${JSON.stringify(c.args)})`;
    if (c.error !== undefined) {
      assert.throws(
        () => invoke(r, c),
        (e: unknown) => e instanceof PyRandomError && e.pyType === c.error && e.message === c.message,
        `${label} should raise ${c.error}: ${c.message}`,
      );
    } else {
      assert.deepEqual(invoke(r, c), int(c.ok as Json), label);
    }
    assert.deepEqual(warned, c.warnings, `${label} warnings`);
  }
});

test('a warn hook that throws turns the DeprecationWarning into the error (warnings as errors)', () => {
  const r = new PyRandom({ kind: 'int', value: 1n }, {
    warn: (cat, msg) => {
      throw new Error(`${cat}: ${msg}`);
    },
  });
  assert.throws(() => r.randrange(3.0), /DeprecationWarning: non-integer arguments/);
});

test('loops CPython would never leave raise RandomLoopLimitError instead of hanging', () => {
  const r = new PyRandom({ kind: 'int', value: 1n }, { loopLimit: 1000 });
  assert.throws(() => r.gammavariate(NaN, 1.0), RandomLoopLimitError);
  assert.throws(() => r.vonmisesvariate(0.0, NaN), RandomLoopLimitError);
  assert.throws(() => r.randbelow(0n), RandomLoopLimitError);
});

test('seed(float) uses hash(x) cast to size_t, seed(bytearray, version=3) is unhashable', () => {
  // hash(-1.5) == -1152921504606846977; python: random.seed(-1.5) == random.seed(2**64 + hash(-1.5))
  const a = new PyRandom({ kind: 'hashed', hash: -1152921504606846977n });
  const b = new PyRandom({ kind: 'int', value: 2n ** 64n - 1152921504606846977n });
  assert.equal(a.random(), b.random());
  const r = new PyRandom();
  assert.throws(
    () => r.seed({ kind: 'bytes', value: new Uint8Array([1]), mutable: true }, 3),
    (e: unknown) => e instanceof PyRandomError && e.pyType === 'TypeError' && e.message === "unhashable type: 'bytearray'",
  );
});
