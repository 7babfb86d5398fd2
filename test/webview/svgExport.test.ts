// "Copy as SVG" in headless Chromium: the Graph tab's button posts a standalone
// SVG of the whole graph to the extension. Parsed back: a box per object with
// its type, an arrow per reference, the theme's colours as concrete values.

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, fixture, stop, requireChromium, type Harness, type HeapPage } from './harness';
import { bigSnapshot } from './fixtures/big';
import { isFromWebview } from '../../src/protocol/webview';
import type { FromWebview } from '../../src/protocol/webview';

let H: Harness;

test('Chromium for the webview tests is installed', () => { requireChromium(); });

before(async () => { H = await startHarness(); });
after(async () => { await H?.close(); });

type CopySvg = Extract<FromWebview, { type: 'copySvg' }>;

async function copy(p: HeapPage): Promise<CopySvg> {
  const n = (await p.posted()).length;
  await p.page.locator('.btn-copy-svg').click();
  await p.page.waitForFunction((k) => (globalThis as unknown as { __posted: unknown[] }).__posted.length > k, n);
  const m = (await p.posted()).at(-1)!;
  assert.equal(m.type, 'copySvg');
  assert.ok(isFromWebview(m), 'the extension accepts the message');
  return m as CopySvg;
}

interface Parsed {
  error: string | null;
  width: number;
  height: number;
  boxes: Array<{ id: number; type: string; texts: string[]; fill: string | null }>;
  edges: Array<{ src: string; dst: number; d: string; stroke: string | null; marker: string | null }>;
  texts: string[];
  background: string | null;
  paints: string[];
  markers: string[];
}

/** Parse the SVG with the browser's XML parser (a standalone document, not HTML). */
function parse(p: HeapPage, svg: string): Promise<Parsed> {
  return p.page.evaluate((src) => {
    type El = { getAttribute(n: string): string | null; querySelector(s: string): El | null; querySelectorAll(s: string): El[]; textContent: string | null; children: ArrayLike<El>; tagName: string };
    const g = globalThis as unknown as { DOMParser: new () => { parseFromString(s: string, t: string): { documentElement: El; querySelector(s: string): El | null; querySelectorAll(s: string): El[] } } };
    const doc = new g.DOMParser().parseFromString(src, 'image/svg+xml');
    const err = doc.querySelector('parsererror');
    const root = doc.documentElement;
    const all = [...doc.querySelectorAll('*')];
    return {
      error: err ? err.textContent : root.tagName !== 'svg' ? `root is <${root.tagName}>` : null,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      boxes: [...doc.querySelectorAll('g.obj')].map((b) => ({
        id: Number(b.getAttribute('data-id')),
        type: b.querySelector('text.obj-type')?.textContent ?? '',
        texts: [...b.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        fill: b.querySelector('rect')?.getAttribute('fill') ?? null,
      })),
      edges: [...doc.querySelectorAll('path.edge')].map((e) => ({
        src: e.getAttribute('data-src') ?? '', dst: Number(e.getAttribute('data-dst')), d: e.getAttribute('d') ?? '',
        stroke: e.getAttribute('stroke'), marker: e.getAttribute('marker-end'),
      })),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      background: doc.querySelector('rect.background')?.getAttribute('fill') ?? null,
      paints: all.flatMap((e) => ['fill', 'stroke'].map((a) => e.getAttribute(a)).filter((v): v is string => v !== null)),
      markers: [...doc.querySelectorAll('marker')].map((mk) => mk.getAttribute('id') ?? ''),
    };
  }, svg);
}

describe('Copy as SVG', () => {
  test('posts a standalone SVG: a box with its type per drawn object, an arrow per reference, frames and names', async () => {
    const fx = fixture('cycle');
    const s = fx.steps[3];
    const p = await H.newPage({ theme: 'dark' });
    try {
      await p.send(stop(fx, 3));
      const m = await copy(p);
      const svg = parse(p, m.svg);
      const r = await svg;
      assert.equal(r.error, null);
      // The drawing's size is the layout's.
      const canvas = p.page.locator('.graph-canvas');
      assert.equal(r.width, Math.ceil(parseFloat((await canvas.evaluate((e) => (e as unknown as { style: { width: string } }).style.width)))));
      // One box per object drawn (all of them are in view here), each with its type as a <text>.
      const drawn = await p.page.locator('.obj').evaluateAll((els) => els.map((e) => Number((e as unknown as { dataset: { id: string } }).dataset.id)));
      assert.equal(drawn.length, 6);
      assert.deepEqual(r.boxes.map((b) => b.id).sort(), drawn.sort());
      assert.equal(m.objects, drawn.length);
      for (const b of r.boxes) {
        const o = s.objects.find((x) => x.id === b.id)!;
        assert.equal(b.type, o.type, `box ${b.id.toString(16)}`);
        assert.ok(b.texts.includes('0x' + o.id.toString(16)), `${o.type} box shows its id: ${b.texts.join(' | ')}`);
        assert.ok(b.texts.includes(`rc ${o.refcnt}`), `${o.type} box shows its refcount`);
        // The size as the view prints it ("56 B", "1.0 KiB").
        const size = await p.page.locator(`.obj[data-id="${o.id}"] .obj-size`).textContent();
        assert.ok(b.texts.includes(size!), `${o.type} box shows its size ${size}: ${b.texts.join(' | ')}`);
      }
      // Node boxes list their slots.
      for (const n of s.objects.filter((o) => o.type === 'Node')) {
        const b = r.boxes.find((x) => x.id === n.id)!;
        assert.ok(b.texts.includes('value') && b.texts.includes('next'), b.texts.join(' | '));
      }
      // One path per arrow, with the same endpoints as on screen, each ending in an arrowhead defined in the file.
      const onScreen = await p.page.locator('path.edge').evaluateAll((els) => els.map((e) => {
        const el = e as unknown as { getAttribute(n: string): string };
        return `${el.getAttribute('data-src')}>${el.getAttribute('data-dst')} ${el.getAttribute('d')}`;
      }));
      assert.equal(r.edges.length, 8);
      assert.equal(m.arrows, 8);
      assert.deepEqual(r.edges.map((e) => `${e.src}>${e.dst} ${e.d}`).sort(), onScreen.sort());
      for (const e of r.edges) assert.ok(e.marker && r.markers.includes(e.marker.replace(/^url\(#(.*)\)$/, '$1')), `marker ${e.marker}`);
      // The frame and its names.
      for (const name of ['Global frame', 'gc', 'Node', 'node1', 'node2']) assert.ok(r.texts.includes(name), `text ${name}`);
      assert.match(m.svg, /<title>RefScope heap graph · step \d+ · cycle\.py:15<\/title>/);
      assert.deepEqual(await p.errors(), []);
    } finally { await p.close(); }
  });

  test('colours are the theme\'s, resolved to concrete values', async () => {
    const fx = fixture('cycle');
    // editorWidget-background and sideBar-background of test/webview/themes.ts.
    const expected = { dark: { box: '#202020', bg: '#181818' }, light: { box: '#f8f8f8', bg: '#f8f8f8' }, hc: { box: '#0c141f', bg: '#000000' } } as const;
    const edges = new Set<string>();
    for (const theme of ['dark', 'light', 'hc'] as const) {
      const p = await H.newPage({ theme });
      try {
        await p.send(stop(fx, 3));
        const m = await copy(p);
        assert.doesNotMatch(m.svg, /var\(|color-mix|currentcolor|inherit/i);
        const r = await parse(p, m.svg);
        assert.equal(r.error, null);
        for (const v of r.paints) assert.match(v, /^(none|#[0-9a-f]{6}|url\(#ah\d+\))$/, `fill/stroke ${v}`);
        assert.equal(r.background, expected[theme].bg);
        for (const b of r.boxes) assert.equal(b.fill, expected[theme].box, `${theme}: box fill`);
        edges.add(r.edges[0].stroke!);
      } finally { await p.close(); }
    }
    assert.equal(edges.size, 3, `arrow colours differ by theme: ${[...edges].join(', ')}`);
  });

  test('the SVG renders on its own, outside the webview', async () => {
    const fx = fixture('containers');
    const p = await H.newPage({ theme: 'light' });
    let svg = '';
    try {
      await p.send(stop(fx, 5));
      svg = (await copy(p)).svg;
    } finally { await p.close(); }
    // A page with no stylesheet at all: the document carries everything it needs.
    const ctx = await H.browser.newContext({ viewport: { width: 1200, height: 900 } });
    try {
      const page = await ctx.newPage();
      await page.setContent(`<!DOCTYPE html><body style="margin:0">${svg.replace(/^<\?xml[^>]*\?>/, '')}</body>`);
      const box = await page.locator('svg').boundingBox();
      const w = Number(/width="(\d+)"/.exec(svg)![1]);
      assert.ok(box && Math.round(box.width) === w, `rendered ${box?.width} wide, drawn ${w}`);
      // Text is laid out (a font was found) and the box type names have width.
      const widths = await page.locator('text.obj-type').evaluateAll((els) => els.map((e) => (e as unknown as { getComputedTextLength(): number }).getComputedTextLength()));
      assert.ok(widths.length > 5 && widths.every((x) => x > 5), widths.join(','));
    } finally { await ctx.close(); }
  });

  test('a 10,000-object heap: every box laid out is in the SVG', async () => {
    const { snapshot, previous } = bigSnapshot(10000);
    const p = await H.newPage({ width: 1200, height: 800 });
    try {
      await p.send({ type: 'snapshot', step: snapshot.step, snapshot, previous });
      const boxes = Number(await p.page.getAttribute('.graph-canvas', 'data-boxes'));
      const edges = Number(await p.page.getAttribute('.graph-canvas', 'data-edges'));
      const t0 = Date.now();
      const m = await copy(p);
      const ms = Date.now() - t0;
      const r = await parse(p, m.svg);
      assert.equal(r.error, null);
      assert.equal(r.boxes.length, boxes);
      assert.equal(r.edges.length, edges);
      console.log(`[copy as svg] ${boxes} boxes, ${edges} arrows: ${(m.svg.length / 1024 / 1024).toFixed(1)} MB in ${ms} ms`);
    } finally { await p.close(); }
  });
});
