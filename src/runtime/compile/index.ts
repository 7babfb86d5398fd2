// The compiler's entry points: AST (from src/runtime/parse) to code objects.
// cf. Python/compile.c _PyAST_Compile, compiler_mod; Python/future.c future_parse.

import type * as A from '../parse/ast';
import { PySyntaxError } from '../parse/errors';
import { parseModule } from '../parse/index';
import type { CodeObject, Const } from './code';
import { assemble } from './assemble';
import { compilerBody, compilerInteractive } from './codegen-stmt';
import { visitExpr } from './codegen-expr';
import { Op } from './opcodes';
import { Compiler, type Future } from './compiler';
import { CompileUnsupported, ErrorSink, type CompileWarning } from './errors';
import { ConstTable, getDocString, optimizeModule } from './optimizer';
import { buildSymtable } from './symtable';

export { CompileUnsupported } from './errors';
import { CO_FUTURE_ANNOTATIONS } from './unparse';
export type { CompileWarning } from './errors';
export { disassemble, getInstructions } from './dis';
export { constRepr, floatRepr, CodeAddresses } from './constrepr';

export interface CompiledUnit {
  /** The module's code object (nested code objects are in its consts). */
  code: CodeObject;
  /**
   * One entry per distinct constant the parser and the AST optimizer materialised for this
   * file, in first-occurrence order (parser constants in source order, then folded values).
   * CPython's AST arena holds a reference to each of them while the module runs. Where a
   * code object uses that value, the entry is the very same (===) Const object, except for
   * folded frozensets: CPython's constant merging rebuilds those, so the arena's frozenset
   * is a separate object.
   */
  astConstants: Const[];
  /** SyntaxWarnings CPython prints while compiling (e.g. `"is" with a literal`). */
  warnings: CompileWarning[];
}

const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
const KNOWN_FUTURES = new Set(['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'generator_stop']);

/** cf. Python/future.c future_parse / future_check_features */
function parseFuture(mod: A.Mod, errors: ErrorSink): Future {
  const ff: Future = { features: 0, lineno: -1 };
  if (mod._type === 'Expression') return ff;
  const body = mod.body;
  let i = getDocString(body) ? 1 : 0;
  let done = false;
  let prevLine = 0;
  for (; i < body.length; i++) {
    const s = body[i];
    if (done && s.lineno > prevLine) return ff;
    prevLine = s.lineno;
    if (s._type === 'ImportFrom' && s.module === '__future__') {
      if (done) {
        const err = new PySyntaxError('SyntaxError', 'from __future__ imports must occur at the beginning of the file',
          errors.filename, s.lineno, s.col_offset, s.lineno, -1, errors.lineText(s.lineno));
        err.argsShape = 'msg';
        throw err;
      }
      for (const alias of s.names) {
        const feature = alias.name;
        if (KNOWN_FUTURES.has(feature)) continue;
        if (feature === 'barry_as_FLUFL') ff.features |= CO_FUTURE_BARRY_AS_BDFL;
        else if (feature === 'annotations') ff.features |= CO_FUTURE_ANNOTATIONS;
        else {
          // cf. future_check_features: PyErr_SyntaxLocationObject, no end position
          const msg = feature === 'braces' ? 'not a chance' : `future feature ${feature} is not defined`;
          const err = new PySyntaxError('SyntaxError', msg, errors.filename, s.lineno, s.col_offset + 1, s.lineno, -1,
            errors.lineText(s.lineno));
          err.argsShape = 'msg';
          throw err;
        }
      }
      ff.lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return ff;
}

/**
 * Compile a parsed module. `source`, when given, supplies the `text` of SyntaxErrors.
 * Throws PySyntaxError (CPython's message and position) or CompileUnsupported.
 */
export function compileModule(ast: A.Mod, filename: string, source: string | null = null): CompiledUnit {
  const errors = new ErrorSink(filename, source);
  const future = parseFuture(ast, errors);
  const consts = new ConstTable();
  const futureAnnotations = (future.features & CO_FUTURE_ANNOTATIONS) !== 0;
  const mod = optimizeModule(ast, consts, futureAnnotations);
  const st = buildSymtable(mod, errors, futureAnnotations);
  const c = new Compiler(filename, st, future, consts, errors);
  // cf. compiler_mod
  c.enterScope('<module>', 'module', mod, 1);
  c.u.lineno = 1;
  let addNone = true;
  if (mod._type === 'Module') compilerBody(c, mod.body);
  else if (mod._type === 'Interactive') compilerInteractive(c, mod.body);
  else {
    visitExpr(c, mod.body);
    addNone = false;
  }
  const code = assemble(c, addNone);
  c.exitScope();

  const astConstants: Const[] = [];
  const seen = new Set<Const>();
  const byKey = new Map<string, Const>();
  for (const m of consts.materialised) {
    let canonical = m;
    if (m.kind !== 'frozenset') {
      const key = c.constCache.keyer.key(m);
      canonical = c.constCache.lookup(m) ?? byKey.get(key) ?? m;
      byKey.set(key, canonical);
    }
    if (!seen.has(canonical)) {
      seen.add(canonical);
      astConstants.push(canonical);
    }
  }
  return { code, astConstants, warnings: errors.warnings };
}

/**
 * compile(source, filename, 'eval'): a module whose body is one expression statement, compiled so
 * the code returns the expression's value (cf. compiler_mod for Expression_kind: VISIT the body,
 * then RETURN_VALUE without adding None). Used by debuggers to evaluate without binding a name.
 */
export function compileExpression(ast: A.Module, filename: string, source: string | null = null): CompiledUnit {
  if (ast.body.length !== 1 || ast.body[0]._type !== 'Expr') throw new Error('compileExpression needs exactly one expression');
  const errors = new ErrorSink(filename, source);
  const consts = new ConstTable();
  const mod = optimizeModule(ast, consts);
  const st = buildSymtable(mod, errors);
  const c = new Compiler(filename, st, { features: 0, lineno: -1 }, consts, errors);
  c.enterScope('<module>', 'module', mod, 1);
  c.u.lineno = 1;
  const stmt = mod.body[0] as A.ExprStmt;
  c.setLoc(stmt);
  visitExpr(c, stmt.value);
  c.addop(Op.RETURN_VALUE);
  const code = assemble(c, false);
  c.exitScope();
  return { code, astConstants: [], warnings: errors.warnings };
}

/** Parse and compile a module's source (SyntaxErrors carry the offending line). */
export function compileSource(source: string, filename: string): CompiledUnit {
  return compileModule(parseModule(source, filename), filename, source);
}
