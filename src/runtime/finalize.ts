// What happens after the program's last line: interpreter shutdown as far as the program can see
// it (finalizers of objects still alive, in the order CPython runs them).
// cf. Python/pylifecycle.c Py_FinalizeEx -> finalize_modules, Objects/moduleobject.c _PyModule_ClearDict.

import type { Runtime } from './runtime';
import type { PyObject } from './objects/object';
import type { PyModule, PyStr } from './objects/core';
import { dictItems, dictSet, dictSetStr } from './objects/dictops';

/**
 * Shut the simulated interpreter down:
 * 1. sys.last_value and friends go (the uncaught exception, with its traceback and frames);
 * 2. every module leaves sys.modules (finalize_remove_modules), which frees the ones nothing else
 *    holds; a full collection follows (_PyGC_CollectNoFail), without gc.callbacks;
 * 3. a __main__ still alive has its globals cleared (finalize_modules_clear_weaklist ->
 *    _PyModule_Clear): names starting with one underscore first, then all but __builtins__;
 * 4. a last full collection.
 * Library modules are not cleared (a modelling choice: their objects have no finalizers to show).
 */
export function finalizeInterpreter(rt: Runtime, uncaught: PyObject | null): void {
  if (uncaught !== null) rt.decref(uncaught);
  const loaded = [...rt.modules.loaded.entries()];
  rt.modules.loaded.clear();
  // Weak references to the modules (the weaklist): keep them alive only to look at them.
  const main = loaded.find(([name]) => name === '__main__')?.[1] ?? null;
  if (main !== null) main.refcnt++;
  const d = rt.modules.modulesDict;
  if (d !== null) {
    // finalize_remove_modules: each module entry of sys.modules becomes None.
    d.refcnt++;
    for (const [k, v] of dictItems(d)) if (v.type === rt.t.module) dictSet(rt, d, k, rt.None);
    rt.decref(d);
  } else {
    for (const [, m] of loaded) rt.decref(m);
  }
  collectNoFail(rt);
  if (main !== null) {
    if (main.refcnt > 1) clearModuleDict(rt, main);
    rt.decref(main);
  }
  collectNoFail(rt);
}

function collectNoFail(rt: Runtime): void {
  if (rt.gc.collecting) return;
  rt.gc.collecting = true;
  try { rt.gc.collectMain(2); } finally { rt.gc.collecting = false; }
}

/** cf. Objects/moduleobject.c _PyModule_ClearDict */
function clearModuleDict(rt: Runtime, m: PyModule): void {
  const d = m.dict;
  const pass = (pick: (name: string) => boolean) => {
    for (const [k, v] of dictItems(d)) {
      if (v === rt.None || k.type !== rt.t.str) continue;
      const name = (k as PyStr).v;
      if (pick(name)) dictSetStr(rt, d, name, rt.None);
    }
  };
  pass((n) => n.startsWith('_') && !n.startsWith('__'));
  pass((n) => n !== '__builtins__');
}
