// The Heap view webview: entry point. Receives snapshots from the extension
// (validated with isToWebview), renders four tabs (Graph, Memory, GC, Objects)
// and a details panel for the selected object, posts `ready`, `reveal`,
// `export` and `copySvg` (the graph drawn as SVG). Built with @vscode/webview-ui-toolkit and the editor's theme
// variables; strict CSP: no inline script or style anywhere.

import {
  provideVSCodeDesignSystem, vsCodePanels, vsCodePanelTab, vsCodePanelView, vsCodeDataGrid, vsCodeDataGridRow,
  vsCodeDataGridCell, vsCodeButton, vsCodeDropdown, vsCodeOption, vsCodeBadge, vsCodeCheckbox, vsCodeTextField,
} from '@vscode/webview-ui-toolkit';
import './styles.css';
import { isToWebview, type ToWebview } from '../src/protocol/webview';
import type { HeapSnapshot } from '../src/runtime/inspect/model';
import { HeapModel } from './model';
import { layoutGraph, DEFAULT_OPTIONS, type GraphOptions, type GraphLayout } from './graph/layout';
import { GraphView } from './graph/view';
import { exportGraphSvg } from './graph/svgExport';
import { renderDetails } from './details';
import { MemoryView } from './memory';
import { GcView } from './gcview';
import { ObjectsView, type ObjectsState } from './objects';
import { h, clear } from './dom';
import { num, plural } from './format';
import { post, loadState, saveState } from './vscodeApi';

provideVSCodeDesignSystem().register(
  vsCodePanels(), vsCodePanelTab(), vsCodePanelView(), vsCodeDataGrid(), vsCodeDataGridRow(), vsCodeDataGridCell(),
  vsCodeButton(), vsCodeDropdown(), vsCodeOption(), vsCodeBadge(), vsCodeCheckbox(), vsCodeTextField(),
);

type Tab = 'graph' | 'memory' | 'gc' | 'objects';
const TABS: Tab[] = ['graph', 'memory', 'gc', 'objects'];

interface UiState {
  tab: Tab;
  inline: boolean;
  unreachable: boolean;
  internals: boolean;
  depth: number | null;
  type: string | null;
  selected: number | null;
  cycles: boolean;
  objects: Partial<ObjectsState>;
  pool: number | null;
  zoom: number;
}

type CheckboxEl = HTMLElement & { checked: boolean };
type DropdownEl = HTMLElement & { value: string };

const DEPTHS: Array<[string, number]> = [['All', Infinity], ['1', 1], ['2', 2], ['3', 3], ['4', 4], ['6', 6], ['8', 8]];

function looksLikeSnapshot(s: unknown): s is HeapSnapshot {
  return !!s && typeof s === 'object' && Array.isArray((s as HeapSnapshot).objects) && Array.isArray((s as HeapSnapshot).frames);
}

class App {
  private ui: UiState;
  private model: HeapModel | null = null;
  private layout: GraphLayout | null = null;
  private ended = false;
  private dirty = new Set<Tab>();
  private expanded = new Map<number, number>();

  private readonly el = {
    app: document.getElementById('app') ?? document.body.appendChild(h('div', { id: 'app' })),
    toolbar: h('header', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Heap view' }),
    step: h('span', { class: 'step', 'aria-live': 'polite' }),
    loc: h('a', { class: 'loc', href: '#', title: 'Reveal the current line' }),
    changes: h('span', { class: 'changes' }),
    banner: h('div', { class: 'banner', role: 'status', hidden: true }),
    empty: h('div', { class: 'empty-state' }),
    main: h('div', { class: 'main' }),
    panels: h('vscode-panels', { class: 'panels', 'aria-label': 'Heap view tabs' }) as HTMLElement & { activeid: string },
    details: h('aside', { class: 'details', 'aria-label': 'Selected object', hidden: true }),
    graphHost: h('div', { class: 'graph-host' }),
    graphStatus: h('span', { class: 'graph-status' }),
    objectsBadge: h('vscode-badge', { class: 'tab-badge' }),
    cyclesBadge: h('vscode-badge', { class: 'tab-badge' }),
    typeDropdown: h('vscode-dropdown', { class: 'type-filter', 'aria-label': 'Type filter', title: 'Only objects of this type' }) as DropdownEl,
    depthDropdown: h('vscode-dropdown', { class: 'depth-filter', 'aria-label': 'Depth', title: 'Distance from a name' }) as DropdownEl,
    inline: h('vscode-checkbox', { class: 'opt-objects', title: 'Draw ints, floats, None, bools and short strs as objects of their own' }, 'Values as objects') as CheckboxEl,
    unreachable: h('vscode-checkbox', { class: 'opt-unreachable', title: 'Also draw objects that no frame or global reaches' }, 'Unreachable') as CheckboxEl,
    internals: h('vscode-checkbox', { class: 'opt-internals', title: 'Code objects, __globals__, dict keys, __class__ links, module dicts' }, 'Internals') as CheckboxEl,
    cyclesBtn: h('vscode-button', { class: 'btn-cycles-graph', appearance: 'secondary', title: 'Highlight reference cycles among GC-tracked objects' }, 'Show cycles'),
    copySvgBtn: h('vscode-button', { class: 'btn-copy-svg', appearance: 'secondary', title: 'Copy the whole graph, as drawn, to the clipboard as a standalone SVG image' }, 'Copy as SVG'),
  };

  private readonly graph: GraphView;
  private readonly memory: MemoryView;
  private readonly gc: GcView;
  private readonly objects: ObjectsView;
  private readonly views: Record<Tab, HTMLElement>;

  constructor() {
    const saved = loadState<UiState>();
    this.ui = {
      tab: TABS.includes(saved.tab as Tab) ? (saved.tab as Tab) : 'graph',
      inline: saved.inline ?? true,
      unreachable: saved.unreachable ?? false,
      internals: saved.internals ?? false,
      depth: saved.depth ?? null,
      type: saved.type ?? null,
      selected: saved.selected ?? null,
      cycles: saved.cycles ?? false,
      objects: saved.objects ?? {},
      pool: saved.pool ?? null,
      zoom: typeof saved.zoom === 'number' && saved.zoom >= 0.2 && saved.zoom <= 2 ? saved.zoom : 1,
    };
    const e = this.el;
    const app = e.app;
    app.classList.add('app');

    // Toolbar.
    const exportBtn = h('vscode-button', { class: 'btn-export', appearance: 'secondary', title: 'Save this snapshot as a .pyheap file' }, 'Export snapshot');
    exportBtn.addEventListener('click', () => post({ type: 'export' }));
    e.loc.addEventListener('click', (ev) => { ev.preventDefault(); if (this.model) this.reveal(this.model.snap.line); });
    e.toolbar.append(e.step, e.loc, e.changes, h('span', { class: 'spacer' }), exportBtn);

    // Tabs.
    const tab = (id: Tab, label: string, badge?: HTMLElement) => h('vscode-panel-tab', { id: `tab-${id}` }, label, badge ?? null);
    const view = (id: Tab) => h('vscode-panel-view', { id: `view-${id}`, class: `view view-${id}` });
    this.views = { graph: view('graph'), memory: view('memory'), gc: view('gc'), objects: view('objects') };
    e.panels.append(tab('graph', 'Graph'), tab('memory', 'Memory'), tab('gc', 'GC', e.cyclesBadge), tab('objects', 'Objects', e.objectsBadge),
      this.views.graph, this.views.memory, this.views.gc, this.views.objects);
    e.panels.setAttribute('activeid', `tab-${this.ui.tab}`);
    e.panels.addEventListener('change', () => {
      const id = (e.panels.activeid ?? '').replace(/^tab-/, '') as Tab;
      if (TABS.includes(id) && id !== this.ui.tab) { this.ui.tab = id; this.persist(); this.renderTab(id); }
    });

    // Graph tab: controls and canvas.
    for (const [label] of DEPTHS) e.depthDropdown.appendChild(h('vscode-option', { value: label }, label === 'All' ? 'Depth: all' : `Depth: ${label}`));
    e.inline.checked = !this.ui.inline;
    e.unreachable.checked = this.ui.unreachable;
    e.internals.checked = this.ui.internals;
    e.inline.addEventListener('change', () => { this.ui.inline = !e.inline.checked; this.relayout(); });
    e.unreachable.addEventListener('change', () => { this.ui.unreachable = e.unreachable.checked; this.relayout(); });
    e.internals.addEventListener('change', () => { this.ui.internals = e.internals.checked; this.relayout(); });
    e.depthDropdown.addEventListener('change', () => {
      const d = DEPTHS.find(([l]) => l === e.depthDropdown.value);
      this.ui.depth = d && Number.isFinite(d[1]) ? d[1] : null;
      this.relayout();
    });
    e.typeDropdown.addEventListener('change', () => {
      const v = e.typeDropdown.value;
      this.ui.type = v === '' || v === '*' ? null : v;
      this.relayout();
    });
    e.cyclesBtn.addEventListener('click', () => this.showCycles(!this.ui.cycles));
    e.copySvgBtn.addEventListener('click', () => this.copySvg());
    const zoomOut = h('vscode-button', { appearance: 'icon', class: 'zoom-out', 'aria-label': 'Zoom out', title: 'Zoom out (Ctrl+wheel)' }, '−');
    const zoomIn = h('vscode-button', { appearance: 'icon', class: 'zoom-in', 'aria-label': 'Zoom in', title: 'Zoom in (Ctrl+wheel)' }, '+');
    const zoomFit = h('vscode-button', { appearance: 'icon', class: 'zoom-fit', 'aria-label': 'Fit the width', title: 'Fit the width; again for 100 %' }, '⤢');
    const zoomLevel = h('span', { class: 'zoom-level', 'aria-live': 'polite' }, '100%');
    const controls = h('div', { class: 'graph-controls' }, e.inline, e.unreachable, e.internals, e.depthDropdown, e.typeDropdown, e.cyclesBtn, e.copySvgBtn,
      h('span', { class: 'zoom', role: 'group', 'aria-label': 'Zoom' }, zoomOut, zoomLevel, zoomIn, zoomFit), e.graphStatus);
    this.views.graph.append(h('div', { class: 'graph-pane' }, controls, e.graphHost));
    this.graph = new GraphView(e.graphHost, {
      select: (id) => this.select(id),
      expand: (id) => { this.expanded.set(id, (this.expanded.get(id) ?? 40) + 200); this.relayout(); },
      reveal: (line) => this.reveal(line),
    });
    this.graph.onZoom = (z) => { zoomLevel.textContent = `${Math.round(z * 100)}%`; this.ui.zoom = z; this.persist(); };
    zoomOut.addEventListener('click', () => this.graph.setZoom(this.graph.zoom / 1.25));
    zoomIn.addEventListener('click', () => this.graph.setZoom(this.graph.zoom * 1.25));
    zoomFit.addEventListener('click', () => { if (this.graph.zoom < 1) this.graph.setZoom(1); else this.graph.fit(); });
    if (this.ui.zoom !== 1) { this.graph.zoom = this.ui.zoom; zoomLevel.textContent = `${Math.round(this.ui.zoom * 100)}%`; }
    this.memory = new MemoryView(this.views.memory, { select: (id) => this.select(id) }, (pool) => { this.ui.pool = pool; this.persist(); });
    this.memory.pool = this.ui.pool;
    this.gc = new GcView(this.views.gc, {
      select: (id) => this.select(id),
      showCycles: (on) => this.showCycles(on),
      filterGeneration: (g) => { this.objects.state.gen = g; this.objects.state.page = 0; this.markDirty('objects'); this.activate('objects'); },
    });
    this.objects = new ObjectsView(this.views.objects, { select: (id) => this.select(id), changed: () => { this.ui.objects = this.objects.state; this.persist(); } });
    this.objects.restore(this.ui.objects);

    e.main.append(e.panels);
    app.append(e.toolbar, e.banner, e.empty, e.main, e.details);
    this.showEmpty('Start debugging a Python file with RefScope to see its heap.');

    document.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape' && this.ui.selected !== null && !(ev.target as HTMLElement).closest?.('vscode-text-field')) this.select(null);
    });
    window.addEventListener('message', (ev: MessageEvent) => this.onMessage(ev.data));
    post({ type: 'ready' });
  }

  private persist(): void {
    saveState<UiState>({ ...this.ui, objects: this.objects?.state ?? this.ui.objects });
  }

  private options(): GraphOptions {
    return {
      ...DEFAULT_OPTIONS,
      inline: this.ui.inline,
      unreachable: this.ui.unreachable,
      internals: this.ui.internals,
      depth: this.ui.depth ?? Infinity,
      type: this.ui.type,
      expanded: this.expanded,
    };
  }

  onMessage(data: unknown): void {
    if (!isToWebview(data)) return;
    const m = data as ToWebview;
    if (m.type === 'empty') {
      this.model = null;
      this.ended = false;
      this.showEmpty('Start debugging a Python file with RefScope to see its heap.');
      return;
    }
    if (m.type === 'ended') {
      this.ended = true;
      if (this.model) {
        this.el.banner.hidden = false;
        clear(this.el.banner);
        this.el.banner.append(h('strong', null, 'The debug session has ended.'), ` Showing the last snapshot (step ${num(this.model.snap.step)}).`);
        document.body.dataset.state = 'ended';
      } else {
        this.showEmpty('The debug session has ended.', 'Start debugging a Python file with RefScope to see its heap.');
        document.body.dataset.state = 'ended';
      }
      return;
    }
    const t0 = performance.now();
    const previous = looksLikeSnapshot(m.previous) ? m.previous : null;
    this.model = new HeapModel(m.snapshot, previous);
    this.ended = false;
    this.el.banner.hidden = true;
    this.el.empty.hidden = true;
    this.el.main.hidden = false;
    this.el.toolbar.hidden = false;
    const model = this.model;
    if (this.ui.selected !== null && !model.byId.has(this.ui.selected)) this.ui.selected = null;
    if (this.ui.type !== null && !model.typeCounts.has(this.ui.type)) this.ui.type = null;
    this.renderToolbar(m.step);
    this.fillTypeDropdown();
    this.el.depthDropdown.value = DEPTHS.find(([, d]) => d === (this.ui.depth ?? Infinity))?.[0] ?? 'All';
    this.layout = layoutGraph(model, this.options());
    for (const t of TABS) this.markDirty(t);
    this.renderTab(this.ui.tab);
    this.renderDetails();
    const ms = performance.now() - t0;
    document.body.dataset.state = 'snapshot';
    document.body.dataset.step = String(m.step);
    document.body.dataset.renderMs = ms.toFixed(1);
    post({ type: 'rendered', step: m.step, objects: m.snapshot.objects.length, drawn: this.layout.boxes.filter((b) => !b.ghost).length });
  }

  private showEmpty(title: string, hint?: string): void {
    const e = this.el;
    e.main.hidden = true;
    e.details.hidden = true;
    e.app.classList.remove('has-details');
    e.toolbar.hidden = true;
    e.banner.hidden = true;
    e.empty.hidden = false;
    clear(e.empty);
    e.empty.append(
      h('div', { class: 'empty-icon', 'aria-hidden': 'true' }, h('span'), h('span'), h('span')),
      h('p', { class: 'empty-title' }, title),
      hint ? h('p', { class: 'empty-hint' }, hint) : h('p', { class: 'empty-hint' }, 'Open a .py file and run “RefScope: Debug Python File”, or press F5 with a RefScope launch configuration.'),
    );
    const debug = h('vscode-button', { class: 'empty-debug', appearance: 'primary', title: 'RefScope: Debug Python File (the file in the active editor)' }, 'Debug current file');
    debug.addEventListener('click', () => post({ type: 'debugFile' }));
    e.empty.append(debug);
    document.body.dataset.state = this.ended ? 'ended' : 'empty';
  }

  private renderToolbar(step: number): void {
    const m = this.model!;
    const e = this.el;
    clear(e.step);
    e.step.append('Step ', h('strong', null, num(step)));
    const file = (m.snap.filename || m.mainFile).split(/[\\/]/).pop() ?? '';
    e.loc.textContent = m.snap.line > 0 ? `${file}:${m.snap.line}` : file;
    clear(e.changes);
    if (m.prev) {
      const chip = (cls: string, text: string, title: string) => h('span', { class: `chg ${cls}`, title }, text);
      const nNew = m.newIds.size;
      const nFreed = m.freed.length;
      const nRc = m.changed.size;
      const parts = [
        nNew > 0 ? chip('chg-new', `+${num(nNew)} new`, `${plural(nNew, 'object')} allocated since step ${m.prev.step}`) : null,
        nFreed > 0 ? chip('chg-freed', `−${num(nFreed)} freed`, `${plural(nFreed, 'object')} freed since step ${m.prev.step}`) : null,
        nRc > 0 ? chip('chg-rc', `${num(nRc)} rc`, `${plural(nRc, 'refcount')} changed since step ${m.prev.step}`) : null,
      ].filter((x): x is HTMLElement => x !== null);
      if (parts.length > 0) e.changes.append(h('span', { class: 'muted' }, m.prev.step > m.snap.step ? 'back from step ' : 'since step ', `${num(m.prev.step)}`), ...parts);
      else e.changes.append(h('span', { class: 'muted' }, `no change since step ${num(m.prev.step)}`));
    }
    e.objectsBadge.textContent = num(m.snap.objects.length);
    // The GC tab's badge (garbage cycles) can wait until the graph is painted.
    e.cyclesBadge.hidden = true;
    const later = (window as unknown as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => void }).requestIdleCallback;
    (later ? (cb: () => void) => later(cb, { timeout: 500 }) : (cb: () => void) => setTimeout(cb, 50))(() => {
      if (this.model !== m) return;
      const cyc = m.cycles().filter((c) => c.garbage).length;
      e.cyclesBadge.textContent = String(cyc);
      e.cyclesBadge.hidden = cyc === 0;
      e.cyclesBadge.title = `${plural(cyc, 'garbage cycle')}: gc.collect() would free them`;
    });
  }

  private typeOptionsKey = '';

  private fillTypeDropdown(): void {
    const m = this.model!;
    const dd = this.el.typeDropdown;
    const types = [...m.typeCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 60);
    if (this.ui.type !== null && !types.some(([t]) => t === this.ui.type)) types.push([this.ui.type, m.typeCounts.get(this.ui.type) ?? 0]);
    // Toolkit options are costly to create: rebuild only when the types or their order change;
    // a step that only changes counts updates the labels in place.
    const key = types.map(([t]) => t).join('|');
    if (key !== this.typeOptionsKey) {
      this.typeOptionsKey = key;
      clear(dd);
      dd.appendChild(h('vscode-option', { value: '*' }, 'All types'));
      for (const [t] of types) dd.appendChild(h('vscode-option', { value: t }));
    }
    const options = dd.children;
    types.forEach(([t, n], i) => {
      const label = `${t} (${num(n)})`;
      const o = options[i + 1];
      if (o && o.textContent !== label) o.textContent = label;
    });
    dd.value = this.ui.type ?? '*';
  }

  private activate(tab: Tab): void {
    this.ui.tab = tab;
    this.el.panels.activeid = `tab-${tab}`;
    this.persist();
    this.renderTab(tab);
  }

  /**
   * The tab's content no longer matches the snapshot. A hidden tab's stale
   * content is also taken out of layout: the toolkit focuses the new tab (and
   * measures its indicator) before our change handler runs, and would
   * otherwise lay out the whole stale tab once before it is redrawn.
   */
  private markDirty(tab: Tab): void {
    this.dirty.add(tab);
    if (tab !== this.ui.tab && tab !== 'graph') this.views[tab].classList.add('is-stale');
  }

  private renderTab(tab: Tab): void {
    const m = this.model;
    if (!m || !this.dirty.has(tab)) {
      if (tab === 'graph') requestAnimationFrame(() => this.graph.renderViewport());
      return;
    }
    this.dirty.delete(tab);
    this.views[tab].classList.remove('is-stale');
    if (tab === 'graph') this.renderGraph();
    else if (tab === 'memory') this.memory.setData(m, this.ui.selected);
    else if (tab === 'gc') { this.gc.cyclesShown = this.ui.cycles; this.gc.render(m); }
    else this.objects.setData(m, this.ui.selected);
  }

  private renderGraph(): void {
    const m = this.model!;
    const L = this.layout!;
    this.graph.setData(m, L, this.ui.selected, this.ui.cycles ? m.cycles().map((c) => c.ids) : null);
    const st = this.el.graphStatus;
    clear(st);
    const drawn = L.boxes.filter((b) => !b.ghost).length;
    st.append(plural(drawn, 'object'));
    const hid = L.hidden;
    if (hid.unreachable > 0) st.append(' · ', h('a', { href: '#', class: 'show-unreachable', title: 'Draw them' }, `${num(hid.unreachable)} unreachable`));
    if (hid.depth > 0) st.append(` · ${num(hid.depth)} deeper`);
    if (hid.type > 0) st.append(` · ${num(hid.type)} other types`);
    if (hid.internals > 0 && !this.ui.internals) st.append(` · ${num(hid.internals)} internal`);
    st.querySelector('.show-unreachable')?.addEventListener('click', (ev) => {
      ev.preventDefault();
      this.el.unreachable.checked = true;
      this.ui.unreachable = true;
      this.relayout();
    });
    this.el.cyclesBtn.textContent = this.ui.cycles ? 'Hide cycles' : 'Show cycles';
    this.el.cyclesBtn.setAttribute('appearance', this.ui.cycles ? 'primary' : 'secondary');
  }

  private relayout(): void {
    this.persist();
    if (!this.model) return;
    const t0 = performance.now();
    this.layout = layoutGraph(this.model, this.options());
    this.dirty.add('graph');
    if (this.ui.tab === 'graph') this.renderTab('graph');
    document.body.dataset.layoutMs = (performance.now() - t0).toFixed(1);
  }

  /** "Copy as SVG": the graph as laid out now, drawn in the theme's colours, posted to the extension for the clipboard. */
  private copySvg(): void {
    const m = this.model;
    if (!m || !this.layout) return;
    const cycleOf = new Map<number, number>();
    if (this.ui.cycles) m.cycles().forEach((c, i) => { for (const id of c.ids) cycleOf.set(id, i); });
    const file = (m.snap.filename || m.mainFile).split(/[\\/]/).pop() ?? '';
    const r = exportGraphSvg(m, this.layout, this.el.graphHost, {
      selected: this.ui.selected, cycleOf, title: `RefScope heap graph · step ${m.snap.step} · ${file}${m.snap.line > 0 ? `:${m.snap.line}` : ''}`,
    });
    post({ type: 'copySvg', svg: r.svg, objects: r.objects, arrows: r.arrows });
  }

  private showCycles(on: boolean): void {
    this.ui.cycles = on;
    this.persist();
    if (!this.model) return;
    const cycles = this.model.cycles();
    this.graph.setCycles(on ? cycles.map((c) => c.ids) : null);
    this.el.cyclesBtn.textContent = on ? 'Hide cycles' : 'Show cycles';
    this.el.cyclesBtn.setAttribute('appearance', on ? 'primary' : 'secondary');
    this.gc.cyclesShown = on;
    if (this.ui.tab === 'gc') this.gc.render(this.model); else this.markDirty('gc');
    if (on) {
      // Garbage cycles are not drawn by default: draw them, then go to the graph.
      if (cycles.some((c) => c.unreachable) && !this.ui.unreachable) {
        this.ui.unreachable = true;
        this.el.unreachable.checked = true;
        this.relayout();
      }
      this.activate('graph');
      const first = cycles[0];
      if (first) requestAnimationFrame(() => this.graph.scrollTo(first.ids[0]));
    }
  }

  select(id: number | null): void {
    this.ui.selected = id;
    this.persist();
    this.graph.setSelected(id);
    this.objects.setSelected(id);
    if (this.ui.tab === 'memory') this.memory.setSelected(id); else this.markDirty('memory');
    this.renderDetails();
  }

  private renderDetails(): void {
    const d = this.el.details;
    const m = this.model;
    if (!m || this.ui.selected === null) { d.hidden = true; clear(d); this.el.app.classList.remove('has-details'); return; }
    d.hidden = false;
    this.el.app.classList.add('has-details');
    renderDetails(d, m, this.ui.selected, this.layout?.boxById.has(this.ui.selected) ?? false, {
      select: (id) => this.select(id),
      reveal: (line) => this.reveal(line),
      showInGraph: (id) => { this.activate('graph'); requestAnimationFrame(() => this.graph.scrollTo(id)); },
      showInMemory: (id) => { this.activate('memory'); this.memory.showObject(id); },
    });
  }

  private reveal(line: number): void {
    if (!this.model || !(line > 0)) return;
    post({ type: 'reveal', filename: this.model.mainFile, line });
  }
}

function start(): void {
  new App();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
