// Lays out the object graph the way Python Tutor draws it: frames in a column
// on the left, heap objects to the right, each object placed in the column
// after the one that first references it (depth-first, so a chain reads left
// to right and a container's items stack beside it). Pure: no DOM.

import type { ObjectSnapshot, Edge } from '../../src/runtime/inspect/model';
import type { HeapModel, NameRef, FrameView } from '../model';
import { isDunderKeyLabel } from '../model';

export interface GraphOptions {
  /** Draw small immutable values (ints, floats, None, bools, short strs) inside the slot that holds them. */
  inline: boolean;
  /** Also draw objects no frame or global reaches (garbage waiting for the GC, or held by the interpreter). */
  unreachable: boolean;
  /** Show interpreter plumbing: code objects, __globals__, dict keys, __class__, module __dict__, class dunders. */
  internals: boolean;
  /** Largest distance from a name to draw (1 = only the objects names point at). */
  depth: number;
  /** Only draw objects of this type. */
  type: string | null;
  /** Rows shown per object when more than the default cap were asked for. */
  expanded: ReadonlyMap<number, number>;
}

export const DEFAULT_OPTIONS: GraphOptions = { inline: true, unreachable: false, internals: false, depth: Infinity, type: null, expanded: new Map() };

export const GEOM = {
  pad: 16,
  frameMinW: 150,
  frameMaxW: 300,
  frameTitleH: 26,
  frameRowH: 22,
  frameGap: 14,
  firstGap: 72,
  boxW: 204,
  colGap: 60,
  headH: 42,
  rowH: 20,
  rowGap: 14,
  boxPadB: 4,
  rowCap: 40,
  maxCol: 24,
  dotInset: 14,
  bandH: 30,
} as const;

export interface SlotRow {
  label: string;
  /** The edge's raw label ("[0]", "['k']", ".attr", "cell_contents"…). */
  edge: string;
  target: number;
  /** Text drawn in the slot when the value is inlined (or the target is not drawn). */
  inline: string | null;
  /** The target is drawn as a box (so an arrow goes there). */
  drawn: boolean;
}

export interface Box {
  id: number;
  x: number;
  y: number;
  w: number;
  h: number;
  rows: SlotRow[];
  /** Rows not shown (beyond the cap). */
  more: number;
  /** A freed object from the previous snapshot (drawn as a ghost). */
  ghost: ObjectSnapshot | null;
  unreachable: boolean;
}

export interface FrameRowBox {
  ref: NameRef;
  y: number;
  inline: string | null;
  drawn: boolean;
}

export interface FrameBox {
  view: FrameView;
  x: number;
  y: number;
  w: number;
  h: number;
  rows: FrameRowBox[];
}

export interface EdgeGeom {
  /** Source: an object id, or a frame key ("g", "f2"). */
  src: number | string;
  dst: number;
  kind: 'name' | 'slot' | 'stack';
  label: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Points back (or into its own column): drawn into the target's top edge. */
  back: boolean;
}

export interface Band {
  label: string;
  y: number;
  kind: 'unreachable' | 'freed' | 'orphans';
}

export interface GraphLayout {
  width: number;
  height: number;
  frames: FrameBox[];
  boxes: Box[];
  boxById: Map<number, Box>;
  edges: EdgeGeom[];
  bands: Band[];
  /** Objects left out: not reachable (when not shown), beyond the depth limit, of another type. */
  hidden: { unreachable: number; depth: number; type: number; internals: number };
}

const INLINE_TYPES = new Set(['int', 'float', 'bool', 'NoneType', 'complex', 'NotImplementedType', 'ellipsis']);

/** Small immutable values that Python Tutor draws inside their slot. */
export function isInlineable(o: ObjectSnapshot): boolean {
  if (o.referents.length > 0) return false;
  if (INLINE_TYPES.has(o.type)) return o.repr.length <= 24;
  if (o.type === 'str' || o.type === 'bytes') return o.repr.length <= 24;
  return false;
}

const HIDDEN_LABELS = new Set(['__globals__', '__code__', '__builtins__', '__class__']);

/** Is this edge drawn with the current options? */
export function edgeVisible(m: HeapModel, o: ObjectSnapshot, e: Edge, opts: GraphOptions): boolean {
  if (opts.internals) return true;
  if (HIDDEN_LABELS.has(e.label)) return false;
  if (e.label.startsWith('key ') || e.label.startsWith('__bases__')) return false;
  if (o.type === 'module' && e.label === '__dict__') return false;
  if (m.classDicts.has(o.id) && isDunderKeyLabel(e.label)) {
    const t = m.get(e.id);
    return t !== undefined && t.type === 'function';
  }
  return true;
}

/** The text of a slot's label: list index, dict key repr, attribute name. */
export function slotLabel(label: string): string {
  if (label.startsWith('[') && label.endsWith(']')) return label.slice(1, -1);
  if (label.startsWith('.')) return label.slice(1);
  return label;
}

function frameWidth(m: HeapModel, rowsOf: (f: FrameView) => NameRef[], inlineText: (id: number) => string | null): number {
  let w: number = GEOM.frameMinW;
  for (const f of m.frames) {
    w = Math.max(w, f.title.length * 7.6 + 86);
    for (const r of rowsOf(f)) {
      const v = r.kind === 'cell' ? null : inlineText(r.target);
      w = Math.max(w, r.name.length * 7.4 + (r.kind === 'cell' ? 40 : 0) + (v !== null ? Math.min(v.length, 24) * 7.4 : 14) + 44);
    }
  }
  return Math.round(Math.min(GEOM.frameMaxW, w));
}

export function layoutGraph(m: HeapModel, opts: GraphOptions): GraphLayout {
  const G = GEOM;
  // Everything below works on dense object indexes (m.index), not on ids:
  // typed arrays instead of Maps keyed by 48-bit addresses.
  const objs = m.snap.objects;
  const N = objs.length;
  const idxOf = (id: number): number => m.index.get(id) ?? -1;
  const inl = new Int8Array(N).fill(-1);
  const isInl = (i: number): boolean => {
    let v = inl[i];
    if (v < 0) { v = opts.inline && isInlineable(objs[i]) ? 1 : 0; inl[i] = v; }
    return v === 1;
  };
  const capOf = (i: number) => (opts.expanded.size > 0 ? opts.expanded.get(objs[i].id) : undefined) ?? G.rowCap;
  const vis: Array<Int32Array | undefined> = new Array(N);
  /** Positions (in referents) of the visible edges of object i. */
  const visibleK = (i: number): Int32Array => {
    let v = vis[i];
    if (v === undefined) {
      const o = objs[i];
      const ks: number[] = [];
      for (let k = 0; k < o.referents.length; k++) if (opts.internals || edgeVisible(m, o, o.referents[k], opts)) ks.push(k);
      v = Int32Array.from(ks);
      vis[i] = v;
    }
    return v;
  };

  // 1. Which objects are drawn: breadth-first from the names, up to the depth
  //    limit, over visible edges, through at most rowCap slots per object.
  const depth = new Int32Array(N).fill(-1);
  const beyond = new Uint8Array(N);
  const order: number[] = [];
  const frameRows = (f: FrameView) => f.rows.filter((r) => opts.internals || !r.internal);
  let unreachablePhase = false;
  const discover = (i: number, d: number) => {
    if (i < 0 || depth[i] >= 0 || isInl(i)) return;
    // From an unreachable object, stop at what names reach (drawn or deliberately hidden).
    if (unreachablePhase && m.reachableIdx[i]) return;
    depth[i] = d;
    order.push(i);
  };
  for (const f of m.frames) for (const r of frameRows(f)) discover(idxOf(r.target), 1);
  const bfs = (from: number) => {
    for (let q = from; q < order.length; q++) {
      const i = order[q];
      const d = depth[i];
      const ks = visibleK(i);
      const refs = m.refIdx[i];
      const n = Math.min(ks.length, capOf(i));
      for (let k = 0; k < n; k++) {
        const t = refs[ks[k]];
        if (t < 0 || depth[t] >= 0) continue;
        if (d + 1 > opts.depth) { if (!isInl(t)) beyond[t] = 1; continue; }
        discover(t, d + 1);
      }
    }
  };
  bfs(0);
  const reachableCount = order.length;
  let hiddenUnreachable = 0;
  const unreachableRoots: number[] = [];
  for (let i = 0; i < N; i++) {
    if (m.reachableIdx[i] || depth[i] >= 0 || isInl(i)) continue;
    if (opts.unreachable) unreachableRoots.push(i);
    else hiddenUnreachable++;
  }
  if (opts.unreachable) {
    // Roots of the unreachable part: objects no other unreachable object references first.
    const referenced = new Uint8Array(N);
    for (const i of unreachableRoots) for (const k of visibleK(i)) { const t = m.refIdx[i][k]; if (t >= 0) referenced[t] = 1; }
    const roots = unreachableRoots.filter((i) => !referenced[i]);
    unreachablePhase = true;
    for (const i of [...roots, ...unreachableRoots]) {
      const before = order.length;
      discover(i, 1);
      if (order.length > before) bfs(before);
    }
  }
  const drawn = new Uint8Array(N);
  let hiddenType = 0;
  for (const i of order) {
    if (opts.type === null || objs[i].type === opts.type) drawn[i] = 1;
    else hiddenType++;
  }
  let hiddenDepth = 0;
  let hiddenInternals = 0;
  for (let i = 0; i < N; i++) {
    if (depth[i] >= 0) continue;
    if (beyond[i]) hiddenDepth++;
    // Reachable objects left out for another reason: only reached through hidden edges or collapsed rows.
    else if (m.reachableIdx[i] && !isInl(i)) hiddenInternals++;
  }

  // 2. Rows of each drawn object.
  const boxes: Box[] = [];
  const boxAt: Array<Box | undefined> = new Array(N);
  const rowIdx = new Map<Box, Int32Array>();
  const stubText = (t: number) => (t < 0 ? '?' : isInl(t) ? objs[t].repr : drawn[t] ? null : `‹${objs[t].type}›`);
  const makeBox = (i: number, unreachable: boolean): Box => {
    const o = objs[i];
    const ks = visibleK(i);
    const refs = m.refIdx[i];
    const n = Math.min(ks.length, capOf(i));
    const rows: SlotRow[] = new Array(n);
    const targets = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const e = o.referents[ks[k]];
      const t = refs[ks[k]];
      targets[k] = t;
      rows[k] = { label: slotLabel(e.label), edge: e.label, target: e.id, drawn: t >= 0 && drawn[t] === 1, inline: stubText(t) };
    }
    const more = ks.length - n;
    const h = G.headH + Math.max(1, n + (more > 0 ? 1 : 0)) * G.rowH + G.boxPadB;
    const b: Box = { id: o.id, x: 0, y: 0, w: G.boxW, h, rows, more, ghost: null, unreachable };
    rowIdx.set(b, targets);
    return b;
  };

  // 3. Frames column.
  const fw = frameWidth(m, frameRows, (id) => { const t = idxOf(id); return t < 0 ? '?' : isInl(t) ? objs[t].repr : null; });
  const frames: FrameBox[] = [];
  const frameRowIdx: number[][] = [];
  let fy = G.pad;
  for (const view of m.frames) {
    const rows: FrameRowBox[] = [];
    const idx: number[] = [];
    let ry = fy + G.frameTitleH;
    for (const ref of frameRows(view)) {
      const t = idxOf(ref.target);
      idx.push(t);
      const isDrawn = t >= 0 && drawn[t] === 1;
      rows.push({ ref, y: ry, drawn: isDrawn, inline: ref.kind === 'cell' && isDrawn ? null : stubText(t) });
      ry += G.frameRowH;
    }
    const hgt = G.frameTitleH + Math.max(1, rows.length) * G.frameRowH + 6;
    frames.push({ view, x: G.pad, y: fy, w: fw, h: hgt, rows });
    frameRowIdx.push(idx);
    fy += hgt + G.frameGap;
  }

  // 4. Place objects depth-first from each name, Python Tutor style.
  const x0 = G.pad + fw + G.firstGap;
  const colX = (c: number) => x0 + c * (G.boxW + G.colGap);
  const colNext: number[] = [];
  let maxCol = 0;
  const place = (root: number, minY0: number, unreachable: boolean) => {
    const work: number[] = [root, 0, minY0];
    while (work.length > 0) {
      const minY = work.pop()!;
      const col = work.pop()!;
      const i = work.pop()!;
      if (boxAt[i] !== undefined || !drawn[i]) continue;
      const b = makeBox(i, unreachable);
      const y = Math.max(colNext[col] ?? G.pad, minY);
      b.x = colX(col);
      b.y = y;
      colNext[col] = y + b.h + G.rowGap;
      if (col > maxCol) maxCol = col;
      boxes.push(b);
      boxAt[i] = b;
      const nextCol = Math.min(col + 1, G.maxCol);
      const targets = rowIdx.get(b)!;
      for (let k = b.rows.length - 1; k >= 0; k--) {
        const t = targets[k];
        if (t >= 0 && drawn[t] && boxAt[t] === undefined) work.push(t, nextCol, y + G.headH + k * G.rowH - 10);
      }
    }
  };
  frames.forEach((f, fi) => f.rows.forEach((r, k) => { if (r.drawn) place(frameRowIdx[fi][k], r.y - 10, false); }));
  const boxById = new Map<number, Box>();
  const bands: Band[] = [];
  const bottom = () => { let y = Math.max(fy, G.pad); for (const v of colNext) if (v !== undefined && v > y) y = v; return y; };
  // Objects drawn but not placed from a name (their referrer is filtered out by type).
  const orphans = order.slice(0, reachableCount).filter((i) => drawn[i] && boxAt[i] === undefined);
  if (orphans.length > 0) {
    const y = bottom() + 8;
    bands.push({ label: `Reached through objects not drawn (type filter: ${opts.type ?? '—'})`, y, kind: 'orphans' });
    for (let c = 0; c <= G.maxCol; c++) colNext[c] = y + G.bandH;
    for (const i of orphans) place(i, y + G.bandH, false);
  }
  const unreachableDrawn = order.slice(reachableCount).filter((i) => drawn[i]);
  if (unreachableDrawn.length > 0) {
    const y = bottom() + 8;
    bands.push({ label: `Not reachable from any frame or global (${unreachableDrawn.length})`, y, kind: 'unreachable' });
    for (let c = 0; c <= G.maxCol; c++) colNext[c] = y + G.bandH;
    for (const i of unreachableDrawn) place(i, y + G.bandH, true);
  }
  // Objects freed since the previous stop, as ghosts.
  const freed = opts.type === null ? m.freed : m.freed.filter((o) => o.type === opts.type);
  if (freed.length > 0) {
    const y = bottom() + 8;
    bands.push({ label: `Freed since step ${m.prev?.step ?? '?'} (${freed.length})`, y, kind: 'freed' });
    const perRow = Math.max(1, Math.min(4, maxCol + 1));
    let rowY = y + G.bandH;
    let rowH = 0;
    freed.slice(0, 48).forEach((o, i) => {
      const c = i % perRow;
      if (c === 0 && i > 0) { rowY += rowH + G.rowGap; rowH = 0; }
      const b: Box = { id: o.id, x: colX(c), y: rowY, w: G.boxW, h: G.headH + G.rowH + G.boxPadB, rows: [], more: 0, ghost: o, unreachable: false };
      rowH = Math.max(rowH, b.h);
      boxes.push(b);
    });
    colNext[0] = rowY + rowH + G.rowGap;
  }

  for (const b of boxes) if (!b.ghost) boxById.set(b.id, b);

  // 5. Edges.
  const edges: EdgeGeom[] = [];
  const addEdge = (e: EdgeGeom) => { edges.push(e); };
  // Forward arrows enter the target's left side; one pointing back enters its
  // bottom (target above the slot) or its top (target below), which keeps the
  // curve between the two boxes.
  const target = (x1: number, y1: number, tb: Box): Pick<EdgeGeom, 'x2' | 'y2' | 'back'> => {
    if (tb.x - x1 >= 40) return { x2: tb.x, y2: tb.y + 12, back: false };
    if (tb.y + tb.h <= y1) return { x2: tb.x + 26, y2: tb.y + tb.h, back: true };
    return { x2: tb.x + 26, y2: tb.y, back: true };
  };
  for (let fi = 0; fi < frames.length; fi++) {
    const f = frames[fi];
    for (let k = 0; k < f.rows.length; k++) {
      const r = f.rows[k];
      const tb = r.drawn ? boxAt[frameRowIdx[fi][k]] : undefined;
      if (!tb) continue;
      const x1 = f.x + f.w - G.dotInset;
      addEdge({
        src: f.view.key, dst: r.ref.target, kind: r.ref.kind === 'stack' ? 'stack' : 'name', label: r.ref.name,
        x1, y1: r.y + G.frameRowH / 2, ...target(x1, r.y + G.frameRowH / 2, tb),
      });
    }
  }
  for (const b of boxes) {
    if (b.ghost) continue;
    const targets = rowIdx.get(b)!;
    b.rows.forEach((r, k) => {
      const tb = r.drawn ? boxAt[targets[k]] : undefined;
      if (!tb) return;
      const x1 = b.x + b.w - G.dotInset;
      addEdge({
        src: b.id, dst: r.target, kind: 'slot', label: r.edge,
        x1, y1: b.y + G.headH + k * G.rowH + G.rowH / 2, ...target(x1, b.y + G.headH + k * G.rowH + G.rowH / 2, tb),
      });
    });
  }
  const width = colX(maxCol) + G.boxW + G.pad + (boxes.length === 0 ? 0 : 40);
  let height = bottom();
  for (const b of boxes) if (b.y + b.h > height) height = b.y + b.h;
  height += G.pad;
  return {
    width, height, frames, boxes, boxById, edges, bands,
    hidden: { unreachable: hiddenUnreachable, depth: hiddenDepth, type: hiddenType, internals: hiddenInternals },
  };
}

/** The SVG path of an arrow: a smooth curve; one pointing back comes down into the target's top. */
export function edgePath(e: { x1: number; y1: number; x2: number; y2: number; back?: boolean }): string {
  const { x1, y1, x2, y2 } = e;
  if (e.back) {
    const lift = Math.max(50, Math.min(120, Math.abs(x1 - x2) / 3));
    if (y2 <= y1) return `M${x1},${y1} C${x1 + 60},${y1 + 40} ${x2},${y2 + lift} ${x2},${y2 + 1}`;
    return `M${x1},${y1} C${x1 + 60},${y1 - 40} ${x2},${y2 - lift} ${x2},${y2 - 1}`;
  }
  const tx = x2 - 2;
  const dx = Math.max(30, (tx - x1) / 2);
  return `M${x1},${y1} C${x1 + dx},${y1} ${tx - dx},${y2} ${tx},${y2}`;
}
