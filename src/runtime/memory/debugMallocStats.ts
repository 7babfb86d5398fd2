// The text of sys._debugmallocstats() (CPython 3.11.7, 64-bit, pymalloc with
// the radix tree), byte for byte. sys__debugmallocstats_impl prints
// _PyObject_DebugMallocStats(stderr), then '\n', then _PyObject_DebugTypeStats
// (one _PyDebugAllocatorStats line per free list: dict, float, list, tuples).
// cf. Objects/obmalloc.c printone, _PyDebugAllocatorStats,
// _PyObject_DebugMallocStats; Python/sysmodule.c sys__debugmallocstats_impl.

import {
  ARENA_SIZE, NB_SMALL_SIZE_CLASSES, POOL_OVERHEAD, POOL_SIZE, SMALL_REQUEST_THRESHOLD,
  SIZEOF_ARENA_MAP_BOT, SIZEOF_ARENA_MAP_MID, SIZEOF_ARENA_MAP_ROOT, index2size,
} from './constants';

/**
 * printone: `msg` padded with spaces to 35 columns, '=', then `value` with
 * thousands separators right-aligned in 21 columns, then '\n'.
 */
export function printone(msg: string, value: number): string {
  let out = msg.length < 35 ? msg + ' '.repeat(35 - msg.length) : msg;
  out += '=';
  // buf[0..20] is the value field; buf[21] = '\n' (buf[22] = '\0' in C).
  const buf: string[] = new Array<string>(21).fill(' ');
  let i = 20;
  let k = 3;
  let v = value;
  do {
    const next = Math.floor(v / 10);
    buf[i--] = String.fromCharCode(48 + (v - next * 10));
    v = next;
    --k;
    if (k === 0 && v !== 0 && i >= 0) {
      k = 3;
      buf[i--] = ',';
    }
  } while (v !== 0 && i >= 0);
  return out + buf.join('') + '\n';
}

/** C's snprintf into a buffer of `size` bytes: at most size - 1 characters. */
function snprintf(size: number, s: string): string {
  return s.length < size ? s : s.slice(0, size - 1);
}

/**
 * _PyDebugAllocatorStats(out, block_name, num_blocks, sizeof_block): one free-list
 * line, e.g. formatAllocatorStatsLine('free PyDictObject', 8, 48) ->
 * "            8 free PyDictObjects * 48 bytes each =                  384\n".
 * `blockName` is what CPython passes (singular: the format "%d %ss * %zd bytes
 * each" appends the "s"), e.g. "free PyFloatObject", "free 3-sized PyTupleObject".
 */
export function formatAllocatorStatsLine(blockName: string, numBlocks: number, sizeofBlock: number): string {
  return formatFreeListLine(blockName + 's', numBlocks, sizeofBlock);
}

/** The same line from the printed (plural) label: formatFreeListLine('free PyDictObjects', 8, 48). */
export function formatFreeListLine(label: string, count: number, sizeEach: number): string {
  const buf1 = snprintf(128, `${count} ${label} * ${sizeEach} bytes each`);
  const buf2 = snprintf(128, buf1.padStart(48) + ' ');
  return printone(buf2, count * sizeEach);
}

/** One free list as the object layer reports it. */
export interface FreeListStat {
  /** The label as printed, plural: "free PyDictObjects", "free 3-sized PyTupleObjects". */
  readonly label: string;
  readonly count: number;
  readonly sizeEach: number;
}

/** What _PyObject_DebugMallocStats gathers by walking the arenas. */
export interface ObmallocCensus {
  /** Per size class (32 entries): pools with ref.count > 0, blocks in use, free blocks in those pools. */
  readonly numpools: ArrayLike<number>;
  readonly numblocks: ArrayLike<number>;
  readonly numfreeblocks: ArrayLike<number>;
  /** ntimes_arena_allocated */
  readonly arenasAllocatedTotal: number;
  /** arenas with a non-zero address */
  readonly narenas: number;
  readonly narenasHighwater: number;
  /** Sum of nfreepools over allocated arenas. */
  readonly numfreepools: number;
  /** Arenas whose address is not 16 KiB aligned. */
  readonly misalignedArenas: number;
  readonly arenaMapMidCount: number;
  readonly arenaMapBotCount: number;
}

function u(n: number, width: number): string {
  return String(n).padStart(width);
}

/** _PyObject_DebugMallocStats(out) text. */
export function renderObmallocStats(c: ObmallocCensus): string {
  let out = `Small block threshold = ${SMALL_REQUEST_THRESHOLD}, in ${NB_SMALL_SIZE_CLASSES} size classes.\n`;
  out += '\n';
  out += 'class   size   num pools   blocks in use  avail blocks\n' +
         '-----   ----   ---------   -------------  ------------\n';
  let allocatedBytes = 0;
  let availableBytes = 0;
  let poolHeaderBytes = 0;
  let quantization = 0;
  for (let i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
    const p = c.numpools[i];
    const b = c.numblocks[i];
    const f = c.numfreeblocks[i];
    const size = index2size(i);
    if (p === 0) continue;
    // "%5u %6u %11zu %15zu %13zu\n"
    out += `${u(i, 5)} ${u(size, 6)} ${u(p, 11)} ${u(b, 15)} ${u(f, 13)}\n`;
    allocatedBytes += b * size;
    availableBytes += f * size;
    poolHeaderBytes += p * POOL_OVERHEAD;
    quantization += p * ((POOL_SIZE - POOL_OVERHEAD) % size);
  }
  out += '\n';
  out += printone('# arenas allocated total', c.arenasAllocatedTotal);
  out += printone('# arenas reclaimed', c.arenasAllocatedTotal - c.narenas);
  out += printone('# arenas highwater mark', c.narenasHighwater);
  out += printone('# arenas allocated current', c.narenas);
  out += printone(snprintf(128, `${c.narenas} arenas * ${ARENA_SIZE} bytes/arena`), c.narenas * ARENA_SIZE);
  out += '\n';
  const arenaAlignment = c.misalignedArenas * POOL_SIZE;
  let total = allocatedBytes + availableBytes + c.numfreepools * POOL_SIZE +
              poolHeaderBytes + quantization + arenaAlignment;
  out += printone('# bytes in allocated blocks', allocatedBytes);
  out += printone('# bytes in available blocks', availableBytes);
  out += printone(snprintf(128, `${c.numfreepools} unused pools * ${POOL_SIZE} bytes`), c.numfreepools * POOL_SIZE);
  out += printone('# bytes lost to pool headers', poolHeaderBytes);
  out += printone('# bytes lost to quantization', quantization);
  out += printone('# bytes lost to arena alignment', arenaAlignment);
  out += printone('Total', total);
  out += '\narena map counts\n';
  out += printone('# arena map mid nodes', c.arenaMapMidCount);
  out += printone('# arena map bot nodes', c.arenaMapBotCount);
  out += '\n';
  const mid = SIZEOF_ARENA_MAP_MID * c.arenaMapMidCount;
  const bot = SIZEOF_ARENA_MAP_BOT * c.arenaMapBotCount;
  total = SIZEOF_ARENA_MAP_ROOT + mid + bot;
  out += printone('# bytes lost to arena map root', SIZEOF_ARENA_MAP_ROOT);
  out += printone('# bytes lost to arena map mid', mid);
  out += printone('# bytes lost to arena map bot', bot);
  out += printone('Total', total);
  return out;
}

/** The whole sys._debugmallocstats() text: obmalloc stats, '\n', then the free-list lines. */
export function renderDebugMallocStats(c: ObmallocCensus, freeLists: ReadonlyArray<FreeListStat>): string {
  let out = renderObmallocStats(c) + '\n';
  for (const f of freeLists) out += formatFreeListLine(f.label, f.count, f.sizeEach);
  return out;
}
