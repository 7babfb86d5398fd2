// The simulated gc module over the runtime's collector. cf. Modules/gcmodule.c.

import type { PyObject } from '../objects/object';
import { PyModule, PyInt, PyList } from '../objects/core';
import { PyType } from '../objects/type';
import type { Runtime } from '../runtime';
import { defFunction, parseArgs, checkArgCount } from '../objects/native';
import { newDict, dictSetStr } from '../objects/dictops';

export function installGcModule(rt: Runtime): void {
  rt.modules.register('gc', makeGc);
}

function makeGc(rt: Runtime): PyModule {
  const d = newDict(rt);
  const m = new PyModule(rt.t.module, 'gc', d);
  rt.allocObject(m, 56);
  rt.gc.track(m);
  const gc = rt.gc;
  const set = (k: string, v: PyObject) => { dictSetStr(rt, d, k, v); rt.decref(v); };
  const fn = (name: string, f: (args: PyObject[], kw: Array<[string, PyObject]> | null) => PyObject) => defFunction(rt, d, name, f, 'gc');
  set('__name__', rt.newStr('gc'));
  const garbage = rt.newList([]);
  gc.garbage = garbage;
  set('garbage', (garbage.refcnt++, garbage));
  rt.decref(garbage);
  const callbacks = rt.newList([]);
  gc.callbacks = callbacks;
  set('callbacks', (callbacks.refcnt++, callbacks));
  rt.decref(callbacks);
  for (const [k, v] of [['DEBUG_STATS', 1], ['DEBUG_COLLECTABLE', 2], ['DEBUG_UNCOLLECTABLE', 4], ['DEBUG_SAVEALL', 32], ['DEBUG_LEAK', 38]] as const) set(k, rt.newInt(v));

  fn('collect', (args, kw) => {
    const [g] = parseArgs(rt, 'collect', args, kw, ['generation?']);
    const gen = g === null ? 2 : Number((g as PyInt).v);
    if (gen < 0 || gen > 2) rt.valueError('invalid generation');
    return rt.newInt(gc.collectExplicit(gen));
  });
  fn('enable', () => { gc.enabled = true; return rt.none(); });
  fn('disable', () => { gc.enabled = false; return rt.none(); });
  fn('isenabled', () => rt.newBool(gc.enabled));
  fn('get_count', () => rt.newTuple(gc.count.map((c) => rt.newInt(c))));
  fn('get_threshold', () => rt.newTuple(gc.threshold.map((c) => rt.newInt(c))));
  fn('set_threshold', (args) => {
    checkArgCount(rt, 'set_threshold', args, 1, 3);
    args.forEach((a, i) => { gc.threshold[i] = Number(rt.indexValue(a)); });
    return rt.none();
  });
  fn('get_debug', () => rt.newInt(gc.debug));
  fn('set_debug', (args) => { gc.debug = Number(rt.indexValue(args[0])); return rt.none(); });
  fn('is_tracked', (args) => { checkArgCount(rt, 'is_tracked', args, 1, 1); return rt.newBool(args[0].gcGen !== -1); });
  fn('is_finalized', (args) => rt.newBool(gc.isFinalized(args[0])));
  fn('get_objects', (args, kw) => {
    const [g] = parseArgs(rt, 'get_objects', args, kw, ['generation?']);
    const gens = g === null || g === rt.None ? [0, 1, 2] : [Number((g as PyInt).v)];
    const out: PyObject[] = [];
    for (const i of gens) for (const o of gc.sets[i]) { o.refcnt++; out.push(o); }
    return rt.newList(out);
  });
  fn('get_referents', (args) => {
    const out: PyObject[] = [];
    for (const a of args) {
      // cf. Modules/gcmodule.c gc_get_referents: any object of a GC type, tracked or not
      // (_PyObject_IS_GC: a type object only when it is a heap type, cf. type_is_gc).
      const tr = a.type.traverse;
      const isGC = a instanceof PyType ? a.heap : a.type.gc;
      if (tr !== null && isGC) tr(a, (c) => { c.refcnt++; out.push(c); });
    }
    return rt.newList(out);
  });
  fn('get_referrers', (args) => {
    const targets = new Set(args);
    const out: PyObject[] = [];
    for (let i = 0; i < 3; i++) {
      for (const o of gc.sets[i]) {
        if (o === garbage) continue;
        let hit = false;
        const tr = o.type.traverse;
        if (tr !== null) tr(o, (c) => { if (targets.has(c)) hit = true; });
        if (hit) { o.refcnt++; out.push(o); }
      }
    }
    return rt.newList(out);
  });
  fn('get_stats', () => rt.newList(gc.stats.map((s) => rt.newDictFromPairs([
    rt.newStr('collections'), rt.newInt(s.collections), rt.newStr('collected'), rt.newInt(s.collected), rt.newStr('uncollectable'), rt.newInt(s.uncollectable),
  ]))));
  fn('freeze', () => {
    for (let i = 0; i < 3; i++) for (const o of gc.sets[i]) { gc.sets[i].delete(o); o.gcGen = 2; gc.frozen.add(o); }
    return rt.none();
  });
  fn('unfreeze', () => { for (const o of gc.frozen) { o.gcGen = 2; gc.sets[2].add(o); } gc.frozen.clear(); return rt.none(); });
  fn('get_freeze_count', () => rt.newInt(gc.frozen.size));
  void PyList;
  return m;
}
