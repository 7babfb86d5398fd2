// The heap snapshot: the one read model every view renders (debugger variables,
// Heap view, language server, CLI). Plain data, JSON-serialisable.

export interface Binding {
  name: string;
  /** id of the bound object, or null when unbound. */
  id: number | null;
  /** For cell/free variables: the cell object's id. */
  cell?: number;
}

export interface FrameSnapshot {
  /** co_qualname */
  name: string;
  filename: string;
  line: number;
  locals: Binding[];
  /** Cell and free variables (each with its cell object). */
  cells: Binding[];
  /** Objects referenced from the value stack. */
  stack: number[];
}

export interface Edge {
  /** How the referent is reached: "[0]", "['key']", ".attr", "cell_contents", "__closure__[0]", "key", "value"… */
  label: string;
  id: number;
}

export interface BlockRef {
  kind: 'pymalloc' | 'system' | 'static';
  /** Block start address. */
  address: number;
  /** Block size in bytes (size class for pymalloc). */
  size: number;
  arena?: number;
  pool?: number;
  sizeClass?: number;
  blockIndex?: number;
}

export interface ObjectSnapshot {
  id: number;
  type: string;
  /** A short repr computed without running Python code. */
  repr: string;
  /** sys.getsizeof */
  size: number;
  refcnt: number;
  /** GC generation 0..2, or null when not tracked. */
  gen: number | null;
  block: BlockRef;
  referents: Edge[];
  /** Line that allocated the object, when known. */
  line: number | null;
  /** Referents left out of `referents` (huge containers are capped). */
  omitted?: number;
}

export interface PoolSummary {
  address: number;
  arena: number;
  sizeClass: number;
  blockSize: number;
  used: number;
  capacity: number;
  state: 'used' | 'full' | 'empty';
  /**
   * The pool's free list (pool_header.freeblock and the chain through the free
   * blocks) as block indices, head first: the order in which this pool hands
   * its free blocks out. LIFO: the block freed last comes first. As in
   * CPython, the chain ends with the one block carved past the highest one
   * ever handed out, unless the pool is exhausted.
   */
  freeBlocks: number[];
  /**
   * pool_header.nextoffset: byte offset from the pool's start of the first
   * block never carved. Blocks from there to the end (the untouched tail) are
   * handed out in address order once freeBlocks is used up.
   */
  nextOffset: number;
}

export interface ArenaSummary {
  index: number;
  address: number;
  ntotalpools: number;
  nfreepools: number;
  pools: PoolSummary[];
}

export interface GcSummary {
  count: [number, number, number];
  threshold: [number, number, number];
  /** Tracked objects per generation. */
  tracked: [number, number, number];
  enabled: boolean;
  last: { generation: number; collected: number; uncollectable: number; finalized: number } | null;
}

export interface FreeListSummary {
  name: string;
  /** Block addresses, next reused first. */
  blocks: number[];
}

export interface HeapSnapshot {
  version: 1;
  step: number;
  filename: string;
  line: number;
  /** Outermost first. */
  frames: FrameSnapshot[];
  globals: Binding[];
  objects: ObjectSnapshot[];
  arenas: ArenaSummary[];
  /** Blocks from the system malloc (over 512 bytes), address order. */
  systemBlocks: Array<{ address: number; size: number }>;
  freelists: FreeListSummary[];
  gc: GcSummary;
  /** Set when the snapshot stopped at its object limit (the heap has more objects). */
  capped?: boolean;
}

export interface SnapshotDiff {
  fromStep: number;
  toStep: number;
  allocated: number[];
  freed: number[];
  refcountChanges: Array<{ id: number; from: number; to: number }>;
  /** Names bound to a different object (or unbound/bound), with frame index (-1 = globals). */
  rebindings: Array<{ frame: number; name: string; from: number | null; to: number | null }>;
  /** Objects whose referents changed (containers mutated). */
  mutated: number[];
}
