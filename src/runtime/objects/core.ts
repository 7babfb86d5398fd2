// The concrete object layouts of the builtin types (one JS class per C struct).
// Their behaviour lives in one file per type family; this file only declares the shapes.

import { PyObject } from './object';
import type { PyType } from './type';
import type { PyDict } from './dict';
import type { CodeObject } from '../compile/code';

/** cf. Include/cpython/longintrepr.h. `v` is a JS number when it is a safe integer, else a bigint. */
export class PyInt extends PyObject {
  constructor(type: PyType, public v: number | bigint) { super(type); }
}

export class PyFloat extends PyObject {
  constructor(type: PyType, public v: number) { super(type); }
}

export class PyComplex extends PyObject {
  constructor(type: PyType, public real: number, public imag: number) { super(type); }
}

/** cf. Include/cpython/unicodeobject.h. `v` holds the text as a JS string (astral chars as surrogate pairs). */
export class PyStr extends PyObject {
  /** Cached hash, -1 when not computed. */
  hash = -1;
  /** Length in code points, -1 when not computed. */
  cpLen = -1;
  interned = false;
  /** The cached UTF-8 copy made by PyUnicode_AsUTF8AndSize (non-ASCII strs only): its block and
   * length, 0 when none. */
  utf8Addr = 0;
  utf8Len = 0;
  constructor(type: PyType, public v: string) { super(type); }
}

export class PyBytes extends PyObject {
  hash = -1;
  constructor(type: PyType, public v: Uint8Array) { super(type); }
}

export class PyByteArray extends PyObject {
  /** Allocated buffer size (ob_alloc), and the buffer's block. */
  alloc = 0;
  bufAddr = 0;
  exports = 0;
  constructor(type: PyType, public v: Uint8Array, public length: number) { super(type); }
}

export class PyTuple extends PyObject {
  hash = -1;
  constructor(type: PyType, public items: PyObject[]) { super(type); }
}

export class PyList extends PyObject {
  /** allocated (capacity), as CPython's list_resize keeps it. */
  allocated = 0;
  /** Address of the separately allocated item array (0 when none). */
  itemsAddr = 0;
  constructor(type: PyType, public items: PyObject[]) { super(type); }
}

export class PySet extends PyObject {
  /** The slot table (setentry array): null = empty, 'dummy' = deleted. */
  table: Array<PyObject | null | 'dummy'> = [null, null, null, null, null, null, null, null];
  thashes: bigint[] = [0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n];
  used = 0;
  /** set table geometry (mask + 1), fill; 8 = the inline smalltable. */
  tableSize = 8;
  fill = 0;
  tableAddr = 0;
  hash = -1;
  constructor(type: PyType) { super(type); }
}

export class PyRange extends PyObject {
  constructor(type: PyType, public start: bigint, public stop: bigint, public step: bigint, public length: bigint) { super(type); }
}

export class PySlice extends PyObject {
  constructor(type: PyType, public start: PyObject, public stop: PyObject, public step: PyObject) { super(type); }
}

/** Instances of classes defined in Python. cf. Objects/typeobject.c object layout with managed dict. */
export class PyInstance extends PyObject {
  /** Attribute storage: the values array (as a dict structure) or a materialised dict. */
  dict: PyDict | null = null;
  /** The __dict__ has been handed out (a real dict object exists). */
  dictMaterialized = false;
  /** __slots__ values (null = unset). */
  slots: Array<PyObject | null> | null = null;
  constructor(type: PyType) { super(type); }
}

export class PyCell extends PyObject {
  constructor(type: PyType, public ref: PyObject | null) { super(type); }
}

export class PyCodeObj extends PyObject {
  /** The items of constsTuple (borrowed). */
  readonly consts: PyObject[];
  /**
   * The interned strings of co_names and co_localsplusnames, each an owned reference: a code
   * object keeps its identifiers alive (a global's key in the module dict is the same string).
   */
  names: PyStr[] = [];
  constructor(type: PyType, public code: CodeObject, public constsTuple: PyTuple) { super(type); this.consts = constsTuple.items; }
}

export class PyFunction extends PyObject {
  defaults: PyTuple | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyTuple | null = null;
  dict: PyDict | null = null;
  annotations: PyObject | null = null;
  doc: PyObject | null = null;
  name: string;
  qualname: string;
  module: PyObject | null = null;
  constructor(type: PyType, public codeObj: PyCodeObj, public globals: PyDict, public builtins: PyDict) {
    super(type);
    this.name = codeObj.code.name;
    this.qualname = codeObj.code.qualname;
  }
}

/** A bound method: cf. Objects/classobject.c PyMethodObject. */
export class PyMethod extends PyObject {
  constructor(type: PyType, public func: PyObject, public self: PyObject) { super(type); }
}

export type NativeFunction = (args: PyObject[], kw: Array<[string, PyObject]> | null) => PyObject;
export type NativeMethod = (self: PyObject, args: PyObject[], kw: Array<[string, PyObject]> | null) => PyObject;

/** builtin_function_or_method: a native function, possibly bound to `self` (cf. PyCFunctionObject). */
export class PyBuiltin extends PyObject {
  constructor(type: PyType, public name: string, public fn: NativeFunction, public self: PyObject | null, public qualname: string, public module: string | null) { super(type); }
}

/** method_descriptor / wrapper_descriptor: a native method in a type's dict. */
export class PyMethodDescr extends PyObject {
  /**
   * A wrapper of a sequence slot (sq_concat, sq_repeat, sq_inplace_concat,
   * sq_inplace_repeat) rather than a number slot: BINARY_OP reaches it only
   * after both operands' number slots declined (cf. Objects/abstract.c
   * PyNumber_Add, PyNumber_Multiply). Set by markSequenceSlots.
   */
  seqSlot = false;
  constructor(type: PyType, public name: string, public objclass: PyType, public fn: NativeMethod, public isSlot: boolean) { super(type); }
}

/** getset_descriptor / member_descriptor: native attribute with getter and optional setter. */
export class PyGetSetDescr extends PyObject {
  constructor(
    type: PyType,
    public name: string,
    public objclass: PyType,
    public get: (self: PyObject) => PyObject,
    public set: ((self: PyObject, v: PyObject | null) => void) | null,
  ) { super(type); }
}

/** A __slots__ member: cf. Objects/descrobject.c PyMemberDescrObject. */
export class PySlotDescr extends PyObject {
  constructor(type: PyType, public name: string, public objclass: PyType, public index: number) { super(type); }
}

export class PyProperty extends PyObject {
  /** prop_name: fget.__name__, then the name __set_name__ gives (3.11's error messages use it). */
  name: PyObject | null = null;
  constructor(type: PyType, public fget: PyObject | null, public fset: PyObject | null, public fdel: PyObject | null, public doc: PyObject | null) { super(type); }
}

/** classmethod / staticmethod wrappers */
export class PyWrapper extends PyObject {
  dict: PyDict | null = null;
  /** A classmethod_descriptor of a builtin type (dict.fromkeys): binds to a builtin method of the class. */
  nativeClassMethod = false;
  constructor(type: PyType, public callable: PyObject) { super(type); }
}

export class PySuper extends PyObject {
  constructor(type: PyType, public thisType: PyType, public obj: PyObject | null, public objType: PyType | null) { super(type); }
}

/** Exceptions: cf. Include/cpython/pyerrors.h PyBaseExceptionObject. */
export class PyException extends PyObject {
  args: PyTuple;
  traceback: PyObject | null = null;
  context: PyObject | null = null;
  cause: PyObject | null = null;
  suppressContext = false;
  dict: PyDict | null = null;
  /** AttributeError.name/.obj and NameError.name, for "Did you mean" suggestions (cf. Python/suggestions.c). */
  sugName: string | null = null;
  sugObj: PyObject | null = null;
  /** The object members of the exceptions with their own struct (SyntaxError's msg, filename, ...;
   *  OSError's errno, ...): absent means NULL. cf. Objects/exceptions.c *_members */
  members: Map<string, PyObject> | null = null;
  constructor(type: PyType, args: PyTuple) { super(type); this.args = args; }
}

/** cf. Include/cpython/traceback.h PyTracebackObject */
export class PyTraceback extends PyObject {
  constructor(type: PyType, public next: PyTraceback | null, public frame: PyObject, public lasti: number, public lineno: number) { super(type); }
}

/** Generic iterator object for native iteration (list_iterator, dict_keyiterator, map, zip, ...). */
export class PyIter extends PyObject {
  /** What __length_hint__ answers, for the iterator types that have one (listiter_len, rangeiter_len...). */
  lengthHint: (() => number) | null = null;
  constructor(type: PyType, public next: () => PyObject | null, public refs: PyObject[], public sizeofBytes: number) { super(type); }
}

export class PyModule extends PyObject {
  constructor(type: PyType, public name: string, public dict: PyDict) { super(type); }
}

/** Weak reference (also proxies). cf. Include/cpython/weakrefobject.h */
export class PyWeakRef extends PyObject {
  constructor(type: PyType, public referent: PyObject | null, public callback: PyObject | null) { super(type); }
}
