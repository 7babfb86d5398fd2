// str, bytes and bytearray methods against CPython 3.11: results, error
// types and messages, and reference counts of the inputs (fixtures/methods.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeRuntime, callCase, loadFixture, type Enc } from './harness';

type Case = [Enc, string, Enc[], Record<string, Enc>, Enc];
const { cases } = loadFixture<{ cases: Case[] }>('methods.json');

function group(c: Case): string {
  const r = c[0] as Record<string, unknown> | null;
  if (r !== null && typeof r === 'object') {
    if ('s' in r) return 'str';
    if ('b' in r) return 'bytes';
    if ('ba' in r) return 'bytearray';
    if ('type' in r) return 'type';
  }
  return 'other';
}

for (const g of ['str', 'bytes', 'bytearray', 'type']) {
  test(`${g} methods match CPython`, () => {
    const rt = makeRuntime();
    const bad: string[] = [];
    let n = 0;
    for (const c of cases) {
      if (group(c) !== g) continue;
      n++;
      const [recv, name, args, kw, expected] = c;
      let got: Enc;
      let leak: string | null = null;
      try {
        ({ res: got, leak } = callCase(rt, recv, name, args, kw));
      } catch (e) {
        got = { crash: String(e) };
      }
      const same = JSON.stringify(got) === JSON.stringify(expected);
      if (!same || leak !== null) {
        bad.push(`${JSON.stringify(recv)}.${name}(${JSON.stringify(args)}, ${JSON.stringify(kw)}): expected ${JSON.stringify(expected)} got ${JSON.stringify(got)}${leak ? ' LEAK ' + leak : ''}`);
      }
    }
    assert.ok(n > 0);
    assert.equal(bad.length, 0, `${bad.length} of ${n} differ:\n` + bad.slice(0, 25).join('\n'));
  });
}

test('no leaked memory blocks (calls that do not raise)', () => {
  const rt = makeRuntime();
  const fl = rt.freelists;
  const live = (): number => {
    const s = rt.mem.stats();
    let held = fl.floats.length + fl.lists.length + fl.dicts.length + fl.dictKeys.length;
    for (const t of fl.tuples) held += t.length;
    return s.pymallocBlocksInUse + s.systemBlocksInUse - held;
  };
  const sample = cases.filter((c, i) => i % 4 === 0 && c[1] !== 'translate' &&
    !(c[4] !== null && typeof c[4] === 'object' && 'err' in c[4]));
  for (const c of sample) callCase(rt, c[0], c[1], c[2], c[3]); // warm-up: lazily made types, arenas
  const before = live();
  const bad: string[] = [];
  for (const c of sample) {
    const b0 = live();
    callCase(rt, c[0], c[1], c[2], c[3]);
    if (live() !== b0 && bad.length < 10) bad.push(`${live() - b0} ${JSON.stringify(c.slice(0, 4))}`);
  }
  assert.deepEqual(bad, []);
  assert.equal(live(), before);
});
