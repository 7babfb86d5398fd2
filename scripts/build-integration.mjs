// Bundles the integration suite (test/integration/) into out/integration/ for a VS Code extension
// host: CommonJS for node, `vscode` and `mocha` left to the host (one Mocha instance, the runner's).
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';

rmSync('out/integration', { recursive: true, force: true });
const suite = readdirSync('test/integration/suite').filter((f) => f.endsWith('.test.ts')).map((f) => `test/integration/suite/${f}`);
await esbuild.build({
  entryPoints: ['test/integration/index.ts', ...suite],
  outdir: 'out/integration',
  outbase: 'test/integration',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
console.log(`out/integration: the runner and ${suite.length} suite file(s)`);
