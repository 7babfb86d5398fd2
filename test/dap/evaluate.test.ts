// evaluate (repl, watch, hover), setVariable, setExpression and completions over the real protocol.
// Watch and hover never change the program; the Debug Console runs statements as the program
// would at that line; "set value" is a real assignment in the selected frame.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import { client, program, launch, scope, children, byName, evaluate, refcountOf, idOf, stepAndWait, collectOutput, finish, plainRun } from './helpers';

let dc: DebugClient;
beforeEach(async () => { dc = await client(); });
afterEach(async () => { await dc.stop(); });

const SOURCE = [
  'import sys',                                   // 1
  'import gc',                                    // 2
  '',                                             // 3
  'def work(n):',                                 // 4
  '    lst = [n, n + 1]',                         // 5
  '    other = lst',                              // 6
  '    print(sys.getrefcount(lst))',              // 7
  '    print(lst, n, other is lst)',              // 8
  '    return lst',                               // 9
  '',                                             // 10
  'class P:',                                     // 11
  '    pass',                                     // 12
  '',                                             // 13
  'a = []',                                       // 14
  'b = a',                                        // 15
  'print(sys.getrefcount(a))',                    // 16
  'p = P()',                                      // 17
  'p.x = 1',                                      // 18
  'result = work(5)',                             // 19
  'print(a, p.x, b is a, hex(id([])))',           // 20
  'cycle = []',                                   // 21
  'cycle.append(cycle)',                          // 22
  'del cycle',                                    // 23
  'print(gc.collect())',                          // 24
].join('\n') + '\n';

test('hover shows type, id, refcount and size with the value, and changes nothing the program sees', async () => {
  const p = program('hover.py', SOURCE);
  await launch(dc, p, { breakpoints: [{ line: 16 }] });
  const hover = await evaluate(dc, 'a', 'hover');
  assert.match(hover.result, /^\[\]  ·  list · id 0x[0-9a-f]+ · refcount 2 · 56 bytes$/);
  assert.equal(hover.type, 'list');
  // The Debug Console sees what the program would: a, b and the call's argument.
  const rc = await evaluate(dc, 'sys.getrefcount(a)');
  assert.match(rc.result, /^3  ·  int · /);
  const out = collectOutput(dc);
  await stepAndWait(dc, 'next');
  assert.equal(out.text(), '3\n');
});

test('a watch that runs code (even with side effects) never changes the program', async () => {
  const p = program('watch.py', SOURCE);
  const out = collectOutput(dc);
  await launch(dc, p, { breakpoints: [{ line: 20 }] });
  const before = await scope(dc, 'Globals');
  const w = await evaluate(dc, 'a.append(99) or len(a)', 'watch');
  assert.match(w.result, /^1  ·  int · /);
  const again = await evaluate(dc, 'a.append(99) or len(a)', 'watch');
  assert.match(again.result, /^2  ·  int · /, 'the watch runner keeps its own state at this stop');
  const hoverLen = await evaluate(dc, 'len(a)', 'hover');
  assert.match(hoverLen.result, /^2  ·  int · /);
  // The program's own state is untouched: same value line for a, and it prints [] on.
  const after = await scope(dc, 'Globals');
  assert.equal(after.a.value, before.a.value);
  await finish(dc);
  assert.match(out.text(), /\n\[\] 1 True 0x[0-9a-f]+\n/);
  // Byte for byte what the program prints when nobody watches (ids of new objects included).
  assert.equal(out.text(), await plainRun(p));
});

test('watch results from code have children; errors come back as error responses', async () => {
  const p = program('watchkids.py', SOURCE);
  await launch(dc, p, { breakpoints: [{ line: 20 }] });
  const w = await evaluate(dc, 'list(range(3)) + [p]', 'watch');
  assert.match(w.result, /^\[0, 1, 2, <__main__\.P object at 0x[0-9a-f]+>\]  ·  list · /);
  const kids = await children(dc, w);
  assert.deepEqual(kids.map((k) => k.name), ['[0]', '[1]', '[2]', '[3]']);
  assert.match(kids[3].value, /^<__main__\.P object at/);
  await assert.rejects(evaluate(dc, 'undefined_name', 'watch'), /NameError: name 'undefined_name' is not defined/);
  await assert.rejects(evaluate(dc, 'undefined_name', 'hover'), /NameError/);
  await assert.rejects(evaluate(dc, '1/0', 'repl'), /ZeroDivisionError: division by zero/);
  await assert.rejects(evaluate(dc, 'x = (', 'repl'), /SyntaxError/);
});

test('the Debug Console runs statements in the selected frame as the program would', async () => {
  const p = program('repl.py', SOURCE);
  await launch(dc, p, { breakpoints: [{ line: 7 }] });
  // In work(): a real local assignment, the same refcount the program's own line prints.
  const rc = await evaluate(dc, 'sys.getrefcount(lst)');
  assert.match(rc.result, /^3  ·  int/);
  const stmt = await evaluate(dc, 'n = 40 + 2');
  assert.equal(stmt.result, '');
  const n = await evaluate(dc, 'n');
  assert.match(n.result, /^42  ·  int · /);
  // A name the frame does not have lives until the program goes on.
  await evaluate(dc, 'extra = [1]');
  assert.match((await evaluate(dc, 'extra')).result, /^\[1\]  ·  list/);
  // Globals from the caller's frame (frameId 1 is <module>).
  assert.match((await evaluate(dc, 'p.x', 'repl', 1)).result, /^1  ·  int/);
  const gcr = await evaluate(dc, 'gc.collect()');
  assert.match(gcr.result, /^\d+  ·  int · /);
  const out = collectOutput(dc);
  await stepAndWait(dc, 'next');
  await stepAndWait(dc, 'next');
  assert.equal(out.text(), '3\n[5, 6] 42 True\n');
});

test('gc.collect() in the Debug Console collects what CPython would, and the program sees it done', async () => {
  const p = program('gc.py', SOURCE);
  await launch(dc, p, { breakpoints: [{ line: 24 }] });
  assert.match((await evaluate(dc, 'gc.collect()')).result, /^1  ·  int · /);
  const out = collectOutput(dc);
  const done = dc.waitForEvent('terminated');
  await dc.nextRequest({ threadId: 1 });
  await done;
  assert.equal(out.text(), '0\n');
});

test('setVariable assigns in the frame: locals, list items, attributes and globals, with CPython refcounts', async () => {
  const p = program('setvar.py', SOURCE);
  await launch(dc, p, { breakpoints: [{ line: 7 }] });
  const scopes = (await dc.scopesRequest({ frameId: 0 })).body.scopes;
  const localsRef = scopes.find((s) => s.name === 'Locals')!.variablesReference;
  const r = await dc.setVariableRequest({ variablesReference: localsRef, name: 'lst', value: '[7, 8]' });
  // Only the local holds the new list now (other still holds the old one).
  assert.match(r.body.value, /^\[7, 8\]  ·  list · id 0x[0-9a-f]+ · refcount 1 · 72 bytes$/);
  assert.ok((r.body.variablesReference ?? 0) > 0);
  const locals = await scope(dc, 'Locals');
  assert.match(locals.other.value, /^\[5, 6\]  ·  list · id 0x[0-9a-f]+ · refcount 1 · /);
  const item = await dc.setVariableRequest({ variablesReference: locals.lst.variablesReference, name: '[0]', value: "'x'" });
  assert.match(item.body.value, /^'x'  ·  str · /);
  // A global, from the function's frame: assigned as a global.
  const globalsRef = scopes.find((s) => s.name === 'Globals')!.variablesReference;
  await dc.setVariableRequest({ variablesReference: globalsRef, name: 'a', value: "'changed'" });
  const g = await scope(dc, 'Globals');
  assert.match(g.a.value, /^'changed'  ·  str/);
  const pk = byName(await children(dc, g.p));
  await dc.setVariableRequest({ variablesReference: g.p.variablesReference, name: 'x', value: '100' });
  assert.match(byName(await children(dc, (await scope(dc, 'Globals')).p)).x.value, /^100  ·  int/);
  assert.ok(pk.x);
  await assert.rejects(dc.setVariableRequest({ variablesReference: localsRef, name: 'lst', value: '[' }), /SyntaxError/);
  const out = collectOutput(dc);
  await finish(dc);
  const lines = out.text().split('\n');
  assert.equal(lines[0], '2');
  assert.equal(lines[1], "['x', 8] 5 False");
  assert.match(lines[2], /^changed 100 False 0x[0-9a-f]+$/);
});

test('setExpression assigns to an expression in the selected frame', async () => {
  const p = program('setexpr.py', SOURCE);
  await launch(dc, p, { breakpoints: [{ line: 20 }] });
  const r = await dc.customRequest('setExpression', { expression: 'p.x', value: '7 * 6', frameId: 0 });
  assert.match(r.body.value, /^42  ·  int · /);
  const hover = await evaluate(dc, 'p.x', 'hover');
  assert.equal(idOf(hover.result), idOf(r.body.value));
  assert.equal(refcountOf(hover.result), refcountOf(r.body.value));
  const out = collectOutput(dc);
  await stepAndWait(dc, 'next');
  assert.match(out.text(), /^\[\] 42 True 0x/);
});

test('completions list names in scope and attributes after a dot', async () => {
  const p = program('complete.py', SOURCE);
  await launch(dc, p, { breakpoints: [{ line: 7 }] });
  const names = (await dc.completionsRequest({ text: 'ls', column: 3, frameId: 0 })).body.targets.map((t) => t.label);
  assert.ok(names.includes('lst'), names.join(','));
  const builtins = (await dc.completionsRequest({ text: 'pri', column: 4, frameId: 0 })).body.targets;
  const print = builtins.find((t) => t.label === 'print')!;
  assert.equal(print.type, 'function');
  assert.equal(print.start, 1);
  assert.equal(print.length, 3);
  const globalsFromModule = (await dc.completionsRequest({ text: 'p.', column: 3, frameId: 1 })).body.targets.map((t) => t.label);
  assert.ok(globalsFromModule.includes('x') && globalsFromModule.includes('__class__'), globalsFromModule.join(','));
  const listAttrs = (await dc.completionsRequest({ text: 'lst.ap', column: 7, frameId: 0 })).body.targets.map((t) => t.label);
  assert.deepEqual(listAttrs, ['append']);
  const mod = (await dc.completionsRequest({ text: 'x = sys.getr', column: 13, frameId: 0 })).body.targets.map((t) => t.label);
  assert.ok(mod.includes('getrefcount'), mod.join(','));
});
