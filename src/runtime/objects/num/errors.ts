// Typed errors of the pure numeric helpers (no Runtime needed). The type files
// turn them into Python exceptions of the same name with the message verbatim.

export type NumErrorType = 'ZeroDivisionError' | 'OverflowError' | 'ValueError' | 'TypeError' | 'MemoryError';

export class NumError extends Error {
  readonly pyType: NumErrorType;
  constructor(pyType: NumErrorType, message: string) {
    super(message);
    this.name = 'NumError';
    this.pyType = pyType;
  }
}

export function zeroDiv(message: string): NumError {
  return new NumError('ZeroDivisionError', message);
}

export function overflow(message: string): NumError {
  return new NumError('OverflowError', message);
}

export function valueErr(message: string): NumError {
  return new NumError('ValueError', message);
}

/** The message of OverflowError from errno ERANGE (PyErr_SetFromErrno): str((34, '...')). */
export const ERANGE_MESSAGE = "(34, 'Numerical result out of range')";
/** The message of ValueError from errno EDOM. */
export const EDOM_MESSAGE = "(33, 'Numerical argument out of domain')";
