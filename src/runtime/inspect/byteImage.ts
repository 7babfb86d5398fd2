// A little-endian byte image of one piece of simulated memory (x86-64: 8-byte
// pointers and Py_ssize_t), written field by field at offsets from a base
// address (an object's PyObject*, so pre-header fields have negative offsets).
// Bytes never written stay zero.

import type { PyObject } from '../objects/object';

const TWO32 = 2 ** 32;

export class ByteImage {
  readonly bytes: Uint8Array;
  private readonly view: DataView;

  /** `start`: the address of bytes[0]; `base`: the address offsets are relative to. */
  constructor(readonly start: number, size: number, readonly base = start) {
    this.bytes = new Uint8Array(size);
    this.view = new DataView(this.bytes.buffer);
  }

  private at(off: number, width: number): number {
    const i = this.base + off - this.start;
    return i >= 0 && i + width <= this.bytes.length ? i : -1;
  }

  /** An unsigned 64-bit value given as a number (addresses, sizes: < 2**53). */
  u64(off: number, v: number): void {
    const i = this.at(off, 8);
    if (i < 0) return;
    this.view.setUint32(i, v % TWO32, true);
    this.view.setUint32(i + 4, Math.floor(v / TWO32), true);
  }

  /** A signed 64-bit value (Py_ssize_t, Py_hash_t). */
  i64(off: number, v: number | bigint): void {
    const i = this.at(off, 8);
    if (i >= 0) this.view.setBigInt64(i, typeof v === 'bigint' ? v : BigInt(v), true);
  }

  /** A pointer to an object (NULL for null). */
  ptr(off: number, o: PyObject | null | undefined): void {
    this.u64(off, o ? o.addr : 0);
  }

  u32(off: number, v: number): void {
    const i = this.at(off, 4);
    if (i >= 0) this.view.setUint32(i, v >>> 0, true);
  }

  u16(off: number, v: number): void {
    const i = this.at(off, 2);
    if (i >= 0) this.view.setUint16(i, v, true);
  }

  u8(off: number, v: number): void {
    const i = this.at(off, 1);
    if (i >= 0) this.bytes[i] = v & 0xff;
  }

  f64(off: number, v: number): void {
    const i = this.at(off, 8);
    if (i >= 0) this.view.setFloat64(i, v, true);
  }

  raw(off: number, data: Uint8Array): void {
    const i = this.base + off - this.start;
    for (let k = 0; k < data.length; k++) {
      const j = i + k;
      if (j >= 0 && j < this.bytes.length) this.bytes[j] = data[k];
    }
  }
}
