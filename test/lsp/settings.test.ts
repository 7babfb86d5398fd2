// The language server's settings as package.json declares them (what the client pushes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_SETTINGS, readSettings } from '../../src/languageServer/settings';

const manifest = JSON.parse(readFileSync(resolve(__dirname, '..', '..', 'package.json'), 'utf8'));
const declared: Record<string, { default: unknown }> = manifest.contributes.configuration.properties;

/** `{ a: { b: 1 } }` -> `[['a.b', 1]]` */
function flatten(o: object, prefix = ''): Array<[string, unknown]> {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? flatten(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]]));
}

test('every server setting is declared in package.json with the same default (debounceMs is internal)', () => {
  for (const [key, value] of flatten(DEFAULT_SETTINGS)) {
    if (key === 'debounceMs') continue;
    const entry = declared[`refscope.languageServer.${key}`];
    assert.ok(entry, `refscope.languageServer.${key} is not in package.json`);
    assert.deepEqual(entry.default, value, key);
  }
  const known = new Set(flatten(DEFAULT_SETTINGS).map(([k]) => `refscope.languageServer.${k}`));
  const extra = Object.keys(declared).filter((k) => k.startsWith('refscope.languageServer.') && k !== 'refscope.languageServer.enabled' && !known.has(k));
  assert.deepEqual(extra, [], 'declared in package.json but unknown to the server');
});

test('settings as VS Code sends them (dotted keys become nested objects); wrong types fall back, numbers are clamped', () => {
  const s = readSettings({ refscope: { languageServer: { maxSteps: 500, diagnostics: { cycle: false }, inlayHints: { enabled: true } } } });
  assert.equal(s.maxSteps, 500);
  assert.equal(s.diagnostics.cycle, false);
  assert.equal(s.diagnostics.syntax, true);
  assert.deepEqual(s.inlayHints, { enabled: true, showIds: false });
  assert.deepEqual(readSettings(null), DEFAULT_SETTINGS);
  assert.deepEqual(readSettings({ refscope: { languageServer: { maxSteps: 'x', inlayHints: 1, diagnostics: [] } } }), DEFAULT_SETTINGS);
  assert.equal(readSettings({ refscope: { languageServer: { timeBudgetMs: -5, memoryLimitMb: 1 } } }).timeBudgetMs, 10);
  assert.equal(readSettings({ refscope: { languageServer: { memoryLimitMb: 1 } } }).memoryLimitMb, 32);
});
