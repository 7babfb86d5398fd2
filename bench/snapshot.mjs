// Heap snapshot cost (issue 3): a snapshot of 100,000 live objects of a realistic mix (strs,
// ints, instances, dicts, lists; target < 100 ms) and the diff of two consecutive steps of an
// ordinary program (target < 5 ms). Medians of several runs, wall clock and process CPU time
// (on a loaded machine the CPU time is the closer figure). The snapshot's ObjectSnapshot records
// are made when `objects` is first read: that cost is printed on its own line.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { snapshotFigures } = require('../dist/bench-api.js');
const f = snapshotFigures(100000);
const ms = (wall, cpu, digits = 1) => `median ${wall.toFixed(digits)} ms wall, ${cpu.toFixed(digits)} ms CPU`;
console.log(`Heap snapshot of ${f.objects.toLocaleString('en-US')} live objects (str, int, instance, dict, list): ${ms(f.snapshotMs, f.snapshotCpuMs)} (target < 100 ms)`);
console.log(`  then reading its ${f.objects.toLocaleString('en-US')} object records (snapshot.objects, made on first read): ${ms(f.recordsMs, f.recordsCpuMs)}`);
console.log(`Snapshot diff of two consecutive steps (${f.diffObjects} objects): ${ms(f.diffMs, f.diffCpuMs, 2)} (target < 5 ms)`);
