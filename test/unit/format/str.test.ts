import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatStr, parseFormatSpec } from '../../../src/runtime/objects/format/index';
import { loadFixture, Mismatches, type Expected } from './fixture-utils';

test('format(str, spec) matches CPython for every fixture case', () => {
  const cases = loadFixture<[string, string, Expected][]>('str_format.json');
  assert.ok(cases.length > 1000);
  const mm = new Mismatches();
  for (const [s, spec, want] of cases) {
    mm.check(`format(${JSON.stringify(s)}, ${JSON.stringify(spec)})`, want, () => formatStr(s, spec));
  }
  mm.assertNone();
});

test('width counts code points, not UTF-16 units', () => {
  assert.equal(formatStr('a\u{1F600}', '4'), 'a\u{1F600}  ');
  assert.equal(formatStr('\u{1F600}\u{1F600}x', '.2'), '\u{1F600}\u{1F600}');
  assert.equal(formatStr('ab', '\u{1F600}^6'), '\u{1F600}\u{1F600}ab\u{1F600}\u{1F600}');
});

test('parseFormatSpec exposes the parsed fields', () => {
  assert.deepEqual(parseFormatSpec('*^+z#012,.3f', ''), {
    fill: '*', align: '^', sign: '+', noNeg0: true, alternate: true, width: 12,
    thousands: ',', precision: 3, type: 'f',
  });
  assert.deepEqual(parseFormatSpec('08_x', 'd'), {
    fill: '0', align: '=', sign: '', noNeg0: false, alternate: false, width: 8,
    thousands: '_4', precision: -1, type: 'x',
  });
  assert.equal(parseFormatSpec('05', 's', '<').align, '<');
  assert.equal(parseFormatSpec('', 'd').type, 'd');
});
