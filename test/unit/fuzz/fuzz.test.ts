// Fuzz: thousands of random and mutated programs; each must end in output or a
// Python exception (SyntaxError included), never a JavaScript error or a hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runProgram } from '../../../src/runtime/program';
import { BufferHost } from '../../../src/runtime/host';

/** A small deterministic PRNG (xorshift32) so failures reproduce. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 4294967296; };
}

function corpus(dir: string): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out.push(...corpus(p));
    else if (n.endsWith('.py')) out.push(readFileSync(p, 'utf8'));
  }
  return out;
}

const TOKENS = ['(', ')', '[', ']', '{', '}', ':', ',', '.', '=', '==', '+', '-', '*', '**', '/', '//', '%', 'if ', 'else', 'for ', ' in ', 'while ', 'def ', 'class ', 'return', 'yield', 'lambda', 'not ', 'and ', 'or ', 'None', 'True', '0', '1', '10**9', "'s'", 'x', 'y', '\n', '    ', 'try:', 'except', 'raise', 'del ', 'global ', 'nonlocal ', 'with ', 'as ', 'import sys', 'gc.collect()', '[]', '{}', '()', '*', '@', '~', '^', '&', '|', '<<', '>>', ';'];

function mutate(src: string, r: () => number): string {
  let s = src;
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(r() * (s.length + 1));
    const op = r();
    if (op < 0.35) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(r() * 8));
    else if (op < 0.7) s = s.slice(0, at) + TOKENS[Math.floor(r() * TOKENS.length)] + s.slice(at);
    else { const from = Math.floor(r() * s.length); s = s.slice(0, at) + s.slice(from, from + Math.floor(r() * 30)) + s.slice(at); }
  }
  return s;
}

function randomProgram(r: () => number): string {
  let s = '';
  const len = 1 + Math.floor(r() * 40);
  for (let i = 0; i < len; i++) s += TOKENS[Math.floor(r() * TOKENS.length)];
  return s;
}

test('random and mutated programs end in output or a Python exception', () => {
  const sources = corpus(join(__dirname, '..', '..', 'programs'));
  const r = rng(20261123);
  const N = Number(process.env.REFSCOPE_FUZZ ?? 2000);
  let syntax = 0; let exceptions = 0; let ok = 0;
  for (let i = 0; i < N; i++) {
    const src = i % 4 === 0 ? randomProgram(r) : mutate(sources[Math.floor(r() * sources.length)], r);
    const host = new BufferHost();
    let code: number;
    try {
      const deadline = Date.now() + 2000;
      code = runProgram(src, 'fuzz.py', host, { maxSteps: 20000, heapLimitBytes: 64 * 1024 * 1024, shouldHalt: () => (Date.now() > deadline ? 'fuzz time limit' : null) }).exitCode;
    } catch (e) {
      assert.fail(`JavaScript error escaped for program #${i}:\n${src}\n---\n${(e as Error).stack}`);
    }
    assert.ok(!/RefScope internal error|JS error|TypeError: Cannot read/.test(host.stderr), `internal error for program #${i}:\n${src}\n---\n${host.stderr}`);
    if (/SyntaxError|IndentationError|TabError/.test(host.stderr)) syntax++;
    else if (code !== 0) exceptions++;
    else ok++;
  }
  console.log(`fuzz: ${N} programs: ${ok} ran to the end, ${exceptions} ended in an exception, ${syntax} syntax errors`);
});
