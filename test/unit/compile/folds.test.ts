// Constant folding against python3: for ~15000 expressions, `x = <expr>` must fold to the
// same constant (or not fold) exactly as CPython 3.11's ast_opt.c does.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSource } from '../../../src/runtime/compile/index';
import { Op } from '../../../src/runtime/compile/opcodes';
import { normConst } from './helpers';

interface FoldCase { expr: string; value: unknown }

const folds = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'folds.json'), 'utf8')) as FoldCase[];

function foldOf(expr: string): unknown {
  const co = compileSource(`x = ${expr}\n`, 'prog.py').code;
  if (co.code.length / 2 === 5 && co.code[2] === Op.LOAD_CONST) return normConst(co.consts[co.code[3]]);
  return null;
}

function ulpDistance(a: number, b: number): number {
  const buf = new DataView(new ArrayBuffer(16));
  buf.setFloat64(0, a);
  buf.setFloat64(8, b);
  return Number(buf.getBigInt64(0) - buf.getBigInt64(8));
}

/**
 * `**` with a non-integer exponent uses the C library's pow/exp/log/sin/cos. glibc rounds
 * them (nearly always) correctly, V8's Math functions are sometimes 1 ulp off: accept a
 * tiny difference there (the runtime's correctly rounded pow lives in src/runtime/objects/num,
 * which the compiler may not import).
 */
function closeEnough(got: unknown, want: unknown): boolean {
  if (!Array.isArray(got) || !Array.isArray(want) || got[0] !== want[0]) return false;
  if (got[0] === 'float') return Math.abs(ulpDistance(Number(got[1]), Number(want[1]))) <= 2;
  if (got[0] === 'complex') {
    const num = '[-+]?(?:[0-9.]+(?:e[-+][0-9]+)?|inf|nan)';
    const parse = (s: string): [number, number] => {
      const m = new RegExp(`^\\(?(${num})?(${num})j\\)?$`).exec(s);
      if (!m) return [NaN, NaN];
      const f = (x: string): number => Number(x.replace('inf', 'Infinity').replace('nan', 'NaN'));
      return [m[1] === undefined ? 0 : f(m[1]), f(m[2])];
    };
    const [a, b] = parse(got[1]);
    const [c, d] = parse(want[1]);
    // The general complex power goes through atan2/log/exp/cos/sin: compare to |z|.
    const mod = Math.max(Math.hypot(c, d), 1e-300);
    return Math.abs(a - c) <= 1e-13 * mod && Math.abs(b - d) <= 1e-13 * mod;
  }
  return false;
}

test('constant folding matches python3 on every generated expression', (t) => {
  assert.ok(folds.length > 10000);
  const failures: string[] = [];
  let exact = 0;
  let approx = 0;
  for (const f of folds) {
    const got = foldOf(f.expr);
    if (JSON.stringify(got) === JSON.stringify(f.value)) {
      exact++;
    } else if (f.expr.includes('**') && closeEnough(got, f.value)) {
      approx++;
    } else {
      failures.push(`${f.expr}: ours ${JSON.stringify(got)}, python3 ${JSON.stringify(f.value)}`);
    }
  }
  t.diagnostic(`${exact} exact, ${approx} within an ulp (libm pow), of ${folds.length}`);
  assert.deepEqual(failures.slice(0, 20), []);
});
