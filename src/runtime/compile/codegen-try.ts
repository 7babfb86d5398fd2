// Code generation for the statements that involve frame blocks: return, break and
// continue (which unwind them), try/except/finally and with.
// cf. Python/compile.c compiler_unwind_fblock, compiler_return, compiler_break,
// compiler_try_finally, compiler_try_except, compiler_with (3.11).

import type * as A from '../parse/ast';
import type { Compiler, FBlock } from './compiler';
import { visitExpr } from './codegen-expr';
import { visitStmt, visitStmts } from './codegen-stmt';
import { type Block, JUMP, POP_BLOCK, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, SETUP_CLEANUP, SETUP_FINALLY, SETUP_WITH } from './instr';
import { Op } from './opcodes';

const NONE = { kind: 'None' } as const;

function callExitWithNones(c: Compiler): void {
  c.loadConst(NONE);
  c.loadConst(NONE);
  c.loadConst(NONE);
  c.addopI(Op.PRECALL, 2);
  c.addopI(Op.CALL, 2);
}

/** cf. compiler_pop_except_and_reraise */
function popExceptAndReraise(c: Compiler): void {
  c.addopI(Op.COPY, 3);
  c.addop(Op.POP_EXCEPT);
  c.addopI(Op.RERAISE, 1);
}

/** cf. compiler_unwind_fblock */
function unwindFblock(c: Compiler, info: FBlock, preserveTos: boolean): void {
  switch (info.type) {
    case 'WHILE_LOOP': case 'EXCEPTION_HANDLER':
      return;
    case 'FOR_LOOP':
      if (preserveTos) c.addopI(Op.SWAP, 2);
      c.addop(Op.POP_TOP);
      return;
    case 'TRY_EXCEPT':
      c.addop(POP_BLOCK);
      return;
    case 'FINALLY_TRY':
      c.addop(POP_BLOCK);
      if (preserveTos) c.pushFblock('POP_VALUE', null, null, null);
      for (const s of info.datum as A.Stmt[]) visitStmt(c, s);
      if (preserveTos) c.popFblock('POP_VALUE');
      c.unsetLoc();
      return;
    case 'FINALLY_END':
      if (preserveTos) c.addopI(Op.SWAP, 2);
      c.addop(Op.POP_TOP);
      if (preserveTos) c.addopI(Op.SWAP, 2);
      c.addop(POP_BLOCK);
      c.addop(Op.POP_EXCEPT);
      return;
    case 'WITH':
      c.setLoc(info.datum as A.Stmt);
      c.addop(POP_BLOCK);
      if (preserveTos) c.addopI(Op.SWAP, 2);
      callExitWithNones(c);
      c.addop(Op.POP_TOP);
      c.unsetLoc();
      return;
    case 'HANDLER_CLEANUP':
      if (info.datum) c.addop(POP_BLOCK);
      if (preserveTos) c.addopI(Op.SWAP, 2);
      c.addop(POP_BLOCK);
      c.addop(Op.POP_EXCEPT);
      if (info.datum) {
        c.loadConst(NONE);
        c.nameop(info.datum as string, 'Store');
        c.nameop(info.datum as string, 'Del');
      }
      return;
    case 'POP_VALUE':
      if (preserveTos) c.addopI(Op.SWAP, 2);
      c.addop(Op.POP_TOP);
      return;
  }
}

/** cf. compiler_unwind_fblock_stack; with `loop`, stop at the innermost loop and return it. */
function unwindFblockStack(c: Compiler, preserveTos: boolean, stopAtLoop: boolean): FBlock | null {
  const fbs = c.u.fblocks;
  if (fbs.length === 0) return null;
  const top = fbs[fbs.length - 1];
  if (stopAtLoop && (top.type === 'WHILE_LOOP' || top.type === 'FOR_LOOP')) return top;
  fbs.pop();
  unwindFblock(c, top, preserveTos);
  const loop = unwindFblockStack(c, preserveTos, stopAtLoop);
  fbs.push(top);
  return loop;
}

export function compileReturn(c: Compiler, s: A.Return): void {
  const value = s.value;
  const preserveTos = value !== null && value._type !== 'Constant';
  if (c.u.ste.type !== 'function') c.error("'return' outside function");
  if (preserveTos) {
    visitExpr(c, value);
  } else if (value !== null) {
    c.setLoc(value);
    c.addop(Op.NOP);
  }
  if (value === null || value.lineno !== s.lineno) {
    c.setLoc(s);
    c.addop(Op.NOP);
  }
  unwindFblockStack(c, preserveTos, false);
  if (value === null) c.loadConst(NONE);
  else if (!preserveTos) c.loadConst(c.constOf(value as A.Constant));
  c.addop(Op.RETURN_VALUE);
}

export function compileBreak(c: Compiler): void {
  const saved = c.saveLoc();
  c.addop(Op.NOP);
  const loop = unwindFblockStack(c, false, true);
  if (!loop) {
    c.setLoc(saved);
    c.error("'break' outside loop");
  }
  unwindFblock(c, loop, false);
  c.addopJ(JUMP, loop.exit!);
}

export function compileContinue(c: Compiler): void {
  const saved = c.saveLoc();
  c.addop(Op.NOP);
  const loop = unwindFblockStack(c, false, true);
  if (!loop) {
    c.setLoc(saved);
    c.error("'continue' not properly in loop");
  }
  c.addopJ(JUMP, loop.block!);
}

/** cf. compiler_try_finally */
export function tryFinally(c: Compiler, s: A.Try): void {
  const body = c.newBlock();
  const end = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  // `try` block
  c.addopJ(SETUP_FINALLY, end);
  c.useNextBlock(body);
  c.pushFblock('FINALLY_TRY', body, end, s.finalbody);
  if (s.handlers.length) tryExcept(c, s);
  else visitStmts(c, s.body);
  c.addopNoline(POP_BLOCK);
  c.popFblock('FINALLY_TRY');
  visitStmts(c, s.finalbody);
  c.addopJNoline(JUMP, exit);
  // `finally` block
  c.useNextBlock(end);
  c.unsetLoc();
  c.addopJ(SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.pushFblock('FINALLY_END', end, null, null);
  visitStmts(c, s.finalbody);
  c.popFblock('FINALLY_END');
  c.addopI(Op.RERAISE, 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(exit);
}

/** cf. compiler_try_except */
export function tryExcept(c: Compiler, s: A.Try): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const end = c.newBlock();
  const cleanup = c.newBlock();
  c.addopJ(SETUP_FINALLY, except);
  c.useNextBlock(body);
  c.pushFblock('TRY_EXCEPT', body, null, null);
  visitStmts(c, s.body);
  c.popFblock('TRY_EXCEPT');
  c.addopNoline(POP_BLOCK);
  visitStmts(c, s.orelse);
  c.addopJNoline(JUMP, end);
  const n = s.handlers.length;
  c.useNextBlock(except);
  c.unsetLoc();
  c.addopJ(SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  // Runtime will push a block here, so we need to account for that
  c.pushFblock('EXCEPTION_HANDLER', null, null, null);
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i];
    c.setLoc(handler);
    if (!handler.type && i < n - 1) c.error("default 'except:' must be last");
    except = c.newBlock();
    if (handler.type) {
      visitExpr(c, handler.type);
      c.addop(Op.CHECK_EXC_MATCH);
      c.addopJ(POP_JUMP_IF_FALSE, except);
    }
    if (handler.name) {
      const cleanupEnd = c.newBlock();
      const cleanupBody = c.newBlock();
      c.nameop(handler.name, 'Store');
      // try: body finally: name = None; del name
      c.addopJ(SETUP_CLEANUP, cleanupEnd);
      c.useNextBlock(cleanupBody);
      c.pushFblock('HANDLER_CLEANUP', cleanupBody, null, handler.name);
      visitStmts(c, handler.body);
      c.popFblock('HANDLER_CLEANUP');
      c.unsetLoc();
      c.addop(POP_BLOCK);
      c.addop(POP_BLOCK);
      c.addop(Op.POP_EXCEPT);
      c.loadConst(NONE);
      c.nameop(handler.name, 'Store');
      c.nameop(handler.name, 'Del');
      c.addopJ(JUMP, end);
      // except:
      c.useNextBlock(cleanupEnd);
      c.unsetLoc();
      c.loadConst(NONE);
      c.nameop(handler.name, 'Store');
      c.nameop(handler.name, 'Del');
      c.addopI(Op.RERAISE, 1);
    } else {
      const cleanupBody = c.newBlock();
      c.addop(Op.POP_TOP); // exc_value
      c.useNextBlock(cleanupBody);
      c.pushFblock('HANDLER_CLEANUP', cleanupBody, null, null);
      visitStmts(c, handler.body);
      c.popFblock('HANDLER_CLEANUP');
      c.unsetLoc();
      c.addop(POP_BLOCK);
      c.addop(Op.POP_EXCEPT);
      c.addopJ(JUMP, end);
    }
    c.useNextBlock(except);
  }
  // Mark as artificial
  c.unsetLoc();
  c.popFblock('EXCEPTION_HANDLER');
  c.addopI(Op.RERAISE, 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(end);
}

/** cf. compiler_with */
export function compileWith(c: Compiler, s: A.With, pos: number): void {
  const item = s.items[pos];
  const block = c.newBlock();
  const final = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  // Evaluate EXPR
  visitExpr(c, item.context_expr);
  // Will push bound __exit__
  c.addop(Op.BEFORE_WITH);
  c.addopJ(SETUP_WITH, final);
  // SETUP_WITH pushes a finally block.
  c.useNextBlock(block);
  c.pushFblock('WITH', block, final, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addop(Op.POP_TOP); // Discard result from context.__enter__()
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compileWith(c, s, pos);
  // Mark all following code as artificial
  c.unsetLoc();
  c.addop(POP_BLOCK);
  c.popFblock('WITH');
  // For successful outcome: call __exit__(None, None, None)
  c.setLoc(s);
  callExitWithNones(c);
  c.addop(Op.POP_TOP);
  c.addopJ(JUMP, exit);
  // For exceptional outcome:
  c.useNextBlock(final);
  c.addopJ(SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.addop(Op.WITH_EXCEPT_START);
  withExceptFinish(c, cleanup);
  c.useNextBlock(exit);
}

/** cf. compiler_with_except_finish */
function withExceptFinish(c: Compiler, cleanup: Block): void {
  c.unsetLoc();
  const exit = c.newBlock();
  c.addopJ(POP_JUMP_IF_TRUE, exit);
  c.addopI(Op.RERAISE, 2);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(exit);
  c.addop(Op.POP_TOP); // exc_value
  c.addop(POP_BLOCK);
  c.addop(Op.POP_EXCEPT);
  c.addop(Op.POP_TOP);
  c.addop(Op.POP_TOP);
}

