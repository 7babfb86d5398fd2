// Assignment and deletion targets. cf. Grammar/python.gram, "ASSIGNMENT TARGETS"
// (star_targets .. t_primary, del_targets .. del_t_atom).

import type { Attribute, Call, Expr, ExprContext, List, Name, Starred, Subscript, Tuple } from './ast';
import { setExprContext } from './actions';
import { arguments_ } from './calls';
import { genexp } from './collections';
import { M, type Parser } from './parser';
import { atom, slices } from './primary';
import { T, type Token } from './tokens';

/** t_lookahead: '(' | '[' | '.' */
function tLookahead(p: Parser): boolean {
  const t = p.peekType();
  return t === T.LPAR || t === T.LSQB || t === T.DOT;
}

/** star_targets: star_target !',' | star_target (',' star_target)* [','] */
export function starTargets(p: Parser): Expr | null {
  const mark = p.mark;
  const t0 = p.startToken();
  const a = starTarget(p);
  if (!a) {
    p.mark = mark;
    return null;
  }
  if (!p.at(T.COMMA)) return a;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    let c: Expr | null;
    if (p.expect(T.COMMA) && (c = starTarget(p))) {
      elts.push(c);
      continue;
    }
    p.mark = m;
    break;
  }
  p.expect(T.COMMA);
  return p.mk<Tuple>({ _type: 'Tuple', elts, ctx: 'Store' }, t0);
}

/** star_targets_list_seq: ','.star_target+ [','] */
function starTargetsListSeq(p: Parser): Expr[] | null {
  const a = starTarget(p);
  if (!a) return null;
  const out = [a];
  for (;;) {
    const m = p.mark;
    let c: Expr | null;
    if (p.expect(T.COMMA) && (c = starTarget(p))) {
      out.push(c);
      continue;
    }
    p.mark = m;
    break;
  }
  p.expect(T.COMMA);
  return out;
}

/** star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ',' */
function starTargetsTupleSeq(p: Parser): Expr[] | null {
  const mark = p.mark;
  const a = starTarget(p);
  if (!a) return null;
  const out = [a];
  for (;;) {
    const m = p.mark;
    let c: Expr | null;
    if (p.expect(T.COMMA) && (c = starTarget(p))) {
      out.push(c);
      continue;
    }
    p.mark = m;
    break;
  }
  if (out.length > 1) {
    p.expect(T.COMMA);
    return out;
  }
  if (p.expect(T.COMMA)) return out;
  p.mark = mark;
  return null;
}

/** star_target (memo): '*' (!'*' star_target) | target_with_star_atom */
export function starTarget(p: Parser): Expr | null {
  const memo = p.memoGet<Expr>(M.star_target);
  if (memo !== undefined) return memo;
  const mark = p.mark;
  const t0 = p.startToken();
  let res: Expr | null = null;
  let a: Expr | null;
  if (p.expect(T.STAR) && !p.at(T.STAR) && (a = starTarget(p))) {
    res = p.mk<Starred>({ _type: 'Starred', value: setExprContext(a, 'Store'), ctx: 'Store' }, t0);
  } else {
    p.mark = mark;
    res = targetWithStarAtom(p);
    if (!res) p.mark = mark;
  }
  p.memoSet(mark, M.star_target, res);
  return res;
}

/**
 * `t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead` with context `ctx`
 * (the first two alternatives of target_with_star_atom, single_subscript_attribute_target and del_target).
 */
function attrOrSubscriptTarget(p: Parser, ctx: ExprContext): Expr | null {
  const mark = p.mark;
  const t0 = p.startToken();
  let a: Expr | null, b: Name | null, s: Expr | null;
  if ((a = tPrimary(p)) && p.expect(T.DOT) && (b = p.name()) && !tLookahead(p)) {
    return p.mk<Attribute>({ _type: 'Attribute', value: a, attr: b.id, ctx }, t0);
  }
  p.mark = mark;
  if ((a = tPrimary(p)) && p.expect(T.LSQB) && (s = slices(p)) && p.expect(T.RSQB) && !tLookahead(p)) {
    return p.mk<Subscript>({ _type: 'Subscript', value: a, slice: s, ctx }, t0);
  }
  p.mark = mark;
  return null;
}

/** target_with_star_atom (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom */
function targetWithStarAtom(p: Parser): Expr | null {
  const memo = p.memoGet<Expr>(M.target_with_star_atom);
  if (memo !== undefined) return memo;
  const mark = p.mark;
  let res = attrOrSubscriptTarget(p, 'Store');
  if (!res) {
    res = starAtom(p);
    if (!res) p.mark = mark;
  }
  p.memoSet(mark, M.target_with_star_atom, res);
  return res;
}

/**
 * star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
 *          | '[' [star_targets_list_seq] ']'
 */
function starAtom(p: Parser): Expr | null {
  const mark = p.mark;
  const t0 = p.startToken();
  let a: Expr | null;
  if ((a = p.name())) return setExprContext(a, 'Store');
  if (p.expect(T.LPAR)) {
    if ((a = targetWithStarAtom(p)) && p.expect(T.RPAR)) return setExprContext(a, 'Store');
    p.mark = mark + 1;
    const s = starTargetsTupleSeq(p);
    if (p.expect(T.RPAR)) return p.mk<Tuple>({ _type: 'Tuple', elts: s ?? [], ctx: 'Store' }, t0);
    p.mark = mark;
    return null;
  }
  if (p.expect(T.LSQB)) {
    const s = starTargetsListSeq(p);
    if (p.expect(T.RSQB)) return p.mk<List>({ _type: 'List', elts: s ?? [], ctx: 'Store' }, t0);
  }
  p.mark = mark;
  return null;
}

/** single_target: single_subscript_attribute_target | NAME | '(' single_target ')' */
export function singleTarget(p: Parser): Expr | null {
  const mark = p.mark;
  let a: Expr | null;
  if ((a = singleSubscriptAttributeTarget(p))) return a;
  if ((a = p.name())) return setExprContext(a, 'Store');
  if (p.expect(T.LPAR) && (a = singleTarget(p)) && p.expect(T.RPAR)) return a;
  p.mark = mark;
  return null;
}

/** single_subscript_attribute_target: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead */
export function singleSubscriptAttributeTarget(p: Parser): Expr | null {
  return attrOrSubscriptTarget(p, 'Store');
}

/**
 * t_primary (left-recursive, memo):
 *   t_primary '.' NAME &t_lookahead | t_primary '[' slices ']' &t_lookahead
 *   | t_primary genexp &t_lookahead | t_primary '(' [arguments] ')' &t_lookahead | atom &t_lookahead
 */
export function tPrimary(p: Parser): Expr | null {
  const memo = p.memoGet<Expr>(M.t_primary);
  if (memo !== undefined) return memo;
  const mark = p.mark;
  const t0 = p.startToken();
  let a = atom(p);
  if (a && tLookahead(p)) {
    for (;;) {
      const next = tPrimarySuffix(p, a, t0);
      if (next === null) break;
      a = next;
    }
  } else {
    a = null;
    p.mark = mark;
  }
  p.memoSet(mark, M.t_primary, a);
  return a;
}

function tPrimarySuffix(p: Parser, a: Expr, t0: Token): Expr | null {
  const mark = p.mark;
  let b: Name | null, s: Expr | null;
  if (p.expect(T.DOT) && (b = p.name()) && tLookahead(p)) {
    return p.mk<Attribute>({ _type: 'Attribute', value: a, attr: b.id, ctx: 'Load' }, t0);
  }
  p.mark = mark;
  if (p.expect(T.LSQB) && (s = slices(p)) && p.expect(T.RSQB) && tLookahead(p)) {
    return p.mk<Subscript>({ _type: 'Subscript', value: a, slice: s, ctx: 'Load' }, t0);
  }
  p.mark = mark;
  if ((s = genexp(p)) && tLookahead(p)) {
    return p.mk<Call>({ _type: 'Call', func: a, args: [s], keywords: [] }, t0);
  }
  p.mark = mark;
  if (p.expect(T.LPAR)) {
    const c = arguments_(p);
    if (p.expect(T.RPAR) && tLookahead(p)) {
      return p.mk<Call>({ _type: 'Call', func: a, args: c ? c.args : [], keywords: c ? c.keywords : [] }, t0);
    }
  }
  p.mark = mark;
  return null;
}

/** del_targets: ','.del_target+ [','] */
export function delTargets(p: Parser): Expr[] | null {
  const a = delTarget(p);
  if (!a) return null;
  const out = [a];
  for (;;) {
    const m = p.mark;
    let c: Expr | null;
    if (p.expect(T.COMMA) && (c = delTarget(p))) {
      out.push(c);
      continue;
    }
    p.mark = m;
    break;
  }
  p.expect(T.COMMA);
  return out;
}

/** del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom */
function delTarget(p: Parser): Expr | null {
  const memo = p.memoGet<Expr>(M.del_target);
  if (memo !== undefined) return memo;
  const mark = p.mark;
  let res = attrOrSubscriptTarget(p, 'Del');
  if (!res) {
    res = delTAtom(p);
    if (!res) p.mark = mark;
  }
  p.memoSet(mark, M.del_target, res);
  return res;
}

/** del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']' */
function delTAtom(p: Parser): Expr | null {
  const mark = p.mark;
  const t0 = p.startToken();
  let a: Expr | null;
  if ((a = p.name())) return setExprContext(a, 'Del');
  if (p.expect(T.LPAR)) {
    if ((a = delTarget(p)) && p.expect(T.RPAR)) return setExprContext(a, 'Del');
    p.mark = mark + 1;
    const s = delTargets(p);
    if (p.expect(T.RPAR)) return p.mk<Tuple>({ _type: 'Tuple', elts: s ?? [], ctx: 'Del' }, t0);
    p.mark = mark;
    return null;
  }
  if (p.expect(T.LSQB)) {
    const s = delTargets(p);
    if (p.expect(T.RSQB)) return p.mk<List>({ _type: 'List', elts: s ?? [], ctx: 'Del' }, t0);
  }
  p.mark = mark;
  return null;
}
