// Typed errors raised by the formatting engines. The runtime maps `pyType`
// to the Python exception class of the same name and uses `message` verbatim.
// cf. Python/formatter_unicode.c, Objects/unicodeobject.c, Objects/longobject.c

export type FormatErrorType = 'ValueError' | 'TypeError' | 'OverflowError' | 'MemoryError';

export class FormatError extends Error {
  readonly pyType: FormatErrorType;

  constructor(pyType: FormatErrorType, message: string) {
    super(message);
    this.name = 'FormatError';
    this.pyType = pyType;
  }
}

/** Longest string the formatters will build; CPython would raise MemoryError
 *  long before this on most machines, V8 refuses strings past ~2**29 units. */
export const MAX_RESULT_LENGTH = 1 << 28;

export function checkResultLength(n: number): void {
  if (n > MAX_RESULT_LENGTH) throw new FormatError('MemoryError', '');
}

/** '%.200s' in CPython's PyErr_Format calls. */
export function clip200(s: string): string {
  return Array.from(s).slice(0, 200).join('');
}
