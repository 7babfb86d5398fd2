// The Memory tab: pymalloc's arenas (each a strip of its pools, coloured by
// size class, filled to their use), a zoom into one pool's blocks, the size
// class table as sys._debugmallocstats() prints it, the system-malloc lane and
// the free lists.

import type { PoolSummary, ArenaSummary } from '../src/runtime/inspect/model';
import type { HeapModel } from './model';
import { h, clear } from './dom';
import { hex, bytes, num, plural } from './format';
import { renderPoolZoom } from './poolZoom';

export const POOL_SIZE = 16384;
export const POOL_OVERHEAD = 48;
export const ARENA_SIZE = 1 << 20;
const SIZE_CLASSES = 32;

export interface MemoryCallbacks {
  select(id: number | null): void;
}

export interface SizeClassRow {
  sizeClass: number;
  size: number;
  numPools: number;
  blocksInUse: number;
  availBlocks: number;
}

/** The size-class table of sys._debugmallocstats(): pools with blocks in use, per class. */
export function sizeClassTable(arenas: ArenaSummary[]): SizeClassRow[] {
  const rows: SizeClassRow[] = [];
  for (let i = 0; i < SIZE_CLASSES; i++) rows.push({ sizeClass: i, size: (i + 1) * 16, numPools: 0, blocksInUse: 0, availBlocks: 0 });
  for (const a of arenas) {
    for (const p of a.pools) {
      if (p.state === 'empty' || p.used === 0) continue;
      const r = rows[p.sizeClass];
      if (!r) continue;
      r.numPools++;
      r.blocksInUse += p.used;
      r.availBlocks += p.capacity - p.used;
    }
  }
  return rows.filter((r) => r.numPools > 0);
}

/** printone() of obmalloc.c: the label padded to 35 columns, '=', the value right-aligned in 21. */
function printone(label: string, value: number): string {
  return `${label.padEnd(35)}=${num(value).padStart(21)}`;
}

/** The summary lines under the table, as _PyObject_DebugMallocStats prints them. */
export function mallocSummary(arenas: ArenaSummary[]): string[] {
  let allocated = 0, avail = 0, unused = 0, headers = 0, quant = 0, align = 0;
  for (const a of arenas) {
    unused += a.nfreepools;
    align += (64 - a.ntotalpools) * POOL_SIZE;
    for (const p of a.pools) {
      if (p.state === 'empty' || p.used === 0) continue;
      allocated += p.used * p.blockSize;
      avail += (p.capacity - p.used) * p.blockSize;
      headers += POOL_OVERHEAD;
      quant += (POOL_SIZE - POOL_OVERHEAD) % p.blockSize;
    }
  }
  const total = arenas.length * ARENA_SIZE;
  return [
    printone('# arenas allocated current', arenas.length),
    printone(`${arenas.length} arenas * ${ARENA_SIZE} bytes/arena`, total),
    '',
    printone('# bytes in allocated blocks', allocated),
    printone('# bytes in available blocks', avail),
    printone(`${unused} unused pools * ${POOL_SIZE} bytes`, unused * POOL_SIZE),
    printone('# bytes lost to pool headers', headers),
    printone('# bytes lost to quantization', quant),
    printone('# bytes lost to arena alignment', align),
    printone('Total', allocated + avail + unused * POOL_SIZE + headers + quant + align),
  ];
}

function poolOf(arenas: ArenaSummary[], address: number): PoolSummary | null {
  const base = address - (address % POOL_SIZE);
  for (const a of arenas) for (const p of a.pools) if (p.address === base) return p;
  return null;
}

/** The pools of one arena as markup (715 pools of 12 arenas build in a fraction of the time createElement takes). */
function arenaStripHtml(a: ArenaSummary, zoomed: number | null, selPool: number | undefined): string {
  const first = a.address % POOL_SIZE === 0 ? a.address : a.address + (POOL_SIZE - (a.address % POOL_SIZE));
  const slots: Array<PoolSummary | null> = new Array(a.ntotalpools).fill(null);
  for (const p of a.pools) {
    const i = Math.round((p.address - first) / POOL_SIZE);
    if (i >= 0 && i < slots.length) slots[i] = p;
  }
  let html = '';
  slots.forEach((p, i) => {
    if (!p) { html += `<span class="pool untouched" role="listitem" title="pool ${i}: never used"></span>`; return; }
    const fill = p.used > 0 && p.capacity > 0 ? Math.max(1, Math.round((p.used / p.capacity) * 24)) : 0;
    let cls = `pool sc-${p.sizeClass % 6} state-${p.state}${fill > 0 ? ` f${fill}` : ''}`;
    if (p.address === zoomed) cls += ' is-zoomed';
    if (p.address === selPool) cls += ' has-selected';
    // The title is also the button's accessible name.
    html += `<button class="${cls}" data-pool="${p.address}" role="listitem" title="pool ${hex(p.address)} · size class ${p.sizeClass} (${p.blockSize}-byte blocks) · ${p.used} of ${p.capacity} blocks used · ${p.state}"></button>`;
  });
  return html;
}

type Cell = HTMLElement & { textContent: string };

export class MemoryView {
  private readonly root: HTMLElement;
  private model: HeapModel | null = null;
  private selectedObj: number | null = null;
  /** Address of the pool zoomed into. */
  pool: number | null = null;
  /** A block address to highlight (free-list entry clicked). */
  private blockMark: number | null = null;
  // Sections kept from one render to the next; the size-class grid's rows too
  // (the toolkit's grid elements are costly to create: their text is updated).
  private readonly arenasSec = h('section', { class: 'mem-arenas' });
  private readonly zoomSlot = h('div', { class: 'pool-zoom-slot' });
  private readonly classesSec = h('section', { class: 'mem-classes' });
  private readonly classesGrid = h('vscode-data-grid', { class: 'sizeclass-grid', 'generate-header': 'none', 'grid-template-columns': '1fr 1fr 1.4fr 1.6fr 1.6fr', 'aria-label': 'Size classes' });
  private readonly classesNone = h('p', { class: 'muted' }, 'No pool is in use.');
  private readonly mallocStats = h('pre', { class: 'mallocstats' });
  private readonly classRows = new Map<number, { row: HTMLElement; cells: Cell[] }>();
  private readonly systemSec = h('section', { class: 'mem-system' });
  private readonly freeListsSec = h('section', { class: 'mem-freelists' });

  constructor(host: HTMLElement, private readonly cb: MemoryCallbacks, private readonly onPoolChange: (pool: number | null) => void) {
    this.root = h('div', { class: 'memory' });
    host.appendChild(this.root);
    const hdr = h('vscode-data-grid-row', { 'row-type': 'header' });
    ['class', 'size', 'num pools', 'blocks in use', 'avail blocks'].forEach((t, i) => hdr.appendChild(h('vscode-data-grid-cell', { 'cell-type': 'columnheader', 'grid-column': i + 1, class: 'num' }, t)));
    this.classesGrid.appendChild(hdr);
    this.classesSec.append(h('h3', null, 'Size classes ', h('span', { class: 'muted' }, 'as sys._debugmallocstats() reports them')), this.classesGrid, this.classesNone, this.mallocStats);
    this.root.append(this.arenasSec, this.zoomSlot, this.classesSec, this.systemSec, this.freeListsSec);
    this.root.hidden = true;
    this.root.addEventListener('click', (ev) => {
      const t = ev.target as HTMLElement;
      const pool = t.closest<HTMLElement>('[data-pool]');
      if (pool) { this.zoom(Number(pool.dataset.pool), null); return; }
      const sel = t.closest<HTMLElement>('[data-select]');
      if (sel) { ev.preventDefault(); this.cb.select(Number(sel.dataset.select)); return; }
      const blk = t.closest<HTMLElement>('[data-block]');
      if (blk) {
        const addr = Number(blk.dataset.block);
        const p = this.model ? poolOf(this.model.snap.arenas, addr) : null;
        if (p) this.zoom(p.address, addr);
      }
    });
  }

  zoom(pool: number | null, blockMark: number | null): void {
    this.pool = pool;
    this.blockMark = blockMark;
    this.onPoolChange(pool);
    this.render();
    const z = this.root.querySelector('.pool-zoom');
    if (z && pool !== null) z.scrollIntoView({ block: 'nearest' });
  }

  /** Zoom into the pool holding the object's block. */
  showObject(id: number): void {
    const o = this.model?.get(id);
    this.selectedObj = id;
    if (o && o.block.kind === 'pymalloc' && o.block.pool !== undefined) this.zoom(o.block.pool, null);
    else {
      this.render();
      this.root.querySelector('.sys-block.is-selected')?.scrollIntoView({ block: 'nearest' });
    }
  }

  setData(m: HeapModel, selected: number | null): void {
    this.model = m;
    this.selectedObj = selected;
    if (this.pool !== null && !poolOf(m.snap.arenas, this.pool)) this.pool = null;
    this.render();
  }

  setSelected(id: number | null): void {
    this.selectedObj = id;
    if (this.model) this.render();
  }

  render(): void {
    const m = this.model;
    this.root.hidden = !m;
    if (!m) return;
    this.renderArenas(m);
    clear(this.zoomSlot);
    if (this.pool !== null) {
      const p = poolOf(m.snap.arenas, this.pool);
      if (p) this.zoomSlot.appendChild(renderPoolZoom(m, p, { selected: this.selectedObj, blockMark: this.blockMark, close: () => this.zoom(null, null) }));
    }
    this.renderClasses(m);
    this.renderSystem(m);
    this.renderFreeLists(m);
  }

  private renderArenas(m: HeapModel): void {
    const arenas = m.snap.arenas;
    const sel = this.selectedObj !== null ? m.get(this.selectedObj) : undefined;
    const selPool = sel && sel.block.kind === 'pymalloc' ? sel.block.pool : undefined;
    let pools = 0, usedBlocks = 0;
    for (const a of arenas) for (const p of a.pools) if (p.state !== 'empty') { pools++; usedBlocks += p.used; }
    const sec = this.arenasSec;
    clear(sec);
    sec.appendChild(h('h3', null, 'Arenas ', h('span', { class: 'muted' }, `${plural(arenas.length, 'arena')} · ${plural(pools, 'pool')} in use · ${plural(usedBlocks, 'block')} in use`)));
    if (arenas.length === 0) sec.appendChild(h('p', { class: 'muted' }, 'No pymalloc arena is mapped.'));
    for (const a of arenas) {
      const strip = h('div', { class: 'arena-strip', role: 'list', 'aria-label': `Arena ${a.index} pools` });
      strip.innerHTML = arenaStripHtml(a, this.pool, selPool);
      sec.appendChild(h('div', { class: 'arena' },
        h('div', { class: 'arena-head' }, h('span', null, `Arena ${a.index}`), h('code', null, hex(a.address)),
          h('span', { class: 'muted' }, `${a.ntotalpools} pools · ${a.nfreepools} free${a.ntotalpools < 64 ? ' · 1 lost to alignment' : ''}`)),
        strip));
    }
  }

  private renderClasses(m: HeapModel): void {
    const table = sizeClassTable(m.snap.arenas);
    const seen = new Set<number>();
    let prev: Element = this.classesGrid.firstElementChild!; // the header row
    for (const r of table) {
      seen.add(r.sizeClass);
      let entry = this.classRows.get(r.sizeClass);
      if (!entry) {
        const row = h('vscode-data-grid-row', { class: 'sc-row' });
        const cells: Cell[] = [];
        for (let i = 0; i < 5; i++) {
          const text = h('span') as Cell;
          row.appendChild(h('vscode-data-grid-cell', { 'grid-column': i + 1, class: 'num' }, i === 0 ? h('span', { class: `swatch sc-${r.sizeClass % 6}` }) : null, text));
          cells.push(text);
        }
        entry = { row, cells };
        this.classRows.set(r.sizeClass, entry);
      }
      const texts = [String(r.sizeClass), String(r.size), num(r.numPools), num(r.blocksInUse), num(r.availBlocks)];
      texts.forEach((t, i) => { if (entry!.cells[i].textContent !== t) entry!.cells[i].textContent = t; });
      // Rows stay in size-class order; a row is only moved when one appears before it.
      if (prev.nextElementSibling !== entry.row) prev.after(entry.row);
      prev = entry.row;
    }
    for (const [sc, e] of this.classRows) if (!seen.has(sc)) { e.row.remove(); this.classRows.delete(sc); }
    this.classesGrid.hidden = table.length === 0;
    this.classesNone.hidden = table.length > 0;
    this.mallocStats.textContent = mallocSummary(m.snap.arenas).join('\n');
  }

  private renderSystem(m: HeapModel): void {
    const sysByAddr = new Map<number, number>();
    for (const o of m.snap.objects) if (o.block.kind === 'system') sysByAddr.set(o.block.address, o.id);
    const lane = h('div', { class: 'sys-lane', role: 'list' });
    const blocks = m.snap.systemBlocks;
    const maxLog = Math.max(10, ...blocks.map((b) => Math.log2(Math.max(1, b.size))));
    for (const b of blocks.slice(0, 400)) {
      const objId = sysByAddr.get(b.address);
      const o = objId !== undefined ? m.get(objId) : undefined;
      const el = h('div', {
        class: `sys-block${o ? ' has-object' : ''}${objId !== undefined && objId === this.selectedObj ? ' is-selected' : ''}`, role: 'listitem',
        title: `${hex(b.address)} · ${num(b.size)} bytes${o ? ` · ${o.type} ${hex(o.id)}` : ' · not an object (an item array, a dict table, a buffer…)'}`,
        'data-select': objId,
      }, h('span', { class: 'sys-size' }, bytes(b.size)), o ? h('span', { class: 'sys-obj' }, o.type) : null);
      el.style.flexGrow = String(Math.max(1, Math.log2(Math.max(2, b.size)) - 8));
      el.style.minWidth = `${40 + 40 * (Math.log2(Math.max(2, b.size)) / maxLog)}px`;
      lane.appendChild(el);
    }
    const sysTotal = blocks.reduce((t, b) => t + b.size, 0);
    clear(this.systemSec);
    this.systemSec.append(
      h('h3', null, 'System malloc ', h('span', { class: 'muted' }, `${plural(blocks.length, 'block')} · ${bytes(sysTotal)} · requests over 512 bytes`)),
      blocks.length > 0 ? lane : h('p', { class: 'muted' }, 'No block comes from the system malloc.'));
    if (blocks.length > 400) this.systemSec.appendChild(h('p', { class: 'muted' }, `… and ${num(blocks.length - 400)} more`));
  }

  private renderFreeLists(m: HeapModel): void {
    const fl = this.freeListsSec;
    clear(fl);
    fl.appendChild(h('h3', null, 'Free lists ', h('span', { class: 'muted' }, 'freed objects kept for reuse; the first is reused next')));
    const lists = m.snap.freelists;
    if (lists.length === 0) fl.appendChild(h('p', { class: 'muted' }, 'No free list in the snapshot.'));
    for (const f of lists) {
      const chips = h('div', { class: 'fl-blocks' });
      f.blocks.slice(0, 80).forEach((addr, i) => chips.appendChild(h('button', {
        class: `fl-block${i === 0 ? ' is-next' : ''}${addr === this.blockMark ? ' is-marked' : ''}`, 'data-block': addr,
        title: `${hex(addr)}${i === 0 ? ' · the next ' + f.name + ' allocation reuses it' : ''}`,
      }, i === 0 ? h('span', { class: 'fl-next' }, 'next') : null, hex(addr))));
      if (f.blocks.length > 80) chips.appendChild(h('span', { class: 'muted' }, `… ${num(f.blocks.length - 80)} more`));
      if (f.blocks.length === 0) chips.appendChild(h('span', { class: 'muted' }, 'empty'));
      fl.appendChild(h('div', { class: 'freelist', 'data-name': f.name }, h('div', { class: 'fl-head' }, h('code', null, f.name), h('vscode-badge', null, String(f.blocks.length))), chips));
    }
  }
}
