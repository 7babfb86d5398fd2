// Function and lambda parameter lists. cf. Grammar/python.gram, "Function parameters"
// (params .. default) and "Lambda functions" (lambda_params .. lambda_param).
// Both families share one implementation: `lam` selects the lambda variant, where parameters
// have no annotations and a final parameter is followed by ':' instead of ')'.

import type { Arg, Arguments, Expr } from './ast';
import { makeArguments, type NameDefaultPair, type SlashWithDefault, type StarEtc } from './actions';
import { expression, starExpression } from './expressions';
import { invalidDefault, invalidKwds, invalidParameters, invalidStarEtc } from './invalid-params';
import type { Parser } from './parser';
import { T } from './tokens';

/** params: invalid_parameters | parameters */
export function params(p: Parser): Arguments | null {
  return paramsOf(p, false);
}

/** lambda_params: invalid_lambda_parameters | lambda_parameters */
export function lambdaParams(p: Parser): Arguments | null {
  return paramsOf(p, true);
}

function paramsOf(p: Parser, lam: boolean): Arguments | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    invalidParameters(p, lam);
    p.mark = mark;
  }
  const r = parameters(p, lam);
  if (!r) p.mark = mark;
  return r;
}

/** `x*` for a parameter rule. */
export function many<R>(p: Parser, lam: boolean, rule: (p: Parser, lam: boolean) => R | null): R[] {
  const out: R[] = [];
  for (;;) {
    const r = rule(p, lam);
    if (r === null) return out;
    out.push(r);
  }
}

/**
 * parameters:
 *   | slash_no_default param_no_default* param_with_default* [star_etc]
 *   | slash_with_default param_with_default* [star_etc]
 *   | param_no_default+ param_with_default* [star_etc]
 *   | param_with_default+ [star_etc]
 *   | star_etc
 */
function parameters(p: Parser, lam: boolean): Arguments | null {
  const mark = p.mark;
  const a = slashNoDefault(p, lam);
  if (a) {
    const b = many(p, lam, paramNoDefault);
    const c = many(p, lam, paramWithDefault);
    const d = starEtc(p, lam);
    return makeArguments(a, null, b, c, d);
  }
  p.mark = mark;
  const s = slashWithDefault(p, lam);
  if (s) {
    const b = many(p, lam, paramWithDefault);
    const c = starEtc(p, lam);
    return makeArguments(null, s, null, b, c);
  }
  p.mark = mark;
  const plain = many(p, lam, paramNoDefault);
  if (plain.length) {
    const b = many(p, lam, paramWithDefault);
    const c = starEtc(p, lam);
    return makeArguments(null, null, plain, b, c);
  }
  p.mark = mark;
  const withDefault = many(p, lam, paramWithDefault);
  if (withDefault.length) {
    const b = starEtc(p, lam);
    return makeArguments(null, null, null, withDefault, b);
  }
  p.mark = mark;
  const e = starEtc(p, lam);
  if (e) return makeArguments(null, null, null, null, e);
  p.mark = mark;
  return null;
}

/** The token that may follow a last parameter: ')' for def, ':' for lambda. */
function closer(lam: boolean): T {
  return lam ? T.COLON : T.RPAR;
}

/** slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')' */
export function slashNoDefault(p: Parser, lam: boolean): Arg[] | null {
  const mark = p.mark;
  const a = many(p, lam, paramNoDefault);
  if (a.length && p.expect(T.SLASH)) {
    if (p.expect(T.COMMA) || p.at(closer(lam))) return a;
  }
  p.mark = mark;
  return null;
}

/** slash_with_default: param_no_default* param_with_default+ '/' (',' | &')') */
export function slashWithDefault(p: Parser, lam: boolean): SlashWithDefault | null {
  const mark = p.mark;
  const a = many(p, lam, paramNoDefault);
  const b = many(p, lam, paramWithDefault);
  if (b.length && p.expect(T.SLASH)) {
    if (p.expect(T.COMMA) || p.at(closer(lam))) return { plainNames: a, namesWithDefaults: b };
  }
  p.mark = mark;
  return null;
}

/**
 * star_etc:
 *   | invalid_star_etc
 *   | '*' param_no_default param_maybe_default* [kwds]
 *   | '*' param_no_default_star_annotation param_maybe_default* [kwds]   (def only)
 *   | '*' ',' param_maybe_default+ [kwds]
 *   | kwds
 */
export function starEtc(p: Parser, lam: boolean): StarEtc | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    invalidStarEtc(p, lam);
    p.mark = mark;
  }
  let a: Arg | null;
  if (p.expect(T.STAR) && (a = paramNoDefault(p, lam))) {
    const b = many(p, lam, paramMaybeDefault);
    const c = kwds(p, lam);
    return { vararg: a, kwonlyargs: b, kwarg: c };
  }
  p.mark = mark;
  if (!lam && p.expect(T.STAR) && (a = paramNoDefaultStarAnnotation(p))) {
    const b = many(p, lam, paramMaybeDefault);
    const c = kwds(p, lam);
    return { vararg: a, kwonlyargs: b, kwarg: c };
  }
  p.mark = mark;
  if (p.expect(T.STAR) && p.expect(T.COMMA)) {
    const b = many(p, lam, paramMaybeDefault);
    if (b.length) {
      const c = kwds(p, lam);
      return { vararg: null, kwonlyargs: b, kwarg: c };
    }
  }
  p.mark = mark;
  const k = kwds(p, lam);
  if (k) return { vararg: null, kwonlyargs: null, kwarg: k };
  p.mark = mark;
  return null;
}

/** kwds: invalid_kwds | '**' param_no_default */
export function kwds(p: Parser, lam: boolean): Arg | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    invalidKwds(p, lam);
    p.mark = mark;
  }
  let a: Arg | null;
  if (p.expect(T.DOUBLESTAR) && (a = paramNoDefault(p, lam))) return a;
  p.mark = mark;
  return null;
}

/** param_no_default: param ',' | param &')' */
export function paramNoDefault(p: Parser, lam: boolean): Arg | null {
  const mark = p.mark;
  const a = param(p, lam);
  if (a && (p.expect(T.COMMA) || p.at(closer(lam)))) return a;
  p.mark = mark;
  return null;
}

/** param_no_default_star_annotation: param_star_annotation ',' | param_star_annotation &')' */
function paramNoDefaultStarAnnotation(p: Parser): Arg | null {
  const mark = p.mark;
  const t0 = p.startToken();
  const n = p.name();
  let b: Expr | null;
  if (n && p.expect(T.COLON) && (b = starExpression(p))) {
    const a = p.mk<Arg>({ _type: 'arg', arg: n.id, annotation: b, type_comment: null }, t0);
    if (p.expect(T.COMMA) || p.at(T.RPAR)) return a;
  }
  p.mark = mark;
  return null;
}

/** param_with_default: param default ',' | param default &')' */
export function paramWithDefault(p: Parser, lam: boolean): NameDefaultPair | null {
  const mark = p.mark;
  const a = param(p, lam);
  let c: Expr | null;
  if (a && (c = defaultValue(p)) && (p.expect(T.COMMA) || p.at(closer(lam)))) return { arg: a, value: c };
  p.mark = mark;
  return null;
}

/** param_maybe_default: param default? ',' | param default? &')' */
export function paramMaybeDefault(p: Parser, lam: boolean): NameDefaultPair | null {
  const mark = p.mark;
  const a = param(p, lam);
  if (a) {
    const c = defaultValue(p);
    if (p.expect(T.COMMA) || p.at(closer(lam))) return { arg: a, value: c };
  }
  p.mark = mark;
  return null;
}

/** param: NAME annotation? (def) / lambda_param: NAME (lambda) */
export function param(p: Parser, lam: boolean): Arg | null {
  const t0 = p.startToken();
  const n = p.name();
  if (!n) return null;
  let annotation: Expr | null = null;
  if (!lam) {
    const m = p.mark;
    if (!(p.expect(T.COLON) && (annotation = expression(p)))) {
      p.mark = m;
      annotation = null;
    }
  }
  return p.mk<Arg>({ _type: 'arg', arg: n.id, annotation, type_comment: null }, t0);
}

/** default: '=' expression | invalid_default */
export function defaultValue(p: Parser): Expr | null {
  const mark = p.mark;
  let a: Expr | null;
  if (p.expect(T.EQUAL) && (a = expression(p))) return a;
  p.mark = mark;
  if (p.callInvalidRules) {
    invalidDefault(p);
    p.mark = mark;
  }
  return null;
}
