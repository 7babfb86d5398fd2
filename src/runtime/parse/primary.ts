// Primary expressions: attribute access, calls, subscriptions, slices and atoms.
// cf. Grammar/python.gram, "Primary elements" (primary, slices, slice, atom, group).

import type { Attribute, Call, Constant, Expr, Slice, Starred, Subscript, Tuple } from './ast';
import { arguments_ } from './calls';
import { dictOrSet, genexp, listOrListcomp, tupleGroupOrGenexp } from './collections';
import { expression, namedExpression } from './expressions';
import { M, type Parser } from './parser';
import { strings } from './strings';
import { T } from './tokens';
import type { Token } from './tokens';

/**
 * primary (left-recursive, memo):
 *   primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
 */
export function primary(p: Parser): Expr | null {
  const memo = p.memoGet<Expr>(M.primary);
  if (memo !== undefined) return memo;
  const mark = p.mark;
  const t0 = p.startToken();
  let a = atom(p);
  if (a) {
    for (;;) {
      const next = primarySuffix(p, a, t0);
      if (next === null) break;
      a = next;
    }
  } else {
    p.mark = mark;
  }
  p.memoSet(mark, M.primary, a);
  return a;
}

function primarySuffix(p: Parser, a: Expr, t0: Token): Expr | null {
  const mark = p.mark;
  // primary '.' NAME
  if (p.expect(T.DOT)) {
    const b = p.name();
    if (b) return p.mk<Attribute>({ _type: 'Attribute', value: a, attr: b.id, ctx: 'Load' }, t0);
    p.mark = mark;
  }
  // primary genexp: tried whatever the next token is, since in the second pass genexp's
  // invalid_comprehension alternative also looks at '[' and '{'.
  const g = genexp(p);
  if (g) return p.mk<Call>({ _type: 'Call', func: a, args: [g], keywords: [] }, t0);
  p.mark = mark;
  // primary '(' [arguments] ')'
  if (p.expect(T.LPAR)) {
    const b = arguments_(p);
    if (p.expect(T.RPAR)) {
      return p.mk<Call>({
        _type: 'Call', func: a, args: b ? b.args : [], keywords: b ? b.keywords : [],
      }, t0);
    }
    p.mark = mark;
  }
  // primary '[' slices ']'
  if (p.expect(T.LSQB)) {
    let b: Expr | null;
    if ((b = slices(p)) && p.expect(T.RSQB)) {
      return p.mk<Subscript>({ _type: 'Subscript', value: a, slice: b, ctx: 'Load' }, t0);
    }
    p.mark = mark;
  }
  return null;
}

/** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
export function slices(p: Parser): Expr | null {
  const mark = p.mark;
  const t0 = p.startToken();
  let a: Expr | null;
  if ((a = slice(p)) && !p.at(T.COMMA)) return a;
  p.mark = mark;
  const elts: Expr[] = [];
  for (;;) {
    const m = p.mark;
    if (elts.length > 0 && !p.expect(T.COMMA)) break;
    const e = slice(p) ?? starredExpression(p);
    if (!e) {
      p.mark = m;
      break;
    }
    elts.push(e);
  }
  if (elts.length === 0) {
    p.mark = mark;
    return null;
  }
  p.expect(T.COMMA);
  return p.mk<Tuple>({ _type: 'Tuple', elts, ctx: 'Load' }, t0);
}

/** slice: [expression] ':' [expression] [':' [expression]] | named_expression */
function slice(p: Parser): Expr | null {
  const mark = p.mark;
  const t0 = p.startToken();
  const a = expression(p);
  if (p.expect(T.COLON)) {
    const b = expression(p);
    let c: Expr | null = null;
    const m = p.mark;
    if (p.expect(T.COLON)) c = expression(p);
    else p.mark = m;
    return p.mk<Slice>({ _type: 'Slice', lower: a, upper: b, step: c }, t0);
  }
  p.mark = mark;
  const n = namedExpression(p);
  if (n) return n;
  p.mark = mark;
  return null;
}

/** starred_expression: '*' expression */
export function starredExpression(p: Parser): Expr | null {
  const mark = p.mark;
  const t0 = p.startToken();
  let a: Expr | null;
  if (p.expect(T.STAR) && (a = expression(p))) {
    return p.mk<Starred>({ _type: 'Starred', value: a, ctx: 'Load' }, t0);
  }
  p.mark = mark;
  return null;
}

function constant(t: Token, value: Constant['value']): Constant {
  return {
    _type: 'Constant', value, kind: null,
    lineno: t.lineno, col_offset: t.col_offset, end_lineno: t.end_lineno, end_col_offset: t.end_col_offset,
  };
}

/**
 * atom: NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER | &'(' (tuple | group | genexp)
 *     | &'[' (list | listcomp) | &'{' (dict | set | dictcomp | setcomp) | '...'
 */
export function atom(p: Parser): Expr | null {
  const t = p.peek();
  switch (t.type) {
    case T.NAME:
      return p.name();
    case T.KW_TRUE:
      p.mark++;
      return constant(t, { kind: 'bool', value: true });
    case T.KW_FALSE:
      p.mark++;
      return constant(t, { kind: 'bool', value: false });
    case T.KW_NONE:
      p.mark++;
      return constant(t, { kind: 'None' });
    case T.STRING:
      return strings(p);
    case T.NUMBER:
      return p.number();
    case T.LPAR:
      return tupleGroupOrGenexp(p);
    case T.LSQB:
      return listOrListcomp(p);
    case T.LBRACE:
      return dictOrSet(p);
    case T.ELLIPSIS:
      p.mark++;
      return constant(t, { kind: 'Ellipsis' });
    default:
      return null;
  }
}
