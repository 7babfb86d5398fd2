// A deterministic model of the process's anonymous mmap area (the 0x7f… region
// of /proc/self/maps), used for pymalloc arenas and for glibc's mmapped chunks.
//
// Model: Linux's top-down allocator (mm->get_unmapped_area with the default
// "legacy = false" layout, cf. mm/mmap.c unmapped_area_topdown). Every mapping
// is placed at the *top* of the *highest* free gap below `top` that is large
// enough. Consequences that match a real process:
//   * successive mappings step DOWN in address (a new arena sits just below the
//     previous one, or below whatever else was mapped in between);
//   * a hole left by munmap (a released arena, a freed big malloc chunk) is
//     reused by the next mapping that fits in it, the highest hole first;
//   * mapping lengths are whole 4 KiB pages, so addresses are only page aligned:
//     an arena is 16 KiB aligned only when the mappings above it happen to
//     leave it so (CPython then gets 64 pools instead of 63).
// Not modelled: ASLR (addresses are fixed by `top`), guard gaps, VMA merging
// (adjacent mappings stay separate records so each keeps its owner), and the
// other mappings a real process has (libraries, thread stacks).

export const PAGE_SIZE = 4096;

export type MappingKind = 'arena' | 'malloc-mmap';

export interface MappingInfo {
  readonly start: number;
  readonly end: number;
  readonly kind: MappingKind;
}

/** Round `n` up to a multiple of `m` (m > 0), with float arithmetic: addresses exceed 2^32. */
export function alignUp(n: number, m: number): number {
  const r = n % m;
  return r === 0 ? n : n + (m - r);
}

export class AddressSpace {
  /** One past the highest address any mapping may use (mm->mmap_base). */
  readonly top: number;
  /** Lowest address a mapping may use. */
  readonly floor: number;
  // Mappings sorted by start address (ascending), as parallel arrays.
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly kinds: MappingKind[] = [];

  constructor(top: number, floor = 0x10000) {
    if (top % PAGE_SIZE !== 0 || floor % PAGE_SIZE !== 0 || floor >= top) {
      throw new RangeError('AddressSpace: top and floor must be page aligned, floor < top');
    }
    this.top = top;
    this.floor = floor;
  }

  /** mmap(NULL, length, …): returns the start address, or 0 when no gap fits. */
  mmap(length: number, kind: MappingKind): number {
    const len = alignUp(length, PAGE_SIZE);
    const n = this.starts.length;
    // Walk the gaps from the highest down: gap i lies between mapping i-1 and mapping i.
    for (let i = n; i >= 0; i--) {
      const gapHigh = i === n ? this.top : this.starts[i];
      const gapLow = i === 0 ? this.floor : this.ends[i - 1];
      if (gapHigh - gapLow >= len) {
        const start = gapHigh - len;
        this.starts.splice(i, 0, start);
        this.ends.splice(i, 0, start + len);
        this.kinds.splice(i, 0, kind);
        return start;
      }
    }
    return 0;
  }

  /** munmap of a whole mapping previously returned by mmap. */
  munmap(start: number): void {
    const i = this.indexOf(start);
    this.starts.splice(i, 1);
    this.ends.splice(i, 1);
    this.kinds.splice(i, 1);
  }

  /** Length of the mapping that starts at `start`. */
  lengthOf(start: number): number {
    const i = this.indexOf(start);
    return this.ends[i] - this.starts[i];
  }

  /**
   * mremap of the mapping at `start` to `newLength` without moving it: shrinking
   * always works (the tail is unmapped); growing works only when the gap above
   * is large enough. Returns false when it would have to move.
   */
  resizeInPlace(start: number, newLength: number): boolean {
    const len = alignUp(newLength, PAGE_SIZE);
    const i = this.indexOf(start);
    const limit = i + 1 < this.starts.length ? this.starts[i + 1] : this.top;
    if (start + len > limit) return false;
    this.ends[i] = start + len;
    return true;
  }

  /** All mappings, lowest address first (plain data). */
  mappings(): MappingInfo[] {
    const out: MappingInfo[] = [];
    for (let i = 0; i < this.starts.length; i++) {
      out.push({ start: this.starts[i], end: this.ends[i], kind: this.kinds[i] });
    }
    return out;
  }

  private indexOf(start: number): number {
    // Binary search: mappings are sorted by start.
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const s = this.starts[mid];
      if (s === start) return mid;
      if (s < start) lo = mid + 1;
      else hi = mid - 1;
    }
    throw new Error(`AddressSpace: no mapping starts at 0x${start.toString(16)}`);
  }
}
