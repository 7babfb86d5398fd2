// Compares the parser with CPython 3.11 on the fixture corpora made by gen-fixtures.py:
// the AST dump of every valid snippet, and the SyntaxError fields and printed form of every
// erroneous one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dumpAst, formatSyntaxError, parseModule, PySyntaxError } from '../../../src/runtime/parse/index';

const here = dirname(fileURLToPath(import.meta.url));

interface ValidCase { src: string; dump: string }
interface ErrorCase {
  src: string; kind: string; msg: string; lineno: number; offset: number;
  end_lineno: number; end_offset: number; text: string | null; stderr: string;
}

const valid: ValidCase[] = JSON.parse(readFileSync(join(here, 'fixtures', 'valid.json'), 'utf8'));
const errors: ErrorCase[] = JSON.parse(readFileSync(join(here, 'fixtures', 'errors.json'), 'utf8'));

test(`valid corpus: ${valid.length} snippets dump like CPython 3.11`, () => {
  assert.ok(valid.length >= 150);
  for (const c of valid) {
    let got: string;
    try {
      got = dumpAst(parseModule(c.src, '<FILE>'));
    } catch (e) {
      assert.fail(`${JSON.stringify(c.src)} raised ${e instanceof PySyntaxError ? e.msg : String(e)}`);
    }
    assert.equal(got, c.dump, `dump of ${JSON.stringify(c.src)}`);
  }
});

test(`error corpus: ${errors.length} snippets raise CPython 3.11's SyntaxError`, () => {
  for (const c of errors) {
    let err: unknown = null;
    try {
      parseModule(c.src, '<FILE>');
    } catch (e) {
      err = e;
    }
    const where = JSON.stringify(c.src);
    assert.ok(err instanceof PySyntaxError, `${where} should raise a PySyntaxError, got ${String(err)}`);
    const e = err as PySyntaxError;
    assert.deepEqual(
      { kind: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset, text: e.text },
      { kind: c.kind, msg: c.msg, lineno: c.lineno, offset: c.offset, end_lineno: c.end_lineno, end_offset: c.end_offset, text: c.text },
      `error fields for ${where}`,
    );
    assert.equal(formatSyntaxError(e), c.stderr, `printed error for ${where}`);
  }
});
