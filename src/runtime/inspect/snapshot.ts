// Taking a heap snapshot of a Runtime: frames, globals, and every live object
// reachable from them or tracked by the GC, with its block, size, refcount and
// labelled referents. Never runs Python code (reprs are computed natively).

import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyDict } from '../objects/dict';
import {
  PyInt, PyFloat, PyStr, PyBytes, PyTuple, PyList, PySet, PyInstance, PyCell, PyFunction, PyMethod, PyModule,
  PyComplex, PyRange, PyException, PyCodeObj, PyBuiltin,
} from '../objects/core';
import type { Runtime } from '../runtime';
import type { Frame } from '../vm/frame';
import type { HeapSnapshot, ObjectSnapshot, Edge, BlockRef, FrameSnapshot, Binding, ArenaSummary } from './model';
import { floatRepr } from '../objects/format/index';
import { setMembers } from '../objects/set';
import { dictItems } from '../objects/dictops';

const REPR_MAX = 80;

function clip(s: string): string {
  return s.length > REPR_MAX ? s.slice(0, REPR_MAX - 3) + '...' : s;
}

function strRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s.slice(0, REPR_MAX)) {
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch < ' ') out += '\\x' + ch.charCodeAt(0).toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}

const ITEMS_SHOWN = 8;

function itemsRepr(rt: Runtime, items: PyObject[], depth: number): string {
  const shown = items.slice(0, ITEMS_SHOWN).map((x) => shortRepr(rt, x, depth + 1));
  if (items.length > ITEMS_SHOWN) shown.push('...');
  return shown.join(', ');
}

/** A short, side-effect-free repr (CPython's repr for builtin values; containers abbreviated). */
export function shortRepr(rt: Runtime, o: PyObject, depth = 0): string {
  if (depth < 2) {
    if (o instanceof PyList) return clip(`[${itemsRepr(rt, o.items, depth)}]`);
    if (o instanceof PyTuple) return clip(o.items.length === 1 ? `(${shortRepr(rt, o.items[0], depth + 1)},)` : `(${itemsRepr(rt, o.items, depth)})`);
    if (o instanceof PyDict && o.type === rt.t.dict) {
      const items = dictItems(o);
      const parts = items.slice(0, ITEMS_SHOWN).map(([k, v]) => `${shortRepr(rt, k, depth + 1)}: ${shortRepr(rt, v, depth + 1)}`);
      if (items.length > ITEMS_SHOWN) parts.push('...');
      return clip(`{${parts.join(', ')}}`);
    }
    if (o instanceof PySet && o.used === 0) return `${o.type.name}()`;
    if (o instanceof PySet && o.type === rt.t.set) return clip(`{${itemsRepr(rt, setMembers(o), depth)}}`);
  }
  if (o === rt.None) return 'None';
  if (o === rt.True) return 'True';
  if (o === rt.False) return 'False';
  if (o instanceof PyInt) return clip(String(o.v));
  if (o instanceof PyFloat) return floatRepr(o.v);
  if (o instanceof PyComplex) return `(${o.real}+${o.imag}j)`;
  if (o instanceof PyStr) return clip(strRepr(o.v));
  if (o instanceof PyBytes) return clip(`b'${Array.from(o.v.slice(0, 40), (b) => (b >= 32 && b < 127 && b !== 39 && b !== 92 ? String.fromCharCode(b) : '\\x' + b.toString(16).padStart(2, '0'))).join('')}'`);
  if (o instanceof PyType) return `<class '${o.module === 'builtins' ? '' : o.module + '.'}${o.qualname}'>`;
  if (o instanceof PyTuple) return `tuple[${o.items.length}]`;
  if (o instanceof PyList) return `list[${o.items.length}]`;
  if (o instanceof PyDict) return `dict[${o.used}]`;
  if (o instanceof PySet) return `${o.type.name}[${o.used}]`;
  if (o instanceof PyRange) return `range(${o.start}, ${o.stop}${o.step !== 1n ? ', ' + o.step : ''})`;
  if (o instanceof PyFunction) return `<function ${o.qualname}>`;
  if (o instanceof PyBuiltin) return `<built-in ${o.name}>`;
  if (o instanceof PyMethod) return `<bound method>`;
  if (o instanceof PyCell) return '<cell>';
  if (o instanceof PyModule) return `<module '${o.name}'>`;
  if (o instanceof PyCodeObj) return `<code ${o.code.name}>`;
  if (o instanceof PyException) return `${o.type.name}(...)`;
  return `<${o.type.qualname} object>`;
}

/** Labels "[0]", "[1]", ... made once per snapshot. */
class IndexLabels {
  private readonly labels: string[] = [];
  get(i: number): string {
    let l = this.labels[i];
    if (l === undefined) { l = `[${i}]`; this.labels[i] = l; }
    return l;
  }
}

/** Calls `add(label, referent)` for each of `o`'s labelled references. */
function edgesOf(rt: Runtime, o: PyObject, addRef: (label: string, c: PyObject) => void, idx: IndexLabels): void {
  const add = (label: string, c: PyObject | null) => { if (c !== null) addRef(label, c); };
  if (o instanceof PyTuple || o instanceof PyList) {
    const items = o.items;
    for (let i = 0; i < items.length; i++) addRef(idx.get(i), items[i]);
    return;
  }
  if (o instanceof PyDict) {
    for (const [k, v] of dictItems(o)) {
      const kl = k instanceof PyStr ? strRepr(k.v) : shortRepr(rt, k);
      add(`key ${kl}`, k);
      add(`[${kl}]`, v);
    }
    return;
  }
  if (o instanceof PySet) { for (const m of setMembers(o)) add('member', m); return; }
  if (o instanceof PyInstance) {
    if (o.dict !== null) {
      if (o.dictMaterialized) add('__dict__', o.dict);
      else for (const [k, v] of dictItems(o.dict)) add(`.${(k as PyStr).v}`, v);
    }
    if (o.slots !== null && o.type.slotIndex) {
      for (const [name, i] of o.type.slotIndex) add(`.${name}`, o.slots[i]);
    }
    add('__class__', o.type.heap ? o.type : null);
    return;
  }
  if (o instanceof PyCell) { add('cell_contents', o.ref); return; }
  if (o instanceof PyFunction) {
    add('__code__', o.codeObj);
    add('__globals__', o.globals);
    add('__defaults__', o.defaults);
    add('__kwdefaults__', o.kwdefaults);
    add('__closure__', o.closure);
    add('__dict__', o.dict);
    return;
  }
  if (o instanceof PyMethod) { add('__func__', o.func); add('__self__', o.self); return; }
  if (o instanceof PyModule) { add('__dict__', o.dict); return; }
  if (o instanceof PyType && o.heap) { add('__dict__', o.dict); o.bases.forEach((b, i) => add(`__bases__[${i}]`, b)); return; }
  const tr = o.type.traverse;
  if (tr !== null) { let i = 0; tr(o, (c) => add(`ref${i++}`, c)); }
  return;
}

function blockOf(rt: Runtime, o: PyObject): BlockRef {
  const pre = (o.type.gc ? 16 : 0) + (o.type.managedDict ? 16 : 0);
  const start = o.addr - pre;
  if (rt.isStaticAddress(o.addr)) return { kind: 'static', address: start, size: 0 };
  const info = rt.mem.blockInfo(start);
  if (info === undefined) return { kind: 'static', address: start, size: 0 };
  if (info.kind === 'pymalloc') {
    return { kind: 'pymalloc', address: start, size: info.blockSize, arena: info.arenaIndex, pool: info.poolAddress, sizeClass: info.sizeClass, blockIndex: info.blockIndex };
  }
  return { kind: 'system', address: start, size: info.size };
}

function frameSnapshot(rt: Runtime, f: Frame, visit: (o: PyObject | null) => void): FrameSnapshot {
  const locals: Binding[] = [];
  const cells: Binding[] = [];
  const names = f.code.localsplusNames;
  const kinds = f.code.localsplusKinds;
  if (f.locals !== null && f.locals !== f.globals) {
    for (const [k, v] of dictItems(f.locals)) { visit(v); locals.push({ name: (k as PyStr).v, id: v.addr }); }
  }
  for (let i = 0; i < names.length; i++) {
    const v = f.localsplus[i];
    visit(v);
    if (kinds[i] & 0xc0 && v instanceof PyCell) {
      visit(v.ref);
      cells.push({ name: names[i], id: v.ref ? v.ref.addr : null, cell: v.addr });
    } else if (kinds[i] & 0x20) locals.push({ name: names[i], id: v ? v.addr : null });
  }
  const stack: number[] = [];
  for (let i = 0; i < f.sp; i++) { const v = f.stack[i]; if (v) { visit(v); stack.push(v.addr); } }
  return { name: f.code.qualname, filename: f.code.filename, line: f.lineno, locals, cells, stack };
}

export interface SnapshotOptions {
  /** Stop adding objects after this many (the rest of the heap is left out; `capped` is set). */
  maxObjects?: number;
  /** Referents listed per object (the rest are counted in `omitted`). */
  maxEdges?: number;
}

/** Snapshot the runtime's state now. Objects are found from the frames and globals first, then the GC's lists. */
export function takeSnapshot(rt: Runtime, step = rt.trace.steps, opts: SnapshotOptions = {}): HeapSnapshot {
  const maxObjects = opts.maxObjects ?? Infinity;
  const maxEdges = opts.maxEdges ?? Infinity;
  // Keyed by the object itself: addresses above 2^31 are heap numbers, slow as Map keys.
  const seen = new Set<PyObject>();
  const idx = new IndexLabels();
  const queue: PyObject[] = [];
  let capped = false;
  const visit = (o: PyObject | null) => {
    if (o === null || seen.has(o)) return;
    if (seen.size >= maxObjects) { capped = true; return; }
    seen.add(o);
    queue.push(o);
  };
  const chain: Frame[] = [];
  for (let f = rt.frame; f !== null; f = f.back) chain.unshift(f);
  const frames = chain.map((f) => frameSnapshot(rt, f, visit));
  const main = rt.modules.loaded.get('__main__');
  const globals: Binding[] = [];
  const gdict = chain.length > 0 ? chain[0].globals : main ? main.dict : null;
  if (gdict !== null) {
    visit(gdict);
    for (const [k, v] of dictItems(gdict)) {
      const name = (k as PyStr).v;
      if (name === '__builtins__') continue;
      visit(v);
      globals.push({ name, id: v.addr });
    }
  }
  const objects: ObjectSnapshot[] = [];
  let gcScanned = false;
  for (let qi = 0; qi < queue.length || !gcScanned; qi++) {
    if (qi >= queue.length) {
      // Reachable objects done: add what else the GC tracks (cycles awaiting collection).
      gcScanned = true;
      for (let g = 0; g < 3; g++) for (const o of rt.gc.sets[g]) visit(o);
      if (qi >= queue.length) break;
    }
    const o = queue[qi];
    if (o === rt.builtins || o === rt.builtinsModule) continue;
    const referents: Edge[] = [];
    let total = 0;
    edgesOf(rt, o, (label, c) => {
      total++;
      if (referents.length >= maxEdges) return;
      referents.push({ label, id: c.addr });
      if (!(c instanceof PyType && !c.heap)) visit(c);
    }, idx);
    let size: number;
    try { size = rt.sizeofNoPre(o) + (o.type.gc ? 16 : 0) + (o.type.managedDict ? 16 : 0); } catch { size = 0; }
    objects.push({
      id: o.addr,
      type: o.type.name,
      repr: shortRepr(rt, o),
      size,
      refcnt: o.refcnt,
      gen: o.gcGen >= 0 && o.gcGen <= 2 ? o.gcGen : null,
      block: blockOf(rt, o),
      referents,
      line: (o as PyObject & { allocLine?: number }).allocLine ?? null,
      ...(total > referents.length ? { omitted: total - referents.length } : {}),
    });
  }
  objects.sort((a, b) => a.id - b.id);
  const layout = rt.mem.layout({ freeLists: true });
  const arenas: ArenaSummary[] = layout.arenas.map((a) => ({
    index: a.index, address: a.address, ntotalpools: a.ntotalpools, nfreepools: a.nfreepools,
    pools: a.pools.map((p) => ({ address: p.address, arena: a.index, sizeClass: p.sizeClass, blockSize: p.blockSize, used: p.used, capacity: p.capacity, state: p.state,
      freeBlocks: p.freeList ? p.freeList.slice() : [], nextOffset: p.nextOffset })),
  }));
  const fl = rt.freelists;
  const top = frames.length > 0 ? frames[frames.length - 1] : null;
  return {
    version: 1,
    step,
    filename: top ? top.filename : '',
    line: top ? top.line : 0,
    frames,
    globals,
    objects,
    arenas,
    systemBlocks: layout.system.blocks.map((b: { address: number; size: number }) => ({ address: b.address, size: b.size })),
    freelists: [
      { name: 'float', blocks: fl.floats.slice().reverse() },
      { name: 'list', blocks: fl.lists.slice().reverse() },
      { name: 'dict', blocks: fl.dicts.slice().reverse() },
      ...fl.tuples.map((t, n) => ({ name: `tuple[${n}]`, blocks: t.slice().reverse() })).filter((x, n) => n > 0 && x.blocks.length > 0),
    ],
    ...(capped ? { capped: true } : {}),
    gc: {
      count: [rt.gc.count[0], rt.gc.count[1], rt.gc.count[2]],
      threshold: [rt.gc.threshold[0], rt.gc.threshold[1], rt.gc.threshold[2]],
      tracked: [rt.gc.sets[0].size, rt.gc.sets[1].size, rt.gc.sets[2].size],
      enabled: rt.gc.enabled,
      last: rt.gc.last,
    },
  };
}
