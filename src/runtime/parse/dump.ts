// A printer that matches Python 3.11's `ast.dump(node, include_attributes=True)` exactly
// (single line, annotated fields, optional fields left out when None).
// cf. Lib/ast.py dump, Objects/floatobject.c float_repr, Objects/unicodeobject.c unicode_repr.

import type { ConstValue, Node } from './ast';
import { isPrintable } from './tokenizer';

/** Field names in ASDL order; a trailing '?' marks an optional field. cf. Parser/Python.asdl */
const FIELDS: Record<string, readonly string[]> = {
  Module: ['body', 'type_ignores'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns?', 'type_comment?'],
  AsyncFunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns?', 'type_comment?'],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list'],
  Return: ['value?'],
  Delete: ['targets'],
  Assign: ['targets', 'value', 'type_comment?'],
  AugAssign: ['target', 'op', 'value'],
  AnnAssign: ['target', 'annotation', 'value?', 'simple'],
  For: ['target', 'iter', 'body', 'orelse', 'type_comment?'],
  AsyncFor: ['target', 'iter', 'body', 'orelse', 'type_comment?'],
  While: ['test', 'body', 'orelse'],
  If: ['test', 'body', 'orelse'],
  With: ['items', 'body', 'type_comment?'],
  AsyncWith: ['items', 'body', 'type_comment?'],
  Match: ['subject', 'cases'],
  Raise: ['exc?', 'cause?'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'],
  TryStar: ['body', 'handlers', 'orelse', 'finalbody'],
  Assert: ['test', 'msg?'],
  Import: ['names'],
  ImportFrom: ['module?', 'names', 'level?'],
  Global: ['names'],
  Nonlocal: ['names'],
  Expr: ['value'],
  Pass: [],
  Break: [],
  Continue: [],
  BoolOp: ['op', 'values'],
  NamedExpr: ['target', 'value'],
  BinOp: ['left', 'op', 'right'],
  UnaryOp: ['op', 'operand'],
  Lambda: ['args', 'body'],
  IfExp: ['test', 'body', 'orelse'],
  Dict: ['keys', 'values'],
  Set: ['elts'],
  ListComp: ['elt', 'generators'],
  SetComp: ['elt', 'generators'],
  DictComp: ['key', 'value', 'generators'],
  GeneratorExp: ['elt', 'generators'],
  Await: ['value'],
  Yield: ['value?'],
  YieldFrom: ['value'],
  Compare: ['left', 'ops', 'comparators'],
  Call: ['func', 'args', 'keywords'],
  FormattedValue: ['value', 'conversion', 'format_spec?'],
  JoinedStr: ['values'],
  Constant: ['value', 'kind?'],
  Attribute: ['value', 'attr', 'ctx'],
  Subscript: ['value', 'slice', 'ctx'],
  Starred: ['value', 'ctx'],
  Name: ['id', 'ctx'],
  List: ['elts', 'ctx'],
  Tuple: ['elts', 'ctx'],
  Slice: ['lower?', 'upper?', 'step?'],
  comprehension: ['target', 'iter', 'ifs', 'is_async'],
  ExceptHandler: ['type?', 'name?', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg?', 'kwonlyargs', 'kw_defaults', 'kwarg?', 'defaults'],
  arg: ['arg', 'annotation?', 'type_comment?'],
  keyword: ['arg?', 'value'],
  alias: ['name', 'asname?'],
  withitem: ['context_expr', 'optional_vars?'],
  match_case: ['pattern', 'guard?', 'body'],
  MatchValue: ['value'],
  MatchSingleton: ['value'],
  MatchSequence: ['patterns'],
  MatchMapping: ['keys', 'patterns', 'rest?'],
  MatchClass: ['cls', 'patterns', 'kwd_attrs', 'kwd_patterns'],
  MatchStar: ['name?'],
  MatchAs: ['pattern?', 'name?'],
  MatchOr: ['patterns'],
};

/** Node types without position attributes. */
const UNLOCATED = new Set(['Module', 'comprehension', 'arguments', 'withitem', 'match_case']);
const ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'];
/** Fields whose string values are operator or context singletons, printed as `Add()`. */
const SINGLETON_FIELDS = new Set(['op', 'ops', 'ctx']);
/** Fields that hold a ConstValue. */
const CONST_FIELDS = new Set(['Constant.value', 'MatchSingleton.value']);

/** Python's repr of a float. cf. Python/pystrtod.c PyOS_double_to_string(x, 'r', 0, flags) */
export function floatRepr(x: number, addDot0 = true): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return (Object.is(x, -0) ? '-0' : '0') + (addDot0 ? '.0' : '');
  const [mant, expStr] = Math.abs(x).toExponential().split('e');
  const digits = mant.replace('.', '');
  const decpt = Number(expStr) + 1;
  const sign = x < 0 ? '-' : '';
  if (decpt <= -4 || decpt > 16) {
    const e = decpt - 1;
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  let s: string;
  if (decpt <= 0) s = '0.' + '0'.repeat(-decpt) + digits;
  else if (decpt >= digits.length) s = digits + '0'.repeat(decpt - digits.length) + (addDot0 ? '.0' : '');
  else s = digits.slice(0, decpt) + '.' + digits.slice(decpt);
  return sign + s;
}

/** Python's repr of a str. cf. Objects/unicodeobject.c unicode_repr */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x7f) out += ch;
    else if (isPrintable(ch)) out += ch;
    else if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + quote;
}

/** Python's repr of a bytes object. cf. Objects/bytesobject.c PyBytes_Repr */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    else if (c === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

/** Python's repr of a constant value. */
export function constRepr(v: ConstValue): string {
  switch (v.kind) {
    case 'int': return v.value.toString();
    case 'float': return floatRepr(v.value);
    case 'complex': return `${floatRepr(v.imag, false)}j`;
    case 'str': return strRepr(v.value);
    case 'bytes': return bytesRepr(v.value);
    case 'bool': return v.value ? 'True' : 'False';
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
  }
}

function isNode(x: unknown): x is Node {
  return typeof x === 'object' && x !== null && '_type' in x;
}

function formatValue(owner: string, field: string, value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return '[' + value.map((x) => formatValue(owner, field, x)).join(', ') + ']';
  }
  if (CONST_FIELDS.has(`${owner}.${field}`)) return constRepr(value as ConstValue);
  if (isNode(value)) return dumpAst(value);
  if (typeof value === 'string') return SINGLETON_FIELDS.has(field) ? `${value}()` : strRepr(value);
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return String(value);
}

/** Prints `node` exactly like Python's `ast.dump(node, include_attributes=True)`. */
export function dumpAst(node: Node): string {
  const type = node._type;
  const fields = FIELDS[type] ?? [];
  const rec = node as unknown as Record<string, unknown>;
  const args: string[] = [];
  for (const f of fields) {
    const optional = f.endsWith('?');
    const name = optional ? f.slice(0, -1) : f;
    const value = rec[name];
    if (optional && (value === null || value === undefined)) continue;
    args.push(`${name}=${formatValue(type, name, value)}`);
  }
  if (!UNLOCATED.has(type)) {
    for (const a of ATTRIBUTES) {
      const value = rec[a];
      if (value === null || value === undefined) continue;
      args.push(`${a}=${String(value)}`);
    }
  }
  return `${type}(${args.join(', ')})`;
}
