// The builtin exception hierarchy as [name, parent], parents before children.
// cf. Objects/exceptions.c and Lib/test/exception_hierarchy.txt (3.11).
export const EXCEPTION_TREE: Array<[string, string]> = [
  ['BaseException', ''],
  ['SystemExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['BaseExceptionGroup', 'BaseException'],
  ['Exception', 'BaseException'],
  ['StopIteration', 'Exception'],
  ['StopAsyncIteration', 'Exception'],
  ['ArithmeticError', 'Exception'],
  ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['BlockingIOError', 'OSError'],
  ['ChildProcessError', 'OSError'],
  ['ConnectionError', 'OSError'],
  ['BrokenPipeError', 'ConnectionError'],
  ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'],
  ['FileExistsError', 'OSError'],
  ['FileNotFoundError', 'OSError'],
  ['InterruptedError', 'OSError'],
  ['IsADirectoryError', 'OSError'],
  ['NotADirectoryError', 'OSError'],
  ['PermissionError', 'OSError'],
  ['ProcessLookupError', 'OSError'],
  ['TimeoutError', 'OSError'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'],
  ['UnicodeEncodeError', 'UnicodeError'],
  ['UnicodeTranslateError', 'UnicodeError'],
  ['Warning', 'Exception'],
  ['DeprecationWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'],
  ['UserWarning', 'Warning'],
  ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'],
  ['UnicodeWarning', 'Warning'],
  ['BytesWarning', 'Warning'],
  ['ResourceWarning', 'Warning'],
  ['EncodingWarning', 'Warning'],
];

/** tp_basicsize of the exceptions with their own struct (others inherit their parent's; BaseException is 72:
 * dict, args, notes, traceback, context, cause, suppress_context). cf. Include/cpython/pyerrors.h */
export const EXCEPTION_BASICSIZE: Record<string, number> = {
  SystemExit: 80, // code
  StopIteration: 80, // value
  ImportError: 96, // msg, name, path
  BaseExceptionGroup: 88, // msg, excs
  AttributeError: 88, // name, obj
  NameError: 80, // name
  OSError: 112, // myerrno, strerror, filename, filename2, written
  SyntaxError: 136, // msg, filename, lineno, offset, end_lineno, end_offset, text, print_file_and_line
  UnicodeDecodeError: 112, // encoding, object, start, end, reason
  UnicodeEncodeError: 112,
  UnicodeTranslateError: 112,
};
