// Draws a GraphLayout: frames and object boxes as HTML, arrows as SVG. Only
// what is near the viewport is in the DOM (boxes are keyed and reused, arrows
// redrawn), so a heap of 10,000 objects scrolls as smoothly as one of ten.

import type { HeapModel } from '../model';
import type { GraphLayout, Box, FrameBox, EdgeGeom } from './layout';
import { edgePath, GEOM } from './layout';
import { h, s, clear, place } from '../dom';
import { hex, bytes, num } from '../format';

export interface GraphCallbacks {
  select(id: number | null): void;
  expand(id: number): void;
  reveal(line: number): void;
}

const MARGIN = 400;

/** The name shown beside the type of classes, functions, modules and code objects: [short name, full name]. */
export function objNameText(type: string, repr: string): [string, string] | null {
  // Qualified names may hold '<locals>' ("<function outer.<locals>.inner>"): \S+ runs to the last '>'.
  const m = /^<class '(?:[\w.]+\.)?([^'.]+)'>$/.exec(repr) ?? /^<function (\S+)>$/.exec(repr) ?? /^<module '([^']+)'>$/.exec(repr) ?? /^<code (\S+)>$/.exec(repr);
  if (!m || !['type', 'function', 'module', 'code'].includes(type) && !repr.startsWith('<class ')) return null;
  return [m[1].split('.').pop()!, m[1]];
}

export function objName(type: string, repr: string): HTMLElement | null {
  const n = objNameText(type, repr);
  return n ? h('span', { class: 'obj-name', title: n[1] }, n[0]) : null;
}

export interface BoxMark { kind: 'new' | 'changed' | 'mutated'; text: string; title: string }

/** The state classes of an object's box and the marks in its head (new, refcount changed, mutated). */
export function boxState(m: HeapModel, b: Box): { cls: string[]; marks: BoxMark[] } {
  const cls: string[] = [];
  const marks: BoxMark[] = [];
  if (m.newIds.has(b.id)) { cls.push('is-new'); marks.push({ kind: 'new', text: 'new', title: 'Allocated since the previous stop' }); }
  const ch = m.changed.get(b.id);
  if (ch) { cls.push('is-changed'); marks.push({ kind: 'changed', text: `rc ${ch.from}→${ch.to}`, title: `Reference count changed from ${ch.from} to ${ch.to}` }); }
  if (m.mutated.has(b.id)) { cls.push('is-mutated'); marks.push({ kind: 'mutated', text: 'mutated', title: 'Its slots changed since the previous stop' }); }
  if (b.unreachable) cls.push('is-unreachable');
  return { cls, marks };
}

interface BoxEntry { box: Box; el: HTMLElement; sig: string }

const boxKey = (b: Box) => (b.ghost ? `g${b.id}` : String(b.id));

/**
 * Everything a box's drawing depends on besides its position: two boxes with
 * the same signature render to the same element. Selection, hover and cycle
 * highlighting are applied separately (refreshClasses).
 */
export function boxSignature(m: HeapModel, b: Box): string {
  if (b.ghost) return `g|${b.ghost.type}|${b.ghost.repr}|${b.ghost.size}`;
  const o = m.get(b.id);
  if (!o) return '?';
  const st = boxState(m, b);
  let sig = `${o.type}|${o.repr}|${o.refcnt}|${o.size}|${o.id === m.globalsDict ? 'G' : ''}|${st.cls.join(' ')}|${st.marks.map((k) => k.text).join(',')}|${b.more}`;
  for (const r of b.rows) {
    const t = m.get(r.target);
    sig += `|${r.edge}\u0001${r.target}\u0001${r.inline ?? ''}\u0001${r.drawn ? 1 : 0}\u0001${t ? `${t.type}:${t.refcnt}` : ''}\u0001${r.inline !== null && m.newIds.has(r.target) ? 'n' : ''}`;
  }
  return sig;
}

export class GraphView {
  readonly scroller: HTMLElement;
  private readonly canvas: HTMLElement;
  private readonly sizer: HTMLElement;
  /** Scale of the drawing (1 = 100 %). */
  zoom = 1;
  private readonly nodes: HTMLElement;
  private readonly svg: SVGSVGElement;
  private readonly edgeGroup: SVGGElement;
  private model: HeapModel | null = null;
  private layout: GraphLayout | null = null;
  /** Boxes in the DOM, by object (ghosts by 'g' + id), with what they were drawn from. */
  private boxEls = new Map<string, BoxEntry>();
  /** Frames, bands and notes: redrawn with every layout (boxes are kept when unchanged). */
  private readonly frameLayer: HTMLElement;
  private frameEls: HTMLElement[] = [];
  private selected: number | null = null;
  private hovered: number | null = null;
  private cycleOf = new Map<number, number>();
  private pending = 0;

  constructor(host: HTMLElement, private readonly cb: GraphCallbacks) {
    this.scroller = h('div', { class: 'graph-scroll', tabindex: 0, role: 'region', 'aria-label': 'Object graph' });
    this.canvas = h('div', { class: 'graph-canvas' });
    this.nodes = h('div', { class: 'graph-nodes' });
    // Not positioned: its frames are placed in this.nodes' coordinates, like the boxes.
    this.frameLayer = h('div', { class: 'graph-frames' });
    this.nodes.appendChild(this.frameLayer);
    this.svg = s('svg', { class: 'graph-edges', 'aria-hidden': 'true' });
    const defs = s('defs');
    for (const kind of ['', '-hl', '-cycle', '-new']) {
      defs.appendChild(s('marker', { id: `ah${kind}`, class: `arrowhead${kind}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse', markerUnits: 'userSpaceOnUse' },
        s('path', { d: 'M0,0 L10,5 L0,10 z' })));
    }
    this.svg.appendChild(defs);
    this.edgeGroup = s('g');
    this.svg.appendChild(this.edgeGroup);
    this.canvas.append(this.nodes, this.svg);
    this.sizer = h('div', { class: 'graph-sizer' }, this.canvas);
    this.scroller.appendChild(this.sizer);
    this.scroller.addEventListener('wheel', (ev) => {
      if (!ev.ctrlKey && !ev.metaKey) return;
      ev.preventDefault();
      this.setZoom(this.zoom * (ev.deltaY < 0 ? 1.1 : 1 / 1.1), ev.clientX, ev.clientY);
    }, { passive: false });
    host.appendChild(this.scroller);

    this.scroller.addEventListener('scroll', () => this.schedule());
    new ResizeObserver(() => this.schedule()).observe(this.scroller);
    this.scroller.addEventListener('click', (ev) => this.onClick(ev));
    this.scroller.addEventListener('keydown', (ev) => {
      const t = ev.target as HTMLElement;
      if ((ev.key === 'Enter' || ev.key === ' ') && t.classList.contains('obj') && t.dataset.id) {
        ev.preventDefault();
        this.cb.select(Number(t.dataset.id));
      } else if (ev.key === 'Escape') this.cb.select(null);
    });
    this.scroller.addEventListener('mouseover', (ev) => {
      const row = (ev.target as HTMLElement).closest<HTMLElement>('[data-target]');
      this.setHover(row ? Number(row.dataset.target) : null);
    });
    this.scroller.addEventListener('mouseleave', () => this.setHover(null));
  }

  private onClick(ev: MouseEvent): void {
    const t = ev.target as HTMLElement;
    const line = t.closest<HTMLElement>('[data-line]');
    if (line) { this.cb.reveal(Number(line.dataset.line)); return; }
    const more = t.closest<HTMLElement>('.slot-more');
    if (more && more.dataset.id) { this.cb.expand(Number(more.dataset.id)); return; }
    const val = t.closest<HTMLElement>('[data-target]');
    if (val && (val.classList.contains('inline') || val.classList.contains('stub'))) { this.cb.select(Number(val.dataset.target)); return; }
    const obj = t.closest<HTMLElement>('.obj');
    if (obj && obj.dataset.id && !obj.classList.contains('is-freed')) { this.cb.select(Number(obj.dataset.id)); return; }
    const row = t.closest<HTMLElement>('.frame-row');
    if (row && row.dataset.target) { this.cb.select(Number(row.dataset.target)); return; }
    if (t === this.scroller || t === this.sizer || t === this.canvas || t === this.nodes) this.cb.select(null);
  }

  /** Draw a new layout (keeps the scroll position), with the selection and highlighted cycles. */
  setData(model: HeapModel, layout: GraphLayout, selected: number | null = null, cycles: number[][] | null = null): void {
    this.model = model;
    this.layout = layout;
    this.selected = selected;
    this.cycleOf.clear();
    if (cycles) cycles.forEach((c, i) => { for (const id of c) this.cycleOf.set(id, i); });
    // Boxes stay: renderViewport keeps those that would be drawn the same.
    this.frameEls = [];
    clear(this.frameLayer);
    this.canvas.style.width = `${layout.width}px`;
    this.canvas.style.height = `${layout.height}px`;
    this.applyZoom();
    for (const f of layout.frames) {
      const el = this.renderFrame(f);
      this.frameEls.push(el);
      this.frameLayer.appendChild(el);
    }
    for (const b of layout.bands) {
      const el = h('div', { class: `band band-${b.kind}` }, b.label);
      place(el, GEOM.pad + (layout.frames[0]?.w ?? 0) + GEOM.firstGap - 8, b.y, Math.max(200, layout.width - (layout.frames[0]?.w ?? 0) - GEOM.firstGap - GEOM.pad));
      this.frameLayer.appendChild(el);
    }
    if (layout.frames.every((f) => f.rows.length === 0) && layout.boxes.length === 0) {
      this.frameLayer.appendChild(h('div', { class: 'graph-note' }, 'No names are bound yet.'));
    }
    this.renderViewport();
  }

  private applyZoom(): void {
    const L = this.layout;
    this.canvas.style.transform = this.zoom === 1 ? '' : `scale(${this.zoom})`;
    if (L) {
      this.sizer.style.width = `${Math.ceil(L.width * this.zoom)}px`;
      this.sizer.style.height = `${Math.ceil(L.height * this.zoom)}px`;
    }
    this.scroller.dataset.zoom = String(Math.round(this.zoom * 100));
  }

  /** Zoom to `z` (clamped to 20 %…200 %), keeping the point under (clientX, clientY) in place. */
  setZoom(z: number, clientX?: number, clientY?: number): void {
    const nz = Math.min(2, Math.max(0.2, Math.round(z * 100) / 100));
    if (nz === this.zoom) return;
    const sc = this.scroller;
    const r = sc.getBoundingClientRect();
    const px = clientX !== undefined ? clientX - r.left : sc.clientWidth / 2;
    const py = clientY !== undefined ? clientY - r.top : sc.clientHeight / 2;
    const cx = (sc.scrollLeft + px) / this.zoom;
    const cy = (sc.scrollTop + py) / this.zoom;
    this.zoom = nz;
    this.applyZoom();
    sc.scrollLeft = cx * nz - px;
    sc.scrollTop = cy * nz - py;
    this.renderViewport();
    this.onZoom?.(nz);
  }

  /** Zoom so that the whole drawing's width fits (not below 20 %, not above 100 %). */
  fit(): void {
    const L = this.layout;
    if (!L) return;
    const z = Math.min(1, Math.max(0.2, (this.scroller.clientWidth - 8) / L.width));
    this.zoom = 0;
    this.setZoom(z);
    this.scroller.scrollLeft = 0;
  }

  onZoom: ((z: number) => void) | null = null;

  setSelected(id: number | null): void {
    this.selected = id;
    this.refreshClasses();
  }

  setCycles(cycles: number[][] | null): void {
    this.cycleOf.clear();
    if (cycles) cycles.forEach((c, i) => { for (const id of c) this.cycleOf.set(id, i); });
    this.refreshClasses();
  }

  private setHover(id: number | null): void {
    if (id === this.hovered) return;
    this.hovered = id;
    this.refreshClasses();
  }

  /** Scroll so that the object's box is in view; false when it is not drawn. */
  scrollTo(id: number): boolean {
    const b = this.layout?.boxById.get(id);
    if (!b) return false;
    const sc = this.scroller;
    const z = this.zoom;
    const left = b.x * z - Math.max(24, (sc.clientWidth - b.w * z) / 2);
    const top = b.y * z - Math.max(24, (sc.clientHeight - b.h * z) / 3);
    sc.scrollTo({ left: Math.max(0, left), top: Math.max(0, top) });
    this.renderViewport();
    return true;
  }

  private schedule(): void {
    if (this.pending) return;
    this.pending = requestAnimationFrame(() => { this.pending = 0; this.renderViewport(); });
  }

  /** Put into the DOM the boxes and arrows near the viewport. */
  renderViewport(): void {
    const L = this.layout;
    if (!L) return;
    const sc = this.scroller;
    const z = this.zoom;
    const vx = Math.max(0, sc.scrollLeft / z - MARGIN);
    const vy = Math.max(0, sc.scrollTop / z - MARGIN);
    const vw = Math.max(sc.clientWidth, 300) / z + 2 * MARGIN;
    const vh = Math.max(sc.clientHeight, 300) / z + 2 * MARGIN;
    const want = new Map<string, Box>();
    for (const b of L.boxes) {
      if (b.x < vx + vw && b.x + b.w > vx && b.y < vy + vh && b.y + b.h > vy) want.set(boxKey(b), b);
    }
    const m = this.model!;
    for (const [k, e] of this.boxEls) {
      const b = want.get(k);
      if (!b) { e.el.remove(); this.boxEls.delete(k); continue; }
      if (e.box === b) continue;
      // Drawn for an earlier layout: keep the element when it would be drawn the same (most objects, after a step).
      const sig = boxSignature(m, b);
      if (sig === e.sig) {
        if (e.box.x !== b.x || e.box.y !== b.y || e.box.w !== b.w || e.box.h !== b.h) place(e.el, b.x, b.y, b.w, b.h);
        e.box = b;
      } else {
        const el = this.renderBox(b);
        e.el.replaceWith(el);
        this.boxEls.set(k, { box: b, el, sig });
      }
    }
    const frag = document.createDocumentFragment();
    for (const [k, b] of want) {
      if (this.boxEls.has(k)) continue;
      const el = this.renderBox(b);
      this.boxEls.set(k, { box: b, el, sig: boxSignature(m, b) });
      frag.appendChild(el);
    }
    this.nodes.appendChild(frag);
    // Arrows: an SVG covering the extended viewport only.
    this.svg.setAttribute('viewBox', `${vx} ${vy} ${vw} ${vh}`);
    this.svg.setAttribute('width', String(vw));
    this.svg.setAttribute('height', String(vh));
    this.svg.style.left = `${vx}px`;
    this.svg.style.top = `${vy}px`;
    clear(this.edgeGroup);
    const g = document.createDocumentFragment();
    L.edges.forEach((e, i) => {
      const pad = 80;
      const minX = Math.min(e.x1, e.x2) - pad, maxX = Math.max(e.x1, e.x2) + pad;
      const minY = Math.min(e.y1, e.y2) - pad, maxY = Math.max(e.y1, e.y2) + pad;
      if (maxX < vx || minX > vx + vw || maxY < vy || minY > vy + vh) return;
      g.appendChild(this.renderEdge(e, i));
    });
    this.edgeGroup.appendChild(g);
    this.canvas.dataset.edges = String(L.edges.length);
    this.canvas.dataset.boxes = String(L.boxes.length);
    this.refreshClasses();
  }

  private renderEdge(e: EdgeGeom, i: number): SVGPathElement {
    const cls = ['edge', `edge-${e.kind}`];
    if (this.model?.newIds.has(e.dst)) cls.push('to-new');
    return s('path', { d: edgePath(e), class: cls.join(' '), 'data-edge': i, 'data-src': String(e.src), 'data-dst': e.dst, 'marker-end': 'url(#ah)' });
  }

  private renderFrame(f: FrameBox): HTMLElement {
    const m = this.model!;
    const cls = ['frame'];
    if (f.view.current) cls.push('is-current');
    if (f.view.global) cls.push('is-global');
    const title = h('div', { class: 'frame-title' },
      h('span', { class: 'frame-name-title', title: f.view.title }, f.view.title),
      f.view.line > 0 ? h('a', { class: 'frame-line', 'data-line': f.view.line, title: `Go to line ${f.view.line}`, href: '#' }, `line ${f.view.line}`) : null);
    const el = h('div', { class: cls.join(' '), 'data-frame': f.view.key }, title);
    for (const r of f.rows) {
      const t = m.get(r.ref.target);
      const v = r.inline !== null
        ? h('span', { class: `frame-v ${r.drawn ? '' : t && r.inline.startsWith('‹') ? 'stub' : `inline t-${t?.type ?? 'unknown'}`}`, 'data-target': r.ref.target, title: t ? `${t.type} · id ${hex(t.id)} · refcount ${t.refcnt}` : '' }, r.inline)
        : h('span', { class: 'frame-v ref', 'data-target': r.ref.target }, h('span', { class: 'dot' }));
      if (r.inline !== null && m.newIds.has(r.ref.target)) v.classList.add('is-new');
      const rebound = m.diff?.rebindings.some((b) => b.name === r.ref.name && (b.frame === f.view.index || (f.view.global && b.frame === -1)));
      const row = h('div', { class: `frame-row kind-${r.ref.kind}${rebound ? ' is-rebound' : ''}`, 'data-target': r.ref.target, title: rebound ? `${r.ref.name} was bound to another object (or unbound) at the previous stop` : null },
        h('span', { class: 'frame-name', title: r.ref.kind === 'cell' ? `${r.ref.name}: a cell (closure) variable` : r.ref.name }, r.ref.name, r.ref.kind === 'cell' ? h('span', { class: 'tag' }, 'cell') : null),
        v);
      el.appendChild(row);
    }
    if (f.rows.length === 0) el.appendChild(h('div', { class: 'frame-empty' }, f.view.unbound.length > 0 ? `unbound: ${f.view.unbound.join(', ')}` : 'no names'));
    place(el, f.x, f.y, f.w, f.h);
    return el;
  }

  private renderBox(b: Box): HTMLElement {
    const m = this.model!;
    if (b.ghost) {
      const o = b.ghost;
      const el = h('div', { class: 'obj is-freed', 'data-id': o.id, title: `${o.type} at ${hex(o.id)} was freed since the previous stop` },
        h('div', { class: 'obj-head' }, h('span', { class: 'obj-type' }, o.type), objName(o.type, o.repr), h('span', { class: 'obj-marks' }, h('span', { class: 'mark mark-freed' }, 'freed'))),
        h('div', { class: 'obj-meta' }, h('span', { class: 'obj-id' }, hex(o.id)), h('span', { class: 'obj-size' }, bytes(o.size))),
        h('div', { class: 'obj-body' }, h('div', { class: 'slot slot-repr' }, o.repr)));
      place(el, b.x, b.y, b.w, b.h);
      return el;
    }
    const o = m.get(b.id)!;
    const state = boxState(m, b);
    const cls = ['obj', `type-${o.type.replace(/[^A-Za-z0-9_-]/g, '_')}`, ...state.cls];
    const marks = state.marks.map((k) => h('span', { class: `mark mark-${k.kind}`, title: k.title }, k.text));
    const el = h('div', {
      class: cls.join(' '), 'data-id': o.id, tabindex: 0, role: 'button',
      'aria-label': `${o.type} at ${hex(o.id)}, refcount ${o.refcnt}, ${o.size} bytes`,
    },
      h('div', { class: 'obj-head' }, h('span', { class: 'obj-type', title: o.type }, o.type), o.id === m.globalsDict ? h('span', { class: 'obj-name' }, 'globals') : objName(o.type, o.repr), marks.length > 0 ? h('span', { class: 'obj-marks' }, ...marks) : null),
      h('div', { class: 'obj-meta' },
        h('span', { class: 'obj-id', title: `id() = ${o.id}` }, hex(o.id)),
        h('span', { class: 'obj-rc', title: 'reference count (ob_refcnt)' }, `rc ${num(o.refcnt)}`),
        h('span', { class: 'obj-size', title: 'sys.getsizeof' }, bytes(o.size))));
    const body = h('div', { class: 'obj-body' });
    if (b.rows.length === 0) body.appendChild(h('div', { class: 'slot slot-repr', title: o.repr }, o.repr));
    for (const r of b.rows) {
      const t = m.get(r.target);
      const v = r.inline !== null
        ? h('span', { class: `slot-v ${t && !r.drawn && r.inline.startsWith('‹') ? 'stub' : `inline t-${t?.type ?? 'unknown'}`}`, 'data-target': r.target, title: t ? `${t.type} · id ${hex(t.id)} · refcount ${t.refcnt}` : '' }, r.inline)
        : h('span', { class: 'slot-v ref', 'data-target': r.target }, h('span', { class: 'dot' }));
      if (r.inline !== null && m.newIds.has(r.target)) v.classList.add('is-new');
      body.appendChild(h('div', { class: 'slot' }, h('span', { class: 'slot-k', title: r.edge }, r.label), v));
    }
    if (b.more > 0) body.appendChild(h('div', { class: 'slot slot-more', 'data-id': o.id, role: 'button', title: 'Show more slots' }, `… ${num(b.more)} more`));
    el.appendChild(body);
    place(el, b.x, b.y, b.w, b.h);
    return el;
  }

  /** Selection, hover and cycle highlighting on what is in the DOM. */
  private refreshClasses(): void {
    const L = this.layout;
    if (!L) return;
    const sel = this.selected;
    const hov = this.hovered;
    for (const { box: b, el } of this.boxEls.values()) {
      if (b.ghost) continue;
      el.classList.toggle('is-selected', b.id === sel);
      el.classList.toggle('is-hovered', b.id === hov);
      el.classList.toggle('in-cycle', this.cycleOf.has(b.id));
    }
    for (const fe of this.frameEls) {
      for (const row of fe.querySelectorAll<HTMLElement>('.frame-row')) {
        const t = Number(row.dataset.target);
        row.classList.toggle('is-selected', t === sel);
      }
    }
    for (const p of this.edgeGroup.querySelectorAll<SVGPathElement>('path.edge')) {
      const e = L.edges[Number(p.dataset.edge)];
      const hl = (sel !== null && (e.src === sel || e.dst === sel)) || (hov !== null && e.dst === hov);
      const cyc = typeof e.src === 'number' && this.cycleOf.has(e.src) && this.cycleOf.get(e.src) === this.cycleOf.get(e.dst);
      p.classList.toggle('is-hl', hl);
      p.classList.toggle('in-cycle', cyc);
      p.setAttribute('marker-end', hl ? 'url(#ah-hl)' : cyc ? 'url(#ah-cycle)' : 'url(#ah)');
    }
  }
}
