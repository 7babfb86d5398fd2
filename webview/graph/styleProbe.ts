// Reads the Heap view's own CSS, as the current theme resolves it, into
// concrete values for a standalone drawing (the SVG export): hidden elements
// with the same classes as the real ones are measured with getComputedStyle,
// and every colour comes out as #rrggbb plus an opacity (no var(), no
// color-mix(), nothing that needs the editor's stylesheet to mean anything).

import { h, s } from '../dom';

export interface Paint {
  /** #rrggbb, or 'none' when fully transparent. */
  color: string;
  /** 0..1 */
  opacity: number;
}

export const NO_PAINT: Paint = { color: 'none', opacity: 0 };

export interface ProbedStyle {
  color: Paint;
  background: Paint;
  borderTop: Paint;
  borderBottom: Paint;
  borderStyle: string;
  borderWidth: number;
  fontFamily: string;
  fontWeight: string;
  fontStyle: string;
  fontSize: number;
  opacity: number;
  stroke: Paint;
  strokeWidth: number;
  strokeDasharray: string;
  fill: Paint;
}

const hex2 = (n: number) => Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, '0');

let scratch: CanvasRenderingContext2D | null = null;

/** Any CSS colour as the computed style gives it (rgb(), rgba(), color(srgb …), a keyword) to #rrggbb + opacity. */
export function toPaint(css: string): Paint {
  const v = css.trim();
  if (v === '' || v === 'none' || v === 'transparent') return NO_PAINT;
  let m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(v);
  if (m) return paint(Number(m[1]), Number(m[2]), Number(m[3]), alpha(m[4]));
  m = /^color\(srgb\s+([-\d.e]+)\s+([-\d.e]+)\s+([-\d.e]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(v);
  if (m) return paint(Number(m[1]) * 255, Number(m[2]) * 255, Number(m[3]) * 255, alpha(m[4]));
  // Anything else (a colour space the browser kept): let a canvas convert it.
  scratch ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!scratch) return NO_PAINT;
  scratch.clearRect(0, 0, 1, 1);
  scratch.fillStyle = '#000';
  scratch.fillStyle = v;
  scratch.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = scratch.getImageData(0, 0, 1, 1).data;
  return paint(r, g, b, a / 255);
}

function alpha(a: string | undefined): number {
  if (a === undefined) return 1;
  return a.endsWith('%') ? Number(a.slice(0, -1)) / 100 : Number(a);
}

function paint(r: number, g: number, b: number, a: number): Paint {
  if (!(a > 0.001)) return NO_PAINT;
  return { color: `#${hex2(r)}${hex2(g)}${hex2(b)}`, opacity: Math.round(Math.min(1, a) * 1000) / 1000 };
}

/** Paint `top` over `under` (both opaque results are exact; used to flatten translucent fills over the background). */
export function over(top: Paint, under: Paint): Paint {
  if (top.opacity >= 1 || under.color === 'none') return top;
  if (top.color === 'none') return under;
  const c = (p: Paint) => [1, 3, 5].map((i) => parseInt(p.color.slice(i, i + 2), 16));
  const [t, u] = [c(top), c(under)];
  const a = top.opacity + under.opacity * (1 - top.opacity);
  const mix = t.map((x, i) => (x * top.opacity + u[i] * under.opacity * (1 - top.opacity)) / a);
  return paint(mix[0], mix[1], mix[2], a);
}

/** Hidden copies of the view's elements, to read what the theme makes of them. */
export class StyleProbe {
  private readonly root: HTMLElement;
  private readonly cache = new Map<string, ProbedStyle>();

  constructor(host: HTMLElement) {
    this.root = h('div', { class: 'style-probe', 'aria-hidden': 'true' });
    host.appendChild(this.root);
  }

  /** The style of the innermost of nested elements with these class lists, e.g. ['obj is-new', 'obj-head', 'obj-type']. */
  get(chain: string[]): ProbedStyle {
    const key = chain.join(' > ');
    let st = this.cache.get(key);
    if (st) return st;
    let parent: Element = this.root;
    const made: Element[] = [];
    for (const cls of chain) {
      const el = cls.startsWith('svg:') ? svgProbe(cls.slice(4)) : h('div', { class: cls });
      parent.appendChild(el);
      made.push(el);
      parent = el.tagName === 'svg' ? el.firstElementChild! : el;
    }
    st = read(getComputedStyle(parent));
    made[0].remove();
    this.cache.set(key, st);
    return st;
  }

  dispose(): void {
    this.root.remove();
  }
}

/** 'svg:graph-edges/edge in-cycle' -> <svg class="graph-edges"><path class="edge in-cycle"/></svg> */
function svgProbe(spec: string): Element {
  const [svgCls, pathCls] = spec.split('/');
  return s('svg', { class: svgCls }, s('path', { class: pathCls ?? '' }));
}

function read(cs: CSSStyleDeclaration): ProbedStyle {
  return {
    color: toPaint(cs.color),
    background: toPaint(cs.backgroundColor),
    borderTop: cs.borderTopStyle === 'none' ? NO_PAINT : toPaint(cs.borderTopColor),
    borderBottom: cs.borderBottomStyle === 'none' ? NO_PAINT : toPaint(cs.borderBottomColor),
    borderStyle: cs.borderTopStyle,
    borderWidth: parseFloat(cs.borderTopWidth) || 0,
    fontFamily: cs.fontFamily,
    fontWeight: cs.fontWeight,
    fontStyle: cs.fontStyle,
    fontSize: parseFloat(cs.fontSize) || 12,
    opacity: Number(cs.opacity || '1'),
    stroke: toPaint(cs.stroke.startsWith('url(') ? '' : cs.stroke),
    strokeWidth: parseFloat(cs.strokeWidth) || 1,
    strokeDasharray: cs.strokeDasharray === 'none' ? '' : cs.strokeDasharray,
    fill: toPaint(cs.fill.startsWith('url(') ? '' : cs.fill),
  };
}

/** The colour behind the view: the first opaque background from `el` up, else the theme's sidebar colour. */
export function backdrop(el: Element, probe: StyleProbe): Paint {
  const layers: Paint[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) {
    const p = toPaint(getComputedStyle(e).backgroundColor);
    if (p.color === 'none') continue;
    layers.push(p);
    if (p.opacity >= 1) break;
  }
  let base = layers.length > 0 && layers[layers.length - 1].opacity >= 1 ? layers.pop()! : probe.get(['style-probe-backdrop']).background;
  if (base.color === 'none') base = { color: '#1f1f1f', opacity: 1 };
  for (let i = layers.length - 1; i >= 0; i--) base = over(layers[i], base);
  return base;
}
