// The pymalloc core: arenas, pools and blocks, ported from CPython 3.11's
// Objects/obmalloc.c (new_arena, allocate_from_new_pool, pymalloc_alloc,
// pymalloc_pool_extend, pymalloc_free, insert_to_usedpool, insert_to_freepool).
// obmalloc.ts explains the scheme; this file is the state and its transitions.
//
// Representation here: no JS object per block or pool. Arena objects, pools and
// per-block "next free" links live in typed arrays (struct of arrays). A pool is
// identified by its slot = arenaIndex * 64 + indexInArena; block links are one
// Int16 per block slot (next free index, -1 = NULL, -2 = allocated), i.e. 2 bytes
// of JS memory per 16 simulated bytes of a carved pool. Addresses are plain
// numbers < 2^53, so address arithmetic uses division and %, never bit masks.

import * as C from './constants';

// Local copies of the constants: a transpiler may turn imported bindings into
// property loads (or getter calls) on every use, and these are on the hot path.
const ARENA_SIZE = C.ARENA_SIZE;
const POOL_SIZE = C.POOL_SIZE;
const POOL_OVERHEAD = C.POOL_OVERHEAD;
const NB_SMALL_SIZE_CLASSES = C.NB_SMALL_SIZE_CLASSES;
const MAX_POOLS_IN_ARENA = C.MAX_POOLS_IN_ARENA;
const INITIAL_ARENA_OBJECTS = C.INITIAL_ARENA_OBJECTS;
const NUMBLOCKS = C.NUMBLOCKS;

const BLOCK_SLOTS = 1024; // >= NUMBLOCKS(0) = 1021
const FREE_NULL = -1;
const ALLOCATED = -2;
const NODE0 = NB_SMALL_SIZE_CLASSES; // link node ids: 0..31 usedpools sentinels, 32 + slot for pools

/** What pymalloc needs from its host: the arenas[] vector and the arena mmap. */
export interface ArenaHost {
  /** PyMem_RawRealloc(arenas, n * sizeof(struct arena_object)); false on failure. */
  resizeArenaVector(numArenas: number): boolean;
  /** _PyObject_Arena.alloc(ARENA_SIZE) + arena_map_mark_used: the address, or 0 on failure. */
  mapArena(): number;
  /** _PyObject_Arena.free(address, ARENA_SIZE). */
  unmapArena(address: number): void;
}

/** Where a pymalloc address lies. */
export interface BlockLocation {
  readonly arenaIndex: number;
  readonly slot: number;
  readonly blockIndex: number;
}

export class Pymalloc {
  // ---- counters (cf. ntimes_arena_allocated, narenas_currently_allocated, narenas_highwater)
  ntimesArenaAllocated = 0;
  narenasCurrentlyAllocated = 0;
  narenasHighwater = 0;
  blocksInUse = 0;
  bytesInUse = 0;

  private readonly host: ArenaHost;

  // The typed arrays below are read by obmallocInspect.ts; only this class writes them.

  // ---- arena objects (index = arena_object index)
  maxArenas = 0;
  aAddress = new Float64Array(0); // 0 = unassociated
  aFirstPool = new Float64Array(0);
  aNfree = new Int32Array(0);
  aNtotal = new Int32Array(0);
  aCarved = new Int32Array(0);
  aFreepools = new Int32Array(0); // pool slot or -1
  aNext = new Int32Array(0);
  aPrev = new Int32Array(0);
  unusedArenaObjects = -1;
  usableArenas = -1;
  readonly nfp2lasta = new Int32Array(MAX_POOLS_IN_ARENA + 1).fill(-1);

  // ---- pools (index = slot)
  pAddress = new Float64Array(0);
  pCount = new Int32Array(0);
  pSz = new Int32Array(0); // -1 = DUMMY_SIZE_IDX
  pFree = new Int32Array(0); // freeblock as block index, -1 = NULL
  pNextIdx = new Int32Array(0); // nextoffset as block index
  // ---- pool links (index = node id); for a pool on freepools, linkNext holds the next slot
  linkNext = new Int32Array(NODE0);
  linkPrev = new Int32Array(NODE0);
  // ---- blocks (index = slot * 1024 + block index)
  bNext = new Int16Array(0);

  // ---- address -> arena lookup: for each 1 MiB-aligned chunk, counted down from
  // the top of the mmap area, 1 + index of the arena whose address lies in it.
  private readonly idealTop: number;
  private idealTbl = new Int32Array(64);

  constructor(host: ArenaHost, mmapTop: number) {
    this.host = host;
    this.idealTop = Math.floor(mmapTop / ARENA_SIZE);
    for (let i = 0; i < NODE0; i++) {
      this.linkNext[i] = i;
      this.linkPrev[i] = i;
    }
  }

  /** nbytes in 1..512. Returns 0 when no arena can be had. cf. Objects/obmalloc.c pymalloc_alloc */
  alloc(nbytes: number): number {
    const idx = (nbytes - 1) >> 4;
    const node = this.linkNext[idx];
    if (node === idx) return this.allocateFromNewPool(idx);
    const slot = node - NODE0;
    const bn = this.bNext;
    const b = this.pFree[slot];
    const i = slot * BLOCK_SLOTS + b;
    let next = bn[i];
    bn[i] = ALLOCATED;
    this.pCount[slot]++;
    if (next === FREE_NULL) next = this.poolExtend(slot, idx, node);
    this.pFree[slot] = next;
    const size = (idx + 1) << 4;
    this.blocksInUse++;
    this.bytesInUse += size;
    return this.pAddress[slot] + POOL_OVERHEAD + b * size;
  }

  /**
   * Returns false if `p` is not inside an arena (the caller then uses the
   * system free); throws if it is inside one but is not a live block.
   * cf. Objects/obmalloc.c pymalloc_free
   */
  free(p: number): boolean {
    // address_in_range (arenaOf, inlined)
    const d = this.idealTop - Math.floor(p / ARENA_SIZE);
    const tbl = this.idealTbl;
    if (d < 0 || d >= tbl.length) return false;
    let a = tbl[d] - 1;
    if (a < 0 || p < this.aAddress[a]) {
      a = d + 1 < tbl.length ? tbl[d + 1] - 1 : -1;
      if (a < 0 || p >= this.aAddress[a] + ARENA_SIZE) return false;
    }
    // POOL_ADDR(p), and a check that p is a live block (CPython would just corrupt memory).
    const rel = p - this.aFirstPool[a];
    const k = Math.floor(rel / POOL_SIZE);
    if (rel < 0 || k >= this.aCarved[a]) badPointer(p);
    const slot = a * MAX_POOLS_IN_ARENA + k;
    const sz = this.pSz[slot];
    const size = (sz + 1) << 4;
    const off = rel - k * POOL_SIZE - POOL_OVERHEAD;
    const b = off / size;
    const i = slot * BLOCK_SLOTS + b;
    if (off < 0 || (b | 0) !== b || b >= this.pNextIdx[slot] || this.bNext[i] !== ALLOCATED) badPointer(p);
    // Push on the pool's free list (LIFO).
    const last = this.pFree[slot];
    this.bNext[i] = last;
    this.pFree[slot] = b;
    const count = --this.pCount[slot];
    this.blocksInUse--;
    this.bytesInUse -= size;
    if (last === FREE_NULL) {
      // Pool was full: insert_to_usedpool, at the front of usedpools[sz].
      const node = slot + NODE0;
      const next = this.linkNext[sz];
      const prev = this.linkPrev[next];
      this.linkNext[node] = next;
      this.linkPrev[node] = prev;
      this.linkPrev[next] = node;
      this.linkNext[prev] = node;
    } else if (count === 0) {
      this.insertToFreepool(slot);
    }
    return true;
  }

  /** Block size of a live block, 0 if p is outside every arena; throws on a bad pointer inside one. */
  blockSizeOf(p: number): number {
    const a = this.arenaOf(p);
    if (a < 0) return 0;
    return (this.pSz[this.liveSlot(p, a)] + 1) << 4;
  }

  /** Where a live block is, or undefined (outside arenas, or not a live block start). */
  locate(p: number): BlockLocation | undefined {
    const loc = { arenaIndex: 0, slot: 0, blockIndex: 0 };
    return this.locateInto(p, loc) ? loc : undefined;
  }

  /** locate() into a caller's object (no allocation, for callers asking of every object); false when not a live block. */
  locateInto(p: number, out: { arenaIndex: number; slot: number; blockIndex: number }): boolean {
    const a = this.arenaOf(p);
    if (a < 0) return false;
    const slot = this.slotOf(p, a);
    if (slot < 0 || this.pCount[slot] === 0) return false;
    const size = (this.pSz[slot] + 1) << 4;
    const off = p - this.pAddress[slot] - POOL_OVERHEAD;
    const b = off / size;
    if (off < 0 || b !== Math.floor(b) || b >= this.pNextIdx[slot]) return false;
    if (this.bNext[slot * BLOCK_SLOTS + b] !== ALLOCATED) return false;
    out.arenaIndex = a;
    out.slot = slot;
    out.blockIndex = b;
    return true;
  }

  /** The carved pool whose 16 KiB contain p (p inside arena a), or -1. */
  slotOf(p: number, a: number): number {
    const rel = p - this.aFirstPool[a];
    if (rel < 0) return -1;
    const k = Math.floor(rel / POOL_SIZE);
    return k < this.aCarved[a] ? a * MAX_POOLS_IN_ARENA + k : -1;
  }

  /** The arena containing p, or -1. cf. Objects/obmalloc.c address_in_range / arena_map_is_used */
  arenaOf(p: number): number {
    const d = this.idealTop - Math.floor(p / ARENA_SIZE);
    const tbl = this.idealTbl;
    if (d < 0 || d >= tbl.length) return -1;
    let a = tbl[d] - 1;
    if (a >= 0 && p >= this.aAddress[a]) return a;
    if (d + 1 < tbl.length) {
      a = tbl[d + 1] - 1;
      if (a >= 0 && p < this.aAddress[a] + ARENA_SIZE) return a;
    }
    return -1;
  }

  // ---- internals ------------------------------------------------------------

  private liveSlot(p: number, a: number): number {
    const slot = this.slotOf(p, a);
    if (slot >= 0 && this.pCount[slot] > 0) {
      const size = (this.pSz[slot] + 1) << 4;
      const off = p - this.pAddress[slot] - POOL_OVERHEAD;
      const b = off / size;
      if (off >= 0 && b === Math.floor(b) && b < this.pNextIdx[slot] &&
          this.bNext[slot * BLOCK_SLOTS + b] === ALLOCATED) {
        return slot;
      }
    }
    return badPointer(p);
  }

  /** Carve the next virgin block, or unlink the now-full pool. cf. Objects/obmalloc.c pymalloc_pool_extend */
  private poolExtend(slot: number, idx: number, node: number): number {
    const n = this.pNextIdx[slot];
    if (n < NUMBLOCKS[idx]) {
      this.pNextIdx[slot] = n + 1;
      this.bNext[slot * BLOCK_SLOTS + n] = FREE_NULL;
      return n;
    }
    const next = this.linkNext[node];
    const prev = this.linkPrev[node];
    this.linkPrev[next] = prev;
    this.linkNext[prev] = next;
    return FREE_NULL;
  }

  /** usedpools[idx] is empty: take a pool from the head usable arena. cf. Objects/obmalloc.c allocate_from_new_pool */
  private allocateFromNewPool(idx: number): number {
    if (this.usableArenas < 0) {
      const a = this.newArena();
      if (a < 0) return 0;
      this.usableArenas = a;
      this.aNext[a] = -1;
      this.aPrev[a] = -1;
      this.nfp2lasta[this.aNfree[a]] = a;
    }
    const ua = this.usableArenas;
    const nf = this.aNfree[ua];
    if (this.nfp2lasta[nf] === ua) this.nfp2lasta[nf] = -1;
    if (nf > 1) this.nfp2lasta[nf - 1] = ua;

    let slot = this.aFreepools[ua];
    if (slot >= 0) {
      this.aFreepools[ua] = this.linkNext[slot + NODE0];
    } else {
      // Carve off a new pool.
      const k = this.aCarved[ua]++;
      slot = ua * MAX_POOLS_IN_ARENA + k;
      this.pAddress[slot] = this.aFirstPool[ua] + k * POOL_SIZE;
      this.pSz[slot] = -1;
    }
    if (--this.aNfree[ua] === 0) {
      // Wholly allocated: remove from usable_arenas.
      const n = this.aNext[ua];
      this.usableArenas = n;
      if (n >= 0) this.aPrev[n] = -1;
    }

    // Frontlink to usedpools[idx] (empty, else we would not be here).
    const node = slot + NODE0;
    this.linkNext[node] = idx;
    this.linkPrev[node] = idx;
    this.linkNext[idx] = node;
    this.linkPrev[idx] = node;
    this.pCount[slot] = 1;
    const size = (idx + 1) << 4;
    this.blocksInUse++;
    this.bytesInUse += size;
    const base = slot * BLOCK_SLOTS;
    if (this.pSz[slot] === idx) {
      // Same class as before: header and free list are still valid.
      const b = this.pFree[slot];
      this.pFree[slot] = this.bNext[base + b];
      this.bNext[base + b] = ALLOCATED;
      return this.pAddress[slot] + POOL_OVERHEAD + b * size;
    }
    this.pSz[slot] = idx;
    this.bNext[base] = ALLOCATED;
    this.bNext[base + 1] = FREE_NULL;
    this.pFree[slot] = 1;
    this.pNextIdx[slot] = 2;
    return this.pAddress[slot] + POOL_OVERHEAD;
  }

  /** The pool just became empty: arena bookkeeping. cf. Objects/obmalloc.c insert_to_freepool */
  private insertToFreepool(slot: number): void {
    const node = slot + NODE0;
    const next = this.linkNext[node];
    const prev = this.linkPrev[node];
    this.linkPrev[next] = prev;
    this.linkNext[prev] = next;

    const a = Math.floor(slot / MAX_POOLS_IN_ARENA);
    this.linkNext[node] = this.aFreepools[a];
    this.aFreepools[a] = slot;
    let nf = this.aNfree[a];
    const lastnf = this.nfp2lasta[nf];
    if (lastnf === a) {
      const p = this.aPrev[a];
      this.nfp2lasta[nf] = p >= 0 && this.aNfree[p] === nf ? p : -1;
    }
    this.aNfree[a] = ++nf;

    if (nf === this.aNtotal[a] && this.aNext[a] >= 0) {
      // Case 1: wholly free and not the last usable arena: release it.
      const pa = this.aPrev[a];
      const na = this.aNext[a];
      if (pa < 0) this.usableArenas = na;
      else this.aNext[pa] = na;
      this.aPrev[na] = pa;
      this.aNext[a] = this.unusedArenaObjects;
      this.unusedArenaObjects = a;
      this.releaseArena(a);
      return;
    }
    if (nf === 1) {
      // Case 2: it was full, so not in usable_arenas: put it at the head.
      this.aNext[a] = this.usableArenas;
      this.aPrev[a] = -1;
      if (this.usableArenas >= 0) this.aPrev[this.usableArenas] = a;
      this.usableArenas = a;
      if (this.nfp2lasta[1] < 0) this.nfp2lasta[1] = a;
      return;
    }
    if (this.nfp2lasta[nf] < 0) this.nfp2lasta[nf] = a;
    if (a === lastnf) return; // Case 4: still in order.
    // Case 3: move it right, to just after lastnf.
    const pa = this.aPrev[a];
    if (pa >= 0) this.aNext[pa] = this.aNext[a];
    else this.usableArenas = this.aNext[a];
    this.aPrev[this.aNext[a]] = pa;
    this.aPrev[a] = lastnf;
    const after = this.aNext[lastnf];
    this.aNext[a] = after;
    if (after >= 0) this.aPrev[after] = a;
    this.aNext[lastnf] = a;
  }

  /** Returns the arena_object index, or -1. cf. Objects/obmalloc.c new_arena */
  private newArena(): number {
    if (this.unusedArenaObjects < 0) {
      const numarenas = this.maxArenas > 0 ? this.maxArenas * 2 : INITIAL_ARENA_OBJECTS;
      if (!this.host.resizeArenaVector(numarenas)) return -1;
      this.growArenaObjects(numarenas);
      for (let i = this.maxArenas; i < numarenas; i++) {
        this.aAddress[i] = 0;
        this.aNext[i] = i < numarenas - 1 ? i + 1 : -1;
      }
      this.unusedArenaObjects = this.maxArenas;
      this.maxArenas = numarenas;
    }
    const a = this.unusedArenaObjects;
    this.unusedArenaObjects = this.aNext[a];
    const address = this.host.mapArena();
    if (address === 0) {
      this.aNext[a] = this.unusedArenaObjects;
      this.unusedArenaObjects = a;
      return -1;
    }
    this.aAddress[a] = address;
    this.ntimesArenaAllocated++;
    if (++this.narenasCurrentlyAllocated > this.narenasHighwater) {
      this.narenasHighwater = this.narenasCurrentlyAllocated;
    }
    this.aFreepools[a] = -1;
    const excess = address % POOL_SIZE;
    this.aFirstPool[a] = excess === 0 ? address : address + POOL_SIZE - excess;
    this.aNfree[a] = excess === 0 ? MAX_POOLS_IN_ARENA : MAX_POOLS_IN_ARENA - 1;
    this.aNtotal[a] = this.aNfree[a];
    this.aCarved[a] = 0;
    this.ensureBlockStorage(a);
    this.setIdeal(address, a + 1);
    return a;
  }

  private releaseArena(a: number): void {
    const address = this.aAddress[a];
    this.setIdeal(address, 0);
    this.host.unmapArena(address);
    this.aAddress[a] = 0;
    this.aCarved[a] = 0;
    this.narenasCurrentlyAllocated--;
  }

  private setIdeal(address: number, value: number): void {
    const d = this.idealTop - Math.floor(address / ARENA_SIZE);
    if (d < 0) throw new Error('pymalloc: arena above the mmap top');
    if (d + 2 > this.idealTbl.length) {
      let n = this.idealTbl.length;
      while (n < d + 2) n *= 2;
      const t = new Int32Array(n);
      t.set(this.idealTbl);
      this.idealTbl = t;
    }
    this.idealTbl[d] = value;
  }

  private growArenaObjects(n: number): void {
    const g64 = (x: Float64Array, len: number) => { const y = new Float64Array(len); y.set(x); return y; };
    const g32 = (x: Int32Array, len: number) => { const y = new Int32Array(len); y.set(x); return y; };
    this.aAddress = g64(this.aAddress, n);
    this.aFirstPool = g64(this.aFirstPool, n);
    this.aNfree = g32(this.aNfree, n);
    this.aNtotal = g32(this.aNtotal, n);
    this.aCarved = g32(this.aCarved, n);
    this.aFreepools = g32(this.aFreepools, n);
    this.aNext = g32(this.aNext, n);
    this.aPrev = g32(this.aPrev, n);
    const pools = n * MAX_POOLS_IN_ARENA;
    this.pAddress = g64(this.pAddress, pools);
    this.pCount = g32(this.pCount, pools);
    this.pSz = g32(this.pSz, pools);
    this.pFree = g32(this.pFree, pools);
    this.pNextIdx = g32(this.pNextIdx, pools);
    this.linkNext = g32(this.linkNext, NODE0 + pools);
    this.linkPrev = g32(this.linkPrev, NODE0 + pools);
  }

  /** Block links are allocated lazily, up to the highest arena index used so far. */
  private ensureBlockStorage(a: number): void {
    const need = (a + 1) * MAX_POOLS_IN_ARENA * BLOCK_SLOTS;
    if (this.bNext.length >= need) return;
    let n = Math.max(this.bNext.length, MAX_POOLS_IN_ARENA * BLOCK_SLOTS);
    while (n < need) n *= 2;
    const t = new Int16Array(n);
    t.set(this.bNext);
    this.bNext = t;
  }
}

function badPointer(p: number): never {
  throw new Error(`pymalloc: free/realloc of 0x${p.toString(16)}, which is not a live block`);
}
