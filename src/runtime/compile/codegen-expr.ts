// Code generation for expressions.
// cf. Python/compile.c compiler_visit_expr1 and its helpers (3.11).

import type * as A from '../parse/ast';
import type { Const } from './code';
import type { Compiler } from './compiler';
import { makeFrozenset } from './constants';
import { JUMP, JUMP_NO_INTERRUPT, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE } from './instr';
import { NB_INPLACE, Op } from './opcodes';
import { compileComprehension, compileLambda } from './codegen-scope';
import { call, checkIndex, checkSubscripter } from './codegen-call';

/** A soft limit for stack use. cf. STACK_USE_GUIDELINE */
export const STACK_USE_GUIDELINE = 30;

const BINOP_ARG: Record<A.Operator, number> = {
  Add: 0, BitAnd: 1, FloorDiv: 2, LShift: 3, MatMult: 4, Mult: 5, Mod: 6, BitOr: 7, Pow: 8, RShift: 9,
  Sub: 10, Div: 11, BitXor: 12,
};

/** cf. addop_binary */
export function addopBinary(c: Compiler, op: A.Operator, inplace: boolean): void {
  c.addopI(Op.BINARY_OP, BINOP_ARG[op] + (inplace ? NB_INPLACE : 0));
}

const UNARY: Record<A.UnaryOpKind, number> = {
  Invert: Op.UNARY_INVERT, Not: Op.UNARY_NOT, UAdd: Op.UNARY_POSITIVE, USub: Op.UNARY_NEGATIVE,
};

/** cf. compiler_addcompare */
export function addCompare(c: Compiler, op: A.CmpOp): void {
  switch (op) {
    case 'Eq': c.addopI(Op.COMPARE_OP, 2); break;
    case 'NotEq': c.addopI(Op.COMPARE_OP, 3); break;
    case 'Lt': c.addopI(Op.COMPARE_OP, 0); break;
    case 'LtE': c.addopI(Op.COMPARE_OP, 1); break;
    case 'Gt': c.addopI(Op.COMPARE_OP, 4); break;
    case 'GtE': c.addopI(Op.COMPARE_OP, 5); break;
    case 'Is': c.addopI(Op.IS_OP, 0); break;
    case 'IsNot': c.addopI(Op.IS_OP, 1); break;
    case 'In': c.addopI(Op.CONTAINS_OP, 0); break;
    case 'NotIn': c.addopI(Op.CONTAINS_OP, 1); break;
  }
}

/** cf. compiler_visit_expr: set the location for the node and restore it afterwards. */
export function visitExpr(c: Compiler, e: A.Expr): void {
  const saved = c.saveLoc();
  c.setLoc(e);
  visitExpr1(c, e);
  c.setLoc(saved);
}

function visitExpr1(c: Compiler, e: A.Expr): void {
  switch (e._type) {
    case 'NamedExpr':
      visitExpr(c, e.value);
      c.addopI(Op.COPY, 1);
      visitExpr(c, e.target);
      break;
    case 'BoolOp': return boolop(c, e);
    case 'BinOp':
      visitExpr(c, e.left);
      visitExpr(c, e.right);
      addopBinary(c, e.op, false);
      break;
    case 'UnaryOp':
      visitExpr(c, e.operand);
      c.addop(UNARY[e.op]);
      break;
    case 'Lambda': return compileLambda(c, e);
    case 'IfExp': return ifexp(c, e);
    case 'Dict': return dict(c, e);
    case 'Set': return starunpackHelper(c, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
    case 'GeneratorExp': return compileComprehension(c, e, 'gen', '<genexpr>', e.generators, e.elt, null);
    case 'ListComp': return compileComprehension(c, e, 'list', '<listcomp>', e.generators, e.elt, null);
    case 'SetComp': return compileComprehension(c, e, 'set', '<setcomp>', e.generators, e.elt, null);
    case 'DictComp': return compileComprehension(c, e, 'dict', '<dictcomp>', e.generators, e.key, e.value);
    case 'Yield':
      if (c.u.ste.type !== 'function') c.error("'yield' outside function");
      if (e.value) visitExpr(c, e.value);
      else c.loadConst({ kind: 'None' });
      addopYield(c);
      break;
    case 'YieldFrom':
      if (c.u.ste.type !== 'function') c.error("'yield' outside function");
      visitExpr(c, e.value);
      c.addop(Op.GET_YIELD_FROM_ITER);
      c.loadConst({ kind: 'None' });
      addYieldFrom(c, false);
      break;
    case 'Await':
      // cf. compiler_visit_expr1 Await_kind (async functions are not supported: async def is refused earlier)
      if (c.u.ste.type !== 'function') c.error("'await' outside function");
      c.error("'await' outside async function");
      break;
    case 'Compare': return compare(c, e);
    case 'Call': return call(c, e);
    case 'Constant':
      c.loadConst(c.constOf(e));
      break;
    case 'JoinedStr': return joinedStr(c, e);
    case 'FormattedValue': return formattedValue(c, e);
    case 'Attribute':
      visitExpr(c, e.value);
      updateStartLocationToMatchAttr(c, e);
      switch (e.ctx) {
        case 'Load': c.addopName(Op.LOAD_ATTR, e.attr); break;
        case 'Store':
          c.forbiddenName(e.attr, e.ctx);
          c.addopName(Op.STORE_ATTR, e.attr);
          break;
        case 'Del': c.addopName(Op.DELETE_ATTR, e.attr); break;
      }
      break;
    case 'Subscript': return subscript(c, e);
    case 'Starred':
      if (e.ctx === 'Store') c.error('starred assignment target must be in a list or tuple');
      c.error("can't use starred expression here");
      break;
    case 'Slice': return slice(c, e);
    case 'Name': return c.nameop(e.id, e.ctx);
    case 'List':
      if (e.ctx === 'Store') return assignmentHelper(c, e.elts);
      if (e.ctx === 'Load') return starunpackHelper(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
      for (const x of e.elts) visitExpr(c, x);
      break;
    case 'Tuple':
      if (e.ctx === 'Store') return assignmentHelper(c, e.elts);
      if (e.ctx === 'Load') return starunpackHelper(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
      for (const x of e.elts) visitExpr(c, x);
      break;
  }
}

/** cf. addop_yield */
export function addopYield(c: Compiler): void {
  c.addop(Op.YIELD_VALUE);
  c.addopI(Op.RESUME, 1);
}

/** cf. compiler_add_yield_from */
export function addYieldFrom(c: Compiler, isAwait: boolean): void {
  const start = c.newBlock();
  const resume = c.newBlock();
  const exit = c.newBlock();
  c.useNextBlock(start);
  c.addopJ(Op.SEND, exit);
  c.useNextBlock(resume);
  c.addop(Op.YIELD_VALUE);
  c.addopI(Op.RESUME, isAwait ? 3 : 2);
  c.addopJ(JUMP_NO_INTERRUPT, start);
  c.useNextBlock(exit);
}

/** If an attribute access spans multiple lines, point the start at the attribute name. */
export function updateStartLocationToMatchAttr(c: Compiler, attr: A.Attribute): void {
  const u = c.u;
  if (u.lineno !== attr.end_lineno) {
    u.lineno = attr.end_lineno;
    const len = attr.attr.length;
    if (len <= attr.end_col_offset) {
      u.col = attr.end_col_offset - len;
    } else {
      u.col = -1;
      u.endCol = -1;
    }
    u.endLineno = Math.max(u.lineno, u.endLineno);
    if (u.lineno === u.endLineno) u.endCol = Math.max(u.col, u.endCol);
  }
}

function boolop(c: Compiler, e: A.BoolOp): void {
  const jumpi = e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
  const end = c.newBlock();
  const n = e.values.length - 1;
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.values[i]);
    c.addopJ(jumpi, end);
    c.useNextBlock(c.newBlock());
  }
  visitExpr(c, e.values[n]);
  c.useNextBlock(end);
}

function allConst(c: Compiler, elts: (A.Expr | null)[], begin: number, end: number): boolean {
  for (let i = begin; i < end; i++) {
    const x = elts[i];
    if (!x || x._type !== 'Constant') return false;
  }
  return true;
}

/** cf. starunpack_helper */
export function starunpackHelper(c: Compiler, elts: A.Expr[], pushed: number, build: number, add: number,
  extend: number, tuple: boolean): void {
  const n = elts.length;
  if (n > 2 && allConst(c, elts, 0, n)) {
    let folded: Const = { kind: 'tuple', items: elts.map((x) => c.constOf(x as A.Constant)) };
    if (tuple && !pushed) {
      c.loadConst(folded);
    } else {
      if (add === Op.SET_ADD) folded = makeFrozenset((folded as { items: Const[] }).items);
      c.addopI(build, pushed);
      c.loadConst(folded);
      c.addopI(extend, 1);
      if (tuple) c.addop(Op.LIST_TO_TUPLE);
    }
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((x) => x._type === 'Starred');
  if (!seenStar && !big) {
    for (const x of elts) visitExpr(c, x);
    c.addopI(tuple ? Op.BUILD_TUPLE : build, n + pushed);
    return;
  }
  let sequenceBuilt = false;
  if (big) {
    c.addopI(build, pushed);
    sequenceBuilt = true;
  }
  for (let i = 0; i < n; i++) {
    const elt = elts[i];
    if (elt._type === 'Starred') {
      if (!sequenceBuilt) {
        c.addopI(build, i + pushed);
        sequenceBuilt = true;
      }
      visitExpr(c, elt.value);
      c.addopI(extend, 1);
    } else {
      visitExpr(c, elt);
      if (sequenceBuilt) c.addopI(add, 1);
    }
  }
  if (tuple) c.addop(Op.LIST_TO_TUPLE);
}

/** cf. unpack_helper */
function unpackHelper(c: Compiler, elts: A.Expr[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i];
    if (elt._type === 'Starred' && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) c.error('too many expressions in star-unpacking assignment');
      c.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (elt._type === 'Starred') {
      c.error('multiple starred expressions in assignment');
    }
  }
  if (!seenStar) c.addopI(Op.UNPACK_SEQUENCE, n);
}

function assignmentHelper(c: Compiler, elts: A.Expr[]): void {
  unpackHelper(c, elts);
  for (const elt of elts) visitExpr(c, elt._type !== 'Starred' ? elt : elt.value);
}

/** cf. compiler_subdict */
function subdict(c: Compiler, e: A.Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big && allConst(c, e.keys, begin, end)) {
    for (let i = begin; i < end; i++) visitExpr(c, e.values[i]);
    const keys: Const = { kind: 'tuple', items: e.keys.slice(begin, end).map((k) => c.constOf(k as A.Constant)) };
    c.loadConst(keys);
    c.addopI(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.addopI(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    visitExpr(c, e.keys[i] as A.Expr);
    visitExpr(c, e.values[i]);
    if (big) c.addopI(Op.MAP_ADD, 1);
  }
  if (!big) c.addopI(Op.BUILD_MAP, n);
}

/** cf. compiler_dict */
function dict(c: Compiler, e: A.Dict): void {
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    const isUnpacking = e.keys[i] === null;
    if (isUnpacking) {
      if (elements) {
        subdict(c, e, i - elements, i);
        if (haveDict) c.addopI(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.addopI(Op.BUILD_MAP, 0);
        haveDict = true;
      }
      visitExpr(c, e.values[i]);
      c.addopI(Op.DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      subdict(c, e, i - elements, i + 1);
      if (haveDict) c.addopI(Op.DICT_UPDATE, 1);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    subdict(c, e, n - elements, n);
    if (haveDict) c.addopI(Op.DICT_UPDATE, 1);
    haveDict = true;
  }
  if (!haveDict) c.addopI(Op.BUILD_MAP, 0);
}

/** Whether an expression is a constant other than a named singleton. cf. check_is_arg */
function checkIsArg(c: Compiler, e: A.Expr): boolean {
  if (e._type !== 'Constant') return true;
  const v = c.constOf(e);
  return v.kind === 'None' || v.kind === 'bool' || v.kind === 'Ellipsis';
}

/** cf. check_compare: warn on `is` with a literal. */
function checkCompare(c: Compiler, e: A.Compare): void {
  let left = checkIsArg(c, e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i];
    const right = checkIsArg(c, e.comparators[i]);
    if (op === 'Is' || op === 'IsNot') {
      if (!right || !left) {
        c.warn(op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?');
        return;
      }
    }
    left = right;
  }
}

/** cf. compiler_compare */
function compare(c: Compiler, e: A.Compare): void {
  checkCompare(c, e);
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]);
    addCompare(c, e.ops[0]);
    return;
  }
  const cleanup = c.newBlock();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]);
    c.addopI(Op.SWAP, 2);
    c.addopI(Op.COPY, 2);
    addCompare(c, e.ops[i]);
    c.addopJ(Op.JUMP_IF_FALSE_OR_POP, cleanup);
  }
  visitExpr(c, e.comparators[n]);
  addCompare(c, e.ops[n]);
  const end = c.newBlock();
  c.addopJNoline(JUMP, end);
  c.useNextBlock(cleanup);
  c.addopI(Op.SWAP, 2);
  c.addop(Op.POP_TOP);
  c.useNextBlock(end);
}

/** cf. compiler_jump_if */
export function jumpIf(c: Compiler, e: A.Expr, next: import('./instr').Block, cond: boolean): void {
  switch (e._type) {
    case 'UnaryOp':
      if (e.op === 'Not') return jumpIf(c, e.operand, next, !cond);
      break;
    case 'BoolOp': {
      const s = e.values;
      const n = s.length - 1;
      const cond2 = e.op === 'Or';
      let next2 = next;
      if (cond2 !== cond) next2 = c.newBlock();
      for (let i = 0; i < n; i++) jumpIf(c, s[i], next2, cond2);
      jumpIf(c, s[n], next, cond);
      if (next2 !== next) c.useNextBlock(next2);
      return;
    }
    case 'IfExp': {
      const end = c.newBlock();
      const next2 = c.newBlock();
      jumpIf(c, e.test, next2, false);
      jumpIf(c, e.body, next, cond);
      c.addopJNoline(JUMP, end);
      c.useNextBlock(next2);
      jumpIf(c, e.orelse, next, cond);
      c.useNextBlock(end);
      return;
    }
    case 'Compare': {
      c.setLoc(e);
      const n = e.ops.length - 1;
      if (n > 0) {
        checkCompare(c, e);
        const cleanup = c.newBlock();
        visitExpr(c, e.left);
        for (let i = 0; i < n; i++) {
          visitExpr(c, e.comparators[i]);
          c.addopI(Op.SWAP, 2);
          c.addopI(Op.COPY, 2);
          addCompare(c, e.ops[i]);
          c.addopJ(POP_JUMP_IF_FALSE, cleanup);
        }
        visitExpr(c, e.comparators[n]);
        addCompare(c, e.ops[n]);
        c.addopJ(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
        const end = c.newBlock();
        c.addopJNoline(JUMP, end);
        c.useNextBlock(cleanup);
        c.addop(Op.POP_TOP);
        if (!cond) c.addopJNoline(JUMP, next);
        c.useNextBlock(end);
        return;
      }
      break;
    }
    default:
      break;
  }
  visitExpr(c, e);
  c.addopJ(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
}

function ifexp(c: Compiler, e: A.IfExp): void {
  const end = c.newBlock();
  const next = c.newBlock();
  jumpIf(c, e.test, next, false);
  visitExpr(c, e.body);
  c.addopJNoline(JUMP, end);
  c.useNextBlock(next);
  visitExpr(c, e.orelse);
  c.useNextBlock(end);
}

function subscript(c: Compiler, e: A.Subscript): void {
  if (e.ctx === 'Load') {
    checkSubscripter(c, e.value);
    checkIndex(c, e.value, e.slice);
  }
  const op = e.ctx === 'Load' ? Op.BINARY_SUBSCR : e.ctx === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR;
  visitExpr(c, e.value);
  visitExpr(c, e.slice);
  c.addop(op);
}

function slice(c: Compiler, s: A.Slice): void {
  let n = 2;
  if (s.lower) visitExpr(c, s.lower);
  else c.loadConst({ kind: 'None' });
  if (s.upper) visitExpr(c, s.upper);
  else c.loadConst({ kind: 'None' });
  if (s.step) {
    n++;
    visitExpr(c, s.step);
  }
  c.addopI(Op.BUILD_SLICE, n);
}

function joinedStr(c: Compiler, e: A.JoinedStr): void {
  const n = e.values.length;
  if (n > STACK_USE_GUIDELINE) {
    c.loadConst({ kind: 'str', value: '' });
    c.addopNameRaw(Op.LOAD_METHOD, 'join');
    c.addopI(Op.BUILD_LIST, 0);
    for (const v of e.values) {
      visitExpr(c, v);
      c.addopI(Op.LIST_APPEND, 1);
    }
    c.addopI(Op.PRECALL, 1);
    c.addopI(Op.CALL, 1);
  } else {
    for (const v of e.values) visitExpr(c, v);
    if (n !== 1) c.addopI(Op.BUILD_STRING, n);
  }
}

function formattedValue(c: Compiler, e: A.FormattedValue): void {
  visitExpr(c, e.value);
  let oparg: number;
  switch (e.conversion) {
    case 115: oparg = 1; break; // 's'
    case 114: oparg = 2; break; // 'r'
    case 97: oparg = 3; break; // 'a'
    case -1: oparg = 0; break;
    default: throw new Error(`Unrecognized conversion character ${e.conversion}`);
  }
  if (e.format_spec) {
    visitExpr(c, e.format_spec);
    oparg |= 4;
  }
  c.addopI(Op.FORMAT_VALUE, oparg);
}
