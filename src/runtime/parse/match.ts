// The match statement: subject, case blocks and guards, with their specialised errors.
// cf. Grammar/python.gram, "Match statement" (match_stmt, subject_expr, case_block, guard) and
// invalid_match_stmt, invalid_case_block. `match` and `case` are soft keywords.

import type { Expr, Match, MatchCase, Name, Pattern, Stmt, Tuple } from './ast';
import { block } from './compound';
import { namedExpression, starNamedExpression, starNamedExpressions } from './expressions';
import type { Parser } from './parser';
import { patterns } from './patterns';
import { T } from './tokens';

/**
 * match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt
 */
export function matchStmt(p: Parser): Stmt | null {
  const mark = p.mark;
  const t0 = p.startToken();
  let subject: Expr | null;
  if (p.softKeyword('match') && (subject = subjectExpr(p)) && p.expect(T.COLON) && p.expect(T.NEWLINE) && p.expect(T.INDENT)) {
    const cases: MatchCase[] = [];
    for (;;) {
      const c = caseBlock(p);
      if (!c) break;
      cases.push(c);
    }
    if (cases.length && p.expect(T.DEDENT)) return p.mk<Match>({ _type: 'Match', subject, cases }, t0);
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    invalidMatchStmt(p);
    p.mark = mark;
  }
  return null;
}

/** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
function subjectExpr(p: Parser): Expr | null {
  const mark = p.mark;
  const t0 = p.startToken();
  let value: Expr | null;
  if ((value = starNamedExpression(p)) && p.expect(T.COMMA)) {
    const values = starNamedExpressions(p);
    return p.mk<Tuple>({ _type: 'Tuple', elts: values ? [value, ...values] : [value], ctx: 'Load' }, t0);
  }
  p.mark = mark;
  return namedExpression(p);
}

/** guard: 'if' named_expression */
function guard(p: Parser): Expr | null {
  const mark = p.mark;
  let g: Expr | null;
  if (p.expect(T.KW_IF) && (g = namedExpression(p))) return g;
  p.mark = mark;
  return null;
}

/** case_block: invalid_case_block | "case" patterns guard? ':' block */
function caseBlock(p: Parser): MatchCase | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    invalidCaseBlock(p);
    p.mark = mark;
  }
  let pattern: Pattern | null, body: Stmt[] | null;
  if (p.softKeyword('case') && (pattern = patterns(p))) {
    const g = guard(p);
    if (p.expect(T.COLON) && (body = block(p))) return { _type: 'match_case', pattern, guard: g, body };
  }
  p.mark = mark;
  return null;
}

/** invalid_match_stmt */
function invalidMatchStmt(p: Parser): null {
  const mark = p.mark;
  if (p.softKeyword('match') && subjectExpr(p) && p.expect(T.NEWLINE)) p.raise("expected ':'");
  p.mark = mark;
  let a: Name | null;
  if ((a = p.softKeyword('match')) && subjectExpr(p) && p.expect(T.COLON) && p.expect(T.NEWLINE) && !p.at(T.INDENT)) {
    p.raise(`expected an indented block after 'match' statement on line ${a.lineno}`, 'IndentationError');
  }
  p.mark = mark;
  return null;
}

/** invalid_case_block */
function invalidCaseBlock(p: Parser): null {
  const mark = p.mark;
  let a: Name | null;
  for (const withColon of [false, true]) {
    if ((a = p.softKeyword('case')) && patterns(p)) {
      guard(p);
      if (!withColon && p.expect(T.NEWLINE)) p.raise("expected ':'");
      if (withColon && p.expect(T.COLON) && p.expect(T.NEWLINE) && !p.at(T.INDENT)) {
        p.raise(`expected an indented block after 'case' statement on line ${a.lineno}`, 'IndentationError');
      }
    }
    p.mark = mark;
  }
  return null;
}

