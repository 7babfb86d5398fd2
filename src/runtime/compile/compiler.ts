// The compiler's state and its emission primitives: compilation units (one per code
// object), basic blocks, ADDOP*, constants and names, frame blocks, scopes.
// cf. Python/compile.c struct compiler, struct compiler_unit, compiler_addop*, compiler_nameop,
// compiler_enter_scope, compiler_set_qualname.

import type * as A from '../parse/ast';
import type { Const, CodeObject } from './code';
import { ConstCache } from './constants';
import { ErrorSink, type SourceLoc } from './errors';
import { Block, type Instr, isEndOfBasicBlock } from './instr';
import { mangle } from './mangle';
import { Op } from './opcodes';
import type { ConstTable } from './optimizer';
import {
  CELL, DEF_FREE_CLASS, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, SCOPE_MASK, SCOPE_OFFSET,
  type Symtable, type SymtableEntry,
} from './symtable';

export type ScopeType = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

export type FBlockType = 'WHILE_LOOP' | 'FOR_LOOP' | 'TRY_EXCEPT' | 'FINALLY_TRY' | 'FINALLY_END' | 'WITH'
  | 'HANDLER_CLEANUP' | 'POP_VALUE' | 'EXCEPTION_HANDLER';

export interface FBlock {
  type: FBlockType;
  block: Block | null;
  exit: Block | null;
  /** FINALLY_TRY: the finally body; WITH: the With statement; HANDLER_CLEANUP: the bound name. */
  datum: A.Stmt[] | A.Stmt | string | null;
}

export interface Future {
  features: number;
  lineno: number;
}

/** State of one code object being compiled. cf. struct compiler_unit */
export class Unit {
  name: string;
  qualname = '';
  readonly consts = new Map<Const, number>();
  readonly constList: Const[] = [];
  readonly names = new Map<string, number>();
  readonly varnames = new Map<string, number>();
  readonly cellvars = new Map<string, number>();
  readonly freevars = new Map<string, number>();
  priv: string | null = null;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  /** All blocks in allocation order (CPython's b_list is the reverse). */
  readonly blocks: Block[] = [];
  curblock!: Block;
  readonly fblocks: FBlock[] = [];
  firstlineno: number;
  lineno: number;
  col = 0;
  endLineno: number;
  endCol = 0;
  needNewImplicitBlock = false;
  hasDocstring = false;

  constructor(readonly ste: SymtableEntry, name: string, readonly scopeType: ScopeType, lineno: number) {
    this.name = name;
    this.firstlineno = lineno;
    this.lineno = lineno;
    this.endLineno = lineno;
  }
}

function dictByType(symbols: Map<string, number>, scopeType: number, flag: number, offset: number): Map<string, number> {
  const out = new Map<string, number>();
  let i = offset;
  const keys = [...symbols.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const k of keys) {
    const vi = symbols.get(k)!;
    const scope = (vi >> SCOPE_OFFSET) & SCOPE_MASK;
    if (scope === scopeType || vi & flag) out.set(k, i++);
  }
  return out;
}

/** cf. struct compiler */
export class Compiler {
  u!: Unit;
  readonly stack: Unit[] = [];
  readonly constCache = new ConstCache();
  nestlevel = 0;
  /** Compiling a statement for compile(..., 'single'): expression statements are displayed. */
  interactive = false;
  readonly optimize = 0;
  /** Code objects in the order they were assembled (innermost first). */
  readonly codes: CodeObject[] = [];

  constructor(
    readonly filename: string,
    readonly st: Symtable,
    readonly future: Future,
    readonly astConsts: ConstTable,
    readonly errors: ErrorSink,
  ) {}

  // ---------------------------------------------------------------- errors

  /** cf. compiler_error: a SyntaxError at the current location. */
  error(msg: string): never {
    const u = this.u;
    throw this.errors.error(msg, { lineno: u.lineno, col_offset: u.col, end_lineno: u.endLineno, end_col_offset: u.endCol });
  }

  warn(msg: string): void {
    this.errors.warn(msg, this.u.lineno);
  }

  // ---------------------------------------------------------------- locations

  setLoc(x: SourceLoc): void {
    const u = this.u;
    u.lineno = x.lineno;
    u.col = x.col_offset;
    u.endLineno = x.end_lineno;
    u.endCol = x.end_col_offset;
  }

  unsetLoc(): void {
    const u = this.u;
    u.lineno = -1;
    u.col = -1;
    u.endLineno = -1;
    u.endCol = -1;
  }

  saveLoc(): SourceLoc {
    const u = this.u;
    return { lineno: u.lineno, col_offset: u.col, end_lineno: u.endLineno, end_col_offset: u.endCol };
  }

  // ---------------------------------------------------------------- blocks

  newBlock(): Block {
    const b = new Block();
    this.u.blocks.push(b);
    return b;
  }

  useNextBlock(b: Block): Block {
    this.u.curblock.next = b;
    this.u.curblock = b;
    this.u.needNewImplicitBlock = false;
    return b;
  }

  // ---------------------------------------------------------------- emission

  private emit(op: number, arg: number, target: Block | null, lineno: number, endLineno: number, col: number, endCol: number): void {
    const u = this.u;
    if (u.needNewImplicitBlock) this.useNextBlock(this.newBlock());
    const b = u.curblock;
    const i: Instr = { op, arg, target, except: null, lineno, endLineno, col, endCol };
    b.instrs.push(i);
    if (op === Op.RETURN_VALUE) b.returns = true;
    if (isEndOfBasicBlock(i)) u.needNewImplicitBlock = true;
  }

  addop(op: number): void {
    const u = this.u;
    this.emit(op, 0, null, u.lineno, u.endLineno, u.col, u.endCol);
  }

  addopNoline(op: number): void {
    this.emit(op, 0, null, -1, 0, 0, 0);
  }

  addopI(op: number, arg: number): void {
    const u = this.u;
    this.emit(op, arg, null, u.lineno, u.endLineno, u.col, u.endCol);
  }

  addopINoline(op: number, arg: number): void {
    this.emit(op, arg, null, -1, 0, 0, 0);
  }

  addopJ(op: number, target: Block): void {
    const u = this.u;
    this.emit(op, 0, target, u.lineno, u.endLineno, u.col, u.endCol);
  }

  addopJNoline(op: number, target: Block): void {
    this.emit(op, 0, target, -1, 0, 0, 0);
  }

  // ---------------------------------------------------------------- constants and names

  /** cf. compiler_add_const: merge into the unit-wide cache, then index in co_consts. */
  addConst(c: Const): number {
    const key = this.constCache.merge(c);
    return addO(this.u.consts, this.u.constList, key);
  }

  loadConst(c: Const): void {
    this.addopI(Op.LOAD_CONST, this.addConst(c));
  }

  /** The Const of a Constant node (the parser's or the optimizer's object). */
  constOf(e: A.Constant): Const {
    return this.astConsts.of(e);
  }

  /** cf. compiler_addop_name: the name is mangled. */
  addopName(op: number, name: string): void {
    const mangled = mangle(this.u.priv, name);
    this.addopI(op, addName(this.u.names, mangled));
  }

  /** cf. ADDOP_N with names: no mangling. */
  addopNameRaw(op: number, name: string): void {
    this.addopI(op, addName(this.u.names, name));
  }

  /** cf. forbidden_name */
  forbiddenName(name: string, ctx: A.ExprContext): void {
    if (ctx === 'Store' && name === '__debug__') this.error('cannot assign to __debug__');
    if (ctx === 'Del' && name === '__debug__') this.error('cannot delete __debug__');
  }

  /** cf. compiler_nameop */
  nameop(name: string, ctx: A.ExprContext): void {
    const u = this.u;
    this.forbiddenName(name, ctx);
    const mangled = mangle(u.priv, name);
    let dict = u.names;
    let optype: 'fast' | 'global' | 'deref' | 'name' = 'name';
    const scope = u.ste.getScope(mangled);
    switch (scope) {
      case FREE: dict = u.freevars; optype = 'deref'; break;
      case CELL: dict = u.cellvars; optype = 'deref'; break;
      case LOCAL: if (u.ste.type === 'function') optype = 'fast'; break;
      case GLOBAL_IMPLICIT: if (u.ste.type === 'function') optype = 'global'; break;
      case GLOBAL_EXPLICIT: optype = 'global'; break;
      default: break;
    }
    let op: number;
    switch (optype) {
      case 'deref':
        op = ctx === 'Load' ? (u.ste.type === 'class' ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF)
          : ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF;
        break;
      case 'fast':
        op = ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST;
        this.addopI(op, addName(u.varnames, mangled));
        return;
      case 'global':
        op = ctx === 'Load' ? Op.LOAD_GLOBAL : ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL;
        break;
      default:
        op = ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME;
    }
    let arg = addName(dict, mangled);
    if (op === Op.LOAD_GLOBAL) arg <<= 1;
    this.addopI(op, arg);
  }

  /** cf. get_ref_type */
  getRefType(name: string): number {
    if (this.u.scopeType === 'class' && name === '__class__') return CELL;
    const scope = this.u.ste.getScope(name);
    if (scope === 0) throw new Error(`_PyST_GetScope(name=${name}) failed: unknown scope in unit ${this.u.name}`);
    return scope;
  }

  // ---------------------------------------------------------------- frame blocks

  pushFblock(type: FBlockType, block: Block | null, exit: Block | null, datum: FBlock['datum']): void {
    if (this.u.fblocks.length >= 20) this.error('too many statically nested blocks');
    this.u.fblocks.push({ type, block, exit, datum });
  }

  popFblock(type: FBlockType): void {
    const f = this.u.fblocks.pop();
    if (!f || f.type !== type) throw new Error('bad fblock pop');
  }

  // ---------------------------------------------------------------- scopes

  /** cf. compiler_enter_scope */
  enterScope(name: string, scopeType: ScopeType, key: object, lineno: number): void {
    const ste = this.st.lookup(key);
    const u = new Unit(ste, name, scopeType, lineno);
    ste.varnames.forEach((v, i) => u.varnames.set(v, i));
    for (const [k, v] of dictByType(ste.symbols, CELL, 0, 0)) u.cellvars.set(k, v);
    if (ste.needsClassClosure) {
      // Cook up an implicit __class__ cell.
      u.cellvars.set('__class__', 0);
    }
    for (const [k, v] of dictByType(ste.symbols, FREE, DEF_FREE_CLASS, u.cellvars.size)) u.freevars.set(k, v);
    if (this.u) {
      this.stack.push(this.u);
      u.priv = this.u.priv;
    }
    this.u = u;
    this.nestlevel++;
    u.curblock = this.newBlock();
    if (scopeType === 'module') {
      u.lineno = 0;
    } else {
      this.setQualname();
    }
    this.addopI(Op.RESUME, 0);
    if (scopeType === 'module') u.lineno = -1;
  }

  exitScope(): void {
    this.nestlevel--;
    const parent = this.stack.pop();
    if (parent) this.u = parent;
  }

  /** cf. compiler_set_qualname */
  private setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    if (this.stack.length > 1) {
      const parent = this.stack[this.stack.length - 1];
      let forceGlobal = false;
      if (u.scopeType === 'function' || u.scopeType === 'class') {
        const mangled = mangle(parent.priv, u.name);
        const scope = parent.ste.getScope(mangled);
        if (scope === GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (parent.scopeType === 'function' || parent.scopeType === 'lambda') base = parent.qualname + '.<locals>';
        else base = parent.qualname;
      }
    }
    u.qualname = base !== null ? base + '.' + u.name : u.name;
  }
}

export function addO<K>(dict: Map<K, number>, list: K[], key: K): number {
  const v = dict.get(key);
  if (v !== undefined) return v;
  const arg = dict.size;
  dict.set(key, arg);
  list.push(key);
  return arg;
}

export function addName(dict: Map<string, number>, name: string): number {
  const v = dict.get(name);
  if (v !== undefined) return v;
  const arg = dict.size;
  dict.set(name, arg);
  return arg;
}
