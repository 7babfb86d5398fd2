// The GC tab: each generation's count against its threshold, tracked objects
// per generation, the last collection, and the reference cycles among tracked
// objects (strongly connected components), which can be highlighted in the graph.

import type { HeapModel, Cycle } from './model';
import { h, clear } from './dom';
import { hex, num, plural } from './format';

export interface GcCallbacks {
  select(id: number | null): void;
  showCycles(on: boolean): void;
  filterGeneration(gen: number): void;
}

const COUNT_MEANING = [
  'allocations minus deallocations of tracked objects since the last collection',
  'collections of generation 0 since the last collection of generation 1',
  'collections of generation 1 since the last full collection',
];

export class GcView {
  private readonly root: HTMLElement;
  cyclesShown = false;

  constructor(host: HTMLElement, private readonly cb: GcCallbacks) {
    this.root = h('div', { class: 'gc' });
    host.appendChild(this.root);
    this.root.addEventListener('click', (ev) => {
      const t = (ev.target as HTMLElement).closest<HTMLElement>('[data-select]');
      if (t) { ev.preventDefault(); this.cb.select(Number(t.dataset.select)); }
      const g = (ev.target as HTMLElement).closest<HTMLElement>('[data-gen]');
      if (g) { ev.preventDefault(); this.cb.filterGeneration(Number(g.dataset.gen)); }
    });
  }

  render(m: HeapModel): void {
    clear(this.root);
    const gc = m.snap.gc;
    const byGen: Array<Map<string, number>> = [new Map(), new Map(), new Map()];
    for (const o of m.snap.objects) if (o.gen !== null && o.gen >= 0 && o.gen <= 2) byGen[o.gen].set(o.type, (byGen[o.gen].get(o.type) ?? 0) + 1);

    const gens = h('section', { class: 'gc-gens' },
      h('h3', null, 'Generations ', gc.enabled ? h('vscode-badge', { class: 'gc-enabled' }, 'enabled') : h('vscode-badge', { class: 'gc-disabled' }, 'disabled (gc.disable())')));
    for (let g = 0; g < 3; g++) {
      const count = gc.count[g] ?? 0;
      const thr = gc.threshold[g] ?? 1;
      const pct = Math.min(1, thr > 0 ? count / thr : 0);
      const bar = h('span', { class: 'meter-fill' });
      bar.style.width = `${(pct * 100).toFixed(1)}%`;
      if (pct >= 0.9) bar.classList.add('is-high');
      const types = [...byGen[g].entries()].sort((a, b) => b[1] - a[1]);
      const chips = h('div', { class: 'gen-types' });
      for (const [t, n] of types.slice(0, 8)) chips.appendChild(h('span', { class: 'chip' }, h('code', null, t), ` ${num(n)}`));
      if (types.length > 8) chips.appendChild(h('span', { class: 'muted' }, `+${types.length - 8} types`));
      gens.appendChild(h('div', { class: 'gen', 'data-generation': g },
        h('div', { class: 'gen-head' }, h('strong', null, `Generation ${g}`),
          h('span', { class: 'gen-count' }, `${num(count)} / ${num(thr)}`)),
        h('div', { class: 'meter', role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': thr, 'aria-valuenow': count, 'aria-label': `Generation ${g} count` }, bar),
        h('div', { class: 'muted small' }, `count: ${COUNT_MEANING[g]}; collected when it exceeds the threshold`),
        h('div', { class: 'gen-tracked' },
          h('a', { href: '#', 'data-gen': g, title: 'List them in Objects' }, plural(gc.tracked[g] ?? 0, 'tracked object')),
          (gc.tracked[g] ?? 0) !== [...byGen[g].values()].reduce((a, b) => a + b, 0) ? h('span', { class: 'muted' }, ` (${num([...byGen[g].values()].reduce((a, b) => a + b, 0))} in the snapshot)`) : null),
        chips));
    }
    this.root.appendChild(gens);

    const garbage = m.garbage();
    const gtypes = new Map<string, number>();
    for (const id of garbage) { const t = m.get(id)!.type; gtypes.set(t, (gtypes.get(t) ?? 0) + 1); }
    const glist = h('span', { class: 'garbage-types' });
    for (const [t, n] of [...gtypes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6)) glist.append(' ', h('span', { class: 'chip' }, h('code', null, t), ` ${num(n)}`));
    this.root.appendChild(h('section', { class: 'gc-garbage' },
      h('h3', null, 'Garbage now'),
      h('p', { class: 'gc-garbage-count' }, garbage.size === 0
        ? 'A full collection now would free nothing: every tracked object is referenced from outside the tracked set or reachable from one that is.'
        : h('span', null, 'A full collection now would free ', h('strong', null, plural(garbage.size, 'object')), ':', glist))));

    const last = gc.last;
    this.root.appendChild(h('section', { class: 'gc-last' },
      h('h3', null, 'Last collection'),
      last
        ? h('dl', { class: 'd-facts' },
          h('dt', null, 'generation'), h('dd', null, String(last.generation)),
          h('dt', null, 'collected'), h('dd', { class: 'gc-collected' }, num(last.collected), h('span', { class: 'muted' }, ' (what gc.collect() returned)')),
          h('dt', null, 'uncollectable'), h('dd', null, num(last.uncollectable)),
          h('dt', null, 'finalized'), h('dd', null, num(last.finalized)))
        : h('p', { class: 'muted' }, 'No collection has run yet.')));

    const cycles = m.cycles();
    const btn = h('vscode-button', { class: 'btn-cycles', appearance: this.cyclesShown ? 'primary' : 'secondary' }, this.cyclesShown ? 'Hide cycles' : 'Show cycles');
    btn.addEventListener('click', () => this.cb.showCycles(!this.cyclesShown));
    const list = h('ol', { class: 'cycle-list' });
    cycles.slice(0, 100).forEach((c: Cycle, i) => {
      const members = h('span', { class: 'cycle-members' });
      c.ids.slice(0, 8).forEach((id, k) => {
        const o = m.get(id)!;
        const name = m.nameOf(id);
        if (k > 0) members.append(' ⇄ ');
        members.appendChild(h('a', { href: '#', 'data-select': id, title: o.repr }, h('code', null, o.type), ' ', hex(id), name ? ` (${name})` : ''));
      });
      if (c.ids.length > 8) members.append(` … +${c.ids.length - 8}`);
      list.appendChild(h('li', { class: `cycle${c.garbage ? ' is-garbage' : ''}`, 'data-cycle': i },
        h('div', null, h('strong', null, plural(c.ids.length, 'object')), ' ',
          c.garbage ? h('span', { class: 'mark mark-garbage' }, 'garbage: gc.collect() would free it')
            : c.unreachable ? h('span', { class: 'muted' }, 'no frame or global reaches it, but something outside the snapshot holds it')
              : h('span', { class: 'muted' }, 'reachable from a frame or global')),
        members));
    });
    this.root.appendChild(h('section', { class: 'gc-cycles' },
      h('h3', null, 'Reference cycles ', h('vscode-badge', null, String(cycles.length)), h('span', { class: 'spacer' }), btn),
      h('p', { class: 'muted small' }, 'Strongly connected components of GC-tracked objects: reference counting alone can never free them.'),
      cycles.length > 0 ? list : h('p', { class: 'muted' }, 'No cycle among tracked objects.')));
  }
}
