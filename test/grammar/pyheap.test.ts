// The .pyheap TextMate grammar (syntaxes/pyheap.tmLanguage.json), tokenized by the
// same engine VS Code uses (vscode-textmate + the oniguruma wasm shipped inside
// vscode-oniguruma). Samples come from formatHeapText: a hand-made snapshot with
// every record kind, and the CLI's snapshot of every example program.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';
import { formatHeapText, parseHeapText } from '../../src/runtime/inspect/text';
import type { HeapSnapshot } from '../../src/runtime/inspect/model';

const root = join(__dirname, '..', '..');
const require_ = createRequire(__filename);
const execFileP = promisify(execFile);

let grammarPromise: Promise<vsctm.IGrammar> | null = null;
function loadGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = readFileSync(join(require_.resolve('vscode-oniguruma'), '..', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) => {
        if (scopeName !== 'source.pyheap') return null;
        const path = join(root, 'syntaxes', 'pyheap.tmLanguage.json');
        return vsctm.parseRawGrammar(readFileSync(path, 'utf8'), path);
      },
    });
    const g = await registry.loadGrammar('source.pyheap');
    if (!g) throw new Error('grammar source.pyheap did not load');
    return g;
  })();
  return grammarPromise;
}

interface Token { text: string; scopes: string[] }

async function tokenize(text: string): Promise<Token[][]> {
  const grammar = await loadGrammar();
  let state = vsctm.INITIAL;
  const lines: Token[][] = [];
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    lines.push(r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes })));
    state = r.ruleStack;
  }
  return lines;
}

/** The innermost scopes of each token of `line` whose text is `text` (the first such token unless `nth`). */
function scopesOf(lines: Token[][], lineStart: string, text: string, nth = 0): string[] {
  const line = lines.find((l) => l.map((t) => t.text).join('').startsWith(lineStart));
  assert.ok(line, `no line starts with ${JSON.stringify(lineStart)}`);
  const matches = line.filter((t) => t.text === text);
  assert.ok(matches[nth], `no token ${JSON.stringify(text)} (#${nth}) in line ${JSON.stringify(line.map((t) => t.text).join(''))}: tokens ${JSON.stringify(line.map((t) => t.text))}`);
  return matches[nth].scopes;
}

function expectScope(lines: Token[][], lineStart: string, text: string, scope: string, nth = 0): void {
  const scopes = scopesOf(lines, lineStart, text, nth);
  assert.ok(scopes.includes(scope), `${JSON.stringify(text)} in ${JSON.stringify(lineStart)}: expected ${scope}, got ${scopes.join(' ')}`);
}

// A snapshot with every kind of record: a function frame with a local, an unbound local,
// a cell variable and a stack; globals; a pymalloc, a system and a static object with
// edges; an arena with pools in each state; system blocks; free lists; a last collection.
const SNAPSHOT: HeapSnapshot = {
  version: 1,
  step: 17,
  filename: '/tmp/ws/closure "demo".py',
  line: 6,
  frames: [
    { name: '<module>', filename: '/tmp/ws/closure "demo".py', line: 9, locals: [], cells: [], stack: [] },
    {
      name: 'outer.<locals>.inner', filename: '/tmp/ws/closure "demo".py', line: 6,
      locals: [{ name: 'lst', id: 0x7f0000004030 }, { name: 'later', id: null }],
      cells: [{ name: 'x', id: 0x55550000a0, cell: 0x7f0000008010 }],
      stack: [0x7f0000004030, 0x55550000a0],
    },
  ],
  globals: [{ name: 'func', id: 0x7f000000c040 }, { name: 'gone', id: null }],
  objects: [
    {
      id: 0x7f0000004030, type: 'list', repr: '[1, 2, "three\\n"]', size: 88, refcnt: 2, gen: 0, line: 4,
      block: { kind: 'pymalloc', address: 0x7f0000004030, size: 48, arena: 0, pool: 0x7f0000004000, sizeClass: 2, blockIndex: 1 },
      referents: [{ label: '[0]', id: 0x55550000a0 }, { label: "['key']", id: 0x7f000000c040 }],
    },
    {
      id: 0x55550000a0, type: 'int', repr: '10', size: 28, refcnt: 1000000003, gen: null, line: null,
      block: { kind: 'static', address: 0x55550000a0, size: 0 }, referents: [],
    },
    {
      id: 0x5566aa001010, type: 'list', repr: '[0, 1, 2, …]', size: 8056, refcnt: 1, gen: 2, line: 12,
      block: { kind: 'system', address: 0x5566aa001010, size: 8056 }, referents: [],
    },
  ],
  arenas: [{
    index: 0, address: 0x7f0000000000, ntotalpools: 64, nfreepools: 61,
    pools: [
      { address: 0x7f0000004000, arena: 0, sizeClass: 2, blockSize: 48, used: 3, capacity: 340, state: 'used', freeBlocks: [2, 0, 3], nextOffset: 240 },
      { address: 0x7f0000008000, arena: 0, sizeClass: 0, blockSize: 16, used: 1021, capacity: 1021, state: 'full', freeBlocks: [], nextOffset: 16384 },
      { address: 0x7f000000c000, arena: 0, sizeClass: 7, blockSize: 128, used: 0, capacity: 127, state: 'empty', freeBlocks: [0, 1], nextOffset: 304 },
    ],
  }],
  systemBlocks: [{ address: 0x5566aa001010, size: 8056 }],
  freelists: [{ name: 'float', blocks: [0x7f0000004060, 0x7f0000004090] }, { name: 'dict', blocks: [] }],
  gc: { count: [3, 1, 0], threshold: [700, 10, 10], tracked: [5, 2, 0], enabled: true, last: { generation: 2, collected: 2, uncollectable: 0, finalized: 0 } },
};

const TEXT = formatHeapText(SNAPSHOT);

test('the sample covers every record kind and round-trips', () => {
  for (const head of ['#', 'step ', 'at ', 'frame ', '  local ', '  cell ', '  stack ', 'globals', '  name ', 'object ', '  block pymalloc', '  block static', '  block system',
    '  repr ', '  ref ', 'arena ', '  pool ', 'system ', 'freelist ', 'gc ']) {
    assert.ok(TEXT.split('\n').some((l) => l.startsWith(head)), `sample has no ${JSON.stringify(head)} line:\n${TEXT}`);
  }
  assert.deepEqual(parseHeapText(TEXT), SNAPSHOT);
});

test('every line of the sample is recognised (no invalid tokens)', async () => {
  const lines = await tokenize(TEXT);
  for (const l of lines) {
    for (const t of l) assert.ok(!t.scopes.some((s) => s.startsWith('invalid')), `invalid token ${JSON.stringify(t.text)} in ${JSON.stringify(l.map((x) => x.text).join(''))}`);
  }
  // and each non-empty line is inside its record's meta scope (comments excepted)
  TEXT.split('\n').forEach((line, i) => {
    if (line === '' || line.startsWith('#')) return;
    const head = line.trim().split(' ')[0];
    const meta = ['local', 'cell', 'name'].includes(head) ? 'meta.record.binding.pyheap' : `meta.record.${head}.pyheap`;
    assert.ok(lines[i].every((t) => t.scopes.includes(meta)), `line ${i + 1} ${JSON.stringify(line)} not all in ${meta}`);
  });
});

test('comments, step and at', async () => {
  const lines = await tokenize(TEXT);
  expectScope(lines, '# RefScope', '#', 'punctuation.definition.comment.pyheap');
  expectScope(lines, '# RefScope', ' RefScope heap snapshot (.pyheap) v1', 'comment.line.number-sign.pyheap');
  expectScope(lines, 'step', 'step', 'keyword.other.record.step.pyheap');
  expectScope(lines, 'step', '17', 'constant.numeric.decimal.step.pyheap');
  expectScope(lines, 'at ', 'at', 'keyword.other.record.at.pyheap');
  expectScope(lines, 'at ', '"', 'punctuation.definition.string.begin.pyheap');
  expectScope(lines, 'at ', '/tmp/ws/closure ', 'string.quoted.double.filename.pyheap');
  expectScope(lines, 'at ', '\\"', 'constant.character.escape.pyheap');
  expectScope(lines, 'at ', 'line', 'keyword.other.line.pyheap');
  expectScope(lines, 'at ', '6', 'constant.numeric.decimal.line.pyheap');
});

test('frames, bindings and stacks', async () => {
  const lines = await tokenize(TEXT);
  expectScope(lines, 'frame "outer', 'frame', 'keyword.other.record.frame.pyheap');
  expectScope(lines, 'frame "outer', 'outer.<locals>.inner', 'entity.name.function.pyheap');
  expectScope(lines, 'frame "<module>"', '<module>', 'entity.name.function.pyheap');
  expectScope(lines, 'frame "outer', '/tmp/ws/closure ', 'string.quoted.double.filename.pyheap');
  expectScope(lines, 'frame "outer', '6', 'constant.numeric.decimal.line.pyheap');
  expectScope(lines, '  local "lst"', 'local', 'keyword.other.record.binding.pyheap');
  expectScope(lines, '  local "lst"', 'lst', 'variable.other.pyheap');
  expectScope(lines, '  local "lst"', '=', 'keyword.operator.assignment.pyheap');
  expectScope(lines, '  local "lst"', '0x7f0000004030', 'constant.numeric.address.hex.pyheap');
  expectScope(lines, '  local "later"', 'unbound', 'constant.language.unbound.pyheap');
  expectScope(lines, '  cell "x"', 'cell', 'keyword.other.record.binding.pyheap', 0);
  expectScope(lines, '  cell "x"', 'x', 'variable.other.pyheap');
  expectScope(lines, '  cell "x"', '0x55550000a0', 'constant.numeric.address.hex.pyheap');
  expectScope(lines, '  cell "x"', 'cell', 'keyword.other.cell.pyheap', 1);
  expectScope(lines, '  cell "x"', '0x7f0000008010', 'constant.numeric.address.hex.pyheap');
  expectScope(lines, '  stack', 'stack', 'keyword.other.record.stack.pyheap');
  expectScope(lines, '  stack', '0x7f0000004030', 'constant.numeric.address.hex.pyheap');
  expectScope(lines, '  stack', '0x55550000a0', 'constant.numeric.address.hex.pyheap');
  expectScope(lines, 'globals', 'globals', 'keyword.other.record.globals.pyheap');
  expectScope(lines, '  name "func"', 'name', 'keyword.other.record.binding.pyheap');
  expectScope(lines, '  name "func"', 'func', 'variable.other.pyheap');
  expectScope(lines, '  name "gone"', 'unbound', 'constant.language.unbound.pyheap');
});

test('objects, blocks, reprs and refs', async () => {
  const lines = await tokenize(TEXT);
  const obj = 'object 0x7f0000004030';
  expectScope(lines, obj, 'object', 'keyword.other.record.object.pyheap');
  expectScope(lines, obj, '0x7f0000004030', 'constant.numeric.address.hex.pyheap');
  expectScope(lines, obj, 'list', 'entity.name.type.pyheap');
  expectScope(lines, obj, 'refcnt', 'entity.other.attribute-name.refcnt.pyheap');
  expectScope(lines, obj, '2', 'constant.numeric.decimal.refcnt.pyheap');
  expectScope(lines, obj, 'size', 'entity.other.attribute-name.pyheap');
  expectScope(lines, obj, '88', 'constant.numeric.decimal.pyheap');
  expectScope(lines, obj, 'gen', 'entity.other.attribute-name.pyheap');
  expectScope(lines, obj, '0', 'constant.numeric.decimal.pyheap');
  expectScope(lines, obj, 'line', 'entity.other.attribute-name.pyheap');
  expectScope(lines, obj, '4', 'constant.numeric.decimal.pyheap');
  expectScope(lines, obj, '=', 'keyword.operator.assignment.pyheap');
  const statik = 'object 0x55550000a0';
  expectScope(lines, statik, 'int', 'entity.name.type.pyheap');
  expectScope(lines, statik, '1000000003', 'constant.numeric.decimal.refcnt.pyheap');
  expectScope(lines, statik, '-', 'constant.language.none.pyheap', 0);
  expectScope(lines, statik, '-', 'constant.language.none.pyheap', 1);

  expectScope(lines, '  block pymalloc', 'block', 'keyword.other.record.block.pyheap');
  expectScope(lines, '  block pymalloc', 'pymalloc', 'support.constant.block-kind.pyheap');
  expectScope(lines, '  block pymalloc', '0x7f0000004030', 'constant.numeric.address.hex.pyheap');
  for (const key of ['size', 'arena', 'pool', 'class', 'index']) expectScope(lines, '  block pymalloc', key, 'entity.other.attribute-name.pyheap');
  expectScope(lines, '  block pymalloc', '0x7f0000004000', 'constant.numeric.address.hex.pyheap');
  expectScope(lines, '  block pymalloc', '48', 'constant.numeric.decimal.pyheap');
  expectScope(lines, '  block static', 'static', 'support.constant.block-kind.pyheap');
  expectScope(lines, '  block system', 'system', 'support.constant.block-kind.pyheap');
  expectScope(lines, '  block system', '8056', 'constant.numeric.decimal.pyheap');

  expectScope(lines, '  repr "[1', 'repr', 'keyword.other.record.repr.pyheap');
  expectScope(lines, '  repr "[1', '[1, 2, ', 'string.quoted.double.pyheap');
  expectScope(lines, '  repr "[1', '\\"', 'constant.character.escape.pyheap');
  expectScope(lines, '  repr "[1', '\\\\', 'constant.character.escape.pyheap');
  expectScope(lines, '  repr "[0, 1', '[0, 1, 2, …]', 'string.quoted.double.pyheap');

  expectScope(lines, '  ref "[0]"', 'ref', 'keyword.other.record.ref.pyheap');
  expectScope(lines, '  ref "[0]"', '[0]', 'variable.other.member.label.pyheap');
  expectScope(lines, '  ref "[0]"', '0x55550000a0', 'constant.numeric.address.hex.pyheap');
  expectScope(lines, '  ref "[\'key\']"', "['key']", 'variable.other.member.label.pyheap');
});

test('arenas, pools, system blocks, free lists and the gc line', async () => {
  const lines = await tokenize(TEXT);
  expectScope(lines, 'arena 0', 'arena', 'keyword.other.record.arena.pyheap');
  expectScope(lines, 'arena 0', '0', 'constant.numeric.decimal.index.pyheap');
  expectScope(lines, 'arena 0', '0x7f0000000000', 'constant.numeric.address.hex.pyheap');
  expectScope(lines, 'arena 0', 'pools', 'entity.other.attribute-name.pyheap');
  expectScope(lines, 'arena 0', '64', 'constant.numeric.decimal.pyheap');
  expectScope(lines, 'arena 0', 'free', 'entity.other.attribute-name.pyheap');
  expectScope(lines, '  pool 0x7f0000004000', 'pool', 'keyword.other.record.pool.pyheap');
  expectScope(lines, '  pool 0x7f0000004000', '0x7f0000004000', 'constant.numeric.address.hex.pyheap');
  expectScope(lines, '  pool 0x7f0000004000', 'class', 'entity.other.attribute-name.pyheap');
  expectScope(lines, '  pool 0x7f0000004000', '3', 'constant.numeric.decimal.pyheap');
  expectScope(lines, '  pool 0x7f0000004000', '/', 'punctuation.separator.slash.pyheap');
  expectScope(lines, '  pool 0x7f0000004000', '340', 'constant.numeric.decimal.pyheap');
  expectScope(lines, '  pool 0x7f0000004000', 'used', 'entity.other.attribute-name.pyheap', 0);
  expectScope(lines, '  pool 0x7f0000004000', 'used', 'support.constant.pool-state.pyheap', 1);
  expectScope(lines, '  pool 0x7f0000008000', 'full', 'support.constant.pool-state.pyheap');
  expectScope(lines, '  pool 0x7f000000c000', 'empty', 'support.constant.pool-state.pyheap');
  // The pool's free list (block indices, head first) and where its untouched tail starts.
  expectScope(lines, '  pool 0x7f0000004000', 'nextoffset', 'entity.other.attribute-name.pyheap');
  expectScope(lines, '  pool 0x7f0000004000', '240', 'constant.numeric.decimal.pyheap');
  expectScope(lines, '  pool 0x7f0000004000', 'freeblocks', 'entity.other.attribute-name.pyheap');
  expectScope(lines, '  pool 0x7f0000004000', ',', 'punctuation.separator.comma.pyheap');
  expectScope(lines, '  pool 0x7f0000008000', 'freeblocks', 'entity.other.attribute-name.pyheap');
  expectScope(lines, '  pool 0x7f0000008000', '-', 'constant.language.none.pyheap');

  expectScope(lines, 'system', 'system', 'keyword.other.record.system.pyheap');
  expectScope(lines, 'system', '0x5566aa001010', 'constant.numeric.address.hex.pyheap');
  expectScope(lines, 'system', '8056', 'constant.numeric.decimal.size.pyheap');

  expectScope(lines, 'freelist "float"', 'freelist', 'keyword.other.record.freelist.pyheap');
  expectScope(lines, 'freelist "float"', 'float', 'entity.name.type.pyheap');
  expectScope(lines, 'freelist "float"', '0x7f0000004060', 'constant.numeric.address.hex.pyheap');
  expectScope(lines, 'freelist "float"', '0x7f0000004090', 'constant.numeric.address.hex.pyheap');
  expectScope(lines, 'freelist "dict"', 'dict', 'entity.name.type.pyheap');

  const gc = 'gc count=';
  expectScope(lines, gc, 'gc', 'keyword.other.record.gc.pyheap');
  for (const key of ['count', 'threshold', 'tracked', 'enabled', 'last']) expectScope(lines, gc, key, 'entity.other.attribute-name.pyheap');
  expectScope(lines, gc, '700', 'constant.numeric.decimal.pyheap');
  expectScope(lines, gc, ',', 'punctuation.separator.comma.pyheap');
  expectScope(lines, gc, '/', 'punctuation.separator.slash.pyheap');
  const none = await tokenize(formatHeapText({ ...SNAPSHOT, gc: { ...SNAPSHOT.gc, last: null } }));
  expectScope(none, gc, 'none', 'constant.language.none.pyheap');
});

test('a line that is no record is marked invalid', async () => {
  const lines = await tokenize('step 1\nbogus 0x10 "x"\n');
  expectScope(lines, 'bogus', 'bogus 0x10 "x"', 'invalid.illegal.unknown-record.pyheap');
});

test('CLI snapshots of every example program tokenize without invalid tokens', { timeout: 180_000 }, async () => {
  // `refscope heap FILE --step 2` (every example runs at least two lines), and the snapshot at the
  // module's end when the program gets there. The bundled CLI when built, else the sources via tsx.
  const cli = existsSync(join(root, 'dist', 'cli.js')) ? [join(root, 'dist', 'cli.js')] : ['--import', 'tsx', join(root, 'src', 'cli', 'main.ts')];
  const dir = join(root, 'examples');
  const files = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
  assert.ok(files.length >= 10, `examples/: ${files.join(' ')}`);
  const runs = files.flatMap((f) => [['--step', '2'], []].map(async (opt) => {
    const r = await execFileP(process.execPath, [...cli, 'heap', ...opt, join(dir, f)], { cwd: root, maxBuffer: 64 << 20 }).then(
      (x) => ({ status: 0, stdout: x.stdout, stderr: x.stderr }),
      (e: { code?: number; stdout?: string; stderr?: string }) => ({ status: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' }));
    return { f, opt, ...r };
  }));
  let tokenized = 0;
  for (const r of await Promise.all(runs)) {
    const what = `refscope heap ${r.opt.join(' ')} ${r.f}`;
    if (r.opt.length > 0) assert.equal(r.status, 0, `${what} failed: ${r.stderr}`);
    if (r.status !== 0) continue; // the program did not reach its end (03 raises NameError on purpose)
    const lines = await tokenize(r.stdout);
    lines.forEach((l, i) => {
      const bad = l.find((t) => t.scopes.some((sc) => sc.startsWith('invalid')));
      assert.ok(!bad, `${what}: line ${i + 1} not recognised: ${JSON.stringify(l.map((t) => t.text).join(''))}`);
    });
    assert.ok(lines.some((l) => l.some((t) => t.scopes.includes('meta.record.object.pyheap'))), `${what}: no object lines`);
    tokenized++;
  }
  assert.ok(tokenized >= files.length);
});
