// Errors raised by the random module simulation.
//
// `PyRandomError` carries the Python exception type name and the exact
// CPython 3.11 message; the runtime turns it into a real exception object.
// `RandomLoopLimitError` is *not* a Python exception: it reports that CPython
// itself would loop forever (e.g. `gammavariate(nan, 1.0)`), which the
// simulator refuses to do inside a single step.

export type PyRandomErrorType =
  | 'ValueError'
  | 'TypeError'
  | 'IndexError'
  | 'OverflowError'
  | 'ZeroDivisionError'
  | 'UnicodeEncodeError';

export class PyRandomError extends Error {
  readonly pyType: PyRandomErrorType;
  constructor(pyType: PyRandomErrorType, message: string) {
    super(message);
    this.name = 'PyRandomError';
    this.pyType = pyType;
  }
}

export class RandomLoopLimitError extends Error {
  constructor(what: string, limit: number) {
    super(`${what}: no result after ${limit} rejection-loop iterations; CPython would loop forever here`);
    this.name = 'RandomLoopLimitError';
  }
}

/** cf. Lib/random.py Random.seed: message for unsupported seed types (the runtime raises it). */
export const SEED_TYPE_ERROR_MESSAGE =
  'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.';

/** cf. Lib/random.py Random.sample: message for non-sequence populations (the runtime raises it). */
export const SAMPLE_POPULATION_TYPE_ERROR_MESSAGE =
  'Population must be a sequence.  For dicts or sets, use sorted(d).';

/** cf. Lib/random.py Random.randrange: emitted (category DeprecationWarning) for integral floats. */
export const RANDRANGE_NON_INTEGER_DEPRECATION =
  'non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version';

/** cf. Lib/random.py Random.randrange: emitted (DeprecationWarning) just before the ValueError for non-integral floats. */
export const RANDRANGE_FUTURE_TYPE_ERROR = 'randrange() will raise TypeError in the future';
