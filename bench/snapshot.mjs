// Heap snapshot cost (issue 3): a snapshot of 100,000 live objects (target < 100 ms) and the
// diff of two consecutive steps of an ordinary program (target < 5 ms).
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { snapshotFigures } = require('../dist/bench-api.js');
const f = snapshotFigures(100000);
console.log(`Heap snapshot of ${f.objects.toLocaleString('en-US')} live objects: median ${f.snapshotMs.toFixed(1)} ms (target < 100 ms)`);
console.log(`Snapshot diff of two consecutive steps (${f.diffObjects} objects): median ${f.diffMs.toFixed(2)} ms (target < 5 ms)`);
