// obmalloc geometry for a 64-bit CPython 3.11 build with the radix tree
// (WITH_PYMALLOC_RADIX_TREE, hence USE_LARGE_ARENAS and USE_LARGE_POOLS).
// cf. Objects/obmalloc.c, "Main tunable settings section".

/** ALIGNMENT (SIZEOF_VOID_P > 4): size classes are 16 bytes apart. */
export const ALIGNMENT = 16;
/** SMALL_REQUEST_THRESHOLD: larger requests go to the system malloc. */
export const SMALL_REQUEST_THRESHOLD = 512;
/** NB_SMALL_SIZE_CLASSES = SMALL_REQUEST_THRESHOLD / ALIGNMENT. */
export const NB_SMALL_SIZE_CLASSES = 32;
/** ARENA_SIZE = 1 << ARENA_BITS (20). */
export const ARENA_SIZE = 1 << 20;
/** POOL_SIZE = 1 << POOL_BITS (14). */
export const POOL_SIZE = 1 << 14;
/** MAX_POOLS_IN_ARENA = ARENA_SIZE / POOL_SIZE. */
export const MAX_POOLS_IN_ARENA = 64;
/** POOL_OVERHEAD = sizeof(struct pool_header) rounded up to ALIGNMENT. */
export const POOL_OVERHEAD = 48;
/** INITIAL_ARENA_OBJECTS: first size of the arenas[] vector. */
export const INITIAL_ARENA_OBJECTS = 16;
/** sizeof(struct arena_object) on 64-bit: 2 pointers, 2 uints, 3 pointers. */
export const SIZEOF_ARENA_OBJECT = 48;

/** INDEX2SIZE(idx) */
export function index2size(idx: number): number {
  return (idx + 1) * ALIGNMENT;
}

/** NUMBLOCKS(idx) = (POOL_SIZE - POOL_OVERHEAD) / INDEX2SIZE(idx), per class. */
export const NUMBLOCKS: readonly number[] = Object.freeze(
  Array.from({ length: NB_SMALL_SIZE_CLASSES }, (_, i) => Math.floor((POOL_SIZE - POOL_OVERHEAD) / index2size(i))),
);

// Radix tree over arena addresses (arena_map_*), 64-bit, IGNORE_BITS = 0:
// 15 top bits, 15 mid bits, 14 bottom bits, 20 arena bits.
export const MAP_TOP_SHIFT = 49;
export const MAP_MID_SHIFT = 34;
/** sizeof(arena_map_root) = 2^15 pointers. */
export const SIZEOF_ARENA_MAP_ROOT = (1 << 15) * 8;
/** sizeof(arena_map_mid_t) = 2^15 pointers. */
export const SIZEOF_ARENA_MAP_MID = (1 << 15) * 8;
/** sizeof(arena_map_bot_t) = 2^14 arena_coverage_t of 2 int32. */
export const SIZEOF_ARENA_MAP_BOT = (1 << 14) * 8;
