// Which piece of simulated memory an arbitrary address falls in: a pymalloc
// block (used or free), a pool header, an arena's not-yet-carved pools, or a
// live system-malloc block. For reading memory anywhere (the debugger's memory
// view scrolls), not only at block starts. Nothing here is on the allocation path.
//
// cf. Objects/obmalloc.c: address_in_range (arena lookup), POOL_ADDR (pool =
// address rounded down to 16 KiB), struct pool_header, and a free block's first
// word being the free-list link (`*(block **)p = pool->freeblock`, pymalloc_free).

import { NUMBLOCKS, POOL_OVERHEAD, POOL_SIZE, ARENA_SIZE, NB_SMALL_SIZE_CLASSES } from './constants';
import type { Pymalloc } from './pymalloc';

const BLOCK_SLOTS = 1024;
const ALLOCATED = -2;
const NODE0 = NB_SMALL_SIZE_CLASSES;

/** struct pool_header (obmalloc.c), 48 bytes at the pool's start. Pointers are addresses, 0 = NULL. */
export interface PoolHeaderFields {
  /** ref.count: blocks in use. */
  readonly count: number;
  readonly freeblock: number;
  /**
   * nextpool / prevpool: the neighbouring pools in usedpools[szidx] (or, for an empty pool, the
   * next one on its arena's freepools list). 0 where the neighbour is the usedpools[] list head,
   * a static array in _PyRuntime whose address is not simulated, or where CPython leaves a stale
   * value (prevpool of an empty pool, both links of a full pool).
   */
  readonly nextpool: number;
  readonly prevpool: number;
  readonly arenaindex: number;
  /** szidx; DUMMY_SIZE_IDX (0xffff) for a carved pool never initialised. */
  readonly szidx: number;
  readonly nextoffset: number;
  readonly maxnextoffset: number;
}

export type AddressRegion =
  /** A pymalloc block; `used` false: on its pool's free list or never carved since the pool was (re)initialised. */
  | { readonly kind: 'block'; readonly start: number; readonly size: number; readonly used: boolean;
      /** Free blocks on the free list: the next free block (0 = NULL); undefined for untouched ones. */
      readonly freeNext?: number }
  | { readonly kind: 'poolHeader'; readonly start: number; readonly size: number; readonly header: PoolHeaderFields }
  /** Arena memory that is no block: pools not carved yet, the partial pool before a misaligned arena's
   *  first pool, or the unused tail of a pool ((16384 - 48) % size bytes). mmapped, so readable. */
  | { readonly kind: 'arenaSpace'; readonly start: number; readonly size: number };

/** The pymalloc region holding `p`, or undefined when p is in no arena. */
export function pymallocRegion(m: Pymalloc, p: number): AddressRegion | undefined {
  const a = m.arenaOf(p);
  if (a < 0) return undefined;
  const arenaStart = m.aAddress[a];
  const first = m.aFirstPool[a];
  const slot = m.slotOf(p, a);
  if (slot < 0) {
    // Before the first pool, or in pools not carved yet.
    if (p < first) return { kind: 'arenaSpace', start: arenaStart, size: first - arenaStart };
    const carvedEnd = first + m.aCarved[a] * POOL_SIZE;
    return { kind: 'arenaSpace', start: carvedEnd, size: arenaStart + ARENA_SIZE - carvedEnd };
  }
  const pool = m.pAddress[slot];
  const sz = m.pSz[slot];
  if (p < pool + POOL_OVERHEAD) return { kind: 'poolHeader', start: pool, size: POOL_OVERHEAD, header: poolHeader(m, a, slot) };
  if (sz < 0) return { kind: 'arenaSpace', start: pool + POOL_OVERHEAD, size: POOL_SIZE - POOL_OVERHEAD };
  const size = (sz + 1) * 16;
  const b = Math.floor((p - pool - POOL_OVERHEAD) / size);
  if (b >= NUMBLOCKS[sz]) {
    const tail = pool + POOL_OVERHEAD + NUMBLOCKS[sz] * size;
    return { kind: 'arenaSpace', start: tail, size: pool + POOL_SIZE - tail };
  }
  const start = pool + POOL_OVERHEAD + b * size;
  const link = m.bNext[slot * BLOCK_SLOTS + b];
  if (b < m.pNextIdx[slot] && link === ALLOCATED) return { kind: 'block', start, size, used: true };
  if (b >= m.pNextIdx[slot]) return { kind: 'block', start, size, used: false };
  return { kind: 'block', start, size, used: false, freeNext: link < 0 ? 0 : pool + POOL_OVERHEAD + link * size };
}

function poolHeader(m: Pymalloc, a: number, slot: number): PoolHeaderFields {
  const sz = m.pSz[slot];
  const size = sz < 0 ? 0 : (sz + 1) * 16;
  const pool = m.pAddress[slot];
  const count = m.pCount[slot];
  const free = m.pFree[slot];
  // Link nodes: 0..31 are the usedpools heads, NODE0 + slot the pools (see pymalloc.ts).
  const node = slot + NODE0;
  const inUsed = sz >= 0 && count > 0 && count < NUMBLOCKS[sz];
  const poolOfNode = (n: number): number => (n >= NODE0 ? m.pAddress[n - NODE0] : 0);
  let nextpool = 0;
  let prevpool = 0;
  if (inUsed) {
    nextpool = poolOfNode(m.linkNext[node]);
    prevpool = poolOfNode(m.linkPrev[node]);
  } else if (count === 0) {
    // On the arena's freepools list, linked through nextpool (pymalloc.ts keeps the next slot, -1 = NULL).
    const next = m.linkNext[node];
    nextpool = next >= 0 ? m.pAddress[next] : 0;
  }
  return {
    count,
    freeblock: sz < 0 || free < 0 ? 0 : pool + POOL_OVERHEAD + free * size,
    nextpool,
    prevpool,
    arenaindex: a,
    szidx: sz < 0 ? 0xffff : sz,
    nextoffset: sz < 0 ? 0 : POOL_OVERHEAD + m.pNextIdx[slot] * size,
    maxnextoffset: sz < 0 ? 0 : POOL_SIZE - size,
  };
}
