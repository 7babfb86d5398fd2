// Displays and comprehensions: tuples, groups, lists, sets, dicts and generator expressions.
// cf. Grammar/python.gram, "LITERALS" (list, tuple, set, dict) and "Comprehensions & Generators".

import type {
  Comprehension, Dict, DictComp, Expr, GeneratorExp, List, ListComp, SetComp, SetExpr, Tuple,
} from './ast';
import type { KeyValuePair } from './actions';
import {
  assignmentOrExpression, bitwiseOr, disjunction, expression, namedExpression, starNamedExpression,
  starNamedExpressions, yieldExpr,
} from './expressions';
import {
  invalidComprehension, invalidDictComprehension, invalidDoubleStarredKvpairs, invalidForTarget,
  invalidGroup,
} from './invalid-expr';
import type { Parser } from './parser';
import { starTargets } from './targets';
import { T } from './tokens';

const ASYNC_FIRST = [1, 0] as const;

/** &'(' (tuple | group | genexp) */
export function tupleGroupOrGenexp(p: Parser): Expr | null {
  const mark = p.mark;
  let a: Expr | null;
  if ((a = tuple(p))) return a;
  p.mark = mark;
  if ((a = group(p))) return a;
  p.mark = mark;
  if ((a = genexp(p))) return a;
  p.mark = mark;
  return null;
}

/** tuple: '(' [star_named_expression ',' [star_named_expressions]] ')' */
export function tuple(p: Parser): Expr | null {
  const mark = p.mark;
  const t0 = p.startToken();
  if (!p.expect(T.LPAR)) return null;
  let elts: Expr[] = [];
  const m = p.mark;
  const y = starNamedExpression(p);
  if (y && p.expect(T.COMMA)) {
    const z = starNamedExpressions(p);
    elts = z ? [y, ...z] : [y];
  } else {
    p.mark = m;
  }
  if (p.expect(T.RPAR)) return p.mk<Tuple>({ _type: 'Tuple', elts, ctx: 'Load' }, t0);
  p.mark = mark;
  return null;
}

/** group: '(' (yield_expr | named_expression) ')' | invalid_group */
function group(p: Parser): Expr | null {
  const mark = p.mark;
  if (p.expect(T.LPAR)) {
    const a = yieldExpr(p) ?? namedExpression(p);
    if (a && p.expect(T.RPAR)) return a;
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    invalidGroup(p);
    p.mark = mark;
  }
  return null;
}

/** genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension */
export function genexp(p: Parser): Expr | null {
  const mark = p.mark;
  const t0 = p.startToken();
  if (p.expect(T.LPAR)) {
    let a: Expr | null, b: Comprehension[] | null;
    if ((a = assignmentOrExpression(p)) && (b = forIfClauses(p)) && p.expect(T.RPAR)) {
      return p.mk<GeneratorExp>({ _type: 'GeneratorExp', elt: a, generators: b }, t0);
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    invalidComprehension(p);
    p.mark = mark;
  }
  return null;
}

/** &'[' (list | listcomp) */
export function listOrListcomp(p: Parser): Expr | null {
  const mark = p.mark;
  let a: Expr | null;
  if ((a = list(p))) return a;
  p.mark = mark;
  if ((a = listcomp(p))) return a;
  p.mark = mark;
  return null;
}

/** list: '[' [star_named_expressions] ']' */
export function list(p: Parser): Expr | null {
  const mark = p.mark;
  const t0 = p.startToken();
  if (p.expect(T.LSQB)) {
    const a = starNamedExpressions(p);
    if (p.expect(T.RSQB)) return p.mk<List>({ _type: 'List', elts: a ?? [], ctx: 'Load' }, t0);
  }
  p.mark = mark;
  return null;
}

/** listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension */
function listcomp(p: Parser): Expr | null {
  const mark = p.mark;
  const t0 = p.startToken();
  if (p.expect(T.LSQB)) {
    let a: Expr | null, b: Comprehension[] | null;
    if ((a = namedExpression(p)) && (b = forIfClauses(p)) && p.expect(T.RSQB)) {
      return p.mk<ListComp>({ _type: 'ListComp', elt: a, generators: b }, t0);
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    invalidComprehension(p);
    p.mark = mark;
  }
  return null;
}

/** &'{' (dict | set | dictcomp | setcomp) */
export function dictOrSet(p: Parser): Expr | null {
  const mark = p.mark;
  const t0 = p.startToken();
  // dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
  if (p.expect(T.LBRACE)) {
    const a = doubleStarredKvpairs(p);
    if (p.expect(T.RBRACE)) {
      const pairs = a ?? [];
      return p.mk<Dict>({ _type: 'Dict', keys: pairs.map((x) => x.key), values: pairs.map((x) => x.value) }, t0);
    }
  }
  p.mark = mark;
  // Not gated by the second pass: pegen only gates alternatives that *start* with an invalid_ rule.
  if (p.expect(T.LBRACE)) invalidDoubleStarredKvpairs(p);
  p.mark = mark;
  // set: '{' star_named_expressions '}'
  if (p.expect(T.LBRACE)) {
    const a = starNamedExpressions(p);
    if (a && p.expect(T.RBRACE)) return p.mk<SetExpr>({ _type: 'Set', elts: a }, t0);
  }
  p.mark = mark;
  // dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
  if (p.expect(T.LBRACE)) {
    let a: KeyValuePair | null, b: Comprehension[] | null;
    if ((a = kvpair(p)) && (b = forIfClauses(p)) && p.expect(T.RBRACE)) {
      return p.mk<DictComp>({ _type: 'DictComp', key: a.key as Expr, value: a.value, generators: b }, t0);
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    invalidDictComprehension(p);
    p.mark = mark;
  }
  // setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
  if (p.expect(T.LBRACE)) {
    let a: Expr | null, b: Comprehension[] | null;
    if ((a = namedExpression(p)) && (b = forIfClauses(p)) && p.expect(T.RBRACE)) {
      return p.mk<SetComp>({ _type: 'SetComp', elt: a, generators: b }, t0);
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    invalidComprehension(p);
    p.mark = mark;
  }
  return null;
}

/** double_starred_kvpairs: ','.double_starred_kvpair+ [','] */
export function doubleStarredKvpairs(p: Parser): KeyValuePair[] | null {
  const out: KeyValuePair[] = [];
  for (;;) {
    const m = p.mark;
    if (out.length > 0 && !p.expect(T.COMMA)) break;
    const kv = doubleStarredKvpair(p);
    if (!kv) {
      p.mark = m;
      break;
    }
    out.push(kv);
  }
  if (out.length === 0) return null;
  p.expect(T.COMMA);
  return out;
}

/** double_starred_kvpair: '**' bitwise_or | kvpair */
export function doubleStarredKvpair(p: Parser): KeyValuePair | null {
  const mark = p.mark;
  let a: Expr | null;
  if (p.expect(T.DOUBLESTAR) && (a = bitwiseOr(p))) return { key: null, value: a };
  p.mark = mark;
  return kvpair(p);
}

/** kvpair: expression ':' expression */
export function kvpair(p: Parser): KeyValuePair | null {
  const mark = p.mark;
  let a: Expr | null, b: Expr | null;
  if ((a = expression(p)) && p.expect(T.COLON) && (b = expression(p))) return { key: a, value: b };
  p.mark = mark;
  return null;
}

/** for_if_clauses: for_if_clause+ */
export function forIfClauses(p: Parser): Comprehension[] | null {
  let out: Comprehension[] | null = null;
  for (;;) {
    const c = forIfClause(p);
    if (!c) break;
    (out ??= []).push(c);
  }
  return out;
}

/**
 * for_if_clause:
 *   | ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
 *   | 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
 *   | invalid_for_target
 */
function forIfClause(p: Parser): Comprehension | null {
  const mark = p.mark;
  for (const isAsync of ASYNC_FIRST) {
    if (isAsync && !p.expect(T.ASYNC)) continue;
    let a: Expr | null;
    if (p.expect(T.KW_FOR) && (a = starTargets(p)) && p.expect(T.KW_IN)) {
      // cut: past 'in', no other alternative is tried
      const b = disjunction(p);
      if (!b) {
        p.mark = mark;
        return null;
      }
      const ifs: Expr[] = [];
      for (;;) {
        const m = p.mark;
        let z: Expr | null;
        if (p.expect(T.KW_IF) && (z = disjunction(p))) {
          ifs.push(z);
          continue;
        }
        p.mark = m;
        break;
      }
      return { _type: 'comprehension', target: a, iter: b, ifs, is_async: isAsync };
    }
    p.mark = mark;
  }
  if (p.callInvalidRules) {
    invalidForTarget(p);
    p.mark = mark;
  }
  return null;
}
