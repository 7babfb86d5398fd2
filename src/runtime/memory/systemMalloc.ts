// A simulated glibc malloc (the "system malloc" under PyMem_RawMalloc), enough
// to give requests > 512 bytes (and malloc(0/1)) plausible, deterministic
// addresses: [heap] chunks at 0x55… that grow with brk, and separate mmapped
// chunks at 0x7f… for big requests.
//
// What is modelled, after glibc 2.3x malloc/malloc.c:
//   * chunk geometry: a chunk is request2size(n) = max(32, (n + 8 + 15) & ~15)
//     bytes; the user pointer is chunk + 16 (prev_size and size fields), so two
//     chunks carved one after the other have user pointers `chunk size` apart;
//   * tcache: per chunk size up to 1040 bytes, at most 7 chunks, LIFO
//     (tcache_put / tcache_get). Chunks in the tcache still look in use to
//     their neighbours, so they are not coalesced;
//   * otherwise freed chunks coalesce with free neighbours and with the top
//     chunk (_int_free), and malloc takes the best fit among free chunks (the
//     oldest-freed chunk of that size on ties), splitting off a remainder of at
//     least MINSIZE (32), the chunk keeping the low addresses;
//   * the top chunk: carved from its low end; brk grows by
//     request + M_TOP_PAD (128 KiB) + MINSIZE rounded to pages (sysmalloc), and
//     shrinks (systrim) when a free leaves top >= M_TRIM_THRESHOLD;
//   * mmap: a request whose chunk size is >= M_MMAP_THRESHOLD (128 KiB) and that
//     top cannot serve gets its own mapping of round_up(chunk + 8, 4096) bytes;
//     freeing it unmaps it and raises the threshold to its size (glibc's dynamic
//     mmap threshold, up to 32 MiB), and the trim threshold to twice that;
//   * realloc (_int_realloc / mremap_chunk): shrink in place; grow into top or
//     into a free next chunk in place; otherwise malloc, copy, free. A mmapped
//     chunk stays mmapped (mremap), growing in place only if the pages above
//     are free.
// Approximated: fastbins, the unsorted bin and small/large bin ordering are
// folded into the one best-fit rule above; no per-thread arenas.

import { AddressSpace, PAGE_SIZE, alignUp } from './addressSpace';

const SIZE_SZ = 8;
const MINSIZE = 32;
const CHUNK_HEADER = 16;
const TCACHE_MAX_CHUNK = 1040; // chunk size of tcache's largest bin (1032 usable bytes)
const TCACHE_FILL_COUNT = 7;
const DEFAULT_MMAP_THRESHOLD = 128 * 1024;
const DEFAULT_MMAP_THRESHOLD_MAX = 32 * 1024 * 1024;
const DEFAULT_TOP_PAD = 128 * 1024;
const FASTBIN_CONSOLIDATION_THRESHOLD = 65536;

/** glibc request2size: the chunk size for a request of `n` bytes. */
export function request2size(n: number): number {
  const r = n + SIZE_SZ + 15;
  return r < MINSIZE ? MINSIZE : r - (r % 16);
}

export interface SystemBlockInfo {
  /** User pointer (what malloc returned). */
  readonly address: number;
  /** Bytes the block occupies: its chunk size, or the length of its mapping when mmapped. */
  readonly size: number;
  /** Bytes asked for. */
  readonly requested: number;
  readonly mmapped: boolean;
  /** For the runtime's own allocations (e.g. "obmalloc arenas vector"). */
  readonly tag?: string;
}

export interface SystemHeapLayout {
  /** Live blocks, lowest address first ([heap] chunks, then mmapped ones). */
  readonly blocks: SystemBlockInfo[];
  readonly heapBase: number;
  /** Current program break: end of the [heap] mapping. */
  readonly brk: number;
  /** Chunk address of the top chunk (it spans up to brk). */
  readonly topChunk: number;
  /** Free, coalesced chunks in the heap (chunk addresses), lowest first. */
  readonly freeChunks: ReadonlyArray<{ readonly chunk: number; readonly size: number }>;
  /** Chunks parked in the tcache, per size, next-to-be-reused first. */
  readonly tcache: ReadonlyArray<{ readonly size: number; readonly chunks: number[] }>;
  readonly mmapThreshold: number;
}

export class SystemMalloc {
  /** Bytes of live blocks (chunk sizes, mapping lengths). */
  bytesInUse = 0;
  blocksInUse = 0;
  requestedBytes = 0;

  private readonly space: AddressSpace;
  private readonly fits: (extraBytes: number) => boolean;
  readonly heapBase: number;
  private brk: number;
  private topStart: number;
  private mmapThreshold = DEFAULT_MMAP_THRESHOLD;
  private trimThreshold = DEFAULT_MMAP_THRESHOLD;

  // Live blocks: user pointer -> chunk size / mapping length.
  private readonly live = new Map<number, number>();
  private readonly liveMmap = new Map<number, number>();
  private readonly requested = new Map<number, number>();
  private readonly tags = new Map<number, string>();
  // Free chunks (chunk addresses).
  private readonly freeByStart = new Map<number, number>();
  private readonly freeByEnd = new Map<number, number>();
  private readonly bins = new Map<number, Set<number>>();
  private readonly binSizes: number[] = [];
  private readonly tcache = new Map<number, number[]>();

  /**
   * @param fits asked before any growth of bytesInUse; false makes malloc fail (return 0).
   */
  constructor(space: AddressSpace, heapBase: number, fits: (extraBytes: number) => boolean) {
    if (heapBase % PAGE_SIZE !== 0) throw new RangeError('SystemMalloc: heapBase must be page aligned');
    this.space = space;
    this.heapBase = heapBase;
    this.brk = heapBase;
    this.topStart = heapBase;
    this.fits = fits;
  }

  /** malloc(n) (n >= 1; CPython turns 0 into 1 before calling). Returns 0 on failure. */
  malloc(n: number, requested = n, tag?: string): number {
    const nb = request2size(n);
    let p = 0;
    const list = nb <= TCACHE_MAX_CHUNK ? this.tcache.get(nb) : undefined;
    if (list !== undefined && list.length > 0) {
      // cf. __libc_malloc: tcache_get
      if (!this.fits(nb)) return 0;
      p = (list.pop() as number) + CHUNK_HEADER;
      this.live.set(p, nb);
      this.bytesInUse += nb;
    } else {
      p = this.intMalloc(nb);
      if (p === 0) return 0;
    }
    this.blocksInUse++;
    this.requested.set(p, requested);
    this.requestedBytes += requested;
    if (tag !== undefined) this.tags.set(p, tag);
    return p;
  }

  /** free(p). Throws on a pointer that is not a live block. */
  free(p: number): void {
    const mlen = this.liveMmap.get(p);
    this.forget(p);
    if (mlen !== undefined) {
      // cf. __libc_free: munmap_chunk and the dynamic mmap threshold
      this.liveMmap.delete(p);
      this.bytesInUse -= mlen;
      this.space.munmap(p - CHUNK_HEADER);
      if (mlen > this.mmapThreshold && mlen <= DEFAULT_MMAP_THRESHOLD_MAX) {
        this.mmapThreshold = mlen;
        this.trimThreshold = 2 * mlen;
      }
      return;
    }
    const size = this.live.get(p) as number;
    this.live.delete(p);
    this.bytesInUse -= size;
    this.intFree(p - CHUNK_HEADER, size);
  }

  /** realloc(p, n) (n >= 1). Returns 0 on failure, leaving the block untouched. */
  realloc(p: number, n: number, requested = n): number {
    const nb = request2size(n);
    const mlen = this.liveMmap.get(p);
    if (mlen !== undefined) return this.reallocMmapped(p, mlen, nb, requested);
    const size = this.live.get(p);
    if (size === undefined) throw new Error(`realloc(): invalid pointer 0x${p.toString(16)}`);
    const c = p - CHUNK_HEADER;
    if (size >= nb) {
      // Shrink in place; the remainder is freed (it may land in the tcache).
      if (size - nb >= MINSIZE) {
        this.live.set(p, nb);
        this.bytesInUse -= size - nb;
        this.intFree(c + nb, size - nb);
      }
      return this.setRequested(p, requested);
    }
    const next = c + size;
    if (next === this.topStart && this.brk - this.topStart + size >= nb + MINSIZE) {
      if (!this.fits(nb - size)) return 0;
      this.topStart = c + nb;
      this.live.set(p, nb);
      this.bytesInUse += nb - size;
      return this.setRequested(p, requested);
    }
    const nextSize = this.freeByStart.get(next);
    if (nextSize !== undefined && size + nextSize >= nb) {
      const merged = size + nextSize;
      const keep = merged - nb >= MINSIZE ? nb : merged;
      if (!this.fits(keep - size)) return 0;
      this.unlinkFree(next, nextSize);
      this.live.set(p, keep);
      this.bytesInUse += keep - size;
      if (keep !== merged) this.intFree(c + keep, merged - keep);
      return this.setRequested(p, requested);
    }
    // malloc, copy, free (_int_realloc calls _int_malloc: no tcache).
    const q = this.intMalloc(nb);
    if (q === 0) return 0;
    this.moveBookkeeping(p, q, requested);
    this.live.delete(p);
    this.bytesInUse -= size;
    this.intFree(c, size);
    return q;
  }

  has(p: number): boolean {
    return this.live.has(p) || this.liveMmap.has(p);
  }

  /** The live block whose requested bytes [p, p + requested) contain `addr` (a scan: for inspection only). */
  containing(addr: number): SystemBlockInfo | undefined {
    for (const m of [this.live, this.liveMmap]) {
      for (const p of m.keys()) {
        if (addr >= p && addr < p + Math.max(1, this.requested.get(p) as number)) return this.info(p);
      }
    }
    return undefined;
  }

  info(p: number): SystemBlockInfo | undefined {
    const mlen = this.liveMmap.get(p);
    const size = mlen ?? this.live.get(p);
    if (size === undefined) return undefined;
    const tag = this.tags.get(p);
    const base = { address: p, size, requested: this.requested.get(p) as number, mmapped: mlen !== undefined };
    return tag === undefined ? base : { ...base, tag };
  }

  layout(): SystemHeapLayout {
    const blocks: SystemBlockInfo[] = [];
    for (const p of this.live.keys()) blocks.push(this.info(p) as SystemBlockInfo);
    for (const p of this.liveMmap.keys()) blocks.push(this.info(p) as SystemBlockInfo);
    blocks.sort((x, y) => x.address - y.address);
    const freeChunks = [...this.freeByStart].map(([chunk, size]) => ({ chunk, size }));
    freeChunks.sort((x, y) => x.chunk - y.chunk);
    const tcache = [...this.tcache]
      .filter(([, l]) => l.length > 0)
      .map(([size, l]) => ({ size, chunks: l.slice().reverse() }))
      .sort((x, y) => x.size - y.size);
    return {
      blocks, heapBase: this.heapBase, brk: this.brk, topChunk: this.topStart,
      freeChunks, tcache, mmapThreshold: this.mmapThreshold,
    };
  }

  // --- internals -----------------------------------------------------------

  /** cf. _int_malloc + sysmalloc: bins (best fit), then top, then mmap or brk. */
  private intMalloc(nb: number): number {
    let c = this.takeBestFit(nb);
    if (c !== 0) {
      const size = this.freeByStart.get(c) as number;
      const keep = size - nb >= MINSIZE ? nb : size;
      if (!this.fits(keep)) return 0;
      this.unlinkFree(c, size);
      if (keep !== size) this.linkFree(c + keep, size - keep);
      return this.makeLive(c, keep);
    }
    const topSize = this.brk - this.topStart;
    if (topSize < nb + MINSIZE && nb >= this.mmapThreshold) {
      const len = alignUp(nb + SIZE_SZ, PAGE_SIZE);
      if (!this.fits(len)) return 0;
      const m = this.space.mmap(len, 'malloc-mmap');
      if (m === 0) return 0;
      const p = m + CHUNK_HEADER;
      this.liveMmap.set(p, len);
      this.bytesInUse += len;
      return p;
    }
    if (!this.fits(nb)) return 0;
    if (topSize < nb + MINSIZE) {
      this.brk += alignUp(nb + DEFAULT_TOP_PAD + MINSIZE - topSize, PAGE_SIZE);
    }
    c = this.topStart;
    this.topStart += nb;
    return this.makeLive(c, nb);
  }

  private makeLive(c: number, size: number): number {
    const p = c + CHUNK_HEADER;
    this.live.set(p, size);
    this.bytesInUse += size;
    return p;
  }

  /** cf. _int_free: tcache_put, else coalesce with neighbours / top, maybe systrim. */
  private intFree(c: number, size: number): void {
    if (size <= TCACHE_MAX_CHUNK) {
      let list = this.tcache.get(size);
      if (list === undefined) this.tcache.set(size, (list = []));
      if (list.length < TCACHE_FILL_COUNT) {
        list.push(c);
        return;
      }
    }
    let start = c;
    let sz = size;
    const prev = this.freeByEnd.get(c);
    if (prev !== undefined) {
      const psz = this.freeByStart.get(prev) as number;
      this.unlinkFree(prev, psz);
      start = prev;
      sz += psz;
    }
    const next = c + size;
    if (next === this.topStart) {
      this.topStart = start;
      sz = this.brk - start;
    } else {
      const nsz = this.freeByStart.get(next);
      if (nsz !== undefined) {
        this.unlinkFree(next, nsz);
        sz += nsz;
      }
      this.linkFree(start, sz);
    }
    if (sz >= FASTBIN_CONSOLIDATION_THRESHOLD && this.brk - this.topStart >= this.trimThreshold) {
      // cf. systrim(mp_.top_pad)
      const topArea = this.brk - this.topStart - MINSIZE - 1;
      if (topArea > DEFAULT_TOP_PAD) {
        const extra = topArea - DEFAULT_TOP_PAD;
        this.brk -= extra - (extra % PAGE_SIZE);
      }
    }
  }

  private reallocMmapped(p: number, mlen: number, nb: number, requested: number): number {
    const len = alignUp(nb + SIZE_SZ, PAGE_SIZE);
    const m = p - CHUNK_HEADER;
    if (len === mlen) return this.setRequested(p, requested);
    if (len > mlen && !this.fits(len - mlen)) return 0;
    if (this.space.resizeInPlace(m, len)) {
      this.liveMmap.set(p, len);
      this.bytesInUse += len - mlen;
      return this.setRequested(p, requested);
    }
    // mremap(MREMAP_MAYMOVE): the new mapping is found while the old one still exists.
    const m2 = this.space.mmap(len, 'malloc-mmap');
    if (m2 === 0) return 0;
    this.space.munmap(m);
    const q = m2 + CHUNK_HEADER;
    this.moveBookkeeping(p, q, requested);
    this.liveMmap.delete(p);
    this.liveMmap.set(q, len);
    this.bytesInUse += len - mlen;
    return q;
  }

  private setRequested(p: number, requested: number): number {
    this.requestedBytes += requested - (this.requested.get(p) as number);
    this.requested.set(p, requested);
    return p;
  }

  private moveBookkeeping(p: number, q: number, requested: number): void {
    const tag = this.tags.get(p);
    this.requestedBytes += requested - (this.requested.get(p) as number);
    this.requested.delete(p);
    this.requested.set(q, requested);
    if (tag !== undefined) {
      this.tags.delete(p);
      this.tags.set(q, tag);
    }
  }

  private forget(p: number): void {
    const req = this.requested.get(p);
    if (req === undefined) throw new Error(`free(): invalid pointer 0x${p.toString(16)}`);
    this.requested.delete(p);
    this.tags.delete(p);
    this.requestedBytes -= req;
    this.blocksInUse--;
  }

  /** Smallest free chunk of size >= nb (oldest of that size), or 0. */
  private takeBestFit(nb: number): number {
    const sizes = this.binSizes;
    let lo = 0;
    let hi = sizes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sizes[mid] < nb) lo = mid + 1;
      else hi = mid;
    }
    if (lo === sizes.length) return 0;
    const set = this.bins.get(sizes[lo]) as Set<number>;
    return set.values().next().value as number;
  }

  private linkFree(c: number, size: number): void {
    this.freeByStart.set(c, size);
    this.freeByEnd.set(c + size, c);
    let set = this.bins.get(size);
    if (set === undefined) {
      this.bins.set(size, (set = new Set()));
      const sizes = this.binSizes;
      let i = sizes.length;
      while (i > 0 && sizes[i - 1] > size) i--;
      sizes.splice(i, 0, size);
    }
    set.add(c);
  }

  private unlinkFree(c: number, size: number): void {
    this.freeByStart.delete(c);
    this.freeByEnd.delete(c + size);
    const set = this.bins.get(size) as Set<number>;
    set.delete(c);
    if (set.size === 0) {
      this.bins.delete(size);
      this.binSizes.splice(this.binSizes.indexOf(size), 1);
    }
  }
}
