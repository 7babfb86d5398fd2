// Code objects as the compiler produces them: plain data, no runtime objects.
// cf. Include/cpython/code.h PyCodeObject (3.11). The runtime turns `consts` into
// simulated objects when it loads the code.

/** A constant in co_consts. Ints are bigint; tuples and frozensets nest; code objects for nested scopes. */
export type Const =
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'complex'; real: number; imag: number }
  | { kind: 'str'; value: string }
  | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'bool'; value: boolean }
  | { kind: 'None' }
  | { kind: 'Ellipsis' }
  | { kind: 'tuple'; items: Const[] }
  /** `rebuilt`: made by constant merging from another frozenset's iteration order (the items are still
   * listed in source order; the runtime replays both builds, which decides the table order). */
  | { kind: 'frozenset'; items: Const[]; rebuilt?: boolean }
  | { kind: 'code'; code: CodeObject };

/** co_flags, cf. Include/cpython/code.h */
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040;
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;

/** Kinds of a localsplus slot, cf. Include/internal/pycore_code.h CO_FAST_LOCAL/CELL/FREE. */
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

/** One entry of co_exceptiontable: instructions [start, end) jump to `target` with the stack cut to `depth`; `lasti` pushes the raising instruction's offset first. */
export interface ExceptionTableEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

export interface CodeObject {
  /** co_name */
  name: string;
  /** co_qualname */
  qualname: string;
  filename: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  /** Names of all localsplus slots: fast locals (incl. arguments), then cells that are not arguments, then free variables. */
  localsplusNames: string[];
  /** CO_FAST_* kind bits for each localsplus slot (an argument captured by an inner scope is LOCAL|CELL). */
  localsplusKinds: number[];
  /** co_names: globals, attributes and names used by *_NAME / *_GLOBAL / *_ATTR / LOAD_METHOD / IMPORT_*. */
  names: string[];
  consts: Const[];
  /** co_consts as one tuple constant, merged in the unit's constant cache: equal co_consts of two code
   *  objects are one tuple (cf. Python/compile.c makecode, merge_const_one). Its items are `consts`. */
  constsTuple: Extract<Const, { kind: 'tuple' }>;
  /** Instructions: opcode at [2*i], argument at [2*i+1]. Jump arguments are absolute instruction indices. */
  code: Int32Array;
  /** Source positions per instruction: lineno, end_lineno, col_offset, end_col_offset at [4*i..4*i+3]; -1 when none. Columns are 0-based character offsets. */
  positions: Int32Array;
  exceptionTable: ExceptionTableEntry[];
  stacksize: number;
  /** The docstring, when the body starts with one (also consts[0] as in CPython). */
  hasDocstring: boolean;
}

/** co_varnames: the localsplus names that are plain locals (arguments first). */
export function varnames(code: CodeObject): string[] {
  return code.localsplusNames.filter((_, i) => code.localsplusKinds[i] & CO_FAST_LOCAL);
}

/** co_cellvars */
export function cellvars(code: CodeObject): string[] {
  return code.localsplusNames.filter((_, i) => code.localsplusKinds[i] & CO_FAST_CELL);
}

/** co_freevars */
export function freevars(code: CodeObject): string[] {
  return code.localsplusNames.filter((_, i) => code.localsplusKinds[i] & CO_FAST_FREE);
}
