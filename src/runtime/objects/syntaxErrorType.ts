// SyntaxError objects: the members, __init__ and __str__, the exception raised for a
// PySyntaxError of the parser or compiler (compile(), exec(), eval()), and how an uncaught one
// is printed. cf. Objects/exceptions.c SyntaxError_init / SyntaxError_str / SyntaxError_members,
// Parser/pegen_errors.c _PyPegen_raise_error_known_location, Python/pythonrun.c
// parse_syntax_error / print_exception_file_and_line.

import type { PyObject } from './object';
import { PyRaise } from './object';
import { PyException, PyInt, PyStr, PyTuple } from './core';
import type { Runtime } from '../runtime';
import { defMethod } from './native';
import { defMember, setMember } from './exceptions';
import { PySyntaxError, cpythonColumns, syntaxErrorBlock } from '../parse/errors';

const MEMBERS = ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line'];

export function installSyntaxErrorType(rt: Runtime): void {
  const S = rt.t.SyntaxError;
  for (const m of MEMBERS) defMember(rt, S, m);
  const baseInit = rt.t.BaseException.dict.getStr('__init__')!;
  // cf. SyntaxError_init
  defMethod(S, '__init__', (self, args, kw) => {
    rt.decref(rt.call(baseInit, [self, ...args], kw));
    const e = self as PyException;
    if (args.length >= 1) setMember(rt, e, 'msg', args[0]);
    if (args.length === 2) {
      const items = rt.iterate(args[1]);
      try {
        if (items.length < 4 || items.length > 6) {
          rt.typeError(items.length < 4
            ? `function takes at least 4 arguments (${items.length} given)`
            : `function takes at most 6 arguments (${items.length} given)`);
        }
        const names = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
        for (let i = 0; i < 6; i++) setMember(rt, e, names[i], i < items.length ? items[i] : null);
        if (items.length === 5) rt.typeError('end_offset must be provided when end_lineno is provided');
      } finally {
        for (const x of items) rt.decref(x);
      }
    }
    return rt.none();
  });
  // cf. SyntaxError_str
  defMethod(S, '__str__', (self) => {
    const e = self as PyException;
    const msg = e.members?.get('msg') ?? rt.None;
    const fn = e.members?.get('filename') ?? null;
    const filename = fn !== null && fn.type.isSubtypeOf(rt.t.str) ? basename((fn as PyStr).v) : null;
    const ln = e.members?.get('lineno') ?? null;
    const lineno = ln !== null && ln.type === rt.t.int ? String((ln as PyInt).v) : null;
    if (filename === null && lineno === null) return rt.strObj(msg);
    const m = rt.str(msg);
    if (filename !== null && lineno !== null) return rt.newStr(`${m} (${filename}, line ${lineno})`);
    if (filename !== null) return rt.newStr(`${m} (${filename})`);
    return rt.newStr(`${m} (line ${lineno})`);
  });
}

/** cf. exceptions.c my_basename */
function basename(name: string): string {
  const i = name.lastIndexOf('/');
  return i < 0 ? name : name.slice(i + 1);
}

/**
 * The exception object for a parser/compiler error (a new reference): SyntaxError(msg,
 * (filename, lineno, offset, text, end_lineno, end_offset)) with CPython's columns, or
 * SyntaxError(msg) with the location set afterwards (PyErr_SyntaxLocationObject).
 */
export function syntaxErrorObject(rt: Runtime, err: PySyntaxError): PyObject {
  const type = err.kind === 'IndentationError' ? rt.t.IndentationError : err.kind === 'TabError' ? rt.t.TabError : rt.t.SyntaxError;
  const [offset, endOffset] = cpythonColumns(err);
  const msg = rt.newStr(err.msg);
  const vals: PyObject[] = [
    rt.newStr(err.filename), rt.newInt(err.lineno), rt.newInt(offset),
    err.text === null ? rt.none() : rt.newStr(err.text), rt.newInt(err.end_lineno), rt.newInt(endOffset),
  ];
  let exc: PyObject;
  try {
    if (err.argsShape === 'tuple') {
      const info = rt.newTuple(vals.map((v) => { v.refcnt++; return v; }));
      try { exc = rt.call(type, [msg, info]); } finally { rt.decref(info); }
    } else {
      exc = rt.call(type, [msg]);
      const names = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
      names.forEach((n, i) => setMember(rt, exc as PyException, n, vals[i]));
    }
  } finally {
    rt.decref(msg);
    for (const v of vals) rt.decref(v);
  }
  return exc;
}

/** PyErr_SetString(PyExc_SyntaxError, msg): SyntaxError(msg), no location. */
export function raiseSyntaxErrorMessage(rt: Runtime, msg: string): never {
  const m = rt.newStr(msg);
  let exc: PyObject;
  try { exc = rt.call(rt.t.SyntaxError, [m]); } finally { rt.decref(m); }
  throw new PyRaise(exc);
}

/** Raise the SyntaxError object for `err`. */
export function raiseSyntaxError(rt: Runtime, err: PySyntaxError): never {
  throw new PyRaise(syntaxErrorObject(rt, err));
}

/**
 * For an uncaught SyntaxError (anything with a print_file_and_line attribute): the
 * `  File "...", line N` block with the source line and carets, and the object whose str()
 * follows the type's name (the `msg`). Null when the attributes do not parse, as CPython then
 * prints the exception as any other. cf. pythonrun.c print_exception_file_and_line.
 */
export function syntaxErrorPrintParts(rt: Runtime, exc: PyObject): { block: string; message: PyObject } | null {
  const attr = (name: string): PyObject | null => {
    try {
      return rt.getAttrOrNull(exc, name);
    } catch (e) {
      if (e instanceof PyRaise) { rt.decref(e.exc); return null; }
      throw e;
    }
  };
  const pfl = attr('print_file_and_line');
  if (pfl === null) return null;
  rt.decref(pfl);
  const held: PyObject[] = [];
  const get = (name: string): PyObject | null => { const v = attr(name); if (v !== null) held.push(v); return v; };
  const num = (v: PyObject | null): number | null => (v instanceof PyInt ? Number(v.v) : null);
  try {
    const message = get('msg');
    const filenameObj = get('filename');
    const linenoObj = get('lineno');
    const offsetObj = get('offset');
    if (message === null || filenameObj === null || linenoObj === null || offsetObj === null) return null;
    const lineno = num(linenoObj);
    if (lineno === null) return null;
    let offset = -1;
    if (offsetObj !== rt.None) {
      const o = num(offsetObj);
      if (o === null) return null;
      offset = o;
    }
    let endLineno = lineno;
    let endOffset = -1;
    if (exc.type === rt.t.SyntaxError) {
      const el = get('end_lineno');
      if (el !== null && el !== rt.None) { const v = num(el); if (v === null) return null; endLineno = v; }
      const eo = get('end_offset');
      if (eo !== null && eo !== rt.None) { const v = num(eo); if (v === null) return null; endOffset = v; }
    }
    const textObj = get('text');
    if (textObj === null) return null;
    const filename = filenameObj === rt.None ? '<string>' : rt.str(filenameObj);
    const text = textObj === rt.None ? null : rt.str(textObj);
    message.refcnt++;
    return { block: syntaxErrorBlock(filename, lineno, offset, endLineno, endOffset, text), message };
  } finally {
    for (const v of held) rt.decref(v);
  }
}

export { PyTuple };
