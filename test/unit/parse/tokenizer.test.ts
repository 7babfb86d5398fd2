// The tokenizer against CPython 3.11: token kinds, texts and positions for the valid corpus
// (expected streams from Lib/tokenize.py via gen-fixtures.py), plus C-tokenizer specifics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Tokenizer } from '../../../src/runtime/parse/tokenizer';
import { T } from '../../../src/runtime/parse/tokens';

const here = dirname(fileURLToPath(import.meta.url));
const cases: { src: string; tokens: (string | number)[][] }[] =
  JSON.parse(readFileSync(join(here, 'fixtures', 'tokens.json'), 'utf8'));

/** Token names in Include/token.h order (keywords, ASYNC and AWAIT are NAMEs for Lib/tokenize.py). */
const NAMES = [
  'ENDMARKER', 'NAME', 'NUMBER', 'STRING', 'NEWLINE', 'INDENT', 'DEDENT', 'LPAR', 'RPAR', 'LSQB', 'RSQB',
  'COLON', 'COMMA', 'SEMI', 'PLUS', 'MINUS', 'STAR', 'SLASH', 'VBAR', 'AMPER', 'LESS', 'GREATER', 'EQUAL',
  'DOT', 'PERCENT', 'LBRACE', 'RBRACE', 'EQEQUAL', 'NOTEQUAL', 'LESSEQUAL', 'GREATEREQUAL', 'TILDE',
  'CIRCUMFLEX', 'LEFTSHIFT', 'RIGHTSHIFT', 'DOUBLESTAR', 'PLUSEQUAL', 'MINEQUAL', 'STAREQUAL', 'SLASHEQUAL',
  'PERCENTEQUAL', 'AMPEREQUAL', 'VBAREQUAL', 'CIRCUMFLEXEQUAL', 'LEFTSHIFTEQUAL', 'RIGHTSHIFTEQUAL',
  'DOUBLESTAREQUAL', 'DOUBLESLASH', 'DOUBLESLASHEQUAL', 'AT', 'ATEQUAL', 'RARROW', 'ELLIPSIS', 'COLONEQUAL',
  'OP', 'NAME', 'NAME', 'TYPE_IGNORE', 'TYPE_COMMENT', 'SOFT_KEYWORD', 'ERRORTOKEN',
];

interface Tok { type: T; name: string; text: string; lineno: number; col: number; endLineno: number; endCol: number }

function tokenize(src: string): Tok[] {
  const text = src.endsWith('\n') || src === '' ? src : src + '\n';
  const tok = new Tokenizer(text, 't.py', true);
  const out: Tok[] = [];
  for (;;) {
    const type = tok.get();
    const isString = type === T.STRING;
    const lineStart = isString ? tok.multiLineStart : tok.lineStart;
    out.push({
      type,
      name: NAMES[type],
      text: tok.pStart >= 0 ? text.slice(tok.pStart, tok.pEnd) : '',
      lineno: isString ? tok.firstLineno : tok.lineno,
      col: tok.pStart >= 0 ? tok.pStart - lineStart : -1,
      endLineno: tok.lineno,
      endCol: tok.pEnd >= 0 ? tok.pEnd - tok.lineStart : -1,
    });
    if (type === T.ENDMARKER || type === T.ERRORTOKEN) return out;
  }
}

test(`token streams match Lib/tokenize.py for ${cases.length} sources`, () => {
  for (const c of cases) {
    const got = tokenize(c.src).map((t) =>
      t.type === T.NEWLINE || t.type === T.INDENT || t.type === T.DEDENT || t.type === T.ENDMARKER
        ? [t.name]
        : [t.name, t.text, t.lineno, t.col, t.endLineno, t.endCol]);
    // Lib/tokenize.py emits NEWLINE at the end of a file without a final newline; so do we (implied).
    assert.deepEqual(got, c.tokens, JSON.stringify(c.src));
  }
});

test('NEWLINE, INDENT and DEDENT carry the C tokenizer positions', () => {
  const toks = tokenize('if x:  # c\n    y\nz\n');
  const brief = toks.map((t) => `${t.name}@${t.lineno}:${t.col}-${t.endCol}`);
  assert.deepEqual(brief, [
    'NAME@1:0-2', 'NAME@1:3-4', 'COLON@1:4-5', 'NEWLINE@1:7-10', 'INDENT@2:-1--1', 'NAME@2:4-5',
    'NEWLINE@2:5-5', 'DEDENT@3:-1--1', 'NAME@3:0-1', 'NEWLINE@3:1-1', 'ENDMARKER@3:-1--1',
  ]);
});

// Expected values checked with python3 -c "import ast; ast.parse(...)".
test('tokenizer errors', () => {
  const err = (src: string): string => {
    const tok = new Tokenizer(src, 't.py', true);
    for (;;) {
      const type = tok.get();
      if (type === T.ERRORTOKEN) return tok.error ? `${tok.error.msg} @${tok.error.lineno}:${tok.error.offset}` : `done=${tok.done}`;
      if (type === T.ENDMARKER) return 'ok';
    }
  };
  assert.equal(err('x = 1_\n'), 'invalid decimal literal @1:6');
  assert.equal(err('x = 0x\n'), 'invalid hexadecimal literal @1:6');
  assert.equal(err('x = 0o8\n'), "invalid digit '8' in octal literal @1:7");
  assert.equal(err('x = €\n'), "invalid character '€' (U+20AC) @1:5");
  assert.equal(err("s = 'abc\n"), 'unterminated string literal (detected at line 1) @1:5');
  assert.equal(err('s = """a\nb\n'), 'unterminated triple-quoted string literal (detected at line 2) @1:5');
  assert.equal(err('x = )\n'), "unmatched ')' @1:5");
  assert.equal(err('(]\n'), "closing parenthesis ']' does not match opening parenthesis '(' @1:2");
  assert.equal(err('1if 1else 2\n'), 'ok');
});
