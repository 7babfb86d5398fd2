// The objects of a heap snapshot as captured: one row per object, its numbers in
// typed arrays (id, refcount, size, generation, block), its type name, its repr
// as tokens (reprTape.ts) and its edges with their labels as (kind, argument)
// pairs (edgeLabels.ts). Capturing 100,000 objects this way builds no string and
// allocates no object per row; the ObjectSnapshot records (model.ts) are made
// from the rows when a consumer reads them (objectRecords.ts).

import type { BlockRef } from './model';
import { ReprTape } from './reprTape';

/** Block kinds as stored in `blockKind`. */
export const BLOCK_STATIC = 0;
export const BLOCK_PYMALLOC = 1;
export const BLOCK_SYSTEM = 2;
export const BLOCK_KIND_NAMES: readonly BlockRef['kind'][] = ['static', 'pymalloc', 'system'];

/** `gen` of an object the GC does not track. */
export const GEN_UNTRACKED = -1;
/** `line` of an object whose allocating line is not known. */
export const LINE_UNKNOWN = -0x80000000;

const MIN_ROWS = 1024;

function grownFloat64(a: Float64Array, n: number): Float64Array { const b = new Float64Array(n); b.set(a); return b; }
function grownInt32(a: Int32Array, n: number): Int32Array { const b = new Int32Array(n); b.set(a); return b; }
function grownArray<T>(a: T[], n: number): T[] { const b = new Array<T>(n); for (let i = 0; i < a.length; i++) b[i] = a[i]; return b; }
function grownInt8(a: Int8Array, n: number): Int8Array { const b = new Int8Array(n); b.set(a); return b; }

export class ObjectTable {
  /** Rows filled. */
  count = 0;
  /** id() of each object. */
  id: Float64Array;
  refcnt: Float64Array;
  /** sys.getsizeof (with the GC / managed-dict pre-header). */
  size: Float64Array;
  /** GC generation 0..2, or GEN_UNTRACKED. */
  gen: Int8Array;
  /** Allocating line, or LINE_UNKNOWN. */
  line: Int32Array;
  typeName: string[];
  /**
   * Row r's repr is reprs' tokens [reprEnd[r - 1] (0 for row 0), reprEnd[r]), their arguments
   * from reprArgEnd[r - 1] (0 for row 0).
   */
  readonly reprs: ReprTape;
  reprEnd: Int32Array;
  reprArgEnd: Int32Array;
  blockKind: Int8Array;
  blockAddress: Float64Array;
  blockSize: Float64Array;
  /** pymalloc blocks only: arena index, pool address, size class, block index. */
  arena: Int32Array;
  pool: Float64Array;
  sizeClass: Int32Array;
  blockIndex: Int32Array;
  /** Referents left out of the row's edges (maxEdges). */
  omitted: Int32Array;
  /** Row r's edges are edgeLabel/edgeId[edgeStart[r] .. edgeStart[r + 1]). */
  edgeStart: Int32Array;
  edgeCount = 0;
  /** Each edge's label as (edgeLabelKind, edgeLabel): see edgeLabels.ts. */
  edgeLabelKind: Int8Array;
  edgeLabel: unknown[];
  edgeId: Float64Array;

  /** `expectedRows`: a guess of the rows to come (columns are sized for it, and grow past it). */
  constructor(expectedRows: number) {
    const rows = Math.max(MIN_ROWS, expectedRows);
    this.id = new Float64Array(rows);
    this.refcnt = new Float64Array(rows);
    this.size = new Float64Array(rows);
    this.gen = new Int8Array(rows);
    this.line = new Int32Array(rows);
    this.blockKind = new Int8Array(rows);
    this.blockAddress = new Float64Array(rows);
    this.blockSize = new Float64Array(rows);
    this.arena = new Int32Array(rows);
    this.pool = new Float64Array(rows);
    this.sizeClass = new Int32Array(rows);
    this.blockIndex = new Int32Array(rows);
    this.omitted = new Int32Array(rows);
    this.edgeStart = new Int32Array(rows + 1);
    this.edgeId = new Float64Array(rows * 2);
    this.edgeLabelKind = new Int8Array(rows * 2);
    this.reprEnd = new Int32Array(rows);
    this.reprArgEnd = new Int32Array(rows);
    // Preallocated (push would regrow them a dozen times on the way to 100,000).
    this.typeName = new Array<string>(rows);
    this.edgeLabel = new Array<unknown>(rows * 2);
    this.reprs = new ReprTape(rows * 2);
  }

  /** Record one edge of the row being filled (the row is opened by the next `addRow`). */
  addEdge(labelKind: number, labelArg: unknown, id: number): void {
    const e = this.edgeCount;
    if (e === this.edgeId.length) {
      this.edgeId = grownFloat64(this.edgeId, e * 2);
      this.edgeLabelKind = grownInt8(this.edgeLabelKind, e * 2);
      this.edgeLabel = grownArray(this.edgeLabel, e * 2);
    }
    this.edgeLabelKind[e] = labelKind;
    this.edgeLabel[e] = labelArg;
    this.edgeId[e] = id;
    this.edgeCount = e + 1;
  }

  /**
   * Start a row for an object whose edges were just added with addEdge (since the previous row);
   * returns its index. The caller fills the row's columns.
   */
  addRow(): number {
    const r = this.count;
    if (r === this.id.length) this.grow(r * 2);
    this.count = r + 1;
    this.edgeStart[r + 1] = this.edgeCount;
    return r;
  }

  private grow(rows: number): void {
    this.id = grownFloat64(this.id, rows);
    this.refcnt = grownFloat64(this.refcnt, rows);
    this.size = grownFloat64(this.size, rows);
    this.gen = grownInt8(this.gen, rows);
    this.line = grownInt32(this.line, rows);
    this.blockKind = grownInt8(this.blockKind, rows);
    this.blockAddress = grownFloat64(this.blockAddress, rows);
    this.blockSize = grownFloat64(this.blockSize, rows);
    this.arena = grownInt32(this.arena, rows);
    this.pool = grownFloat64(this.pool, rows);
    this.sizeClass = grownInt32(this.sizeClass, rows);
    this.blockIndex = grownInt32(this.blockIndex, rows);
    this.omitted = grownInt32(this.omitted, rows);
    this.edgeStart = grownInt32(this.edgeStart, rows + 1);
    this.typeName = grownArray(this.typeName, rows);
    this.reprEnd = grownInt32(this.reprEnd, rows);
    this.reprArgEnd = grownInt32(this.reprArgEnd, rows);
  }
}
