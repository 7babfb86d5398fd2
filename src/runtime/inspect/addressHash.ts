// A 32-bit hash of an object address (id()), for the snapshot's open-addressing
// tables. Addresses are above 2^32 and 16-byte aligned: both halves are mixed.

/** Take the top bits (`>>> (32 - log2(capacity))`) as the slot. */
export function addressHash(addr: number): number {
  const lo = addr >>> 0;
  const hi = (addr / 4294967296) >>> 0;
  return Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1);
}
