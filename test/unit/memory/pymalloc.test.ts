import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Allocator, DEFAULT_ARENA_BASE } from '../../../src/runtime/memory/obmalloc';
import { NUMBLOCKS } from '../../../src/runtime/memory/constants';

const POOL = 16384;
const MiB = 1 << 20;
const poolOf = (a: number): number => a - (a % POOL);
const offsetOf = (a: number): number => a % POOL;
/** Blocks of 512 bytes in a misaligned (63-pool) arena. */
const PER_ARENA_512 = 63 * 31;

function pymallocInfo(A: Allocator, p: number) {
  const info = A.blockInfo(p);
  assert.ok(info && info.kind === 'pymalloc', `0x${p.toString(16)} is not a pymalloc block`);
  return info;
}

test('geometry: blocks per pool per class', () => {
  assert.equal(NUMBLOCKS[0], 1021);
  assert.equal(NUMBLOCKS[1], 510);
  assert.equal(NUMBLOCKS[2], 340);
  assert.equal(NUMBLOCKS[3], 255);
  assert.equal(NUMBLOCKS[31], 31);
});

test('a fresh pool hands out blocks at offsets 48, 48+size, … and pools are carved upward', () => {
  const A = new Allocator();
  const big = [1, 2, 3, 4, 5].map(() => A.malloc(503));
  assert.deepEqual(big.map(offsetOf), [48, 560, 1072, 1584, 2096]);
  assert.ok(big.every((p) => poolOf(p) === poolOf(big[0])));
  // The default arena is 4 KiB but not 16 KiB aligned: its first pool is at the next 16 KiB boundary.
  assert.equal(DEFAULT_ARENA_BASE % POOL !== 0, true);
  assert.equal(poolOf(big[0]), DEFAULT_ARENA_BASE - (DEFAULT_ARENA_BASE % POOL) + POOL);
  const small = [1, 2, 3].map(() => A.malloc(16));
  assert.deepEqual(small.map(offsetOf), [48, 64, 80]);
  assert.equal(poolOf(small[0]), poolOf(big[0]) + POOL);
  assert.equal(pymallocInfo(A, small[2]).blockIndex, 2);
});

test('a pool holds 1021 blocks of 16 and 31 of 512', () => {
  const A = new Allocator();
  const s = Array.from({ length: 1022 }, () => A.malloc(16));
  assert.equal(new Set(s.slice(0, 1021).map(poolOf)).size, 1);
  assert.equal(offsetOf(s[1020]), 48 + 1020 * 16);
  assert.equal(offsetOf(s[1020]), 16368);
  assert.notEqual(poolOf(s[1021]), poolOf(s[0]));
  assert.equal(offsetOf(s[1021]), 48);
  const b = Array.from({ length: 32 }, () => A.malloc(512));
  assert.equal(new Set(b.slice(0, 31).map(poolOf)).size, 1);
  assert.equal(offsetOf(b[30]), 48 + 30 * 512);
  assert.equal(offsetOf(b[31]), 48);
});

test('LIFO free list: free a, b, c -> the next three mallocs return c, b, a', () => {
  const A = new Allocator();
  const [a, b, c] = [A.malloc(16), A.malloc(16), A.malloc(16)];
  A.malloc(16); // keep the pool from becoming empty
  A.free(a);
  A.free(b);
  A.free(c);
  assert.deepEqual([A.malloc(16), A.malloc(16), A.malloc(16)], [c, b, a]);
});

test('a block freed in a full pool is reused by the next allocation of that class (pool_order.py)', () => {
  const A = new Allocator();
  const fresh = Array.from({ length: 3 * 31 }, () => A.malloc(503)); // fills exactly 3 pools
  const pools = [...new Set(fresh.map(poolOf))];
  assert.deepEqual(pools.map((p) => p - pools[0]), [0, POOL, 2 * POOL]);
  const victim = fresh[10];
  A.free(victim);
  assert.equal(A.malloc(503), victim);
  // Three blocks freed in the (full) second pool come back LIFO.
  const ids = [3, 7, 9].map((k) => fresh[31 + k]);
  for (const p of ids) A.free(p);
  assert.deepEqual([A.malloc(503), A.malloc(503), A.malloc(503)], ids.slice().reverse());
  // All pools are full again: the next block opens a fourth pool.
  assert.equal(poolOf(A.malloc(503)), pools[0] + 3 * POOL);
});

test('63 pools in a misaligned arena, 64 in an aligned one; a new arena only when all pools are used', () => {
  const A = new Allocator();
  const blocks = Array.from({ length: PER_ARENA_512 }, () => A.malloc(512));
  assert.equal(A.stats().arenasCurrent, 1);
  const last = pymallocInfo(A, blocks[PER_ARENA_512 - 1]);
  const first = pymallocInfo(A, blocks[0]);
  assert.equal(last.poolAddress, first.poolAddress + 62 * POOL);
  assert.equal(A.layout().arenas[0].ntotalpools, 63);
  const next = A.malloc(512);
  assert.equal(A.stats().arenasCurrent, 2);
  assert.equal(pymallocInfo(A, next).arenaIndex, 1);

  const alignedBase = 0x7f4e2c800000;
  const B = new Allocator({ arenaBase: alignedBase });
  const bb = Array.from({ length: 64 * 31 }, () => B.malloc(512));
  assert.equal(B.stats().arenasCurrent, 1);
  assert.equal(poolOf(bb[0]), alignedBase);
  assert.equal(B.layout().arenas[0].ntotalpools, 64);
  B.malloc(512);
  assert.equal(B.stats().arenasCurrent, 2);
});

test('an emptied pool goes to freepools and is reused before carving; same class keeps its free list', () => {
  const A = new Allocator();
  const [x, y, z] = [A.malloc(512), A.malloc(512), A.malloc(512)];
  const P = poolOf(x);
  A.free(x);
  A.free(z);
  A.free(y); // pool empty: free list y, z, x, then the pre-carved block 3
  const arena = A.layout().arenas[0];
  assert.deepEqual(arena.freePools, [P]);
  assert.equal(arena.pools[0].state, 'empty');
  assert.deepEqual([A.malloc(512), A.malloc(512), A.malloc(512), A.malloc(512), A.malloc(512)],
    [y, z, x, P + 48 + 3 * 512, P + 48 + 4 * 512]);

  const B = new Allocator();
  const q = B.malloc(512);
  B.free(q);
  const r = B.malloc(16); // another class: the empty pool is re-initialised for it
  assert.equal(r, poolOf(q) + 48);
  assert.equal(B.malloc(16), poolOf(q) + 64);
  assert.equal(B.layout().arenas[0].carvedPools, 1);
});

test('usable_arenas stays sorted by nfreepools with the nfp2lasta moves of insert_to_freepool', () => {
  const A = new Allocator();
  const blocks = Array.from({ length: 3 * PER_ARENA_512 }, () => A.malloc(512));
  const emptyPool = (arena: number, pool: number): number => {
    const start = arena * PER_ARENA_512 + pool * 31;
    for (let i = start; i < start + 31; i++) A.free(blocks[i]);
    return poolOf(blocks[start]);
  };
  assert.deepEqual(A.layout().usableArenas, []);
  emptyPool(2, 0);
  assert.deepEqual(A.layout().usableArenas, [2]);
  const a0pool = emptyPool(0, 0);
  assert.deepEqual(A.layout().usableArenas, [0, 2]); // case 2: to the head
  emptyPool(2, 1);
  assert.deepEqual(A.layout().usableArenas, [0, 2]); // case 4: stays
  emptyPool(1, 0);
  assert.deepEqual(A.layout().usableArenas, [1, 0, 2]);
  const a1pool = emptyPool(1, 1);
  assert.deepEqual(A.layout().usableArenas, [0, 1, 2]); // case 3: moved after nfp2lasta[1]
  const L = A.layout();
  assert.deepEqual(L.arenas.map((a) => a.nfreepools), [1, 2, 2]);
  assert.deepEqual(L.nfp2lasta, [{ nfreepools: 1, arenaIndex: 0 }, { nfreepools: 2, arenaIndex: 2 }]);
  // New pools come from the head arena (the fullest), its freepools first (LIFO).
  assert.equal(A.malloc(16), a0pool + 48);
  assert.deepEqual(A.layout().usableArenas, [1, 2]);
  assert.equal(A.malloc(32), a1pool + 48);
  assert.deepEqual(A.layout().usableArenas, [1, 2]);
  assert.deepEqual(A.layout().nfp2lasta, [{ nfreepools: 1, arenaIndex: 1 }, { nfreepools: 2, arenaIndex: 2 }]);
});

test('wholly free arenas are unmapped except the last usable one; arena_objects and holes are reused', () => {
  const A = new Allocator();
  const blocks = Array.from({ length: 5 * PER_ARENA_512 }, () => A.malloc(512));
  const addresses = A.layout().arenas.map((a) => a.address);
  assert.equal(addresses[0], DEFAULT_ARENA_BASE);
  // Successive arenas step down (the arena-map mid node's mapping sits between the first two).
  assert.equal(addresses[1], DEFAULT_ARENA_BASE - 0x41000 - MiB);
  assert.equal(addresses[2], addresses[1] - MiB);
  for (const p of blocks) A.free(p);
  const s = A.stats();
  assert.equal(s.arenasCurrent, 1);
  assert.equal(s.arenasReclaimed, 4);
  assert.equal(s.arenasHighwater, 5);
  assert.equal(s.pymallocBlocksInUse, 0);
  const L = A.layout();
  assert.deepEqual(L.arenas.map((a) => a.index), [0]); // arena 0 emptied first and was alone: kept
  assert.deepEqual(L.unusedArenaObjects.slice(0, 6), [4, 3, 2, 1, 5, 6]);
  assert.equal(L.arenas[0].nfreepools, 63);
  assert.equal(L.arenas[0].freePools.length, 63);

  // Refill arena 0, then one more: arena_object 4 (LIFO), mapped in the highest hole.
  for (let i = 0; i < PER_ARENA_512; i++) A.malloc(512);
  const p = A.malloc(512);
  const info = pymallocInfo(A, p);
  assert.equal(info.arenaIndex, 4);
  assert.equal(info.arenaAddress, addresses[1]);
  assert.equal(A.stats().arenasAllocatedTotal, 6);
});

test('the arenas[] vector starts with 16 arena_objects and doubles (a system block)', () => {
  const A = new Allocator();
  A.malloc(16);
  const vec = () => A.layout().system.blocks.find((b) => b.tag === 'obmalloc arenas[] vector');
  assert.equal(vec()?.requested, 16 * 48);
  assert.equal(A.layout().maxArenas, 16);
  for (let i = 0; i < 16 * PER_ARENA_512; i++) A.malloc(512);
  assert.equal(A.stats().arenasCurrent, 17);
  assert.equal(A.layout().maxArenas, 32);
  assert.equal(vec()?.requested, 32 * 48);
});

test('realloc: in place when new <= size and 4*new > 3*size, else moves; malloc blocks stay with malloc', () => {
  const A = new Allocator();
  const p = A.malloc(30);
  A.malloc(30);
  assert.equal(A.realloc(p, 32), p);
  assert.equal(A.realloc(p, 25), p); // 100 > 96
  const q = A.realloc(p, 24); // 96 > 96 is false: shrink by copying, same class
  assert.notEqual(q, p);
  assert.equal(A.blockInfo(p), undefined);
  assert.equal(pymallocInfo(A, q).blockSize, 32);
  assert.equal(A.malloc(32), p); // the old block was freed after the copy
  const r = A.realloc(q, 33);
  assert.equal(pymallocInfo(A, r).blockSize, 48);
  const s = A.realloc(r, 600);
  assert.deepEqual(A.blockInfo(s), { kind: 'system', size: 608, requested: 600, mmapped: false });
  const t = A.realloc(s, 100); // stays with malloc, shrunk in place
  assert.equal(t, s);
  assert.deepEqual(A.blockInfo(t), { kind: 'system', size: 112, requested: 100, mmapped: false });
  const u = A.realloc(A.malloc(16), 0); // 0 bytes: malloc(1)
  assert.deepEqual(A.blockInfo(u), { kind: 'system', size: 32, requested: 0, mmapped: false });
  const v = A.realloc(0, 16);
  assert.equal(pymallocInfo(A, v).blockSize, 16);
});

test('malloc(0) and > 512 go to the system malloc; 512 stays in pymalloc', () => {
  const A = new Allocator();
  assert.equal(pymallocInfo(A, A.malloc(512)).sizeClass, 31);
  const z = A.malloc(0);
  assert.deepEqual(A.blockInfo(z), { kind: 'system', size: 32, requested: 0, mmapped: false });
  const big = A.malloc(513);
  assert.ok(big > 0x550000000000 && big < 0x560000000000, 'in the [heap] range');
  assert.equal(A.blockInfo(big)?.kind, 'system');
  A.free(big);
  A.free(z);
  // Only the runtime's own blocks remain: arenas[] vector, arena-map mid and bottom nodes.
  assert.equal(A.stats().systemRequestedBytes, 16 * 48 + 262144 + 131072);
});

test('heap limit: allocation returns 0 instead of exceeding it; small requests fall back to malloc first', () => {
  const limit = 4 * MiB;
  const A = new Allocator({ heapLimitBytes: limit });
  let fallback = 0;
  let last = 0;
  for (let i = 0; i < 100000; i++) {
    last = A.malloc(512);
    if (last === 0) break;
    if (A.blockInfo(last)?.kind === 'system') fallback++;
  }
  assert.equal(last, 0);
  const s = A.stats();
  assert.equal(s.arenasCurrent, 3); // a fourth 1 MiB arena does not fit
  assert.ok(fallback > 0, 'pymalloc fell back to PyMem_RawMalloc when no arena could be mapped');
  assert.ok(s.totalBytes <= limit);
  assert.ok(s.failedAllocations >= 1);
  assert.equal(A.malloc(5 * MiB), 0);
  // realloc beyond the limit fails and leaves the block alone.
  const p = A.layout().system.blocks.find((b) => b.requested === 512)?.address ?? 0;
  assert.equal(A.realloc(p, 2 * MiB), 0);
  assert.equal(A.blockInfo(p)?.kind, 'system');
  A.free(p);
  assert.notEqual(A.malloc(512), 0);
});

test('bad frees throw: double free, interior pointer, unknown address', () => {
  const A = new Allocator();
  const p = A.malloc(64);
  A.malloc(64);
  A.free(p);
  assert.throws(() => A.free(p), /not a live block/);
  const q = A.malloc(64);
  assert.throws(() => A.free(q + 16), /not a live block/);
  assert.throws(() => A.free(0x1234), /invalid pointer/);
  A.free(0); // free(NULL) is a no-op
});

test('blockInfo, layout and poolDetail', () => {
  const A = new Allocator();
  const [a, b, c] = [A.malloc(10), A.malloc(10), A.malloc(10)];
  A.free(b);
  const P = poolOf(a);
  assert.deepEqual(A.blockInfo(c), {
    kind: 'pymalloc', arenaIndex: 0, arenaAddress: DEFAULT_ARENA_BASE, poolAddress: P,
    sizeClass: 0, blockSize: 16, blockIndex: 2,
  });
  assert.equal(A.blockInfo(b), undefined);
  assert.equal(A.blockInfo(a + 1), undefined);
  const L = A.layout({ freeLists: true });
  assert.equal(L.maxArenas, 16);
  assert.deepEqual(L.usableArenas, [0]);
  assert.deepEqual(L.unusedArenaObjects, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  assert.deepEqual(L.usedPools[0], [P]);
  assert.deepEqual(L.arenas[0].pools[0], {
    address: P, arenaIndex: 0, indexInArena: 0, sizeClass: 0, blockSize: 16, used: 2, capacity: 1021,
    state: 'used', nextOffset: 112, maxNextOffset: 16368, freeBlock: b, freeList: [1, 3],
  });
  const d = A.poolDetail(P);
  assert.ok(d);
  assert.deepEqual(d.freeList, [1, 3]);
  assert.equal(d.blocks.length, 1021);
  assert.deepEqual(d.blocks.slice(0, 5).map((x) => [x.state, x.freeListPosition]),
    [['used', -1], ['free', 0], ['used', -1], ['free', 1], ['untouched', -1]]);
  assert.equal(d.blocks[1].address, b);
  assert.equal(A.poolDetail(P + POOL), undefined);
  const mapped = A.mappings();
  assert.deepEqual(mapped.map((m) => m.kind), ['malloc-mmap', 'arena']);
});
