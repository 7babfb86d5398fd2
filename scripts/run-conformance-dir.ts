// Runs the conformance programs under one or more folders (or single files)
// and prints, per program, PASS/FAIL; with --diff, the first differing lines.
// Run: node --import tsx scripts/run-conformance-dir.ts [--diff] test/programs/heldout
import { readFileSync, statSync } from 'node:fs';
import { programs, runOne, golden, matchesGolden } from '../test/conformance/runOne';

const args = process.argv.slice(2);
const showDiff = args.includes('--diff');
const files = args.filter((a) => !a.startsWith('--')).flatMap((a) => (statSync(a).isDirectory() ? programs(a) : [a]));

function firstDiff(exp: string, got: string): string {
  const e = exp.split('\n');
  const g = got.split('\n');
  for (let i = 0; i < Math.max(e.length, g.length); i++) {
    if (e[i] !== g[i]) return `    line ${i + 1}\n    exp: ${JSON.stringify(e[i])}\n    got: ${JSON.stringify(g[i])}`;
  }
  return '';
}

let pass = 0;
for (const file of files) {
  const exp = golden(file);
  const got = runOne(file);
  const ok = matchesGolden(got, exp);
  if (ok) pass++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${file}`);
  if (!ok && showDiff) {
    if (got.stdout !== exp.stdout) console.log('  stdout:\n' + firstDiff(exp.stdout, got.stdout));
    if (got.stderr !== exp.stderr) console.log('  stderr:\n' + firstDiff(exp.stderr, got.stderr));
    if (got.status !== exp.status) console.log(`  status: exp ${exp.status} got ${got.status}`);
  }
}
console.log(`${pass}/${files.length} passed (${((100 * pass) / files.length).toFixed(1)}%)`);
