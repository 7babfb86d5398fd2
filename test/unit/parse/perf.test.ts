// Speed: a 5,000-line program parses in well under 100 ms once the JIT is warm (about 50 ms of
// CPU in an esbuild bundle; slower under tsx, whose CommonJS output reaches every cross-module
// binding through getters). The assertion uses CPU time with a bound generous enough for a
// loaded CI machine running under tsx, so it only catches gross regressions (say, lost
// memoization); the measured times are printed as diagnostics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseModule } from '../../../src/runtime/parse/index';

/** A deterministic program of every common construct, `lines` lines long. */
export function syntheticProgram(lines: number): string {
  const out: string[] = ['"""A synthetic module."""', 'import os, sys', 'from collections import defaultdict as dd', ''];
  let i = 0;
  while (out.length < lines) {
    i++;
    out.push(
      `@decorator(${i}, key="v")`,
      `def function_${i}(a, b=${i}, *args, c: int = 0, **kwargs) -> dict:`,
      `    """Docstring ${i}."""`,
      `    total = a + b * (c - ${i}) ** 2 // 3 % 7`,
      `    items = [x * 2 for x in range(${i}) if x % 3 == 0]`,
      `    table = {k: v for k, v in zip("abc", (1, 2, 3))}`,
      `    if total > ${i} and not args or kwargs.get("x") is None:`,
      `        message = f"value {total!r:>10} at {i} = {items[-1] if items else None}"`,
      `    elif total == 0:`,
      `        message = "zero" + 'x' * 3`,
      `    else:`,
      `        message = None`,
      `    for index, item in enumerate(items[1:-1:2]):`,
      `        try:`,
      `            total += item / (index or 1)`,
      `        except (ZeroDivisionError, ValueError) as exc:`,
      `            raise RuntimeError("bad") from exc`,
      `        finally:`,
      `            pass`,
      `    while total > 100:`,
      `        total >>= 1`,
      `    with open(os.devnull) as fh, open(os.devnull) as gh:`,
      `        lam = lambda q, *r, s=1: (q, r, s)`,
      `    return {"total": total, "message": message, "lam": lam, **table}`,
      '',
      `class Class${i}(Base, metaclass=Meta):`,
      `    attr: int = ${i}`,
      `    def method(self, other):`,
      `        self.value = other.value[0]["key"].attr(1, 2, *self.extra)`,
      `        return self.value is not other and (yield from self.gen())`,
      '',
    );
  }
  return out.slice(0, lines).join('\n') + '\n';
}

function cpuMs(f: () => void): number {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

test('a 5,000-line program parses fast once warm', () => {
  const src = syntheticProgram(5000);
  assert.equal(src.split('\n').length, 5001);
  const cold = cpuMs(() => parseModule(src, 'big.py'));
  for (let k = 0; k < 3; k++) parseModule(src, 'big.py');
  const warm: number[] = [];
  for (let k = 0; k < 3; k++) warm.push(cpuMs(() => parseModule(src, 'big.py')));
  const best = Math.min(...warm);
  console.log(`# parse 5000 lines: cold ${cold.toFixed(1)} ms CPU, warm best ${best.toFixed(1)} ms CPU`);
  assert.ok(best < 500, `warm parse took ${best.toFixed(1)} ms of CPU`);
});
