// The Objects tab: every live object in a sortable, searchable data grid,
// a page at a time (the toolkit's grid renders every row it is given).

import type { ObjectSnapshot } from '../src/runtime/inspect/model';
import type { HeapModel } from './model';
import { h, clear } from './dom';
import { hex, bytes, num, parseIdQuery } from './format';

export interface ObjectsCallbacks {
  select(id: number | null): void;
  changed(): void;
}

export type ColumnKey = 'id' | 'type' | 'repr' | 'names' | 'refcnt' | 'size' | 'gen' | 'pool';

interface Column { key: ColumnKey; title: string; numeric: boolean }

export const COLUMNS: Column[] = [
  { key: 'id', title: 'id', numeric: true },
  { key: 'type', title: 'type', numeric: false },
  { key: 'repr', title: 'repr', numeric: false },
  { key: 'names', title: 'names', numeric: false },
  { key: 'refcnt', title: 'refcount', numeric: true },
  { key: 'size', title: 'size', numeric: true },
  { key: 'gen', title: 'gen', numeric: true },
  { key: 'pool', title: 'pool', numeric: true },
];

export const PAGE_SIZE = 50;

export interface ObjectsState {
  search: string;
  sort: ColumnKey;
  dir: 1 | -1;
  page: number;
  gen: number | null;
}

function sortValue(m: HeapModel, o: ObjectSnapshot, k: ColumnKey): number | string {
  switch (k) {
    case 'id': return o.id;
    case 'type': return o.type;
    case 'repr': return o.repr;
    case 'names': return (m.aliases.get(o.id) ?? []).join(', ');
    case 'refcnt': return o.refcnt;
    case 'size': return o.size;
    case 'gen': return o.gen ?? -1;
    case 'pool': return o.block.kind === 'pymalloc' ? o.block.pool ?? 0 : -1;
  }
}

/** Objects matching the search (id in hex or decimal, type, name or repr), in the chosen order. */
export function queryObjects(m: HeapModel, st: ObjectsState): ObjectSnapshot[] {
  const q = st.search.trim().toLowerCase();
  const idq = parseIdQuery(q);
  let list = m.snap.objects.filter((o) => st.gen === null || o.gen === st.gen);
  if (q) {
    list = list.filter((o) => {
      if (idq && o.id.toString(16).includes(idq.hex)) return true;
      if (hex(o.id) === q || String(o.id) === q) return true;
      if (o.type.toLowerCase() === q || o.type.toLowerCase().includes(q)) return true;
      const names = m.aliases.get(o.id);
      if (names && names.some((n) => n.toLowerCase().includes(q))) return true;
      return o.repr.toLowerCase().includes(q);
    });
  }
  const col = COLUMNS.find((c) => c.key === st.sort) ?? COLUMNS[0];
  const keyed = list.map((o) => ({ o, v: sortValue(m, o, col.key) }));
  keyed.sort((a, b) => {
    const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v));
    return (c || a.o.id - b.o.id) * st.dir;
  });
  return keyed.map((k) => k.o);
}

export class ObjectsView {
  private readonly root: HTMLElement;
  private readonly field: HTMLElement & { value: string };
  private readonly status: HTMLElement;
  private readonly gridHost: HTMLElement;
  private model: HeapModel | null = null;
  private selected: number | null = null;
  state: ObjectsState = { search: '', sort: 'id', dir: 1, page: 0, gen: null };

  constructor(host: HTMLElement, private readonly cb: ObjectsCallbacks) {
    this.root = h('div', { class: 'objects' });
    this.field = h('vscode-text-field', { class: 'obj-search', placeholder: 'Search by id, type, name or repr', 'aria-label': 'Search objects' }) as HTMLElement & { value: string };
    this.field.appendChild(h('span', { slot: 'start', class: 'search-icon', 'aria-hidden': 'true' }, '⌕'));
    this.field.addEventListener('input', () => {
      this.state.search = this.field.value ?? '';
      this.state.page = 0;
      this.render();
      this.cb.changed();
    });
    this.status = h('div', { class: 'obj-status' });
    this.gridHost = h('div', { class: 'obj-grid-host' });
    this.root.append(h('div', { class: 'obj-toolbar' }, this.field, this.status), this.gridHost);
    host.appendChild(this.root);
    this.root.addEventListener('click', (ev) => {
      const t = ev.target as HTMLElement;
      const hd = t.closest<HTMLElement>('[data-sort]');
      if (hd) {
        const k = hd.dataset.sort as ColumnKey;
        if (this.state.sort === k) this.state.dir = this.state.dir === 1 ? -1 : 1;
        else { this.state.sort = k; this.state.dir = COLUMNS.find((c) => c.key === k)!.numeric && k !== 'id' ? -1 : 1; }
        this.state.page = 0;
        this.render();
        this.cb.changed();
        return;
      }
      const pg = t.closest<HTMLElement>('[data-page]');
      if (pg) { this.state.page = Number(pg.dataset.page); this.render(); this.cb.changed(); return; }
      if (t.closest('.gen-filter-clear')) { this.state.gen = null; this.render(); this.cb.changed(); return; }
      const row = t.closest<HTMLElement>('vscode-data-grid-row[data-id]');
      if (row) this.cb.select(Number(row.dataset.id));
    });
    this.root.addEventListener('keydown', (ev) => {
      const row = (ev.target as HTMLElement).closest<HTMLElement>('vscode-data-grid-row[data-id]');
      if (row && ev.key === 'Enter') this.cb.select(Number(row.dataset.id));
      const hd = (ev.target as HTMLElement).closest<HTMLElement>('[data-sort]');
      if (hd && (ev.key === 'Enter' || ev.key === ' ')) { ev.preventDefault(); hd.click(); }
    });
  }

  restore(st: Partial<ObjectsState>): void {
    this.state = { ...this.state, ...st };
    this.field.value = this.state.search;
  }

  setSearch(q: string): void {
    this.state.search = q;
    this.field.value = q;
    this.state.page = 0;
  }

  setData(m: HeapModel, selected: number | null): void {
    this.model = m;
    this.selected = selected;
    this.render();
  }

  setSelected(id: number | null): void {
    this.selected = id;
    for (const r of this.gridHost.querySelectorAll<HTMLElement>('vscode-data-grid-row[data-id]')) r.classList.toggle('is-selected', Number(r.dataset.id) === id);
  }

  render(): void {
    const m = this.model;
    clear(this.gridHost);
    if (!m) return;
    const all = queryObjects(m, this.state);
    const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
    this.state.page = Math.min(this.state.page, pages - 1);
    const start = this.state.page * PAGE_SIZE;
    const rows = all.slice(start, start + PAGE_SIZE);
    clear(this.status);
    this.status.append(
      all.length === 0 ? 'No object matches' : `${num(start + 1)}–${num(start + rows.length)} of ${num(all.length)}`,
      all.length !== m.snap.objects.length ? ` (${num(m.snap.objects.length)} live)` : ' live objects',
    );
    if (this.state.gen !== null) this.status.append(' ', h('span', { class: 'chip gen-filter' }, `generation ${this.state.gen} `, h('button', { class: 'gen-filter-clear', title: 'Clear', 'aria-label': 'Clear generation filter' }, '✕')));
    if (pages > 1) {
      const prev = h('vscode-button', { appearance: 'icon', 'data-page': Math.max(0, this.state.page - 1), 'aria-label': 'Previous page', title: 'Previous page', disabled: this.state.page === 0 }, '‹');
      const next = h('vscode-button', { appearance: 'icon', 'data-page': Math.min(pages - 1, this.state.page + 1), 'aria-label': 'Next page', title: 'Next page', disabled: this.state.page >= pages - 1 }, '›');
      this.status.append(' ', prev, next);
    }

    const grid = h('vscode-data-grid', {
      class: 'objects-grid', 'generate-header': 'none', 'aria-label': 'Live objects',
      'grid-template-columns': '10.5em 7em minmax(9em, 2fr) minmax(6em, 1fr) 7.6em 6em 4.4em 10.5em',
    });
    const header = h('vscode-data-grid-row', { 'row-type': 'sticky-header', class: 'header-row' });
    COLUMNS.forEach((c, i) => {
      const active = this.state.sort === c.key;
      header.appendChild(h('vscode-data-grid-cell', {
        'cell-type': 'columnheader', 'grid-column': i + 1, 'data-sort': c.key, class: `sortable${c.numeric && c.key !== 'id' && c.key !== 'pool' ? ' num' : ''}${active ? ' is-sorted' : ''}`,
        'aria-sort': active ? (this.state.dir === 1 ? 'ascending' : 'descending') : 'none', title: `Sort by ${c.title}`,
      }, c.title, h('span', { class: 'sort-ind' }, active ? (this.state.dir === 1 ? ' ▲' : ' ▼') : '')));
    });
    grid.appendChild(header);
    for (const o of rows) {
      const names = m.aliases.get(o.id) ?? [];
      const ch = m.changed.get(o.id);
      const cls = ['obj-row'];
      if (m.newIds.has(o.id)) cls.push('is-new');
      if (ch) cls.push('is-changed');
      if (o.id === this.selected) cls.push('is-selected');
      const row = h('vscode-data-grid-row', { class: cls.join(' '), 'data-id': o.id });
      const cells: Array<string | Node> = [
        h('code', null, hex(o.id)),
        o.type,
        h('span', { class: 'repr', title: o.repr }, o.repr),
        names.join(', '),
        ch ? h('span', { title: `was ${ch.from}` }, num(o.refcnt), h('span', { class: 'delta' }, ch.to > ch.from ? ' ▲' : ' ▼')) : num(o.refcnt),
        bytes(o.size),
        o.gen === null ? '—' : String(o.gen),
        o.block.kind === 'pymalloc' && o.block.pool !== undefined ? h('code', null, hex(o.block.pool)) : o.block.kind,
      ];
      cells.forEach((c, i) => row.appendChild(h('vscode-data-grid-cell', { 'grid-column': i + 1, class: ['refcnt', 'size', 'gen'].includes(COLUMNS[i].key) ? 'num' : '' }, c)));
      grid.appendChild(row);
    }
    this.gridHost.appendChild(grid);
  }
}
