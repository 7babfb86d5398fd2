// Registers the itertools / functools / collections modules on a runtime when the
// runtime does not register them itself yet (what the lead wires in builtins.ts).

import type { Runtime } from '../../../src/runtime/runtime';
import { installItertoolsModule } from '../../../src/runtime/modules/itertools';
import { installFunctoolsModule } from '../../../src/runtime/modules/functools';

export function installModules2(rt: Runtime): void {
  if (!rt.modules.factories.has('itertools')) installItertoolsModule(rt);
  if (!rt.modules.factories.has('functools')) installFunctoolsModule(rt);
}
