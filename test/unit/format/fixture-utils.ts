// Shared helpers for the format fixtures produced by gen-fixtures.py.
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';

export type Expected = { ok: string | null } | { err: [string, string] };

export function loadFixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as T;
}

export function bitsToFloat(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt('0x' + hex));
  return view.getFloat64(0);
}

export function floatToBits(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
}

/** Python's hex(): '-0x1f' -> -31n. */
export function hexToBigInt(s: string): bigint {
  return s.startsWith('-') ? -BigInt(s.slice(1)) : BigInt(s);
}

function describe(v: unknown): string {
  const s = JSON.stringify(v);
  return s.length > 200 ? s.slice(0, 200) + '...' : s;
}

/** Run fn and compare with an oracle result; returns a description of the mismatch or null. */
export function compare(expected: Expected, fn: () => string | null): string | null {
  let got: Expected;
  try {
    got = { ok: fn() };
  } catch (e) {
    const err = e as { pyType?: string; message?: string };
    if (err.pyType === undefined) throw e;
    got = { err: [err.pyType, err.message ?? ''] };
  }
  if (JSON.stringify(got) === JSON.stringify(expected)) return null;
  return `expected ${describe(expected)} got ${describe(got)}`;
}

/** Collect mismatches over all cases and fail once with the first few. */
export class Mismatches {
  private readonly list: string[] = [];
  count = 0;

  check(label: string, expected: Expected, fn: () => string | null): void {
    this.count++;
    const m = compare(expected, fn);
    if (m !== null) this.list.push(`${label}: ${m}`);
  }

  fail(label: string, message: string): void {
    this.count++;
    this.list.push(`${label}: ${message}`);
  }

  assertNone(): void {
    assert.equal(this.list.length, 0,
      `${this.list.length}/${this.count} mismatches:\n` + this.list.slice(0, 25).join('\n'));
  }
}
