// CPython 3.11's random module core: MT19937 (Modules/_randommodule.c) and
// the algorithms of Lib/random.py, bit-compatible with python3.11.

export { MersenneTwister, MT_N, intToKey, bigEndianBytesToKey } from './mt19937';
export {
  PyRandom,
  DEFAULT_NONE_SEED,
  type PyRandomOptions,
  type PyRandomState,
  type PyRandomStateInput,
  type ChoicesOptions,
} from './pyrandom';
export { type SeedArg, seedKey, encodeUtf8 } from './seed';
export { sha512 } from './sha512';
export {
  PyRandomError,
  RandomLoopLimitError,
  type PyRandomErrorType,
  SEED_TYPE_ERROR_MESSAGE,
  SAMPLE_POPULATION_TYPE_ERROR_MESSAGE,
  RANDRANGE_NON_INTEGER_DEPRECATION,
  RANDRANGE_FUTURE_TYPE_ERROR,
} from './errors';
export { NV_MAGICCONST, LOG4, SG_MAGICCONST, TWOPI } from './distributions';
export { type PyNum, type Libm, JS_LIBM, PyFloatMath } from './pymath';
export { type DistEnv } from './distributions';
