// Expression rules, from `expressions` down to `await_primary`.
// cf. Grammar/python.gram, section EXPRESSIONS (expression .. power).
// Left-recursive rules (bitwise_or, sum, term...) are loops, which grow the same parse as
// pegen's seed-growing memo; memoized rules use the same memo as the generated parser.

import type {
  BinOp, BoolOp, Compare, Expr, IfExp, NamedExpr, Operator, Starred, Tuple, UnaryOp, Yield,
  YieldFrom, Await, Lambda,
} from './ast';
import { setExprContext, type CmpopExprPair, emptyArguments } from './actions';
import { primary } from './primary';
import { lambdaParams } from './params';
import { invalidExpression, invalidLegacyExpression, invalidNamedExpression } from './invalid-expr';
import { M, type Parser } from './parser';
import { T } from './tokens';

/** expressions: expression (',' expression)* [','] */
export function expressions(p: Parser): Expr | null {
  const mark = p.mark;
  const t0 = p.startToken();
  const a = expression(p);
  if (!a) {
    p.mark = mark;
    return null;
  }
  const elts: Expr[] = [a];
  for (;;) {
    const m = p.mark;
    let c: Expr | null;
    if (p.expect(T.COMMA) && (c = expression(p))) {
      elts.push(c);
      continue;
    }
    p.mark = m;
    break;
  }
  if (elts.length > 1) {
    p.expect(T.COMMA);
    return p.mk<Tuple>({ _type: 'Tuple', elts, ctx: 'Load' }, t0);
  }
  if (p.expect(T.COMMA)) return p.mk<Tuple>({ _type: 'Tuple', elts, ctx: 'Load' }, t0);
  return a;
}

/** expression (memo): invalid rules | disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
export function expression(p: Parser): Expr | null {
  const memo = p.memoGet<Expr>(M.expression);
  if (memo !== undefined) return memo;
  const mark = p.mark;
  const res = expressionBody(p, mark, true);
  p.memoSet(mark, M.expression, res);
  return res;
}

/** expression_without_invalid: the same alternatives with the invalid rules switched off. */
export function expressionWithoutInvalid(p: Parser): Expr | null {
  const saved = p.callInvalidRules;
  p.callInvalidRules = false;
  try {
    return expressionBody(p, p.mark, false);
  } finally {
    p.callInvalidRules = saved;
  }
}

function expressionBody(p: Parser, mark: number, withInvalid: boolean): Expr | null {
  const t0 = p.startToken();
  if (withInvalid && p.callInvalidRules) {
    invalidExpression(p);
    p.mark = mark;
    invalidLegacyExpression(p);
    p.mark = mark;
  }
  let a: Expr | null, b: Expr | null, c: Expr | null;
  if ((a = disjunction(p))) {
    if (p.expect(T.KW_IF) && (b = disjunction(p)) && p.expect(T.KW_ELSE) && (c = expression(p))) {
      return p.mk<IfExp>({ _type: 'IfExp', test: b, body: a, orelse: c }, t0);
    }
    p.mark = mark;
    a = disjunction(p);
    return a;
  }
  p.mark = mark;
  if ((a = lambdef(p))) return a;
  p.mark = mark;
  return null;
}

/** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
export function yieldExpr(p: Parser): Expr | null {
  const mark = p.mark;
  const t0 = p.startToken();
  if (!p.expect(T.KW_YIELD)) return null;
  let a: Expr | null;
  if (p.expect(T.KW_FROM) && (a = expression(p))) {
    return p.mk<YieldFrom>({ _type: 'YieldFrom', value: a }, t0);
  }
  p.mark = mark + 1;
  a = starExpressions(p);
  return p.mk<Yield>({ _type: 'Yield', value: a }, t0);
}

/** star_expressions: star_expression (',' star_expression)* [','] */
export function starExpressions(p: Parser): Expr | null {
  const mark = p.mark;
  const t0 = p.startToken();
  const a = starExpression(p);
  if (!a) {
    p.mark = mark;
    return null;
  }
  let elts: Expr[] | null = null;
  for (;;) {
    const m = p.mark;
    let c: Expr | null;
    if (p.expect(T.COMMA) && (c = starExpression(p))) {
      (elts ??= [a]).push(c);
      continue;
    }
    p.mark = m;
    break;
  }
  if (elts !== null) {
    p.expect(T.COMMA);
    return p.mk<Tuple>({ _type: 'Tuple', elts, ctx: 'Load' }, t0);
  }
  if (p.expect(T.COMMA)) return p.mk<Tuple>({ _type: 'Tuple', elts: [a], ctx: 'Load' }, t0);
  return a;
}

/** star_expression (memo): '*' bitwise_or | expression */
export function starExpression(p: Parser): Expr | null {
  const memo = p.memoGet<Expr>(M.star_expression);
  if (memo !== undefined) return memo;
  const mark = p.mark;
  const t0 = p.startToken();
  let res: Expr | null = null;
  let a: Expr | null;
  if (p.expect(T.STAR) && (a = bitwiseOr(p))) {
    res = p.mk<Starred>({ _type: 'Starred', value: a, ctx: 'Load' }, t0);
  } else {
    p.mark = mark;
    res = expression(p);
    if (!res) p.mark = mark;
  }
  p.memoSet(mark, M.star_expression, res);
  return res;
}

/** star_named_expressions: ','.star_named_expression+ [','] */
export function starNamedExpressions(p: Parser): Expr[] | null {
  const a = starNamedExpression(p);
  if (!a) return null;
  const out = [a];
  for (;;) {
    const m = p.mark;
    let c: Expr | null;
    if (p.expect(T.COMMA) && (c = starNamedExpression(p))) {
      out.push(c);
      continue;
    }
    p.mark = m;
    break;
  }
  p.expect(T.COMMA);
  return out;
}

/** star_named_expression: '*' bitwise_or | named_expression */
export function starNamedExpression(p: Parser): Expr | null {
  const mark = p.mark;
  const t0 = p.startToken();
  let a: Expr | null;
  if (p.expect(T.STAR) && (a = bitwiseOr(p))) {
    return p.mk<Starred>({ _type: 'Starred', value: a, ctx: 'Load' }, t0);
  }
  p.mark = mark;
  if ((a = namedExpression(p))) return a;
  p.mark = mark;
  return null;
}

/** assignment_expression: NAME ':=' ~ expression */
export function assignmentExpression(p: Parser): Expr | null {
  const mark = p.mark;
  const t0 = p.startToken();
  let a: Expr | null, b: Expr | null;
  if ((a = p.name()) && p.expect(T.COLONEQUAL) && (b = expression(p))) {
    return p.mk<NamedExpr>({ _type: 'NamedExpr', target: setExprContext(a, 'Store'), value: b }, t0);
  }
  p.mark = mark;
  return null;
}

/** named_expression: assignment_expression | invalid_named_expression | expression !':=' */
export function namedExpression(p: Parser): Expr | null {
  const mark = p.mark;
  let a: Expr | null;
  if ((a = assignmentExpression(p))) return a;
  p.mark = mark;
  if (p.callInvalidRules) {
    invalidNamedExpression(p);
    p.mark = mark;
  }
  if ((a = expression(p)) && !p.at(T.COLONEQUAL)) return a;
  p.mark = mark;
  return null;
}

/** `assignment_expression | expression !':='`, a group used by args and genexp. */
export function assignmentOrExpression(p: Parser): Expr | null {
  const mark = p.mark;
  let a: Expr | null;
  if ((a = assignmentExpression(p))) return a;
  p.mark = mark;
  if ((a = expression(p)) && !p.at(T.COLONEQUAL)) return a;
  p.mark = mark;
  return null;
}

function boolOp(p: Parser, memoId: M, op: 'Or' | 'And', kw: T, sub: (p: Parser) => Expr | null): Expr | null {
  const memo = p.memoGet<Expr>(memoId);
  if (memo !== undefined) return memo;
  const mark = p.mark;
  const t0 = p.startToken();
  const a = sub(p);
  let res: Expr | null = a;
  if (a) {
    let values: Expr[] | null = null;
    for (;;) {
      const m = p.mark;
      let c: Expr | null;
      if (p.expect(kw) && (c = sub(p))) {
        (values ??= [a]).push(c);
        continue;
      }
      p.mark = m;
      break;
    }
    if (values !== null) res = p.mk<BoolOp>({ _type: 'BoolOp', op, values }, t0);
  } else {
    p.mark = mark;
  }
  p.memoSet(mark, memoId, res);
  return res;
}

/** disjunction (memo): conjunction ('or' conjunction)+ | conjunction */
export function disjunction(p: Parser): Expr | null {
  return boolOp(p, M.disjunction, 'Or', T.KW_OR, conjunction);
}

/** conjunction (memo): inversion ('and' inversion)+ | inversion */
export function conjunction(p: Parser): Expr | null {
  return boolOp(p, M.conjunction, 'And', T.KW_AND, inversion);
}

/** inversion (memo): 'not' inversion | comparison */
export function inversion(p: Parser): Expr | null {
  const memo = p.memoGet<Expr>(M.inversion);
  if (memo !== undefined) return memo;
  const mark = p.mark;
  const t0 = p.startToken();
  let res: Expr | null = null;
  let a: Expr | null;
  if (p.expect(T.KW_NOT) && (a = inversion(p))) {
    res = p.mk<UnaryOp>({ _type: 'UnaryOp', op: 'Not', operand: a }, t0);
  } else {
    p.mark = mark;
    res = comparison(p);
    if (!res) p.mark = mark;
  }
  p.memoSet(mark, M.inversion, res);
  return res;
}

/** comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or */
export function comparison(p: Parser): Expr | null {
  const mark = p.mark;
  const t0 = p.startToken();
  const a = bitwiseOr(p);
  if (!a) {
    p.mark = mark;
    return null;
  }
  let pairs: CmpopExprPair[] | null = null;
  for (;;) {
    const m = p.mark;
    const pair = compareOpBitwiseOrPair(p);
    if (!pair) {
      p.mark = m;
      break;
    }
    (pairs ??= []).push(pair);
  }
  if (pairs === null) return a;
  return p.mk<Compare>({
    _type: 'Compare', left: a, ops: pairs.map((x) => x.op), comparators: pairs.map((x) => x.expr),
  }, t0);
}

/** compare_op_bitwise_or_pair: '==' | '!=' | '<=' | '<' | '>=' | '>' | 'not' 'in' | 'in' | 'is' 'not' | 'is' */
function compareOpBitwiseOrPair(p: Parser): CmpopExprPair | null {
  const t = p.peek();
  let op: CmpopExprPair['op'];
  switch (t.type) {
    case T.EQEQUAL: op = 'Eq'; break;
    case T.NOTEQUAL:
      // cf. _PyPegen_check_barry_as_flufl: '<>' is only valid with barry_as_FLUFL
      if (t.string !== '!=') return null;
      op = 'NotEq';
      break;
    case T.LESSEQUAL: op = 'LtE'; break;
    case T.LESS: op = 'Lt'; break;
    case T.GREATEREQUAL: op = 'GtE'; break;
    case T.GREATER: op = 'Gt'; break;
    case T.KW_NOT: {
      const mark = p.mark;
      p.mark++;
      let e: Expr | null;
      if (p.expect(T.KW_IN) && (e = bitwiseOr(p))) return { op: 'NotIn', expr: e };
      p.mark = mark;
      return null;
    }
    case T.KW_IN: op = 'In'; break;
    case T.KW_IS: {
      const mark = p.mark;
      p.mark++;
      let e: Expr | null;
      if (p.expect(T.KW_NOT) && (e = bitwiseOr(p))) return { op: 'IsNot', expr: e };
      p.mark = mark + 1;
      if ((e = bitwiseOr(p))) return { op: 'Is', expr: e };
      p.mark = mark;
      return null;
    }
    default:
      return null;
  }
  const mark = p.mark;
  p.mark++;
  const e = bitwiseOr(p);
  if (e) return { op, expr: e };
  p.mark = mark;
  return null;
}

type OpTable = (t: T) => Operator | null;

/** A left-recursive binary rule `r: r OP sub | sub` as a loop, memoized like pegen does. */
function leftRec(p: Parser, memoId: M, ops: OpTable, sub: (p: Parser) => Expr | null): Expr | null {
  const memo = p.memoGet<Expr>(memoId);
  if (memo !== undefined) return memo;
  const mark = p.mark;
  const t0 = p.startToken();
  let a = sub(p);
  if (a) {
    for (;;) {
      const m = p.mark;
      const op = ops(p.peekType());
      if (op === null) break;
      p.mark++;
      const b = sub(p);
      if (!b) {
        p.mark = m;
        break;
      }
      a = p.mk<BinOp>({ _type: 'BinOp', left: a, op, right: b }, t0);
    }
  } else {
    p.mark = mark;
  }
  p.memoSet(mark, memoId, a);
  return a;
}

const orOps: OpTable = (t) => (t === T.VBAR ? 'BitOr' : null);
const xorOps: OpTable = (t) => (t === T.CIRCUMFLEX ? 'BitXor' : null);
const andOps: OpTable = (t) => (t === T.AMPER ? 'BitAnd' : null);
const shiftOps: OpTable = (t) => (t === T.LEFTSHIFT ? 'LShift' : t === T.RIGHTSHIFT ? 'RShift' : null);
const sumOps: OpTable = (t) => (t === T.PLUS ? 'Add' : t === T.MINUS ? 'Sub' : null);
const termOps: OpTable = (t) => {
  switch (t) {
    case T.STAR: return 'Mult';
    case T.SLASH: return 'Div';
    case T.DOUBLESLASH: return 'FloorDiv';
    case T.PERCENT: return 'Mod';
    case T.AT: return 'MatMult';
    default: return null;
  }
};

/** bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor */
export function bitwiseOr(p: Parser): Expr | null {
  return leftRec(p, M.bitwise_or, orOps, bitwiseXor);
}
function bitwiseXor(p: Parser): Expr | null {
  return leftRec(p, M.bitwise_xor, xorOps, bitwiseAnd);
}
function bitwiseAnd(p: Parser): Expr | null {
  return leftRec(p, M.bitwise_and, andOps, shiftExpr);
}
function shiftExpr(p: Parser): Expr | null {
  return leftRec(p, M.shift_expr, shiftOps, sum);
}
function sum(p: Parser): Expr | null {
  return leftRec(p, M.sum, sumOps, term);
}
function term(p: Parser): Expr | null {
  return leftRec(p, M.term, termOps, factor);
}

/** factor (memo): '+' factor | '-' factor | '~' factor | power */
export function factor(p: Parser): Expr | null {
  const memo = p.memoGet<Expr>(M.factor);
  if (memo !== undefined) return memo;
  const mark = p.mark;
  const t0 = p.startToken();
  const t = t0.type;
  let res: Expr | null = null;
  const op = t === T.PLUS ? 'UAdd' : t === T.MINUS ? 'USub' : t === T.TILDE ? 'Invert' : null;
  if (op !== null) {
    p.mark++;
    const a = factor(p);
    if (a) res = p.mk<UnaryOp>({ _type: 'UnaryOp', op, operand: a }, t0);
    else p.mark = mark;
  }
  if (res === null) {
    res = power(p);
    if (!res) p.mark = mark;
  }
  p.memoSet(mark, M.factor, res);
  return res;
}

/** power: await_primary '**' factor | await_primary */
function power(p: Parser): Expr | null {
  const mark = p.mark;
  const t0 = p.startToken();
  const a = awaitPrimary(p);
  if (!a) {
    p.mark = mark;
    return null;
  }
  const m = p.mark;
  let b: Expr | null;
  if (p.expect(T.DOUBLESTAR) && (b = factor(p))) {
    return p.mk<BinOp>({ _type: 'BinOp', left: a, op: 'Pow', right: b }, t0);
  }
  p.mark = m;
  return a;
}

/** await_primary (memo): AWAIT primary | primary */
export function awaitPrimary(p: Parser): Expr | null {
  const memo = p.memoGet<Expr>(M.await_primary);
  if (memo !== undefined) return memo;
  const mark = p.mark;
  const t0 = p.startToken();
  let res: Expr | null = null;
  let a: Expr | null;
  if (p.expect(T.AWAIT) && (a = primary(p))) {
    res = p.mk<Await>({ _type: 'Await', value: a }, t0);
  } else {
    p.mark = mark;
    res = primary(p);
    if (!res) p.mark = mark;
  }
  p.memoSet(mark, M.await_primary, res);
  return res;
}

/** lambdef: 'lambda' [lambda_params] ':' expression */
export function lambdef(p: Parser): Expr | null {
  const mark = p.mark;
  const t0 = p.startToken();
  if (!p.expect(T.KW_LAMBDA)) return null;
  const a = lambdaParams(p);
  let b: Expr | null;
  if (p.expect(T.COLON) && (b = expression(p))) {
    return p.mk<Lambda>({ _type: 'Lambda', args: a ?? emptyArguments(), body: b }, t0);
  }
  p.mark = mark;
  return null;
}
