// Loading and decoding the python3 fixtures written by gen-fixtures.py.
import { readFileSync } from 'node:fs';
import type { Libm, SeedArg } from '../../../src/runtime/modules/random';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export function loadFixture<T = Json>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as T;
}

export function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function bytesToHex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/** A fixture int: a plain number (compact) or {"int": "..."}. */
export function int(v: Json): bigint {
  if (typeof v === 'number') return BigInt(v);
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && typeof v.int === 'string') return BigInt(v.int);
  throw new Error(`not an int: ${JSON.stringify(v)}`);
}

/** A fixture float: a JSON number or {"float": "nan" | "inf" | "-inf"}. */
export function float(v: Json): number {
  if (typeof v === 'number') return v;
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && typeof v.float === 'string') {
    return v.float === 'nan' ? NaN : v.float === 'inf' ? Infinity : -Infinity;
  }
  throw new Error(`not a float: ${JSON.stringify(v)}`);
}

/** A fixture value that may be a Python int or a Python float, as PyNum (bigint = int, number = float). */
export function pynum(v: Json): bigint | number {
  if (typeof v === 'number') return v; // errors.json writes ints tagged, so a bare number is a float
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && typeof v.int === 'string') return BigInt(v.int);
  return float(v);
}

export interface SeedDesc {
  kind: 'int' | 'hashed' | 'str' | 'bytes';
  value?: string;
  hash?: string;
  hex?: string;
  mutable?: boolean;
}

export function seedArg(d: SeedDesc): SeedArg {
  switch (d.kind) {
    case 'int':
      return { kind: 'int', value: BigInt(d.value as string) };
    case 'hashed':
      return { kind: 'hashed', hash: BigInt(d.hash as string) };
    case 'str':
      return { kind: 'str', value: d.value as string };
    case 'bytes':
      return { kind: 'bytes', value: hexToBytes(d.hex as string), mutable: d.mutable === true };
  }
}

/** Bit pattern of a float, to report last-bit differences. */
export function ulpDiff(a: number, b: number): number {
  const buf = new DataView(new ArrayBuffer(16));
  buf.setFloat64(0, a);
  buf.setFloat64(8, b);
  return Number(buf.getBigInt64(0) - buf.getBigInt64(8));
}

function bits(x: number): string {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  return dv.getBigUint64(0).toString(16);
}

/**
 * A libm that answers from python3's recorded calls (glibc's results), and
 * falls back to Math.* for arguments it has not seen, counting those misses.
 */
export class ReplayLibm implements Libm {
  readonly table = new Map<string, number>();
  misses: string[] = [];
  constructor(calls: (string | number)[][]) {
    for (const c of calls) {
      const [fn, ...rest] = c as [string, ...number[]];
      const result = rest.pop() as number;
      this.table.set(`${fn}(${rest.map(bits).join(',')})`, result);
    }
  }
  private look(fn: string, args: number[], fallback: () => number): number {
    const v = this.table.get(`${fn}(${args.map(bits).join(',')})`);
    if (v !== undefined) return v;
    this.misses.push(`${fn}(${args.join(', ')})`);
    return fallback();
  }
  log = (x: number): number => this.look('log', [x], () => Math.log(x));
  exp = (x: number): number => this.look('exp', [x], () => Math.exp(x));
  cos = (x: number): number => this.look('cos', [x], () => Math.cos(x));
  sin = (x: number): number => this.look('sin', [x], () => Math.sin(x));
  acos = (x: number): number => this.look('acos', [x], () => Math.acos(x));
  pow = (x: number, y: number): number => this.look('pow', [x, y], () => Math.pow(x, y));
}
