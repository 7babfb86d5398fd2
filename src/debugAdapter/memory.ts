// DAP readMemory (supportsReadMemoryRequest): the bytes of the simulated process
// at an object's memoryReference (its id() in hex, on every variable and
// evaluate result) plus an offset, as CPython 3.11 lays them out
// (src/runtime/inspect/memoryLayout.ts).
//
// Session side: readMemory() checks the arguments and asks the runner. Runner
// side: MemoryReader answers from the paused runtime, keeping the index of who
// owns which block while the program stays where it is.
//
// Unreadable memory (addresses in no arena, block or static object): DAP can only
// say "n unreadable bytes after the data", so the data is the readable prefix of
// the request and everything after it counts as unreadable (what VS Code's memory
// view expects: it shows the data, then `unreadableBytes` bytes as unreadable).
// Reading on from there (offset + data length + unreadableBytes) gives the rest.

import type { DebugProtocol } from '@vscode/debugprotocol';
import type { Runtime } from '../runtime/runtime';
import { bytesAt } from '../runtime/inspect/memoryLayout';
import { HeapIndex } from '../runtime/inspect/heapIndex';
import type { RunnerHandle } from './runnerHandle';

/** The most bytes one readMemory answers (the memory view asks for far less). */
const MAX_READ = 1 << 20;

export interface MemoryAnswer { address: string; data: string; unreadableBytes?: number }

/** An address as a memoryReference: hex, as id() prints in hex(id(x)). */
export function memoryReference(address: number): string {
  return '0x' + address.toString(16);
}

/** '0x7f…' (hex) or decimal, as DAP says addresses are written. */
export function parseMemoryReference(ref: unknown): number {
  if (typeof ref !== 'string' || !/^(0[xX][0-9a-fA-F]+|\d+)$/.test(ref.trim())) throw new Error(`'${String(ref)}' is not a memory reference.`);
  const n = Number(ref.trim());
  if (!Number.isSafeInteger(n)) throw new Error(`'${ref}' is out of range.`);
  return n;
}

/** Session side: the readMemory response body. */
export async function readMemory(runner: RunnerHandle, args: DebugProtocol.ReadMemoryArguments): Promise<DebugProtocol.ReadMemoryResponse['body']> {
  const base = parseMemoryReference(args.memoryReference);
  const offset = args.offset ?? 0;
  const count = args.count;
  if (!Number.isInteger(offset) || !Number.isInteger(count) || count < 0) throw new Error('readMemory needs an integer offset and a count >= 0.');
  const address = base + offset;
  if (address < 0 || !Number.isSafeInteger(address)) return { address: memoryReference(Math.max(0, address)), unreadableBytes: count, data: '' };
  const r = await runner.query({ q: 'readMemory', address, count: Math.min(count, MAX_READ) });
  if (!('memory' in r.body)) throw new Error('No memory.');
  // Bytes beyond MAX_READ are not read: the data is shorter than asked, and the client asks again from there.
  return r.body.memory;
}

/** Runner side: reads of the paused runtime, with the block-owner index kept while nothing changes. */
export class MemoryReader {
  private index: HeapIndex | null = null;
  private key = '';

  constructor(private readonly rt: Runtime) {}

  /** Something ran (debugger code): build the index again on the next read. */
  forget(): void { this.index = null; }

  read(address: number, count: number): MemoryAnswer {
    const rt = this.rt;
    const s = rt.mem.stats();
    // The program moved (a new stop) or allocated/freed since the index was built.
    const key = `${rt.trace.steps}:${rt.depth}:${s.pymallocBlocksInUse}:${s.systemBlocksInUse}:${s.pymallocBytesInUse}`;
    if (this.index === null || key !== this.key) { this.index = HeapIndex.build(rt); this.key = key; }
    const r = bytesAt(rt, address, count, this.index);
    let n = 0;
    while (n < count && r.readable[n] === 1) n++;
    const answer: MemoryAnswer = { address: memoryReference(address), data: Buffer.from(r.bytes.subarray(0, n)).toString('base64') };
    if (n < count) answer.unreadableBytes = count - n;
    return answer;
  }
}
