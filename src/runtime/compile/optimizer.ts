// The AST optimizer: constant folding before symbol tables and code generation.
// A port of CPython 3.11 Python/ast_opt.c. It works on a private copy of the tree and
// records every constant object the parser and the optimizer materialise (CPython's AST
// arena keeps a reference to each of them while the module runs).

import type * as A from '../parse/ast';
import type { Const } from './code';
import { constFromAst, isHashable, makeFrozenset } from './constants';
import { foldBinop, foldSubscr, foldUnaryop } from './constops';

/** Const objects attached to Constant nodes (the parser's values are never shared). */
export class ConstTable {
  private readonly map = new WeakMap<A.Constant, Const>();
  /** Parser constants (source order) then optimizer results (creation order). */
  readonly materialised: Const[] = [];

  of(node: A.Constant): Const {
    let c = this.map.get(node);
    if (!c) {
      c = constFromAst(node.value);
      this.map.set(node, c);
    }
    return c;
  }

  attach(node: A.Constant, c: Const, record: boolean): void {
    this.map.set(node, c);
    if (record) this.materialised.push(c);
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Deep copy of the module, so folding never changes the caller's tree. What structuredClone
 * gives for this plain data (a node reached twice is copied once, keys keep their order),
 * several times faster on large trees.
 */
function cloneTree<T>(x: T): T {
  const copies = new Map<object, unknown>();
  const clone = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    const done = copies.get(v);
    if (done !== undefined) return done;
    if (Array.isArray(v)) {
      const a: unknown[] = [];
      copies.set(v, a);
      for (let i = 0; i < v.length; i++) a.push(clone(v[i]));
      return a;
    }
    if (v instanceof Uint8Array) {
      const b = new Uint8Array(v);
      copies.set(v, b);
      return b;
    }
    const o: Record<string, unknown> = {};
    copies.set(v, o);
    for (const k in v) o[k] = clone((v as Record<string, unknown>)[k]);
    return o;
  };
  return clone(x) as T;
}

/** Collect the parser's constants in source order. */
function collectConstants(node: unknown, out: A.Constant[]): void {
  if (Array.isArray(node)) {
    for (const x of node) collectConstants(x, out);
    return;
  }
  if (node === null || typeof node !== 'object' || node instanceof Uint8Array) return;
  const n = node as { _type?: string };
  if (n._type === 'Constant') {
    out.push(node as A.Constant);
    return;
  }
  if (n._type === 'MatchSingleton') return;
  for (const k in node) {
    const v = (node as Record<string, unknown>)[k];
    if (typeof v === 'object') collectConstants(v, out);
  }
}

/** Optimize a module; returns the folded copy. cf. _PyAST_Optimize, astfold_mod */
export function optimizeModule<M extends A.Mod>(mod: M, consts: ConstTable, futureAnnotations = false): M {
  const copy = cloneTree(mod);
  const parserConsts: A.Constant[] = [];
  collectConstants(copy, parserConsts);
  parserConsts.sort((a, b) => a.lineno - b.lineno || a.col_offset - b.col_offset);
  for (const node of parserConsts) {
    const c = consts.of(node);
    // The parser uses the None/True/False/Ellipsis singletons without an arena reference.
    if (c.kind !== 'None' && c.kind !== 'bool' && c.kind !== 'Ellipsis') consts.materialised.push(c);
  }
  const folder = new Folder(consts, futureAnnotations);
  if (copy._type === 'Module') folder.body(copy.body);
  else if (copy._type === 'Interactive') folder.stmtList(copy.body);
  else folder.expression(copy.body);
  return copy;
}

/** cf. _PyAST_GetDocString */
export function getDocString(body: A.Stmt[]): A.Constant | null {
  if (!body.length) return null;
  const st = body[0];
  if (st._type !== 'Expr') return null;
  const e = st.value;
  if (e._type === 'Constant' && e.value.kind === 'str') return e;
  return null;
}

class Folder {
  /** Under `from __future__ import annotations` annotations stay unfolded (they become source text). */
  constructor(private readonly consts: ConstTable, private readonly futureAnnotations = false) {}

  private annotation(e: A.Expr | null): void {
    if (e && !this.futureAnnotations) this.expr(e);
  }

  /** cf. make_const: turn `node` into a Constant holding `c` (in place). */
  private makeConst(node: A.Expr, c: Const | null): A.Expr {
    if (c === null) return node;
    const loc = { lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset };
    const n = node as unknown as Record<string, unknown>;
    for (const k of Object.keys(n)) delete n[k];
    const cn = Object.assign(n, { _type: 'Constant', value: constToAstValue(c), kind: null }, loc) as unknown as A.Constant;
    this.consts.attach(cn, c, true);
    return cn;
  }

  private constOf(e: A.Expr): Const | null {
    return e._type === 'Constant' ? this.consts.of(e) : null;
  }

  body(stmts: A.Stmt[]): void {
    const hadDoc = getDocString(stmts) !== null;
    for (const s of stmts) this.stmt(s);
    if (!hadDoc && getDocString(stmts) !== null) {
      // A folded string is not a docstring: wrap it in a JoinedStr. cf. astfold_body
      const st = stmts[0] as Mutable<A.ExprStmt>;
      st.value = {
        _type: 'JoinedStr', values: [st.value],
        lineno: st.lineno, col_offset: st.col_offset, end_lineno: st.end_lineno, end_col_offset: st.end_col_offset,
      };
    }
  }

  /** Interactive_kind: the statements, without astfold_body's docstring rule. */
  stmtList(list: A.Stmt[]): void {
    this.stmts(list);
  }

  /** Expression_kind */
  expression(e: A.Expr): void {
    this.expr(e);
  }

  private exprs(list: (A.Expr | null)[]): void {
    for (const e of list) if (e) this.expr(e);
  }

  private stmts(list: A.Stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  private arguments(a: A.Arguments): void {
    for (const p of a.posonlyargs) this.annotation(p.annotation);
    for (const p of a.args) this.annotation(p.annotation);
    this.annotation(a.vararg?.annotation ?? null);
    for (const p of a.kwonlyargs) this.annotation(p.annotation);
    this.exprs(a.kw_defaults);
    this.annotation(a.kwarg?.annotation ?? null);
    this.exprs(a.defaults);
  }

  /** cf. astfold_stmt */
  private stmt(s: A.Stmt): void {
    switch (s._type) {
      case 'FunctionDef': case 'AsyncFunctionDef':
        this.arguments(s.args);
        this.body(s.body);
        this.exprs(s.decorator_list);
        this.annotation(s.returns);
        break;
      case 'ClassDef':
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.body(s.body);
        this.exprs(s.decorator_list);
        break;
      case 'Return': if (s.value) this.expr(s.value); break;
      case 'Delete': this.exprs(s.targets); break;
      case 'Assign': this.exprs(s.targets); this.expr(s.value); break;
      case 'AugAssign': this.expr(s.target); this.expr(s.value); break;
      case 'AnnAssign':
        this.expr(s.target);
        this.annotation(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      case 'For':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        this.foldIter(s.iter);
        break;
      case 'AsyncFor':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'While': case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With': case 'AsyncWith':
        for (const it of s.items) {
          this.expr(it.context_expr);
          if (it.optional_vars) this.expr(it.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        break;
      case 'Try': case 'TryStar':
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case 'Expr': this.expr(s.value); break;
      case 'Match':
        this.expr(s.subject);
        for (const m of s.cases) {
          this.pattern(m.pattern);
          if (m.guard) this.expr(m.guard);
          this.stmts(m.body);
        }
        break;
      default:
        break;
    }
  }

  /** cf. astfold_pattern */
  private pattern(p: A.Pattern): void {
    switch (p._type) {
      case 'MatchValue': this.expr(p.value); break;
      case 'MatchSequence': for (const q of p.patterns) this.pattern(q); break;
      case 'MatchMapping':
        this.exprs(p.keys);
        for (const q of p.patterns) this.pattern(q);
        break;
      case 'MatchClass':
        this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwd_patterns) this.pattern(q);
        break;
      case 'MatchAs': if (p.pattern) this.pattern(p.pattern); break;
      case 'MatchOr': for (const q of p.patterns) this.pattern(q); break;
      default: break;
    }
  }

  private comprehension(g: A.Comprehension): void {
    this.expr(g.target);
    this.expr(g.iter);
    this.exprs(g.ifs);
    this.foldIter(g.iter);
  }

  /** cf. astfold_expr; folds in place (the node object is kept). */
  private expr(e: A.Expr): void {
    switch (e._type) {
      case 'BoolOp': this.exprs(e.values); break;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        this.foldBinop(e);
        break;
      case 'UnaryOp':
        this.expr(e.operand);
        this.foldUnaryop(e);
        break;
      case 'Lambda':
        this.arguments(e.args);
        this.expr(e.body);
        break;
      case 'IfExp': this.expr(e.test); this.expr(e.body); this.expr(e.orelse); break;
      case 'Dict': this.exprs(e.keys); this.exprs(e.values); break;
      case 'Set': this.exprs(e.elts); break;
      case 'ListComp': case 'SetComp': case 'GeneratorExp':
        this.expr(e.elt);
        for (const g of e.generators) this.comprehension(g);
        break;
      case 'DictComp':
        this.expr(e.key);
        this.expr(e.value);
        for (const g of e.generators) this.comprehension(g);
        break;
      case 'Await': case 'YieldFrom': this.expr(e.value); break;
      case 'Yield': if (e.value) this.expr(e.value); break;
      case 'Compare':
        this.expr(e.left);
        this.exprs(e.comparators);
        this.foldCompare(e);
        break;
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        break;
      case 'JoinedStr': this.exprs(e.values); break;
      case 'Attribute': this.expr(e.value); break;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        this.foldSubscr(e);
        break;
      case 'Starred': this.expr(e.value); break;
      case 'Slice':
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        break;
      case 'List': this.exprs(e.elts); break;
      case 'Tuple':
        this.exprs(e.elts);
        this.foldTuple(e);
        break;
      case 'Name':
        if (e.ctx === 'Load' && e.id === '__debug__') this.makeConst(e, { kind: 'bool', value: true });
        break;
      case 'NamedExpr': this.expr(e.value); break;
      default: break;
    }
  }

  private foldBinop(e: A.BinOp): void {
    const l = this.constOf(e.left);
    const r = this.constOf(e.right);
    if (!l || !r) return;
    this.makeConst(e, foldBinop(e.op, l, r));
  }

  private foldUnaryop(e: A.UnaryOp): void {
    const arg = e.operand;
    if (arg._type !== 'Constant') {
      // Fold not into comparison. cf. fold_unaryop
      if (e.op === 'Not' && arg._type === 'Compare' && arg.ops.length === 1) {
        const inv: Partial<Record<A.CmpOp, A.CmpOp>> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
        const op = inv[arg.ops[0]];
        if (op) {
          // COPY_NODE(node, arg): the UnaryOp node becomes the Compare (keeping arg's location).
          const n = e as unknown as Record<string, unknown>;
          for (const k of Object.keys(n)) delete n[k];
          Object.assign(n, arg, { ops: [op] });
        }
      }
      return;
    }
    this.makeConst(e, foldUnaryop(e.op, this.consts.of(arg)));
  }

  private makeConstTuple(elts: A.Expr[]): Const | null {
    const items: Const[] = [];
    for (const x of elts) {
      if (x._type !== 'Constant') return null;
      items.push(this.consts.of(x));
    }
    return { kind: 'tuple', items };
  }

  private foldTuple(e: A.Tuple): void {
    if (e.ctx !== 'Load') return;
    this.makeConst(e, this.makeConstTuple(e.elts));
  }

  private foldSubscr(e: A.Subscript): void {
    if (e.ctx !== 'Load') return;
    const v = this.constOf(e.value);
    const i = this.constOf(e.slice);
    if (!v || !i) return;
    this.makeConst(e, foldSubscr(v, i));
  }

  /** cf. fold_iter: list -> tuple, constant set -> frozenset */
  private foldIter(arg: A.Expr): void {
    if (arg._type === 'List') {
      if (arg.elts.some((x) => x._type === 'Starred')) return;
      (arg as unknown as { _type: string })._type = 'Tuple';
      this.makeConst(arg, this.makeConstTuple(arg.elts));
    } else if (arg._type === 'Set') {
      const t = this.makeConstTuple(arg.elts);
      if (t && t.kind === 'tuple') {
        // An unhashable item makes PyFrozenSet_New fail: no folding then.
        if (!t.items.every(isHashable)) return;
        this.makeConst(arg, makeFrozenset(t.items));
      }
    }
  }

  private foldCompare(e: A.Compare): void {
    const i = e.ops.length - 1;
    const op = e.ops[i];
    if (op === 'In' || op === 'NotIn') this.foldIter(e.comparators[i]);
  }
}

/** A placeholder AST value for a folded node (the real value is the attached Const). */
function constToAstValue(c: Const): A.ConstValue {
  switch (c.kind) {
    case 'int': case 'float': case 'str': case 'bytes': case 'bool': return c;
    case 'complex': return { kind: 'complex', real: 0, imag: c.imag };
    case 'None': case 'Ellipsis': return c;
    default: return { kind: 'Ellipsis' };
  }
}
