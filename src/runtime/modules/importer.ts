// IMPORT_NAME / IMPORT_FROM / IMPORT_STAR over the simulated modules.
// cf. Python/ceval.c import_name, import_from, import_all_from.

import type { PyObject } from '../objects/object';
import type { PyDict } from '../objects/dict';
import { PyModule, PyStr, PyInt } from '../objects/core';
import type { Runtime } from '../runtime';
import type { Frame } from '../vm/frame';
import { getAttrOrNull } from '../vm/attributes';
import { dictSetStr, dictItems } from '../objects/dictops';
import { PyRaise } from '../objects/object';
import { moduleNotFound, importErrorWithName } from '../objects/importErrorType';
import { STDLIB_MODULE_NAMES } from './stdlibNames';

export function importName(rt: Runtime, name: string, fromlist: PyObject, level: PyObject, f: Frame): PyObject {
  if (level instanceof PyInt && level.v !== 0) {
    rt.raise(rt.t.ImportError, 'attempted relative import with no known parent package');
  }
  void f;
  const top = name.split('.')[0];
  const m = rt.modules.get(name);
  if (m === null) {
    // A standard-library module RefScope does not simulate says so; any other name is simply
    // not found (cf. importlib._bootstrap _find_and_load_unlocked: "No module named ...").
    const missing = rt.modules.get(top) === null ? top : name;
    const note = STDLIB_MODULE_NAMES.has(top) ? ` (RefScope simulates only: ${rt.modules.available().join(', ')})` : '';
    throw new PyRaise(moduleNotFound(rt, `No module named '${missing}'${note}`, missing));
  }
  const wantTop = fromlist === rt.None || (fromlist as { items?: PyObject[] }).items?.length === 0;
  const result = wantTop ? rt.modules.get(top)! : m;
  result.refcnt++;
  return result;
}

export function importFrom(rt: Runtime, m: PyObject, name: string): PyObject {
  const v = getAttrOrNull(rt, m, name);
  if (v !== null) return v;
  const modName = m instanceof PyModule ? m.name : '?';
  // cf. Python/ceval.c import_from: PyErr_SetImportError(msg, pkgname, pkgpath).
  throw new PyRaise(importErrorWithName(rt, rt.t.ImportError, `cannot import name '${name}' from '${modName}' (unknown location)`, modName));
}

export function importStar(rt: Runtime, m: PyObject, locals: PyDict): void {
  if (!(m instanceof PyModule)) rt.typeError('import * requires a module');
  const all = m.dict.getStr('__all__');
  if (all !== null) {
    for (const n of rt.iterate(all)) {
      const v = getAttrOrNull(rt, m, (n as PyStr).v);
      if (v !== null) { dictSetStr(rt, locals, (n as PyStr).v, v); rt.decref(v); }
      rt.decref(n);
    }
    return;
  }
  for (const [k, v] of dictItems(m.dict)) {
    const name = (k as PyStr).v;
    if (!name.startsWith('_')) dictSetStr(rt, locals, name, v);
  }
}
