// Robustness: any input, however mangled, must give a Module or a PySyntaxError, never a JS error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseModule, PySyntaxError } from '../../../src/runtime/parse/index';

const here = dirname(fileURLToPath(import.meta.url));
const valid: { src: string }[] = JSON.parse(readFileSync(join(here, 'fixtures', 'valid.json'), 'utf8'));
const errors: { src: string }[] = JSON.parse(readFileSync(join(here, 'fixtures', 'errors.json'), 'utf8'));

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '(', ')', '[', ']', '{', '}', ':', ',', '=', '\n', '\n    ', '\t', ' ', '"', "'", '"""', 'f"{', '}',
  '\\', '#', '*', '**', 'lambda', 'if', 'else', 'for', 'in', 'async', 'await', 'match', 'case', '_',
  'yield', 'not', ':=', '@', '.', '...', '0x', '1_', '1e', 'j', 'é', '€', '\u00a0', '\0', '\r', ';',
];

function mutate(src: string, r: () => number): string {
  let s = src;
  const n = 1 + Math.floor(r() * 4);
  for (let k = 0; k < n; k++) {
    const i = Math.floor(r() * (s.length + 1));
    const op = Math.floor(r() * 4);
    if (op === 0 && s.length > 0) s = s.slice(0, i) + s.slice(i + 1);
    else if (op === 1 && s.length > 0) s = s.slice(0, i) + s[Math.min(i, s.length - 1)] + s.slice(i);
    else if (op === 2) s = s.slice(0, i) + PIECES[Math.floor(r() * PIECES.length)] + s.slice(i);
    else {
      const j = Math.floor(r() * (s.length + 1));
      s = s.slice(0, Math.min(i, j)) + s.slice(Math.max(i, j));
    }
  }
  return s;
}

function outcome(src: string): 'module' | 'error' {
  try {
    const m = parseModule(src, 'fuzz.py');
    assert.equal(m._type, 'Module');
    return 'module';
  } catch (e) {
    if (e instanceof PySyntaxError) {
      assert.equal(typeof e.msg, 'string');
      assert.ok(Number.isInteger(e.lineno) && Number.isInteger(e.offset), `bad location for ${JSON.stringify(src)}`);
      return 'error';
    }
    throw new Error(`JS error for ${JSON.stringify(src)}: ${e instanceof Error ? e.stack : String(e)}`);
  }
}

test('mutated programs give a Module or a PySyntaxError (5000 cases)', () => {
  const r = rng(20240611);
  const corpus = valid.map((c) => c.src).concat(errors.map((c) => c.src));
  const counts = { module: 0, error: 0 };
  for (let k = 0; k < 5000; k++) {
    const a = corpus[Math.floor(r() * corpus.length)];
    const b = corpus[Math.floor(r() * corpus.length)];
    const src = mutate(r() < 0.3 ? a + b : a, r);
    counts[outcome(src)]++;
  }
  assert.ok(counts.module > 100 && counts.error > 100, JSON.stringify(counts));
});

test('random character soup gives a Module or a PySyntaxError (2000 cases)', () => {
  const r = rng(7);
  for (let k = 0; k < 2000; k++) {
    let s = '';
    const n = Math.floor(r() * 40);
    for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)];
    outcome(s);
  }
});

test('deep nesting is handled', () => {
  assert.equal(outcome('x = ' + '('.repeat(199) + '1' + ')'.repeat(199) + '\n'), 'module');
  assert.equal(outcome('x = ' + '['.repeat(150) + ']'.repeat(150) + '\n'), 'module');
  assert.equal(outcome('x = ' + '('.repeat(250) + '\n'), 'error');
  outcome('x = ' + '-'.repeat(3000) + '1\n');
  outcome('x = ' + 'not '.repeat(2000) + '1\n');
  outcome('x = ' + 'f('.repeat(190) + ')'.repeat(190) + '\n');
});
