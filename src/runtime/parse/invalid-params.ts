// Specialised errors for parameter lists (second pass only).
// cf. Grammar/python.gram invalid_parameters, invalid_parameters_helper, invalid_default,
// invalid_star_etc, invalid_kwds and their invalid_lambda_* counterparts.
// Each function either raises or returns null; the caller restores the mark.

import {
  many, param, paramMaybeDefault, paramNoDefault, paramWithDefault, slashNoDefault, slashWithDefault,
} from './params';
import type { Parser } from './parser';
import { T, type Token } from './tokens';

/** invalid_parameters_helper: slash_with_default | param_with_default+ */
function invalidParametersHelper(p: Parser, lam: boolean): boolean {
  const mark = p.mark;
  if (slashWithDefault(p, lam)) return true;
  p.mark = mark;
  if (many(p, lam, paramWithDefault).length) return true;
  p.mark = mark;
  return false;
}

/** (slash_no_default | slash_with_default) */
function anySlash(p: Parser, lam: boolean): boolean {
  const mark = p.mark;
  if (slashNoDefault(p, lam)) return true;
  p.mark = mark;
  if (slashWithDefault(p, lam)) return true;
  p.mark = mark;
  return false;
}

/** invalid_parameters / invalid_lambda_parameters */
export function invalidParameters(p: Parser, lam: boolean): null {
  const mark = p.mark;
  let a: Token | null, b: Token | null;
  // param_no_default* invalid_parameters_helper a=param_no_default
  many(p, lam, paramNoDefault);
  if (invalidParametersHelper(p, lam)) {
    const x = paramNoDefault(p, lam);
    if (x) p.raiseAt(x, 'non-default argument follows default argument');
  }
  p.mark = mark;
  // param_no_default* a='(' param_no_default+ ','? b=')'  (lambda: ','.lambda_param+)
  many(p, lam, paramNoDefault);
  if ((a = p.expect(T.LPAR))) {
    let ok: boolean;
    if (lam) {
      ok = param(p, lam) !== null;
      while (ok) {
        const m = p.mark;
        if (!(p.expect(T.COMMA) && param(p, lam))) {
          p.mark = m;
          break;
        }
      }
    } else {
      ok = many(p, lam, paramNoDefault).length > 0;
    }
    if (ok) {
      p.expect(T.COMMA);
      if ((b = p.expect(T.RPAR))) {
        p.raiseRange(a, b, lam ? 'Lambda expression parameters cannot be parenthesized'
          : 'Function parameters cannot be parenthesized');
      }
    }
  }
  p.mark = mark;
  // a="/" ','
  if ((a = p.expect(T.SLASH)) && p.expect(T.COMMA)) p.raiseAt(a, 'at least one argument must precede /');
  p.mark = mark;
  // (slash_no_default | slash_with_default) param_maybe_default* a='/'
  if (anySlash(p, lam)) {
    many(p, lam, paramMaybeDefault);
    if ((a = p.expect(T.SLASH))) p.raiseAt(a, '/ may appear only once');
  }
  p.mark = mark;
  // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
  //   param_maybe_default* a='/'
  anySlash(p, lam);
  many(p, lam, paramMaybeDefault);
  if (p.expect(T.STAR) && (p.expect(T.COMMA) || paramNoDefault(p, lam))) {
    many(p, lam, paramMaybeDefault);
    if ((a = p.expect(T.SLASH))) p.raiseAt(a, '/ must be ahead of *');
  }
  p.mark = mark;
  // param_maybe_default+ '/' a='*'
  if (many(p, lam, paramMaybeDefault).length && p.expect(T.SLASH) && (a = p.expect(T.STAR))) {
    p.raiseAt(a, 'expected comma between / and *');
  }
  p.mark = mark;
  return null;
}

/** invalid_default: a='=' &(')'|',') */
export function invalidDefault(p: Parser): null {
  const a = p.expect(T.EQUAL);
  if (a && (p.at(T.RPAR) || p.at(T.COMMA))) p.raiseAt(a, 'expected default value expression');
  return null;
}

/** invalid_star_etc / invalid_lambda_star_etc */
export function invalidStarEtc(p: Parser, lam: boolean): null {
  const mark = p.mark;
  const close = lam ? T.COLON : T.RPAR;
  let a: Token | null;
  // a='*' (')' | ',' (')' | '**'))
  if ((a = p.expect(T.STAR))) {
    const m = p.mark;
    let ok = !!p.expect(close);
    if (!ok) {
      p.mark = m;
      ok = !!p.expect(T.COMMA) && (!!p.expect(close) || !!p.expect(T.DOUBLESTAR));
    }
    if (ok) {
      if (lam) p.raise('named arguments must follow bare *');
      p.raiseAt(a, 'named arguments must follow bare *');
    }
  }
  p.mark = mark;
  // '*' param a='='
  if (p.expect(T.STAR) && param(p, lam) && (a = p.expect(T.EQUAL))) {
    p.raiseAt(a, 'var-positional argument cannot have default value');
  }
  p.mark = mark;
  // '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
  if (p.expect(T.STAR) && (paramNoDefault(p, lam) || p.expect(T.COMMA))) {
    many(p, lam, paramMaybeDefault);
    if ((a = p.expect(T.STAR)) && (paramNoDefault(p, lam) || p.expect(T.COMMA))) {
      p.raiseAt(a, '* argument may appear only once');
    }
  }
  p.mark = mark;
  return null;
}

/** invalid_kwds / invalid_lambda_kwds */
export function invalidKwds(p: Parser, lam: boolean): null {
  const mark = p.mark;
  let a: Token | null;
  // '**' param a='='
  if (p.expect(T.DOUBLESTAR) && param(p, lam) && (a = p.expect(T.EQUAL))) {
    p.raiseAt(a, 'var-keyword argument cannot have default value');
  }
  p.mark = mark;
  // '**' param ',' a=param
  let x;
  if (p.expect(T.DOUBLESTAR) && param(p, lam) && p.expect(T.COMMA) && (x = param(p, lam))) {
    p.raiseAt(x, 'arguments cannot follow var-keyword argument');
  }
  p.mark = mark;
  // '**' param ',' a=('*'|'**'|'/')
  if (p.expect(T.DOUBLESTAR) && param(p, lam) && p.expect(T.COMMA)) {
    if ((a = p.expect(T.STAR) ?? p.expect(T.DOUBLESTAR) ?? p.expect(T.SLASH))) {
      p.raiseAt(a, 'arguments cannot follow var-keyword argument');
    }
  }
  p.mark = mark;
  return null;
}
