// Simulated standard-library modules written in Python: compiled and run on the
// simulator at first import, like CPython imports Lib/*.py.

import { PyModule } from '../objects/core';
import type { Runtime } from '../runtime';
import { parseModule } from '../parse/index';
import { compileModule } from '../compile/index';
import { loadCode, releaseConstCache } from '../vm/functions';
import { Frame } from '../vm/frame';
import { evalFrame } from '../vm/eval';
import { newDict, dictSetStr } from '../objects/dictops';
import type { Const } from '../compile/code';
import type { PyObject } from '../objects/object';
import { WEAKREF_SOURCE } from './pysrc/weakref';
import { FUTURE_SOURCE } from './pysrc/future';
import { TYPES_SOURCE } from './pysrc/types';
import { HEAPQ_SOURCE, BISECT_SOURCE } from './pysrc/heapq';

export function registerSourceModule(rt: Runtime, name: string, source: string): void {
  rt.modules.register(name, (r) => execSourceModule(r, name, source));
}

export function execSourceModule(rt: Runtime, name: string, source: string): PyModule {
  const filename = `<refscope:${name}>`;
  const unit = compileModule(parseModule(source, filename), filename, source);
  const d = newDict(rt);
  const m = new PyModule(rt.t.module, name, d);
  rt.allocObject(m, 56);
  rt.gc.track(m);
  rt.modules.add(name, m);
  const nm = rt.newStr(name);
  dictSetStr(rt, d, '__name__', nm);
  rt.decref(nm);
  dictSetStr(rt, d, '__builtins__', rt.builtinsModule);
  rt.sources.set(filename, source.split('\n'));
  const cache = new Map<Const, PyObject>();
  const code = loadCode(rt, unit.code, cache, filename);
  releaseConstCache(rt, cache);
  const frame = new Frame(code, unit.code, d, rt.builtins, d, null);
  const wasInit = rt.initializing;
  try {
    rt.decref(evalFrame(rt, frame));
  } finally {
    rt.initializing = wasInit;
    rt.decref(code);
  }
  return m;
}

export function installSourceModules(rt: Runtime): void {
  registerSourceModule(rt, 'weakref', WEAKREF_SOURCE);
  registerSourceModule(rt, '__future__', FUTURE_SOURCE);
  registerSourceModule(rt, 'types', TYPES_SOURCE);
  registerSourceModule(rt, 'heapq', HEAPQ_SOURCE);
  registerSourceModule(rt, 'bisect', BISECT_SOURCE);
}
