// Compound statements: blocks, decorators, def/class, if/while/for/with/try.
// cf. Grammar/python.gram, "COMPOUND STATEMENTS" (block .. finally_block).

import type {
  Arguments, ClassDef, Expr, ExceptHandler, For, FunctionDef, If, Name, Stmt, Try, While, With,
  WithItem,
} from './ast';
import { emptyArguments } from './actions';
import { arguments_ } from './calls';
import { expression, namedExpression, starExpressions } from './expressions';
import {
  invalidBlock, invalidClassDefRaw, invalidDefRaw, invalidElifStmt, invalidElseStmt, invalidExceptStmt,
  invalidExceptStmtIndent, invalidFinallyStmt, invalidForStmt, invalidIfStmt, invalidTryStmt,
  invalidWhileStmt, invalidWithItem, invalidWithStmt, invalidWithStmtIndent,
} from './invalid-stmt';
import { invalidForTarget } from './invalid-expr';
import { params } from './params';
import { M, type Parser } from './parser';
import { matchStmt } from './match';
import { simpleStmts, statements } from './statements';
import { starTarget, starTargets } from './targets';
import { T } from './tokens';

const SYNC_THEN_ASYNC = [false, true] as const;
const TRY_ALTS = [0, 1, 2] as const;

/** compound_stmt */
export function compoundStmt(p: Parser): Stmt | null {
  const mark = p.mark;
  const t = p.peekType();
  let s: Stmt | null = null;
  if (t === T.KW_DEF || t === T.AT || t === T.ASYNC) {
    if ((s = functionDef(p))) return s;
    p.mark = mark;
  }
  if (t === T.KW_IF && (s = ifStmt(p, T.KW_IF))) return s;
  p.mark = mark;
  if (t === T.KW_CLASS || t === T.AT) {
    if ((s = classDef(p))) return s;
    p.mark = mark;
  }
  if ((t === T.KW_WITH || t === T.ASYNC) && (s = withStmt(p))) return s;
  p.mark = mark;
  if ((t === T.KW_FOR || t === T.ASYNC) && (s = forStmt(p))) return s;
  p.mark = mark;
  if (t === T.KW_TRY && (s = tryStmt(p))) return s;
  p.mark = mark;
  if (t === T.KW_WHILE && (s = whileStmt(p))) return s;
  p.mark = mark;
  if ((s = matchStmt(p))) return s;
  p.mark = mark;
  return null;
}

/** block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block */
export function block(p: Parser): Stmt[] | null {
  const memo = p.memoGet<Stmt[]>(M.block);
  if (memo !== undefined) return memo;
  const mark = p.mark;
  let res: Stmt[] | null = null;
  let a: Stmt[] | null;
  if (p.expect(T.NEWLINE) && p.expect(T.INDENT) && (a = statements(p)) && p.expect(T.DEDENT)) {
    res = a;
  } else {
    p.mark = mark;
    res = simpleStmts(p);
    if (!res) {
      p.mark = mark;
      if (p.callInvalidRules) {
        invalidBlock(p);
        p.mark = mark;
      }
    }
  }
  p.memoSet(mark, M.block, res);
  return res;
}

/** decorators: ('@' named_expression NEWLINE)+ */
function decorators(p: Parser): Expr[] | null {
  const out: Expr[] = [];
  for (;;) {
    const m = p.mark;
    let f: Expr | null;
    if (p.expect(T.AT) && (f = namedExpression(p)) && p.expect(T.NEWLINE)) {
      out.push(f);
      continue;
    }
    p.mark = m;
    break;
  }
  return out.length ? out : null;
}

/** class_def: decorators class_def_raw | class_def_raw */
function classDef(p: Parser): Stmt | null {
  const mark = p.mark;
  const d = decorators(p);
  if (d) {
    const c = classDefRaw(p);
    if (c) {
      c.decorator_list = d;
      return c;
    }
  }
  p.mark = mark;
  return classDefRaw(p);
}

/** class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block */
function classDefRaw(p: Parser): ClassDef | null {
  const mark = p.mark;
  const t0 = p.startToken();
  if (p.callInvalidRules) {
    invalidClassDefRaw(p);
    p.mark = mark;
  }
  let a: Name | null, c: Stmt[] | null;
  if (p.expect(T.KW_CLASS) && (a = p.name())) {
    let bases: Expr[] = [];
    let keywords: ClassDef['keywords'] = [];
    const m = p.mark;
    if (p.expect(T.LPAR)) {
      const z = arguments_(p);
      if (p.expect(T.RPAR)) {
        if (z) {
          bases = z.args;
          keywords = z.keywords;
        }
      } else {
        p.mark = m;
      }
    }
    if (p.expect(T.COLON) && (c = block(p))) {
      return p.mk<ClassDef>({ _type: 'ClassDef', name: a.id, bases, keywords, body: c, decorator_list: [] }, t0);
    }
  }
  p.mark = mark;
  return null;
}

/** function_def: decorators function_def_raw | function_def_raw */
function functionDef(p: Parser): Stmt | null {
  const mark = p.mark;
  const d = decorators(p);
  if (d) {
    const f = functionDefRaw(p);
    if (f) {
      f.decorator_list = d;
      return f;
    }
  }
  p.mark = mark;
  return functionDefRaw(p);
}

/**
 * function_def_raw:
 *   | invalid_def_raw
 *   | 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
 *   | ASYNC 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
 */
function functionDefRaw(p: Parser): FunctionDef | null {
  const mark = p.mark;
  const t0 = p.startToken();
  if (p.callInvalidRules) {
    invalidDefRaw(p);
    p.mark = mark;
  }
  for (const isAsync of SYNC_THEN_ASYNC) {
    if (isAsync && !p.expect(T.ASYNC)) break;
    let n: Name | null;
    if (p.expect(T.KW_DEF) && (n = p.name())) {
      p.expectForced(T.LPAR, '(');
      const args: Arguments | null = params(p);
      if (p.expect(T.RPAR)) {
        let returns: Expr | null = null;
        const m = p.mark;
        if (!(p.expect(T.RARROW) && (returns = expression(p)))) {
          p.mark = m;
          returns = null;
        }
        p.expectForced(T.COLON, ':');
        const b = block(p);
        if (b) {
          return p.mk<FunctionDef>({
            _type: (isAsync ? 'AsyncFunctionDef' : 'FunctionDef') as 'FunctionDef', name: n.id, args: args ?? emptyArguments(),
            body: b, decorator_list: [], returns, type_comment: null,
          }, t0);
        }
      }
    }
    p.mark = mark;
  }
  return null;
}

/**
 * if_stmt: invalid_if_stmt | 'if' named_expression ':' block elif_stmt
 *        | 'if' named_expression ':' block [else_block]
 * (elif_stmt is the same rule with 'elif'.)
 */
function ifStmt(p: Parser, kw: T.KW_IF | T.KW_ELIF): Stmt | null {
  const mark = p.mark;
  const t0 = p.startToken();
  if (p.callInvalidRules) {
    if (kw === T.KW_IF) invalidIfStmt(p);
    else invalidElifStmt(p);
    p.mark = mark;
  }
  let a: Expr | null, b: Stmt[] | null;
  if (p.expect(kw) && (a = namedExpression(p)) && p.expect(T.COLON) && (b = block(p))) {
    const afterBlock = p.mark;
    const c = ifStmt(p, T.KW_ELIF);
    if (c) return p.mk<If>({ _type: 'If', test: a, body: b, orelse: [c] }, t0);
    p.mark = afterBlock;
    const e = elseBlock(p);
    return p.mk<If>({ _type: 'If', test: a, body: b, orelse: e ?? [] }, t0);
  }
  p.mark = mark;
  return null;
}

/** else_block: invalid_else_stmt | 'else' &&':' block */
function elseBlock(p: Parser): Stmt[] | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    invalidElseStmt(p);
    p.mark = mark;
  }
  if (!p.expect(T.KW_ELSE)) return null;
  p.expectForced(T.COLON, ':');
  const b = block(p);
  if (b) return b;
  p.mark = mark;
  return null;
}

/** while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block] */
function whileStmt(p: Parser): Stmt | null {
  const mark = p.mark;
  const t0 = p.startToken();
  if (p.callInvalidRules) {
    invalidWhileStmt(p);
    p.mark = mark;
  }
  let a: Expr | null, b: Stmt[] | null;
  if (p.expect(T.KW_WHILE) && (a = namedExpression(p)) && p.expect(T.COLON) && (b = block(p))) {
    const c = elseBlock(p);
    return p.mk<While>({ _type: 'While', test: a, body: b, orelse: c ?? [] }, t0);
  }
  p.mark = mark;
  return null;
}

/**
 * for_stmt: invalid_for_stmt
 *   | [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
 *   | invalid_for_target
 */
function forStmt(p: Parser): Stmt | null {
  const mark = p.mark;
  const t0 = p.startToken();
  if (p.callInvalidRules) {
    invalidForStmt(p);
    p.mark = mark;
  }
  for (const isAsync of SYNC_THEN_ASYNC) {
    if (isAsync && !p.expect(T.ASYNC)) break;
    let t: Expr | null;
    if (p.expect(T.KW_FOR) && (t = starTargets(p)) && p.expect(T.KW_IN)) {
      let ex: Expr | null, b: Stmt[] | null;
      if ((ex = starExpressions(p)) && p.expect(T.COLON) && (b = block(p))) {
        const el = elseBlock(p);
        return p.mk<For>({
          _type: isAsync ? 'AsyncFor' : 'For', target: t, iter: ex, body: b, orelse: el ?? [], type_comment: null,
        } as For, t0);
      }
      p.mark = mark;
      return null; // cut
    }
    p.mark = mark;
  }
  if (p.callInvalidRules) {
    invalidForTarget(p);
    p.mark = mark;
  }
  return null;
}

/** ','.with_item+ */
function withItems(p: Parser): WithItem[] | null {
  const out: WithItem[] = [];
  for (;;) {
    const m = p.mark;
    if (out.length > 0 && !p.expect(T.COMMA)) break;
    const w = withItem(p);
    if (!w) {
      p.mark = m;
      break;
    }
    out.push(w);
  }
  return out.length ? out : null;
}

/**
 * with_stmt: invalid_with_stmt_indent
 *   | [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
 *   | [ASYNC] 'with' ','.with_item+ ':' [TYPE_COMMENT] block
 *   | invalid_with_stmt
 */
function withStmt(p: Parser): Stmt | null {
  const mark = p.mark;
  const t0 = p.startToken();
  if (p.callInvalidRules) {
    invalidWithStmtIndent(p);
    p.mark = mark;
  }
  for (const isAsync of SYNC_THEN_ASYNC) {
    if (isAsync && !p.expect(T.ASYNC)) break;
    const afterAsync = p.mark;
    let a: WithItem[] | null, b: Stmt[] | null;
    if (p.expect(T.KW_WITH) && p.expect(T.LPAR) && (a = withItems(p))) {
      p.expect(T.COMMA);
      if (p.expect(T.RPAR) && p.expect(T.COLON) && (b = block(p))) {
        return p.mk<With>({ _type: isAsync ? 'AsyncWith' : 'With', items: a, body: b, type_comment: null } as With, t0);
      }
    }
    p.mark = afterAsync;
    if (p.expect(T.KW_WITH) && (a = withItems(p)) && p.expect(T.COLON) && (b = block(p))) {
      return p.mk<With>({ _type: isAsync ? 'AsyncWith' : 'With', items: a, body: b, type_comment: null } as With, t0);
    }
    p.mark = mark;
  }
  if (p.callInvalidRules) {
    invalidWithStmt(p);
    p.mark = mark;
  }
  return null;
}

/** with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression */
function withItem(p: Parser): WithItem | null {
  const mark = p.mark;
  let e: Expr | null, t: Expr | null;
  if ((e = expression(p)) && p.expect(T.KW_AS) && (t = starTarget(p))) {
    const n = p.peekType();
    if (n === T.COMMA || n === T.RPAR || n === T.COLON) return { _type: 'withitem', context_expr: e, optional_vars: t };
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    invalidWithItem(p);
    p.mark = mark;
  }
  if ((e = expression(p))) return { _type: 'withitem', context_expr: e, optional_vars: null };
  p.mark = mark;
  return null;
}

/**
 * try_stmt: invalid_try_stmt
 *   | 'try' &&':' block finally_block
 *   | 'try' &&':' block except_block+ [else_block] [finally_block]
 *   | 'try' &&':' block except_star_block+ [else_block] [finally_block]
 */
function tryStmt(p: Parser): Stmt | null {
  const mark = p.mark;
  const t0 = p.startToken();
  if (p.callInvalidRules) {
    invalidTryStmt(p);
    p.mark = mark;
  }
  for (const alt of TRY_ALTS) {
    if (!p.expect(T.KW_TRY)) return null;
    p.expectForced(T.COLON, ':');
    const b = block(p);
    if (b) {
      if (alt === 0) {
        const f = finallyBlock(p);
        if (f) return p.mk<Try>({ _type: 'Try', body: b, handlers: [], orelse: [], finalbody: f }, t0);
      } else {
        const ex = exceptBlocks(p, alt === 2);
        if (ex) {
          const el = elseBlock(p);
          const f = finallyBlock(p);
          return p.mk<Try>({
            _type: alt === 2 ? 'TryStar' : 'Try', body: b, handlers: ex, orelse: el ?? [], finalbody: f ?? [],
          } as Try, t0);
        }
      }
    }
    p.mark = mark;
  }
  return null;
}

function exceptBlocks(p: Parser, star: boolean): ExceptHandler[] | null {
  const out: ExceptHandler[] = [];
  for (;;) {
    const h = exceptBlock(p, star);
    if (!h) break;
    out.push(h);
  }
  return out.length ? out : null;
}

/**
 * except_block: invalid_except_stmt_indent | 'except' expression ['as' NAME] ':' block
 *             | 'except' ':' block | invalid_except_stmt
 * except_star_block: invalid_except_star_stmt_indent | 'except' '*' expression ['as' NAME] ':' block
 *             | invalid_except_stmt
 */
export function exceptBlock(p: Parser, star: boolean): ExceptHandler | null {
  const mark = p.mark;
  const t0 = p.startToken();
  if (p.callInvalidRules) {
    invalidExceptStmtIndent(p, star);
    p.mark = mark;
  }
  let e: Expr | null, b: Stmt[] | null;
  if (p.expect(T.KW_EXCEPT) && (!star || p.expect(T.STAR)) && (e = expression(p))) {
    const m = p.mark;
    let name: string | null = null;
    let z: Name | null;
    if (p.expect(T.KW_AS) && (z = p.name())) name = z.id;
    else p.mark = m;
    if (p.expect(T.COLON) && (b = block(p))) {
      return p.mk<ExceptHandler>({ _type: 'ExceptHandler', type: e, name, body: b }, t0);
    }
  }
  p.mark = mark;
  if (!star && p.expect(T.KW_EXCEPT) && p.expect(T.COLON) && (b = block(p))) {
    return p.mk<ExceptHandler>({ _type: 'ExceptHandler', type: null, name: null, body: b }, t0);
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    invalidExceptStmt(p);
    p.mark = mark;
  }
  return null;
}

/** finally_block: invalid_finally_stmt | 'finally' &&':' block */
function finallyBlock(p: Parser): Stmt[] | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    invalidFinallyStmt(p);
    p.mark = mark;
  }
  if (!p.expect(T.KW_FINALLY)) return null;
  p.expectForced(T.COLON, ':');
  const a = block(p);
  if (a) return a;
  p.mark = mark;
  return null;
}
