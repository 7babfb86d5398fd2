// The PEG parser's memo: per token, a list of (rule, end mark, result) entries, as CPython
// keeps a linked list of Memo records on each Token. cf. Parser/pegen.h Memo,
// Parser/pegen.c _PyPegen_is_memoized, _PyPegen_insert_memo and _PyPegen_update_memo.
//
// Only tokens where a memoized rule ran get entries (about 5 per such token), so the memo
// grows with what the parse did, not with tokens × rules. Entries live in fixed-size
// Int32Array chunks (no copying of one ever-doubling table, whose large allocations made V8
// run full collections on megabyte-sized files); results live in a plain array beside them.

/** Entries per chunk (a power of two). */
const CHUNK_BITS = 14;
const CHUNK = 1 << CHUNK_BITS;
/** Int32 fields per entry: rule, end mark, next entry + 1 (0: end of the token's list). */
const FIELDS = 3;

export class Memo {
  /** Per token index: its first entry + 1 (0: no entry yet). Grows by doubling (4 bytes a token). */
  private heads = new Int32Array(1024);
  private readonly chunks: Int32Array[] = [];
  private readonly results: unknown[] = [];
  private count = 0;

  /** The entry of `rule` at token `mark`, or -1. */
  find(mark: number, rule: number): number {
    if (mark >= this.heads.length) return -1;
    let e = this.heads[mark] - 1;
    while (e >= 0) {
      const c = this.chunks[e >>> CHUNK_BITS];
      const o = (e & (CHUNK - 1)) * FIELDS;
      if (c[o] === rule) return e;
      e = c[o + 2] - 1;
    }
    return -1;
  }

  /** The mark after entry `e`'s result. */
  endOf(e: number): number {
    return this.chunks[e >>> CHUNK_BITS][(e & (CHUNK - 1)) * FIELDS + 1];
  }

  resultOf(e: number): unknown {
    return this.results[e];
  }

  /** Memoize `result` of `rule` at token `mark`, ending at token `end` (replacing an older entry). */
  set(mark: number, rule: number, end: number, result: unknown): void {
    const old = this.find(mark, rule);
    if (old >= 0) {
      this.chunks[old >>> CHUNK_BITS][(old & (CHUNK - 1)) * FIELDS + 1] = end;
      this.results[old] = result;
      return;
    }
    if (mark >= this.heads.length) {
      const heads = new Int32Array(Math.max(mark + 1, this.heads.length * 2));
      heads.set(this.heads);
      this.heads = heads;
    }
    const e = this.count++;
    if ((e & (CHUNK - 1)) === 0) this.chunks.push(new Int32Array(CHUNK * FIELDS));
    const c = this.chunks[e >>> CHUNK_BITS];
    const o = (e & (CHUNK - 1)) * FIELDS;
    c[o] = rule;
    c[o + 1] = end;
    c[o + 2] = this.heads[mark];
    this.heads[mark] = e + 1;
    this.results.push(result);
  }
}
