import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatAllocatorStatsLine, formatFreeListLine, printone, renderDebugMallocStats, type FreeListStat,
  type ObmallocCensus,
} from '../../../src/runtime/memory/debugMallocStats';
import { Allocator } from '../../../src/runtime/memory/obmalloc';
import { RECLAIMED, STARTUP } from './cpythonDebugMallocStats.fixture';

const num = (s: string): number => Number(s.replace(/,/g, ''));

function field(text: string, label: string): number {
  const line = text.split('\n').find((l) => l.startsWith(label));
  assert.ok(line, `no line ${label}`);
  return num(line.slice(line.indexOf('=') + 1).trim());
}

/** Read back the numbers CPython printed (not the layout) into a census and free-list stats. */
function parse(text: string): { census: ObmallocCensus; freeLists: FreeListStat[] } {
  const numpools = new Array<number>(32).fill(0);
  const numblocks = new Array<number>(32).fill(0);
  const numfreeblocks = new Array<number>(32).fill(0);
  const freeLists: FreeListStat[] = [];
  for (const line of text.split('\n')) {
    const row = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$/.exec(line);
    if (row) {
      const i = Number(row[1]);
      numpools[i] = Number(row[3]);
      numblocks[i] = Number(row[4]);
      numfreeblocks[i] = Number(row[5]);
    }
    const fl = /^\s*(\d+) (.+) \* (\d+) bytes each =/.exec(line);
    if (fl) freeLists.push({ label: fl[2], count: Number(fl[1]), sizeEach: Number(fl[3]) });
  }
  const unused = /^(\d+) unused pools/m.exec(text);
  assert.ok(unused);
  return {
    census: {
      numpools, numblocks, numfreeblocks,
      arenasAllocatedTotal: field(text, '# arenas allocated total'),
      narenas: field(text, '# arenas allocated current'),
      narenasHighwater: field(text, '# arenas highwater mark'),
      numfreepools: Number(unused[1]),
      misalignedArenas: field(text, '# bytes lost to arena alignment') / 16384,
      arenaMapMidCount: field(text, '# arena map mid nodes'),
      arenaMapBotCount: field(text, '# arena map bot nodes'),
    },
    freeLists,
  };
}

test('renderer reproduces real CPython 3.11.7 output byte for byte (startup heap)', () => {
  const { census, freeLists } = parse(STARTUP);
  assert.equal(freeLists.length, 23);
  assert.equal(renderDebugMallocStats(census, freeLists), STARTUP);
});

test('renderer reproduces real CPython 3.11.7 output byte for byte (arenas reclaimed)', () => {
  const { census, freeLists } = parse(RECLAIMED);
  assert.equal(census.arenasAllocatedTotal - census.narenas, 3);
  assert.equal(renderDebugMallocStats(census, freeLists), RECLAIMED);
});

test('printone pads to 35 columns and right-aligns the value with commas in 21', () => {
  assert.equal(printone('Total', 655360), 'Total                              =              655,360\n');
  assert.equal(printone('# arenas reclaimed', 0), '# arenas reclaimed                 =                    0\n');
  assert.equal(printone('x', 999), 'x                                  =                  999\n');
  assert.equal(printone('x', 1000), 'x                                  =                1,000\n');
  assert.equal(printone('x', 1234567890123), 'x                                  =    1,234,567,890,123\n');
  // A message of 35 characters or more gets no padding.
  const long = 'm'.repeat(40);
  assert.equal(printone(long, 5), long + '=' + ' '.repeat(20) + '5\n');
});

test('free-list lines: "%48s " then printone, block name pluralised with "s"', () => {
  assert.equal(formatAllocatorStatsLine('free PyDictObject', 8, 48),
    '            8 free PyDictObjects * 48 bytes each =                  384\n');
  assert.equal(formatAllocatorStatsLine('free 10-sized PyTupleObject', 0, 104),
    ' 0 free 10-sized PyTupleObjects * 104 bytes each =                    0\n');
  assert.equal(formatAllocatorStatsLine('free PyListObject', 40, 40),
    '           40 free PyListObjects * 40 bytes each =                1,600\n');
  assert.equal(formatFreeListLine('free 4-sized PyTupleObjects', 2, 56),
    '   2 free 4-sized PyTupleObjects * 56 bytes each =                  112\n');
});

test('simulated heap: one 16-byte block in the first (misaligned) arena', () => {
  const A = new Allocator();
  A.malloc(16);
  const expected = [
    'Small block threshold = 512, in 32 size classes.',
    '',
    'class   size   num pools   blocks in use  avail blocks',
    '-----   ----   ---------   -------------  ------------',
    '    0     16           1               1          1020',
    '',
    '# arenas allocated total           =                    1',
    '# arenas reclaimed                 =                    0',
    '# arenas highwater mark            =                    1',
    '# arenas allocated current         =                    1',
    '1 arenas * 1048576 bytes/arena     =            1,048,576',
    '',
    '# bytes in allocated blocks        =                   16',
    '# bytes in available blocks        =               16,320',
    '62 unused pools * 16384 bytes      =            1,015,808',
    '# bytes lost to pool headers       =                   48',
    '# bytes lost to quantization       =                    0',
    '# bytes lost to arena alignment    =               16,384',
    'Total                              =            1,048,576',
    '',
    'arena map counts',
    '# arena map mid nodes              =                    1',
    '# arena map bot nodes              =                    1',
    '',
    '# bytes lost to arena map root     =              262,144',
    '# bytes lost to arena map mid      =              262,144',
    '# bytes lost to arena map bot      =              131,072',
    'Total                              =              655,360',
    '',
    '           3 free PyFloatObjects * 24 bytes each =                   72',
    '',
  ].join('\n');
  assert.equal(A.debugMallocStats([{ label: 'free PyFloatObjects', count: 3, sizeEach: 24 }]), expected);
});

test('simulated heap: several classes, a full pool, an emptied pool, two arenas', () => {
  const A = new Allocator();
  // Class 31 (512 B): 31 blocks per pool, 63 pools per arena -> the 1954th block opens arena 2.
  const big: number[] = [];
  for (let i = 0; i < 63 * 31 + 1; i++) big.push(A.malloc(512));
  // Empty one pool of the first arena entirely (pool 5), and free one block of pool 6.
  for (let i = 5 * 31; i < 6 * 31; i++) A.free(big[i]);
  A.free(big[6 * 31]);
  A.malloc(100); // class 6 (112 B): 145 per pool -> takes the emptied pool (freepools)
  const text = A.debugMallocStats();
  const lines = text.split('\n');
  assert.equal(lines[4], '    6    112           1               1           144');
  assert.equal(lines[5], '   31    512          63            1922            31');
  assert.ok(text.includes('# arenas allocated total           =                    2\n'));
  assert.ok(text.includes('# arenas allocated current         =                    2\n'));
  // Arena 1 has 62 never-carved pools; arena 0 none (the emptied pool was reused).
  assert.ok(text.includes('62 unused pools * 16384 bytes      =            1,015,808\n'));
  // 512 divides 16336 with remainder 464; 112 with remainder 96.
  assert.ok(text.includes('# bytes lost to quantization       =               29,328\n'));
  assert.ok(text.includes('# bytes lost to pool headers       =                3,072\n'));
  assert.ok(text.includes('# bytes lost to arena alignment    =               32,768\n'));
  assert.ok(text.includes('Total                              =            2,097,152\n'));
  assert.ok(text.endsWith('Total                              =              655,360\n\n'));
});
