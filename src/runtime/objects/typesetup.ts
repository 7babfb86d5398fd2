// Creates a Runtime's builtin types and static singletons (cf. Objects/object.c
// _PyTypes_InitTypes and the static objects of Objects/*.c). Behaviour of each
// family is installed by its own file.

import { PyObject } from './object';
import { PyType } from './type';
import { PyDict } from './dict';
import { PyInt, PyStr, PyTuple, PyBytes } from './core';
import type { Runtime } from '../runtime';
import { STATIC_REFCNT } from '../runtime';
import { EXCEPTION_TREE, EXCEPTION_BASICSIZE } from './exceptionTree';

export interface BuiltinTypes {
  type: PyType; object: PyType; int: PyType; bool: PyType; float: PyType; complex: PyType;
  str: PyType; bytes: PyType; bytearray: PyType; tuple: PyType; list: PyType; dict: PyType;
  set: PyType; frozenset: PyType; range: PyType; slice: PyType; NoneType: PyType;
  NotImplementedType: PyType; ellipsis: PyType; function: PyType; builtin_function_or_method: PyType;
  method: PyType; method_descriptor: PyType; wrapper_descriptor: PyType; method_wrapper: PyType;
  getset_descriptor: PyType; member_descriptor: PyType; property: PyType; classmethod: PyType;
  staticmethod: PyType; super: PyType; cell: PyType; code: PyType; module: PyType; traceback: PyType;
  frame: PyType; generator: PyType; mappingproxy: PyType; iterator: PyType; weakref: PyType;
  weakproxy: PyType; weakcallableproxy: PyType; dict_keys: PyType; dict_values: PyType; dict_items: PyType;
  BaseException: PyType; Exception: PyType; TypeError: PyType; ValueError: PyType; NameError: PyType;
  UnboundLocalError: PyType; AttributeError: PyType; KeyError: PyType; IndexError: PyType;
  ZeroDivisionError: PyType; OverflowError: PyType; RecursionError: PyType; MemoryError: PyType;
  StopIteration: PyType; RuntimeError: PyType; NotImplementedError: PyType; AssertionError: PyType;
  SyntaxError: PyType; IndentationError: PyType; ImportError: PyType; ModuleNotFoundError: PyType;
  LookupError: PyType; ArithmeticError: PyType; SystemExit: PyType; KeyboardInterrupt: PyType;
  GeneratorExit: PyType; UnicodeDecodeError: PyType; UnicodeEncodeError: PyType; ReferenceError: PyType;
  EOFError: PyType; FloatingPointError: PyType; TabError: PyType; StopAsyncIteration: PyType;
  UnicodeError: PyType; OSError: PyType; BufferError: PyType;
  [name: string]: PyType;
}

export interface TypeSpec {
  base?: PyType | null;
  layout?: string;
  gc?: boolean;
  basicsize?: number;
  itemsize?: number;
  baseType?: boolean;
  module?: string;
}

/** A static (builtin) type: lives in the data segment, never freed. */
export function makeStaticType(rt: Runtime, name: string, spec: TypeSpec): PyType {
  const t = new PyType(rt, rt.t?.type ?? null, name, spec.layout ?? name);
  t.isStatic = true;
  t.gc = spec.gc ?? false;
  t.basicsize = spec.basicsize ?? 16;
  t.itemsize = spec.itemsize ?? 0;
  t.baseType = spec.baseType ?? true;
  t.module = spec.module ?? 'builtins';
  t.refcnt = STATIC_REFCNT;
  t.addr = rt.staticAddress(904);
  const base = spec.base === undefined ? rt.t?.object ?? null : spec.base;
  t.base = base;
  t.bases = base ? [base] : [];
  t.mro = base ? [t, ...base.mro] : [t];
  if (base) {
    t.layout = spec.layout ?? base.layout;
    if (spec.gc === undefined) t.gc = base.gc;
    base.subclasses.push(t);
  }
  t.dict = newStaticDict(rt);
  return t;
}

export function newStaticDict(rt: Runtime): PyDict {
  const d = new PyDict(rt.t?.dict ?? (null as unknown as PyType));
  d.addr = rt.staticAddress(64) + 16;
  d.refcnt = 1;
  return d;
}

export function createBuiltinTypes(rt: Runtime): BuiltinTypes {
  const t = {} as BuiltinTypes;
  rt.t = t;
  // type and object first, then patch the metatype links.
  t.object = makeStaticType(rt, 'object', { base: null, layout: 'object', basicsize: 16 });
  t.type = makeStaticType(rt, 'type', { base: t.object, layout: 'type', gc: true, basicsize: 904, itemsize: 40 });
  t.object.type = t.type;
  t.type.type = t.type;
  t.dict = makeStaticType(rt, 'dict', { layout: 'dict', gc: true, basicsize: 48 });
  t.object.dict.type = t.dict;
  t.type.dict.type = t.dict;
  t.dict.dict.type = t.dict;

  const mk = (name: string, spec: TypeSpec = {}) => { t[name] = makeStaticType(rt, name, spec); return t[name]; };
  mk('int', { layout: 'int', basicsize: 24, itemsize: 4 });
  mk('bool', { base: t.int, baseType: false });
  mk('float', { layout: 'float', basicsize: 24 });
  mk('complex', { layout: 'complex', basicsize: 32 });
  mk('str', { layout: 'str', basicsize: 64 });
  mk('bytes', { layout: 'bytes', basicsize: 33, itemsize: 1 });
  mk('bytearray', { layout: 'bytearray', basicsize: 56 });
  mk('tuple', { layout: 'tuple', gc: true, basicsize: 24, itemsize: 8 });
  mk('list', { layout: 'list', gc: true, basicsize: 40 });
  mk('set', { layout: 'set', gc: true, basicsize: 200 });
  mk('frozenset', { layout: 'set', gc: true, basicsize: 200 });
  mk('range', { layout: 'range', basicsize: 48, baseType: false });
  mk('slice', { layout: 'slice', basicsize: 40, baseType: false, gc: true });
  mk('NoneType', { layout: 'none', baseType: false });
  mk('NotImplementedType', { layout: 'none', baseType: false });
  mk('ellipsis', { layout: 'none', baseType: false });
  mk('function', { layout: 'function', gc: true, basicsize: 136, baseType: false });
  mk('builtin_function_or_method', { layout: 'builtin', gc: true, basicsize: 56, baseType: false });
  mk('method', { layout: 'method', gc: true, basicsize: 48, baseType: false });
  mk('method_descriptor', { layout: 'methoddescr', gc: true, basicsize: 56, baseType: false });
  mk('wrapper_descriptor', { layout: 'methoddescr', gc: true, basicsize: 56, baseType: false });
  mk('method-wrapper', { layout: 'builtin', gc: true, basicsize: 32, baseType: false }); // wrapperobject: descr, self
  t.method_wrapper = t['method-wrapper'];
  mk('getset_descriptor', { layout: 'getset', gc: true, basicsize: 48, baseType: false }); // PyDescr_COMMON + d_getset
  mk('member_descriptor', { layout: 'slotdescr', gc: true, basicsize: 48, baseType: false }); // PyDescr_COMMON + d_member
  mk('property', { layout: 'property', gc: true, basicsize: 64 }); // get, set, del, doc, name, getter_doc
  mk('classmethod', { layout: 'wrapper', gc: true, basicsize: 32 }); // cm_callable, cm_dict
  mk('staticmethod', { layout: 'wrapper', gc: true, basicsize: 32 }); // sm_callable, sm_dict
  mk('super', { layout: 'super', gc: true, basicsize: 40 });
  mk('cell', { layout: 'cell', gc: true, basicsize: 24, baseType: false });
  mk('code', { layout: 'code', basicsize: 176, baseType: false });
  mk('module', { layout: 'module', gc: true, basicsize: 56 });
  mk('traceback', { layout: 'traceback', gc: true, basicsize: 48, baseType: false });
  // offsetof(PyFrameObject, _f_frame_data) + offsetof(_PyInterpreterFrame, localsplus); slots added per code.
  mk('frame', { layout: 'frame', gc: true, basicsize: 120, itemsize: 8, baseType: false });
  mk('generator', { layout: 'generator', gc: true, basicsize: 152, baseType: false });
  mk('mappingproxy', { layout: 'mappingproxy', gc: true, basicsize: 24, baseType: false });
  mk('iterator', { layout: 'iter', gc: true, basicsize: 32, baseType: false });
  mk('weakref', { layout: 'weakref', gc: true, basicsize: 64, module: 'builtins' });
  t.weakref.name = 'ReferenceType';
  t.weakref.qualname = 'ReferenceType';
  t.weakref.module = 'weakref';
  mk('weakproxy', { layout: 'weakref', gc: true, basicsize: 64, baseType: false });
  t.weakproxy.name = t.weakproxy.qualname = 'ProxyType';
  mk('weakcallableproxy', { layout: 'weakref', gc: true, basicsize: 64, baseType: false });
  t.weakcallableproxy.name = t.weakcallableproxy.qualname = 'CallableProxyType';
  mk('dict_keys', { layout: 'dictview', gc: true, basicsize: 24, baseType: false });
  mk('dict_values', { layout: 'dictview', gc: true, basicsize: 24, baseType: false });
  mk('dict_items', { layout: 'dictview', gc: true, basicsize: 24, baseType: false });

  // The builtin types whose instances take weak references (tp_weaklistoffset != 0).
  for (const w of [t.type, t.function, t.builtin_function_or_method, t.method, t.set, t.frozenset, t.generator, t.code, t.module]) w.weakrefable = true;

  // The exception hierarchy, cf. Objects/exceptions.c.
  const excBase = mk('BaseException', { layout: 'exception', gc: true, basicsize: 72 });
  for (const [name, parent] of EXCEPTION_TREE) {
    if (name === 'BaseException') continue;
    mk(name, { base: t[parent], layout: 'exception', gc: true, basicsize: EXCEPTION_BASICSIZE[name] ?? t[parent].basicsize });
  }

  // Static singletons.
  const staticObj = <T extends PyObject>(o: T, size: number, refcnt = STATIC_REFCNT): T => {
    o.addr = rt.staticAddress(size);
    o.refcnt = refcnt;
    return o;
  };
  rt.None = staticObj(new PyObject(t.NoneType), 16, 4123);
  rt.NotImplemented = staticObj(new PyObject(t.NotImplementedType), 16, 512);
  rt.Ellipsis = staticObj(new PyObject(t.ellipsis), 16, 256);
  rt.False = staticObj(new PyInt(t.bool, 0), 32, 389);
  rt.True = staticObj(new PyInt(t.bool, 1), 32, 401);
  for (let v = -5; v <= 256; v++) rt.smallInts.push(staticObj(new PyInt(t.int, v), 32));
  rt.emptyTuple = staticObj(new PyTuple(t.tuple, []), 48);
  rt.emptyStr = staticObj(new PyStr(t.str, ''), 56);
  rt.emptyStr.interned = true;
  for (let c = 0; c < 256; c++) {
    const s = staticObj(new PyStr(t.str, String.fromCharCode(c)), c < 128 ? 56 : 80);
    s.interned = true;
    rt.latin1.push(s);
  }
  rt.emptyBytes = staticObj(new PyBytes(t.bytes, new Uint8Array(0)), 48);
  for (let b = 0; b < 256; b++) rt.bytes1.push(staticObj(new PyBytes(t.bytes, Uint8Array.of(b)), 48));
  return t;
}
