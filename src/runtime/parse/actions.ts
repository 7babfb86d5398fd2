// Helpers used by the grammar actions: intermediate records, expression contexts, argument
// lists and the names used in error messages. cf. Parser/action_helpers.c.

import type {
  Arg, Arguments, CmpOp, Expr, ExprContext, Keyword, Pattern, Stmt,
} from './ast';
import type { Parser } from './parser';

export interface NameDefaultPair { arg: Arg; value: Expr | null }
export interface SlashWithDefault { plainNames: Arg[]; namesWithDefaults: NameDefaultPair[] }
export interface StarEtc { vararg: Arg | null; kwonlyargs: NameDefaultPair[] | null; kwarg: Arg | null }
export interface KeyValuePair { key: Expr | null; value: Expr }
export interface KeyPatternPair { key: Expr; pattern: Pattern }
export interface CmpopExprPair { op: CmpOp; expr: Expr }
export interface KeywordOrStarred { element: Keyword | Expr; isKeyword: boolean }

/** A copy of `e` with context `ctx` (Name, Tuple, List, Subscript, Attribute, Starred). */
export function setExprContext(e: Expr, ctx: ExprContext): Expr {
  const { lineno, col_offset, end_lineno, end_col_offset } = e;
  switch (e._type) {
    case 'Name':
      return { _type: 'Name', id: e.id, ctx, lineno, col_offset, end_lineno, end_col_offset };
    case 'Tuple':
      return { _type: 'Tuple', elts: e.elts.map((x) => setExprContext(x, ctx)), ctx, lineno, col_offset, end_lineno, end_col_offset };
    case 'List':
      return { _type: 'List', elts: e.elts.map((x) => setExprContext(x, ctx)), ctx, lineno, col_offset, end_lineno, end_col_offset };
    case 'Subscript':
      return { _type: 'Subscript', value: e.value, slice: e.slice, ctx, lineno, col_offset, end_lineno, end_col_offset };
    case 'Attribute':
      return { _type: 'Attribute', value: e.value, attr: e.attr, ctx, lineno, col_offset, end_lineno, end_col_offset };
    case 'Starred':
      return { _type: 'Starred', value: setExprContext(e.value, ctx), ctx, lineno, col_offset, end_lineno, end_col_offset };
    default:
      return e;
  }
}

/** cf. _PyPegen_make_arguments */
export function makeArguments(
  slashWithoutDefault: Arg[] | null,
  slashWithDefault: SlashWithDefault | null,
  plainNames: Arg[] | null,
  namesWithDefault: NameDefaultPair[] | null,
  starEtc: StarEtc | null,
): Arguments {
  let posonlyargs: Arg[];
  if (slashWithoutDefault !== null) posonlyargs = slashWithoutDefault;
  else if (slashWithDefault !== null) {
    posonlyargs = slashWithDefault.plainNames.concat(slashWithDefault.namesWithDefaults.map((x) => x.arg));
  } else posonlyargs = [];

  let args: Arg[];
  if (plainNames !== null && namesWithDefault !== null) args = plainNames.concat(namesWithDefault.map((x) => x.arg));
  else if (namesWithDefault !== null) args = namesWithDefault.map((x) => x.arg);
  else if (plainNames !== null) args = plainNames;
  else args = [];

  const defaultsOf = (pairs: NameDefaultPair[]): Expr[] => pairs.map((x) => x.value as Expr);
  let defaults: Expr[];
  if (slashWithDefault !== null && namesWithDefault !== null) {
    defaults = defaultsOf(slashWithDefault.namesWithDefaults).concat(defaultsOf(namesWithDefault));
  } else if (namesWithDefault !== null) defaults = defaultsOf(namesWithDefault);
  else if (slashWithDefault !== null) defaults = defaultsOf(slashWithDefault.namesWithDefaults);
  else defaults = [];

  const kw = starEtc?.kwonlyargs ?? null;
  return {
    _type: 'arguments',
    posonlyargs,
    args,
    vararg: starEtc?.vararg ?? null,
    kwonlyargs: kw ? kw.map((x) => x.arg) : [],
    kw_defaults: kw ? kw.map((x) => x.value) : [],
    kwarg: starEtc?.kwarg ?? null,
    defaults,
  };
}

/** cf. _PyPegen_empty_arguments */
export function emptyArguments(): Arguments {
  return makeArguments(null, null, null, null, null);
}

/** The name used in "cannot assign to %s" messages. cf. _PyPegen_get_expr_name */
export function getExprName(e: Expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.kind === 'None') return 'None';
      if (v.kind === 'bool') return v.value ? 'True' : 'False';
      if (v.kind === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: return 'expression';
  }
}

export const enum Targets { STAR, DEL, FOR }

/** The first sub-expression that cannot be a target. cf. _PyPegen_get_invalid_target */
export function getInvalidTarget(e: Expr | null, type: Targets): Expr | null {
  if (e === null) return null;
  switch (e._type) {
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const child = getInvalidTarget(x, type);
        if (child !== null) return child;
      }
      return null;
    case 'Starred':
      if (type === Targets.DEL) return e;
      return getInvalidTarget(e.value, type);
    case 'Compare':
      if (type === Targets.FOR) {
        if (e.ops[0] === 'In') return getInvalidTarget(e.left, type);
        return null;
      }
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** RAISE_SYNTAX_ERROR_INVALID_TARGET: returns null when no invalid target is found. */
export function raiseInvalidTarget(p: Parser, type: Targets, e: Expr): null {
  const t = getInvalidTarget(e, type);
  if (t !== null) {
    const verb = type === Targets.DEL ? 'delete' : 'assign to';
    p.raiseAt(t, `cannot ${verb} ${getExprName(t)}`);
  }
  return null;
}

/** cf. _PyPegen_check_legacy_stmt */
export function isLegacyStmt(e: Expr): boolean {
  return e._type === 'Name' && (e.id === 'print' || e.id === 'exec');
}

/** cf. _PyPegen_get_last_comprehension_item */
export function lastComprehensionItem(c: { iter: Expr; ifs: Expr[] }): Expr {
  return c.ifs.length === 0 ? c.iter : c.ifs[c.ifs.length - 1];
}

/** Splits kwargs into starred positional arguments and keywords. cf. _PyPegen_seq_extract_starred_exprs */
export function starredOf(items: KeywordOrStarred[]): Expr[] {
  return items.filter((k) => !k.isKeyword).map((k) => k.element as Expr);
}

export function keywordsOf(items: KeywordOrStarred[]): Keyword[] {
  return items.filter((k) => k.isKeyword).map((k) => k.element as Keyword);
}

/** Statement lists are flattened from `statement+`. cf. _PyPegen_seq_flatten */
export function flatten(seqs: Stmt[][]): Stmt[] {
  const out: Stmt[] = [];
  for (const s of seqs) for (const x of s) out.push(x);
  return out;
}
