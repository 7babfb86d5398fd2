// Registers the itertools / functools / collections modules on a runtime when the
// runtime does not register them itself yet (what the lead wires in builtins.ts).

import type { Runtime } from '../../../src/runtime/runtime';
import { installItertoolsModule } from '../../../src/runtime/modules/itertools';
import { installFunctoolsModule } from '../../../src/runtime/modules/functools';
import { installCollectionsModule } from '../../../src/runtime/modules/collections';
import { installOperatorModule } from '../../../src/runtime/modules/operator';
import { installCopyModule } from '../../../src/runtime/modules/copy';

export function installModules2(rt: Runtime): void {
  if (!rt.modules.factories.has('itertools')) installItertoolsModule(rt);
  if (!rt.modules.factories.has('functools')) installFunctoolsModule(rt);
  if (!rt.modules.factories.has('collections')) installCollectionsModule(rt);
  // Modules of other parts that the programs combine with these (until the runtime registers them).
  if (!rt.modules.factories.has('operator')) installOperatorModule(rt);
  if (!rt.modules.factories.has('copy')) installCopyModule(rt);
}
