// The start rules of compile()'s 'eval' and 'single' modes (the 'exec' mode is `file`).
// cf. Grammar/python.gram "STARTING RULES": eval, interactive, statement_newline, expressions;
// Parser/pegen.c bad_single_statement.

import type { Expr, Expression, Interactive, Pass, Stmt, Tuple } from './ast';
import { compoundStmt } from './compound';
import { expression } from './expressions';
import type { Parser } from './parser';
import { simpleStmts } from './statements';
import { T } from './tokens';

/** eval: expressions NEWLINE* ENDMARKER */
export function evalInput(p: Parser): Expression | null {
  const mark = p.mark;
  const a = expressions(p);
  if (a) {
    while (p.expect(T.NEWLINE));
    if (p.expect(T.ENDMARKER)) return { _type: 'Expression', body: a };
  }
  p.mark = mark;
  return null;
}

/** interactive: statement_newline */
export function interactiveInput(p: Parser): Interactive | null {
  const a = statementNewline(p);
  return a ? { _type: 'Interactive', body: a } : null;
}

/**
 * statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
 * (ENDMARKER is _PyPegen_interactive_exit: no result, the error is the generic one).
 */
function statementNewline(p: Parser): Stmt[] | null {
  const mark = p.mark;
  const a = compoundStmt(p);
  if (a && p.expect(T.NEWLINE)) return [a];
  p.mark = mark;
  const b = simpleStmts(p);
  if (b) return b;
  p.mark = mark;
  const t0 = p.startToken();
  if (p.expect(T.NEWLINE)) return [p.mk<Pass>({ _type: 'Pass' }, t0)];
  p.mark = mark;
  return null;
}

/**
 * expressions: expression (',' expression)+ [','] | expression ',' | expression
 */
function expressions(p: Parser): Expr | null {
  const mark = p.mark;
  const t0 = p.startToken();
  const a = expression(p);
  if (!a) {
    p.mark = mark;
    return null;
  }
  let elts: Expr[] | null = null;
  for (;;) {
    const m = p.mark;
    let c: Expr | null;
    if (p.expect(T.COMMA) && (c = expression(p))) {
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

/**
 * Whether anything but blanks and comments follows the statement compiled in 'single' mode.
 * cf. pegen.c bad_single_statement (from tok->cur).
 */
export function badSingleStatement(src: string, cur: number): boolean {
  let i = cur;
  for (;;) {
    while (i < src.length && (src[i] === ' ' || src[i] === '\t' || src[i] === '\n' || src[i] === '\f')) i++;
    if (i >= src.length) return false;
    if (src[i] !== '#') return true;
    while (i < src.length && src[i] !== '\n') i++;
  }
}
