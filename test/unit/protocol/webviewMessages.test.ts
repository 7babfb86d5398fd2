// Messages from the Heap view's webview, as the extension receives them: every
// one is validated before anything happens (src/protocol/webview.ts), then
// dispatched by handleWebviewMessage (src/extension/heapViewMessages.ts).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isFromWebview, isSvgDocument, MAX_SVG_CHARS } from '../../../src/protocol/webview';
import { handleWebviewMessage, copiedMessage, type HeapViewActions } from '../../../src/extension/heapViewMessages';

const SVG = '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10"><text x="1" y="8">list</text></svg>\n';

function recorder(opts: { clipboardFails?: boolean } = {}) {
  const calls: string[] = [];
  const clipboard: string[] = [];
  const act: HeapViewActions = {
    ready: () => { calls.push('ready'); },
    reveal: async (f, l) => { calls.push(`reveal ${f}:${l}`); },
    exportSnapshot: async () => { calls.push('export'); },
    debugFile: async () => { calls.push('debugFile'); },
    writeClipboard: async (t) => { if (opts.clipboardFails) throw new Error('no clipboard'); clipboard.push(t); },
    confirm: (msg) => { calls.push(`confirm ${msg}`); },
    error: (msg) => { calls.push(`error ${msg}`); },
    rendered: (step, objects, drawn) => { calls.push(`rendered ${step} ${objects} ${drawn}`); },
  };
  return { act, calls, clipboard };
}

test('isSvgDocument: an <svg> root in the SVG namespace, closed, within the size limit', () => {
  assert.ok(isSvgDocument(SVG));
  assert.ok(isSvgDocument('<svg xmlns="http://www.w3.org/2000/svg"></svg>'));
  assert.ok(!isSvgDocument('<svg></svg>'), 'no namespace: not standalone');
  assert.ok(!isSvgDocument('<html><svg xmlns="http://www.w3.org/2000/svg"></svg></html>'));
  assert.ok(!isSvgDocument('<svg xmlns="http://www.w3.org/2000/svg">'), 'not closed');
  assert.ok(!isSvgDocument(42));
  assert.ok(!isSvgDocument(null));
  const big = '<svg xmlns="http://www.w3.org/2000/svg">' + ' '.repeat(MAX_SVG_CHARS) + '</svg>';
  assert.ok(!isSvgDocument(big), 'over the limit');
});

test('isFromWebview accepts each message kind with its fields and nothing else', () => {
  assert.ok(isFromWebview({ type: 'ready' }));
  assert.ok(isFromWebview({ type: 'export' }));
  assert.ok(isFromWebview({ type: 'debugFile' }));
  assert.ok(isFromWebview({ type: 'reveal', filename: '/a.py', line: 3 }));
  assert.ok(isFromWebview({ type: 'copySvg', svg: SVG, objects: 1, arrows: 0 }));
  assert.ok(isFromWebview({ type: 'rendered', step: 3, objects: 40, drawn: 7 }));
  for (const bad of [
    null, 'ready', [], {}, { type: 'nope' },
    { type: 'reveal', filename: 3, line: 1 }, { type: 'reveal', filename: '/a.py' },
    { type: 'copySvg' }, { type: 'copySvg', svg: SVG }, { type: 'copySvg', svg: 'hello', objects: 1, arrows: 0 },
    { type: 'copySvg', svg: SVG, objects: -1, arrows: 0 }, { type: 'copySvg', svg: SVG, objects: 1.5, arrows: 0 },
    { type: 'copySvg', svg: SVG, objects: 1, arrows: '2' },
    { type: 'rendered', step: 1, objects: 2 }, { type: 'rendered', step: -1, objects: 2, drawn: 1 }, { type: 'rendered', step: 1, objects: '2', drawn: 1 },
  ]) assert.equal(isFromWebview(bad), false, JSON.stringify(bad));
});

test('copySvg: the SVG goes to the clipboard unchanged, then a short confirmation', async () => {
  const r = recorder();
  assert.equal(await handleWebviewMessage({ type: 'copySvg', svg: SVG, objects: 12, arrows: 1 }, r.act), true);
  assert.deepEqual(r.clipboard, [SVG]);
  assert.deepEqual(r.calls, ['confirm RefScope: graph copied as SVG (12 objects, 1 arrow, 1 KB)']);
  assert.equal(copiedMessage(1, 3, 3 * 1024 * 1024), 'RefScope: graph copied as SVG (1 object, 3 arrows, 3.0 MB)');
});

test('copySvg: a clipboard failure is reported, not confirmed', async () => {
  const r = recorder({ clipboardFails: true });
  await handleWebviewMessage({ type: 'copySvg', svg: SVG, objects: 1, arrows: 0 }, r.act);
  assert.deepEqual(r.calls, ['error RefScope: could not copy the graph: no clipboard']);
});

test('invalid messages are dropped: no clipboard write, no action', async () => {
  const r = recorder();
  for (const bad of [{ type: 'copySvg', svg: '<script>alert(1)</script>', objects: 1, arrows: 1 }, { type: 'copySvg', svg: SVG }, { type: 'reveal' }, 7]) {
    assert.equal(await handleWebviewMessage(bad, r.act), false);
  }
  assert.deepEqual(r.clipboard, []);
  assert.deepEqual(r.calls, []);
  // The other kinds reach their action.
  await handleWebviewMessage({ type: 'ready' }, r.act);
  await handleWebviewMessage({ type: 'reveal', filename: '/x.py', line: 4 }, r.act);
  await handleWebviewMessage({ type: 'export' }, r.act);
  await handleWebviewMessage({ type: 'rendered', step: 2, objects: 30, drawn: 4 }, r.act);
  await handleWebviewMessage({ type: 'debugFile' }, r.act);
  assert.deepEqual(r.calls, ['ready', 'reveal /x.py:4', 'export', 'rendered 2 30 4', 'debugFile']);
});
