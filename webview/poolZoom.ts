// The Memory tab's zoom into one pymalloc pool: every block of the pool, as
// CPython's pool header sees it. A block holds an object of the snapshot, sits
// on a type's free list (float, list, dict, tuple: still allocated as far as
// pymalloc knows), is in use for something that is not an object of the
// snapshot (a list's item array, a dict's keys, the interpreter's own), is on
// the pool's free list (numbered in the order the pool hands them out: 1 is
// the next, LIFO, so the block freed last), or lies in the untouched tail
// (from nextoffset on: never handed out, taken in address order after the
// free list runs out).

import type { PoolSummary } from '../src/runtime/inspect/model';
import type { HeapModel } from './model';
import { h } from './dom';
import { hex, num, plural } from './format';

const POOL_SIZE = 16384;
const POOL_OVERHEAD = 48;

export interface PoolZoomOptions {
  /** The selected object (its block is outlined). */
  selected: number | null;
  /** A block address to outline (a free-list entry that was clicked). */
  blockMark: number | null;
  close(): void;
}

/** Block index of an address in a pool. */
export function blockIndexIn(p: PoolSummary, address: number): number | null {
  const off = address - p.address - POOL_OVERHEAD;
  if (off < 0 || off % p.blockSize !== 0) return null;
  const i = off / p.blockSize;
  return i < p.capacity ? i : null;
}

/** The pool's free list and untouched tail, when the snapshot has them (older ones do not). */
export function poolFreeOrder(p: PoolSummary): { order: Map<number, number>; tail: number } | null {
  if (!Array.isArray(p.freeBlocks) || typeof p.nextOffset !== 'number' || !(p.blockSize > 0)) return null;
  const tail = Math.min(p.capacity, Math.max(0, Math.floor((p.nextOffset - POOL_OVERHEAD) / p.blockSize)));
  const order = new Map<number, number>();
  p.freeBlocks.forEach((b, i) => { if (Number.isInteger(b) && b >= 0 && b < p.capacity && !order.has(b)) order.set(b, i + 1); });
  return { order, tail };
}

/** "block 12, then 5, 7 and 3 more; then the 190 untouched blocks 14…203, in address order" */
function orderText(p: PoolSummary, free: { order: Map<number, number>; tail: number }): string {
  const list = p.freeBlocks;
  const untouched = p.capacity - free.tail;
  const shown = list.slice(0, 10).map((b) => `#${b}`);
  let s = list.length === 0 ? 'The free list is empty' : `Handed out next: ${shown.join(' → ')}${list.length > 10 ? ` → … (${num(list.length - 10)} more)` : ''}`;
  if (untouched > 0) {
    const range = untouched === 1 ? `#${free.tail}` : `#${free.tail}…#${p.capacity - 1}`;
    s += `; then ${untouched === 1 ? 'the untouched block' : `the ${num(untouched)} untouched blocks`} ${range}${untouched > 1 ? ', in address order' : ''}`;
  } else if (list.length === 0) {
    s += ' and every block has been carved: the pool is full';
  }
  return s + '.';
}

export function renderPoolZoom(m: HeapModel, p: PoolSummary, opts: PoolZoomOptions): HTMLElement {
  const byIndex = new Map<number, number>();
  for (const o of m.snap.objects) {
    if (o.block.kind !== 'pymalloc' || o.block.pool !== p.address) continue;
    const i = o.block.blockIndex ?? blockIndexIn(p, o.block.address);
    if (i !== null && i !== undefined) byIndex.set(i, o.id);
  }
  const onFreeList = new Map<number, string>();
  for (const f of m.snap.freelists) for (const addr of f.blocks) {
    if (addr - (addr % POOL_SIZE) !== p.address) continue;
    const i = blockIndexIn(p, addr);
    if (i !== null) onFreeList.set(i, f.name);
  }
  const free = poolFreeOrder(p);
  const sel = opts.selected;
  const grid = h('div', { class: `pool-blocks sc-${p.sizeClass % 6}${free ? ' has-order' : ''}`, role: 'list', 'aria-label': `Blocks of pool ${hex(p.address)}` });
  let other = 0;
  for (let i = 0; i < p.capacity; i++) {
    const id = byIndex.get(i);
    const addr = p.address + POOL_OVERHEAD + i * p.blockSize;
    const where = `block #${i} · ${hex(addr)}`;
    const pos = free?.order.get(i);
    if (id !== undefined) {
      const o = m.get(id)!;
      grid.appendChild(h('button', {
        class: `blk blk-obj${id === sel ? ' is-selected' : ''}${m.newIds.has(id) ? ' is-new' : ''}`, 'data-select': id, 'data-index': i, role: 'listitem',
        title: `${where} · ${o.type} ${hex(o.id)} · ${o.repr}`,
      }, o.type.slice(0, 1)));
    } else if (onFreeList.has(i)) {
      grid.appendChild(h('span', { class: `blk blk-fl${addr === opts.blockMark ? ' is-marked' : ''}`, 'data-index': i, role: 'listitem', title: `${where} · on the ${onFreeList.get(i)} free list (in use for pymalloc)` }));
    } else if (pos !== undefined) {
      const digits = String(pos).length;
      grid.appendChild(h('span', {
        class: `blk blk-free${pos === 1 ? ' is-next' : ''}${digits > 2 ? ` n${digits}` : ''}`, 'data-index': i, 'data-order': pos, role: 'listitem',
        title: `${where} · free: ${pos === 1 ? 'the next block this pool hands out' : `handed out ${ordinal(pos)}`}`,
      }, String(pos)));
    } else if (free && i >= free.tail) {
      grid.appendChild(h('span', { class: 'blk blk-tail', 'data-index': i, role: 'listitem', title: `${where} · never used (past nextoffset ${free.tail * p.blockSize + POOL_OVERHEAD})` }));
    } else {
      other++;
      grid.appendChild(h('span', { class: 'blk blk-unk', 'data-index': i, role: 'listitem', title: `${where} · in use, not an object of the snapshot (an item array, dict keys, the interpreter's own…)` }));
    }
  }
  const known = byIndex.size;
  const fl = onFreeList.size;
  const close = h('vscode-button', { appearance: 'icon', class: 'pool-close', 'aria-label': 'Close pool', title: 'Close' }, '✕');
  close.addEventListener('click', () => opts.close());
  const swatch = (cls: string) => h('i', { class: `legend-swatch ${cls}`, 'aria-hidden': 'true' });
  const legend = h('div', { class: 'pool-legend' },
    h('span', { class: 'legend-item' }, swatch(`blk-obj sc-${p.sizeClass % 6}`), plural(known, 'object')),
    fl > 0 ? h('span', { class: 'legend-item' }, swatch('blk-fl'), `${num(fl)} on a type's free list`) : null);
  if (free) {
    legend.append(
      h('span', { class: 'legend-item' }, swatch('blk-unk'), `${num(other)} other in use`),
      h('span', { class: 'legend-item' }, h('i', { class: 'legend-swatch blk-free is-next', 'aria-hidden': 'true' }, '1'), `${num(free.order.size)} free, numbered in the order they are reused`),
      h('span', { class: 'legend-item' }, swatch('blk-tail'), `${num(p.capacity - free.tail)} never used`));
  } else {
    legend.append(h('span', { class: 'legend-item' }, swatch('blk-unk'), `${num(Math.max(0, p.used - known - fl))} other in use, ${num(p.capacity - p.used)} free: which is which is not in the snapshot`));
  }
  return h('section', { class: 'pool-zoom', 'data-zoom': p.address },
    h('h3', null, 'Pool ', h('code', null, hex(p.address)), h('span', { class: 'spacer' }), close),
    h('div', { class: 'pool-facts' },
      h('span', null, `arena ${p.arena}`), h('span', null, `size class ${p.sizeClass} · ${p.blockSize}-byte blocks`),
      h('span', null, `${num(p.used)} used · ${num(p.capacity - p.used)} free of ${num(p.capacity)}`), h('span', { class: 'muted' }, `state: ${p.state}`)),
    legend,
    free ? h('p', { class: 'pool-order' }, orderText(p, free)) : null,
    grid);
}

function ordinal(n: number): string {
  const t = n % 100;
  const suffix = t >= 11 && t <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${num(n)}${suffix}`;
}
