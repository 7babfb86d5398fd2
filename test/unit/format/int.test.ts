import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatInt, intToDecimalString, intToString, intToBaseString, FormatError,
} from '../../../src/runtime/objects/format/index';
import { hexToBigInt, loadFixture, Mismatches, type Expected } from './fixture-utils';

test('format(int, spec) matches CPython for every fixture case', () => {
  const cases = loadFixture<[string, string, Expected][]>('int_format.json');
  assert.ok(cases.length > 5000);
  const mm = new Mismatches();
  for (const [hex, spec, want] of cases) {
    const x = hexToBigInt(hex);
    mm.check(`format(${hex.slice(0, 40)}, ${JSON.stringify(spec)})`, want, () => formatInt(x, spec));
  }
  mm.assertNone();
});

test('str(int) and the 4300-digit limit match CPython', () => {
  const cases = loadFixture<[string, Expected][]>('int_to_decimal.json');
  const mm = new Mismatches();
  for (const [hex, want] of cases) {
    const x = hexToBigInt(hex);
    mm.check(`str(${hex.slice(0, 40)})`, want, () => intToDecimalString(x));
  }
  mm.assertNone();
});

test('limit boundary: 4300 digits pass, 4301 raise; sign not counted; 0 disables', () => {
  assert.equal(intToDecimalString(10n ** 4300n - 1n).length, 4300);
  assert.equal(intToDecimalString(-(10n ** 4300n - 1n)).length, 4301);
  assert.throws(() => intToDecimalString(10n ** 4300n), (e: unknown) => e instanceof FormatError &&
    e.message === 'Exceeds the limit (4300 digits) for integer string conversion; ' +
    'use sys.set_int_max_str_digits() to increase the limit');
  assert.equal(intToDecimalString(10n ** 5000n, 0).length, 5001);
  assert.equal(intToDecimalString(10n ** 5000n, 6000).length, 5001);
  assert.throws(() => intToDecimalString(10n ** 5000n, 5000), /Exceeds the limit \(5000 digits\)/);
});

test('intToString / intToBaseString', () => {
  assert.equal(intToString(-255n, 16), '-ff');
  assert.equal(intToString(5n, 2), '101');
  assert.equal(intToBaseString(-255n, 16, true), '-0xff');
  assert.equal(intToBaseString(8n, 8, true), '0o10');
  assert.equal(intToBaseString(5n, 2, true), '0b101');
  assert.equal(intToBaseString(10n ** 5000n, 16, false).length > 4000, true);
});
