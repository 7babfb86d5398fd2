// Every code point's properties and case mappings against CPython 3.11
// (fixtures/unicode.json from gen-unicode-tables.py).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as U from '../../../src/runtime/objects/strmethods-unicode';

interface UnicodeFixture {
  props: Record<string, Array<[number, number]>>;
  maps: Record<string, Record<string, number[]>>;
}
const fx = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'unicode.json'), 'utf8')) as UnicodeFixture;

function member(ranges: Array<[number, number]>): Uint8Array {
  const m = new Uint8Array(0x110000);
  for (const [a, b] of ranges) m.fill(1, a, b + 1);
  return m;
}

const PROPS: Array<[string, (cp: number) => boolean]> = [
  ['unassigned', U.isUnassigned],
  ['printable', U.isPrintableCp],
  ['alpha', U.isAlphaCp],
  ['decimal', U.isDecimalCp],
  ['digit', U.isDigitCp],
  ['numeric', U.isNumericCp],
  ['lower', U.isLowerCp],
  ['upper', U.isUpperCp],
  ['title', U.isTitleCp],
  ['cased', U.isCasedCp],
  ['case_ignorable', U.isCaseIgnorableCp],
  ['space', U.isSpaceCp],
  ['xid_start', (cp) => U.isXidStartCp(cp) || cp === 0x5f],
  ['xid_continue', U.isXidContinueCp],
  ['alnum', U.isAlnumCp],
];

for (const [name, fn] of PROPS) {
  test(`property ${name} matches CPython for every code point`, () => {
    const m = member(fx.props[name]);
    const bad: string[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      if ((m[cp] === 1) !== fn(cp)) bad.push(cp.toString(16));
    }
    assert.deepEqual(bad.slice(0, 20), [], `${bad.length} mismatches`);
  });
}

const MAPS: Array<[string, (cp: number) => string]> = [
  ['upper', U.upperFull], ['lower', U.lowerFull], ['title', U.titleFull], ['casefold', U.foldFull],
];
for (const [name, fn] of MAPS) {
  test(`full ${name} mapping matches CPython for every code point`, () => {
    const m = fx.maps[name];
    const bad: string[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const e = m[String(cp)];
      const expected = e ? String.fromCodePoint(...e) : String.fromCodePoint(cp);
      if (fn(cp) !== expected) bad.push(cp.toString(16));
    }
    assert.deepEqual(bad.slice(0, 20), [], `${bad.length} mismatches`);
  });
}
