import { test } from 'node:test';
import assert from 'node:assert/strict';
import { floatRepr, floatStr, formatFloat, FormatError } from '../../../src/runtime/objects/format/index';
import { bitsToFloat, loadFixture, Mismatches, type Expected } from './fixture-utils';

test('repr(float) matches CPython for every fixture value', () => {
  const cases = loadFixture<[string, string][]>('float_repr.json');
  assert.ok(cases.length > 5000);
  const mm = new Mismatches();
  for (const [bits, want] of cases) {
    const x = bitsToFloat(bits);
    mm.check(`repr(${bits})`, { ok: want }, () => floatRepr(x));
    mm.check(`str(${bits})`, { ok: want }, () => floatStr(x));
  }
  mm.assertNone();
});

test('format(float, spec) matches CPython for every fixture case', () => {
  const cases = loadFixture<[string, string, Expected][]>('float_format.json');
  assert.ok(cases.length > 5000);
  const mm = new Mismatches();
  for (const [bits, spec, want] of cases) {
    const x = bitsToFloat(bits);
    mm.check(`format(${bits}, ${JSON.stringify(spec)})`, want, () => formatFloat(x, spec));
  }
  mm.assertNone();
});

test('spot checks from the brief', () => {
  assert.equal(floatRepr(0.1), '0.1');
  assert.equal(floatRepr(1e16), '1e+16');
  assert.equal(floatRepr(1e-5), '1e-05');
  assert.equal(floatRepr(123456789012345.0), '123456789012345.0');
  assert.equal(floatRepr(-0), '-0.0');
  assert.equal(floatRepr(5e-324), '5e-324');
  assert.equal(formatFloat(2.675, '.2f'), '2.67');
  assert.equal(formatFloat(0.125, '.2f'), '0.12');
  assert.equal(formatFloat(1e22, 'f'), '10000000000000000000000.000000');
  assert.equal(formatFloat(1.0, '.3'), '1.0');
  assert.equal(formatFloat(123.456, '.2'), '1.2e+02');
  assert.throws(() => formatFloat(1.5, 'd'), (e: unknown) => e instanceof FormatError &&
    e.pyType === 'ValueError' && e.message === "Unknown format code 'd' for object of type 'float'");
});

test('results too large for a JS string raise MemoryError instead of crashing', () => {
  // CPython would try to allocate ~1 GB here; V8 cannot build such strings.
  assert.throws(() => formatFloat(1.0, '.1000000000f'), { pyType: 'MemoryError' });
  assert.throws(() => formatFloat(1.0, '1000000000'), { pyType: 'MemoryError' });
  assert.throws(() => formatFloat(1.0, '01000000000,'), { pyType: 'MemoryError' });
  assert.equal(formatFloat(0.1, '.1500f').length, 1502);
});
