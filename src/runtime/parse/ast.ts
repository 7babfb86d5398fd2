// The abstract syntax tree, with the node and field names of CPython 3.11's `ast` module.
// cf. Parser/Python.asdl (3.11).
//
// Every node is a plain object `{ _type: 'Name', ...fields, lineno, col_offset, end_lineno,
// end_col_offset }`. Positions: `lineno`/`end_lineno` are 1-based; `col_offset`/`end_col_offset`
// are 0-based and counted in JS string indices (UTF-16 code units) of the source line, not in
// UTF-8 bytes as CPython does. For ASCII source both agree.

/** Source span shared by statements, expressions and the other located nodes. */
export interface Loc {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export type ExprContext = 'Load' | 'Store' | 'Del';
export type BoolOpKind = 'And' | 'Or';
export type Operator =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOpKind = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOp = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

/** A Python constant as the parser produces it. */
export type ConstValue =
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'complex'; real: 0; imag: number }
  | { kind: 'str'; value: string }
  | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'bool'; value: boolean }
  | { kind: 'None' }
  | { kind: 'Ellipsis' };

// ---------------------------------------------------------------- modules

export interface Module {
  _type: 'Module';
  body: Stmt[];
  type_ignores: never[];
}
/** compile(..., 'eval') / eval(): one expression. */
export interface Expression {
  _type: 'Expression';
  body: Expr;
}
/** compile(..., 'single'): one interactive statement. */
export interface Interactive {
  _type: 'Interactive';
  body: Stmt[];
}
export type Mod = Module | Expression | Interactive;

// ---------------------------------------------------------------- statements

export interface FunctionDef extends Loc {
  _type: 'FunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  type_comment: string | null;
}
export interface AsyncFunctionDef extends Loc {
  _type: 'AsyncFunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  type_comment: string | null;
}
export interface ClassDef extends Loc {
  _type: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
}
export interface Return extends Loc { _type: 'Return'; value: Expr | null }
export interface Delete extends Loc { _type: 'Delete'; targets: Expr[] }
export interface Assign extends Loc {
  _type: 'Assign';
  targets: Expr[];
  value: Expr;
  type_comment: string | null;
}
export interface AugAssign extends Loc { _type: 'AugAssign'; target: Expr; op: Operator; value: Expr }
export interface AnnAssign extends Loc {
  _type: 'AnnAssign';
  target: Expr;
  annotation: Expr;
  value: Expr | null;
  simple: 0 | 1;
}
export interface For extends Loc {
  _type: 'For';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  type_comment: string | null;
}
export interface AsyncFor extends Loc {
  _type: 'AsyncFor';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  type_comment: string | null;
}
export interface While extends Loc { _type: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Loc { _type: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Loc {
  _type: 'With';
  items: WithItem[];
  body: Stmt[];
  type_comment: string | null;
}
export interface AsyncWith extends Loc {
  _type: 'AsyncWith';
  items: WithItem[];
  body: Stmt[];
  type_comment: string | null;
}
export interface Match extends Loc { _type: 'Match'; subject: Expr; cases: MatchCase[] }
export interface Raise extends Loc { _type: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Try extends Loc {
  _type: 'Try';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface TryStar extends Loc {
  _type: 'TryStar';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface Assert extends Loc { _type: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Loc { _type: 'Import'; names: Alias[] }
export interface ImportFrom extends Loc {
  _type: 'ImportFrom';
  module: string | null;
  names: Alias[];
  level: number;
}
export interface Global extends Loc { _type: 'Global'; names: string[] }
export interface Nonlocal extends Loc { _type: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Loc { _type: 'Expr'; value: Expr }
export interface Pass extends Loc { _type: 'Pass' }
export interface Break extends Loc { _type: 'Break' }
export interface Continue extends Loc { _type: 'Continue' }

export type Stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | AsyncFor | While | If | With | AsyncWith | Match | Raise | Try | TryStar | Assert
  | Import | ImportFrom | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

// ---------------------------------------------------------------- expressions

export interface BoolOp extends Loc { _type: 'BoolOp'; op: BoolOpKind; values: Expr[] }
export interface NamedExpr extends Loc { _type: 'NamedExpr'; target: Expr; value: Expr }
export interface BinOp extends Loc { _type: 'BinOp'; left: Expr; op: Operator; right: Expr }
export interface UnaryOp extends Loc { _type: 'UnaryOp'; op: UnaryOpKind; operand: Expr }
export interface Lambda extends Loc { _type: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Loc { _type: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** `keys` holds null for a `**mapping` entry. */
export interface Dict extends Loc { _type: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Loc { _type: 'Set'; elts: Expr[] }
export interface ListComp extends Loc { _type: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Loc { _type: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Loc {
  _type: 'DictComp';
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}
export interface GeneratorExp extends Loc { _type: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Await extends Loc { _type: 'Await'; value: Expr }
export interface Yield extends Loc { _type: 'Yield'; value: Expr | null }
export interface YieldFrom extends Loc { _type: 'YieldFrom'; value: Expr }
export interface Compare extends Loc { _type: 'Compare'; left: Expr; ops: CmpOp[]; comparators: Expr[] }
export interface Call extends Loc { _type: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
/** `conversion` is -1 or the char code of 's', 'r' or 'a'. */
export interface FormattedValue extends Loc {
  _type: 'FormattedValue';
  value: Expr;
  conversion: number;
  format_spec: Expr | null;
}
export interface JoinedStr extends Loc { _type: 'JoinedStr'; values: Expr[] }
/** `kind` is 'u' for u-prefixed strings, else null. */
export interface Constant extends Loc { _type: 'Constant'; value: ConstValue; kind: string | null }
export interface Attribute extends Loc { _type: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Loc { _type: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Loc { _type: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Loc { _type: 'Name'; id: string; ctx: ExprContext }
export interface List extends Loc { _type: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Loc { _type: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Loc {
  _type: 'Slice';
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp
  | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue
  | JoinedStr | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// ---------------------------------------------------------------- other nodes

export interface Comprehension {
  _type: 'comprehension';
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  is_async: 0 | 1;
}

export interface ExceptHandler extends Loc {
  _type: 'ExceptHandler';
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}

/** `kw_defaults` holds null for keyword-only parameters without a default. */
export interface Arguments {
  _type: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}

export interface Arg extends Loc {
  _type: 'arg';
  arg: string;
  annotation: Expr | null;
  type_comment: string | null;
}

/** `arg` is null for `**mapping` in a call. */
export interface Keyword extends Loc { _type: 'keyword'; arg: string | null; value: Expr }

export interface Alias extends Loc { _type: 'alias'; name: string; asname: string | null }

export interface WithItem { _type: 'withitem'; context_expr: Expr; optional_vars: Expr | null }

export interface MatchCase { _type: 'match_case'; pattern: Pattern; guard: Expr | null; body: Stmt[] }

// ---------------------------------------------------------------- patterns

export interface MatchValue extends Loc { _type: 'MatchValue'; value: Expr }
/** `value` is the None/True/False constant. */
export interface MatchSingleton extends Loc { _type: 'MatchSingleton'; value: ConstValue }
export interface MatchSequence extends Loc { _type: 'MatchSequence'; patterns: Pattern[] }
export interface MatchMapping extends Loc {
  _type: 'MatchMapping';
  keys: Expr[];
  patterns: Pattern[];
  rest: string | null;
}
export interface MatchClass extends Loc {
  _type: 'MatchClass';
  cls: Expr;
  patterns: Pattern[];
  kwd_attrs: string[];
  kwd_patterns: Pattern[];
}
export interface MatchStar extends Loc { _type: 'MatchStar'; name: string | null }
export interface MatchAs extends Loc { _type: 'MatchAs'; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Loc { _type: 'MatchOr'; patterns: Pattern[] }

export type Pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs
  | MatchOr;

/** Any node of the tree. */
export type Node =
  | Mod | Stmt | Expr | Comprehension | ExceptHandler | Arguments | Arg | Keyword | Alias
  | WithItem | MatchCase | Pattern;

export type NodeType = Node['_type'];
