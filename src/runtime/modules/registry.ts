// sys.modules and the simulated standard-library modules a program may import.
// cf. Python/import.c. Modules are created lazily on first import.

import type { PyObject } from '../objects/object';
import type { PyModule } from '../objects/core';
import type { Runtime } from '../runtime';

export type ModuleFactory = (rt: Runtime) => PyModule;

export class ModuleRegistry {
  readonly loaded = new Map<string, PyModule>();
  readonly factories = new Map<string, ModuleFactory>();

  constructor(private rt: Runtime) {}

  register(name: string, factory: ModuleFactory): void {
    this.factories.set(name, factory);
  }

  /** The module object (borrowed), creating it on first use; null when RefScope does not simulate it. */
  get(name: string): PyModule | null {
    const m = this.loaded.get(name);
    if (m !== undefined) return m;
    const f = this.factories.get(name);
    if (f === undefined) return null;
    const mod = f(this.rt);
    this.loaded.set(name, mod);
    return mod;
  }

  available(): string[] {
    return [...this.factories.keys()].filter((n) => !n.startsWith('_')).sort();
  }
}

export type { PyObject };
