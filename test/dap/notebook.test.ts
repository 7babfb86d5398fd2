// Every cell of the lecture notebook (test/programs/notebook) stepped from start to end over the
// real protocol, into every function. At every stop each variable shows repr · type · id · refcount · size; where the
// program prints sys.getrefcount(x) or id(x), the value it prints is the refcount shown plus one
// (the call's argument) and the id shown; stepping and reading never change what it prints
// (compared with CPython's goldens, addresses normalised as the conformance suite does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { client, top, collectOutput, refcountOf, idOf, stopOrEnd } from './helpers';
import { normaliseOutputs } from '../conformance/normalise';

const folder = resolve(__dirname, '..', 'programs', 'notebook');
const cells = readdirSync(folder).filter((f) => f.endsWith('.py')).sort();
const VALUE_LINE = /^.*  ·  [\w.<>-]+ · id 0x[0-9a-f]+ · refcount \d+ · \d+ bytes(  ·  in cell 0x[0-9a-f]+ \(refcount \d+\))?$/;

for (const cell of cells) {
  test(`notebook ${cell}: stepped from start to end, ids and refcounts as the program prints them`, async () => {
    const path = join(folder, cell);
    const source = readFileSync(path, 'utf8').split('\n');
    const dc = await client();
    try {
      const out = collectOutput(dc);
      const err = collectOutput(dc, 'stderr');
      let ended = false;
      dc.on('terminated', () => { ended = true; });
      const nextStop = () => stopOrEnd(dc);
      let ev = nextStop();
      await Promise.all([
        dc.waitForEvent('initialized').then(async () => {
          await dc.setExceptionBreakpointsRequest({ filters: [] });
          await dc.configurationDoneRequest();
        }),
        dc.initializeRequest(),
        dc.launchRequest({ program: path, stopOnEntry: true } as DebugProtocol.LaunchRequestArguments),
      ]);
      let stops = 0;
      let checks = 0;
      while ((await ev).event === 'stopped' && !ended) {
        stops++;
        const frame = await top(dc);
        const shown = new Map<string, string>();
        for (const s of (await dc.scopesRequest({ frameId: frame.id })).body.scopes.filter((x) => !x.expensive)) {
          for (const v of (await dc.variablesRequest({ variablesReference: s.variablesReference })).body.variables) {
            assert.match(v.value, VALUE_LINE, `${cell}:${frame.line} ${v.name}`);
            if (!shown.has(v.name)) shown.set(v.name, v.value);
          }
        }
        const line = source[frame.line - 1] ?? '';
        const rc = /^\s*print\(sys\.getrefcount\((\w+)\)\)/.exec(line);
        const id = /^\s*print\(id\((\w+)\)\)/.exec(line);
        const before = out.text().length;
        ev = nextStop();
        // Into every function; out of comprehensions (a million-element one is stepped over).
        if (/^<(listcomp|dictcomp|setcomp|genexpr)>$/.test(frame.name)) await dc.stepOutRequest({ threadId: 1 });
        else await dc.stepInRequest({ threadId: 1 });
        if (rc || id) {
          await ev;
          const printed = out.text().slice(before).trim();
          const name = (rc ?? id)![1];
          const value = shown.get(name)!;
          if (rc) assert.equal(Number(printed), refcountOf(value) + 1, `${cell}:${frame.line}`);
          else assert.equal(BigInt(printed), BigInt(idOf(value)), `${cell}:${frame.line}`);
          checks++;
        }
      }
      assert.ok(stops > 0);
      if (/print\(sys\.getrefcount\(\w+\)\)|print\(id\(\w+\)\)/.test(source.join('\n'))) assert.ok(checks > 0, 'the cell\'s prints were checked');
      const [stdout, stderr] = normaliseOutputs(out.text(), err.text(), dirname(path));
      assert.equal(stdout, readFileSync(path.replace(/\.py$/, '.stdout'), 'utf8'));
      assert.equal(stderr, readFileSync(path.replace(/\.py$/, '.stderr'), 'utf8'));
    } finally { await dc.stop(); }
  });
}
