// Specialised errors for statements (second pass only): bad assignment targets, missing
// colons, missing indented blocks, malformed with/try/except.
// cf. Grammar/python.gram invalid_assignment, invalid_ann_assign_target, invalid_del_stmt,
// invalid_block, invalid_import_from_targets, invalid_with_stmt(_indent), invalid_with_item,
// invalid_try_stmt, invalid_except_stmt(_indent), invalid_except_star_stmt_indent,
// invalid_finally_stmt, invalid_if/elif/else/while/for_stmt, invalid_def_raw, invalid_class_def_raw.
// Each function either raises or returns null; callers restore the mark.

import type { Expr } from './ast';
import { getExprName, raiseInvalidTarget, Targets } from './actions';
import { arguments_ } from './calls';
import { list, tuple } from './collections';
import { block, exceptBlock } from './compound';
import {
  expression, expressions, namedExpression, starExpressions, starNamedExpression, starNamedExpressions,
  yieldExpr,
} from './expressions';
import { params } from './params';
import type { Parser } from './parser';
import { augassign } from './statements';
import { starTarget, starTargets } from './targets';
import { T, type Token } from './tokens';

/** `NEWLINE !INDENT` */
function newlineNoIndent(p: Parser): boolean {
  return p.expect(T.NEWLINE) !== null && !p.at(T.INDENT);
}

function indentError(p: Parser, what: string, line: number): never {
  return p.raise(`expected an indented block after ${what} on line ${line}`, 'IndentationError');
}

/** invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
function invalidAnnAssignTarget(p: Parser): Expr | null {
  const mark = p.mark;
  let a: Expr | null;
  if ((a = list(p))) return a;
  p.mark = mark;
  if ((a = tuple(p))) return a;
  p.mark = mark;
  if (p.expect(T.LPAR) && (a = invalidAnnAssignTarget(p)) && p.expect(T.RPAR)) return a;
  p.mark = mark;
  return null;
}

/** (star_targets '=')* */
function starTargetsEqualsLoop(p: Parser): void {
  for (;;) {
    const m = p.mark;
    if (starTargets(p) && p.expect(T.EQUAL)) continue;
    p.mark = m;
    return;
  }
}

/** invalid_assignment */
export function invalidAssignment(p: Parser): null {
  const mark = p.mark;
  let a: Expr | null;
  // a=invalid_ann_assign_target ':' expression
  if ((a = invalidAnnAssignTarget(p)) && p.expect(T.COLON) && expression(p)) {
    p.raiseAt(a, `only single target (not ${getExprName(a)}) can be annotated`);
  }
  p.mark = mark;
  // a=star_named_expression ',' star_named_expressions* ':' expression
  if ((a = starNamedExpression(p)) && p.expect(T.COMMA)) {
    while (starNamedExpressions(p)) { /* star_named_expressions* */ }
    if (p.expect(T.COLON) && expression(p)) p.raiseAt(a, 'only single target (not tuple) can be annotated');
  }
  p.mark = mark;
  // a=expression ':' expression
  if ((a = expression(p)) && p.expect(T.COLON) && expression(p)) p.raiseAt(a, 'illegal target for annotation');
  p.mark = mark;
  // (star_targets '=')* a=star_expressions '='
  starTargetsEqualsLoop(p);
  if ((a = starExpressions(p)) && p.expect(T.EQUAL)) return raiseInvalidTarget(p, Targets.STAR, a);
  p.mark = mark;
  // (star_targets '=')* a=yield_expr '='
  starTargetsEqualsLoop(p);
  if ((a = yieldExpr(p)) && p.expect(T.EQUAL)) p.raiseAt(a, 'assignment to yield expression not possible');
  p.mark = mark;
  // a=star_expressions augassign (yield_expr | star_expressions)
  if ((a = starExpressions(p)) && augassign(p) && (yieldExpr(p) || starExpressions(p))) {
    p.raiseAt(a, `'${getExprName(a)}' is an illegal expression for augmented assignment`);
  }
  p.mark = mark;
  return null;
}

/** invalid_del_stmt: 'del' star_expressions */
export function invalidDelStmt(p: Parser): null {
  let a: Expr | null;
  if (p.expect(T.KW_DEL) && (a = starExpressions(p))) raiseInvalidTarget(p, Targets.DEL, a);
  return null;
}

/** invalid_block: NEWLINE !INDENT */
export function invalidBlock(p: Parser): null {
  if (newlineNoIndent(p)) p.raise('expected an indented block', 'IndentationError');
  return null;
}

/** invalid_import_from_targets: import_from_as_names ',' NEWLINE (names already parsed) */
export function invalidImportFromTargets(p: Parser): null {
  if (p.expect(T.COMMA) && p.expect(T.NEWLINE)) {
    p.raise('trailing comma not allowed without surrounding parentheses');
  }
  return null;
}

/** ','.(item ['as' star_target])+ */
function withItemsLoose(p: Parser, item: (p: Parser) => Expr | null): boolean {
  let n = 0;
  for (;;) {
    const m = p.mark;
    if (n > 0 && !p.expect(T.COMMA)) break;
    if (!item(p)) {
      p.mark = m;
      break;
    }
    const m2 = p.mark;
    if (!(p.expect(T.KW_AS) && starTarget(p))) p.mark = m2;
    n++;
  }
  return n > 0;
}

/** [ASYNC] 'with' (items | '(' items ','? ')'); returns the 'with' token or null. */
function withHeader(p: Parser, paren: boolean): Token | null {
  p.expect(T.ASYNC);
  const a = p.expect(T.KW_WITH);
  if (!a) return null;
  if (!paren) return withItemsLoose(p, expression) ? a : null;
  if (!(p.expect(T.LPAR) && withItemsLoose(p, expressions))) return null;
  p.expect(T.COMMA);
  return p.expect(T.RPAR) ? a : null;
}

/** invalid_with_stmt */
export function invalidWithStmt(p: Parser): null {
  const mark = p.mark;
  for (const paren of [false, true]) {
    if (withHeader(p, paren) && p.expect(T.NEWLINE)) p.raise("expected ':'");
    p.mark = mark;
  }
  return null;
}

/** invalid_with_stmt_indent */
export function invalidWithStmtIndent(p: Parser): null {
  const mark = p.mark;
  for (const paren of [false, true]) {
    const a = withHeader(p, paren);
    if (a && p.expect(T.COLON) && newlineNoIndent(p)) indentError(p, "'with' statement", a.lineno);
    p.mark = mark;
  }
  return null;
}

/** invalid_with_item: expression 'as' a=expression &(',' | ')' | ':') */
export function invalidWithItem(p: Parser): null {
  let a: Expr | null;
  if (expression(p) && p.expect(T.KW_AS) && (a = expression(p))) {
    const n = p.peekType();
    if (n === T.COMMA || n === T.RPAR || n === T.COLON) raiseInvalidTarget(p, Targets.STAR, a);
  }
  return null;
}

/** ['as' NAME] */
function optAsName(p: Parser): void {
  const m = p.mark;
  if (!(p.expect(T.KW_AS) && p.name())) p.mark = m;
}

/** except_block+ / except_star_block+ */
function exceptClauses(p: Parser, star: boolean): number {
  let n = 0;
  while (exceptBlock(p, star)) n++;
  return n;
}

/** invalid_try_stmt */
export function invalidTryStmt(p: Parser): null {
  const mark = p.mark;
  let a: Token | null, b: Token | null;
  // a='try' ':' NEWLINE !INDENT
  if ((a = p.expect(T.KW_TRY)) && p.expect(T.COLON) && newlineNoIndent(p)) indentError(p, "'try' statement", a.lineno);
  p.mark = mark;
  // 'try' ':' block !('except' | 'finally')
  if (p.expect(T.KW_TRY) && p.expect(T.COLON) && block(p) && !p.at(T.KW_EXCEPT) && !p.at(T.KW_FINALLY)) {
    p.raise("expected 'except' or 'finally' block");
  }
  p.mark = mark;
  // 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
  if (p.expect(T.KW_TRY) && p.expect(T.COLON)) {
    while (block(p)) { /* block* */ }
    if (exceptClauses(p, false) && (a = p.expect(T.KW_EXCEPT)) && (b = p.expect(T.STAR)) && expression(p)) {
      optAsName(p);
      if (p.expect(T.COLON)) p.raiseRange(a, b, "cannot have both 'except' and 'except*' on the same 'try'");
    }
  }
  p.mark = mark;
  // 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':'
  if (p.expect(T.KW_TRY) && p.expect(T.COLON)) {
    while (block(p)) { /* block* */ }
    if (exceptClauses(p, true) && (a = p.expect(T.KW_EXCEPT))) {
      const m = p.mark;
      if (expression(p)) optAsName(p);
      else p.mark = m;
      if (p.expect(T.COLON)) p.raiseAt(a, "cannot have both 'except' and 'except*' on the same 'try'");
    }
  }
  p.mark = mark;
  return null;
}

/** invalid_except_stmt */
export function invalidExceptStmt(p: Parser): null {
  const mark = p.mark;
  let a: Expr | null;
  // 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
  if (p.expect(T.KW_EXCEPT)) {
    p.expect(T.STAR);
    if ((a = expression(p)) && p.expect(T.COMMA) && expressions(p)) {
      optAsName(p);
      if (p.expect(T.COLON)) p.raiseStartingFrom(a, 'multiple exception types must be parenthesized');
    }
  }
  p.mark = mark;
  // a='except' '*'? expression ['as' NAME ] NEWLINE
  if (p.expect(T.KW_EXCEPT)) {
    p.expect(T.STAR);
    if (expression(p)) {
      optAsName(p);
      if (p.expect(T.NEWLINE)) p.raise("expected ':'");
    }
  }
  p.mark = mark;
  // a='except' NEWLINE
  if (p.expect(T.KW_EXCEPT) && p.expect(T.NEWLINE)) p.raise("expected ':'");
  p.mark = mark;
  // a='except' '*' (NEWLINE | ':')
  if (p.expect(T.KW_EXCEPT) && p.expect(T.STAR) && (p.expect(T.NEWLINE) || p.expect(T.COLON))) {
    p.raise('expected one or more exception types');
  }
  p.mark = mark;
  return null;
}

/** invalid_except_stmt_indent / invalid_except_star_stmt_indent */
export function invalidExceptStmtIndent(p: Parser, star: boolean): null {
  const mark = p.mark;
  let a: Token | null;
  if ((a = p.expect(T.KW_EXCEPT)) && (!star || p.expect(T.STAR)) && expression(p)) {
    optAsName(p);
    if (p.expect(T.COLON) && newlineNoIndent(p)) indentError(p, star ? "'except*' statement" : "'except' statement", a.lineno);
  }
  p.mark = mark;
  if (!star && (a = p.expect(T.KW_EXCEPT)) && p.expect(T.COLON) && newlineNoIndent(p)) {
    indentError(p, "'except' statement", a.lineno);
  }
  p.mark = mark;
  return null;
}

/** invalid_finally_stmt: a='finally' ':' NEWLINE !INDENT */
export function invalidFinallyStmt(p: Parser): null {
  let a: Token | null;
  if ((a = p.expect(T.KW_FINALLY)) && p.expect(T.COLON) && newlineNoIndent(p)) {
    indentError(p, "'finally' statement", a.lineno);
  }
  return null;
}

/** invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt */
function invalidCondStmt(p: Parser, kw: T, what: string): null {
  const mark = p.mark;
  // kw named_expression NEWLINE
  if (p.expect(kw) && namedExpression(p) && p.expect(T.NEWLINE)) p.raise("expected ':'");
  p.mark = mark;
  // a=kw named_expression ':' NEWLINE !INDENT
  const a = p.expect(kw);
  if (a && namedExpression(p) && p.expect(T.COLON) && newlineNoIndent(p)) indentError(p, what, a.lineno);
  p.mark = mark;
  return null;
}

export function invalidIfStmt(p: Parser): null {
  return invalidCondStmt(p, T.KW_IF, "'if' statement");
}

export function invalidElifStmt(p: Parser): null {
  return invalidCondStmt(p, T.KW_ELIF, "'elif' statement");
}

export function invalidWhileStmt(p: Parser): null {
  return invalidCondStmt(p, T.KW_WHILE, "'while' statement");
}

/** invalid_else_stmt: a='else' ':' NEWLINE !INDENT */
export function invalidElseStmt(p: Parser): null {
  let a: Token | null;
  if ((a = p.expect(T.KW_ELSE)) && p.expect(T.COLON) && newlineNoIndent(p)) indentError(p, "'else' statement", a.lineno);
  return null;
}

/** invalid_for_stmt */
export function invalidForStmt(p: Parser): null {
  const mark = p.mark;
  for (const withColon of [false, true]) {
    p.expect(T.ASYNC);
    const a = p.expect(T.KW_FOR);
    if (a && starTargets(p) && p.expect(T.KW_IN) && starExpressions(p)) {
      if (!withColon && p.expect(T.NEWLINE)) p.raise("expected ':'");
      if (withColon && p.expect(T.COLON) && newlineNoIndent(p)) indentError(p, "'for' statement", a.lineno);
    }
    p.mark = mark;
  }
  return null;
}

/** invalid_def_raw: [ASYNC] a='def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT */
export function invalidDefRaw(p: Parser): null {
  const mark = p.mark;
  p.expect(T.ASYNC);
  const a = p.expect(T.KW_DEF);
  if (a && p.name() && p.expect(T.LPAR)) {
    params(p);
    if (p.expect(T.RPAR)) {
      const m = p.mark;
      if (!(p.expect(T.RARROW) && expression(p))) p.mark = m;
      if (p.expect(T.COLON) && newlineNoIndent(p)) indentError(p, 'function definition', a.lineno);
    }
  }
  p.mark = mark;
  return null;
}

/** invalid_class_def_raw */
export function invalidClassDefRaw(p: Parser): null {
  const mark = p.mark;
  for (const withColon of [false, true]) {
    const a = p.expect(T.KW_CLASS);
    if (a && p.name()) {
      const m = p.mark;
      if (p.expect(T.LPAR)) {
        arguments_(p);
        if (!p.expect(T.RPAR)) p.mark = m;
      }
      if (!withColon && p.expect(T.NEWLINE)) p.raise("expected ':'");
      if (withColon && p.expect(T.COLON) && newlineNoIndent(p)) indentError(p, 'class definition', a.lineno);
    }
    p.mark = mark;
  }
  return null;
}
