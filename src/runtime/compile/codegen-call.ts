// Code generation for calls (positional, keyword, *args/**kwargs, method calls) and
// the compile-time SyntaxWarnings about literals used as callables or subscripts.
// cf. Python/compile.c compiler_call, maybe_optimize_method_call, compiler_call_helper,
// check_caller, check_subscripter, check_index (3.11).

import type * as A from '../parse/ast';
import type { Const } from './code';
import type { Compiler } from './compiler';
import { STACK_USE_GUIDELINE, starunpackHelper, updateStartLocationToMatchAttr, visitExpr } from './codegen-expr';
import { Op } from './opcodes';
import { DEF_IMPORT } from './symtable';

type TypeName = string | null;

/** cf. infer_type (the type name only) */
function inferType(c: Compiler, e: A.Expr): TypeName {
  switch (e._type) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    case 'Constant': {
      const v = c.constOf(e);
      return v.kind === 'None' ? 'NoneType' : v.kind === 'Ellipsis' ? 'ellipsis' : v.kind;
    }
    default: return null;
  }
}

/** cf. check_caller */
function checkCaller(c: Compiler, e: A.Expr): void {
  switch (e._type) {
    case 'Constant': case 'Tuple': case 'List': case 'ListComp': case 'Dict': case 'DictComp': case 'Set':
    case 'SetComp': case 'GeneratorExp': case 'JoinedStr': case 'FormattedValue':
      c.warn(`'${inferType(c, e)}' object is not callable; perhaps you missed a comma?`);
      break;
    default: break;
  }
}

/** cf. check_subscripter */
export function checkSubscripter(c: Compiler, e: A.Expr): void {
  switch (e._type) {
    case 'Constant': {
      const v = c.constOf(e);
      if (!(v.kind === 'None' || v.kind === 'Ellipsis' || v.kind === 'int' || v.kind === 'bool' || v.kind === 'float'
        || v.kind === 'complex' || v.kind === 'frozenset')) return;
      break;
    }
    case 'Set': case 'SetComp': case 'GeneratorExp': case 'Lambda': break;
    default: return;
  }
  c.warn(`'${inferType(c, e)}' object is not subscriptable; perhaps you missed a comma?`);
}

/** cf. check_index */
export function checkIndex(c: Compiler, e: A.Expr, s: A.Expr): void {
  const indexType = inferType(c, s);
  if (indexType === null || indexType === 'int' || indexType === 'bool' || s._type === 'Slice') return;
  switch (e._type) {
    case 'Constant': {
      const v = c.constOf(e);
      if (!(v.kind === 'str' || v.kind === 'bytes' || v.kind === 'tuple')) return;
      break;
    }
    case 'Tuple': case 'List': case 'ListComp': case 'JoinedStr': case 'FormattedValue': break;
    default: return;
  }
  c.warn(`${inferType(c, e)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`);
}

/** cf. validate_keywords */
function validateKeywords(c: Compiler, keywords: A.Keyword[]): void {
  for (let i = 0; i < keywords.length; i++) {
    const key = keywords[i];
    if (key.arg === null) continue;
    c.forbiddenName(key.arg, 'Store');
    for (let j = i + 1; j < keywords.length; j++) {
      const other = keywords[j];
      if (other.arg && other.arg === key.arg) {
        c.setLoc(other);
        c.error(`keyword argument repeated: ${key.arg}`);
      }
    }
  }
}

/** cf. is_import_originated */
function isImportOriginated(c: Compiler, e: A.Expr): boolean {
  if (e._type !== 'Name') return false;
  return (c.st.top.getSymbol(e.id) & DEF_IMPORT) !== 0;
}

/** cf. compiler_call_simple_kw_helper */
function callSimpleKwHelper(c: Compiler, keywords: A.Keyword[]): void {
  const names: Const = { kind: 'tuple', items: keywords.map((k) => ({ kind: 'str', value: k.arg as string })) };
  c.addopI(Op.KW_NAMES, c.addConst(names));
}

/** cf. maybe_optimize_method_call: true when the call was compiled. */
function maybeOptimizeMethodCall(c: Compiler, e: A.Call): boolean {
  const meth = e.func;
  if (meth._type !== 'Attribute' || meth.ctx !== 'Load') return false;
  if (isImportOriginated(c, meth.value)) return false;
  const argsl = e.args.length;
  const kwdsl = e.keywords.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (e.args.some((a) => a._type === 'Starred')) return false;
  if (e.keywords.some((k) => k.arg === null)) return false;
  visitExpr(c, meth.value);
  c.setLoc(meth);
  updateStartLocationToMatchAttr(c, meth);
  c.addopName(Op.LOAD_METHOD, meth.attr);
  for (const a of e.args) visitExpr(c, a);
  if (kwdsl) {
    for (const k of e.keywords) visitExpr(c, k.value);
    callSimpleKwHelper(c, e.keywords);
  }
  c.setLoc(e);
  updateStartLocationToMatchAttr(c, meth);
  c.addopI(Op.PRECALL, argsl + kwdsl);
  c.addopI(Op.CALL, argsl + kwdsl);
  return true;
}

export function call(c: Compiler, e: A.Call): void {
  validateKeywords(c, e.keywords);
  if (maybeOptimizeMethodCall(c, e)) return;
  checkCaller(c, e.func);
  c.setLoc(e.func);
  c.addop(Op.PUSH_NULL);
  c.setLoc(e);
  visitExpr(c, e.func);
  callHelper(c, 0, e.args, e.keywords);
}

/** cf. compiler_subkwargs */
function subkwargs(c: Compiler, keywords: A.Keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) visitExpr(c, keywords[i].value);
    const keys: Const = { kind: 'tuple', items: keywords.slice(begin, end).map((k) => ({ kind: 'str', value: k.arg as string })) };
    c.loadConst(keys);
    c.addopI(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.addopINoline(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    const kw = keywords[i];
    c.loadConst({ kind: 'str', value: kw.arg as string });
    visitExpr(c, kw.value);
    if (big) c.addopINoline(Op.MAP_ADD, 1);
  }
  if (!big) c.addopI(Op.BUILD_MAP, n);
}

/** cf. compiler_call_helper: `n` arguments are already pushed. */
export function callHelper(c: Compiler, n: number, args: A.Expr[], keywords: A.Keyword[]): void {
  validateKeywords(c, keywords);
  const nelts = args.length;
  const nkwelts = keywords.length;
  const exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE || args.some((a) => a._type === 'Starred')
    || keywords.some((k) => k.arg === null);
  if (!exCall) {
    for (const a of args) visitExpr(c, a);
    if (nkwelts) {
      for (const k of keywords) visitExpr(c, k.value);
      callSimpleKwHelper(c, keywords);
    }
    c.addopI(Op.PRECALL, n + nelts + nkwelts);
    c.addopI(Op.CALL, n + nelts + nkwelts);
    return;
  }
  // Positional arguments
  if (n === 0 && nelts === 1 && args[0]._type === 'Starred') {
    visitExpr(c, args[0].value);
  } else {
    starunpackHelper(c, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  }
  // Then keyword arguments
  if (nkwelts) {
    let haveDict = false;
    let nseen = 0;
    for (let i = 0; i < nkwelts; i++) {
      const kw = keywords[i];
      if (kw.arg === null) {
        if (nseen) {
          subkwargs(c, keywords, i - nseen, i);
          if (haveDict) c.addopI(Op.DICT_MERGE, 1);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          c.addopI(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        visitExpr(c, kw.value);
        c.addopI(Op.DICT_MERGE, 1);
      } else {
        nseen++;
      }
    }
    if (nseen) {
      subkwargs(c, keywords, nkwelts - nseen, nkwelts);
      if (haveDict) c.addopI(Op.DICT_MERGE, 1);
    }
  }
  c.addopI(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
}
