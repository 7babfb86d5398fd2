// The simulated allocator: see obmalloc.ts (entry point, Allocator) and pymalloc.ts (arenas, pools, blocks).
export { Allocator, DEFAULT_ARENA_BASE, DEFAULT_HEAP_BASE, DEFAULT_HEAP_LIMIT } from './obmalloc';
export type { AllocatorOptions, PymallocBlockPosition } from './obmalloc';
export type {
  AllocatorLayout, AllocatorStats, ArenaLayout, BlockDetail, BlockInfo, BlockState, PoolDetail, PoolLayout, PoolState,
} from './layout';
export type { MappingInfo, MappingKind } from './addressSpace';
export type { SystemBlockInfo, SystemHeapLayout } from './systemMalloc';
export { formatAllocatorStatsLine, formatFreeListLine, printone, renderDebugMallocStats, renderObmallocStats } from './debugMallocStats';
export type { FreeListStat, ObmallocCensus } from './debugMallocStats';
export {
  ALIGNMENT, ARENA_SIZE, MAX_POOLS_IN_ARENA, NB_SMALL_SIZE_CLASSES, NUMBLOCKS, POOL_OVERHEAD, POOL_SIZE,
  SMALL_REQUEST_THRESHOLD, index2size,
} from './constants';
export type { AddressRegion, PoolHeaderFields } from './addressLookup';
