// Decoding the python3 fixtures written by gen-fixtures.py.
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { NumError } from '../../../src/runtime/objects/num/errors';
import type { IntVal } from '../../../src/runtime/objects/num/bigmath';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export function loadFixture<T = Json>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as T;
}

const dv = new DataView(new ArrayBuffer(8));

/** "f:<16 hex digits>" -> the double with that bit pattern. */
export function f(s: Json): number {
  if (typeof s !== 'string' || !s.startsWith('f:')) throw new Error(`not a float: ${JSON.stringify(s)}`);
  dv.setBigUint64(0, BigInt('0x' + s.slice(2)));
  return dv.getFloat64(0);
}

/** "i:<decimal>" -> bigint */
export function i(s: Json): bigint {
  if (typeof s !== 'string' || !s.startsWith('i:')) throw new Error(`not an int: ${JSON.stringify(s)}`);
  return BigInt(s.slice(2));
}

export function iv(s: Json): IntVal {
  const b = i(s);
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

export function bits(x: number): string {
  dv.setFloat64(0, x);
  return dv.getBigUint64(0).toString(16).padStart(16, '0');
}

/** Encode a JS result the way the fixtures do. */
export function enc(v: unknown): Json {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return 'f:' + bits(v);
  if (typeof v === 'bigint') return 'i:' + v.toString();
  if (Array.isArray(v)) return v.map(enc);
  if (v === null) return null;
  throw new Error(`cannot encode ${String(v)}`);
}

export function isErr(e: Json): e is { err: string; msg: string } {
  return e !== null && typeof e === 'object' && !Array.isArray(e) && 'err' in e;
}

/** Run `fn`, turning NumError into the fixture's error form. */
export function capture(fn: () => Json): Json {
  try {
    return fn();
  } catch (e) {
    if (e instanceof NumError) return { err: e.pyType, msg: e.message };
    throw e;
  }
}

/** Assert, collecting up to `limit` failures into one message. */
export class Mismatches {
  list: string[] = [];
  count = 0;
  constructor(readonly label: string, readonly limit = 15) {}
  check(actual: Json, expected: Json, what: () => string): void {
    // NaN signs are not observable through repr; JS does not keep them reliably.
    const norm = (j: Json): string => JSON.stringify(j).replace(/f:fff8000000000000/g, 'f:7ff8000000000000');
    if (norm(actual) !== norm(expected)) {
      this.count++;
      if (this.list.length < this.limit) this.list.push(`${what()}: got ${JSON.stringify(actual)}, want ${JSON.stringify(expected)}`);
    }
  }
  done(allowed = 0): void {
    assert.ok(this.count <= allowed, `${this.label}: ${this.count} mismatches\n${this.list.join('\n')}`);
  }
}

/** IntVal -> fixture int string (ints are canonical: numbers when safe). */
export function encInt(v: IntVal): Json {
  if (typeof v === 'number' && !Number.isSafeInteger(v)) throw new Error(`not canonical: ${v}`);
  if (typeof v === 'bigint' && v >= -9007199254740991n && v <= 9007199254740991n) throw new Error(`not canonical: ${v}n`);
  return 'i:' + v.toString();
}
