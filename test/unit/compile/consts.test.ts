// Constant merging (one object per value per compilation unit), folding guards, the AST
// arena's constants, docstrings, unsupported constructs and compile-time warnings.
// Expected facts checked with python3 3.11 (see comments).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileSource, CompileUnsupported } from '../../../src/runtime/compile/index';
import type { CodeObject, Const } from '../../../src/runtime/compile/code';
import { Op } from '../../../src/runtime/compile/opcodes';

function child(co: CodeObject, name: string): CodeObject {
  for (const c of co.consts) if (c.kind === 'code' && c.code.name === name) return c.code;
  throw new Error(`no code object ${name}`);
}

function loadConstArgs(co: CodeObject): number[] {
  const out: number[] = [];
  for (let i = 0; i < co.code.length; i += 2) if (co.code[i] === Op.LOAD_CONST) out.push(co.code[i + 1]);
  return out;
}

const ints = (co: CodeObject, v: bigint): Const[] => co.consts.filter((c) => c.kind === 'int' && c.value === v);

test('equal folded constants are one object in every code object of the unit', () => {
  const { code } = compileSource('a = 10**6\nb = 10**6\ndef f():\n    return 10**6\n', 'x.py');
  // python3: co_consts == (1000000, <code f>, None); both loads use index 0
  const mine = ints(code, 1000000n);
  assert.equal(mine.length, 1);
  const loads = loadConstArgs(code);
  assert.equal(code.consts[loads[0]], code.consts[loads[1]]);
  const f = child(code, 'f');
  assert.equal(ints(f, 1000000n)[0], mine[0], "f's 10**6 is the module's object");
});

test('tuples merge recursively with the same items', () => {
  const { code } = compileSource('a = (1, 2)\ndef f():\n    return (1, 2)\nb = 1\n', 'x.py');
  const t1 = code.consts.find((c) => c.kind === 'tuple')!;
  const t2 = child(code, 'f').consts.find((c) => c.kind === 'tuple')!;
  assert.equal(t1, t2);
  assert.equal((t1 as { items: Const[] }).items[0], code.consts.find((c) => c.kind === 'int' && c.value === 1n));
});

test('1, 1.0, True, 0.0 and -0.0 are distinct constants', () => {
  const { code } = compileSource('a = 1\nb = 1.0\nc = True\nd = 0.0\ne = -0.0\n', 'x.py');
  // python3: (1, 1.0, True, 0.0, -0.0, None)
  assert.deepEqual(code.consts.map((c) => c.kind), ['int', 'float', 'bool', 'float', 'float', 'None']);
  assert.ok(Object.is((code.consts[4] as { value: number }).value, -0));
});

test('folding guards: sizes and exceptions as ast_opt.c', () => {
  const folded = (src: string): boolean => {
    const co = compileSource(`x = ${src}\n`, 'x.py').code;
    return co.code.length / 2 === 5;
  };
  assert.equal(folded('2**64'), true);
  assert.equal(folded('2**100'), false); // vbits 2 > 128 // 100
  assert.equal(folded('2**1000'), false); // 1001 bits > 128
  assert.equal(folded('1 << 127'), true);
  assert.equal(folded('1 << 128'), false);
  assert.equal(folded("'a' * 4096"), true);
  assert.equal(folded("'a' * 4097"), false);
  assert.equal(folded('(1,) * 256'), true);
  assert.equal(folded('(1,) * 257'), false);
  assert.equal(folded('1 / 0'), false);
  assert.equal(folded("'%s' % 1"), false);
  assert.equal(folded('-1'), true);
  assert.equal(folded("'abc'[0]"), true);
  assert.equal(folded("'abc'[5]"), false);
});

test('astConstants: parser and optimizer constants, the same objects as in co_consts', () => {
  const unit = compileSource('x = "hello"\ny = 1 + 2\ndef f():\n    return "hello"\nz = 3\n', 'x.py');
  const kinds = unit.astConstants.map((c) => (c.kind === 'str' ? c.value : c.kind === 'int' ? c.value : c.kind));
  // Parser: "hello", 1, 2, "hello" (dup), 3; optimizer: 3 (= the parser's 3 by value).
  assert.deepEqual(kinds, ['hello', 1n, 2n, 3n]);
  const hello = unit.astConstants[0];
  assert.equal(unit.code.consts.find((c) => c.kind === 'str' && c.value === 'hello'), hello);
  assert.equal(child(unit.code, 'f').consts.find((c) => c.kind === 'str'), hello);
  const three = unit.astConstants[3];
  assert.equal(unit.code.consts.find((c) => c.kind === 'int' && c.value === 3n), three);
  // None/True/False/... from the parser are not in the arena
  const u2 = compileSource('a = None\nb = True\nc = ...\n', 'x.py');
  assert.deepEqual(u2.astConstants, []);
});

test('astConstants: a folded frozenset is rebuilt by merging (a separate object)', () => {
  const unit = compileSource('r = x in {1, 2}\n', 'x.py');
  const arenaSet = unit.astConstants.find((c) => c.kind === 'frozenset');
  const codeSet = unit.code.consts.find((c) => c.kind === 'frozenset');
  assert.ok(arenaSet && codeSet);
  assert.notEqual(arenaSet, codeSet);
});

test('co_consts[0] is the docstring or None for functions; lambdas never have one', () => {
  const { code } = compileSource('def f():\n    "doc"\n    return 1\ndef g():\n    return 1\nh = lambda: "x"\n', 'x.py');
  const f = child(code, 'f');
  const g = child(code, 'g');
  const l = child(code, '<lambda>');
  assert.deepEqual(f.consts.slice(0, 2), [{ kind: 'str', value: 'doc' }, { kind: 'int', value: 1n }]);
  assert.equal(f.hasDocstring, true);
  assert.deepEqual(g.consts.map((c) => c.kind), ['None', 'int']);
  assert.equal(g.hasDocstring, false);
  assert.deepEqual(l.consts.map((c) => c.kind), ['None', 'str']);
  assert.equal(l.hasDocstring, false);
});

test('constant list displays of 3+ items use LIST_EXTEND of a tuple', () => {
  const { code } = compileSource('x = [1, 2, 3]\ny = {1, 2, 3}\n', 'x.py');
  const ops: number[] = [];
  for (let i = 0; i < code.code.length; i += 2) ops.push(code.code[i]);
  assert.deepEqual(ops.slice(1, 5), [Op.BUILD_LIST, Op.LOAD_CONST, Op.LIST_EXTEND, Op.STORE_NAME]);
  assert.deepEqual(ops.slice(5, 9), [Op.BUILD_SET, Op.LOAD_CONST, Op.SET_UPDATE, Op.STORE_NAME]);
  assert.equal(code.consts[1].kind, 'frozenset');
});

test('unsupported constructs raise CompileUnsupported naming them', () => {
  const cases: [string, string, number, number][] = [
    ['async def f():\n    pass\n', 'async def', 1, 0],
    ['def f():\n    x = 1\n    async with a:\n        pass\n', 'async with', 3, 4],
    ['try:\n    pass\nexcept* E:\n    pass\n', 'except*', 1, 0],
    ['from __future__ import annotations\nx: f"{y}" = 1\n', 'an f-string in an annotation under from __future__ import annotations', 2, 3],
  ];
  for (const [src, construct, lineno, col] of cases) {
    assert.throws(() => compileSource(src, 'x.py'), (e: unknown) => {
      assert.ok(e instanceof CompileUnsupported, `${construct}: ${String(e)}`);
      assert.equal(e.construct, construct);
      assert.equal(e.lineno, lineno);
      assert.equal(e.col, col);
      assert.equal(e.message, `'${construct}' is not supported by RefScope yet`);
      return true;
    });
  }
});

test('SyntaxWarnings are collected (python3 prints them at compile time)', () => {
  const unit = compileSource('x = 1\nif x is 1:\n    pass\n', 'x.py');
  assert.deepEqual(unit.warnings, [
    { category: 'SyntaxWarning', message: '"is" with a literal. Did you mean "=="?', filename: 'x.py', lineno: 2 },
  ]);
});

test('compile errors carry the source line as text', () => {
  assert.throws(() => compileSource('x = 1\nreturn x\n', 'x.py'), {
    msg: "'return' outside function", lineno: 2, offset: 1, end_lineno: 2, end_offset: 9, text: 'return x\n',
  });
});
