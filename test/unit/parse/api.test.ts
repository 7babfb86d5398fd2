// The parser's JS-level contract: node objects, ConstValue representations, source handling
// (BOM, CRLF, missing final newline) and the PySyntaxError object. Shapes checked against
// python3's ast.parse by the fixture tests; here the JS types the dump cannot show.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  dumpAst, parseModule, PySyntaxError, type Assign, type Call, type Constant, type Dict, type ExprStmt,
  type FunctionDef, type JoinedStr, type FormattedValue, type Match, type Module,
} from '../../../src/runtime/parse/index';

const first = (m: Module) => m.body[0];
const valueOf = (src: string): Constant => (first(parseModule(src, 't.py')) as Assign).value as Constant;

test('constants use the ConstValue union', () => {
  assert.deepEqual(valueOf('x = 12345678901234567890123\n').value, { kind: 'int', value: 12345678901234567890123n });
  assert.deepEqual(valueOf('x = 0xff\n').value, { kind: 'int', value: 255n });
  assert.deepEqual(valueOf('x = 1_0.5e1\n').value, { kind: 'float', value: 105 });
  assert.deepEqual(valueOf('x = 2.5j\n').value, { kind: 'complex', real: 0, imag: 2.5 });
  assert.deepEqual(valueOf("x = 'a' 'b'\n").value, { kind: 'str', value: 'ab' });
  assert.deepEqual(valueOf("x = b'\\x00a'\n").value, { kind: 'bytes', value: Uint8Array.from([0, 97]) });
  assert.deepEqual(valueOf('x = True\n').value, { kind: 'bool', value: true });
  assert.deepEqual(valueOf('x = None\n').value, { kind: 'None' });
  assert.deepEqual(valueOf('x = ...\n').value, { kind: 'Ellipsis' });
  assert.equal(valueOf("x = u'a'\n").kind, 'u');
  assert.equal(valueOf("x = U'a'\n").kind, null);
  assert.equal(valueOf("x = 'a'\n").kind, null);
});

test('-1 is UnaryOp(USub, 1): the parser does not fold constants', () => {
  const v = (first(parseModule('x = -1\n', 't.py')) as Assign).value;
  assert.equal(v._type, 'UnaryOp');
});

test('nodes are plain objects with positions', () => {
  const m = parseModule('def f(a, *, b=1, c):\n    return {**a, "k": b}\n', 't.py');
  const f = first(m) as FunctionDef;
  assert.equal(Object.getPrototypeOf(f), Object.prototype);
  assert.deepEqual([f.lineno, f.col_offset, f.end_lineno, f.end_col_offset], [1, 0, 2, 24]);
  assert.deepEqual(f.args.kw_defaults.map((d) => d && d._type), ['Constant', null]);
  const d = (f.body[0] as { value: Dict }).value;
  assert.deepEqual(d.keys.map((k) => k && k._type), [null, 'Constant']);
  assert.equal(JSON.stringify(Object.keys(f)), JSON.stringify([
    '_type', 'name', 'args', 'body', 'decorator_list', 'returns', 'type_comment',
    'lineno', 'col_offset', 'end_lineno', 'end_col_offset',
  ]));
});

test('f-strings: JoinedStr of Constant and FormattedValue parts', () => {
  const j = (first(parseModule('f"a{x!r:>{w}}b{y=}"\n', 't.py')) as ExprStmt).value as JoinedStr;
  assert.deepEqual(j.values.map((v) => v._type), ['Constant', 'FormattedValue', 'Constant', 'FormattedValue']);
  const fv = j.values[1] as FormattedValue;
  assert.equal(fv.conversion, 'r'.charCodeAt(0));
  assert.equal(fv.format_spec?._type, 'JoinedStr');
  assert.equal((j.values[3] as FormattedValue).conversion, 'r'.charCodeAt(0));
  assert.deepEqual((j.values[2] as Constant).value, { kind: 'str', value: 'by=' });
});

test('match is a soft keyword', () => {
  const m = parseModule('match = 1\nmatch(x)\nmatch x:\n    case _:\n        pass\n', 't.py');
  assert.deepEqual(m.body.map((s) => s._type), ['Assign', 'Expr', 'Match']);
  assert.equal(((m.body[1] as ExprStmt).value as Call)._type, 'Call');
  assert.equal((m.body[2] as Match).cases[0].pattern._type, 'MatchAs');
});

test('source handling: BOM, CRLF, CR, missing final newline', () => {
  const ref = dumpAst(parseModule('x = 1\ny = 2\n', 't.py'));
  assert.equal(dumpAst(parseModule('\ufeffx = 1\ny = 2\n', 't.py')), ref);
  assert.equal(dumpAst(parseModule('x = 1\r\ny = 2\r\n', 't.py')), ref);
  assert.equal(dumpAst(parseModule('x = 1\ry = 2', 't.py')), ref);
  assert.deepEqual(parseModule('', 't.py'), { _type: 'Module', body: [], type_ignores: [] });
});

test('PySyntaxError carries CPython fields and the file name', () => {
  let err: unknown;
  try {
    parseModule('x = 1\nif x\n', '/tmp/prog.py');
  } catch (e) {
    err = e;
  }
  assert.ok(err instanceof PySyntaxError);
  assert.ok(err instanceof Error);
  const e = err as PySyntaxError;
  assert.deepEqual(
    [e.kind, e.name, e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text],
    ['SyntaxError', 'SyntaxError', "expected ':'", '/tmp/prog.py', 2, 5, 2, 5, 'if x\n'],
  );
});

test('the last line keeps no newline in SyntaxError.text when the file has none', () => {
  try {
    parseModule('x = (1 2)', 't.py');
    assert.fail('should raise');
  } catch (e) {
    assert.ok(e instanceof PySyntaxError);
    assert.equal(e.text, 'x = (1 2)');
  }
});

test('unknown \\N{...} names fail with a SyntaxError, not a JS error', () => {
  assert.throws(() => parseModule("x = '\\N{LATIN SMALL LETTER SHARP S WITH HOOK}'\n", 't.py'), PySyntaxError);
  assert.deepEqual(valueOf("x = '\\N{EM DASH}\\N{snowman}'\n").value, { kind: 'str', value: '\u2014\u2603' });
});
