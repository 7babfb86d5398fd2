// The snapshot's discovery queue: every object found so far, each once, in the
// order found (breadth first from the frames and globals, then the GC's lists).
//
// Membership is an open-addressing hash table keyed by the object's address
// (id()) and compared by identity. A JS Set of 100,000 objects costs a hash
// lookup through each object's identity hash and a rehash at every doubling;
// this table probes a Float64Array instead.

import type { PyObject } from '../objects/object';
import { addressHash } from './addressHash';

const EMPTY = -1;
const MIN_CAPACITY = 1024;

function grownArray<T>(a: T[], n: number): T[] { const b = new Array<T>(n); for (let i = 0; i < a.length; i++) b[i] = a[i]; return b; }

export class ObjectQueue {
  /** The objects in discovery order: objects[0 .. size). Preallocated for the expected count. */
  private objects: PyObject[];
  /** Objects queued. */
  size = 0;
  /** Set when an object was refused because the queue was full. */
  capped = false;
  /** Per table slot: the queue index of the object there, or EMPTY. */
  private slots: Int32Array;
  /** Per table slot: that object's address (so probing reads no object). */
  private slotAddr: Float64Array;
  private shift: number;

  /** `expectedObjects`: a guess of how many will be queued (the table is sized for it, and grows past it). */
  constructor(private readonly maxObjects: number, expectedObjects: number) {
    let capacity = MIN_CAPACITY;
    while (capacity < expectedObjects * 1.5) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(EMPTY);
    this.slotAddr = new Float64Array(capacity);
    this.shift = 32 - Math.log2(capacity);
    this.objects = new Array<PyObject>(Math.max(16, Math.min(maxObjects, expectedObjects)));
  }

  /** The i-th object queued (i < size). */
  at(i: number): PyObject {
    return this.objects[i];
  }

  /** Queue `o` unless it is already queued (or the queue is full: then set `capped`). */
  add(o: PyObject | null): void {
    if (o === null) return;
    const addr = o.addr;
    const mask = this.slots.length - 1;
    let i = addressHash(addr) >>> this.shift;
    for (;;) {
      const q = this.slots[i];
      if (q === EMPTY) break;
      if (this.slotAddr[i] === addr && this.objects[q] === o) return;
      i = (i + 1) & mask;
    }
    const n = this.size;
    if (n >= this.maxObjects) { this.capped = true; return; }
    this.slots[i] = n;
    this.slotAddr[i] = addr;
    if (n === this.objects.length) this.objects = grownArray(this.objects, n * 2);
    this.objects[n] = o;
    this.size = n + 1;
    // Load factor at most 3/4 (linear probing stays short below that).
    if (this.size * 4 > this.slots.length * 3) this.grow();
  }

  private grow(): void {
    const capacity = this.slots.length * 2;
    this.slots = new Int32Array(capacity).fill(EMPTY);
    this.slotAddr = new Float64Array(capacity);
    this.shift--;
    const mask = capacity - 1;
    const objects = this.objects;
    for (let q = 0; q < this.size; q++) {
      const addr = objects[q].addr;
      let i = addressHash(addr) >>> this.shift;
      while (this.slots[i] !== EMPTY) i = (i + 1) & mask;
      this.slots[i] = q;
      this.slotAddr[i] = addr;
    }
  }
}
