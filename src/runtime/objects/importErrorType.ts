// ImportError (and ModuleNotFoundError): the msg, name and path members, the keyword-only name=
// and path= of the constructor, and __str__. cf. Objects/exceptions.c ImportError_init,
// ImportError_str, ImportError_members.

import type { PyObject } from './object';
import { PyException } from './core';
import type { PyType } from './type';
import type { Runtime } from '../runtime';
import { defMethod } from './native';
import { defMember, setMember } from './exceptions';

export function installImportErrorType(rt: Runtime): void {
  const I = rt.t.ImportError;
  for (const m of ['msg', 'name', 'path']) defMember(rt, I, m);
  const baseInit = rt.t.BaseException.dict.getStr('__init__')!;
  defMethod(I, '__init__', (self, args, kw) => {
    rt.decref(rt.call(baseInit, [self, ...args]));
    let name: PyObject | null = null;
    let path: PyObject | null = null;
    for (const [k, v] of kw ?? []) {
      if (k === 'name') name = v;
      else if (k === 'path') path = v;
      else rt.typeError(`'${k}' is an invalid keyword argument for ImportError()`);
    }
    const e = self as PyException;
    setMember(rt, e, 'name', name);
    setMember(rt, e, 'path', path);
    setMember(rt, e, 'msg', args.length === 1 ? args[0] : null);
    return rt.none();
  });
  defMethod(I, '__str__', (self) => {
    const msg = (self as PyException).members?.get('msg') ?? null;
    if (msg !== null && msg.type === rt.t.str) { msg.refcnt++; return msg; }
    return rt.call(rt.t.BaseException.dict.getStr('__str__')!, [self]);
  });
}

/** ModuleNotFoundError(msg, name=name), as the import system raises it. */
export function moduleNotFound(rt: Runtime, msg: string, name: string): PyObject {
  return importErrorWithName(rt, rt.t.ModuleNotFoundError, msg, name);
}

/** `type(msg, name=name)`: cf. Python/errors.c PyErr_SetImportError (path left None). */
export function importErrorWithName(rt: Runtime, type: PyType, msg: string, name: string): PyObject {
  const m = rt.newStr(msg);
  const n = rt.newStr(name);
  try {
    return rt.call(type, [m], [['name', n]]);
  } finally {
    rt.decref(m);
    rt.decref(n);
  }
}
