import { test } from 'node:test';
import assert from 'node:assert/strict';
import { complexRepr, formatComplex } from '../../../src/runtime/objects/format/index';
import { bitsToFloat, loadFixture, Mismatches, type Expected } from './fixture-utils';

interface ComplexFixture {
  repr: [string, string, string][];
  format: [string, string, string, Expected][];
}

test('repr(complex) matches CPython', () => {
  const fx = loadFixture<ComplexFixture>('complex.json');
  const mm = new Mismatches();
  for (const [r, i, want] of fx.repr) {
    mm.check(`repr(complex(${r}, ${i}))`, { ok: want }, () => complexRepr(bitsToFloat(r), bitsToFloat(i)));
  }
  mm.assertNone();
  assert.equal(complexRepr(1, 2), '(1+2j)');
  assert.equal(complexRepr(0, 2), '2j');
  assert.equal(complexRepr(-0, -1), '(-0-1j)');
  assert.equal(complexRepr(1, -0), '(1-0j)');
  assert.equal(complexRepr(NaN, Infinity), '(nan+infj)');
});

test('format(complex, spec) matches CPython', () => {
  const fx = loadFixture<ComplexFixture>('complex.json');
  assert.ok(fx.format.length > 5000);
  const mm = new Mismatches();
  for (const [r, i, spec, want] of fx.format) {
    mm.check(`format(complex(${r}, ${i}), ${JSON.stringify(spec)})`, want,
      () => formatComplex(bitsToFloat(r), bitsToFloat(i), spec));
  }
  mm.assertNone();
});
