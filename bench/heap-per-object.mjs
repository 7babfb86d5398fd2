// Node heap per live simulated object: run a program holding 1,000,000 small
// objects (ints in a list) and measure the heap it takes (target: under 200
// bytes per object, and the whole within 1 GB).
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { runProgramForBench } = require('../dist/bench-api.js');
global.gc();
const before = process.memoryUsage().heapUsed;
const src = 'keep = [object() for i in range(1000000)]\n';
const { runtime } = runProgramForBench(src, 'bench.py', { finalize: false });
global.gc();
const after = process.memoryUsage().heapUsed;
const per = (after - before) / 1e6;
console.log(`Node heap for 1,000,000 live objects: ${((after - before) / 2 ** 20).toFixed(0)} MiB, ${per.toFixed(0)} bytes per object (target < 200)`);
void runtime;
