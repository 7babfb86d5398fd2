// Runs Python source on the simulator with the math / operator / string / copy /
// random modules installed (whether or not builtins.ts wires them yet).
import { prepareProgram } from '../../../src/runtime/program';
import { BufferHost } from '../../../src/runtime/host';
import type { Runtime } from '../../../src/runtime/runtime';
import { installMathModule } from '../../../src/runtime/modules/math';
import { installOperatorModule } from '../../../src/runtime/modules/operator';
import { installCopyModule } from '../../../src/runtime/modules/copy';
import { installStringModule } from '../../../src/runtime/modules/string';
import { installRandomModule } from '../../../src/runtime/modules/randomModule';
import { installIntType } from '../../../src/runtime/objects/int';
import { installBoolType } from '../../../src/runtime/objects/bool';
import { installFloatType } from '../../../src/runtime/objects/float';
import { installStrType } from '../../../src/runtime/objects/str';

const MODULES: Array<[string, (rt: Runtime) => void]> = [
  ['math', installMathModule],
  ['operator', installOperatorModule],
  ['copy', installCopyModule],
  ['string', installStringModule],
  ['random', installRandomModule],
];
// Types other engineers are writing: installed here only while builtins.ts does not yet.
const TYPES: Array<[string, (rt: Runtime) => void]> = [
  ['int', installIntType], ['bool', installBoolType], ['float', installFloatType], ['str', installStrType],
];

export interface RunResult { stdout: string; stderr: string; exitCode: number; rt: Runtime }

export function runPy(source: string, filename = 'test.py'): RunResult {
  const host = new BufferHost();
  const prog = prepareProgram(source, filename, host);
  const rt = prog.runtime;
  const was = rt.initializing;
  rt.initializing = true;
  for (const [t, f] of TYPES) if (rt.t[t]!.dict.getStr('__repr__') === null) f(rt);
  rt.initializing = was;
  for (const [name, f] of MODULES) if (!rt.modules.factories.has(name)) f(rt);
  const r = prog.run();
  return { stdout: host.stdout, stderr: host.stderr, exitCode: r.exitCode, rt };
}
