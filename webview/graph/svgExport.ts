// "Copy as SVG": the whole current graph (every box the layout placed, not
// only what is scrolled into view) as one standalone SVG document: frames,
// object boxes with their type, id, refcount, size and slots, the arrows, the
// bands. Colours and fonts are the theme's, resolved to concrete values
// (styleProbe.ts), so the picture looks the same pasted anywhere.

import type { HeapModel } from '../model';
import type { GraphLayout, Box, FrameBox, EdgeGeom } from './layout';
import { edgePath, GEOM } from './layout';
import { objNameText, boxState } from './view';
import { StyleProbe, backdrop, type Paint, type ProbedStyle } from './styleProbe';
import { hex, bytes, num } from '../format';

export interface SvgExport {
  svg: string;
  objects: number;
  arrows: number;
}

export interface SvgExportOptions {
  selected: number | null;
  /** Object ids in a highlighted cycle, with the cycle's index. */
  cycleOf: ReadonlyMap<number, number>;
  /** A title for the drawing ("step 12 · cycle.py:15"). */
  title: string;
}

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n1 = (x: number) => String(Math.round(x * 10) / 10);

function fillAttr(p: Paint, name = 'fill'): string {
  if (p.color === 'none') return ` ${name}="none"`;
  return ` ${name}="${p.color}"${p.opacity < 1 ? ` ${name}-opacity="${p.opacity}"` : ''}`;
}

/** Text measured with the font it will be drawn in, clipped with an ellipsis to fit. */
class Measure {
  private readonly ctx: CanvasRenderingContext2D | null = document.createElement('canvas').getContext('2d');
  private font = '';

  width(t: string, st: ProbedStyle): number {
    if (!this.ctx) return t.length * st.fontSize * 0.62;
    const font = `${st.fontStyle} ${st.fontWeight} ${st.fontSize}px ${st.fontFamily}`;
    if (font !== this.font) { this.ctx.font = font; this.font = font; }
    return this.ctx.measureText(t).width;
  }

  fit(t: string, st: ProbedStyle, max: number): string {
    if (max <= 0) return '';
    if (this.width(t, st) <= max) return t;
    let lo = 0, hi = t.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.width(t.slice(0, mid) + '…', st) <= max) lo = mid; else hi = mid - 1;
    }
    return lo === 0 ? '' : t.slice(0, lo) + '…';
  }
}

/** Build the SVG of `layout` as `model` and the current theme draw it. `probeHost` hosts the hidden style probes. */
export function exportGraphSvg(model: HeapModel, layout: GraphLayout, probeHost: HTMLElement, opts: SvgExportOptions): SvgExport {
  const probe = new StyleProbe(probeHost);
  try {
    return draw(model, layout, probe, probeHost, opts);
  } finally {
    probe.dispose();
  }
}

function draw(m: HeapModel, L: GraphLayout, probe: StyleProbe, host: HTMLElement, opts: SvgExportOptions): SvgExport {
  const G = GEOM;
  const P = (...chain: string[]) => probe.get(chain);
  const measure = new Measure();
  const out: string[] = [];
  const text = (x: number, y: number, t: string, st: ProbedStyle, extra = ''): void => {
    if (t === '') return;
    const weight = st.fontWeight !== '400' && st.fontWeight !== 'normal' ? ` font-weight="${st.fontWeight}"` : '';
    const italic = st.fontStyle === 'italic' ? ' font-style="italic"' : '';
    out.push(`<text x="${n1(x)}" y="${n1(y)}" font-family="${esc(st.fontFamily)}" font-size="${st.fontSize}"${weight}${italic}${fillAttr(st.color)}${extra}>${esc(t)}</text>`);
  };
  const line = (x1: number, y1: number, x2: number, y2: number, p: Paint, dash = ''): void => {
    if (p.color === 'none') return;
    out.push(`<line x1="${n1(x1)}" y1="${n1(y1)}" x2="${n1(x2)}" y2="${n1(y2)}"${fillAttr(p, 'stroke')}${dash ? ` stroke-dasharray="${dash}"` : ''}/>`);
  };
  /** A row's text baseline: centred in a row of height `hgt` starting at `top`. */
  const base = (top: number, hgt: number, st: ProbedStyle) => top + hgt / 2 + st.fontSize * 0.35;

  const bg = backdrop(host, probe);
  const body = P('');
  const width = Math.ceil(L.width);
  const height = Math.ceil(L.height);
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(body.fontFamily)}" font-size="${body.fontSize}">`);
  out.push(`<title>${esc(opts.title)}</title>`);

  // Arrowheads: one marker per arrow colour.
  const markers = new Map<string, string>();
  const marker = (p: Paint): string => {
    const key = `${p.color}/${p.opacity}`;
    let id = markers.get(key);
    if (!id) { id = `ah${markers.size}`; markers.set(key, id); }
    return id;
  };
  const edgeStyle = { plain: P('svg:graph-edges/edge'), cycle: P('svg:graph-edges/edge in-cycle'), hl: P('svg:graph-edges/edge is-hl') };
  const edgeOut: string[] = [];
  L.edges.forEach((e: EdgeGeom) => {
    const sel = opts.selected !== null && (e.src === opts.selected || e.dst === opts.selected);
    const cyc = typeof e.src === 'number' && opts.cycleOf.has(e.src) && opts.cycleOf.get(e.src) === opts.cycleOf.get(e.dst);
    const st = sel ? edgeStyle.hl : cyc ? edgeStyle.cycle : edgeStyle.plain;
    const dash = e.kind === 'stack' ? ' stroke-dasharray="4 3"' : '';
    edgeOut.push(`<path class="edge" d="${edgePath(e)}" fill="none"${fillAttr(st.stroke, 'stroke')} stroke-width="${st.strokeWidth}"${dash} marker-end="url(#${marker(st.stroke)})" data-src="${esc(String(e.src))}" data-dst="${e.dst}"/>`);
  });
  out.push('<defs>');
  for (const [key, id] of markers) {
    const [color, opacity] = key.split('/');
    const p: Paint = { color, opacity: Number(opacity) };
    out.push(`<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse" markerUnits="userSpaceOnUse"><path d="M0,0 L10,5 L0,10 z"${fillAttr(p)}/></marker>`);
  }
  out.push('</defs>');
  out.push(`<rect class="background" x="0" y="0" width="${width}" height="${height}"${fillAttr(bg)}/>`);

  // Bands (unreachable, freed, orphans).
  const frameW = L.frames[0]?.w ?? 0;
  for (const b of L.bands) {
    const st = P(`band band-${b.kind}`);
    const x = G.pad + frameW + G.firstGap - 8;
    line(x, b.y, x + Math.max(200, L.width - frameW - G.firstGap - G.pad), b.y, st.borderTop, '4 3');
    text(x, b.y + 5 + st.fontSize, b.label.toUpperCase(), st, ' letter-spacing="0.5"');
  }

  // Frames.
  out.push('<g class="frames">');
  for (const f of L.frames) drawFrame(f);
  out.push('</g>');

  // Object boxes.
  out.push('<g class="objects">');
  let objects = 0;
  for (const b of L.boxes) {
    drawBox(b);
    if (!b.ghost) objects++;
  }
  out.push('</g>');

  // Arrows on top, as in the view.
  out.push('<g class="edges">', ...edgeOut, '</g>');
  out.push('</svg>');
  return { svg: out.join('\n') + '\n', objects, arrows: L.edges.length };

  function valueText(x: number, right: number, top: number, hgt: number, target: number, inline: string | null, drawn: boolean, rowCls: string): void {
    const t = m.get(target);
    if (inline === null) {
      // A reference: the dot the arrow leaves from.
      const dot = P(rowCls, `${rowCls === 'frame-row' ? 'frame-v' : 'slot-v'} ref`, 'dot');
      out.push(`<circle cx="${n1(right - 5.5)}" cy="${n1(top + hgt / 2)}" r="3.5"${fillAttr(dot.background)}/>`);
      return;
    }
    const vcls = rowCls === 'frame-row' ? 'frame-v' : 'slot-v';
    const st = !drawn && t && inline.startsWith('‹') ? P(rowCls, `${vcls} stub`) : P(rowCls, `${vcls} inline t-${t?.type ?? 'unknown'}`);
    const fitted = measure.fit(inline, st, right - x);
    text(right, base(top, hgt, st), fitted, st, ' text-anchor="end"');
  }

  function drawFrame(f: FrameBox): void {
    const cls = `frame${f.view.current ? ' is-current' : ''}${f.view.global ? ' is-global' : ''}`;
    const fr = P(cls);
    out.push(`<g class="frame" data-frame="${esc(f.view.key)}">`);
    out.push(`<rect x="${n1(f.x + 0.5)}" y="${n1(f.y + 0.5)}" width="${n1(f.w - 1)}" height="${n1(f.h - 1)}" rx="4"${fillAttr(fr.background)}${fillAttr(fr.borderTop, 'stroke')}/>`);
    const title = P(cls, 'frame-title');
    out.push(`<rect x="${n1(f.x + 1)}" y="${n1(f.y + 1)}" width="${n1(f.w - 2)}" height="${G.frameTitleH - 2}"${fillAttr(title.background)}/>`);
    line(f.x + 1, f.y + G.frameTitleH - 0.5, f.x + f.w - 1, f.y + G.frameTitleH - 0.5, title.borderBottom);
    if (f.view.current) out.push(`<rect x="${n1(f.x + 1)}" y="${n1(f.y + 1)}" width="3" height="${n1(f.h - 2)}"${fillAttr(fr.borderTop)}/>`);
    const lineSt = P(cls, 'frame-title', 'frame-line');
    const lineText = f.view.line > 0 ? `line ${f.view.line}` : '';
    const lineW = lineText ? measure.width(lineText, lineSt) + 8 : 0;
    if (lineText) text(f.x + f.w - 8, base(f.y, G.frameTitleH, lineSt), lineText, lineSt, ' text-anchor="end"');
    const tSt = P(cls, 'frame-title', 'frame-name-title');
    text(f.x + 10, base(f.y, G.frameTitleH, tSt), measure.fit(f.view.title, tSt, f.w - 18 - lineW), tSt);
    for (const r of f.rows) {
      const rowCls = `frame-row kind-${r.ref.kind}`;
      const nSt = P(cls, rowCls, 'frame-name');
      let x = f.x + 10;
      const name = measure.fit(r.ref.name, nSt, f.w * 0.55);
      text(x, base(r.y, G.frameRowH, nSt), name, nSt);
      x += measure.width(name, nSt);
      if (r.ref.kind === 'cell') {
        const tag = P(cls, rowCls, 'frame-name', 'tag');
        const tw = measure.width('cell', tag) + 8;
        out.push(`<rect x="${n1(x + 5.5)}" y="${n1(r.y + 4.5)}" width="${n1(tw)}" height="13" rx="3" fill="none"${fillAttr(tag.borderTop, 'stroke')}/>`);
        text(x + 9.5, base(r.y, G.frameRowH, tag), 'cell', tag);
        x += tw + 6;
      }
      valueText(x + 8, f.x + f.w - 8, r.y, G.frameRowH, r.ref.target, r.inline, r.drawn, 'frame-row');
    }
    if (f.rows.length === 0) {
      const st = P(cls, 'frame-empty');
      text(f.x + 10, base(f.y + G.frameTitleH, G.frameRowH, st), f.view.unbound.length > 0 ? `unbound: ${f.view.unbound.join(', ')}` : 'no names', st);
    }
    out.push('</g>');
  }

  function drawBox(b: Box): void {
    const o = b.ghost ?? m.get(b.id);
    if (!o) return;
    const state = b.ghost ? { cls: ['is-freed'], marks: [] } : boxState(m, b);
    if (!b.ghost && opts.cycleOf.has(b.id)) state.cls.push('in-cycle');
    if (!b.ghost && b.id === opts.selected) state.cls.push('is-selected');
    const cls = `obj type-${o.type.replace(/[^A-Za-z0-9_-]/g, '_')} ${state.cls.join(' ')}`.trim();
    const box = P(cls);
    const ring = state.cls.includes('is-selected') ? 3 : state.cls.includes('in-cycle') ? 2 : 1;
    const dash = box.borderStyle === 'dashed' ? ' stroke-dasharray="4 3"' : '';
    out.push(`<g class="obj" data-id="${o.id}"${box.opacity < 1 ? ` opacity="${box.opacity}"` : ''}>`);
    out.push(`<rect x="${n1(b.x + 0.5)}" y="${n1(b.y + 0.5)}" width="${n1(b.w - 1)}" height="${n1(b.h - 1)}" rx="4"${fillAttr(box.background)}${fillAttr(box.borderTop, 'stroke')} stroke-width="${ring}"${dash}/>`);
    // Head: type, name, marks.
    const headH = 22;
    const tSt = P(cls, 'obj-head', 'obj-type');
    let right = b.x + b.w - 6;
    const marks = b.ghost ? [{ kind: 'freed', text: 'freed' }] : state.marks;
    for (let i = marks.length - 1; i >= 0; i--) {
      const k = marks[i];
      const ms = P(cls, 'obj-head', 'obj-marks', `mark mark-${k.kind}`);
      const w = measure.width(k.text, ms) + 8;
      out.push(`<rect x="${n1(right - w)}" y="${n1(b.y + 4.5)}" width="${n1(w)}" height="14" rx="3" fill="none"${fillAttr(ms.color, 'stroke')}/>`);
      text(right - w / 2, b.y + 4.5 + 7 + ms.fontSize * 0.35, k.text, ms, ' text-anchor="middle"');
      right -= w + 3;
    }
    const typeText = measure.fit(o.type, tSt, right - b.x - 14);
    text(b.x + 8, base(b.y + 2, headH - 2, tSt), typeText, tSt, ` class="obj-type"${b.ghost ? ' text-decoration="line-through"' : ''}`);
    const name = !b.ghost && o.id === m.globalsDict ? 'globals' : objNameText(o.type, o.repr)?.[0];
    if (name) {
      const nSt = P(cls, 'obj-head', 'obj-name');
      const x = b.x + 8 + measure.width(typeText, tSt) + 6;
      text(x, base(b.y + 2, headH - 2, nSt), measure.fit(name, nSt, right - x - 4), nSt);
    }
    // Meta: id, refcount, size.
    const metaTop = b.y + headH;
    const meta = P(cls, 'obj-meta');
    let x = b.x + 8;
    const metaPart = (t: string, sub: string) => {
      const st = P(cls, 'obj-meta', sub);
      const fitted = measure.fit(t, st, b.x + b.w - 8 - x);
      text(x, base(metaTop, 18, st), fitted, st);
      x += measure.width(fitted, st) + 6 + (sub === 'obj-id' ? 2 : 0);
    };
    metaPart(hex(o.id), 'obj-id');
    if (!b.ghost) metaPart(`rc ${num(o.refcnt)}`, 'obj-rc');
    metaPart(bytes(o.size), 'obj-size');
    line(b.x + 1, b.y + G.headH - 0.5, b.x + b.w - 1, b.y + G.headH - 0.5, meta.borderBottom);
    // Slots.
    const top0 = b.y + G.headH;
    if (b.rows.length === 0) {
      const st = P(cls, 'obj-body', 'slot slot-repr');
      text(b.x + 8, base(top0, G.rowH, st), measure.fit(o.repr, st, b.w - 16), st);
    }
    b.rows.forEach((r, k) => {
      const top = top0 + k * G.rowH;
      if (k > 0) line(b.x + 1, top + 0.5, b.x + b.w - 1, top + 0.5, meta.borderBottom);
      const kSt = P(cls, 'obj-body', 'slot', 'slot-k');
      const key = measure.fit(r.label, kSt, (b.w - 16) * 0.55);
      text(b.x + 8, base(top, G.rowH, kSt), key, kSt);
      valueText(b.x + 8 + measure.width(key, kSt) + 8, b.x + b.w - 8, top, G.rowH, r.target, r.inline, r.drawn, 'slot');
    });
    if (b.more > 0) {
      const top = top0 + b.rows.length * G.rowH;
      const st = P(cls, 'obj-body', 'slot slot-more');
      if (b.rows.length > 0) line(b.x + 1, top + 0.5, b.x + b.w - 1, top + 0.5, meta.borderBottom);
      text(b.x + 8, base(top, G.rowH, st), `… ${num(b.more)} more`, st);
    }
    out.push('</g>');
  }
}
