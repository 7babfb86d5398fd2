// Call arguments. cf. Grammar/python.gram, "FUNCTION CALL ARGUMENTS"
// (arguments, args, kwargs, starred_expression, kwarg_or_starred, kwarg_or_double_starred).

import type { Call, Expr, Keyword, Name } from './ast';
import { keywordsOf, starredOf, type KeywordOrStarred } from './actions';
import { assignmentOrExpression, expression } from './expressions';
import { invalidArguments, invalidKwarg } from './invalid-expr';
import { M, type Parser } from './parser';
import { starredExpression } from './primary';
import { T } from './tokens';

/** cf. _PyPegen_dummy_name: the placeholder `func` of the Call that `args` returns. */
function dummyName(): Name {
  return { _type: 'Name', id: '', ctx: 'Load', lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };
}

/** arguments (memo): args [','] &')' | invalid_arguments */
export function arguments_(p: Parser): Call | null {
  const memo = p.memoGet<Call>(M.arguments);
  if (memo !== undefined) return memo;
  const mark = p.mark;
  let res: Call | null = null;
  const a = args(p);
  if (a) {
    p.expect(T.COMMA);
    if (p.at(T.RPAR)) res = a;
  }
  if (!res) {
    p.mark = mark;
    if (p.callInvalidRules) {
      invalidArguments(p);
      p.mark = mark;
    }
  }
  p.memoSet(mark, M.arguments, res);
  return res;
}

/** (starred_expression | (assignment_expression | expression !':=') !'=') */
function argItem(p: Parser): Expr | null {
  const mark = p.mark;
  let a = starredExpression(p);
  if (a) return a;
  a = assignmentOrExpression(p);
  if (a && !p.at(T.EQUAL)) return a;
  p.mark = mark;
  return null;
}

/** ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ */
export function argItems(p: Parser): Expr[] | null {
  return gather(p, argItem);
}

/**
 * args:
 *   | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
 *   | kwargs
 */
export function args(p: Parser): Call | null {
  const mark = p.mark;
  const t0 = p.startToken();
  const a = argItems(p) ?? [];
  if (a.length > 0) {
    const m = p.mark;
    let b: KeywordOrStarred[] | null = null;
    if (!(p.expect(T.COMMA) && (b = kwargs(p)))) {
      p.mark = m;
      b = null;
    }
    const callArgs = b ? a.concat(starredOf(b)) : a;
    const keywords = b ? keywordsOf(b) : [];
    return p.mk<Call>({ _type: 'Call', func: dummyName(), args: callArgs, keywords }, t0);
  }
  p.mark = mark;
  const k = kwargs(p);
  if (k) return p.mk<Call>({ _type: 'Call', func: dummyName(), args: starredOf(k), keywords: keywordsOf(k) }, t0);
  p.mark = mark;
  return null;
}

function gather<R>(p: Parser, item: (p: Parser) => R | null): R[] | null {
  const out: R[] = [];
  for (;;) {
    const m = p.mark;
    if (out.length > 0 && !p.expect(T.COMMA)) break;
    const e = item(p);
    if (e === null) {
      p.mark = m;
      break;
    }
    out.push(e);
  }
  return out.length ? out : null;
}

/**
 * kwargs:
 *   | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
 *   | ','.kwarg_or_starred+
 *   | ','.kwarg_or_double_starred+
 */
export function kwargs(p: Parser): KeywordOrStarred[] | null {
  const mark = p.mark;
  let a: KeywordOrStarred[] | null, b: KeywordOrStarred[] | null;
  if ((a = gather(p, kwargOrStarred)) && p.expect(T.COMMA) && (b = gather(p, kwargOrDoubleStarred))) {
    return a.concat(b);
  }
  p.mark = mark;
  if ((a = gather(p, kwargOrStarred))) return a;
  p.mark = mark;
  if ((a = gather(p, kwargOrDoubleStarred))) return a;
  p.mark = mark;
  return null;
}

/** NAME '=' expression, as a keyword */
function nameEqualsExpression(p: Parser): KeywordOrStarred | null {
  const mark = p.mark;
  const t0 = p.startToken();
  let a: Name | null, b: Expr | null;
  if ((a = p.name()) && p.expect(T.EQUAL) && (b = expression(p))) {
    return { element: p.mk<Keyword>({ _type: 'keyword', arg: a.id, value: b }, t0), isKeyword: true };
  }
  p.mark = mark;
  return null;
}

/** kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression */
function kwargOrStarred(p: Parser): KeywordOrStarred | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    invalidKwarg(p);
    p.mark = mark;
  }
  const k = nameEqualsExpression(p);
  if (k) return k;
  const a = starredExpression(p);
  if (a) return { element: a, isKeyword: false };
  p.mark = mark;
  return null;
}

/** kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression */
function kwargOrDoubleStarred(p: Parser): KeywordOrStarred | null {
  const mark = p.mark;
  const t0 = p.startToken();
  if (p.callInvalidRules) {
    invalidKwarg(p);
    p.mark = mark;
  }
  const k = nameEqualsExpression(p);
  if (k) return k;
  let a: Expr | null;
  if (p.expect(T.DOUBLESTAR) && (a = expression(p))) {
    return { element: p.mk<Keyword>({ _type: 'keyword', arg: null, value: a }, t0), isKeyword: true };
  }
  p.mark = mark;
  return null;
}
