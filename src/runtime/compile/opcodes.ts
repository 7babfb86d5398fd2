// The one opcode table: names and numbers of CPython 3.11 (cf. Lib/opcode.py 3.11),
// what the argument means (for the disassembler), and the stack effect (for the
// compiler's stack depth; cf. Python/compile.c stack_effect). The eval loop switches
// on the same numbers.
//
// Differences from CPython's encoding, on purpose: no CACHE entries and no
// EXTENDED_ARG (arguments are 32-bit), and jump arguments are absolute
// instruction indices (the disassembler shows them as byte offsets, index * 2).

export type ArgKind =
  | 'none' // no argument
  | 'int' // a plain number
  | 'const' // index into co_consts
  | 'name' // index into co_names
  | 'global' // (namei << 1) | push_null
  | 'local' // index into localsplus
  | 'jump' // absolute instruction index
  | 'compare' // cmp_op index
  | 'binop' // NB_* index
  | 'is' // 0 is, 1 is not
  | 'contains' // 0 in, 1 not in
  | 'format' // FORMAT_VALUE flags
  | 'kwnames'; // const index of a tuple of names

export const enum Op {
  CACHE = 0,
  POP_TOP = 1,
  PUSH_NULL = 2,
  NOP = 9,
  UNARY_POSITIVE = 10,
  UNARY_NEGATIVE = 11,
  UNARY_NOT = 12,
  UNARY_INVERT = 15,
  BINARY_SUBSCR = 25,
  GET_LEN = 30,
  MATCH_MAPPING = 31,
  MATCH_SEQUENCE = 32,
  MATCH_KEYS = 33,
  PUSH_EXC_INFO = 35,
  CHECK_EXC_MATCH = 36,
  CHECK_EG_MATCH = 37,
  WITH_EXCEPT_START = 49,
  BEFORE_WITH = 53,
  STORE_SUBSCR = 60,
  DELETE_SUBSCR = 61,
  GET_ITER = 68,
  GET_YIELD_FROM_ITER = 69,
  PRINT_EXPR = 70,
  LOAD_BUILD_CLASS = 71,
  LOAD_ASSERTION_ERROR = 74,
  RETURN_GENERATOR = 75,
  LIST_TO_TUPLE = 82,
  RETURN_VALUE = 83,
  IMPORT_STAR = 84,
  SETUP_ANNOTATIONS = 85,
  YIELD_VALUE = 86,
  PREP_RERAISE_STAR = 88,
  POP_EXCEPT = 89,
  STORE_NAME = 90,
  DELETE_NAME = 91,
  UNPACK_SEQUENCE = 92,
  FOR_ITER = 93,
  UNPACK_EX = 94,
  STORE_ATTR = 95,
  DELETE_ATTR = 96,
  STORE_GLOBAL = 97,
  DELETE_GLOBAL = 98,
  SWAP = 99,
  LOAD_CONST = 100,
  LOAD_NAME = 101,
  BUILD_TUPLE = 102,
  BUILD_LIST = 103,
  BUILD_SET = 104,
  BUILD_MAP = 105,
  LOAD_ATTR = 106,
  COMPARE_OP = 107,
  IMPORT_NAME = 108,
  IMPORT_FROM = 109,
  JUMP_FORWARD = 110,
  JUMP_IF_FALSE_OR_POP = 111,
  JUMP_IF_TRUE_OR_POP = 112,
  POP_JUMP_FORWARD_IF_FALSE = 114,
  POP_JUMP_FORWARD_IF_TRUE = 115,
  LOAD_GLOBAL = 116,
  IS_OP = 117,
  CONTAINS_OP = 118,
  RERAISE = 119,
  COPY = 120,
  BINARY_OP = 122,
  SEND = 123,
  LOAD_FAST = 124,
  STORE_FAST = 125,
  DELETE_FAST = 126,
  POP_JUMP_FORWARD_IF_NOT_NONE = 128,
  POP_JUMP_FORWARD_IF_NONE = 129,
  RAISE_VARARGS = 130,
  MAKE_FUNCTION = 132,
  BUILD_SLICE = 133,
  JUMP_BACKWARD_NO_INTERRUPT = 134,
  MAKE_CELL = 135,
  LOAD_CLOSURE = 136,
  LOAD_DEREF = 137,
  STORE_DEREF = 138,
  DELETE_DEREF = 139,
  JUMP_BACKWARD = 140,
  CALL_FUNCTION_EX = 142,
  LIST_APPEND = 145,
  SET_ADD = 146,
  MAP_ADD = 147,
  LOAD_CLASSDEREF = 148,
  COPY_FREE_VARS = 149,
  RESUME = 151,
  MATCH_CLASS = 152,
  FORMAT_VALUE = 155,
  BUILD_CONST_KEY_MAP = 156,
  BUILD_STRING = 157,
  LOAD_METHOD = 160,
  LIST_EXTEND = 162,
  SET_UPDATE = 163,
  DICT_MERGE = 164,
  DICT_UPDATE = 165,
  PRECALL = 166,
  CALL = 171,
  KW_NAMES = 172,
  POP_JUMP_BACKWARD_IF_NOT_NONE = 173,
  POP_JUMP_BACKWARD_IF_NONE = 174,
  POP_JUMP_BACKWARD_IF_FALSE = 175,
  POP_JUMP_BACKWARD_IF_TRUE = 176,
}

export interface OpInfo {
  name: string;
  arg: ArgKind;
  doc: string;
}

const table = new Map<number, OpInfo>();
function def(op: Op, name: string, arg: ArgKind, doc: string): void {
  table.set(op, { name, arg, doc });
}

def(Op.CACHE, 'CACHE', 'none', 'unused');
def(Op.POP_TOP, 'POP_TOP', 'none', 'pop and decref TOS');
def(Op.PUSH_NULL, 'PUSH_NULL', 'none', 'push NULL (the callable slot marker for CALL)');
def(Op.NOP, 'NOP', 'none', 'do nothing');
def(Op.UNARY_POSITIVE, 'UNARY_POSITIVE', 'none', 'TOS = +TOS');
def(Op.UNARY_NEGATIVE, 'UNARY_NEGATIVE', 'none', 'TOS = -TOS');
def(Op.UNARY_NOT, 'UNARY_NOT', 'none', 'TOS = not TOS');
def(Op.UNARY_INVERT, 'UNARY_INVERT', 'none', 'TOS = ~TOS');
def(Op.BINARY_SUBSCR, 'BINARY_SUBSCR', 'none', 'TOS = TOS1[TOS]');
def(Op.GET_LEN, 'GET_LEN', 'none', 'push len(TOS)');
def(Op.MATCH_MAPPING, 'MATCH_MAPPING', 'none', 'push whether TOS is a mapping');
def(Op.MATCH_SEQUENCE, 'MATCH_SEQUENCE', 'none', 'push whether TOS is a sequence');
def(Op.MATCH_KEYS, 'MATCH_KEYS', 'none', 'TOS keys tuple, TOS1 subject: push tuple of values or None');
def(Op.PUSH_EXC_INFO, 'PUSH_EXC_INFO', 'none', 'push the current exc_info under TOS and make TOS the handled exception');
def(Op.CHECK_EXC_MATCH, 'CHECK_EXC_MATCH', 'none', 'TOS = isinstance(TOS1, TOS) for except clauses');
def(Op.CHECK_EG_MATCH, 'CHECK_EG_MATCH', 'none', 'except* matching (not supported)');
def(Op.WITH_EXCEPT_START, 'WITH_EXCEPT_START', 'none', 'call __exit__(type, val, tb) with the exception at TOS');
def(Op.BEFORE_WITH, 'BEFORE_WITH', 'none', 'replace the context manager by its bound __exit__ and push __enter__()');
def(Op.STORE_SUBSCR, 'STORE_SUBSCR', 'none', 'TOS1[TOS] = TOS2');
def(Op.DELETE_SUBSCR, 'DELETE_SUBSCR', 'none', 'del TOS1[TOS]');
def(Op.GET_ITER, 'GET_ITER', 'none', 'TOS = iter(TOS)');
def(Op.GET_YIELD_FROM_ITER, 'GET_YIELD_FROM_ITER', 'none', 'TOS = iter(TOS) unless it is a generator');
def(Op.PRINT_EXPR, 'PRINT_EXPR', 'none', 'interactive display of TOS');
def(Op.LOAD_BUILD_CLASS, 'LOAD_BUILD_CLASS', 'none', 'push builtins.__build_class__');
def(Op.LOAD_ASSERTION_ERROR, 'LOAD_ASSERTION_ERROR', 'none', 'push AssertionError');
def(Op.RETURN_GENERATOR, 'RETURN_GENERATOR', 'none', 'create a generator from the current frame and return it');
def(Op.LIST_TO_TUPLE, 'LIST_TO_TUPLE', 'none', 'TOS = tuple(TOS)');
def(Op.RETURN_VALUE, 'RETURN_VALUE', 'none', 'return TOS to the caller');
def(Op.IMPORT_STAR, 'IMPORT_STAR', 'none', 'from TOS import *');
def(Op.SETUP_ANNOTATIONS, 'SETUP_ANNOTATIONS', 'none', 'create __annotations__ in locals');
def(Op.YIELD_VALUE, 'YIELD_VALUE', 'none', 'yield TOS from a generator');
def(Op.PREP_RERAISE_STAR, 'PREP_RERAISE_STAR', 'none', 'except* support (not supported)');
def(Op.POP_EXCEPT, 'POP_EXCEPT', 'none', 'pop the saved exc_info and restore it');
def(Op.STORE_NAME, 'STORE_NAME', 'name', 'locals[name] = TOS');
def(Op.DELETE_NAME, 'DELETE_NAME', 'name', 'del locals[name]');
def(Op.UNPACK_SEQUENCE, 'UNPACK_SEQUENCE', 'int', 'unpack TOS into n values, first one on top');
def(Op.FOR_ITER, 'FOR_ITER', 'jump', 'push next(TOS), or pop TOS and jump when exhausted');
def(Op.UNPACK_EX, 'UNPACK_EX', 'int', 'unpack with a starred target: low byte before, high byte after');
def(Op.STORE_ATTR, 'STORE_ATTR', 'name', 'TOS.name = TOS1');
def(Op.DELETE_ATTR, 'DELETE_ATTR', 'name', 'del TOS.name');
def(Op.STORE_GLOBAL, 'STORE_GLOBAL', 'name', 'globals[name] = TOS');
def(Op.DELETE_GLOBAL, 'DELETE_GLOBAL', 'name', 'del globals[name]');
def(Op.SWAP, 'SWAP', 'int', 'swap TOS and the item at position n');
def(Op.LOAD_CONST, 'LOAD_CONST', 'const', 'push co_consts[i]');
def(Op.LOAD_NAME, 'LOAD_NAME', 'name', 'push locals/globals/builtins[name]');
def(Op.BUILD_TUPLE, 'BUILD_TUPLE', 'int', 'build a tuple of n items');
def(Op.BUILD_LIST, 'BUILD_LIST', 'int', 'build a list of n items');
def(Op.BUILD_SET, 'BUILD_SET', 'int', 'build a set of n items');
def(Op.BUILD_MAP, 'BUILD_MAP', 'int', 'build a dict of n key/value pairs');
def(Op.LOAD_ATTR, 'LOAD_ATTR', 'name', 'TOS = TOS.name');
def(Op.COMPARE_OP, 'COMPARE_OP', 'compare', 'TOS = TOS1 <op> TOS');
def(Op.IMPORT_NAME, 'IMPORT_NAME', 'name', 'import a module (TOS fromlist, TOS1 level)');
def(Op.IMPORT_FROM, 'IMPORT_FROM', 'name', 'push TOS.name for from-imports');
def(Op.JUMP_FORWARD, 'JUMP_FORWARD', 'jump', 'jump forward');
def(Op.JUMP_IF_FALSE_OR_POP, 'JUMP_IF_FALSE_OR_POP', 'jump', 'jump keeping TOS if false, else pop');
def(Op.JUMP_IF_TRUE_OR_POP, 'JUMP_IF_TRUE_OR_POP', 'jump', 'jump keeping TOS if true, else pop');
def(Op.POP_JUMP_FORWARD_IF_FALSE, 'POP_JUMP_FORWARD_IF_FALSE', 'jump', 'pop TOS, jump if false');
def(Op.POP_JUMP_FORWARD_IF_TRUE, 'POP_JUMP_FORWARD_IF_TRUE', 'jump', 'pop TOS, jump if true');
def(Op.LOAD_GLOBAL, 'LOAD_GLOBAL', 'global', 'push globals/builtins[name], NULL first if the low bit is set');
def(Op.IS_OP, 'IS_OP', 'is', 'TOS = TOS1 is (not) TOS');
def(Op.CONTAINS_OP, 'CONTAINS_OP', 'contains', 'TOS = TOS1 (not) in TOS');
def(Op.RERAISE, 'RERAISE', 'int', 're-raise TOS (restoring lasti if the arg is set)');
def(Op.COPY, 'COPY', 'int', 'push a new reference to the n-th item');
def(Op.BINARY_OP, 'BINARY_OP', 'binop', 'TOS = TOS1 <op> TOS');
def(Op.SEND, 'SEND', 'jump', 'send TOS into the sub-iterator TOS1 (yield from)');
def(Op.LOAD_FAST, 'LOAD_FAST', 'local', 'push a fast local');
def(Op.STORE_FAST, 'STORE_FAST', 'local', 'store TOS into a fast local');
def(Op.DELETE_FAST, 'DELETE_FAST', 'local', 'delete a fast local');
def(Op.POP_JUMP_FORWARD_IF_NOT_NONE, 'POP_JUMP_FORWARD_IF_NOT_NONE', 'jump', 'pop TOS, jump if not None');
def(Op.POP_JUMP_FORWARD_IF_NONE, 'POP_JUMP_FORWARD_IF_NONE', 'jump', 'pop TOS, jump if None');
def(Op.RAISE_VARARGS, 'RAISE_VARARGS', 'int', 'raise (0: re-raise, 1: TOS, 2: TOS1 from TOS)');
def(Op.MAKE_FUNCTION, 'MAKE_FUNCTION', 'int', 'make a function from the code at TOS (flags: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure)');
def(Op.BUILD_SLICE, 'BUILD_SLICE', 'int', 'build a slice of 2 or 3 items');
def(Op.JUMP_BACKWARD_NO_INTERRUPT, 'JUMP_BACKWARD_NO_INTERRUPT', 'jump', 'jump backward without checking for interrupts');
def(Op.MAKE_CELL, 'MAKE_CELL', 'local', 'wrap the slot in a new cell');
def(Op.LOAD_CLOSURE, 'LOAD_CLOSURE', 'local', 'push the cell in a slot');
def(Op.LOAD_DEREF, 'LOAD_DEREF', 'local', 'push the contents of a cell');
def(Op.STORE_DEREF, 'STORE_DEREF', 'local', 'store TOS into a cell');
def(Op.DELETE_DEREF, 'DELETE_DEREF', 'local', 'empty a cell');
def(Op.JUMP_BACKWARD, 'JUMP_BACKWARD', 'jump', 'jump backward (a loop)');
def(Op.CALL_FUNCTION_EX, 'CALL_FUNCTION_EX', 'int', 'call with an argument tuple (and a kwargs dict if the arg is 1)');
def(Op.LIST_APPEND, 'LIST_APPEND', 'int', 'append TOS to the list at position n');
def(Op.SET_ADD, 'SET_ADD', 'int', 'add TOS to the set at position n');
def(Op.MAP_ADD, 'MAP_ADD', 'int', 'add TOS1: TOS to the dict at position n');
def(Op.LOAD_CLASSDEREF, 'LOAD_CLASSDEREF', 'local', 'class body: locals dict first, then the cell');
def(Op.COPY_FREE_VARS, 'COPY_FREE_VARS', 'int', "copy the closure's cells into the frame");
def(Op.RESUME, 'RESUME', 'int', 'start or resume a frame');
def(Op.MATCH_CLASS, 'MATCH_CLASS', 'int', 'class pattern: push a tuple of attributes or None');
def(Op.FORMAT_VALUE, 'FORMAT_VALUE', 'format', 'format TOS for an f-string');
def(Op.BUILD_CONST_KEY_MAP, 'BUILD_CONST_KEY_MAP', 'int', 'build a dict from n values and a tuple of keys');
def(Op.BUILD_STRING, 'BUILD_STRING', 'int', 'concatenate n strings');
def(Op.LOAD_METHOD, 'LOAD_METHOD', 'name', 'push method and self, or NULL and the attribute');
def(Op.LIST_EXTEND, 'LIST_EXTEND', 'int', 'extend the list at position n with TOS');
def(Op.SET_UPDATE, 'SET_UPDATE', 'int', 'update the set at position n with TOS');
def(Op.DICT_MERGE, 'DICT_MERGE', 'int', 'merge TOS into the dict at position n, rejecting duplicate keys (calls)');
def(Op.DICT_UPDATE, 'DICT_UPDATE', 'int', 'update the dict at position n with TOS');
def(Op.PRECALL, 'PRECALL', 'int', 'prepare a call of n arguments');
def(Op.CALL, 'CALL', 'int', 'call with n arguments');
def(Op.KW_NAMES, 'KW_NAMES', 'kwnames', 'the keyword names of the next CALL');
def(Op.POP_JUMP_BACKWARD_IF_NOT_NONE, 'POP_JUMP_BACKWARD_IF_NOT_NONE', 'jump', 'pop TOS, jump back if not None');
def(Op.POP_JUMP_BACKWARD_IF_NONE, 'POP_JUMP_BACKWARD_IF_NONE', 'jump', 'pop TOS, jump back if None');
def(Op.POP_JUMP_BACKWARD_IF_FALSE, 'POP_JUMP_BACKWARD_IF_FALSE', 'jump', 'pop TOS, jump back if false');
def(Op.POP_JUMP_BACKWARD_IF_TRUE, 'POP_JUMP_BACKWARD_IF_TRUE', 'jump', 'pop TOS, jump back if true');

export function opInfo(op: number): OpInfo {
  const info = table.get(op);
  if (!info) throw new Error(`unknown opcode ${op}`);
  return info;
}

/** Inline CACHE entries CPython 3.11 puts after an instruction (they only count towards the
 *  size of co_code). cf. Include/internal/pycore_opcode.h _PyOpcode_Caches */
const INLINE_CACHES = new Map<number, number>([
  [Op.BINARY_SUBSCR, 4], [Op.STORE_SUBSCR, 1], [Op.UNPACK_SEQUENCE, 1], [Op.STORE_ATTR, 4], [Op.LOAD_ATTR, 4],
  [Op.COMPARE_OP, 2], [Op.LOAD_GLOBAL, 5], [Op.BINARY_OP, 1], [Op.LOAD_METHOD, 10], [Op.PRECALL, 1], [Op.CALL, 4],
]);

export function inlineCacheEntries(op: number): number {
  return INLINE_CACHES.get(op) ?? 0;
}

/** cmp_op, cf. Lib/opcode.py */
export const CMP_OPS = ['<', '<=', '==', '!=', '>', '>='] as const;

/** NB_* operands of BINARY_OP, cf. Include/internal/pycore_opcode.h _PyOpcode_OpName / ceval binary_ops. */
export const BINARY_OPS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^',
  '+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=', '-=', '/=', '^='] as const;
export const NB_INPLACE = 13;

/**
 * Net stack effect of an instruction; `jump` selects the effect when the jump is taken.
 * cf. Python/compile.c stack_effect (3.11).
 */
export function stackEffect(op: number, arg: number, jump: boolean): number {
  switch (op) {
    case Op.NOP: case Op.RESUME: case Op.CACHE: case Op.PRECALL: case Op.KW_NAMES:
    case Op.JUMP_FORWARD: case Op.JUMP_BACKWARD: case Op.JUMP_BACKWARD_NO_INTERRUPT:
    case Op.MAKE_CELL: case Op.COPY_FREE_VARS: case Op.DELETE_NAME: case Op.DELETE_GLOBAL:
    case Op.DELETE_FAST: case Op.DELETE_DEREF: case Op.SETUP_ANNOTATIONS: case Op.SWAP:
    case Op.RETURN_GENERATOR:
      return 0;
    case Op.POP_TOP: case Op.PRINT_EXPR: case Op.RETURN_VALUE: case Op.IMPORT_STAR:
    case Op.STORE_NAME: case Op.STORE_GLOBAL: case Op.STORE_FAST: case Op.STORE_DEREF:
    case Op.DELETE_ATTR: case Op.COMPARE_OP: case Op.IS_OP: case Op.CONTAINS_OP: case Op.BINARY_OP:
    case Op.BINARY_SUBSCR: case Op.IMPORT_NAME: case Op.LIST_APPEND: case Op.SET_ADD:
    case Op.LIST_EXTEND: case Op.SET_UPDATE: case Op.DICT_MERGE: case Op.DICT_UPDATE:
    case Op.POP_EXCEPT: case Op.RERAISE: case Op.PREP_RERAISE_STAR:
    case Op.POP_JUMP_FORWARD_IF_FALSE: case Op.POP_JUMP_FORWARD_IF_TRUE:
    case Op.POP_JUMP_FORWARD_IF_NONE: case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
    case Op.POP_JUMP_BACKWARD_IF_FALSE: case Op.POP_JUMP_BACKWARD_IF_TRUE:
    case Op.POP_JUMP_BACKWARD_IF_NONE: case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
      return -1;
    case Op.PUSH_NULL: case Op.LOAD_CONST: case Op.LOAD_NAME: case Op.LOAD_FAST:
    case Op.LOAD_CLOSURE: case Op.LOAD_DEREF: case Op.LOAD_CLASSDEREF: case Op.LOAD_BUILD_CLASS:
    case Op.LOAD_ASSERTION_ERROR: case Op.IMPORT_FROM: case Op.COPY: case Op.GET_LEN:
    case Op.MATCH_MAPPING: case Op.MATCH_SEQUENCE: case Op.MATCH_KEYS: case Op.PUSH_EXC_INFO:
    case Op.WITH_EXCEPT_START: case Op.BEFORE_WITH: case Op.LOAD_METHOD:
      return 1;
    case Op.UNARY_POSITIVE: case Op.UNARY_NEGATIVE: case Op.UNARY_NOT: case Op.UNARY_INVERT:
    case Op.GET_ITER: case Op.GET_YIELD_FROM_ITER: case Op.LIST_TO_TUPLE: case Op.LOAD_ATTR:
    case Op.YIELD_VALUE: case Op.CHECK_EXC_MATCH: case Op.CHECK_EG_MATCH:
      return 0;
    case Op.STORE_SUBSCR: return -3;
    case Op.DELETE_SUBSCR: return -2;
    case Op.STORE_ATTR: return -2;
    case Op.UNPACK_SEQUENCE: return arg - 1;
    case Op.UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case Op.FOR_ITER: return jump ? -1 : 1;
    case Op.SEND: return jump ? -1 : 0;
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case Op.LOAD_GLOBAL: return (arg & 1) + 1;
    case Op.BUILD_TUPLE: case Op.BUILD_LIST: case Op.BUILD_SET: case Op.BUILD_STRING: return 1 - arg;
    case Op.BUILD_MAP: return 1 - 2 * arg;
    case Op.BUILD_CONST_KEY_MAP: return -arg;
    case Op.BUILD_SLICE: return arg === 3 ? -2 : -1;
    case Op.MAP_ADD: return -2;
    case Op.RAISE_VARARGS: return -arg;
    case Op.MAKE_FUNCTION: {
      let n = 0;
      for (const bit of [1, 2, 4, 8]) if (arg & bit) n++;
      return -n;
    }
    case Op.CALL: return -arg - 1;
    case Op.CALL_FUNCTION_EX: return -2 - (arg & 1);
    case Op.MATCH_CLASS: return -2;
    case Op.FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    default:
      throw new Error(`stackEffect: unknown opcode ${op}`);
  }
}
