// The one small interface through which a Runtime talks to its host (CLI, debug
// adapter, language server, tests). The runtime never imports the host.

export interface RuntimeHost {
  /** Text the program writes to sys.stdout / sys.stderr. */
  write(stream: 'stdout' | 'stderr', text: string): void;
}

export interface RuntimeOptions {
  /** sys.argv (argv[0] is the script path). */
  argv?: string[];
  /** The whole of standard input, read by input() and sys.stdin. */
  stdin?: string;
  /** Stop with a clear message after this many trace steps (line events); 0 or undefined: no limit. */
  maxSteps?: number;
  /** Simulated heap limit in bytes (beyond it: MemoryError). Default 1 GiB. */
  heapLimitBytes?: number;
  /** Run a full collection at every GC-type allocation (stress mode for tests). */
  gcStress?: boolean;
  /** Host-side abort check, called every few thousand instructions (pause/stop requests). Return a reason to halt. */
  shouldHalt?: () => string | null;
}

/** Collects program output in memory; handy for tests and the language server. */
export class BufferHost implements RuntimeHost {
  stdout = '';
  stderr = '';
  write(stream: 'stdout' | 'stderr', text: string): void {
    if (stream === 'stdout') this.stdout += text;
    else this.stderr += text;
  }
}
