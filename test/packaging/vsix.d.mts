// Types of the plain-JS helper ./vsix.mjs (shared with test/e2e/run.mjs).
export declare const root: string;
export declare function buildVsix(out?: string): { vsix: string; bytes: number; buildMs: number; packageMs: number };
export declare function zipEntries(path: string): Array<{ name: string; size: number; compressed: number; method: number; offset: number }>;
export declare function zipRead(path: string, name: string): Buffer;
