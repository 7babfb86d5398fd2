// Rewrites test/conformance/known-failures.txt with the programs that do not
// match CPython's goldens yet, and prints the pass rate per area.
// Run: node --import tsx scripts/update-known-failures.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { programs, runOne, golden, matchesGolden } from '../test/conformance/runOne';

const root = join(__dirname, '..', 'test', 'programs');
const failing: string[] = [];
const byArea = new Map<string, [number, number]>();
for (const file of programs(root)) {
  const name = relative(root, file);
  const area = name.split('/')[0];
  const exp = golden(file);
  const got = runOne(file);
  const ok = matchesGolden(got, exp);
  const [p, t] = byArea.get(area) ?? [0, 0];
  byArea.set(area, [p + (ok ? 1 : 0), t + 1]);
  if (!ok) failing.push(name);
}
let pass = 0; let total = 0;
for (const [area, [p, t]] of [...byArea].sort()) { console.log(`${area.padEnd(16)} ${p}/${t}`); pass += p; total += t; }
console.log(`all              ${pass}/${total} (${((100 * pass) / total).toFixed(1)}%)`);
writeFileSync(join(__dirname, '..', 'test', 'conformance', 'known-failures.txt'),
  '# Programs that do not match CPython 3.11 yet (one path per line, relative to test/programs).\n# Regenerate: node --import tsx scripts/update-known-failures.ts\n' + failing.join('\n') + '\n');
