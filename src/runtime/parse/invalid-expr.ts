// Specialised errors for expressions, calls, displays and comprehensions (second pass only).
// cf. Grammar/python.gram invalid_arguments, invalid_kwarg, invalid_legacy_expression,
// invalid_expression, invalid_named_expression, invalid_comprehension, invalid_dict_comprehension,
// invalid_group, invalid_double_starred_kvpairs, invalid_kvpair, invalid_for_target.
// Each function either raises or returns null; callers restore the mark.

import type { Comprehension, Expr } from './ast';
import { getExprName, isLegacyStmt, lastComprehensionItem, raiseInvalidTarget, Targets } from './actions';
import { argItems, args, kwargs } from './calls';
import { doubleStarredKvpair, forIfClauses, genexp, list, tuple } from './collections';
import {
  bitwiseOr, disjunction, expression, expressionWithoutInvalid, starExpressions, starNamedExpression,
  starNamedExpressions,
} from './expressions';
import { M, type Parser } from './parser';
import { starredExpression } from './primary';
import { T, type Token } from './tokens';

const lastGen = (b: Comprehension[]): Expr => lastComprehensionItem(b[b.length - 1]);

/** invalid_arguments */
export function invalidArguments(p: Parser): null {
  const mark = p.mark;
  let a, b, e, star;
  // ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs)
  //   ',' a='*'
  // (the 3.11.7 form, located at the '*'; 3.11.2 had `a=args ',' '*'` located at the args)
  let group = argItems(p) !== null && p.expect(T.COMMA) !== null && kwargs(p) !== null;
  if (!group) {
    p.mark = mark;
    group = kwargs(p) !== null;
  }
  if (group && p.expect(T.COMMA) && (star = p.expect(T.STAR))) {
    p.raiseAt(star, 'iterable argument unpacking follows keyword argument unpacking');
  }
  p.mark = mark;
  // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
  if ((e = expression(p)) && (b = forIfClauses(p)) && p.expect(T.COMMA)) {
    const m = p.mark;
    if (!args(p)) {
      p.mark = m;
      if (!(expression(p) && forIfClauses(p))) p.mark = m;
    }
    p.raiseRange(e, lastGen(b), 'Generator expression must be parenthesized');
  }
  p.mark = mark;
  // a=NAME b='=' expression for_if_clauses
  let n: Expr | null, eq: Token | null;
  if ((n = p.name()) && (eq = p.expect(T.EQUAL)) && expression(p) && forIfClauses(p)) {
    p.raiseRange(n, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  }
  p.mark = mark;
  // a=args b=for_if_clauses  (cf. _PyPegen_nonparen_genexp_in_call)
  if ((a = args(p)) && (b = forIfClauses(p))) {
    if (a.args.length <= 1) return null;
    p.raiseRange(a.args[a.args.length - 1], lastGen(b), 'Generator expression must be parenthesized');
  }
  p.mark = mark;
  // args ',' a=expression b=for_if_clauses
  if (args(p) && p.expect(T.COMMA) && (e = expression(p)) && (b = forIfClauses(p))) {
    p.raiseRange(e, lastGen(b), 'Generator expression must be parenthesized');
  }
  p.mark = mark;
  // a=args ',' args  (cf. _PyPegen_arguments_parsing_error)
  if ((a = args(p)) && p.expect(T.COMMA) && args(p)) {
    const unpacking = a.keywords.some((k) => k.arg === null);
    p.raise(unpacking ? 'positional argument follows keyword argument unpacking'
      : 'positional argument follows keyword argument');
  }
  p.mark = mark;
  return null;
}

/** invalid_kwarg */
export function invalidKwarg(p: Parser): null {
  const mark = p.mark;
  let a: Token | null, b: Token | null;
  // a=('True'|'False'|'None') b='='
  a = p.expect(T.KW_TRUE) ?? p.expect(T.KW_FALSE) ?? p.expect(T.KW_NONE);
  if (a && (b = p.expect(T.EQUAL))) p.raiseRange(a, b, `cannot assign to ${a.string}`);
  p.mark = mark;
  // a=NAME b='=' expression for_if_clauses
  let n: Expr | null;
  if ((n = p.name()) && (b = p.expect(T.EQUAL)) && expression(p) && forIfClauses(p)) {
    p.raiseRange(n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  }
  p.mark = mark;
  // !(NAME '=') a=expression b='='
  const nameEq = p.name() !== null && p.expect(T.EQUAL) !== null;
  p.mark = mark;
  let e: Expr | null;
  if (!nameEq && (e = expression(p)) && (b = p.expect(T.EQUAL))) {
    p.raiseRange(e, b, 'expression cannot contain assignment, perhaps you meant "=="?');
  }
  p.mark = mark;
  return null;
}

/** invalid_legacy_expression: NAME !'(' star_expressions */
export function invalidLegacyExpression(p: Parser): null {
  let a: Expr | null, b: Expr | null;
  if ((a = p.name()) && !p.at(T.LPAR) && (b = starExpressions(p))) {
    if (isLegacyStmt(a)) {
      const id = (a as { id: string }).id;
      p.raiseRange(a, b, `Missing parentheses in call to '${id}'. Did you mean ${id}(...)?`);
    }
  }
  return null;
}

/** invalid_expression */
export function invalidExpression(p: Parser): null {
  const mark = p.mark;
  // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
  const t = p.peek();
  let excluded = false;
  if (t.type === T.NAME) {
    p.mark++;
    excluded = p.at(T.STRING);
    p.mark = mark;
    excluded ||= p.anySoftKeyword() !== null;
    p.mark = mark;
  }
  let a: Expr | null, b: Expr | null;
  if (!excluded && (a = disjunction(p)) && (b = expressionWithoutInvalid(p))) {
    if (isLegacyStmt(a)) return null;
    if (p.tokens[p.mark - 1].level === 0) return null;
    p.raiseRange(a, b, 'invalid syntax. Perhaps you forgot a comma?');
  }
  p.mark = mark;
  // a=disjunction 'if' b=disjunction !('else'|':')
  if ((a = disjunction(p)) && p.expect(T.KW_IF) && (b = disjunction(p)) && !p.at(T.KW_ELSE) && !p.at(T.COLON)) {
    p.raiseRange(a, b, "expected 'else' after 'if' expression");
  }
  p.mark = mark;
  return null;
}

/** invalid_named_expression (memo) */
export function invalidNamedExpression(p: Parser): null {
  const memo = p.memoGet<null>(M.invalid_named_expression);
  if (memo !== undefined) return null;
  const mark = p.mark;
  let a: Expr | null, b: Expr | null;
  // a=expression ':=' expression
  if ((a = expression(p)) && p.expect(T.COLONEQUAL) && expression(p)) {
    p.raiseAt(a, `cannot use assignment expressions with ${getExprName(a)}`);
  }
  p.mark = mark;
  // a=NAME '=' b=bitwise_or !('='|':=')
  if ((a = p.name()) && p.expect(T.EQUAL) && (b = bitwiseOr(p)) && !p.at(T.EQUAL) && !p.at(T.COLONEQUAL)) {
    p.raiseRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  }
  p.mark = mark;
  // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
  const excluded = p.lookahead(true, list) || p.lookahead(true, tuple) || p.lookahead(true, genexp) ||
    p.at(T.KW_TRUE) || p.at(T.KW_NONE) || p.at(T.KW_FALSE);
  if (!excluded && (a = bitwiseOr(p)) && p.expect(T.EQUAL) && bitwiseOr(p) && !p.at(T.EQUAL) && !p.at(T.COLONEQUAL)) {
    p.raiseAt(a, `cannot assign to ${getExprName(a)} here. Maybe you meant '==' instead of '='?`);
  }
  p.mark = mark;
  p.memoSet(mark, M.invalid_named_expression, null);
  return null;
}

/** invalid_comprehension */
export function invalidComprehension(p: Parser): null {
  const mark = p.mark;
  const open = p.peekType();
  if (open !== T.LSQB && open !== T.LPAR && open !== T.LBRACE) return null;
  let a: Expr | null, b: Expr[] | null, c: Token | null;
  // ('[' | '(' | '{') a=starred_expression for_if_clauses
  p.mark++;
  if ((a = starredExpression(p)) && forIfClauses(p)) {
    p.raiseAt(a, 'iterable unpacking cannot be used in comprehension');
  }
  p.mark = mark;
  if (open === T.LPAR) return null;
  // ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
  p.mark++;
  if ((a = starNamedExpression(p)) && p.expect(T.COMMA) && (b = starNamedExpressions(p)) && forIfClauses(p)) {
    p.raiseRange(a, b[b.length - 1], 'did you forget parentheses around the comprehension target?');
  }
  p.mark = mark + 1;
  // ('[' | '{') a=star_named_expression b=',' for_if_clauses
  if ((a = starNamedExpression(p)) && (c = p.expect(T.COMMA)) && forIfClauses(p)) {
    p.raiseRange(a, c, 'did you forget parentheses around the comprehension target?');
  }
  p.mark = mark;
  return null;
}

/** invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}' */
export function invalidDictComprehension(p: Parser): null {
  const mark = p.mark;
  let a: Token | null;
  if (p.expect(T.LBRACE) && (a = p.expect(T.DOUBLESTAR)) && bitwiseOr(p) && forIfClauses(p) && p.expect(T.RBRACE)) {
    p.raiseAt(a, 'dict unpacking cannot be used in dict comprehension');
  }
  p.mark = mark;
  return null;
}

/** invalid_group: '(' starred_expression ')' | '(' '**' expression ')' */
export function invalidGroup(p: Parser): null {
  const mark = p.mark;
  let a: Expr | null, t: Token | null;
  if (p.expect(T.LPAR) && (a = starredExpression(p)) && p.expect(T.RPAR)) {
    p.raiseAt(a, 'cannot use starred expression here');
  }
  p.mark = mark;
  if (p.expect(T.LPAR) && (t = p.expect(T.DOUBLESTAR)) && expression(p) && p.expect(T.RPAR)) {
    p.raiseAt(t, 'cannot use double starred expression here');
  }
  p.mark = mark;
  return null;
}

/** invalid_double_starred_kvpairs (called after the '{') */
export function invalidDoubleStarredKvpairs(p: Parser): null {
  const mark = p.mark;
  // ','.double_starred_kvpair+ ',' invalid_kvpair
  let n = 0;
  for (;;) {
    const m = p.mark;
    if (n > 0 && !p.expect(T.COMMA)) break;
    if (!doubleStarredKvpair(p)) {
      p.mark = m;
      break;
    }
    n++;
  }
  if (n > 0 && p.expect(T.COMMA)) invalidKvpair(p);
  p.mark = mark;
  invalidKvpairTail(p);
  p.mark = mark;
  return null;
}

/** The last two alternatives shared by invalid_double_starred_kvpairs and invalid_kvpair. */
function invalidKvpairTail(p: Parser): void {
  const mark = p.mark;
  let a: Token | null;
  // expression ':' a='*' bitwise_or
  if (expression(p) && p.expect(T.COLON) && (a = p.expect(T.STAR)) && bitwiseOr(p)) {
    p.raiseStartingFrom(a, 'cannot use a starred expression in a dictionary value');
  }
  p.mark = mark;
  // expression a=':' &('}'|',')
  if (expression(p) && (a = p.expect(T.COLON)) && (p.at(T.RBRACE) || p.at(T.COMMA))) {
    p.raiseAt(a, "expression expected after dictionary key and ':'");
  }
  p.mark = mark;
}

/** invalid_kvpair */
function invalidKvpair(p: Parser): null {
  const mark = p.mark;
  const a = expression(p);
  if (a && !p.at(T.COLON)) {
    p.raiseKnownLocation('SyntaxError', a.lineno, a.end_col_offset - 1, a.end_lineno, -1,
      "':' expected after dictionary key");
  }
  p.mark = mark;
  invalidKvpairTail(p);
  return null;
}

/** invalid_for_target: ASYNC? 'for' star_expressions */
export function invalidForTarget(p: Parser): null {
  p.expect(T.ASYNC);
  let a: Expr | null;
  if (p.expect(T.KW_FOR) && (a = starExpressions(p))) raiseInvalidTarget(p, Targets.FOR, a);
  return null;
}
