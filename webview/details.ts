// The details panel of the selected object: refcount accounting, referrers,
// referents, allocating line and pymalloc block.

import type { HeapModel, Referrer } from './model';
import { h, clear } from './dom';
import { hex, bytes, num, plural, clip } from './format';

export interface DetailsCallbacks {
  select(id: number | null): void;
  reveal(line: number): void;
  showInGraph(id: number): void;
  showInMemory(id: number): void;
}

const LIST_CAP = 200;

function objLink(m: HeapModel, id: number, cb: DetailsCallbacks, prefix?: string): HTMLElement {
  const o = m.get(id);
  const a = h('a', { class: 'obj-link', href: '#', 'data-select': id, title: o ? o.repr : 'not in the snapshot' },
    prefix ? h('span', { class: 'lbl' }, prefix) : null,
    h('span', { class: 'ty' }, o ? o.type : '?'), id === m.globalsDict ? h('span', { class: 'tag' }, 'globals') : null, ' ', h('code', null, hex(id)),
    o ? h('span', { class: 'rp' }, ' ', clip(o.repr, 40)) : null);
  a.addEventListener('click', (ev) => { ev.preventDefault(); cb.select(id); });
  return a;
}

function referrerItem(m: HeapModel, r: Referrer, cb: DetailsCallbacks): HTMLElement {
  if (r.kind === 'name') {
    const what = r.ref.kind === 'stack' ? 'value stack of' : r.ref.kind === 'cell' ? 'cell variable in' : r.ref.kind === 'global' ? 'global' : 'local in';
    return h('li', { class: 'ref-name' }, h('code', { class: 'nm' }, r.ref.name), ' ', h('span', { class: 'muted' }, r.ref.kind === 'global' ? 'global name' : `${what} ${r.ref.frameTitle}`));
  }
  return h('li', null, objLink(m, r.from, cb), ' ', h('span', { class: 'muted' }, 'via'), ' ', h('code', null, r.label));
}

/** Render the panel for `id` into `host`; `drawn` says whether the graph shows it. */
export function renderDetails(host: HTMLElement, m: HeapModel, id: number, drawn: boolean, cb: DetailsCallbacks): void {
  clear(host);
  const o = m.get(id);
  const close = h('vscode-button', { appearance: 'icon', 'aria-label': 'Close details', title: 'Close (Esc)', class: 'details-close' }, '✕');
  close.addEventListener('click', () => cb.select(null));
  if (!o) {
    host.append(h('div', { class: 'details-head' }, h('span', null, `No object at ${hex(id)} in this snapshot.`), close));
    return;
  }
  const refs = m.referrers(id);
  const acct = m.refAccount(id);
  const other = acct.other;
  const head = h('div', { class: 'details-head' },
    h('span', { class: 'd-type' }, o.type),
    h('code', { class: 'd-id', title: `id() = ${o.id}` }, hex(o.id)),
    m.newIds.has(id) ? h('vscode-badge', { class: 'badge-new' }, 'new') : null,
    h('span', { class: 'spacer' }),
    close);
  const repr = h('div', { class: 'd-repr', title: o.repr }, o.repr);

  const facts = h('dl', { class: 'd-facts' });
  const fact = (k: string, ...v: Array<Node | string | null>) => facts.append(h('dt', null, k), h('dd', null, ...v));
  const ch = m.changed.get(id);
  let rcNote = `${plural(acct.names, 'local name')} + ${plural(acct.slots, 'object slot')}`;
  if (other > 0) rcNote += ` + ${num(other)} not in the snapshot (code constants, interpreter caches, C code)`;
  else if (other < 0) rcNote += ` (${num(-other)} more than ob_refcnt: a borrowed reference)`;
  if (acct.slots > 0 && refs.some((r) => r.kind === 'name' && r.ref.kind === 'global')) rcNote += '; a global name is its slot in the globals dict';
  fact('refcount', h('strong', { class: 'd-rc' }, num(o.refcnt)), ch ? h('span', { class: 'mark mark-changed' }, `was ${ch.from}`) : null, h('div', { class: 'muted small' }, rcNote));
  fact('size', `${num(o.size)} bytes`, h('span', { class: 'muted' }, ' (sys.getsizeof)'));
  fact('gc', o.gen === null ? 'not tracked' : `tracked, generation ${o.gen}`);
  if (o.line !== null && o.line > 0) {
    const a = h('a', { href: '#', class: 'd-line', 'data-line': o.line, title: `Reveal line ${o.line} in the editor` }, `line ${o.line}`);
    a.addEventListener('click', (ev) => { ev.preventDefault(); cb.reveal(o.line!); });
    fact('allocated', a);
  } else {
    fact('allocated', h('span', { class: 'muted' }, 'before the program ran, or line unknown'));
  }
  const b = o.block;
  if (b.kind === 'pymalloc') {
    fact('block', h('code', null, hex(b.address)), ` · ${b.size}-byte block`,
      h('div', { class: 'muted small' }, `arena ${b.arena ?? '?'} · pool ${b.pool !== undefined ? hex(b.pool) : '?'} · size class ${b.sizeClass ?? '?'} · block #${b.blockIndex ?? '?'}`),
      b.address !== o.id ? h('div', { class: 'muted small' }, `id − block = ${o.id - b.address} bytes of pre-header (${o.id - b.address === 32 ? 'managed dict + PyGC_Head' : 'PyGC_Head'})`) : null);
  } else if (b.kind === 'system') {
    fact('block', h('code', null, hex(b.address)), ` · system malloc, ${bytes(b.size)}`, h('div', { class: 'muted small' }, 'over 512 bytes: not from a pymalloc pool'));
  } else {
    fact('block', 'static', h('div', { class: 'muted small' }, "in the interpreter's data segment, never freed"));
  }

  const actions = h('div', { class: 'd-actions' });
  if (drawn) {
    const g = h('vscode-button', { appearance: 'secondary', class: 'btn-show-graph' }, 'Show in graph');
    g.addEventListener('click', () => cb.showInGraph(id));
    actions.appendChild(g);
  }
  if (b.kind === 'pymalloc' || b.kind === 'system') {
    const mm = h('vscode-button', { appearance: 'secondary', class: 'btn-show-memory' }, 'Show block in memory');
    mm.addEventListener('click', () => cb.showInMemory(id));
    actions.appendChild(mm);
  }

  const referrers = h('ul', { class: 'd-list d-referrers' });
  refs.slice(0, LIST_CAP).forEach((r) => referrers.appendChild(referrerItem(m, r, cb)));
  if (refs.length > LIST_CAP) referrers.appendChild(h('li', { class: 'muted' }, `… ${num(refs.length - LIST_CAP)} more`));
  if (refs.length === 0) referrers.appendChild(h('li', { class: 'muted' }, 'none in the snapshot'));
  const referents = h('ul', { class: 'd-list d-referents' });
  o.referents.slice(0, LIST_CAP).forEach((e) => referents.appendChild(h('li', null, h('code', { class: 'lbl' }, e.label), ' → ', objLink(m, e.id, cb))));
  if (o.referents.length > LIST_CAP) referents.appendChild(h('li', { class: 'muted' }, `… ${num(o.referents.length - LIST_CAP)} more`));
  if (o.referents.length === 0) referents.appendChild(h('li', { class: 'muted' }, 'none'));

  host.append(head, repr, facts, actions,
    h('div', { class: 'd-section' }, h('h4', null, 'Referrers ', h('vscode-badge', null, String(refs.length))), referrers),
    h('div', { class: 'd-section' }, h('h4', null, 'Referents ', h('vscode-badge', null, String(o.referents.length))), referents));
}
