import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFloatLiteral, parseIntLiteral } from '../../../src/runtime/objects/format/index';
import { floatToBits, hexToBigInt, loadFixture, Mismatches, type Expected } from './fixture-utils';

test('int(str, base) matches CPython', () => {
  const cases = loadFixture<[string, number, Expected][]>('parse_int.json');
  assert.ok(cases.length > 2000);
  const mm = new Mismatches();
  for (const [text, base, want] of cases) {
    mm.check(`int(${JSON.stringify(text).slice(0, 60)}, ${base})`, want, () => {
      const v = parseIntLiteral(text, base);
      return v === null ? null : (v < 0n ? '-0x' + (-v).toString(16) : '0x' + v.toString(16));
    });
  }
  mm.assertNone();
});

test('float(str) matches CPython', () => {
  const cases = loadFixture<[string, string | null][]>('parse_float.json');
  assert.ok(cases.length > 1000);
  const mm = new Mismatches();
  for (const [text, want] of cases) {
    const got = parseFloatLiteral(text);
    const g = got === null ? null : Number.isNaN(got) ? 'nan' : floatToBits(got);
    if (g !== want) mm.fail(`float(${JSON.stringify(text).slice(0, 60)})`, `expected ${want} got ${g}`);
    else mm.count++;
  }
  mm.assertNone();
});

test('parse spot checks', () => {
  assert.equal(parseFloatLiteral(' 1_000.5 '), 1000.5);
  assert.equal(parseFloatLiteral('-Infinity'), -Infinity);
  assert.ok(Number.isNaN(parseFloatLiteral('nan')!));
  assert.equal(parseFloatLiteral('1e5'), 1e5);
  assert.equal(parseFloatLiteral('1e'), null);
  assert.equal(parseIntLiteral('0x_ff', 0), 255n);
  assert.equal(parseIntLiteral('010', 0), null);
  assert.equal(parseIntLiteral('000', 0), 0n);
  assert.equal(hexToBigInt('-0x10'), -16n);
  assert.throws(() => parseIntLiteral('1'.repeat(5000), 10), {
    message: 'Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; ' +
      'use sys.set_int_max_str_digits() to increase the limit',
  });
  assert.equal(parseIntLiteral('1'.repeat(5000), 10, 0)!.toString().length, 5000);
  assert.throws(() => parseIntLiteral('1', 37), { message: 'int() base must be >= 2 and <= 36, or 0' });
});
