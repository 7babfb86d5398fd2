// Builds RefScope's .vsix in a scratch copy of the repository, so the working tree's dist/
// (a development build other tests may be using) is left alone: the packaged files are copied,
// everything else (src/, node_modules/, scripts/, webview/…) is symlinked, then
// `node scripts/build.mjs --production` and `vsce package --no-dependencies` run there.
// (It is also faster: vsce run at the repository's root crawls node_modules/ and .e2e/ for half a
// minute.) Used by `npm run package`, test/packaging/vsix.test.ts and test/e2e/run.mjs; plain JS
// so all can use it.
//   node test/packaging/vsix.mjs [OUT.vsix]   builds OUT (default: refscope-<version>.vsix in the
//                                             repository) and prints its file list

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { inflateRawSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));

/** Copied into the scratch tree (vsce reads them); everything else is symlinked. */
const COPIED = new Set(['package.json', '.vscodeignore', 'README.md', 'CHANGELOG.md', 'LICENSE', 'syntaxes', 'media', 'examples']);
/** Never brought into the scratch tree. */
const SKIPPED = new Set(['dist', '.git', '.e2e', 'test']);

function run(cmd, args, cwd, what) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_yes: 'false' } });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/**
 * Build the vsix. Returns its path (`out`, default refscope-<version>.vsix in a temp dir),
 * its size and how long building and packaging took.
 */
export function buildVsix(out) {
  const t0 = Date.now();
  const stage = mkdtempSync(join(tmpdir(), 'refscope-vsix-'));
  try {
    for (const name of readdirSync(root)) {
      if (SKIPPED.has(name) || name.endsWith('.vsix')) continue;
      const from = join(root, name);
      if (COPIED.has(name)) cpSync(from, join(stage, name), { recursive: true });
      else symlinkSync(from, join(stage, name), statSync(from).isDirectory() ? 'dir' : 'file');
    }
    // The README's screenshots live in the repository (docs/screenshots), not in the vsix: its
    // copy of the README leaves the marked screenshots part out.
    const readme = join(stage, 'README.md');
    writeFileSync(readme, readFileSync(readme, 'utf8').replace(/<!-- screenshots[\s\S]*?<!-- \/screenshots -->\n*/g, ''));
    run(process.execPath, [join(root, 'scripts', 'build.mjs'), '--production'], stage, 'production build (node scripts/build.mjs --production)');
    const t1 = Date.now();
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    const target = resolve(out ?? join(mkdtempSync(join(tmpdir(), 'refscope-vsix-out-')), `refscope-${version}.vsix`));
    const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
    run(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', target], stage, 'vsce package');
    return { vsix: target, bytes: statSync(target).size, buildMs: t1 - t0, packageMs: Date.now() - t1 };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** The entries of a zip file (a .vsix), read from its central directory. */
export function zipEntries(path) {
  const buf = readFileSync(path);
  // End of central directory record: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error(`${path}: not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${path}: bad central directory entry ${i}`);
    const compressed = buf.readUInt32LE(p + 20), size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28), extraLen = buf.readUInt16LE(p + 30), commentLen = buf.readUInt16LE(p + 32);
    const method = buf.readUInt16LE(p + 10), offset = buf.readUInt32LE(p + 42);
    entries.push({ name: buf.toString('utf8', p + 46, p + 46 + nameLen), size, compressed, method, offset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The contents of one entry of a zip file. */
export function zipRead(path, name) {
  const buf = readFileSync(path);
  const e = zipEntries(path).find((x) => x.name === name);
  if (!e) throw new Error(`${path}: no entry ${name}`);
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  const raw = buf.subarray(start, start + e.compressed);
  if (e.method === 0) return Buffer.from(raw);
  if (e.method === 8) return inflateRawSync(raw);
  throw new Error(`${path}: ${name} uses compression method ${e.method}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const r = buildVsix(process.argv[2] ?? join(root, `refscope-${version}.vsix`));
  for (const e of zipEntries(r.vsix)) console.log(`${String(e.compressed).padStart(9)} ${String(e.size).padStart(9)}  ${e.name}`);
  console.log(`${r.vsix}: ${r.bytes} bytes (build ${(r.buildMs / 1000).toFixed(1)} s, package ${(r.packageMs / 1000).toFixed(1)} s)`);
  if (!existsSync(r.vsix)) process.exit(1);
}
