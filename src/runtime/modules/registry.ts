// sys.modules and the simulated standard-library modules a program may import.
// cf. Python/import.c. Modules are created lazily on first import.
//
// Until the sys module exists, `loaded` owns one reference to each module; once sys is made,
// sys.modules (a real dict) owns them and `loaded` only remembers them (borrowed), so a module
// costs one reference either way, as the one CPython's sys.modules holds.

import type { PyObject } from '../objects/object';
import type { PyModule } from '../objects/core';
import type { PyDict } from '../objects/dict';
import type { Runtime } from '../runtime';
import { dictGetStr, dictSetStr } from '../objects/dictops';

export type ModuleFactory = (rt: Runtime) => PyModule;

export class ModuleRegistry {
  readonly loaded = new Map<string, PyModule>();
  readonly factories = new Map<string, ModuleFactory>();
  /** sys.modules, once the sys module exists. */
  modulesDict: PyDict | null = null;

  constructor(private rt: Runtime) {}

  register(name: string, factory: ModuleFactory): void {
    this.factories.set(name, factory);
  }

  /** The module object (borrowed), creating it on first use; null when RefScope does not simulate it.
   *  cf. import.c import_get_module: a module is found in sys.modules when that exists. */
  get(name: string): PyModule | null {
    const d = this.modulesDict;
    if (d !== null) {
      const m = dictGetStr(d, name);
      if (m !== null && m.type === this.rt.t.module) return m as PyModule;
    } else {
      const m = this.loaded.get(name);
      if (m !== undefined) return m;
    }
    const f = this.factories.get(name);
    if (f === undefined) return null;
    const mod = f(this.rt);
    this.add(name, mod);
    return mod;
  }

  /** Record a new module (taking over the creator's reference). */
  add(name: string, mod: PyModule): void {
    const d = this.modulesDict;
    if (d !== null && this.loaded.get(name) !== mod) {
      dictSetStr(this.rt, d, name, mod);
      this.rt.decref(mod);
    }
    this.loaded.set(name, mod);
  }

  /** The sys module is being made: `d` becomes sys.modules, owning the references. */
  attachModulesDict(d: PyDict): void {
    const rt = this.rt;
    dictSetStr(rt, d, 'builtins', rt.builtinsModule);
    for (const [name, m] of this.loaded) {
      dictSetStr(rt, d, name, m);
      rt.decref(m);
    }
    this.modulesDict = d;
  }

  available(): string[] {
    return [...this.factories.keys()].filter((n) => !n.startsWith('_')).sort();
  }
}

export type { PyObject };
