// Bundles every entry point into dist/ with esbuild.
// `node scripts/build.mjs` (dev, with source maps) or `--production` (minified, with source maps).
import * as esbuild from 'esbuild';
import { chmodSync, existsSync } from 'node:fs';

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
  { in: 'src/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'src/cli/benchApi.ts', out: 'bench-api' },
  { in: 'src/debugAdapter/main.ts', out: 'debugAdapter' },
  { in: 'src/debugAdapter/runnerMain.ts', out: 'debugRunner' },
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
if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
console.log(`built dist/ (${production ? 'production' : 'development'})`);
