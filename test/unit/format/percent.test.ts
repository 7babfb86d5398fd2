import { test } from 'node:test';
import assert from 'node:assert/strict';
import { percentFormat, type PercentArgs } from '../../../src/runtime/objects/format/index';
import { bitsToFloat, hexToBigInt, loadFixture, Mismatches, type Expected } from './fixture-utils';

type Res<T> = { ok: T } | { err: [string, string] };

/** A Python value as gen-fixtures.py describes it (all answers precomputed by CPython). */
interface ValDesc {
  type: string;
  str: Res<string>;
  repr: Res<string>;
  ascii: Res<string>;
  asInt: string | null;
  asStr: string | null;
  toInt: Res<string> | null;
  toIndex: Res<string> | null;
  toFloat: Res<string> | null;
  getitem?: Record<string, Res<ValDesc>>;
}

interface ArgsDesc {
  kind: 'tuple' | 'single' | 'mapping';
  items?: ValDesc[];
  value?: ValDesc;
}

/** Stands in for an exception raised by the runtime. */
class PyErr extends Error {
  constructor(readonly pyType: string, message: string) {
    super(message);
  }
}

function unwrap<T>(r: Res<T>): T {
  if ('err' in r) throw new PyErr(r.err[0], r.err[1]);
  return r.ok;
}

function makeArgs(d: ArgsDesc): PercentArgs<ValDesc> {
  return {
    kind: d.kind,
    items: d.items,
    value: d.value,
    get(key) {
      const r = d.value?.getitem?.[key];
      if (r === undefined) throw new Error(`fixture lacks key ${key}`);
      return unwrap(r);
    },
    str: (v) => unwrap(v.str),
    repr: (v) => unwrap(v.repr),
    ascii: (v) => unwrap(v.ascii),
    typeName: (v) => v.type,
    asInt: (v) => (v.asInt === null ? null : hexToBigInt(v.asInt)),
    asStr: (v) => v.asStr,
    toInt(v, mode) {
      const r = mode === 'int' ? v.toInt : v.toIndex;
      return r === null ? null : hexToBigInt(unwrap(r));
    },
    toFloat: (v) => (v.toFloat === null ? null : bitsToFloat(unwrap(v.toFloat))),
  };
}

test('str % args matches CPython for every fixture case', () => {
  const cases = loadFixture<[string, ArgsDesc, Expected][]>('percent.json');
  assert.ok(cases.length > 3000);
  const mm = new Mismatches();
  for (const [fmt, args, want] of cases) {
    mm.check(`${JSON.stringify(fmt)} % ${args.kind}`, want, () => percentFormat(fmt, makeArgs(args)));
  }
  mm.assertNone();
});

test('percent spot checks with plain JS values', () => {
  const args = (items: unknown[]): PercentArgs => ({
    kind: 'tuple', items,
    get: () => { throw new Error('no mapping'); },
    str: (v) => String(v), repr: (v) => `'${String(v)}'`, ascii: (v) => `'${String(v)}'`,
    typeName: (v) => (typeof v === 'string' ? 'str' : typeof v === 'bigint' ? 'int' : 'float'),
    asInt: (v) => (typeof v === 'bigint' ? v : null),
    asStr: (v) => (typeof v === 'string' ? v : null),
    toInt: (v, mode) => (typeof v === 'number' && mode === 'int' ? BigInt(Math.trunc(v)) : null),
    toFloat: (v) => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : null),
  });
  assert.equal(percentFormat('%5.2f|%-4d|%#x|%r', args([3.14159, 7n, 255n, 'a'])), ' 3.14|7   |0xff|\'a\'');
  assert.throws(() => percentFormat('%d', args(['x'])),
    { pyType: 'TypeError', message: '%d format: a real number is required, not str' });
  assert.throws(() => percentFormat('%f', args(['x'])), { message: 'must be real number, not str' });
  assert.throws(() => percentFormat('%y', args([1n])), { message: "unsupported format character 'y' (0x79) at index 1" });
  assert.throws(() => percentFormat('%s %s', args([1n])), { message: 'not enough arguments for format string' });
  assert.throws(() => percentFormat('%s', args([1n, 2n])), { message: 'not all arguments converted during string formatting' });
  assert.throws(() => percentFormat('%(a)s', args([1n])), { message: 'format requires a mapping' });
  assert.throws(() => percentFormat('%c', args([1.5])), { message: '%c requires int or char' });
});
