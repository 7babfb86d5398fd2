// Small formatting helpers shared by every tab of the Heap view.

/** An address or id as CPython's `hex(id(x))` prints it. */
export function hex(n: number): string {
  return '0x' + n.toString(16);
}

const NUM = new Intl.NumberFormat('en-US');

/** Thousands separators, always en-US (the view is in English). */
export function num(n: number): string {
  return n < 1000 && n > -1000 && Number.isInteger(n) ? String(n) : NUM.format(n);
}

/** A byte count: exact below 1 KiB (sizes of objects matter to the byte), binary units above. */
export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KiB`;
  if (n < 1024 * 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  return `${(n / (1024 * 1024 * 1024)).toFixed(1)} GiB`;
}

/** "1 object", "2 objects". */
export function plural(n: number, one: string, many = one + 's'): string {
  return `${num(n)} ${n === 1 ? one : many}`;
}

/** Parse what a user types to find an id: "0x7f…", "7f3a…" (hex) or a decimal id. */
export function parseIdQuery(q: string): { hex: string } | null {
  const s = q.trim().toLowerCase();
  if (/^0x[0-9a-f]+$/.test(s)) return { hex: s.slice(2) };
  if (/^[0-9]{6,}$/.test(s)) return { hex: Number(s).toString(16) };
  if (/^[0-9a-f]{4,}$/.test(s) && /[a-f]/.test(s)) return { hex: s };
  return null;
}

/** Clip a string for display. */
export function clip(s: string, max: number): string {
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}
