// Read-only plain-data views of the simulated allocator, for inspect/ and the
// Heap view. Taking a layout() walks arenas and pools, never blocks; block-level
// detail for one pool comes from poolDetail().

import type { MappingInfo } from './addressSpace';
import type { SystemHeapLayout } from './systemMalloc';

/** used: in usedpools[class]; full: in no list; empty: on its arena's freepools list. */
export type PoolState = 'used' | 'full' | 'empty';

export interface PoolLayout {
  readonly address: number;
  /** Index of the arena_object that owns it. */
  readonly arenaIndex: number;
  /** 0-based position of the pool in its arena (address order). */
  readonly indexInArena: number;
  /** szidx: 0..31, or -1 for a carved pool never initialised (DUMMY_SIZE_IDX). An empty pool keeps its last class. */
  readonly sizeClass: number;
  /** (sizeClass + 1) * 16, or 0. */
  readonly blockSize: number;
  /** ref.count: blocks handed out. */
  readonly used: number;
  /** NUMBLOCKS(sizeClass): (16384 - 48) / blockSize. */
  readonly capacity: number;
  readonly state: PoolState;
  /** Offset of the first never-carved block (pool_header.nextoffset). */
  readonly nextOffset: number;
  /** pool_header.maxnextoffset = 16384 - blockSize. */
  readonly maxNextOffset: number;
  /** Address of the free-list head (the block the next allocation of this class takes from this pool), 0 = NULL. */
  readonly freeBlock: number;
  /** Free list as block indices, head first: only with layout({ freeLists: true }). */
  readonly freeList?: number[];
}

export interface ArenaLayout {
  /** Index in the arenas[] vector (arena_object). */
  readonly index: number;
  /** Address returned by mmap. */
  readonly address: number;
  /** First 16 KiB-aligned address in the arena (address itself if aligned). */
  readonly firstPoolAddress: number;
  /** arena_object.pool_address: where the next never-used pool will be carved. */
  readonly poolAddress: number;
  /** 64 if the arena is 16 KiB aligned, else 63. */
  readonly ntotalpools: number;
  /** Empty pools plus never-carved ones. */
  readonly nfreepools: number;
  readonly carvedPools: number;
  /** The arena's freepools list (addresses), head (next reused) first. */
  readonly freePools: number[];
  /** Carved pools in address order. */
  readonly pools: PoolLayout[];
}

export interface AllocatorLayout {
  /** Arenas currently mapped, by arena_object index. */
  readonly arenas: ArenaLayout[];
  /** usable_arenas, head first (arena indices); sorted by nfreepools ascending. */
  readonly usableArenas: number[];
  /** usedpools[class] lists (pool addresses), head (allocated from next) first; 32 entries. */
  readonly usedPools: number[][];
  /** Size of the arenas[] vector (16, 32, 64, …). */
  readonly maxArenas: number;
  /** unused_arena_objects, head (next reused) first. */
  readonly unusedArenaObjects: number[];
  /** nfp2lasta: for each nfreepools value present, the last arena in usable_arenas with it. */
  readonly nfp2lasta: ReadonlyArray<{ readonly nfreepools: number; readonly arenaIndex: number }>;
  readonly system: SystemHeapLayout;
  /** The simulated mmap area (arenas and mmapped malloc chunks), lowest first. */
  readonly mappings: MappingInfo[];
}

export type BlockState = 'used' | 'free' | 'untouched';

export interface BlockDetail {
  readonly index: number;
  readonly address: number;
  /** untouched: beyond nextoffset, never handed out since the pool was (re)initialised. */
  readonly state: BlockState;
  /** Position in the pool's free list (0 = head), or -1. */
  readonly freeListPosition: number;
}

export interface PoolDetail extends PoolLayout {
  readonly arenaAddress: number;
  /** The free list, block indices, head first. */
  readonly freeList: number[];
  /** Every block slot of the pool's class (empty when sizeClass is -1). */
  readonly blocks: BlockDetail[];
}

export interface AllocatorStats {
  /** ntimes_arena_allocated */
  readonly arenasAllocatedTotal: number;
  readonly arenasReclaimed: number;
  readonly arenasHighwater: number;
  readonly arenasCurrent: number;
  /** arenasCurrent * 1 MiB */
  readonly arenaBytes: number;
  readonly pymallocBlocksInUse: number;
  /** Sum of the block sizes of live pymalloc blocks. */
  readonly pymallocBytesInUse: number;
  readonly systemBlocksInUse: number;
  /** Chunk sizes / mapping lengths of live system-malloc blocks (the runtime's own included). */
  readonly systemBytesInUse: number;
  readonly systemRequestedBytes: number;
  /** arenaBytes + systemBytesInUse: what the heap limit is checked against. */
  readonly totalBytes: number;
  readonly heapLimitBytes: number;
  /** malloc/realloc calls that returned 0. */
  readonly failedAllocations: number;
}

export type BlockInfo =
  | {
      readonly kind: 'pymalloc';
      readonly arenaIndex: number;
      readonly arenaAddress: number;
      readonly poolAddress: number;
      readonly sizeClass: number;
      readonly blockSize: number;
      readonly blockIndex: number;
    }
  | {
      readonly kind: 'system';
      /** Chunk size (or mapping length when mmapped). */
      readonly size: number;
      readonly requested: number;
      readonly mmapped: boolean;
      readonly tag?: string;
    };
