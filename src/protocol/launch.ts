// The `refscope` launch configuration, defined once; package.json's
// contributes.debuggers[].configurationAttributes is checked against it by a test.

export interface RefScopeLaunchConfig {
  /** Absolute path of the Python file to run. */
  program: string;
  /** Stop at the first line of the program. */
  stopOnEntry?: boolean;
  /** sys.argv[1:] */
  args?: string[];
  /** Text for input(): either the text itself or, with stdinFile, a file's path. */
  stdin?: string;
  /** A file whose contents are the program's standard input. */
  stdinFile?: string;
  /** Stop the program after this many steps (line events). */
  maxSteps?: number;
  /** Working directory (shown to the program as its cwd; paths are resolved against it). */
  cwd?: string;
}

/** Names and descriptions, mirrored in package.json (a test keeps them equal). */
export const LAUNCH_ATTRIBUTES: Record<keyof RefScopeLaunchConfig, { type: string; description: string }> = {
  program: { type: 'string', description: 'Absolute path of the Python file to step through on the simulated CPython 3.11 runtime.' },
  stopOnEntry: { type: 'boolean', description: 'Stop at the first line of the program.' },
  args: { type: 'array', description: 'Command-line arguments: sys.argv[1:].' },
  stdin: { type: 'string', description: 'Text the program reads with input() (one line per call).' },
  stdinFile: { type: 'string', description: 'A file whose contents are the program\'s standard input.' },
  maxSteps: { type: 'number', description: 'Stop the program after this many steps (line events), so runaway loops end.' },
  cwd: { type: 'string', description: 'Working directory of the program.' },
};
