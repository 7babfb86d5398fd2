// The module and simple statements: assignments, return/raise/del/assert/global/nonlocal,
// pass/break/continue, expression statements and imports.
// cf. Grammar/python.gram, "STARTING RULES", "GENERAL STATEMENTS", "SIMPLE STATEMENTS",
// "Import statements".

import type {
  Alias, AnnAssign, Assert, Assign, AugAssign, Break, Continue, Delete, Pass, Expr, ExprStmt, Global, Import, ImportFrom,
  Module, Name, Nonlocal, Operator, Raise, Return, Stmt,
} from './ast';
import { flatten, setExprContext } from './actions';
import { compoundStmt } from './compound';
import { expression, starExpressions, yieldExpr } from './expressions';
import { invalidAssignment, invalidDelStmt, invalidImportFromTargets } from './invalid-stmt';
import { M, type Parser } from './parser';
import { delTargets, singleSubscriptAttributeTarget, singleTarget, starTargets } from './targets';
import { T, type Token } from './tokens';

/** file: [statements] ENDMARKER */
export function file(p: Parser): Module | null {
  const mark = p.mark;
  const a = statements(p);
  if (p.expect(T.ENDMARKER)) return { _type: 'Module', body: a ?? [], type_ignores: [] };
  p.mark = mark;
  return null;
}

/** statements: statement+ */
export function statements(p: Parser): Stmt[] | null {
  const seqs: Stmt[][] = [];
  for (;;) {
    const s = statement(p);
    if (!s) break;
    seqs.push(s);
  }
  return seqs.length ? flatten(seqs) : null;
}

/** statement: compound_stmt | simple_stmts */
function statement(p: Parser): Stmt[] | null {
  const mark = p.mark;
  const a = compoundStmt(p);
  if (a) return [a];
  p.mark = mark;
  const b = simpleStmts(p);
  if (b) return b;
  p.mark = mark;
  return null;
}

/** simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE */
export function simpleStmts(p: Parser): Stmt[] | null {
  const mark = p.mark;
  const a = simpleStmt(p);
  if (a && !p.at(T.SEMI) && p.expect(T.NEWLINE)) return [a];
  p.mark = mark;
  const out: Stmt[] = [];
  for (;;) {
    const m = p.mark;
    if (out.length > 0 && !p.expect(T.SEMI)) break;
    const s = simpleStmt(p);
    if (!s) {
      p.mark = m;
      break;
    }
    out.push(s);
  }
  if (out.length) {
    p.expect(T.SEMI);
    if (p.expect(T.NEWLINE)) return out;
  }
  p.mark = mark;
  return null;
}

/** simple_stmt (memo) */
function simpleStmt(p: Parser): Stmt | null {
  const memo = p.memoGet<Stmt>(M.simple_stmt);
  if (memo !== undefined) return memo;
  const mark = p.mark;
  const res = simpleStmtBody(p, mark);
  if (!res) p.mark = mark;
  p.memoSet(mark, M.simple_stmt, res);
  return res;
}

function simpleStmtBody(p: Parser, mark: number): Stmt | null {
  const t0 = p.startToken();
  let s: Stmt | null = assignment(p);
  if (s) return s;
  p.mark = mark;
  const e = starExpressions(p);
  if (e) return p.mk<ExprStmt>({ _type: 'Expr', value: e }, t0);
  p.mark = mark;
  switch (t0.type) {
    case T.KW_RETURN: s = returnStmt(p); break;
    case T.KW_IMPORT: case T.KW_FROM: s = importStmt(p); break;
    case T.KW_RAISE: s = raiseStmt(p); break;
    case T.KW_PASS: p.mark++; return p.mk<Pass>({ _type: 'Pass' }, t0);
    case T.KW_DEL: s = delStmt(p); break;
    case T.KW_YIELD: {
      const y = yieldExpr(p);
      s = y ? p.mk<ExprStmt>({ _type: 'Expr', value: y }, t0) : null;
      break;
    }
    case T.KW_ASSERT: s = assertStmt(p); break;
    case T.KW_BREAK: p.mark++; return p.mk<Break>({ _type: 'Break' }, t0);
    case T.KW_CONTINUE: p.mark++; return p.mk<Continue>({ _type: 'Continue' }, t0);
    case T.KW_GLOBAL: case T.KW_NONLOCAL: s = globalOrNonlocal(p, t0); break;
    default: s = null;
  }
  return s;
}

const AUGASSIGN: Partial<Record<T, Operator>> = {
  [T.PLUSEQUAL]: 'Add', [T.MINEQUAL]: 'Sub', [T.STAREQUAL]: 'Mult', [T.ATEQUAL]: 'MatMult',
  [T.SLASHEQUAL]: 'Div', [T.PERCENTEQUAL]: 'Mod', [T.AMPEREQUAL]: 'BitAnd', [T.VBAREQUAL]: 'BitOr',
  [T.CIRCUMFLEXEQUAL]: 'BitXor', [T.LEFTSHIFTEQUAL]: 'LShift', [T.RIGHTSHIFTEQUAL]: 'RShift',
  [T.DOUBLESTAREQUAL]: 'Pow', [T.DOUBLESLASHEQUAL]: 'FloorDiv',
};

/** augassign: '+=' | '-=' | ... */
export function augassign(p: Parser): Operator | null {
  const op = AUGASSIGN[p.peekType()];
  if (op === undefined) return null;
  p.mark++;
  return op;
}

/** annotated_rhs: yield_expr | star_expressions */
export function annotatedRhs(p: Parser): Expr | null {
  return yieldExpr(p) ?? starExpressions(p);
}

/** ['=' annotated_rhs] */
function optAssignedValue(p: Parser): Expr | null {
  const m = p.mark;
  let d: Expr | null;
  if (p.expect(T.EQUAL) && (d = annotatedRhs(p))) return d;
  p.mark = m;
  return null;
}

/** assignment */
function assignment(p: Parser): Stmt | null {
  const mark = p.mark;
  const t0 = p.startToken();
  let a: Expr | null, b: Expr | null;
  // NAME ':' expression ['=' annotated_rhs]
  if ((a = p.name()) && p.expect(T.COLON) && (b = expression(p))) {
    const c = optAssignedValue(p);
    return p.mk<AnnAssign>({ _type: 'AnnAssign', target: setExprContext(a, 'Store'), annotation: b, value: c, simple: 1 }, t0);
  }
  p.mark = mark;
  // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
  a = null;
  if (p.expect(T.LPAR)) {
    const x = singleTarget(p);
    if (x && p.expect(T.RPAR)) a = x;
  }
  if (!a) {
    p.mark = mark;
    a = singleSubscriptAttributeTarget(p);
  }
  if (a && p.expect(T.COLON) && (b = expression(p))) {
    const c = optAssignedValue(p);
    return p.mk<AnnAssign>({ _type: 'AnnAssign', target: a, annotation: b, value: c, simple: 0 }, t0);
  }
  p.mark = mark;
  // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
  const targets: Expr[] = [];
  for (;;) {
    const m = p.mark;
    const z = starTargets(p);
    if (z && p.expect(T.EQUAL)) {
      targets.push(z);
      continue;
    }
    p.mark = m;
    break;
  }
  if (targets.length && (b = annotatedRhs(p)) && !p.at(T.EQUAL)) {
    return p.mk<Assign>({ _type: 'Assign', targets, value: b, type_comment: null }, t0);
  }
  p.mark = mark;
  // single_target augassign ~ (yield_expr | star_expressions)
  let op: Operator | null;
  if ((a = singleTarget(p)) && (op = augassign(p))) {
    const c = annotatedRhs(p);
    if (!c) {
      p.mark = mark;
      return null; // cut
    }
    return p.mk<AugAssign>({ _type: 'AugAssign', target: a, op, value: c }, t0);
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    invalidAssignment(p);
    p.mark = mark;
  }
  return null;
}

/** return_stmt: 'return' [star_expressions] */
function returnStmt(p: Parser): Stmt | null {
  const t0 = p.startToken();
  if (!p.expect(T.KW_RETURN)) return null;
  const a = starExpressions(p);
  return p.mk<Return>({ _type: 'Return', value: a }, t0);
}

/** raise_stmt: 'raise' expression ['from' expression] | 'raise' */
function raiseStmt(p: Parser): Stmt | null {
  const mark = p.mark;
  const t0 = p.startToken();
  if (!p.expect(T.KW_RAISE)) return null;
  const a = expression(p);
  if (a) {
    const m = p.mark;
    let b: Expr | null = null;
    if (!(p.expect(T.KW_FROM) && (b = expression(p)))) {
      p.mark = m;
      b = null;
    }
    return p.mk<Raise>({ _type: 'Raise', exc: a, cause: b }, t0);
  }
  p.mark = mark + 1;
  return p.mk<Raise>({ _type: 'Raise', exc: null, cause: null }, t0);
}

/** global_stmt: 'global' ','.NAME+ ; nonlocal_stmt: 'nonlocal' ','.NAME+ */
function globalOrNonlocal(p: Parser, t0: Token): Stmt | null {
  const mark = p.mark;
  const isGlobal = t0.type === T.KW_GLOBAL;
  p.mark++;
  const names: string[] = [];
  for (;;) {
    const m = p.mark;
    if (names.length > 0 && !p.expect(T.COMMA)) break;
    const n = p.name();
    if (!n) {
      p.mark = m;
      break;
    }
    names.push(n.id);
  }
  if (!names.length) {
    p.mark = mark;
    return null;
  }
  return isGlobal ? p.mk<Global>({ _type: 'Global', names }, t0) : p.mk<Nonlocal>({ _type: 'Nonlocal', names }, t0);
}

/** del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt */
function delStmt(p: Parser): Stmt | null {
  const mark = p.mark;
  const t0 = p.startToken();
  let a: Expr[] | null;
  if (p.expect(T.KW_DEL) && (a = delTargets(p)) && (p.at(T.SEMI) || p.at(T.NEWLINE))) {
    return p.mk<Delete>({ _type: 'Delete', targets: a }, t0);
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    invalidDelStmt(p);
    p.mark = mark;
  }
  return null;
}

/** assert_stmt: 'assert' expression [',' expression] */
function assertStmt(p: Parser): Stmt | null {
  const mark = p.mark;
  const t0 = p.startToken();
  let a: Expr | null;
  if (p.expect(T.KW_ASSERT) && (a = expression(p))) {
    const m = p.mark;
    let b: Expr | null = null;
    if (!(p.expect(T.COMMA) && (b = expression(p)))) {
      p.mark = m;
      b = null;
    }
    return p.mk<Assert>({ _type: 'Assert', test: a, msg: b }, t0);
  }
  p.mark = mark;
  return null;
}

/** import_stmt: import_name | import_from */
function importStmt(p: Parser): Stmt | null {
  const mark = p.mark;
  const t0 = p.startToken();
  // import_name: 'import' dotted_as_names
  if (p.expect(T.KW_IMPORT)) {
    const a = gatherAliases(p, dottedAsName);
    if (a) return p.mk<Import>({ _type: 'Import', names: a }, t0);
  }
  p.mark = mark;
  // import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
  //            | 'from' ('.' | '...')+ 'import' import_from_targets
  if (!p.expect(T.KW_FROM)) return null;
  const afterFrom = p.mark;
  let level = 0;
  for (;;) {
    if (p.expect(T.DOT)) level += 1;
    else if (p.expect(T.ELLIPSIS)) level += 3;
    else break;
  }
  const afterDots = p.mark;
  let b: Name | null, c: Alias[] | null;
  if ((b = dottedName(p)) && p.expect(T.KW_IMPORT) && (c = importFromTargets(p))) {
    return p.mk<ImportFrom>({ _type: 'ImportFrom', module: b.id, names: c, level }, t0);
  }
  p.mark = afterDots;
  if (afterDots > afterFrom && p.expect(T.KW_IMPORT) && (c = importFromTargets(p))) {
    return p.mk<ImportFrom>({ _type: 'ImportFrom', module: null, names: c, level }, t0);
  }
  p.mark = mark;
  return null;
}

function gatherAliases(p: Parser, item: (p: Parser) => Alias | null): Alias[] | null {
  const out: Alias[] = [];
  for (;;) {
    const m = p.mark;
    if (out.length > 0 && !p.expect(T.COMMA)) break;
    const a = item(p);
    if (!a) {
      p.mark = m;
      break;
    }
    out.push(a);
  }
  return out.length ? out : null;
}

/**
 * import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
 *                    | invalid_import_from_targets
 */
function importFromTargets(p: Parser): Alias[] | null {
  const mark = p.mark;
  const t0 = p.startToken();
  let a: Alias[] | null;
  if (p.expect(T.LPAR) && (a = gatherAliases(p, importFromAsName))) {
    p.expect(T.COMMA);
    if (p.expect(T.RPAR)) return a;
  }
  p.mark = mark;
  if ((a = gatherAliases(p, importFromAsName)) && !p.at(T.COMMA)) return a;
  p.mark = mark;
  if (p.expect(T.STAR)) return [p.mk<Alias>({ _type: 'alias', name: '*', asname: null }, t0)];
  p.mark = mark;
  if (p.callInvalidRules) {
    if (gatherAliases(p, importFromAsName)) invalidImportFromTargets(p);
    p.mark = mark;
  }
  return null;
}

/** ['as' NAME] */
function optAsName(p: Parser): string | null {
  const m = p.mark;
  let z: Name | null;
  if (p.expect(T.KW_AS) && (z = p.name())) return z.id;
  p.mark = m;
  return null;
}

/** import_from_as_name: NAME ['as' NAME] */
function importFromAsName(p: Parser): Alias | null {
  const t0 = p.startToken();
  const a = p.name();
  if (!a) return null;
  const b = optAsName(p);
  return p.mk<Alias>({ _type: 'alias', name: a.id, asname: b }, t0);
}

/** dotted_as_name: dotted_name ['as' NAME] */
function dottedAsName(p: Parser): Alias | null {
  const t0 = p.startToken();
  const a = dottedName(p);
  if (!a) return null;
  const b = optAsName(p);
  return p.mk<Alias>({ _type: 'alias', name: a.id, asname: b }, t0);
}

/** dotted_name (left-recursive, memo): dotted_name '.' NAME | NAME */
function dottedName(p: Parser): Name | null {
  const memo = p.memoGet<Name>(M.dotted_name);
  if (memo !== undefined) return memo;
  const mark = p.mark;
  let a = p.name();
  if (a) {
    for (;;) {
      const m = p.mark;
      let b: Name | null;
      if (p.expect(T.DOT) && (b = p.name())) {
        a = {
          _type: 'Name', id: `${a.id}.${b.id}`, ctx: 'Load',
          lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset,
        };
        continue;
      }
      p.mark = m;
      break;
    }
  }
  p.memoSet(mark, M.dotted_name, a);
  return a;
}
