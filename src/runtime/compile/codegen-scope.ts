// Code generation for the constructs that make new code objects: functions, lambdas,
// classes and comprehensions, and the closures that wrap them.
// cf. Python/compile.c compiler_function, compiler_class, compiler_lambda,
// compiler_comprehension, compiler_make_closure (3.11).

import type * as A from '../parse/ast';
import type { CodeObject, Const } from './code';
import { CO_FAST_FREE } from './code';
import type { Compiler } from './compiler';
import { assemble } from './assemble';
import { addopYield, jumpIf, visitExpr } from './codegen-expr';
import { callHelper } from './codegen-call';
import { visitStmt, compilerBody } from './codegen-stmt';
import { JUMP } from './instr';
import { mangle } from './mangle';
import { exprAsText, CO_FUTURE_ANNOTATIONS } from './unparse';
import { Op } from './opcodes';
import { getDocString } from './optimizer';
import { CELL } from './symtable';

/** cf. compiler_make_closure */
export function makeClosure(c: Compiler, co: CodeObject, flags: number): void {
  const nfree = co.localsplusKinds.filter((k) => k & CO_FAST_FREE).length;
  if (nfree) {
    for (let i = 0; i < co.localsplusNames.length; i++) {
      if (!(co.localsplusKinds[i] & CO_FAST_FREE)) continue;
      const name = co.localsplusNames[i];
      // A free variable of a method may have the same name as a class-local binding:
      // it is then a cell of the class scope.
      const reftype = c.getRefType(name);
      const arg = reftype === CELL ? c.u.cellvars.get(name) : c.u.freevars.get(name);
      if (arg === undefined) throw new Error(`compiler_lookup_arg(name=${name}) with reftype=${reftype} failed in ${c.u.name}`);
      c.addopI(Op.LOAD_CLOSURE, arg);
    }
    flags |= 0x08;
    c.addopI(Op.BUILD_TUPLE, nfree);
  }
  c.loadConst({ kind: 'code', code: co });
  c.addopI(Op.MAKE_FUNCTION, flags);
}

function decorators(c: Compiler, decos: A.Expr[]): void {
  for (const d of decos) visitExpr(c, d);
}

/** cf. compiler_apply_decorators */
function applyDecorators(c: Compiler, decos: A.Expr[]): void {
  const saved = c.saveLoc();
  for (let i = decos.length - 1; i >= 0; i--) {
    c.setLoc(decos[i]);
    c.addopI(Op.PRECALL, 0);
    c.addopI(Op.CALL, 0);
  }
  c.setLoc(saved);
}

/** cf. compiler_visit_kwonlydefaults: true when a dict was pushed. */
function kwonlyDefaults(c: Compiler, kwonlyargs: A.Arg[], kwDefaults: (A.Expr | null)[]): boolean {
  const keys: Const[] = [];
  for (let i = 0; i < kwonlyargs.length; i++) {
    const d = kwDefaults[i];
    if (d) {
      keys.push({ kind: 'str', value: mangle(c.u.priv, kwonlyargs[i].arg) });
      visitExpr(c, d);
    }
  }
  if (!keys.length) return false;
  c.loadConst({ kind: 'tuple', items: keys });
  c.addopI(Op.BUILD_CONST_KEY_MAP, keys.length);
  return true;
}

/** cf. compiler_visit_argannotation */
function argAnnotation(c: Compiler, id: string, annotation: A.Expr | null, len: { n: number }): void {
  if (!annotation) return;
  c.loadConst({ kind: 'str', value: mangle(c.u.priv, id) });
  if (c.future.features & CO_FUTURE_ANNOTATIONS) {
    // cf. compiler_visit_argannotation: VISIT(c, annexpr, annotation) — the annotation's source text.
    c.loadConst({ kind: 'str', value: exprAsText(annotation) });
  } else if (annotation._type === 'Starred') {
    visitExpr(c, annotation.value);
    c.addopI(Op.UNPACK_SEQUENCE, 1);
  } else {
    visitExpr(c, annotation);
  }
  len.n += 2;
}

/** cf. compiler_visit_annotations: true when a tuple was pushed. */
function annotations(c: Compiler, args: A.Arguments, returns: A.Expr | null): boolean {
  const len = { n: 0 };
  for (const a of args.args) argAnnotation(c, a.arg, a.annotation, len);
  for (const a of args.posonlyargs) argAnnotation(c, a.arg, a.annotation, len);
  if (args.vararg?.annotation) argAnnotation(c, args.vararg.arg, args.vararg.annotation, len);
  for (const a of args.kwonlyargs) argAnnotation(c, a.arg, a.annotation, len);
  if (args.kwarg?.annotation) argAnnotation(c, args.kwarg.arg, args.kwarg.annotation, len);
  argAnnotation(c, 'return', returns, len);
  if (len.n) {
    c.addopI(Op.BUILD_TUPLE, len.n);
    return true;
  }
  return false;
}

/** cf. compiler_default_arguments */
function defaultArguments(c: Compiler, args: A.Arguments): number {
  let funcflags = 0;
  if (args.defaults.length > 0) {
    for (const d of args.defaults) visitExpr(c, d);
    c.addopI(Op.BUILD_TUPLE, args.defaults.length);
    funcflags |= 0x01;
  }
  if (args.kwonlyargs.length && kwonlyDefaults(c, args.kwonlyargs, args.kw_defaults)) funcflags |= 0x02;
  return funcflags;
}

/** cf. compiler_check_debug_args */
function checkDebugArgs(c: Compiler, args: A.Arguments): void {
  const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs,
    ...(args.kwarg ? [args.kwarg] : [])];
  for (const a of all) c.forbiddenName(a.arg, 'Store');
}

/** cf. compiler_function */
export function compileFunction(c: Compiler, s: A.FunctionDef): void {
  const { args, returns, decorator_list: decos, name, body } = s;
  checkDebugArgs(c, args);
  decorators(c, decos);
  const firstlineno = decos.length ? decos[0].lineno : s.lineno;
  let funcflags = defaultArguments(c, args);
  if (annotations(c, args, returns)) funcflags |= 0x04;

  c.enterScope(name, 'function', s, firstlineno);
  const docstring = getDocString(body);
  c.addConst(docstring ? c.constOf(docstring) : { kind: 'None' });
  c.u.hasDocstring = docstring !== null;
  c.u.argcount = args.args.length;
  c.u.posonlyargcount = args.posonlyargs.length;
  c.u.kwonlyargcount = args.kwonlyargs.length;
  for (let i = docstring ? 1 : 0; i < body.length; i++) visitStmt(c, body[i]);
  const co = assemble(c, true);
  c.exitScope();

  makeClosure(c, co, funcflags);
  applyDecorators(c, decos);
  c.nameop(name, 'Store');
}

/** cf. compiler_class */
export function compileClass(c: Compiler, s: A.ClassDef): void {
  const decos = s.decorator_list;
  decorators(c, decos);
  const firstlineno = decos.length ? decos[0].lineno : s.lineno;

  // 1. compile the class body into a code object
  c.enterScope(s.name, 'class', s, firstlineno);
  c.u.priv = s.name;
  c.nameop('__name__', 'Load');
  c.nameop('__module__', 'Store');
  c.loadConst({ kind: 'str', value: c.u.qualname });
  c.nameop('__qualname__', 'Store');
  compilerBody(c, s.body);
  // The following code is artificial
  c.unsetLoc();
  if (c.u.ste.needsClassClosure) {
    const i = c.u.cellvars.get('__class__');
    if (i === undefined) throw new Error('no __class__ cell');
    c.addopI(Op.LOAD_CLOSURE, i);
    c.addopI(Op.COPY, 1);
    c.nameop('__classcell__', 'Store');
  } else {
    c.loadConst({ kind: 'None' });
  }
  c.addop(Op.RETURN_VALUE);
  const co = assemble(c, true);
  c.exitScope();

  // 2. load the 'build_class' function
  c.addop(Op.PUSH_NULL);
  c.addop(Op.LOAD_BUILD_CLASS);
  // 3. load a function (or closure) made from the code object
  makeClosure(c, co, 0);
  // 4. load class name
  c.loadConst({ kind: 'str', value: s.name });
  // 5. generate the rest of the code for the call
  callHelper(c, 2, s.bases, s.keywords);
  // 6. apply decorators
  applyDecorators(c, decos);
  // 7. store into <name>
  c.nameop(s.name, 'Store');
}

/** cf. compiler_lambda */
export function compileLambda(c: Compiler, e: A.Lambda): void {
  const args = e.args;
  checkDebugArgs(c, args);
  const funcflags = defaultArguments(c, args);
  c.enterScope('<lambda>', 'lambda', e, e.lineno);
  // Make None the first constant, so the lambda can't have a docstring.
  c.addConst({ kind: 'None' });
  c.u.argcount = args.args.length;
  c.u.posonlyargcount = args.posonlyargs.length;
  c.u.kwonlyargcount = args.kwonlyargs.length;
  visitExpr(c, e.body);
  let co: CodeObject;
  if (c.u.ste.generator) {
    co = assemble(c, false);
  } else {
    c.addop(Op.RETURN_VALUE);
    co = assemble(c, true);
  }
  c.exitScope();
  makeClosure(c, co, funcflags);
}

type CompType = 'gen' | 'list' | 'set' | 'dict';

/** cf. compiler_sync_comprehension_generator */
function comprehensionGenerator(c: Compiler, generators: A.Comprehension[], genIndex: number, depth: number,
  elt: A.Expr, val: A.Expr | null, type: CompType): void {
  let start: import('./instr').Block | null = c.newBlock();
  const ifCleanup = c.newBlock();
  const anchor = c.newBlock();
  const gen = generators[genIndex];
  if (genIndex === 0) {
    // Receive outermost iter as an implicit argument
    c.u.argcount = 1;
    c.addopI(Op.LOAD_FAST, 0);
  } else {
    // Fast path for the temporary variable assignment idiom: for y in [f(x)]
    const it = gen.iter;
    const elts = it._type === 'List' || it._type === 'Tuple' ? it.elts : null;
    if (elts && elts.length === 1 && elts[0]._type !== 'Starred') {
      visitExpr(c, elts[0]);
      start = null;
    }
    if (start) {
      visitExpr(c, gen.iter);
      c.addop(Op.GET_ITER);
    }
  }
  if (start) {
    depth++;
    c.useNextBlock(start);
    c.addopJ(Op.FOR_ITER, anchor);
  }
  visitExpr(c, gen.target);
  for (const e of gen.ifs) jumpIf(c, e, ifCleanup, false);
  if (++genIndex < generators.length) {
    comprehensionGenerator(c, generators, genIndex, depth, elt, val, type);
  }
  if (genIndex >= generators.length) {
    switch (type) {
      case 'gen':
        visitExpr(c, elt);
        addopYield(c);
        c.addop(Op.POP_TOP);
        break;
      case 'list':
        visitExpr(c, elt);
        c.addopI(Op.LIST_APPEND, depth + 1);
        break;
      case 'set':
        visitExpr(c, elt);
        c.addopI(Op.SET_ADD, depth + 1);
        break;
      case 'dict':
        visitExpr(c, elt);
        visitExpr(c, val as A.Expr);
        c.addopI(Op.MAP_ADD, depth + 1);
        break;
    }
  }
  c.useNextBlock(ifCleanup);
  if (start) {
    c.addopJ(JUMP, start);
    c.useNextBlock(anchor);
  }
}

/** cf. compiler_comprehension */
export function compileComprehension(c: Compiler, e: A.Expr, type: CompType, name: string,
  generators: A.Comprehension[], elt: A.Expr, val: A.Expr | null): void {
  const outermost = generators[0];
  c.enterScope(name, 'comprehension', e, e.lineno);
  c.setLoc(e);
  if (type !== 'gen') {
    c.addopI(type === 'list' ? Op.BUILD_LIST : type === 'set' ? Op.BUILD_SET : Op.BUILD_MAP, 0);
  }
  comprehensionGenerator(c, generators, 0, 0, elt, val, type);
  if (type !== 'gen') c.addop(Op.RETURN_VALUE);
  const co = assemble(c, true);
  c.exitScope();
  makeClosure(c, co, 0);
  visitExpr(c, outermost.iter);
  c.addop(Op.GET_ITER);
  c.addopI(Op.PRECALL, 0);
  c.addopI(Op.CALL, 0);
}

