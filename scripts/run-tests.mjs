// Runs every test tier that exists, in order, with node's own test runner; or only the tiers (or
// files) named on the command line: `node scripts/run-tests.mjs test/unit test/dap`. (Node 20's
// --test takes no glob patterns, so the files are listed here.) test/integration is not a tier of
// this runner: it runs inside VS Code (npm run test:integration, npm run test:e2e).
import { spawnSync } from 'node:child_process';
import { readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

function findTests(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...findTests(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out.sort();
}

const args = process.argv.slice(2);
const tiers = args.length > 0 ? args : ['test/unit', 'test/conformance', 'test/dap', 'test/lsp', 'test/webview', 'test/grammar', 'test/packaging'];
const files = tiers.flatMap((t) => (t.endsWith('.test.ts') ? [t] : findTests(t)));
if (files.length === 0) {
  console.error('no tests found');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
