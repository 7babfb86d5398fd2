// Reading simulated memory: the bytes at any address, as a CPython 3.11 process
// (x86-64, little-endian) would hold them there. For the debugger's memory view
// (DAP readMemory), which starts at an object's id() and scrolls anywhere.
//
// What an address can be in (see memory/addressLookup.ts):
//   - a used pymalloc block or system-malloc block: the object that lives there
//     (objectLayout.ts: pre-header, header, fields; padding to the size class is
//     zero), or a part of one allocated on its own (a list's item array, a dict's
//     keys or values, a set's table, a bytearray's buffer, a str's UTF-8 copy, a
//     class's cached keys: dictLayout.ts). A used block that no live object owns
//     (a free list keeps it, cf. Objects/floatobject.c free_list) reads as zeros;
//   - a free pymalloc block: its first word is the free-list link (pymalloc_free:
//     `*(block **)p = pool->freeblock`), the rest zeros (CPython leaves stale bytes);
//   - a pool header (struct pool_header, Objects/obmalloc.c); other arena memory
//     (pools not carved yet, alignment slack, a pool's tail): zeros, mmapped;
//   - the static data segment (None, small ints, builtin types…): the objects, zeros between;
//   - nothing: unreadable.

import type { Runtime } from '../runtime';
import type { PyObject } from '../objects/object';
import { PyStr } from '../objects/core';
import type { PoolHeaderFields } from '../memory/addressLookup';
import { ByteImage } from './byteImage';
import { HeapIndex, type BlockOwner } from './heapIndex';
import { writeObject, writeSetEntries, objectExtent } from './objectLayout';
import { writeDictKeys, writeSharedKeys, writeValues } from './dictLayout';

export interface MemoryRead {
  readonly address: number;
  /** `count` bytes; unreadable ones are 0. */
  readonly bytes: Uint8Array;
  /** 1 for each byte that is readable, 0 where no memory is mapped. */
  readonly readable: Uint8Array;
}

/** A span of memory and its bytes (null: unreadable). */
interface Span { readonly start: number; readonly size: number; readonly image: Uint8Array | null }

const STEP = 16;

/**
 * The `count` bytes at `address`. `index` (who owns which block) is built when not given; build it
 * once with HeapIndex.build(rt) for several reads while the program does not change.
 */
export function bytesAt(rt: Runtime, address: number, count: number, index?: HeapIndex): MemoryRead {
  const ix = index ?? HeapIndex.build(rt);
  const bytes = new Uint8Array(count);
  const readable = new Uint8Array(count);
  const end = address + count;
  let pos = address;
  while (pos < end) {
    const span = spanAt(rt, ix, pos);
    const stop = Math.min(end, span.start + span.size);
    if (span.image !== null) {
      bytes.set(span.image.subarray(pos - span.start, stop - span.start), pos - address);
      readable.fill(1, pos - address, stop - address);
    }
    pos = Math.max(stop, pos + 1);
  }
  return { address, bytes, readable };
}

function spanAt(rt: Runtime, ix: HeapIndex, pos: number): Span {
  if (rt.isStaticAddress(pos)) return staticSpan(rt, ix, pos);
  const r = rt.mem.region(pos);
  if (r === undefined) {
    // Unmapped: up to the next 16-byte boundary (every block and mapping is 16-aligned).
    const next = Math.floor(pos / STEP) * STEP + STEP;
    return { start: pos, size: next - pos, image: null };
  }
  switch (r.kind) {
    case 'block':
      if (r.used) return { start: r.start, size: r.size, image: blockImage(rt, ix, r.start, r.size) };
      return { start: r.start, size: r.size, image: freeBlockImage(r.start, r.size, r.freeNext) };
    case 'system': return { start: r.start, size: r.size, image: blockImage(rt, ix, r.start, r.size) };
    case 'poolHeader': return { start: r.start, size: r.size, image: poolHeaderImage(r.start, r.header) };
    case 'arenaSpace': return { start: r.start, size: r.size, image: new Uint8Array(r.size) };
  }
}

function freeBlockImage(start: number, size: number, freeNext: number | undefined): Uint8Array {
  const img = new ByteImage(start, size);
  if (freeNext !== undefined) img.u64(0, freeNext);
  return img.bytes;
}

/** struct pool_header: ref.count (a union with a pointer), freeblock, nextpool, prevpool, arenaindex, szidx, nextoffset, maxnextoffset. */
function poolHeaderImage(start: number, h: PoolHeaderFields): Uint8Array {
  const img = new ByteImage(start, 48);
  img.u64(0, h.count); img.u64(8, h.freeblock); img.u64(16, h.nextpool); img.u64(24, h.prevpool);
  img.u32(32, h.arenaindex); img.u32(36, h.szidx); img.u32(40, h.nextoffset); img.u32(44, h.maxnextoffset);
  return img.bytes;
}

/** A static object's bytes up to its getsizeof (rounded to 16), zeros up to the next one. */
function staticSpan(rt: Runtime, ix: HeapIndex, pos: number): Span {
  const found = ix.staticBefore(pos);
  if (found !== undefined) {
    const { entry, next } = found;
    const size = Math.min(Math.ceil(objectExtent(rt, entry.obj) / STEP) * STEP, next - entry.start);
    if (pos < entry.start + size) return { start: entry.start, size, image: objectImage(rt, ix, entry.obj, entry.start, size) };
    if (next !== Infinity) return { start: entry.start + size, size: next - entry.start - size, image: new Uint8Array(next - entry.start - size) };
  }
  const stop = Math.floor(pos / STEP) * STEP + STEP;
  return { start: pos, size: stop - pos, image: new Uint8Array(stop - pos) };
}

function objectImage(rt: Runtime, ix: HeapIndex, o: PyObject, start: number, size: number): Uint8Array {
  const img = new ByteImage(start, size, o.addr);
  writeObject(rt, ix, o, img);
  return img.bytes;
}

/** The bytes of a used block, from its owner (zeros when no live object owns it). */
function blockImage(rt: Runtime, ix: HeapIndex, start: number, size: number): Uint8Array {
  const owner = ix.ownerOf(start);
  if (owner === undefined) return new Uint8Array(size);
  if (owner.part === 'object') return objectImage(rt, ix, owner.obj, start, size);
  const img = new ByteImage(start, size);
  writePart(rt, owner, img);
  return img.bytes;
}

function writePart(rt: Runtime, owner: Exclude<BlockOwner, { part: 'object' }>, img: ByteImage): void {
  switch (owner.part) {
    case 'listItems': owner.obj.items.forEach((x, i) => img.ptr(8 * i, x)); return; // PyObject *ob_item[allocated]
    case 'dictKeys': writeDictKeys(rt, owner.obj, img); return;
    case 'values': writeValues(owner.obj, img); return;
    case 'setTable': writeSetEntries(owner.obj, img, 0); return;
    case 'bytearrayBuf': img.raw(0, owner.obj.v.subarray(0, owner.obj.length)); return; // + NUL (zero)
    case 'utf8': img.raw(0, utf8Of(owner.obj)); return;
    case 'cachedKeys': if (owner.obj.sharedKeys !== null) writeSharedKeys(rt, owner.obj.sharedKeys, img); return;
  }
}

function utf8Of(s: PyStr): Uint8Array {
  return new TextEncoder().encode(s.v);
}
