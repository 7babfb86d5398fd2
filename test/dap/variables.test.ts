// Scopes and variables over the real protocol: Locals, Closure (each cell shown with its cell
// object), Globals, Builtins (expensive, fetched only when asked); CPython reprs with id, refcount
// and size on every value line; children of containers, instances, cells and functions; paging.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import { client, program, launch, scope, children, byName, refcountOf, idOf, stepAndWait, collectOutput } from './helpers';

let dc: DebugClient;
beforeEach(async () => { dc = await client(); });
afterEach(async () => { await dc.stop(); });

const SOURCE = [
  'import sys',                                       // 1
  '',                                                 // 2
  'def make():',                                      // 3
  '    items = [1, 2]',                               // 4
  "    tag = 'xyz'",                                  // 5
  '    def inner(k=10, *, scale=2):',                 // 6
  '        return items, k * scale',                  // 7
  '    return inner',                                 // 8
  '',                                                 // 9
  'class Point:',                                     // 10
  '    def __init__(self, x, y):',                    // 11
  '        self.x = x',                               // 12
  '        self.y = y',                               // 13
  '',                                                 // 14
  'f = make()',                                       // 15
  'p = Point(3, 4)',                                  // 16
  'big = list(range(10000))',                         // 17
  "d = {'a': [1], 'b': (2, 3)}",                      // 18
  's = {5}',                                          // 19
  'alias = p',                                        // 20
  'print(sys.getrefcount(p), hex(id(p)), sys.getsizeof(p))', // 21
  "print(sys.getrefcount(d['a']), sys.getrefcount(big))",    // 22
  'f()',                                              // 23
].join('\n') + '\n';

test('scopes of a function frame: Locals, Closure, Globals, and Builtins marked expensive', async () => {
  const p = program('scopes.py', SOURCE);
  await launch(dc, p, { breakpoints: [{ line: 8 }] });
  const scopes = (await dc.scopesRequest({ frameId: 0 })).body.scopes;
  assert.deepEqual(scopes.map((s) => [s.name, s.expensive]), [['Locals', false], ['Closure', false], ['Globals', false], ['Builtins', true]]);
  const locals = await scope(dc, 'Locals');
  assert.deepEqual(Object.keys(locals).sort(), ['inner', 'tag']);
  assert.match(locals.tag.value, /^'xyz'  ·  str · id 0x[0-9a-f]+ · refcount \d+ · 52 bytes$/);
  assert.match(locals.inner.value, /^<function make\.<locals>\.inner at 0x[0-9a-f]+>  ·  function · /);
  // The cell variable: its value, then the cell object holding it.
  const closure = await scope(dc, 'Closure');
  assert.deepEqual(Object.keys(closure), ['items']);
  assert.match(closure.items.value, /^\[1, 2\]  ·  list · id (0x[0-9a-f]+) · refcount 1 · 72 bytes  ·  in cell 0x[0-9a-f]+ \(refcount 2\)$/);
  const kids = await children(dc, closure.items);
  assert.equal(kids[0].name, '(cell)');
  assert.match(kids[0].value, new RegExp(`^<cell at 0x[0-9a-f]+: list object at ${idOf(closure.items.value)}>  ·  cell · id 0x[0-9a-f]+ · refcount 2 · 40 bytes$`));
  assert.deepEqual(kids.slice(1).map((k) => [k.name, k.value.split('  ·  ')[0]]), [['[0]', '1'], ['[1]', '2']]);
  // Builtins: fetched on request only (expensive), with the builtin functions.
  const builtins = await scope(dc, 'Builtins');
  assert.match(builtins.len.value, /^<built-in function len>  ·  builtin_function_or_method · /);
  assert.ok(builtins.print && builtins.ValueError);
});

test('a closure function frame shows its free variable in Closure and its arguments in Locals', async () => {
  const p = program('inner.py', SOURCE);
  await launch(dc, p, { breakpoints: [{ line: 7 }] });
  const locals = await scope(dc, 'Locals');
  assert.deepEqual(Object.keys(locals), ['k', 'scale']);
  assert.match(locals.k.value, /^10  ·  int · /);
  const closure = await scope(dc, 'Closure');
  assert.match(closure.items.value, /^\[1, 2\]  ·  list · .* · refcount 1 · .*in cell 0x[0-9a-f]+ \(refcount 2\)$/);
  // The function object in the caller's globals: __closure__ holds the same cell, __defaults__ the defaults.
  const globals = await scope(dc, 'Globals', 1);
  const fkids = byName(await children(dc, globals.f));
  assert.match(fkids.__defaults__.value, /^\(10,\)  ·  tuple · /);
  assert.match(fkids.__kwdefaults__.value, /^\{'scale': 2\}  ·  dict · /);
  const cells = await children(dc, fkids.__closure__);
  assert.equal(cells.length, 1);
  assert.match(cells[0].value, /^<cell at 0x[0-9a-f]+: list object at 0x[0-9a-f]+>  ·  cell · /);
  const contents = await children(dc, cells[0]);
  assert.equal(contents[0].name, 'cell_contents');
  assert.match(contents[0].value, /^\[1, 2\]  ·  list · /);
});

test('values show repr, type, id, refcount and size; refcount is what sys.getrefcount prints minus one', async () => {
  const p = program('globals.py', SOURCE);
  await launch(dc, p, { breakpoints: [{ line: 21 }] });
  const g = await scope(dc, 'Globals');
  assert.ok(!('__builtins__' in g), '__builtins__ is shown in the Builtins scope, not Globals');
  assert.match(g.p.value, /^<__main__\.Point object at 0x[0-9a-f]+>  ·  Point · id 0x[0-9a-f]+ · refcount 2 · \d+ bytes$/);
  assert.equal(g.p.type, 'Point');
  assert.equal(g.p.evaluateName, 'p');
  assert.match(g.d.value, /^\{'a': \[1\], 'b': \(2, 3\)\}  ·  dict · /);
  assert.match(g.s.value, /^\{5\}  ·  set · /);
  assert.match(g.Point.value, /^<class '__main__\.Point'>  ·  type · /);
  // Instance attributes and dict entries as children, with expressions that evaluate them.
  const pk = byName(await children(dc, g.p));
  assert.deepEqual(Object.keys(pk), ['x', 'y']);
  assert.equal(pk.x.evaluateName, 'p.x');
  assert.match(pk.x.value, /^3  ·  int · /);
  const dk = byName(await children(dc, g.d));
  assert.deepEqual(Object.keys(dk), ["'a'", "'b'"]);
  assert.equal(dk["'a'"].evaluateName, "d['a']");
  const sk = await children(dc, g.s);
  assert.deepEqual(sk.map((v) => v.value.split('  ·  ')[0]), ['5']);
  const dA = refcountOf(dk["'a'"].value);
  const big = refcountOf(g.big.value);
  // What the program itself prints at lines 21 and 22.
  const out = collectOutput(dc);
  await stepAndWait(dc, 'next');
  await stepAndWait(dc, 'next');
  const [line1, line2] = out.text().trimEnd().split('\n');
  const [rc, id, size] = line1.split(' ');
  assert.equal(Number(rc), refcountOf(g.p.value) + 1);
  assert.equal(id, idOf(g.p.value));
  assert.match(g.p.value, new RegExp(`· ${size} bytes$`));
  assert.deepEqual(line2.split(' ').map(Number), [dA + 1, big + 1]);
});

test('a 10,000-element list pages through indexedVariables with start and count honoured', async () => {
  const p = program('paging.py', SOURCE);
  await launch(dc, p, { breakpoints: [{ line: 21 }] });
  const g = await scope(dc, 'Globals');
  assert.equal(g.big.indexedVariables, 10000);
  assert.equal(g.big.namedVariables, 0);
  assert.match(g.big.value, /^\[0, 1, 2, .*\.\.\.  ·  list · id 0x[0-9a-f]+ · refcount 1 · 80056 bytes$/);
  const page = await children(dc, g.big, { filter: 'indexed', start: 9990, count: 10 });
  assert.deepEqual(page.map((v) => v.name), Array.from({ length: 10 }, (_, i) => `[${9990 + i}]`));
  assert.deepEqual(page.map((v) => v.value.split('  ·  ')[0]), Array.from({ length: 10 }, (_, i) => String(9990 + i)));
  assert.equal(page[3].evaluateName, 'big[9993]');
  const first = await children(dc, g.big, { filter: 'indexed', start: 0, count: 100 });
  assert.equal(first.length, 100);
  assert.equal(first[99].name, '[99]');
  const named = await children(dc, g.big, { filter: 'named' });
  assert.equal(named.length, 0);
});
