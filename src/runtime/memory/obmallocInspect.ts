// Read-only walks over a Pymalloc's state: the layout for views, one pool's
// block detail, and the census behind sys._debugmallocstats(). Nothing here is
// on the allocation path.

import {
  MAX_POOLS_IN_ARENA, NB_SMALL_SIZE_CLASSES, NUMBLOCKS, POOL_OVERHEAD, POOL_SIZE, index2size,
} from './constants';
import type { ObmallocCensus } from './debugMallocStats';
import type { ArenaLayout, BlockDetail, PoolDetail, PoolLayout, PoolState } from './layout';
import type { Pymalloc } from './pymalloc';

const BLOCK_SLOTS = 1024;
const NODE0 = NB_SMALL_SIZE_CLASSES;

function freeListOf(m: Pymalloc, slot: number): number[] {
  const out: number[] = [];
  const base = slot * BLOCK_SLOTS;
  for (let b = m.pFree[slot]; b >= 0; b = m.bNext[base + b]) out.push(b);
  return out;
}

function poolLayout(m: Pymalloc, a: number, k: number, withFreeList: boolean): PoolLayout {
  const slot = a * MAX_POOLS_IN_ARENA + k;
  const sz = m.pSz[slot];
  const used = m.pCount[slot];
  const blockSize = sz < 0 ? 0 : index2size(sz);
  const capacity = sz < 0 ? 0 : NUMBLOCKS[sz];
  const state: PoolState = used === 0 ? 'empty' : used === capacity ? 'full' : 'used';
  const address = m.pAddress[slot];
  const free = sz < 0 ? -1 : m.pFree[slot];
  const layout: PoolLayout = {
    address,
    arenaIndex: a,
    indexInArena: k,
    sizeClass: sz,
    blockSize,
    used,
    capacity,
    state,
    nextOffset: sz < 0 ? 0 : POOL_OVERHEAD + m.pNextIdx[slot] * blockSize,
    maxNextOffset: sz < 0 ? 0 : POOL_SIZE - blockSize,
    freeBlock: free < 0 ? 0 : address + POOL_OVERHEAD + free * blockSize,
  };
  return withFreeList && sz >= 0 ? { ...layout, freeList: freeListOf(m, slot) } : layout;
}

export function arenaLayouts(m: Pymalloc, withFreeLists: boolean): ArenaLayout[] {
  const out: ArenaLayout[] = [];
  for (let a = 0; a < m.maxArenas; a++) {
    const address = m.aAddress[a];
    if (address === 0) continue;
    const pools: PoolLayout[] = [];
    for (let k = 0; k < m.aCarved[a]; k++) pools.push(poolLayout(m, a, k, withFreeLists));
    const freePools: number[] = [];
    for (let s = m.aFreepools[a]; s >= 0; s = m.linkNext[s + NODE0]) freePools.push(m.pAddress[s]);
    out.push({
      index: a,
      address,
      firstPoolAddress: m.aFirstPool[a],
      poolAddress: m.aFirstPool[a] + m.aCarved[a] * POOL_SIZE,
      ntotalpools: m.aNtotal[a],
      nfreepools: m.aNfree[a],
      carvedPools: m.aCarved[a],
      freePools,
      pools,
    });
  }
  return out;
}

export function usableArenaOrder(m: Pymalloc): number[] {
  const out: number[] = [];
  for (let a = m.usableArenas; a >= 0; a = m.aNext[a]) out.push(a);
  return out;
}

export function unusedArenaOrder(m: Pymalloc): number[] {
  const out: number[] = [];
  for (let a = m.unusedArenaObjects; a >= 0; a = m.aNext[a]) out.push(a);
  return out;
}

export function usedPoolLists(m: Pymalloc): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
    const list: number[] = [];
    for (let n = m.linkNext[i]; n !== i; n = m.linkNext[n]) list.push(m.pAddress[n - NODE0]);
    out.push(list);
  }
  return out;
}

export function nfp2lastaEntries(m: Pymalloc): Array<{ nfreepools: number; arenaIndex: number }> {
  const out: Array<{ nfreepools: number; arenaIndex: number }> = [];
  for (let nf = 0; nf < m.nfp2lasta.length; nf++) {
    if (m.nfp2lasta[nf] >= 0) out.push({ nfreepools: nf, arenaIndex: m.nfp2lasta[nf] });
  }
  return out;
}

/** Block-level detail of the carved pool at `poolAddress`, or undefined. */
export function poolDetail(m: Pymalloc, poolAddress: number): PoolDetail | undefined {
  if (poolAddress % POOL_SIZE !== 0) return undefined;
  const a = m.arenaOf(poolAddress);
  if (a < 0) return undefined;
  const slot = m.slotOf(poolAddress, a);
  if (slot < 0 || m.pAddress[slot] !== poolAddress) return undefined;
  const layout = poolLayout(m, a, slot - a * MAX_POOLS_IN_ARENA, false);
  const freeList = layout.sizeClass < 0 ? [] : freeListOf(m, slot);
  const position = new Map<number, number>();
  freeList.forEach((b, i) => position.set(b, i));
  const blocks: BlockDetail[] = [];
  const carved = layout.sizeClass < 0 ? 0 : m.pNextIdx[slot];
  for (let b = 0; b < layout.capacity; b++) {
    const pos = position.get(b);
    const state = pos !== undefined ? 'free' : b < carved ? 'used' : 'untouched';
    blocks.push({
      index: b,
      address: poolAddress + POOL_OVERHEAD + b * layout.blockSize,
      state,
      freeListPosition: pos ?? -1,
    });
  }
  return { ...layout, arenaAddress: m.aAddress[a], freeList, blocks };
}

/** The walk _PyObject_DebugMallocStats does over arenas and pools. */
export function census(m: Pymalloc, arenaMapMidCount: number, arenaMapBotCount: number): ObmallocCensus {
  const numpools = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
  const numblocks = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
  const numfreeblocks = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
  let narenas = 0;
  let numfreepools = 0;
  let misalignedArenas = 0;
  for (let a = 0; a < m.maxArenas; a++) {
    const address = m.aAddress[a];
    if (address === 0) continue;
    narenas++;
    numfreepools += m.aNfree[a];
    if (address % POOL_SIZE !== 0) misalignedArenas++;
    for (let k = 0; k < m.aCarved[a]; k++) {
      const slot = a * MAX_POOLS_IN_ARENA + k;
      const count = m.pCount[slot];
      if (count === 0) continue;
      const sz = m.pSz[slot];
      numpools[sz]++;
      numblocks[sz] += count;
      numfreeblocks[sz] += NUMBLOCKS[sz] - count;
    }
  }
  return {
    numpools, numblocks, numfreeblocks,
    arenasAllocatedTotal: m.ntimesArenaAllocated,
    narenas,
    narenasHighwater: m.narenasHighwater,
    numfreepools,
    misalignedArenas,
    arenaMapMidCount,
    arenaMapBotCount,
  };
}
