// The simulated CPython 3.11 allocator: PyObject_Malloc / PyObject_Realloc /
// PyObject_Free (cf. Objects/obmalloc.c _PyObject_Malloc, _PyObject_Realloc,
// _PyObject_Free), i.e. pymalloc for requests of 1..512 bytes and the system
// malloc for the rest. This is the only place the runtime gets addresses from.
//
// SIZE CLASSES. A request of 1..512 bytes (SMALL_REQUEST_THRESHOLD) is rounded up
// to a multiple of 16 (ALIGNMENT): size class idx = (n - 1) >> 4, block size
// (idx + 1) * 16, so 32 classes of 16, 32, …, 512 bytes. 0 bytes and anything
// above 512 go to the system malloc instead (systemMalloc.ts).
//
// ARENAS. Memory comes from the OS in 1 MiB arenas (ARENA_SIZE, one mmap each).
// mmap only guarantees 4 KiB alignment; pools must be 16 KiB aligned, so an
// arena whose address is not 16 KiB aligned loses the partial pool at its start
// and holds 63 pools, an aligned one 64 (new_arena). Each arena is described by
// an arena_object in the `arenas[]` vector (16 entries at first, doubled when all
// are in use); unused arena_objects form the LIFO `unused_arena_objects` list.
// Arenas with at least one free pool form `usable_arenas`, kept sorted by
// nfreepools ascending so allocation fills the fullest arena first and nearly
// empty arenas get a chance to become wholly free; `nfp2lasta[nf]` points at the
// last arena with nf free pools, so re-sorting is O(1). An arena all of whose
// pools become free is unmapped, unless it is the last one in usable_arenas
// (one wholly free arena is kept, bpo-37257).
//
// POOLS. A pool is 16 KiB (POOL_SIZE) and holds blocks of one size class behind
// a 48-byte header (POOL_OVERHEAD), so block k sits at pool + 48 + k * size and
// a pool holds (16384 - 48) / size blocks (1021 of 16 bytes … 31 of 512).
// Pools are carved from an arena upward, only when needed. A pool is
//   used:  in the circular list usedpools[idx]; allocation takes the head pool;
//   full:  unlinked from every list; when one of its blocks is freed it is
//          linked back at the FRONT of usedpools[idx] (so that block is reused next);
//   empty: pushed on its arena's `freepools` list (LIFO) and reusable for any
//          class (its header and free list are reused as-is if the class matches).
//
// BLOCKS. A pool's free blocks form a singly linked LIFO list through the blocks
// themselves (pool->freeblock). Blocks are never linked in advance: a fresh pool
// returns block 0, puts block 1 on the free list, and sets nextoffset to block 2;
// whenever the list runs dry, the block at nextoffset is carved
// (pymalloc_pool_extend), until nextoffset > maxnextoffset: then the pool is full.
//
// The state and its transitions are in pymalloc.ts (typed arrays: no JS object
// per block or pool); systemMalloc.ts simulates glibc for the other requests:
// [heap] chunks at 0x55… below 128 KiB, own mmaps at 0x7f… above.
//
// Address model (addressSpace.ts): the mmap area is top-down like Linux: the
// first arena is at `arenaBase`, later mappings step DOWN below it, and a hole
// left by an unmapped arena or big chunk is reused by the next mapping that fits.
// The runtime's own allocations are simulated too, as CPython makes them: the
// arenas[] vector (PyMem_RawRealloc, 48 bytes per arena_object) and the radix
// tree nodes that new_arena's arena_map_mark_used callocs and never frees (a
// 256 KiB mid node, which glibc mmaps just below the first arena, and a 128 KiB
// bottom node, which glibc serves from the heap's top chunk when it can).
//
// Heap limit: the simulated total = mapped arena bytes + live system-malloc
// bytes; an allocation that would take it beyond heapLimitBytes fails (returns
// 0), and the caller raises MemoryError.

import { AddressSpace, type MappingInfo } from './addressSpace';
import {
  ARENA_SIZE, MAP_MID_SHIFT, MAP_TOP_SHIFT, SIZEOF_ARENA_MAP_BOT, SIZEOF_ARENA_MAP_MID, SIZEOF_ARENA_OBJECT,
  SMALL_REQUEST_THRESHOLD, index2size,
} from './constants';
import { renderDebugMallocStats, type FreeListStat } from './debugMallocStats';
import type { AllocatorLayout, AllocatorStats, BlockInfo, PoolDetail } from './layout';
import { Pymalloc, type ArenaHost } from './pymalloc';
import {
  arenaLayouts, census, nfp2lastaEntries, poolDetail, unusedArenaOrder, usableArenaOrder, usedPoolLists,
} from './obmallocInspect';
import { SystemMalloc } from './systemMalloc';
import { pymallocRegion, type AddressRegion } from './addressLookup';

export interface AllocatorOptions {
  /** Simulated bytes (mapped arenas + live system-malloc blocks) beyond which allocation fails. Default 2 GiB. */
  heapLimitBytes?: number;
  /**
   * Address of the first arena (the first mmap); page aligned. The mmap area's
   * top is arenaBase + 1 MiB and later mappings go below. Default
   * 0x7f4e2c802000: 4 KiB but not 16 KiB aligned (63 pools), as mmap usually
   * gives; chosen so that the arenas below it stay misaligned too once the
   * 0x41000-byte arena-map mid node is mapped between the first and second.
   */
  arenaBase?: number;
  /** Start of the [heap] (brk) area for the system malloc; page aligned. Default 0x55c3e0a1b000. */
  heapBase?: number;
}

// Local copy for the hot path (see pymalloc.ts).
const SMALL_REQUEST = SMALL_REQUEST_THRESHOLD;

export const DEFAULT_HEAP_LIMIT = 2 * 1024 * 1024 * 1024;
export const DEFAULT_ARENA_BASE = 0x7f4e2c802000;
export const DEFAULT_HEAP_BASE = 0x55c3e0a1b000;

/** Where a pymalloc block is (filled by Allocator.pymallocBlockInto; fields as in BlockInfo). */
export interface PymallocBlockPosition {
  arenaIndex: number;
  /** The pool's slot in the allocator's tables. */
  slot: number;
  poolAddress: number;
  sizeClass: number;
  blockSize: number;
  blockIndex: number;
}

export class Allocator {
  readonly heapLimitBytes: number;
  private readonly space: AddressSpace;
  private readonly sys: SystemMalloc;
  private readonly py: Pymalloc;
  /** Bytes being mapped for an arena not yet counted by Pymalloc (during new_arena). */
  private pendingBytes = 0;
  private arenaVector = 0;
  private readonly mapMidNodes = new Set<number>();
  private readonly mapBotNodes = new Set<number>();
  private failed = 0;

  constructor(opts: AllocatorOptions = {}) {
    this.heapLimitBytes = opts.heapLimitBytes ?? DEFAULT_HEAP_LIMIT;
    const arenaBase = opts.arenaBase ?? DEFAULT_ARENA_BASE;
    this.space = new AddressSpace(arenaBase + ARENA_SIZE);
    const fits = (extra: number): boolean => this.totalBytes() + extra <= this.heapLimitBytes;
    this.sys = new SystemMalloc(this.space, opts.heapBase ?? DEFAULT_HEAP_BASE, fits);
    const host: ArenaHost = {
      resizeArenaVector: (n) => this.resizeArenaVector(n),
      mapArena: () => this.mapArena(),
      unmapArena: (address) => this.space.munmap(address),
    };
    this.py = new Pymalloc(host, this.space.top);
  }

  /**
   * PyObject_Malloc: the block address, or 0 when the simulated heap limit is
   * hit (the caller raises MemoryError). 1..512 bytes -> pymalloc; 0 and > 512
   * -> system malloc (0 becomes malloc(1), as _PyMem_RawMalloc does).
   */
  malloc(nbytes: number): number {
    if (nbytes > 0 && nbytes <= SMALL_REQUEST) {
      const p = this.py.alloc(nbytes);
      if (p !== 0) return p;
    }
    return this.rawMalloc(nbytes);
  }

  /** PyObject_Free. free(0) does nothing; an address that is not a live block throws. */
  free(addr: number): void {
    if (addr === 0) return;
    if (!this.py.free(addr)) this.sys.free(addr);
  }

  /**
   * PyObject_Realloc: a pymalloc block stays put when nbytes <= its size class
   * and 4·nbytes > 3·size, otherwise it moves (malloc, copy, free: the new block
   * can be a system one). A system block stays with the system malloc. Returns
   * 0 on failure, the old block untouched.
   */
  realloc(addr: number, nbytes: number): number {
    if (addr === 0) return this.malloc(nbytes);
    checkSize(nbytes);
    const size = this.py.blockSizeOf(addr);
    if (size !== 0) {
      // cf. pymalloc_realloc
      if (nbytes <= size && 4 * nbytes > 3 * size) return addr;
      const q = this.malloc(nbytes);
      if (q !== 0) this.py.free(addr);
      return q;
    }
    const q = this.sys.realloc(addr, nbytes === 0 ? 1 : nbytes, nbytes);
    if (q === 0) this.failed++;
    return q;
  }

  /** Size of the live block at addr: its size class, or its chunk size for a system block; 0 if none. */
  blockSize(addr: number): number {
    const loc = this.py.locate(addr);
    if (loc !== undefined) return (this.py.pSz[loc.slot] + 1) * 16;
    return this.sys.info(addr)?.size ?? 0;
  }

  /**
   * blockInfo() of a pymalloc block without allocating (for a heap snapshot asking of every
   * object): fills `out` and returns true, or returns false when addr is not the start of a live
   * pymalloc block (a system block or none: ask blockInfo).
   */
  pymallocBlockInto(addr: number, out: PymallocBlockPosition): boolean {
    if (!this.py.locateInto(addr, out)) return false;
    const sz = this.py.pSz[out.slot];
    out.poolAddress = this.py.pAddress[out.slot];
    out.sizeClass = sz;
    out.blockSize = index2size(sz);
    return true;
  }

  /** Where a live block is; undefined if addr is not the start of a live block. */
  blockInfo(addr: number): BlockInfo | undefined {
    const loc = this.py.locate(addr);
    if (loc !== undefined) {
      const sz = this.py.pSz[loc.slot];
      return {
        kind: 'pymalloc',
        arenaIndex: loc.arenaIndex,
        arenaAddress: this.py.aAddress[loc.arenaIndex],
        poolAddress: this.py.pAddress[loc.slot],
        sizeClass: sz,
        blockSize: index2size(sz),
        blockIndex: loc.blockIndex,
      };
    }
    const s = this.sys.info(addr);
    if (s === undefined) return undefined;
    const base = { kind: 'system' as const, size: s.size, requested: s.requested, mmapped: s.mmapped };
    return s.tag === undefined ? base : { ...base, tag: s.tag };
  }

  /** What `addr` falls in, anywhere inside (see addressLookup.ts); undefined: no arena, no live system block. */
  region(addr: number): AddressRegion | { readonly kind: 'system'; readonly start: number; readonly size: number } | undefined {
    const r = pymallocRegion(this.py, addr);
    if (r !== undefined) return r;
    const s = this.sys.containing(addr);
    return s === undefined ? undefined : { kind: 'system', start: s.address, size: Math.max(1, s.requested) };
  }

  /** Arenas, pools (no blocks), usable_arenas, usedpools, system blocks. Free lists per pool on request. */
  layout(opts: { freeLists?: boolean } = {}): AllocatorLayout {
    return {
      arenas: arenaLayouts(this.py, opts.freeLists === true),
      usableArenas: usableArenaOrder(this.py),
      usedPools: usedPoolLists(this.py),
      maxArenas: this.py.maxArenas,
      unusedArenaObjects: unusedArenaOrder(this.py),
      nfp2lasta: nfp2lastaEntries(this.py),
      system: this.sys.layout(),
      mappings: this.mappings(),
    };
  }

  /** Every block of one carved pool: used / free (with free-list position) / untouched. */
  poolDetail(poolAddress: number): PoolDetail | undefined {
    return poolDetail(this.py, poolAddress);
  }

  mappings(): MappingInfo[] {
    return this.space.mappings();
  }

  stats(): AllocatorStats {
    const py = this.py;
    const arenaBytes = py.narenasCurrentlyAllocated * ARENA_SIZE;
    return {
      arenasAllocatedTotal: py.ntimesArenaAllocated,
      arenasReclaimed: py.ntimesArenaAllocated - py.narenasCurrentlyAllocated,
      arenasHighwater: py.narenasHighwater,
      arenasCurrent: py.narenasCurrentlyAllocated,
      arenaBytes,
      pymallocBlocksInUse: py.blocksInUse,
      pymallocBytesInUse: py.bytesInUse,
      systemBlocksInUse: this.sys.blocksInUse,
      systemBytesInUse: this.sys.bytesInUse,
      systemRequestedBytes: this.sys.requestedBytes,
      totalBytes: arenaBytes + this.sys.bytesInUse,
      heapLimitBytes: this.heapLimitBytes,
      failedAllocations: this.failed,
    };
  }

  /**
   * sys._debugmallocstats() text, byte-exact to CPython 3.11.7, for this heap.
   * `freeLists` are the object layer's free lists in CPython's order (dict,
   * float, list, then tuples of size 1..20), each printed as
   * "<count> <label> * <sizeEach> bytes each = <count*sizeEach>" with labels
   * as printed: "free PyDictObjects", "free 3-sized PyTupleObjects".
   */
  debugMallocStats(freeLists: ReadonlyArray<FreeListStat> = []): string {
    return renderDebugMallocStats(census(this.py, this.mapMidNodes.size, this.mapBotNodes.size), freeLists);
  }

  // ---- internals ------------------------------------------------------------

  private totalBytes(): number {
    return this.py.narenasCurrentlyAllocated * ARENA_SIZE + this.pendingBytes + this.sys.bytesInUse;
  }

  /** PyMem_RawMalloc from _PyObject_Malloc's fallback. */
  private rawMalloc(nbytes: number): number {
    checkSize(nbytes);
    const p = this.sys.malloc(nbytes === 0 ? 1 : nbytes, nbytes);
    if (p === 0) this.failed++;
    return p;
  }

  private resizeArenaVector(numArenas: number): boolean {
    const bytes = numArenas * SIZEOF_ARENA_OBJECT;
    const p = this.arenaVector === 0
      ? this.sys.malloc(bytes, bytes, 'obmalloc arenas[] vector')
      : this.sys.realloc(this.arenaVector, bytes);
    if (p === 0) return false;
    this.arenaVector = p;
    return true;
  }

  /** _PyObject_ArenaMmap + arena_map_mark_used(address, 1). */
  private mapArena(): number {
    if (this.totalBytes() + ARENA_SIZE > this.heapLimitBytes) return 0;
    const address = this.space.mmap(ARENA_SIZE, 'arena');
    if (address === 0) return 0;
    this.pendingBytes = ARENA_SIZE;
    let ok = this.markArenaMap(address);
    if (ok && address % ARENA_SIZE !== 0) ok = this.markArenaMap(address + ARENA_SIZE);
    this.pendingBytes = 0;
    if (!ok) {
      this.space.munmap(address);
      return 0;
    }
    return address;
  }

  /** arena_map_get(p, create=1): calloc the mid and bottom nodes on first use (never freed). */
  private markArenaMap(p: number): boolean {
    const top = Math.floor(p / 2 ** MAP_TOP_SHIFT);
    const mid = Math.floor(p / 2 ** MAP_MID_SHIFT);
    if (!this.mapMidNodes.has(top)) {
      if (this.sys.malloc(SIZEOF_ARENA_MAP_MID, SIZEOF_ARENA_MAP_MID, 'obmalloc arena map mid node') === 0) return false;
      this.mapMidNodes.add(top);
    }
    if (!this.mapBotNodes.has(mid)) {
      if (this.sys.malloc(SIZEOF_ARENA_MAP_BOT, SIZEOF_ARENA_MAP_BOT, 'obmalloc arena map bot node') === 0) return false;
      this.mapBotNodes.add(mid);
    }
    return true;
  }
}

function checkSize(nbytes: number): void {
  if (!(nbytes >= 0) || nbytes !== Math.floor(nbytes) || nbytes > Number.MAX_SAFE_INTEGER) {
    throw new RangeError(`allocator: bad size ${nbytes}`);
  }
}
