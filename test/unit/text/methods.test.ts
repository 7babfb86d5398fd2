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
