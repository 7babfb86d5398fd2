// Code generation for statements, including the unwinding of frame blocks for
// return/break/continue and the try/with protocols.
// cf. Python/compile.c compiler_visit_stmt and its helpers (3.11).

import type * as A from '../parse/ast';
import type { Compiler } from './compiler';
import { addopBinary, jumpIf, updateStartLocationToMatchAttr, visitExpr } from './codegen-expr';
import { compileClass, compileFunction } from './codegen-scope';
import { compileMatch } from './codegen-pattern';
import { JUMP } from './instr';
import { exprAsText, CO_FUTURE_ANNOTATIONS } from './unparse';
import { compileBreak, compileContinue, compileReturn, compileWith, tryExcept, tryFinally } from './codegen-try';
import { mangle } from './mangle';
import { Op } from './opcodes';
import { getDocString } from './optimizer';

const NONE = { kind: 'None' } as const;

/** cf. find_ann */
function findAnn(stmts: A.Stmt[]): boolean {
  for (const st of stmts) {
    let res = false;
    switch (st._type) {
      case 'AnnAssign': return true;
      case 'For': case 'AsyncFor': case 'While': case 'If':
        res = findAnn(st.body) || findAnn(st.orelse);
        break;
      case 'With': case 'AsyncWith':
        res = findAnn(st.body);
        break;
      case 'Try': case 'TryStar':
        for (const h of st.handlers) if (findAnn(h.body)) return true;
        res = findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse);
        break;
      case 'Match':
        for (const m of st.cases) if (findAnn(m.body)) return true;
        break;
      default: break;
    }
    if (res) return true;
  }
  return false;
}

/** cf. compiler_body: docstring, SETUP_ANNOTATIONS, statements. */
export function compilerBody(c: Compiler, stmts: A.Stmt[]): void {
  let i = 0;
  if (c.u.scopeType === 'module' && stmts.length) c.setLoc(stmts[0]);
  if (findAnn(stmts)) c.addop(Op.SETUP_ANNOTATIONS);
  if (!stmts.length) return;
  const docstring = getDocString(stmts);
  if (docstring) {
    i = 1;
    visitExpr(c, docstring);
    c.unsetLoc();
    c.nameop('__doc__', 'Store');
  }
  for (; i < stmts.length; i++) visitStmt(c, stmts[i]);
}

/** The body of compile(..., 'single') code. cf. compiler_mod, Interactive_kind */
export function compilerInteractive(c: Compiler, stmts: A.Stmt[]): void {
  if (findAnn(stmts)) c.addop(Op.SETUP_ANNOTATIONS);
  c.interactive = true;
  visitStmts(c, stmts);
}

function compileIf(c: Compiler, s: A.If): void {
  const end = c.newBlock();
  const next = s.orelse.length ? c.newBlock() : end;
  jumpIf(c, s.test, next, false);
  visitStmts(c, s.body);
  if (s.orelse.length) {
    c.addopJNoline(JUMP, end);
    c.useNextBlock(next);
    visitStmts(c, s.orelse);
  }
  c.useNextBlock(end);
}

function compileFor(c: Compiler, s: A.For): void {
  const start = c.newBlock();
  const body = c.newBlock();
  const cleanup = c.newBlock();
  const end = c.newBlock();
  c.pushFblock('FOR_LOOP', start, end, null);
  visitExpr(c, s.iter);
  c.addop(Op.GET_ITER);
  c.useNextBlock(start);
  c.addopJ(Op.FOR_ITER, cleanup);
  c.useNextBlock(body);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  // Mark jump as artificial
  c.unsetLoc();
  c.addopJ(JUMP, start);
  c.useNextBlock(cleanup);
  c.popFblock('FOR_LOOP');
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

function compileWhile(c: Compiler, s: A.While): void {
  const loop = c.newBlock();
  const body = c.newBlock();
  const anchor = c.newBlock();
  const end = c.newBlock();
  c.useNextBlock(loop);
  c.pushFblock('WHILE_LOOP', loop, end, null);
  jumpIf(c, s.test, anchor, false);
  c.useNextBlock(body);
  visitStmts(c, s.body);
  c.setLoc(s);
  jumpIf(c, s.test, body, true);
  c.popFblock('WHILE_LOOP');
  c.useNextBlock(anchor);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

/** cf. compiler_import_as */
function importAs(c: Compiler, name: string, asname: string): void {
  let dot = name.indexOf('.');
  if (dot !== -1) {
    // Consume the base module name to get the first attribute
    for (;;) {
      const pos = dot + 1;
      dot = name.indexOf('.', pos);
      const attr = name.slice(pos, dot !== -1 ? dot : name.length);
      c.addopNameRaw(Op.IMPORT_FROM, attr);
      if (dot === -1) break;
      c.addopI(Op.SWAP, 2);
      c.addop(Op.POP_TOP);
    }
    c.nameop(asname, 'Store');
    c.addop(Op.POP_TOP);
    return;
  }
  c.nameop(asname, 'Store');
}

function compileImport(c: Compiler, s: A.Import): void {
  for (const alias of s.names) {
    c.loadConst({ kind: 'int', value: 0n });
    c.loadConst(NONE);
    c.addopName(Op.IMPORT_NAME, alias.name);
    if (alias.asname) {
      importAs(c, alias.name, alias.asname);
    } else {
      const dot = alias.name.indexOf('.');
      c.nameop(dot !== -1 ? alias.name.slice(0, dot) : alias.name, 'Store');
    }
  }
}

function compileFromImport(c: Compiler, s: A.ImportFrom): void {
  c.loadConst({ kind: 'int', value: BigInt(s.level) });
  const names = { kind: 'tuple' as const, items: s.names.map((a) => ({ kind: 'str' as const, value: a.name })) };
  if (s.lineno > c.future.lineno && s.module === '__future__') {
    c.error('from __future__ imports must occur at the beginning of the file');
  }
  c.loadConst(names);
  c.addopName(Op.IMPORT_NAME, s.module ?? '');
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i];
    if (i === 0 && alias.name[0] === '*') {
      c.addop(Op.IMPORT_STAR);
      return;
    }
    c.addopName(Op.IMPORT_FROM, alias.name);
    c.nameop(alias.asname ?? alias.name, 'Store');
  }
  // remove imported module
  c.addop(Op.POP_TOP);
}

function compileAssert(c: Compiler, s: A.Assert): void {
  const t = s.test;
  if ((t._type === 'Tuple' && t.elts.length > 0)
    || (t._type === 'Constant' && c.constOf(t).kind === 'tuple' && (c.constOf(t) as { items: unknown[] }).items.length > 0)) {
    c.warn('assertion is always true, perhaps remove parentheses?');
  }
  if (c.optimize) return;
  const end = c.newBlock();
  jumpIf(c, s.test, end, true);
  c.addop(Op.LOAD_ASSERTION_ERROR);
  if (s.msg) {
    visitExpr(c, s.msg);
    c.addopI(Op.PRECALL, 0);
    c.addopI(Op.CALL, 0);
  }
  c.addopI(Op.RAISE_VARARGS, 1);
  c.useNextBlock(end);
}

function stmtExpr(c: Compiler, value: A.Expr): void {
  if (c.interactive && c.nestlevel <= 1) {
    visitExpr(c, value);
    c.addop(Op.PRINT_EXPR);
    return;
  }
  if (value._type === 'Constant') {
    // ignore constant statement
    c.addop(Op.NOP);
    return;
  }
  visitExpr(c, value);
  // Mark POP_TOP as artificial
  c.unsetLoc();
  c.addop(Op.POP_TOP);
}

/** cf. compiler_augassign */
function augassign(c: Compiler, s: A.AugAssign): void {
  const e = s.target;
  const saved = c.saveLoc();
  c.setLoc(e);
  switch (e._type) {
    case 'Attribute':
      visitExpr(c, e.value);
      c.addopI(Op.COPY, 1);
      updateStartLocationToMatchAttr(c, e);
      c.addopName(Op.LOAD_ATTR, e.attr);
      break;
    case 'Subscript':
      visitExpr(c, e.value);
      visitExpr(c, e.slice);
      c.addopI(Op.COPY, 2);
      c.addopI(Op.COPY, 2);
      c.addop(Op.BINARY_SUBSCR);
      break;
    case 'Name':
      c.nameop(e.id, 'Load');
      break;
    default:
      throw new Error(`invalid node type (${e._type}) for augmented assignment`);
  }
  c.setLoc(saved);
  visitExpr(c, s.value);
  addopBinary(c, s.op, true);
  c.setLoc(e);
  switch (e._type) {
    case 'Attribute':
      updateStartLocationToMatchAttr(c, e);
      c.addopI(Op.SWAP, 2);
      c.addopName(Op.STORE_ATTR, e.attr);
      break;
    case 'Subscript':
      c.addopI(Op.SWAP, 3);
      c.addopI(Op.SWAP, 2);
      c.addop(Op.STORE_SUBSCR);
      break;
    default:
      c.nameop((e as A.Name).id, 'Store');
  }
}

function checkAnnExpr(c: Compiler, e: A.Expr): void {
  visitExpr(c, e);
  c.addop(Op.POP_TOP);
}

function checkAnnSubscr(c: Compiler, e: A.Expr): void {
  switch (e._type) {
    case 'Slice':
      if (e.lower) checkAnnExpr(c, e.lower);
      if (e.upper) checkAnnExpr(c, e.upper);
      if (e.step) checkAnnExpr(c, e.step);
      return;
    case 'Tuple':
      for (const x of e.elts) checkAnnSubscr(c, x);
      return;
    default:
      checkAnnExpr(c, e);
  }
}

/** cf. compiler_annassign */
function annassign(c: Compiler, s: A.AnnAssign): void {
  const targ = s.target;
  // We perform the actual assignment first.
  if (s.value) {
    visitExpr(c, s.value);
    visitExpr(c, targ);
  }
  const moduleOrClass = c.u.scopeType === 'module' || c.u.scopeType === 'class';
  switch (targ._type) {
    case 'Name':
      c.forbiddenName(targ.id, 'Store');
      // If we have a simple name in a module or class, store annotation.
      if (s.simple && moduleOrClass) {
        if (c.future.features & CO_FUTURE_ANNOTATIONS) c.loadConst({ kind: 'str', value: exprAsText(s.annotation) });
        else visitExpr(c, s.annotation);
        c.addopName(Op.LOAD_NAME, '__annotations__');
        c.loadConst({ kind: 'str', value: mangle(c.u.priv, targ.id) });
        c.addop(Op.STORE_SUBSCR);
      }
      break;
    case 'Attribute':
      c.forbiddenName(targ.attr, 'Store');
      if (!s.value) checkAnnExpr(c, targ.value);
      break;
    case 'Subscript':
      if (!s.value) {
        checkAnnExpr(c, targ.value);
        checkAnnSubscr(c, targ.slice);
      }
      break;
    default:
      throw new Error(`invalid node type (${targ._type}) for annotated assignment`);
  }
  // Annotation is evaluated last (check_annotation: never under the annotations future).
  if (!s.simple && moduleOrClass && !(c.future.features & CO_FUTURE_ANNOTATIONS)) checkAnnExpr(c, s.annotation);
}

export function visitStmts(c: Compiler, stmts: A.Stmt[]): void {
  for (const s of stmts) visitStmt(c, s);
}

/** cf. compiler_visit_stmt */
export function visitStmt(c: Compiler, s: A.Stmt): void {
  // Always assign a lineno to the next instruction for a stmt.
  c.setLoc(s);
  switch (s._type) {
    case 'FunctionDef': return compileFunction(c, s);
    case 'ClassDef': return compileClass(c, s);
    case 'Return': return compileReturn(c, s);
    case 'Delete':
      for (const t of s.targets) visitExpr(c, t);
      return;
    case 'Assign': {
      const n = s.targets.length;
      visitExpr(c, s.value);
      for (let i = 0; i < n; i++) {
        if (i < n - 1) c.addopI(Op.COPY, 1);
        visitExpr(c, s.targets[i]);
      }
      return;
    }
    case 'AugAssign': return augassign(c, s);
    case 'AnnAssign': return annassign(c, s);
    case 'For': return compileFor(c, s);
    case 'While': return compileWhile(c, s);
    case 'If': return compileIf(c, s);
    case 'Match': return compileMatch(c, s);
    case 'Raise': {
      let n = 0;
      if (s.exc) {
        visitExpr(c, s.exc);
        n++;
        if (s.cause) {
          visitExpr(c, s.cause);
          n++;
        }
      }
      c.addopI(Op.RAISE_VARARGS, n);
      return;
    }
    case 'Try':
      if (s.finalbody.length) return tryFinally(c, s);
      return tryExcept(c, s);
    case 'Assert': return compileAssert(c, s);
    case 'Import': return compileImport(c, s);
    case 'ImportFrom': return compileFromImport(c, s);
    case 'Global': case 'Nonlocal': return;
    case 'Expr': return stmtExpr(c, s.value);
    case 'Pass':
      c.addop(Op.NOP);
      return;
    case 'Break': return compileBreak(c);
    case 'Continue': return compileContinue(c);
    case 'With': return compileWith(c, s, 0);
    case 'TryStar': case 'AsyncFunctionDef': case 'AsyncWith': case 'AsyncFor':
      throw new Error(`unsupported statement ${s._type}`);
  }
}

