// The module type's own behaviour: GC traversal, deallocation, and module(name, doc=None) made
// from Python (types.ModuleType). cf. Objects/moduleobject.c module_traverse, module_dealloc,
// module___init___impl (its dict gets __name__, __doc__, __package__, __loader__, __spec__).

import type { PyObject } from './object';
import { PyModule, PyStr } from './core';
import type { Runtime } from '../runtime';
import { newDict, dictSetStr } from './dictops';
import { parseArgs } from './native';

export function installModuleType(rt: Runtime): void {
  const MOD = rt.t.module;
  MOD.traverse = (o, visit) => visit((o as PyModule).dict);
  MOD.dealloc = (o) => rt.decref((o as PyModule).dict);
  MOD.newFn = (type, args, kw) => {
    const [name, doc] = parseArgs(rt, 'module', args, kw, ['name', 'doc?']);
    if (!name!.type.isSubtypeOf(rt.t.str)) rt.typeError(`module.__init__() argument 'name' must be str, not ${name!.type.tpName}`);
    if (type !== rt.t.module) rt.typeError('RefScope does not simulate subclasses of module yet');
    const d = newDict(rt);
    const m = new PyModule(rt.t.module, (name as PyStr).v, d);
    rt.allocObject(m, 56);
    rt.gc.track(m);
    const entries: Array<[string, PyObject]> = [['__name__', name!], ['__doc__', doc ?? rt.None], ['__package__', rt.None], ['__loader__', rt.None], ['__spec__', rt.None]];
    for (const [k, v] of entries) dictSetStr(rt, d, k, v);
    return m;
  };
}
