// Numeric hashes against python3.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pyHashIntBig, pyHashFloatBig, pyHashComplexBig, pyHashInt, pyHashFloat, pyHashPointer } from '../../../src/runtime/objects/numhash';
import { loadFixture, f, i, iv, Mismatches, type Json } from './oracle';

const fx = loadFixture<{ int: Json[][]; float: Json[][]; complex: Json[][] }>('hash');

test('hash(int)', () => {
  const m = new Mismatches('hash(int)');
  for (const [n, h] of fx.int) {
    m.check('i:' + pyHashIntBig(iv(n)), h, () => String(n));
    if (typeof iv(n) === 'number') assert.equal(pyHashInt(iv(n)), Number(i(h)));
  }
  m.done();
});

test('hash(float)', () => {
  const m = new Mismatches('hash(float)');
  for (const [x, h] of fx.float) {
    m.check('i:' + pyHashFloatBig(f(x)), h, () => String(f(x)));
    const small = i(h);
    if (small >= -(2n ** 53n) && small <= 2n ** 53n) assert.equal(pyHashFloat(f(x)), Number(small));
  }
  m.done();
});

test('hash(complex)', () => {
  const m = new Mismatches('hash(complex)');
  for (const [re, im, h] of fx.complex) m.check('i:' + pyHashComplexBig(f(re), f(im)), h, () => `${f(re)} ${f(im)}`);
  m.done();
});

test('hash of a NaN is its address rotated by 4 bits', () => {
  assert.equal(pyHashPointer(0x7f4d8e6a0010), 0x7f4d8e6a001n);
  assert.equal(pyHashFloatBig(NaN, 0x7f4d8e6a0010), 0x7f4d8e6a001n);
  assert.equal(pyHashFloatBig(NaN), 0n);
  assert.equal(pyHashFloatBig(Infinity), 314159n);
  assert.equal(pyHashFloatBig(-Infinity), -314159n);
  assert.equal(pyHashIntBig(-1), -2n);
  assert.equal(pyHashFloatBig(-1.0), -2n);
});
