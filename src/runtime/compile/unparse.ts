// Expressions back to source text, as `from __future__ import annotations` stores
// annotations (PEP 563). A port of Python/ast_unparse.c (3.11): the same
// precedence levels, parentheses, spacing and constant reprs (inf as 1e309).
// f-strings inside annotations are not ported: they raise CompileUnsupported.

import type * as A from '../parse/ast';
import { floatRepr, complexRepr, strRepr, bytesRepr } from './constrepr';
import { CompileUnsupported } from './errors';

/** The compiler flag of `from __future__ import annotations` (cf. Include/cpython/code.h). */
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

// enum precedence in ast_unparse.c
const PR_TUPLE = 0;
const PR_TEST = 1; // 'if'-'else', 'lambda'
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5;
const PR_EXPR = 6;
const PR_BOR = PR_EXPR;
const PR_BXOR = 7;
const PR_BAND = 8;
const PR_SHIFT = 9;
const PR_ARITH = 10;
const PR_TERM = 11;
const PR_FACTOR = 12;
const PR_POWER = 13;
const PR_AWAIT = 14;
const PR_ATOM = 15;

const BINOP: Record<A.Operator, [string, number]> = {
  Add: [' + ', PR_ARITH], Sub: [' - ', PR_ARITH], Mult: [' * ', PR_TERM], MatMult: [' @ ', PR_TERM],
  Div: [' / ', PR_TERM], Mod: [' % ', PR_TERM], LShift: [' << ', PR_SHIFT], RShift: [' >> ', PR_SHIFT],
  BitOr: [' | ', PR_BOR], BitXor: [' ^ ', PR_BXOR], BitAnd: [' & ', PR_BAND], FloorDiv: [' // ', PR_TERM],
  Pow: [' ** ', PR_POWER],
};
const CMPOP: Record<A.CmpOp, string> = {
  Eq: ' == ', NotEq: ' != ', Lt: ' < ', LtE: ' <= ', Gt: ' > ', GtE: ' >= ', Is: ' is ', IsNot: ' is not ',
  In: ' in ', NotIn: ' not in ',
};

/** _PyAST_ExprAsUnicode: the text of `e` as an annotation string. */
export function exprAsText(e: A.Expr): string {
  return expr(e, PR_TEST);
}

/** repr() of a constant, with infinities written 1e309 (ast_unparse.c append_repr). */
function constText(v: A.ConstValue): string {
  switch (v.kind) {
    case 'None': return 'None';
    case 'Ellipsis': return '...';
    case 'bool': return v.value ? 'True' : 'False';
    case 'int': return v.value.toString();
    case 'str': return strRepr(v.value);
    case 'bytes': return bytesRepr(v.value);
    case 'float': return floatRepr(v.value).replace(/inf/g, '1e309');
    case 'complex': return complexRepr(v.real, v.imag).replace(/inf/g, '1e309');
  }
}

function paren(level: number, pr: number, body: string): string {
  return level > pr ? `(${body})` : body;
}

function comprehensions(gens: A.Comprehension[]): string {
  return gens.map((g) => {
    let s = (g.is_async ? ' async for ' : ' for ') + expr(g.target, PR_TUPLE) + ' in ' + expr(g.iter, PR_TEST + 1);
    for (const cond of g.ifs) s += ' if ' + expr(cond, PR_TEST + 1);
    return s;
  }).join('');
}

function argsText(a: A.Arguments): string {
  const parts: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  const firstDefault = positional.length - a.defaults.length;
  positional.forEach((p, i) => {
    let s = p.arg;
    if (i >= firstDefault) s += '=' + expr(a.defaults[i - firstDefault], PR_TEST);
    parts.push(s);
    if (a.posonlyargs.length > 0 && i === a.posonlyargs.length - 1) parts.push('/');
  });
  if (a.vararg || a.kwonlyargs.length) parts.push('*' + (a.vararg ? a.vararg.arg : ''));
  a.kwonlyargs.forEach((p, i) => {
    const d = a.kw_defaults[i];
    parts.push(p.arg + (d ? '=' + expr(d, PR_TEST) : ''));
  });
  if (a.kwarg) parts.push('**' + a.kwarg.arg);
  return parts.join(', ');
}

function slice(e: A.Expr): string {
  if (e._type === 'Slice') {
    let s = e.lower ? expr(e.lower, PR_TEST) : '';
    s += ':';
    if (e.upper) s += expr(e.upper, PR_TEST);
    if (e.step) s += ':' + expr(e.step, PR_TEST);
    return s;
  }
  return expr(e, PR_TUPLE);
}

function expr(e: A.Expr, level: number): string {
  switch (e._type) {
    case 'BoolOp': {
      const pr = e.op === 'And' ? PR_AND : PR_OR;
      return paren(level, pr, e.values.map((v) => expr(v, pr + 1)).join(e.op === 'And' ? ' and ' : ' or '));
    }
    case 'BinOp': {
      const [op, pr] = BINOP[e.op];
      const rassoc = e.op === 'Pow' ? 1 : 0;
      return paren(level, pr, expr(e.left, pr + rassoc) + op + expr(e.right, pr + 1 - rassoc));
    }
    case 'UnaryOp': {
      const [op, pr] = e.op === 'Not' ? ['not ', PR_NOT] as const : [e.op === 'Invert' ? '~' : e.op === 'UAdd' ? '+' : '-', PR_FACTOR] as const;
      return paren(level, pr, op + expr(e.operand, pr));
    }
    case 'Lambda': {
      const a = argsText(e.args);
      return paren(level, PR_TEST, (a ? 'lambda ' + a : 'lambda') + ': ' + expr(e.body, PR_TEST));
    }
    case 'IfExp':
      return paren(level, PR_TEST, expr(e.body, PR_TEST + 1) + ' if ' + expr(e.test, PR_TEST + 1) + ' else ' + expr(e.orelse, PR_TEST));
    case 'Dict':
      return '{' + e.keys.map((k, i) => (k === null ? '**' + expr(e.values[i], PR_EXPR) : expr(k, PR_TEST) + ': ' + expr(e.values[i], PR_TEST))).join(', ') + '}';
    case 'Set':
      return '{' + e.elts.map((x) => expr(x, PR_TEST)).join(', ') + '}';
    case 'ListComp': return '[' + expr(e.elt, PR_TEST) + comprehensions(e.generators) + ']';
    case 'SetComp': return '{' + expr(e.elt, PR_TEST) + comprehensions(e.generators) + '}';
    case 'DictComp': return '{' + expr(e.key, PR_TEST) + ': ' + expr(e.value, PR_TEST) + comprehensions(e.generators) + '}';
    case 'GeneratorExp': return '(' + expr(e.elt, PR_TEST) + comprehensions(e.generators) + ')';
    case 'Yield':
      if (e.value === null) return '(yield)';
      return '(yield ' + expr(e.value, PR_TEST) + ')';
    case 'YieldFrom': return '(yield from ' + expr(e.value, PR_TEST) + ')';
    case 'Await': return paren(level, PR_AWAIT, 'await ' + expr(e.value, PR_ATOM));
    case 'Compare':
      return paren(level, PR_CMP, expr(e.left, PR_CMP + 1) + e.ops.map((op, i) => CMPOP[op] + expr(e.comparators[i], PR_CMP + 1)).join(''));
    case 'Call': {
      let s = expr(e.func, PR_ATOM) + '(';
      // A lone generator expression argument keeps its own parentheses only.
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === 'GeneratorExp') {
        const g = e.args[0];
        return s + expr(g.elt, PR_TEST) + comprehensions(g.generators) + ')';
      }
      const parts = e.args.map((a) => expr(a, PR_TEST));
      for (const k of e.keywords) parts.push(k.arg === null ? '**' + expr(k.value, PR_EXPR) : k.arg + '=' + expr(k.value, PR_TEST));
      s += parts.join(', ');
      return s + ')';
    }
    case 'Constant': return e.value.kind === 'Ellipsis' ? '...' : (e.kind ?? '') + constText(e.value);
    case 'Attribute': {
      let v = expr(e.value, PR_ATOM);
      // An int needs a space before the dot (1 .real); ast_unparse.c checks the constant's repr.
      if (e.value._type === 'Constant' && e.value.value.kind === 'int') v += ' ';
      return v + '.' + e.attr;
    }
    case 'Subscript': return expr(e.value, PR_ATOM) + '[' + slice(e.slice) + ']';
    case 'Starred': return '*' + expr(e.value, PR_EXPR);
    case 'Name': return e.id;
    case 'List': return '[' + e.elts.map((x) => expr(x, PR_TEST)).join(', ') + ']';
    case 'Tuple': {
      if (e.elts.length === 0) return '()';
      const body = e.elts.map((x) => expr(x, PR_TEST)).join(', ') + (e.elts.length === 1 ? ',' : '');
      return paren(level, PR_TUPLE, body);
    }
    case 'Slice': return slice(e);
    case 'NamedExpr': return paren(level, PR_TUPLE, expr(e.target, PR_ATOM) + ' := ' + expr(e.value, PR_ATOM));
    case 'JoinedStr': case 'FormattedValue':
      throw new CompileUnsupported('an f-string in an annotation under from __future__ import annotations', e.lineno, e.col_offset);
  }
}
