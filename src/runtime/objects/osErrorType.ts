// OSError: errno, strerror, filename, filename2 and characters_written; OSError(errno, ...) made
// as the subclass its errno names (FileNotFoundError for ENOENT, ...); __str__.
// cf. Objects/exceptions.c OSError_new, oserror_parse_args, oserror_init, OSError_str,
// OSError_members, errnomap (Linux errno values).

import type { PyObject } from './object';
import { PyException, PyInt } from './core';
import type { PyType } from './type';
import type { Runtime } from '../runtime';
import { defGetSet, defMethod } from './native';
import { defMember, setMember } from './exceptions';

/** errno -> OSError subclass (Linux values). cf. _PyExc_InitState ADD_ERRNO */
const ERRNO_MAP: Array<[string, number[]]> = [
  ['BlockingIOError', [11, 114, 115]], // EAGAIN (= EWOULDBLOCK), EALREADY, EINPROGRESS
  ['BrokenPipeError', [32, 108]], // EPIPE, ESHUTDOWN
  ['ChildProcessError', [10]], // ECHILD
  ['ConnectionAbortedError', [103]], // ECONNABORTED
  ['ConnectionRefusedError', [111]], // ECONNREFUSED
  ['ConnectionResetError', [104]], // ECONNRESET
  ['FileExistsError', [17]], // EEXIST
  ['FileNotFoundError', [2]], // ENOENT
  ['IsADirectoryError', [21]], // EISDIR
  ['NotADirectoryError', [20]], // ENOTDIR
  ['InterruptedError', [4]], // EINTR
  ['PermissionError', [13, 1]], // EACCES, EPERM
  ['ProcessLookupError', [3]], // ESRCH
  ['TimeoutError', [110]], // ETIMEDOUT
];

export function installOSErrorType(rt: Runtime): void {
  const O = rt.t.OSError;
  const byErrno = new Map<number, PyType>();
  for (const [name, codes] of ERRNO_MAP) for (const c of codes) byErrno.set(c, rt.t[name]);
  const baseNew = rt.t.BaseException.newFn!;
  // cf. oserror_use_init: a subclass with its own __init__ (and OSError's __new__) is set up by
  // OSError.__init__; otherwise __new__ does the work.
  const useInit = (t: PyType): boolean => t.lookup('__init__') !== osInit;
  O.newFn = (type, args, kw) => {
    let t = type;
    if (!useInit(type)) {
      if (kw !== null && kw.length > 0) rt.typeError(`${type.name}() takes no keyword arguments`);
      if (type === O && args.length >= 2 && args.length <= 5 && args[0] instanceof PyInt) {
        t = byErrno.get(Number(args[0].v)) ?? type;
      }
    }
    const e = baseNew(t, args, null) as PyException;
    if (!useInit(type)) initOSError(rt, e, args);
    return e;
  };
  defMethod(O, '__init__', (self, args, kw) => {
    if (!useInit(self.type)) return rt.none();
    if (kw !== null && kw.length > 0) rt.typeError(`${self.type.name}() takes no keyword arguments`);
    const e = self as PyException;
    for (const a of args) a.refcnt++;
    const old = e.args;
    e.args = rt.newTuple(args.slice());
    rt.decref(old);
    initOSError(rt, e, args);
    return rt.none();
  });
  const osInit = O.dict.getStr('__init__')!;
  for (const m of ['errno', 'strerror', 'filename', 'filename2']) defMember(rt, O, m);
  defGetSet(O, 'characters_written', (self) => {
    const w = (self as PyException).members?.get('characters_written') ?? null;
    if (w === null) rt.raise(rt.t.AttributeError, 'characters_written');
    w.refcnt++;
    return w;
  }, (self, v) => {
    const e = self as PyException;
    if (v === null) {
      if (e.members?.get('characters_written') === undefined) rt.raise(rt.t.AttributeError, 'characters_written');
      setMember(rt, e, 'characters_written', null);
      return;
    }
    const n = rt.newInt(rt.indexValue(v));
    setMember(rt, e, 'characters_written', n);
    rt.decref(n);
  });
  defMethod(O, '__str__', (self) => {
    const m = (self as PyException).members;
    const get = (k: string): PyObject | null => m?.get(k) ?? null;
    const orNone = (k: string): string => rt.str(get(k) ?? rt.None);
    const filename = get('filename');
    if (filename !== null) {
      const filename2 = get('filename2');
      if (filename2 !== null) return rt.newStr(`[Errno ${orNone('errno')}] ${orNone('strerror')}: ${rt.repr(filename)} -> ${rt.repr(filename2)}`);
      return rt.newStr(`[Errno ${orNone('errno')}] ${orNone('strerror')}: ${rt.repr(filename)}`);
    }
    if (get('errno') !== null && get('strerror') !== null) return rt.newStr(`[Errno ${orNone('errno')}] ${orNone('strerror')}`);
    return rt.call(rt.t.BaseException.dict.getStr('__str__')!, [self]);
  });
}

/** oserror_parse_args + oserror_init: 2 to 5 arguments are (errno, strerror[, filename[, winerror
 *  [, filename2]]]); with a filename, args keeps only the first two. */
function initOSError(rt: Runtime, e: PyException, args: PyObject[]): void {
  if (args.length < 2 || args.length > 5) return;
  const [myerrno, strerror, filename, , filename2] = args;
  if (filename !== undefined && filename !== rt.None) {
    if (e.type === rt.t.BlockingIOError && filename.type.lookup('__index__') !== null) {
      const n = rt.newInt(rt.indexValue(filename));
      setMember(rt, e, 'characters_written', n);
      rt.decref(n);
    } else {
      setMember(rt, e, 'filename', filename);
      if (filename2 !== undefined && filename2 !== rt.None) setMember(rt, e, 'filename2', filename2);
      const old = e.args;
      for (const a of args.slice(0, 2)) a.refcnt++;
      e.args = rt.newTuple(args.slice(0, 2));
      rt.decref(old);
    }
  }
  setMember(rt, e, 'errno', myerrno);
  setMember(rt, e, 'strerror', strerror);
}
