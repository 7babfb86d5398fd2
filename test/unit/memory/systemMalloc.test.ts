import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AddressSpace } from '../../../src/runtime/memory/addressSpace';
import { SystemMalloc, request2size } from '../../../src/runtime/memory/systemMalloc';

const H = 0x55c3e0a1b000;
const TOP = 0x7f4e2c902000;
const MiB = 1 << 20;

function make(limit = Infinity): { m: SystemMalloc; space: AddressSpace } {
  const space = new AddressSpace(TOP);
  const m: SystemMalloc = new SystemMalloc(space, H, (extra) => m.bytesInUse + extra <= limit);
  return { m, space };
}

test('request2size follows glibc: max(32, (n + 8 + 15) & ~15)', () => {
  assert.deepEqual([1, 24, 25, 512, 513, 600, 1000, 2000].map(request2size), [32, 32, 48, 528, 528, 608, 1008, 2016]);
});

test('heap chunks are carved upward from the brk start, 16 bytes of header, 16-aligned', () => {
  const { m } = make();
  const a = m.malloc(600);
  const b = m.malloc(600);
  const c = m.malloc(1000);
  const d = m.malloc(1);
  assert.equal(a, H + 16);
  assert.equal(b - a, 608);
  assert.equal(c - b, 608);
  assert.equal(d - c, 1008);
  assert.ok([a, b, c, d].every((p) => p % 16 === 0));
  assert.deepEqual(m.info(c), { address: c, size: 1008, requested: 1000, mmapped: false });
  assert.equal(m.bytesInUse, 608 + 608 + 1008 + 32);
  assert.equal(m.layout().brk, H + 0x21000); // 600 + M_TOP_PAD + MINSIZE, in pages
});

test('tcache: freed chunks of one size come back LIFO', () => {
  const { m } = make();
  const [a, b, c] = [m.malloc(700), m.malloc(700), m.malloc(700)];
  m.malloc(700);
  m.free(a);
  m.free(b);
  m.free(c);
  assert.deepEqual(m.layout().tcache, [{ size: 720, chunks: [c - 16, b - 16, a - 16] }]);
  // 705 bytes is the same 720-byte chunk size.
  assert.deepEqual([m.malloc(705), m.malloc(700), m.malloc(700)], [c, b, a]);
});

test('chunks too big for the tcache coalesce, and malloc takes the best fit, splitting it', () => {
  const { m } = make();
  const p = Array.from({ length: 6 }, () => m.malloc(2000)); // 2016-byte chunks
  m.free(p[1]);
  m.free(p[2]);
  m.free(p[3]);
  assert.deepEqual(m.layout().freeChunks, [{ chunk: p[1] - 16, size: 3 * 2016 }]);
  m.free(p[5]); // next to top: merges into it
  assert.equal(m.layout().topChunk, p[5] - 16);
  const q = m.malloc(5000); // chunk 5008 from the 6048-byte free chunk; 1040 remain
  assert.equal(q, p[1]);
  assert.deepEqual(m.layout().freeChunks, [{ chunk: p[1] - 16 + 5008, size: 1040 }]);
  assert.equal(m.malloc(1000), p[1] + 5008); // 1008 of the 1040: the 32-byte rest stays free
});

test('realloc: grows into top or a free neighbour in place, otherwise moves', () => {
  const { m } = make();
  const a = m.malloc(600);
  const b = m.malloc(600);
  assert.equal(m.realloc(b, 5000), b); // b borders top
  assert.equal(m.info(b)?.size, 5008);
  const c = m.realloc(a, 2000); // a's neighbour b is in use: move
  assert.notEqual(c, a);
  assert.equal(c, b + 5008);
  assert.equal(m.has(a), false);
  assert.equal(m.realloc(c, 100), c); // shrink in place
  assert.equal(m.info(c)?.size, 112);
  const x = m.malloc(3000);
  const y = m.malloc(3000);
  m.malloc(16);
  m.free(y); // 3008 bytes: no tcache, a free chunk after x
  assert.equal(m.realloc(x, 5000), x);
  assert.equal(m.info(x)?.size, 5008);
  // c's shrink gave its tail back to top, so x was carved right after it. The
  // 1008-byte remainder (2 * 3008 - 5008) of x's growth is freed through
  // _int_free: to the tcache.
  assert.equal(x, c + 112);
  assert.deepEqual(m.layout().freeChunks, []);
  assert.deepEqual(m.layout().tcache.find((t) => t.size === 1008), { size: 1008, chunks: [x - 16 + 5008] });
});

test('>= 128 KiB: its own mmap below the mmap top; freeing it raises the mmap threshold', () => {
  const { m, space } = make();
  m.malloc(100);
  const big = m.malloc(200000);
  const len = 200704; // round_up(200016 + 8, 4096)
  assert.equal(big, TOP - len + 16);
  assert.deepEqual(m.info(big), { address: big, size: len, requested: 200000, mmapped: true });
  assert.deepEqual(space.mappings(), [{ start: TOP - len, end: TOP, kind: 'malloc-mmap' }]);
  m.free(big);
  assert.deepEqual(space.mappings(), []);
  assert.equal(m.layout().mmapThreshold, len);
  const again = m.malloc(200000); // now below the threshold: from the heap
  assert.ok(again > H && again < H + 4 * MiB);
  assert.equal(m.info(again)?.mmapped, false);
});

test('a mmapped chunk stays mmapped through realloc (mremap)', () => {
  const { m, space } = make();
  const big = m.malloc(300000);
  const q = m.realloc(big, 1000);
  assert.equal(q, big);
  assert.equal(m.info(q)?.mmapped, true);
  assert.equal(m.info(q)?.size, 4096);
  const r = m.realloc(q, 400000); // the pages above are the top: it must move
  assert.notEqual(r, q);
  assert.equal(space.mappings().length, 1);
});

test('the fits() callback makes malloc and realloc fail with 0, leaving blocks intact', () => {
  const { m } = make(10000);
  const a = m.malloc(4000);
  assert.equal(m.malloc(8000), 0);
  assert.equal(m.realloc(a, 12000), 0);
  assert.equal(m.realloc(a, 9000), a); // 9008 bytes in use: within the limit
  assert.equal(m.info(a)?.size, 9008);
  assert.equal(m.malloc(4000), 0);
  assert.equal(m.realloc(a, 4000), a);
  assert.notEqual(m.malloc(4000), 0);
});

test('invalid frees throw', () => {
  const { m } = make();
  const a = m.malloc(600);
  m.free(a);
  assert.throws(() => m.free(a), /invalid pointer/);
  assert.throws(() => m.free(H + 8), /invalid pointer/);
});

test('address space: mappings step down, and a hole is reused from its top', () => {
  const space = new AddressSpace(TOP);
  const a = space.mmap(MiB, 'arena');
  const b = space.mmap(MiB, 'arena');
  const c = space.mmap(5000, 'malloc-mmap');
  assert.deepEqual([a, b, c], [TOP - MiB, TOP - 2 * MiB, TOP - 2 * MiB - 8192]);
  space.munmap(a);
  assert.equal(space.mmap(4096, 'malloc-mmap'), TOP - 4096);
  assert.equal(space.mmap(2 * MiB, 'arena'), c - 2 * MiB); // does not fit in the rest of the hole
  assert.equal(space.mmap(MiB - 4096, 'arena'), TOP - MiB);
  assert.equal(space.resizeInPlace(c, 8192), true);
  assert.equal(space.resizeInPlace(c, 3 * 4096), false);
});
