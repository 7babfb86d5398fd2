// Symbol tables: which names are local, global, free or cell in each scope.
// A port of CPython 3.11 Python/symtable.c (two passes: collect raw facts from the AST,
// then analyze blocks top-down to resolve scopes).

import type * as A from '../parse/ast';
import { CompileUnsupported, ErrorSink, type SourceLoc } from './errors';
import { mangle } from './mangle';
import { analyzeSymtable } from './symtable-analyze';

// Flags for def-use information, cf. Include/internal/pycore_symtable.h
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export const SCOPE_OFFSET = 11;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

export type BlockType = 'function' | 'class' | 'module';
export type ComprehensionType = 'none' | 'list' | 'set' | 'dict' | 'gen';

const GLOBAL_PARAM = (n: string): string => `name '${n}' is parameter and global`;
const NONLOCAL_PARAM = (n: string): string => `name '${n}' is parameter and nonlocal`;
const GLOBAL_AFTER_ASSIGN = (n: string): string => `name '${n}' is assigned to before global declaration`;
const NONLOCAL_AFTER_ASSIGN = (n: string): string => `name '${n}' is assigned to before nonlocal declaration`;
const GLOBAL_AFTER_USE = (n: string): string => `name '${n}' is used prior to global declaration`;
const NONLOCAL_AFTER_USE = (n: string): string => `name '${n}' is used prior to nonlocal declaration`;
const GLOBAL_ANNOT = (n: string): string => `annotated name '${n}' can't be global`;
const NONLOCAL_ANNOT = (n: string): string => `annotated name '${n}' can't be nonlocal`;
const IMPORT_STAR_WARNING = 'import * only allowed at module level';
const NAMED_EXPR_COMP_IN_CLASS = 'assignment expression within a comprehension cannot be used in a class body';
const NAMED_EXPR_COMP_CONFLICT = (n: string): string => `assignment expression cannot rebind comprehension iteration variable '${n}'`;
const NAMED_EXPR_COMP_INNER_LOOP_CONFLICT = (n: string): string => `comprehension inner loop cannot rebind assignment expression target '${n}'`;
const NAMED_EXPR_COMP_ITER_EXPR = 'assignment expression cannot be used in a comprehension iterable expression';
const DUPLICATE_ARGUMENT = (n: string): string => `duplicate argument '${n}' in function definition`;

/** One scope. cf. Include/internal/pycore_symtable.h PySTEntryObject */
export class SymtableEntry {
  readonly symbols = new Map<string, number>();
  readonly varnames: string[] = [];
  readonly children: SymtableEntry[] = [];
  readonly directives: { name: string; loc: SourceLoc }[] = [];
  nested = false;
  free = false;
  childFree = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionType = 'none';
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  compIterTarget = false;
  compIterExpr = 0;

  constructor(readonly name: string, readonly type: BlockType, readonly lineno: number, readonly col: number) {}

  /** Raw flags (with the scope bits) of a name, 0 when unknown. cf. _PyST_GetSymbol */
  getSymbol(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** cf. _PyST_GetScope */
  getScope(name: string): number {
    return (this.getSymbol(name) >> SCOPE_OFFSET) & SCOPE_MASK;
  }
}

export interface Symtable {
  top: SymtableEntry;
  /** The entry for a FunctionDef/ClassDef/Lambda/comprehension node, or the module. */
  lookup(node: object): SymtableEntry;
}

/** Build and analyze the symbol table of a module. cf. _PySymtable_Build */
export function buildSymtable(mod: A.Mod, errors: ErrorSink, futureAnnotations = false): Symtable {
  const b = new Builder(errors, futureAnnotations);
  b.enterBlock('top', 'module', mod, 0, 0);
  b.top = b.cur;
  b.global = b.cur.symbols;
  if (mod._type === 'Expression') b.visitExpr(mod.body);
  else for (const s of mod.body) b.visitStmt(s);
  b.exitBlock();
  analyzeSymtable(b.top, errors);
  const blocks = b.blocks;
  return {
    top: b.top,
    lookup(node: object): SymtableEntry {
      const e = blocks.get(node);
      if (!e) throw new Error('unknown symbol table entry');
      return e;
    },
  };
}

type Loc = SourceLoc;

class Builder {
  readonly blocks = new Map<object, SymtableEntry>();
  top!: SymtableEntry;
  cur!: SymtableEntry;
  global!: Map<string, number>;
  private readonly stack: SymtableEntry[] = [];
  private priv: string | null = null;

  constructor(private readonly errors: ErrorSink, private readonly futureAnnotations = false) {}

  /**
   * symtable_visit_annotation: under `from __future__ import annotations` CPython analyses an
   * annotation in its own annotation block (so it binds nothing here); RefScope does not
   * analyse it at all, which differs only when an annotation names an enclosing function's local.
   */
  private visitAnnotation(e: A.Expr): void {
    if (!this.futureAnnotations) { this.visitExpr(e); return; }
    // The annotation block still rejects what cannot appear in one (cf. symtable_raise_if_annotation_block).
    const walk = (n: unknown): void => {
      if (n === null || typeof n !== 'object') return;
      if (Array.isArray(n)) { for (const x of n) walk(x); return; }
      const node = n as { _type?: string } & A.Expr;
      if (node._type === 'Yield' || node._type === 'YieldFrom') this.err("'yield expression' can not be used within an annotation", node);
      if (node._type === 'Await') this.err("'await expression' can not be used within an annotation", node);
      if (node._type === 'NamedExpr') this.err('named expression cannot be used within an annotation', node);
      for (const [k, v] of Object.entries(node)) if (k !== '_type' && typeof v === 'object') walk(v);
    };
    walk(e);
  }

  enterBlock(name: string, type: BlockType, key: object, lineno: number, col: number): void {
    const prev = this.stack.length ? this.stack[this.stack.length - 1] : null;
    const ste = new SymtableEntry(name, type, lineno, col);
    if (prev && (prev.nested || prev.type === 'function')) ste.nested = true;
    this.blocks.set(key, ste);
    if (prev) prev.children.push(ste);
    this.stack.push(ste);
    this.cur = ste;
  }

  exitBlock(): void {
    this.stack.pop();
    if (this.stack.length) this.cur = this.stack[this.stack.length - 1];
  }

  private err(msg: string, loc: Loc): never {
    throw this.errors.error(msg, loc, 'msg');
  }

  /** cf. symtable_add_def_helper */
  private addDefHelper(name: string, flag: number, ste: SymtableEntry, loc: Loc): void {
    const mangled = mangle(this.priv, name);
    const o = ste.symbols.get(mangled);
    let val: number;
    if (o !== undefined) {
      if (flag & DEF_PARAM && o & DEF_PARAM) this.err(DUPLICATE_ARGUMENT(name), loc);
      val = o | flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) this.err(NAMED_EXPR_COMP_INNER_LOOP_CONFLICT(name), loc);
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      this.global.set(mangled, flag | (this.global.get(mangled) ?? 0));
    }
  }

  private addDef(name: string, flag: number, loc: Loc): void {
    this.addDefHelper(name, flag, this.cur, loc);
  }

  private lookupCur(name: string): number {
    return this.cur.getSymbol(mangle(this.priv, name));
  }

  private recordDirective(name: string, loc: Loc): void {
    this.cur.directives.push({ name: mangle(this.priv, name), loc });
  }

  // ---------------------------------------------------------------- statements

  visitStmt(s: A.Stmt): void {
    switch (s._type) {
      case 'FunctionDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        for (const d of s.args.defaults) this.visitExpr(d);
        for (const d of s.args.kw_defaults) if (d) this.visitExpr(d);
        this.visitAnnotations(s.args, s.returns);
        for (const d of s.decorator_list) this.visitExpr(d);
        this.enterBlock(s.name, 'function', s, s.lineno, s.col_offset);
        this.visitArguments(s.args);
        for (const st of s.body) this.visitStmt(st);
        this.exitBlock();
        break;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        for (const e of s.bases) this.visitExpr(e);
        for (const k of s.keywords) this.visitExpr(k.value);
        for (const d of s.decorator_list) this.visitExpr(d);
        this.enterBlock(s.name, 'class', s, s.lineno, s.col_offset);
        const tmp = this.priv;
        this.priv = s.name;
        for (const st of s.body) this.visitStmt(st);
        this.priv = tmp;
        this.exitBlock();
        break;
      }
      case 'Return':
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete':
        for (const t of s.targets) this.visitExpr(t);
        break;
      case 'Assign':
        for (const t of s.targets) this.visitExpr(t);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign': {
        if (s.target._type === 'Name') {
          const eName = s.target;
          const cur = this.lookupCur(eName.id);
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.symbols !== this.global && s.simple) {
            this.err(cur & DEF_GLOBAL ? GLOBAL_ANNOT(eName.id) : NONLOCAL_ANNOT(eName.id), s);
          }
          if (s.simple) {
            this.addDef(eName.id, DEF_ANNOT | DEF_LOCAL, eName);
          } else if (s.value) {
            this.addDef(eName.id, DEF_LOCAL, eName);
          }
        } else {
          this.visitExpr(s.target);
        }
        this.visitAnnotation(s.annotation);
        if (s.value) this.visitExpr(s.value);
        break;
      }
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'For':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        for (const st of s.body) this.visitStmt(st);
        for (const st of s.orelse) this.visitStmt(st);
        break;
      case 'While':
      case 'If':
        this.visitExpr(s.test);
        for (const st of s.body) this.visitStmt(st);
        for (const st of s.orelse) this.visitStmt(st);
        break;
      case 'Match':
        this.visitExpr(s.subject);
        for (const m of s.cases) {
          this.visitPattern(m.pattern);
          if (m.guard) this.visitExpr(m.guard);
          for (const st of m.body) this.visitStmt(st);
        }
        break;
      case 'Raise':
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        break;
      case 'Try':
        for (const st of s.body) this.visitStmt(st);
        for (const st of s.orelse) this.visitStmt(st);
        for (const h of s.handlers) {
          if (h.type) this.visitExpr(h.type);
          if (h.name) this.addDef(h.name, DEF_LOCAL, h);
          for (const st of h.body) this.visitStmt(st);
        }
        for (const st of s.finalbody) this.visitStmt(st);
        break;
      case 'TryStar':
        throw new CompileUnsupported('except*', s.lineno, s.col_offset);
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a);
        break;
      case 'Global':
      case 'Nonlocal': {
        const isGlobal = s._type === 'Global';
        for (const name of s.names) {
          const cur = this.lookupCur(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = isGlobal ? GLOBAL_PARAM(name) : NONLOCAL_PARAM(name);
            else if (cur & USE) msg = isGlobal ? GLOBAL_AFTER_USE(name) : NONLOCAL_AFTER_USE(name);
            else if (cur & DEF_ANNOT) msg = isGlobal ? GLOBAL_ANNOT(name) : NONLOCAL_ANNOT(name);
            else msg = isGlobal ? GLOBAL_AFTER_ASSIGN(name) : NONLOCAL_AFTER_ASSIGN(name);
            this.err(msg, s);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          this.recordDirective(name, s);
        }
        break;
      }
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      case 'With':
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars) this.visitExpr(item.optional_vars);
        }
        for (const st of s.body) this.visitStmt(st);
        break;
      case 'AsyncFunctionDef':
        throw new CompileUnsupported('async def', s.lineno, s.col_offset);
      case 'AsyncWith':
        throw new CompileUnsupported('async with', s.lineno, s.col_offset);
      case 'AsyncFor':
        throw new CompileUnsupported('async for', s.lineno, s.col_offset);
    }
  }

  private visitAlias(a: A.Alias): void {
    const name = a.asname ?? a.name;
    const dot = name.indexOf('.');
    const storeName = dot >= 0 ? name.slice(0, dot) : name;
    if (name !== '*') {
      this.addDef(storeName, DEF_IMPORT, a);
    } else if (this.cur.type !== 'module') {
      this.err(IMPORT_STAR_WARNING, a);
    }
  }

  private visitAnnotations(args: A.Arguments, returns: A.Expr | null): void {
    const visitArgs = (list: A.Arg[]): void => {
      for (const a of list) if (a.annotation) this.visitAnnotation(a.annotation);
    };
    visitArgs(args.posonlyargs);
    visitArgs(args.args);
    if (args.vararg?.annotation) this.visitAnnotation(args.vararg.annotation);
    if (args.kwarg?.annotation) this.visitAnnotation(args.kwarg.annotation);
    visitArgs(args.kwonlyargs);
    if (returns) this.visitAnnotation(returns);
  }

  private visitArguments(a: A.Arguments): void {
    for (const p of a.posonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.args) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.kwonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  // ---------------------------------------------------------------- patterns

  private visitPattern(p: A.Pattern): void {
    switch (p._type) {
      case 'MatchValue': this.visitExpr(p.value); break;
      case 'MatchSingleton': break;
      case 'MatchSequence': for (const q of p.patterns) this.visitPattern(q); break;
      case 'MatchStar': if (p.name) this.addDef(p.name, DEF_LOCAL, p); break;
      case 'MatchMapping':
        for (const k of p.keys) this.visitExpr(k);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case 'MatchAs':
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchOr': for (const q of p.patterns) this.visitPattern(q); break;
    }
  }

  // ---------------------------------------------------------------- expressions

  visitExpr(e: A.Expr): void {
    switch (e._type) {
      case 'NamedExpr':
        if (this.cur.compIterExpr > 0) this.err(NAMED_EXPR_COMP_ITER_EXPR, e);
        if (this.cur.comprehension !== 'none') this.extendNamedexprScope(e.target as A.Name);
        this.visitExpr(e.value);
        this.visitExpr(e.target);
        break;
      case 'BoolOp': for (const v of e.values) this.visitExpr(v); break;
      case 'BinOp': this.visitExpr(e.left); this.visitExpr(e.right); break;
      case 'UnaryOp': this.visitExpr(e.operand); break;
      case 'Lambda':
        for (const d of e.args.defaults) this.visitExpr(d);
        for (const d of e.args.kw_defaults) if (d) this.visitExpr(d);
        this.enterBlock('lambda', 'function', e, e.lineno, e.col_offset);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case 'IfExp': this.visitExpr(e.test); this.visitExpr(e.body); this.visitExpr(e.orelse); break;
      case 'Dict':
        for (const k of e.keys) if (k) this.visitExpr(k);
        for (const v of e.values) this.visitExpr(v);
        break;
      case 'Set': for (const x of e.elts) this.visitExpr(x); break;
      case 'GeneratorExp': this.comprehension(e, 'genexpr', 'gen', e.generators, e.elt, null); break;
      case 'ListComp': this.comprehension(e, 'listcomp', 'list', e.generators, e.elt, null); break;
      case 'SetComp': this.comprehension(e, 'setcomp', 'set', e.generators, e.elt, null); break;
      case 'DictComp': this.comprehension(e, 'dictcomp', 'dict', e.generators, e.key, e.value); break;
      case 'Yield':
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension !== 'none') this.raiseIfComprehension(e);
        break;
      case 'YieldFrom':
        this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension !== 'none') this.raiseIfComprehension(e);
        break;
      case 'Await':
        // Outside an async function the compiler reports it (compiler_visit_expr1); async
        // functions and comprehensions are not supported.
        if (this.cur.comprehension !== 'none') throw new CompileUnsupported('await', e.lineno, e.col_offset);
        this.visitExpr(e.value);
        break;
      case 'Compare':
        this.visitExpr(e.left);
        for (const c of e.comparators) this.visitExpr(c);
        break;
      case 'Call':
        this.visitExpr(e.func);
        for (const a of e.args) this.visitExpr(a);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr': for (const v of e.values) this.visitExpr(v); break;
      case 'Constant': break;
      case 'Attribute': this.visitExpr(e.value); break;
      case 'Subscript': this.visitExpr(e.value); this.visitExpr(e.slice); break;
      case 'Starred': this.visitExpr(e.value); break;
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        // Special-case super: it counts as a use of __class__
        if (e.ctx === 'Load' && this.cur.type === 'function' && e.id === 'super') this.addDef('__class__', USE, e);
        break;
      case 'List':
      case 'Tuple':
        for (const x of e.elts) this.visitExpr(x);
        break;
    }
  }

  private raiseIfComprehension(e: A.Expr): never {
    const t = this.cur.comprehension;
    const msg = t === 'list' ? "'yield' inside list comprehension"
      : t === 'set' ? "'yield' inside set comprehension"
        : t === 'dict' ? "'yield' inside dict comprehension"
          : "'yield' inside generator expression";
    this.err(msg, e);
  }

  /** cf. symtable_extend_namedexpr_scope */
  private extendNamedexprScope(e: A.Name): void {
    const target = e.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension !== 'none') {
        if (ste.getSymbol(target) & DEF_COMP_ITER) this.err(NAMED_EXPR_COMP_CONFLICT(target), e);
        continue;
      }
      if (ste.type === 'function') {
        if (ste.getSymbol(target) & DEF_GLOBAL) this.addDef(target, DEF_GLOBAL, e);
        else this.addDef(target, DEF_NONLOCAL, e);
        this.recordDirective(target, e);
        this.addDefHelper(target, DEF_LOCAL, ste, e);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(target, DEF_GLOBAL, e);
        this.recordDirective(target, e);
        this.addDefHelper(target, DEF_GLOBAL, ste, e);
        return;
      }
      if (ste.type === 'class') this.err(NAMED_EXPR_COMP_IN_CLASS, e);
    }
  }

  /** cf. symtable_handle_comprehension */
  private comprehension(e: A.Expr, scopeName: string, type: ComprehensionType, generators: A.Comprehension[],
    elt: A.Expr, value: A.Expr | null): void {
    const outermost = generators[0];
    if (outermost.is_async) throw new CompileUnsupported('async comprehension', e.lineno, e.col_offset);
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(scopeName, 'function', e, e.lineno, e.col_offset);
    this.cur.comprehension = type;
    this.addDef('.0', DEF_PARAM, e);
    this.cur.compIterTarget = true;
    this.visitExpr(outermost.target);
    this.cur.compIterTarget = false;
    for (const x of outermost.ifs) this.visitExpr(x);
    for (let i = 1; i < generators.length; i++) {
      const lc = generators[i];
      if (lc.is_async) throw new CompileUnsupported('async comprehension', e.lineno, e.col_offset);
      this.cur.compIterTarget = true;
      this.visitExpr(lc.target);
      this.cur.compIterTarget = false;
      this.cur.compIterExpr++;
      this.visitExpr(lc.iter);
      this.cur.compIterExpr--;
      for (const x of lc.ifs) this.visitExpr(x);
    }
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    this.cur.generator = type === 'gen';
    this.exitBlock();
  }
}
