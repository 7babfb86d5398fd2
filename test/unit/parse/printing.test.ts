// The printers against CPython 3.11: repr() of constants (dump.ts) and the stderr form of an
// uncaught SyntaxError (formatSyntaxError). Expected values come from gen-fixtures.py.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bytesRepr, floatRepr, strRepr } from '../../../src/runtime/parse/dump';
import { formatSyntaxError, PySyntaxError, type SyntaxErrorKind } from '../../../src/runtime/parse/index';

const here = dirname(fileURLToPath(import.meta.url));
const reprs: { floats: [string, string][]; strings: [string, string][]; bytes: [number[], string][] } =
  JSON.parse(readFileSync(join(here, 'fixtures', 'reprs.json'), 'utf8'));
interface PrintCase {
  kind: SyntaxErrorKind; msg: string; lineno: number; offset: number; text: string | null;
  end_lineno: number; end_offset: number; stderr: string;
}
const printing: PrintCase[] = JSON.parse(readFileSync(join(here, 'fixtures', 'printing.json'), 'utf8'));

function floatFromHex(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < 8; i++) view.setUint8(i, parseInt(hex.slice(2 * i, 2 * i + 2), 16));
  return view.getFloat64(0);
}

test(`float repr matches Python for ${reprs.floats.length} values`, () => {
  for (const [hex, want] of reprs.floats) assert.equal(floatRepr(floatFromHex(hex)), want, hex);
});

test(`str repr matches Python for ${reprs.strings.length} values`, () => {
  for (const [s, want] of reprs.strings) assert.equal(strRepr(s), want, JSON.stringify(s));
});

test(`bytes repr matches Python for ${reprs.bytes.length} values`, () => {
  for (const [b, want] of reprs.bytes) assert.equal(bytesRepr(Uint8Array.from(b)), want);
});

test(`formatSyntaxError prints like CPython for ${printing.length} hand-made errors`, () => {
  for (const c of printing) {
    const e = new PySyntaxError(c.kind, c.msg, '<FILE>', c.lineno, c.offset, c.end_lineno, c.end_offset, c.text);
    assert.equal(formatSyntaxError(e), c.stderr, JSON.stringify(c));
  }
});

test('tokenizer errors print their caret in characters, parser errors in UTF-8 bytes', () => {
  const text = "x = 'é' €\n";
  const e = new PySyntaxError('SyntaxError', 'm', 'f.py', 1, 9, 1, 9, text);
  assert.equal(e.printedOffsetUnit, 'bytes');
  assert.equal(formatSyntaxError(e), `  File "f.py", line 1\n    x = 'é' €\n             ^\nSyntaxError: m\n`);
  e.printedOffsetUnit = 'chars';
  assert.equal(formatSyntaxError(e), `  File "f.py", line 1\n    x = 'é' €\n            ^\nSyntaxError: m\n`);
});
