// The runtime-free text helpers against the same CPython fixtures
// (fixtures/methods.json), without a Runtime.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as U from '../../../src/runtime/objects/strmethods-unicode';
import * as T from '../../../src/runtime/objects/strmethods-text';
import { MarkupIterator, fieldNameSplit, AutoNumber } from '../../../src/runtime/objects/strmethods-format';
import { encodeText, decodeBytes, lookupCodec, CodecError, encodeErrorMessage, decodeErrorMessage } from '../../../src/runtime/objects/strmethods-codec';
import { FormatError } from '../../../src/runtime/objects/format/errors';
import { loadFixture, type Enc } from './harness';

type Case = [Enc, string, Enc[], Record<string, Enc>, Enc];
const { cases } = loadFixture<{ cases: Case[] }>('methods.json');
const str = (e: Enc): string | null => (e !== null && typeof e === 'object' && 's' in e ? (e.s as string) : null);
const int = (e: Enc): number | null => (e !== null && typeof e === 'object' && 'i' in e ? Number(e.i) : null);

const PURE: Record<string, (s: string, a: Enc[]) => unknown> = {
  upper: (s) => ({ s: U.strUpper(s) }), lower: (s) => ({ s: U.strLower(s) }), casefold: (s) => ({ s: U.strCasefold(s) }),
  swapcase: (s) => ({ s: U.strSwapcase(s) }), title: (s) => ({ s: U.strTitle(s) }), capitalize: (s) => ({ s: U.strCapitalize(s) }),
  isalnum: (s) => U.strIsAlnum(s), isalpha: (s) => U.strIsAlpha(s), isascii: (s) => U.strIsAscii(s), isdecimal: (s) => U.strIsDecimal(s),
  isdigit: (s) => U.strIsDigit(s), isidentifier: (s) => U.strIsIdentifier(s), islower: (s) => U.strIsLower(s), isnumeric: (s) => U.strIsNumeric(s),
  isprintable: (s) => U.strIsPrintable(s), isspace: (s) => U.strIsSpace(s), istitle: (s) => U.strIsTitle(s), isupper: (s) => U.strIsUpper(s),
  __repr__: (s) => ({ s: U.strRepr(s) }), __len__: (s) => ({ i: String(T.cpLen(s)) }),
  splitlines: (s, a) => ({ l: T.splitLines(s, a.length > 0 && a[0] === true, T.STR_MODE).map((x) => ({ s: x })) }),
  expandtabs: (s, a) => ({ s: T.expandTabs(s, a.length > 0 ? int(a[0])! : 8) ?? s }),
  zfill: (s, a) => ({ s: T.zfillText(s, int(a[0])!) ?? s }),
};

test('case mapping, predicates, repr, splitlines, expandtabs, zfill on their own', () => {
  let n = 0;
  const bad: string[] = [];
  for (const [recv, name, args, kw, expected] of cases) {
    const s = str(recv);
    const f = PURE[name];
    if (s === null || f === undefined || Object.keys(kw).length > 0) continue;
    if (expected !== null && typeof expected === 'object' && 'err' in expected) continue;
    n++;
    const got = f(s, args);
    if (JSON.stringify(got) !== JSON.stringify(expected)) bad.push(`${JSON.stringify(s)}.${name}: ${JSON.stringify(got)} != ${JSON.stringify(expected)}`);
  }
  assert.ok(n > 1000);
  assert.deepEqual(bad.slice(0, 10), []);
});

test('find/count/partition helpers use code point indices', () => {
  const s = 'a\u{1F600}b\u{1F600}c';
  assert.equal(T.findIn(s, 'b', 0, 99, false), 2);
  assert.equal(T.findIn(s, '\u{1F600}', 2, 99, false), 3);
  assert.equal(T.findIn(s, '\u{1F600}', 0, 99, true), 3);
  assert.equal(T.countIn(s, '', 0, 99), 6);
  assert.equal(T.cpSliceStep(s, 4, -2, 3), 'c\u{1F600}a'.replace('\u{1F600}', 'b'));
  assert.deepEqual(T.partitionAt('k=v=w', '=', true), ['k=v', 'w']);
});

function formatError(fn: () => unknown): string {
  try { fn(); return 'ok'; } catch (e) { if (e instanceof FormatError) return `${e.pyType}: ${e.message}`; throw e; }
}

test('str.format field grammar', () => {
  const pieces = (f: string): unknown[] => {
    const it = new MarkupIterator(f);
    const out: unknown[] = [];
    for (let p = it.next(); p !== null; p = it.next()) out.push(p);
    return out;
  };
  assert.deepEqual(pieces('a{{b}}{0!r:>{w}}c'), [
    { literal: 'a{', field: null }, { literal: 'b}', field: null },
    { literal: '', field: { name: '0', conversion: 'r', spec: '>{w}', specNeedsExpanding: true } },
    { literal: 'c', field: null },
  ]);
  assert.equal(formatError(() => pieces('{')), "ValueError: Single '{' encountered in format string");
  assert.equal(formatError(() => pieces('}')), "ValueError: Single '}' encountered in format string");
  assert.equal(formatError(() => pieces('{0!rx}')), "ValueError: expected ':' after conversion specifier");
  assert.equal(formatError(() => pieces('{0:')), "ValueError: unmatched '{' in format spec");
  const auto = new AutoNumber();
  assert.equal(fieldNameSplit('', auto).index, 0);
  assert.equal(fieldNameSplit('.x', auto).index, 1);
  assert.equal(formatError(() => fieldNameSplit('2', auto)), 'ValueError: cannot switch from automatic field numbering to manual field specification');
  const rest = fieldNameSplit('a.b[0][k]', null).rest;
  assert.deepEqual([rest.next(), rest.next(), rest.next(), rest.next()], [
    { isAttribute: true, index: -1, name: 'b' }, { isAttribute: false, index: 0, name: '0' }, { isAttribute: false, index: -1, name: 'k' }, null,
  ]);
});

test('codecs and their error messages', () => {
  assert.equal(lookupCodec('UTF_8'), 'utf-8');
  assert.equal(lookupCodec('Latin-1'), 'latin-1');
  assert.equal(lookupCodec('cp1252'), 'cp1252');
  assert.equal(lookupCodec('koi8-r'), null);
  assert.deepEqual([...encodeText('é\u{1F600}', 'utf-8', 'strict')], [0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80]);
  assert.equal(decodeBytes(Uint8Array.of(0xff, 0x61), 'utf-8', 'replace'), '\ufffda');
  try { encodeText('aé€', 'ascii', 'strict'); assert.fail(); } catch (e) {
    assert.ok(e instanceof CodecError);
    assert.equal(encodeErrorMessage(e, 'aé€'), "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)");
  }
  const b = Uint8Array.of(0x61, 0xe2, 0x28, 0xa1);
  try { decodeBytes(b, 'utf-8', 'strict'); assert.fail(); } catch (e) {
    assert.ok(e instanceof CodecError);
    assert.equal(decodeErrorMessage(e, b), "'utf-8' codec can't decode byte 0xe2 in position 1: invalid continuation byte");
  }
});
