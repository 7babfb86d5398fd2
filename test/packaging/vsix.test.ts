// The installable extension: the .vsix holds exactly what runs (and its manifest, README,
// CHANGELOG, LICENSE), stays under 2 MB, and package.json's contributions point at files that
// are in it. Also: the debugger's launch attributes in package.json equal LAUNCH_ATTRIBUTES.
// Building the vsix (production build + vsce) happens in a scratch copy: see ./vsix.mjs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LAUNCH_ATTRIBUTES } from '../../src/protocol/launch';
import { buildVsix, zipEntries, zipRead, root } from './vsix.mjs';

const MAX_BYTES = 2 * 1024 * 1024;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The bundles the extension runs: main, the adapter (own process) and its worker, the language server and its analysis thread, the Heap view. */
const REQUIRED_DIST = ['extension.js', 'languageClient.js', 'debugAdapter.js', 'runtimeThread.js', 'languageServer.js', 'webview.js', 'webview.css'];
/** Bundles that may be there: the inline adapter, fonts of the Heap view. */
const OPTIONAL_DIST = /^(debugAdapterInline\.js|[\w-]+\.(ttf|woff2))(\.map)?$/;

test('package.json: the debugger launch attributes equal LAUNCH_ATTRIBUTES (names, types, descriptions)', () => {
  const debuggers = pkg.contributes.debuggers as Array<{ type: string; configurationAttributes: { launch: { properties: Record<string, { type: string; description: string }>; required?: string[] } } }>;
  const dbg = debuggers.find((d) => d.type === 'refscope');
  assert.ok(dbg, 'no refscope debugger in package.json');
  const props = dbg.configurationAttributes.launch.properties;
  assert.deepEqual(Object.keys(props).sort(), Object.keys(LAUNCH_ATTRIBUTES).sort(), 'attribute names');
  for (const [name, want] of Object.entries(LAUNCH_ATTRIBUTES)) {
    assert.equal(props[name].type, want.type, `${name}: type`);
    assert.equal(props[name].description, want.description, `${name}: description`);
  }
  assert.deepEqual(dbg.configurationAttributes.launch.required, ['program']);
});

test('package.json: the pyheap language, its grammar, the icon and the walkthrough', () => {
  const c = pkg.contributes;
  assert.deepEqual(c.languages.find((l: { id: string }) => l.id === 'pyheap').extensions, ['.pyheap']);
  const g = c.grammars.find((x: { language: string }) => x.language === 'pyheap');
  assert.equal(g.scopeName, 'source.pyheap');
  assert.equal(JSON.parse(readFileSync(join(root, g.path), 'utf8')).scopeName, 'source.pyheap');
  assert.equal(pkg.icon, 'media/icon.png');
  const png = readFileSync(join(root, pkg.icon));
  assert.equal(png.toString('latin1', 1, 4), 'PNG');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128], 'icon is 128x128');
  const w = c.walkthroughs.find((x: { id: string }) => x.id === 'refscope.memory');
  assert.equal(w.title, "Step through Python's memory");
  const examples = new Set(readdirSync(join(root, 'examples')));
  for (const step of w.steps) {
    readFileSync(join(root, step.media.markdown)); // exists
    // every example a step opens is shipped
    for (const m of (step.description as string).matchAll(/command:refscope\.openExample\?([^)\s]+)/g)) {
      const [name] = JSON.parse(decodeURIComponent(m[1])) as string[];
      assert.ok(examples.has(name), `walkthrough step ${step.id} opens ${name}, which is not in examples/`);
    }
  }
});

test('the vsix holds exactly what runs, and is under 2 MB', { timeout: 300_000 }, (t) => {
  const r = buildVsix();
  t.after(() => rmSync(dirname(r.vsix), { recursive: true, force: true }));
  const entries = zipEntries(r.vsix);
  const names = entries.map((e) => e.name).sort();
  const report = `${r.vsix}: ${r.bytes} bytes, build ${r.buildMs} ms, package ${r.packageMs} ms\n${names.join('\n')}`;
  console.log(report);

  // Exactly these top-level files and folders.
  const fixed = ['[Content_Types].xml', 'extension.vsixmanifest', 'extension/package.json', 'extension/readme.md', 'extension/changelog.md', 'extension/LICENSE.txt'];
  for (const f of fixed) assert.ok(names.includes(f), `missing ${f}\n${report}`);
  const rest = names.filter((n) => !fixed.includes(n));
  const unexpected = rest.filter((n) => !(
    /^extension\/dist\/[^/]+$/.test(n)
    || /^extension\/syntaxes\/pyheap\.(tmLanguage|language-configuration)\.json$/.test(n)
    || n === 'extension/media/icon.png'
    || /^extension\/media\/walkthrough\/[\w-]+\.md$/.test(n)
    || /^extension\/examples\/\w+\.py$/.test(n)));
  assert.deepEqual(unexpected, [], `files that do not belong in the vsix\n${report}`);

  // dist/: the runtime bundles, each with its source map; nothing else (no CLI, benchmarks, tests).
  const dist = rest.filter((n) => n.startsWith('extension/dist/')).map((n) => n.slice('extension/dist/'.length));
  for (const f of REQUIRED_DIST) {
    assert.ok(dist.includes(f), `dist/${f} is not in the vsix (is it built by scripts/build.mjs?)\n${report}`);
    assert.ok(dist.includes(`${f}.map`), `dist/${f}.map (production builds keep source maps) is not in the vsix\n${report}`);
  }
  const strays = dist.filter((f) => !REQUIRED_DIST.includes(f.replace(/\.map$/, '')) && !OPTIONAL_DIST.test(f));
  assert.deepEqual(strays, [], `unexpected files in dist/ of the vsix\n${report}`);
  // The README's screenshots are not in the vsix, so its README must not point at them.
  const readme = zipRead(r.vsix, 'extension/readme.md').toString('utf8');
  assert.doesNotMatch(readme, /docs\/screenshots/, 'the vsix README points at images it does not contain');
  assert.match(readme, /### Features/);
  // production: minified (long lines), each bundle pointing at its source map
  for (const f of REQUIRED_DIST.filter((x) => x.endsWith('.js'))) {
    const text = zipRead(r.vsix, `extension/dist/${f}`).toString('utf8');
    const lines = text.split('\n').length;
    assert.ok(text.length / lines > 100, `dist/${f}: ${lines} lines for ${text.length} bytes: is the production build minified?`);
    assert.match(text, new RegExp(`//# sourceMappingURL=${f.replace('.', '\\.')}\\.map\\s*$`), `dist/${f} does not point at its source map`);
  }

  // Everything package.json points at is inside.
  const inside = (p: string) => names.includes('extension/' + p.replace(/^\.\//, ''));
  assert.ok(inside(pkg.main), `main ${pkg.main}`);
  assert.ok(inside(pkg.icon), `icon ${pkg.icon}`);
  for (const g of pkg.contributes.grammars) assert.ok(inside(g.path), g.path);
  for (const l of pkg.contributes.languages) if (l.configuration) assert.ok(inside(l.configuration), l.configuration);
  for (const w of pkg.contributes.walkthroughs) for (const s of w.steps) assert.ok(inside(s.media.markdown), s.media.markdown);
  for (const f of readdirSync(join(root, 'examples')).filter((x) => x.endsWith('.py'))) assert.ok(inside(`examples/${f}`), `examples/${f}`);

  assert.ok(r.bytes < MAX_BYTES, `the vsix is ${r.bytes} bytes, over ${MAX_BYTES}\n${report}`);
});
