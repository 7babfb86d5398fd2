// from __future__ import annotations: annotation text as CPython 3.11 stores it
// (expected strings produced by python3 compiling the same annotations).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseModule } from '../../../src/runtime/parse/index';
import { exprAsText } from '../../../src/runtime/compile/unparse';
import type * as A from '../../../src/runtime/parse/ast';

const CASES: Array<[string, string]> = [
  ['int', 'int'], ['list[int]', 'list[int]'], ['dict[str, list[int]]', 'dict[str, list[int]]'], ['int | None', 'int | None'],
  ['tuple[int, ...]', 'tuple[int, ...]'], ['tuple[()]', 'tuple[()]'], ['Callable[[int, str], None]', 'Callable[[int, str], None]'],
  ["'quoted'", "'quoted'"], ['1 + 2 * 3', '1 + 2 * 3'], ['(1 + 2) * 3', '(1 + 2) * 3'], ['-x ** 2', '-x ** 2'],
  ['(-x) ** 2', '(-x) ** 2'], ['2 ** -1 ** 2', '2 ** (-1 ** 2)'], ['a if b else c', 'a if b else c'],
  ['lambda x, *, y=1: x', 'lambda x, *, y=1: x'], ['lambda: 0', 'lambda: 0'], ['not (a and b)', 'not (a and b)'],
  ['a and b or c', 'a and b or c'], ['a < b <= c', 'a < b <= c'], ['x.y[z, ...]', 'x.y[z, ...]'],
  ['f(*a, k=1, **kw)', 'f(*a, k=1, **kw)'], ['f(x for x in y)', 'f(x for x in y)'], ['[*a, b]', '[*a, b]'],
  ['{1: 2, **d}', '{1: 2, **d}'], ['{a, b}', '{a, b}'], ['a[1:2, ::3]', 'a[1:2, ::3]'], ['(1,)', '(1,)'],
  ['1e400', '1e309'], ['-1e400j', '-1e309j'], ["b'\\x00'", "b'\\x00'"], ["u'x'", "u'x'"], ['1 .real', '1 .real'],
  ['Ellipsis', 'Ellipsis'], ['...', '...'], ['x[a:b]', 'x[a:b]'], ['{k: v for k, v in d.items() if k}', '{k: v for k, v in d.items() if k}'],
];

test('annotation text matches CPython 3.11 (ast_unparse.c)', () => {
  for (const [src, expected] of CASES) {
    const mod = parseModule(`x: ${src}\n`, 't.py');
    const ann = (mod.body[0] as A.AnnAssign).annotation;
    assert.equal(exprAsText(ann), expected, src);
  }
});
