// random.Random of CPython 3.11 (Lib/random.py over Modules/_randommodule.c),
// as a class that consumes the Mersenne Twister exactly as CPython does.
//
// Conventions: a `bigint` is a Python int, a `number` is a Python float,
// except for lengths, indices and bit counts, which are plain numbers.
// Sequence methods work on lengths and return indices (the runtime indexes
// the real sequence, so __getitem__ calls and their errors stay its own).
// Errors CPython raises here come out as PyRandomError (pyType + exact text).

import { RANDRANGE_FUTURE_TYPE_ERROR, RANDRANGE_NON_INTEGER_DEPRECATION, PyRandomError, RandomLoopLimitError } from './errors';
import * as dist from './distributions';
import { MersenneTwister } from './mt19937';
import { type Libm, type PyNum, PyFloatMath, bisectRight, bitLength, bitLengthNumber, floorDiv, pyAdd, pyDiv, toFloat } from './pymath';
import { type SeedArg, seedKey } from './seed';

export interface PyRandomOptions {
  /**
   * What `seed(None)` (and `Random()` with no argument) seeds from. CPython
   * reads 624 words from os.urandom; the simulator must stay deterministic, so
   * it calls this instead. It may return any non-`none` SeedArg, e.g.
   * `{ kind: 'key', words }` for 624 words of the runtime's own entropy, or a
   * counter-based int so that successive `Random()` differ. Default:
   * `DEFAULT_NONE_SEED` (the int 0, so `seed()` behaves like `seed(0)`).
   */
  readonly noneSeed?: () => SeedArg;
  /** warnings.warn(message, category) as Lib/random.py issues it; throw to make it an error. */
  readonly warn?: (category: 'DeprecationWarning', message: string) => void;
  /** Bound on rejection-loop iterations before RandomLoopLimitError (CPython has none). Default 1e6. */
  readonly loopLimit?: number;
  /**
   * log/exp/cos/sin/acos/pow for the distributions. Default JS_LIBM (Math.*),
   * which differs from glibc's in the last bit on a few percent of arguments;
   * pass the runtime's glibc-faithful libm, if it has one, for exact floats.
   */
  readonly libm?: Libm;
}

/** The fallback for `seed(None)` when no `noneSeed` option is given. */
export const DEFAULT_NONE_SEED: SeedArg = { kind: 'int', value: 0n };

/** getstate(): (VERSION, (624 words..., index), gauss_next). */
export type PyRandomState = readonly [version: 3, internal: readonly number[], gaussNext: number | null];

/** What setstate() accepts: the words and the index are Python ints (number or bigint). */
export type PyRandomStateInput = readonly [
  version: PyNum,
  internal: readonly (number | bigint)[],
  gaussNext: number | null,
];

export interface ChoicesOptions {
  readonly weights?: readonly PyNum[] | null;
  readonly cumWeights?: readonly PyNum[] | null;
  /** Number of picks (default 1); a negative k gives no picks, as itertools.repeat does. */
  readonly k?: number;
}

const NONE: SeedArg = { kind: 'none' };
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const SSIZE_MAX = (1n << 63n) - 1n;

function pyFloatStr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return x.toFixed(1);
  return String(x).replace(/e([+-])(\d)$/, 'e$10$2');
}

export class PyRandom {
  /** The core generator (the C part, _random.Random). */
  readonly mt = new MersenneTwister();
  /** Random.gauss_next: the second normal deviate gauss() keeps for its next call. */
  gaussNext: number | null = null;
  readonly VERSION = 3;
  private readonly options: PyRandomOptions;
  private readonly loopLimit: number;
  private readonly m: PyFloatMath;
  private readonly env: dist.DistEnv;

  /** cf. Lib/random.py Random.__init__: self.seed(x); self.gauss_next = None */
  constructor(x: SeedArg = NONE, options: PyRandomOptions = {}) {
    this.options = options;
    this.loopLimit = options.loopLimit ?? 1_000_000;
    this.m = new PyFloatMath(options.libm);
    const mt = this.mt;
    this.env = { random: () => mt.random(), m: this.m, limit: this.loopLimit };
    this.seed(x);
    this.gaussNext = null;
  }

  // ---- core: seeding and state ----

  /** cf. Lib/random.py Random.seed and Modules/_randommodule.c random_seed. */
  seed(a: SeedArg = NONE, version = 2): void {
    if (a.kind === 'none') {
      const fallback = (this.options.noneSeed ?? (() => DEFAULT_NONE_SEED))();
      if (fallback.kind === 'none') throw new Error('PyRandomOptions.noneSeed must not return a none seed');
      this.mt.initByArray(seedKey(fallback, 2));
    } else {
      this.mt.initByArray(seedKey(a, version));
    }
    this.gaussNext = null;
  }

  /** cf. Lib/random.py Random.getstate */
  getstate(): PyRandomState {
    return [3, this.mt.getstate(), this.gaussNext];
  }

  /** cf. Lib/random.py Random.setstate (versions 3 and 2). */
  setstate(state: PyRandomStateInput): void {
    const [version, internal, gaussNext] = state;
    const v = typeof version === 'bigint' ? Number(version) : version;
    if (v === 3) {
      this.gaussNext = gaussNext; // assigned before super().setstate() can fail
      this.mt.setstate(internal);
    } else if (v === 2) {
      this.gaussNext = gaussNext;
      // version 2 saved signed ints: x % (2 ** 32)
      this.mt.setstate(internal.map((x) => BigInt.asUintN(32, BigInt(x))));
    } else {
      const shown = typeof version === 'bigint' ? String(version) : pyFloatStr(version);
      throw new PyRandomError('ValueError', `state with version ${shown} passed to Random.setstate() of version 3`);
    }
  }

  // ---- core: bits and floats ----

  /** random() -> x in [0, 1). */
  random(): number {
    return this.mt.random();
  }

  /** getrandbits(k) -> int with k random bits. */
  getrandbits(k: number | bigint): bigint {
    return this.mt.getrandbits(k);
  }

  /** cf. Lib/random.py Random.randbytes: getrandbits(n * 8).to_bytes(n, 'little') */
  randbytes(n: number | bigint): Uint8Array {
    return this.mt.randbytes(n);
  }

  /** _randbelow(n) for a Python int n > 0. cf. Lib/random.py Random._randbelow_with_getrandbits */
  randbelow(n: bigint): bigint {
    if (n >= 0n && n <= MAX_SAFE) return BigInt(this.randbelowIndex(Number(n)));
    const k = bitLength(n); // don't use (n-1) here because n can be 1
    for (let i = 0; i < this.loopLimit; i++) {
      const r = this.mt.getrandbits(k); // 0 <= r < 2**k
      if (r < n) return r;
    }
    throw new RandomLoopLimitError('_randbelow', this.loopLimit);
  }

  /** _randbelow(n) for a safe-integer n > 0, on JS numbers; the same draws as randbelow. */
  randbelowIndex(n: number): number {
    const k = bitLengthNumber(Math.abs(n));
    for (let i = 0; i < this.loopLimit; i++) {
      const r = this.mt.getrandbitsNumber(k);
      if (r < n) return r;
    }
    throw new RandomLoopLimitError('_randbelow', this.loopLimit);
  }

  // ---- integer methods ----

  /** cf. Lib/random.py Random.randrange: _index(x), or int(x) with the 3.10+ deprecation path for floats. */
  private toIndex(x: PyNum, which: 'arg 1' | 'stop' | 'step'): bigint {
    if (typeof x === 'bigint') return x;
    if (Number.isNaN(x)) throw new PyRandomError('ValueError', 'cannot convert float NaN to integer');
    if (!Number.isFinite(x)) throw new PyRandomError('OverflowError', 'cannot convert float infinity to integer');
    const truncated = Math.trunc(x);
    if (truncated !== x) {
      this.options.warn?.('DeprecationWarning', RANDRANGE_FUTURE_TYPE_ERROR);
      throw new PyRandomError('ValueError', `non-integer ${which} for randrange()`);
    }
    this.options.warn?.('DeprecationWarning', RANDRANGE_NON_INTEGER_DEPRECATION);
    return BigInt(truncated);
  }

  /**
   * randrange(start, stop=None, step=1). `stop` null/undefined is None;
   * `step` undefined or the int 1 is the default `_ONE` (a float 1.0 is not).
   * cf. Lib/random.py Random.randrange (3.11).
   */
  randrange(start: PyNum, stop?: PyNum | null, step?: PyNum): bigint {
    const istart = this.toIndex(start, 'arg 1');
    if (stop === undefined || stop === null) {
      // "step is not _ONE"
      if (step !== undefined && step !== 1n) throw new PyRandomError('TypeError', 'Missing a non-None stop argument');
      if (istart > 0n) return this.randbelow(istart);
      throw new PyRandomError('ValueError', 'empty range for randrange()');
    }
    const istop = this.toIndex(stop, 'stop');
    const width = istop - istart;
    const istep = step === undefined ? 1n : this.toIndex(step, 'step');
    if (istep === 1n) {
      if (width > 0n) return istart + this.randbelow(width);
      throw new PyRandomError('ValueError', `empty range for randrange() (${istart}, ${istop}, ${width})`);
    }
    let n: bigint;
    if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
    else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
    else throw new PyRandomError('ValueError', 'zero step for randrange()');
    if (n <= 0n) throw new PyRandomError('ValueError', 'empty range for randrange()');
    return istart + istep * this.randbelow(n);
  }

  /** randint(a, b) = randrange(a, b+1). */
  randint(a: PyNum, b: PyNum): bigint {
    return this.randrange(a, typeof b === 'bigint' ? b + 1n : b + 1);
  }

  // ---- sequence methods (on lengths and indices) ----

  /** choice(seq): the index to take from a sequence of this length. */
  choice(length: number): number {
    if (!length) throw new PyRandomError('IndexError', 'Cannot choose from an empty sequence');
    return this.randbelowIndex(length);
  }

  /**
   * The swaps shuffle(x) performs on a sequence of length n, in order:
   * [i, j] means x[i], x[j] = x[j], x[i]. cf. Lib/random.py Random.shuffle
   */
  shuffleSwaps(n: number): Array<[number, number]> {
    const swaps: Array<[number, number]> = [];
    for (let i = n - 1; i >= 1; i--) swaps.push([i, this.randbelowIndex(i + 1)]);
    return swaps;
  }

  /** shuffle(x) in place on a JS array. */
  shuffle<T>(x: T[]): void {
    for (let i = x.length - 1; i >= 1; i--) {
      const j = this.randbelowIndex(i + 1);
      const t = x[i] as T;
      x[i] = x[j] as T;
      x[j] = t;
    }
  }

  /**
   * sample(population, k, counts=counts): the population indices chosen, in
   * selection order. cf. Lib/random.py Random.sample (3.11)
   */
  sample(populationLength: number, k: number, counts?: readonly PyNum[] | null): number[] {
    const n = populationLength;
    if (counts !== undefined && counts !== null) {
      const cumCounts: PyNum[] = [];
      let acc: PyNum | undefined;
      for (const c of counts) cumCounts.push((acc = acc === undefined ? c : pyAdd(acc, c)));
      if (cumCounts.length !== n) throw new PyRandomError('ValueError', 'The number of counts does not match the population');
      const total = cumCounts.pop();
      if (total === undefined) throw new PyRandomError('IndexError', 'pop from empty list');
      if (typeof total !== 'bigint') throw new PyRandomError('TypeError', 'Counts must be integers');
      if (total <= 0n) throw new PyRandomError('ValueError', 'Total of counts must be greater than zero');
      if (total > SSIZE_MAX) throw new PyRandomError('OverflowError', 'Python int too large to convert to C ssize_t');
      const selections: PyNum[] = total <= MAX_SAFE ? this.sampleRange(Number(total), k) : this.sampleHugeRange(total, k);
      return selections.map((s) => bisectRight(cumCounts, s));
    }
    return this.sampleRange(n, k);
  }

  /** sample(range(n), k) for a safe-integer n. */
  private sampleRange(n: number, k: number): number[] {
    if (!(0 <= k && k <= n)) throw new PyRandomError('ValueError', 'Sample larger than population or is negative');
    const result = new Array<number>(k);
    let setsize = 21; // size of a small set minus size of an empty list
    if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4)); // table size for big sets; math.log(x, 4)
    if (n <= setsize) {
      // An n-length list is smaller than a k-length set.
      const pool = Array.from({ length: n }, (_, i) => i);
      for (let i = 0; i < k; i++) {
        const j = this.randbelowIndex(n - i);
        result[i] = pool[j] as number;
        pool[j] = pool[n - i - 1] as number; // move non-selected item into vacancy
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelowIndex(n);
        while (selected.has(j)) j = this.randbelowIndex(n);
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  /** sample(range(n), k) for n past 2**53 (only reachable through counts): always the set-based branch. */
  private sampleHugeRange(n: bigint, k: number): bigint[] {
    if (!(0 <= k && BigInt(k) <= n)) throw new PyRandomError('ValueError', 'Sample larger than population or is negative');
    const result: bigint[] = [];
    const selected = new Set<bigint>();
    for (let i = 0; i < k; i++) {
      let j = this.randbelow(n);
      while (selected.has(j)) j = this.randbelow(n);
      selected.add(j);
      result.push(j);
    }
    return result;
  }

  /**
   * choices(population, weights=None, *, cum_weights=None, k=1): the
   * population indices picked, with replacement. cf. Lib/random.py Random.choices (3.11)
   *
   * With no weights and n == 0, CPython draws one random() and then fails
   * indexing the population: this returns [0] after that draw, so the
   * runtime's own indexing raises the right IndexError.
   */
  choices(n: number, options: ChoicesOptions = {}): number[] {
    const k = options.k ?? 1;
    let cumWeights = options.cumWeights ?? null;
    const weights = options.weights ?? null;
    const out: number[] = [];
    if (cumWeights === null) {
      if (weights === null) {
        const nf = n + 0.0; // convert to float for a small speed improvement
        for (let i = 0; i < k; i++) {
          out.push(Math.floor(this.random() * nf));
          if (n === 0) break; // population[0] raises
        }
        return out;
      }
      const acc: PyNum[] = [];
      let sum: PyNum | undefined;
      for (const w of weights) acc.push((sum = sum === undefined ? w : pyAdd(sum, w)));
      cumWeights = acc;
    } else if (weights !== null) {
      throw new PyRandomError('TypeError', 'Cannot specify both weights and cumulative weights');
    }
    if (cumWeights.length !== n) throw new PyRandomError('ValueError', 'The number of weights does not match the population');
    const last = cumWeights[cumWeights.length - 1];
    if (last === undefined) throw new PyRandomError('IndexError', 'list index out of range');
    const total = toFloat(last) + 0.0; // convert to float
    if (total <= 0.0) throw new PyRandomError('ValueError', 'Total of weights must be greater than zero');
    if (!Number.isFinite(total)) throw new PyRandomError('ValueError', 'Total of weights must be finite');
    const hi = n - 1;
    for (let i = 0; i < k; i++) out.push(bisectRight(cumWeights, this.random() * total, 0, hi));
    return out;
  }

  // ---- real-valued distributions ----

  uniform(a: number, b: number): number {
    return dist.uniform(this.env, a, b);
  }

  triangular(low = 0.0, high = 1.0, mode: number | null = null): number {
    return dist.triangular(this.env, low, high, mode);
  }

  normalvariate(mu = 0.0, sigma = 1.0): number {
    return dist.normalvariate(this.env, mu, sigma);
  }

  /** cf. Lib/random.py Random.gauss (Box-Muller keeping gauss_next). */
  gauss(mu = 0.0, sigma = 1.0): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * dist.TWOPI;
      const g2rad = this.m.sqrt(-2.0 * this.m.log(1.0 - this.random()));
      z = this.m.cos(x2pi) * g2rad;
      this.gaussNext = this.m.sin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  lognormvariate(mu: number, sigma: number): number {
    return dist.lognormvariate(this.env, mu, sigma);
  }

  expovariate(lambd: number): number {
    return dist.expovariate(this.env, lambd);
  }

  vonmisesvariate(mu: number, kappa: number): number {
    return dist.vonmisesvariate(this.env, mu, kappa);
  }

  gammavariate(alpha: number, beta: number): number {
    if (alpha <= 0.0 || beta <= 0.0) throw new PyRandomError('ValueError', 'gammavariate: alpha and beta must be > 0.0');
    return dist.gammavariate(this.env, alpha, beta);
  }

  /** cf. Lib/random.py Random.betavariate */
  betavariate(alpha: number, beta: number): number {
    const y = this.gammavariate(alpha, 1.0);
    if (y) return pyDiv(y, y + this.gammavariate(beta, 1.0));
    return 0.0;
  }

  paretovariate(alpha: number): number {
    return dist.paretovariate(this.env, alpha);
  }

  weibullvariate(alpha: number, beta: number): number {
    return dist.weibullvariate(this.env, alpha, beta);
  }
}
