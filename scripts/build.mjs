// Bundles every entry point into dist/ with esbuild.
// `node scripts/build.mjs` (dev, with source maps) or `--production` (minified, with source maps).
import * as esbuild from 'esbuild';
import { chmodSync, copyFileSync, existsSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  sourcemap: true,
  // Production maps point at src/ lines without embedding the sources (keeps the vsix small).
  sourcesContent: !production,
  minify: production,
  logLevel: 'warning',
  target: 'node20',
};

const nodeEntries = [
  { in: 'src/cli/main.ts', out: 'cli-main' },
  { in: 'src/cli/benchApi.ts', out: 'bench-api' },
  { in: 'src/debugAdapter/main.ts', out: 'debugAdapter' },
  { in: 'src/runtimeThread.ts', out: 'runtimeThread' },
  { in: 'src/languageServer/main.ts', out: 'languageServer' },
  { in: 'src/extension/main.ts', out: 'extension' },
  { in: 'src/extension/languageClient.ts', out: 'languageClient' },
];

for (const entry of nodeEntries) {
  if (!existsSync(entry.in)) continue;
  await esbuild.build({
    ...common,
    entryPoints: [entry.in],
    outfile: `dist/${entry.out}.js`,
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    banner: entry.banner ? { js: entry.banner } : undefined,
  });
}
// The Heap view's browser bundle (its CSS import lands in dist/webview.css).
if (existsSync('webview/main.ts')) {
  await esbuild.build({
    entryPoints: ['webview/main.ts'],
    outfile: 'dist/webview.js',
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    sourcemap: true,
    sourcesContent: !production,
    minify: production,
    logLevel: 'warning',
  });
}
// dist/cli.js: the launcher that runs dist/cli-main.js with V8's code cache, made here by a
// warm-up run of a small program (src/cli/launcher.cjs).
if (existsSync('dist/cli-main.js')) {
  copyFileSync('src/cli/launcher.cjs', 'dist/cli.js');
  rmSync('dist/cli.js.map', { force: true });
  chmodSync('dist/cli.js', 0o755);
  rmSync('dist/cli-main.js.cache', { force: true });
  const dir = mkdtempSync(join(tmpdir(), 'refscope-warmup-'));
  const warm = join(dir, 'warmup.py');
  writeFileSync(warm, 'import sys, gc\nclass A:\n    def __init__(self, n):\n        self.n = n\nx = [A(i) for i in range(50)]\nd = {str(i): i * 1.5 for i in range(50)}\nprint(len(x), sys.getrefcount(x), gc.collect(), f"{d[\'3\']:.2f}")\n');
  const r = spawnSync(process.execPath, ['dist/cli.js', 'run', warm], { env: { ...process.env, REFSCOPE_WRITE_CODE_CACHE: 'dist/cli-main.js.cache' }, encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) console.warn(`warm-up run for the code cache failed: ${r.stderr || r.stdout}`);
}
console.log(`built dist/ (${production ? 'production' : 'development'})`);
