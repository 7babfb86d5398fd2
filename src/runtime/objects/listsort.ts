// list.sort's algorithm: CPython's timsort with the powersort merge policy, ported step by step
// so that the same comparisons happen in the same order (which decides what a failing __lt__
// reports and how a list is left when a comparison raises).
// cf. Objects/listobject.c (3.11): count_run, binarysort, gallop_left, gallop_right, merge_lo,
// merge_hi, merge_at, powerloop, found_new_run, merge_force_collapse, merge_compute_minrun,
// list_sort_impl; Objects/listsort.txt.

import type { PyObject } from './object';

const MIN_GALLOP = 7;

interface Run { base: number; len: number; power: number }

/**
 * Sort `keys` in place with `lt` (x < y), moving `values` (when given) alongside. Throws what
 * `lt` throws, leaving the arrays as CPython leaves its list then.
 */
export function timsort(keys: PyObject[], values: unknown[] | null, lt: (a: PyObject, b: PyObject) => boolean): void {
  const n = keys.length;
  if (n < 2) return;
  new MergeState(keys, values, lt).sort();
}

class MergeState {
  minGallop = MIN_GALLOP;
  readonly pending: Run[] = [];
  constructor(readonly keys: PyObject[], readonly values: unknown[] | null, readonly lt: (a: PyObject, b: PyObject) => boolean) {}

  sort(): void {
    const listlen = this.keys.length;
    let lo = 0;
    let nremaining = listlen;
    const minrun = computeMinrun(nremaining);
    do {
      // Identify next run.
      const [runLen, descending] = this.countRun(lo, lo + nremaining);
      let n = runLen;
      if (descending) this.reverseSlice(lo, lo + n);
      // If short, extend to min(minrun, nremaining).
      if (n < minrun) {
        const force = nremaining <= minrun ? nremaining : minrun;
        this.binarysort(lo, lo + force, lo + n);
        n = force;
      }
      this.foundNewRun(n, listlen);
      this.pending.push({ base: lo, len: n, power: 0 });
      lo += n;
      nremaining -= n;
    } while (nremaining);
    this.forceCollapse();
  }

  private reverseSlice(lo: number, hi: number): void {
    reverseRange(this.keys, lo, hi);
    if (this.values !== null) reverseRange(this.values, lo, hi);
  }

  /** cf. count_run: length of the run at lo and whether it is strictly descending. */
  private countRun(lo: number, hi: number): [number, boolean] {
    const k = this.keys;
    let p = lo + 1;
    if (p === hi) return [1, false];
    let n = 2;
    if (this.lt(k[p], k[p - 1])) {
      for (p = p + 1; p < hi; ++p, ++n) if (!this.lt(k[p], k[p - 1])) break;
      return [n, true];
    }
    for (p = p + 1; p < hi; ++p, ++n) if (this.lt(k[p], k[p - 1])) break;
    return [n, false];
  }

  /** cf. binarysort: [lo, start) is sorted; insert the rest of [lo, hi). */
  private binarysort(lo: number, hi: number, startIn: number): void {
    const k = this.keys;
    const v = this.values;
    let start = startIn === lo ? startIn + 1 : startIn;
    for (; start < hi; ++start) {
      let l = lo;
      let r = start;
      const pivot = k[r];
      do {
        const p = l + ((r - l) >> 1);
        if (this.lt(pivot, k[p])) r = p;
        else l = p + 1;
      } while (l < r);
      for (let p = start; p > l; --p) k[p] = k[p - 1];
      k[l] = pivot;
      if (v !== null) {
        const pv = v[start];
        for (let p = start; p > l; --p) v[p] = v[p - 1];
        v[l] = pv;
      }
    }
  }

  /** cf. found_new_run: merge the runs whose power exceeds the new boundary's. */
  private foundNewRun(n2: number, listlen: number): void {
    const p = this.pending;
    if (p.length === 0) return;
    const top = p[p.length - 1];
    const power = powerloop(top.base, top.len, n2, listlen);
    while (p.length > 1 && p[p.length - 2].power > power) this.mergeAt(p.length - 2);
    p[p.length - 1].power = power;
  }

  /** cf. merge_force_collapse */
  private forceCollapse(): void {
    const p = this.pending;
    while (p.length > 1) {
      let n = p.length - 2;
      if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
      this.mergeAt(n);
    }
  }

  /** cf. merge_at: merge runs i and i+1. */
  private mergeAt(i: number): void {
    const p = this.pending;
    let baseA = p[i].base;
    let na = p[i].len;
    const baseB = p[i + 1].base;
    let nb = p[i + 1].len;
    p[i].len = na + nb;
    p.splice(i + 1, 1);
    // Where does b start in a?
    const k = this.gallopRight(this.keys[baseB], this.keys, baseA, na, 0);
    baseA += k;
    na -= k;
    if (na === 0) return;
    // Where does a end in b?
    nb = this.gallopLeft(this.keys[baseA + na - 1], this.keys, baseB, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLo(baseA, na, baseB, nb);
    else this.mergeHi(baseA, na, baseB, nb);
  }

  /** cf. gallop_left: the first index in a[base, base+n) where key <= a[i]. */
  private gallopLeft(key: PyObject, a: PyObject[], base: number, n: number, hint: number): number {
    let lastofs = 0;
    let ofs = 1;
    const at = base + hint;
    if (this.lt(a[at], key)) {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (this.lt(a[at + ofs], key)) { lastofs = ofs; ofs = (ofs << 1) + 1; } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (this.lt(a[at - ofs], key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const t = lastofs;
      lastofs = hint - ofs;
      ofs = hint - t;
    }
    ++lastofs;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (this.lt(a[base + m], key)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  /** cf. gallop_right: the first index in a[base, base+n) where key < a[i]. */
  private gallopRight(key: PyObject, a: PyObject[], base: number, n: number, hint: number): number {
    let lastofs = 0;
    let ofs = 1;
    const at = base + hint;
    if (this.lt(key, a[at])) {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (this.lt(key, a[at - ofs])) { lastofs = ofs; ofs = (ofs << 1) + 1; } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      const t = lastofs;
      lastofs = hint - ofs;
      ofs = hint - t;
    } else {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (this.lt(key, a[at + ofs])) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    ++lastofs;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (this.lt(key, a[base + m])) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  /** Copy `n` entries (keys and values) from (src, s) to (dst, d). */
  private copy(dk: PyObject[], dv: unknown[] | null, d: number, sk: PyObject[], sv: unknown[] | null, s: number, n: number): void {
    if (dk === sk && d > s) {
      for (let i = n - 1; i >= 0; i--) { dk[d + i] = sk[s + i]; if (dv && sv) dv[d + i] = sv[s + i]; }
    } else {
      for (let i = 0; i < n; i++) { dk[d + i] = sk[s + i]; if (dv && sv) dv[d + i] = sv[s + i]; }
    }
  }

  /** cf. merge_lo: na <= nb; a is copied to a temp array and merged left to right. */
  private mergeLo(baseA: number, naIn: number, baseB: number, nbIn: number): void {
    const K = this.keys; const V = this.values;
    let na = naIn; let nb = nbIn;
    const tk = K.slice(baseA, baseA + na);
    const tv = V !== null ? V.slice(baseA, baseA + na) : null;
    let dest = baseA;
    let a = 0;
    let b = baseB;
    const moveB = (): void => { K[dest] = K[b]; if (V) V[dest] = V[b]; dest++; b++; };
    const moveA = (): void => { K[dest] = tk[a]; if (V) V[dest] = tv![a]; dest++; a++; };
    let ok = false;
    try {
      moveB();
      --nb;
      if (nb === 0) { ok = true; return; }
      if (na === 1) { this.copyBLo(dest, b, nb, tk, tv, a); na = 0; ok = true; return; }
      let minGallop = this.minGallop;
      for (;;) {
        let acount = 0; let bcount = 0;
        for (;;) {
          if (this.lt(K[b], tk[a])) {
            moveB(); ++bcount; acount = 0; --nb;
            if (nb === 0) { ok = true; return; }
            if (bcount >= minGallop) break;
          } else {
            moveA(); ++acount; bcount = 0; --na;
            if (na === 1) { this.copyBLo(dest, b, nb, tk, tv, a); na = 0; ok = true; return; }
            if (acount >= minGallop) break;
          }
        }
        ++minGallop;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(K[b], tk, a, na, 0);
          acount = k;
          if (k) {
            this.copy(K, V, dest, tk, tv, a, k);
            dest += k; a += k; na -= k;
            if (na === 1) { this.copyBLo(dest, b, nb, tk, tv, a); na = 0; ok = true; return; }
            if (na === 0) { ok = true; return; }
          }
          moveB(); --nb;
          if (nb === 0) { ok = true; return; }
          k = this.gallopLeft(tk[a], K, b, nb, 0);
          bcount = k;
          if (k) {
            this.copy(K, V, dest, K, V, b, k);
            dest += k; b += k; nb -= k;
            if (nb === 0) { ok = true; return; }
          }
          moveA(); --na;
          if (na === 1) { this.copyBLo(dest, b, nb, tk, tv, a); na = 0; ok = true; return; }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++minGallop;
        this.minGallop = minGallop;
      }
    } finally {
      // Succeed / Fail: what remains of a goes to dest.
      if (na) this.copy(K, V, dest, tk, tv, a, na);
      void ok;
    }
  }

  /** merge_lo's CopyB: the rest of b, then the last element of a. */
  private copyBLo(dest: number, b: number, nb: number, tk: PyObject[], tv: unknown[] | null, a: number): void {
    const K = this.keys; const V = this.values;
    this.copy(K, V, dest, K, V, b, nb);
    K[dest + nb] = tk[a];
    if (V && tv) V[dest + nb] = tv[a];
  }

  /** cf. merge_hi: na > nb; b is copied to a temp array and merged right to left. */
  private mergeHi(baseA: number, naIn: number, baseB: number, nbIn: number): void {
    const K = this.keys; const V = this.values;
    let na = naIn; let nb = nbIn;
    const tk = K.slice(baseB, baseB + nb);
    const tv = V !== null ? V.slice(baseB, baseB + nb) : null;
    let dest = baseB + nb - 1;
    let a = baseA + na - 1; // last of a (in K)
    let b = nb - 1; // last of b (in tk)
    const moveA = (): void => { K[dest] = K[a]; if (V) V[dest] = V[a]; dest--; a--; };
    const moveB = (): void => { K[dest] = tk[b]; if (V) V[dest] = tv![b]; dest--; b--; };
    const copyA = (): void => {
      // CopyA: the rest of a moves up, then the first element of b goes in front.
      this.copy(K, V, dest + 1 - na, K, V, a + 1 - na, na);
      dest -= na; a -= na;
      K[dest] = tk[b];
      if (V && tv) V[dest] = tv[b];
      nb = 0;
    };
    try {
      moveA();
      --na;
      if (na === 0) return;
      if (nb === 1) { copyA(); return; }
      let minGallop = this.minGallop;
      for (;;) {
        let acount = 0; let bcount = 0;
        for (;;) {
          if (this.lt(tk[b], K[a])) {
            moveA(); ++acount; bcount = 0; --na;
            if (na === 0) return;
            if (acount >= minGallop) break;
          } else {
            moveB(); ++bcount; acount = 0; --nb;
            if (nb === 1) { copyA(); return; }
            if (bcount >= minGallop) break;
          }
        }
        ++minGallop;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(tk[b], K, baseA, na, na - 1);
          k = na - k;
          acount = k;
          if (k) {
            dest -= k; a -= k;
            this.copy(K, V, dest + 1, K, V, a + 1, k);
            na -= k;
            if (na === 0) return;
          }
          moveB(); --nb;
          if (nb === 1) { copyA(); return; }
          k = this.gallopLeft(K[a], tk, 0, nb, nb - 1);
          k = nb - k;
          bcount = k;
          if (k) {
            dest -= k; b -= k;
            this.copy(K, V, dest + 1, tk, tv, b + 1, k);
            nb -= k;
            if (nb === 1) { copyA(); return; }
            if (nb === 0) return;
          }
          moveA(); --na;
          if (na === 0) return;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++minGallop;
        this.minGallop = minGallop;
      }
    } finally {
      // Succeed / Fail: what remains of b goes below dest.
      if (nb) this.copy(K, V, dest - (nb - 1), tk, tv, 0, nb);
    }
  }
}

/** cf. merge_compute_minrun */
function computeMinrun(nIn: number): number {
  let n = nIn;
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** cf. powerloop: the depth of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2). */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}

function reverseRange(arr: unknown[], lo: number, hi: number): void {
  for (let i = lo, j = hi - 1; i < j; i++, j--) {
    const t = arr[i];
    arr[i] = arr[j];
    arr[j] = t;
  }
}
