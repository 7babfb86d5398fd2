// The patterns of the match statement, with their specialised errors.
// cf. Grammar/python.gram, "Match statement" (patterns .. keyword_pattern) and
// invalid_as_pattern, invalid_class_pattern.

import type {
  Attribute, BinOp, Constant, Expr, MatchAs, MatchClass, MatchMapping, MatchOr, MatchSequence,
  MatchSingleton, MatchStar, MatchValue, Name, Pattern, UnaryOp,
} from './ast';
import { setExprContext, type KeyPatternPair } from './actions';
import { expression } from './expressions';
import { M, type Parser } from './parser';
import { strings } from './strings';
import { T } from './tokens';

/** patterns: open_sequence_pattern | pattern */
export function patterns(p: Parser): Pattern | null {
  const mark = p.mark;
  const t0 = p.startToken();
  const s = openSequencePattern(p);
  if (s) return p.mk<MatchSequence>({ _type: 'MatchSequence', patterns: s }, t0);
  p.mark = mark;
  return pattern(p);
}

/** pattern: as_pattern | or_pattern */
function pattern(p: Parser): Pattern | null {
  const mark = p.mark;
  const a = asPattern(p);
  if (a) return a;
  p.mark = mark;
  return orPattern(p);
}

/** as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern */
function asPattern(p: Parser): Pattern | null {
  const mark = p.mark;
  const t0 = p.startToken();
  let pat: Pattern | null, target: Name | null;
  if ((pat = orPattern(p)) && p.expect(T.KW_AS) && (target = patternCaptureTarget(p))) {
    return p.mk<MatchAs>({ _type: 'MatchAs', pattern: pat, name: target.id }, t0);
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    // invalid_as_pattern: or_pattern 'as' "_" | or_pattern 'as' !NAME expression
    let a: Name | Expr | null;
    if (orPattern(p) && p.expect(T.KW_AS) && (a = p.softKeyword('_'))) p.raiseAt(a, "cannot use '_' as a target");
    p.mark = mark;
    if (orPattern(p) && p.expect(T.KW_AS) && !p.at(T.NAME) && (a = expression(p))) p.raiseAt(a, 'invalid pattern target');
    p.mark = mark;
  }
  return null;
}

/** or_pattern: '|'.closed_pattern+ */
function orPattern(p: Parser): Pattern | null {
  const mark = p.mark;
  const t0 = p.startToken();
  const pats: Pattern[] = [];
  for (;;) {
    const m = p.mark;
    if (pats.length > 0 && !p.expect(T.VBAR)) break;
    const c = closedPattern(p);
    if (!c) {
      p.mark = m;
      break;
    }
    pats.push(c);
  }
  if (!pats.length) {
    p.mark = mark;
    return null;
  }
  return pats.length === 1 ? pats[0] : p.mk<MatchOr>({ _type: 'MatchOr', patterns: pats }, t0);
}

/** closed_pattern (memo): literal | capture | wildcard | value | group | sequence | mapping | class */
function closedPattern(p: Parser): Pattern | null {
  const memo = p.memoGet<Pattern>(M.closed_pattern);
  if (memo !== undefined) return memo;
  const mark = p.mark;
  let res: Pattern | null = null;
  for (const alt of CLOSED_ALTS) {
    res = alt(p);
    if (res) break;
    p.mark = mark;
  }
  p.memoSet(mark, M.closed_pattern, res);
  return res;
}

/** literal_pattern: signed_number !('+'|'-') | complex_number | strings | 'None' | 'True' | 'False' */
function literalPattern(p: Parser): Pattern | null {
  const mark = p.mark;
  const t0 = p.startToken();
  const t = t0.type;
  if (t === T.KW_NONE || t === T.KW_TRUE || t === T.KW_FALSE) {
    p.mark++;
    const value: MatchSingleton['value'] = t === T.KW_NONE ? { kind: 'None' } : { kind: 'bool', value: t === T.KW_TRUE };
    return p.mk<MatchSingleton>({ _type: 'MatchSingleton', value }, t0);
  }
  const v = literalValue(p);
  if (v) return p.mk<MatchValue>({ _type: 'MatchValue', value: v }, t0);
  p.mark = mark;
  return null;
}

/** The shared numeric/string part of literal_pattern and literal_expr. */
function literalValue(p: Parser): Expr | null {
  const mark = p.mark;
  let v: Expr | null;
  if ((v = signedNumber(p)) && !p.at(T.PLUS) && !p.at(T.MINUS)) return v;
  p.mark = mark;
  if ((v = complexNumber(p))) return v;
  p.mark = mark;
  if ((v = p.at(T.STRING) ? strings(p) : null)) return v;
  p.mark = mark;
  return null;
}

/** literal_expr: literal_value | 'None' | 'True' | 'False' */
function literalExpr(p: Parser): Expr | null {
  const v = literalValue(p);
  if (v) return v;
  const t = p.peek();
  let value: Constant['value'];
  if (t.type === T.KW_NONE) value = { kind: 'None' };
  else if (t.type === T.KW_TRUE) value = { kind: 'bool', value: true };
  else if (t.type === T.KW_FALSE) value = { kind: 'bool', value: false };
  else return null;
  p.mark++;
  return {
    _type: 'Constant', value, kind: null,
    lineno: t.lineno, col_offset: t.col_offset, end_lineno: t.end_lineno, end_col_offset: t.end_col_offset,
  };
}

/** complex_number: signed_real_number ('+' | '-') imaginary_number */
function complexNumber(p: Parser): Expr | null {
  const mark = p.mark;
  const t0 = p.startToken();
  const real = signedRealNumber(p);
  if (real) {
    const op = p.expect(T.PLUS) ? 'Add' : p.expect(T.MINUS) ? 'Sub' : null;
    let imag: Expr | null;
    if (op && (imag = imaginaryNumber(p))) return p.mk<BinOp>({ _type: 'BinOp', left: real, op, right: imag }, t0);
  }
  p.mark = mark;
  return null;
}

/** signed_number: NUMBER | '-' NUMBER */
function signedNumber(p: Parser): Expr | null {
  const mark = p.mark;
  const t0 = p.startToken();
  let n: Expr | null;
  if ((n = p.number())) return n;
  if (p.expect(T.MINUS) && (n = p.number())) return p.mk<UnaryOp>({ _type: 'UnaryOp', op: 'USub', operand: n }, t0);
  p.mark = mark;
  return null;
}

/** signed_real_number: real_number | '-' real_number */
function signedRealNumber(p: Parser): Expr | null {
  const mark = p.mark;
  const t0 = p.startToken();
  let n: Expr | null;
  if ((n = realNumber(p))) return n;
  if (p.expect(T.MINUS) && (n = realNumber(p))) return p.mk<UnaryOp>({ _type: 'UnaryOp', op: 'USub', operand: n }, t0);
  p.mark = mark;
  return null;
}

/** real_number: NUMBER (cf. _PyPegen_ensure_real) */
function realNumber(p: Parser): Expr | null {
  const n = p.number();
  if (n && n.value.kind === 'complex') p.raiseAt(n, 'real number required in complex literal');
  return n;
}

/** imaginary_number: NUMBER (cf. _PyPegen_ensure_imaginary) */
function imaginaryNumber(p: Parser): Expr | null {
  const n = p.number();
  if (n && n.value.kind !== 'complex') p.raiseAt(n, 'imaginary number required in complex literal');
  return n;
}

/** capture_pattern: pattern_capture_target */
function capturePattern(p: Parser): Pattern | null {
  const t0 = p.startToken();
  const target = patternCaptureTarget(p);
  return target ? p.mk<MatchAs>({ _type: 'MatchAs', pattern: null, name: target.id }, t0) : null;
}

/** pattern_capture_target: !"_" NAME !('.' | '(' | '=') */
function patternCaptureTarget(p: Parser): Name | null {
  const mark = p.mark;
  const t = p.peek();
  if (t.type === T.NAME && t.string === '_') return null;
  const name = p.name();
  if (name) {
    const n = p.peekType();
    if (n !== T.DOT && n !== T.LPAR && n !== T.EQUAL) return setExprContext(name, 'Store') as Name;
  }
  p.mark = mark;
  return null;
}

/** wildcard_pattern: "_" */
function wildcardPattern(p: Parser): Pattern | null {
  const t0 = p.startToken();
  return p.softKeyword('_') ? p.mk<MatchAs>({ _type: 'MatchAs', pattern: null, name: null }, t0) : null;
}

/** value_pattern: attr !('.' | '(' | '=') */
function valuePattern(p: Parser): Pattern | null {
  const mark = p.mark;
  const t0 = p.startToken();
  const a = attr(p);
  if (a) {
    const n = p.peekType();
    if (n !== T.DOT && n !== T.LPAR && n !== T.EQUAL) return p.mk<MatchValue>({ _type: 'MatchValue', value: a }, t0);
  }
  p.mark = mark;
  return null;
}

/** attr (left-recursive, memo): name_or_attr '.' NAME */
function attr(p: Parser): Expr | null {
  const memo = p.memoGet<Expr>(M.attr);
  if (memo !== undefined) return memo;
  const mark = p.mark;
  const t0 = p.startToken();
  let a: Expr | null = p.name();
  let n = 0;
  if (a) {
    for (;;) {
      const m = p.mark;
      let b: Name | null;
      if (p.expect(T.DOT) && (b = p.name())) {
        a = p.mk<Attribute>({ _type: 'Attribute', value: a, attr: b.id, ctx: 'Load' }, t0);
        n++;
        continue;
      }
      p.mark = m;
      break;
    }
  }
  if (!n) {
    a = null;
    p.mark = mark;
  }
  p.memoSet(mark, M.attr, a);
  return a;
}

/** name_or_attr: attr | NAME */
function nameOrAttr(p: Parser): Expr | null {
  return attr(p) ?? p.name();
}

/** group_pattern: '(' pattern ')' */
function groupPattern(p: Parser): Pattern | null {
  const mark = p.mark;
  let pat: Pattern | null;
  if (p.expect(T.LPAR) && (pat = pattern(p)) && p.expect(T.RPAR)) return pat;
  p.mark = mark;
  return null;
}

/** sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')' */
function sequencePattern(p: Parser): Pattern | null {
  const mark = p.mark;
  const t0 = p.startToken();
  if (p.expect(T.LSQB)) {
    const pats = maybeSequencePattern(p);
    if (p.expect(T.RSQB)) return p.mk<MatchSequence>({ _type: 'MatchSequence', patterns: pats ?? [] }, t0);
  }
  p.mark = mark;
  if (p.expect(T.LPAR)) {
    const pats = openSequencePattern(p);
    if (p.expect(T.RPAR)) return p.mk<MatchSequence>({ _type: 'MatchSequence', patterns: pats ?? [] }, t0);
  }
  p.mark = mark;
  return null;
}

/** open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern? */
function openSequencePattern(p: Parser): Pattern[] | null {
  const mark = p.mark;
  let first: Pattern | null;
  if ((first = maybeStarPattern(p)) && p.expect(T.COMMA)) {
    const rest = maybeSequencePattern(p);
    return rest ? [first, ...rest] : [first];
  }
  p.mark = mark;
  return null;
}

/** maybe_sequence_pattern: ','.maybe_star_pattern+ ','? */
function maybeSequencePattern(p: Parser): Pattern[] | null {
  const pats = gather(p, maybeStarPattern);
  if (pats) p.expect(T.COMMA);
  return pats;
}

function gather<R>(p: Parser, item: (p: Parser) => R | null): R[] | null {
  const out: R[] = [];
  for (;;) {
    const m = p.mark;
    if (out.length > 0 && !p.expect(T.COMMA)) break;
    const e = item(p);
    if (e === null) {
      p.mark = m;
      break;
    }
    out.push(e);
  }
  return out.length ? out : null;
}

/** maybe_star_pattern: star_pattern | pattern */
function maybeStarPattern(p: Parser): Pattern | null {
  return starPattern(p) ?? pattern(p);
}

/** star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern */
function starPattern(p: Parser): Pattern | null {
  const memo = p.memoGet<Pattern>(M.star_pattern);
  if (memo !== undefined) return memo;
  const mark = p.mark;
  const t0 = p.startToken();
  let res: Pattern | null = null;
  let target: Name | null;
  if (p.expect(T.STAR) && (target = patternCaptureTarget(p))) {
    res = p.mk<MatchStar>({ _type: 'MatchStar', name: target.id }, t0);
  } else {
    p.mark = mark;
    if (p.expect(T.STAR) && wildcardPattern(p)) res = p.mk<MatchStar>({ _type: 'MatchStar', name: null }, t0);
    else p.mark = mark;
  }
  p.memoSet(mark, M.star_pattern, res);
  return res;
}

/** mapping_pattern */
function mappingPattern(p: Parser): Pattern | null {
  const mark = p.mark;
  const t0 = p.startToken();
  const mk = (items: KeyPatternPair[], rest: Name | null): Pattern =>
    p.mk<MatchMapping>({
      _type: 'MatchMapping', keys: items.map((x) => x.key), patterns: items.map((x) => x.pattern), rest: rest ? rest.id : null,
    }, t0);
  let rest: Name | null, items: KeyPatternPair[] | null;
  // '{' '}'
  if (p.expect(T.LBRACE) && p.expect(T.RBRACE)) return mk([], null);
  p.mark = mark;
  // '{' double_star_pattern ','? '}'
  if (p.expect(T.LBRACE) && (rest = doubleStarPattern(p))) {
    p.expect(T.COMMA);
    if (p.expect(T.RBRACE)) return mk([], rest);
  }
  p.mark = mark;
  // '{' items_pattern ',' double_star_pattern ','? '}'
  if (p.expect(T.LBRACE) && (items = gather(p, keyValuePattern)) && p.expect(T.COMMA) && (rest = doubleStarPattern(p))) {
    p.expect(T.COMMA);
    if (p.expect(T.RBRACE)) return mk(items, rest);
  }
  p.mark = mark;
  // '{' items_pattern ','? '}'
  if (p.expect(T.LBRACE) && (items = gather(p, keyValuePattern))) {
    p.expect(T.COMMA);
    if (p.expect(T.RBRACE)) return mk(items, null);
  }
  p.mark = mark;
  return null;
}

/** key_value_pattern: (literal_expr | attr) ':' pattern */
function keyValuePattern(p: Parser): KeyPatternPair | null {
  const mark = p.mark;
  let key: Expr | null, pat: Pattern | null;
  if ((key = literalExpr(p) ?? attr(p)) && p.expect(T.COLON) && (pat = pattern(p))) return { key, pattern: pat };
  p.mark = mark;
  return null;
}

/** double_star_pattern: '**' pattern_capture_target */
function doubleStarPattern(p: Parser): Name | null {
  const mark = p.mark;
  let target: Name | null;
  if (p.expect(T.DOUBLESTAR) && (target = patternCaptureTarget(p))) return target;
  p.mark = mark;
  return null;
}

/** keyword_pattern: NAME '=' pattern */
function keywordPattern(p: Parser): KeyPatternPair | null {
  const mark = p.mark;
  let arg: Name | null, value: Pattern | null;
  if ((arg = p.name()) && p.expect(T.EQUAL) && (value = pattern(p))) return { key: arg, pattern: value };
  p.mark = mark;
  return null;
}

/** class_pattern */
function classPattern(p: Parser): Pattern | null {
  const mark = p.mark;
  const t0 = p.startToken();
  const mk = (cls: Expr, pats: Pattern[], kws: KeyPatternPair[]): Pattern =>
    p.mk<MatchClass>({
      _type: 'MatchClass', cls, patterns: pats, kwd_attrs: kws.map((k) => (k.key as Name).id),
      kwd_patterns: kws.map((k) => k.pattern),
    }, t0);
  let cls: Expr | null, pats: Pattern[] | null, kws: KeyPatternPair[] | null;
  // name_or_attr '(' ')'
  if ((cls = nameOrAttr(p)) && p.expect(T.LPAR) && p.expect(T.RPAR)) return mk(cls, [], []);
  p.mark = mark;
  // name_or_attr '(' positional_patterns ','? ')'
  if ((cls = nameOrAttr(p)) && p.expect(T.LPAR) && (pats = gather(p, pattern))) {
    p.expect(T.COMMA);
    if (p.expect(T.RPAR)) return mk(cls, pats, []);
  }
  p.mark = mark;
  // name_or_attr '(' keyword_patterns ','? ')'
  if ((cls = nameOrAttr(p)) && p.expect(T.LPAR) && (kws = gather(p, keywordPattern))) {
    p.expect(T.COMMA);
    if (p.expect(T.RPAR)) return mk(cls, [], kws);
  }
  p.mark = mark;
  // name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
  if ((cls = nameOrAttr(p)) && p.expect(T.LPAR) && (pats = gather(p, pattern)) && p.expect(T.COMMA) &&
    (kws = gather(p, keywordPattern))) {
    p.expect(T.COMMA);
    if (p.expect(T.RPAR)) return mk(cls, pats, kws);
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    // invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern
    // invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' positional_patterns
    if (nameOrAttr(p) && p.expect(T.LPAR)) {
      const m = p.mark;
      if (!(gather(p, pattern) && p.expect(T.COMMA))) p.mark = m;
      let a: Pattern[] | null;
      if (gather(p, keywordPattern) && p.expect(T.COMMA) && (a = gather(p, pattern))) {
        p.raiseRange(a[0], a[a.length - 1], 'positional patterns follow keyword patterns');
      }
    }
    p.mark = mark;
  }
  return null;
}

const CLOSED_ALTS: ((p: Parser) => Pattern | null)[] = [
  literalPattern, capturePattern, wildcardPattern, valuePattern, groupPattern, sequencePattern,
  mappingPattern, classPattern,
];
