// The builtins exec(), eval() and compile(): source text to code objects, and code objects run
// in given namespaces. cf. Python/bltinmodule.c builtin_exec_impl, builtin_eval_impl,
// builtin_compile_impl; Python/pythonrun.c PyRun_StringFlags, run_mod, run_eval_code_obj;
// Python/pythonrun.c Py_CompileStringObject; Objects/abstract.c (_Py_SourceAsString).

import type { PyObject } from '../objects/object';
import { PyDict } from '../objects/dict';
import { PyByteArray, PyBytes, PyCodeObj, PyInt, PyStr, PyTuple } from '../objects/core';
import type { Runtime } from '../runtime';
import type { KwArgs } from '../objects/type';
import { defFunction } from '../objects/native';
import { dictGetStr, dictSetStr } from '../objects/dictops';
import { parseString, type CompileMode } from '../parse/index';
import { PySyntaxError } from '../parse/errors';
import { compileModule, type CompiledUnit } from '../compile/index';
import type { Const } from '../compile/code';
import { loadCode, releaseConstCache, constToObject } from '../vm/functions';
import { evalCode } from '../vm/evalCode';
import { raiseSyntaxError, raiseSyntaxErrorMessage } from '../objects/syntaxErrorType';
import { unicodeAsUtf8 } from '../objects/strmethods-misc';
import { freevars } from '../compile/code';

/** compile() flags: PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK (Include/cpython/compile.h). */
const PyCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;
const CO_NESTED = 0x10;
const PyCF_ONLY_AST = 0x400;
const PyCF_COMPILE_MASK = PyCF_ONLY_AST | 0x1000 | 0x2000 | 0x200 | 0x4000;

interface SourceText { text: string; fromStr: boolean }

/** The text of a source argument. cf. pythonrun.c _Py_SourceAsString */
function sourceAsString(rt: Runtime, cmd: PyObject, funcname: string, what: string): SourceText {
  let text: string;
  let fromStr = false;
  if (cmd.type.isSubtypeOf(rt.t.str)) {
    unicodeAsUtf8(rt, cmd as PyStr); // PyUnicode_AsUTF8AndSize: a non-ASCII str keeps a UTF-8 copy
    text = (cmd as PyStr).v;
    fromStr = true;
  } else if (cmd instanceof PyBytes || cmd instanceof PyByteArray) {
    const bytes = cmd instanceof PyBytes ? cmd.v : cmd.v.subarray(0, cmd.length);
    if (bytes.includes(0)) raiseSyntaxErrorMessage(rt, 'source code string cannot contain null bytes');
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      rt.unsupported(`${funcname}() of bytes that are not UTF-8`, rt.frame?.lineno ?? 0);
    }
  } else {
    rt.typeError(`${funcname}() arg 1 must be a ${what} object`);
  }
  if (text.includes('\0')) raiseSyntaxErrorMessage(rt, 'source code string cannot contain null bytes');
  return { text, fromStr };
}

/** Parse and compile source for compile()/exec()/eval(); SyntaxErrors become exceptions. */
function compileText(rt: Runtime, src: SourceText, filename: string, mode: CompileMode): CompiledUnit {
  // CPython reads SyntaxError.text of 'exec' input and of compiler errors from the file so named.
  const fileLines = rt.sources.get(filename) ?? null;
  let unit: CompiledUnit;
  try {
    const tree = parseString(src.text, filename, mode, { fromStr: src.fromStr, fileLines: fileLines?.map((l) => l + '\n') ?? null });
    unit = compileModule(tree, filename, fileLines !== null ? fileLines.join('\n') : null);
  } catch (e) {
    if (e instanceof PySyntaxError) raiseSyntaxError(rt, e);
    if (e instanceof Error && e.name === 'CompileUnsupported') {
      const u = e as Error & { construct: string; lineno: number };
      rt.unsupported(`'${u.construct}' in compiled source`, u.lineno);
    }
    throw e;
  }
  // SyntaxWarnings go through warnings.showwarning, which prints the line if linecache finds it.
  for (const w of unit.warnings) {
    const text = (fileLines?.[w.lineno - 1] ?? '').trim();
    rt.host.write('stderr', `${w.filename}:${w.lineno}: ${w.category}: ${w.message}\n${text ? `  ${text}\n` : ''}`);
  }
  return unit;
}

/**
 * Run source text as PyRun_StringFlags does: compiled with filename '<string>', the AST arena
 * keeps its constants alive while the code runs; the code object is released before the arena.
 */
function runString(rt: Runtime, src: SourceText, mode: CompileMode, globals: PyDict, locals: PyObject): PyObject {
  const filename = '<string>';
  const unit = compileText(rt, src, filename, mode);
  const cache = new Map<Const, PyObject>();
  const codeObj = loadCode(rt, unit.code, cache, filename);
  const arena: PyObject[] = unit.astConstants.map((c: Const) => constToObject(rt, c, cache, filename));
  releaseConstCache(rt, cache);
  try {
    return evalCode(rt, codeObj, globals, locals);
  } finally {
    rt.decref(codeObj);
    for (const c of arena) rt.decref(c);
  }
}

/** cf. run_eval_code_obj / builtin_exec_impl: globals get '__builtins__' (the current builtins). */
function ensureBuiltins(rt: Runtime, globals: PyDict): void {
  if (dictGetStr(globals, '__builtins__') === null) dictSetStr(rt, globals, '__builtins__', rt.frame?.builtins ?? rt.builtins);
}

/** cf. PyMapping_Check: the type has mp_subscript (__getitem__; sequences such as list have it too). */
function isMapping(rt: Runtime, o: PyObject): boolean {
  return o instanceof PyDict || o.type.lookup('__getitem__') !== null;
}

/** Globals and locals defaulted from the calling frame (PyEval_GetGlobals, PyEval_GetLocals):
 *  borrowed references, as in CPython (the calling frame keeps its f_locals). */
function callerNamespaces(rt: Runtime, globals: PyObject, locals: PyObject): [PyObject, PyObject] {
  if (globals === rt.None) {
    const f = rt.frame!;
    let l = locals;
    if (l === rt.None) {
      l = rt.frameLocals(f);
      rt.decref(l);
    }
    return [f.globals, l];
  }
  return [globals, locals === rt.None ? globals : locals];
}

export function installExecEval(rt: Runtime, b: PyDict): void {
  // cf. builtin_exec_impl (exec(source, globals=None, locals=None, /, *, closure=None))
  defFunction(rt, b, 'exec', (args, kw) => {
    if (args.length < 1) rt.typeError(`exec() takes at least 1 positional argument (${args.length} given)`);
    if (args.length > 3) rt.typeError(`exec() takes at most 3 positional arguments (${args.length} given)`);
    let closure: PyObject | null = null;
    for (const [k, v] of kw ?? []) {
      if (k !== 'closure') rt.typeError(`'${k}' is an invalid keyword argument for exec()`);
      closure = v;
    }
    if (closure === rt.None) closure = null;
    const source = args[0];
    const [globals, locals] = callerNamespaces(rt, args[1] ?? rt.None, args[2] ?? rt.None);
    if (!(globals instanceof PyDict)) rt.typeError(`exec() globals must be a dict, not ${globals.type.name}`);
    if (!isMapping(rt, locals)) rt.typeError(`locals must be a mapping or None, not ${locals.type.name}`);
    ensureBuiltins(rt, globals);
    let v: PyObject;
    if (source instanceof PyCodeObj) {
      const nfree = freevars(source.code).length;
      if (nfree === 0) {
        if (closure !== null) rt.typeError('cannot use a closure with this code object');
      } else {
        const ok = closure instanceof PyTuple && closure.type === rt.t.tuple && closure.items.length === nfree
          && closure.items.every((c) => c.type === rt.t.cell);
        if (!ok) rt.typeError(`code object requires a closure of exactly length ${nfree}`);
      }
      v = evalCode(rt, source, globals, locals, closure as PyTuple | null);
    } else {
      if (closure !== null) rt.typeError('closure can only be used when source is a code object');
      const src = sourceAsString(rt, source, 'exec', 'string, bytes or code');
      v = runString(rt, src, 'exec', globals, locals);
    }
    rt.decref(v);
    return rt.none();
  });

  // cf. builtin_eval_impl (eval(source, globals=None, locals=None, /))
  defFunction(rt, b, 'eval', (args, kw) => {
    if (kw !== null && kw.length > 0) rt.typeError('eval() takes no keyword arguments');
    if (args.length < 1) rt.typeError(`eval expected at least 1 argument, got ${args.length}`);
    if (args.length > 3) rt.typeError(`eval expected at most 3 arguments, got ${args.length}`);
    const source = args[0];
    const g0 = args[1] ?? rt.None;
    const l0 = args[2] ?? rt.None;
    if (l0 !== rt.None && !isMapping(rt, l0)) rt.typeError('locals must be a mapping');
    if (g0 !== rt.None && !(g0 instanceof PyDict)) {
      rt.typeError(isMapping(rt, g0) ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict');
    }
    const [globals, locals] = callerNamespaces(rt, g0, l0);
    ensureBuiltins(rt, globals as PyDict);
    if (source instanceof PyCodeObj) {
      if (freevars(source.code).length > 0) rt.typeError('code object passed to eval() may not contain free variables');
      return evalCode(rt, source, globals as PyDict, locals);
    }
    const src = sourceAsString(rt, source, 'eval', 'string, bytes or code');
    // Leading spaces and tabs are skipped.
    src.text = src.text.replace(/^[ \t]+/, '');
    return runString(rt, src, 'eval', globals as PyDict, locals);
  });

  // cf. builtin_compile_impl (compile(source, filename, mode, flags=0, dont_inherit=False,
  // optimize=-1, *, _feature_version=-1))
  defFunction(rt, b, 'compile', (args, kw) => {
    const p = compileArgs(rt, args, kw);
    const flags = p.flags;
    if (flags & ~(PyCF_MASK | CO_NESTED | PyCF_COMPILE_MASK)) rt.valueError('compile(): unrecognised flags');
    if (p.optimize < -1 || p.optimize > 2) rt.valueError('compile(): invalid optimize value');
    let mode: CompileMode;
    if (p.mode === 'exec' || p.mode === 'eval' || p.mode === 'single') mode = p.mode;
    else if (p.mode === 'func_type' && !(flags & PyCF_ONLY_AST)) {
      rt.valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
    } else {
      rt.valueError(flags & PyCF_ONLY_AST
        ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
        : "compile() mode must be 'exec', 'eval' or 'single'");
    }
    if (flags & PyCF_ONLY_AST) rt.unsupported('compile() to an AST (the ast module)', rt.frame?.lineno ?? 0);
    if (p.optimize > 0) rt.unsupported(`compile() with optimize=${p.optimize}`, rt.frame?.lineno ?? 0);
    const src = sourceAsString(rt, p.source, 'compile', 'string, bytes or AST');
    // Py_CompileStringObject: the AST arena is freed once the code object exists.
    const unit = compileText(rt, src, p.filename, mode);
    const cache = new Map<Const, PyObject>();
    const codeObj = loadCode(rt, unit.code, cache, p.filename);
    releaseConstCache(rt, cache);
    return codeObj;
  });
}

interface CompileArgs { source: PyObject; filename: string; mode: string; flags: number; optimize: number }

/** Argument Clinic's parsing of compile()'s arguments, with its conversions and messages. */
function compileArgs(rt: Runtime, args: PyObject[], kw: KwArgs): CompileArgs {
  const names = ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'];
  if (args.length > 6) rt.typeError(`compile() takes at most 6 positional arguments (${args.length} given)`);
  const vals: Array<PyObject | null> = names.map((_, i) => args[i] ?? null);
  for (const [k, v] of kw ?? []) {
    const i = names.indexOf(k);
    if (i < 0) rt.typeError(`'${k}' is an invalid keyword argument for compile()`);
    if (vals[i] !== null) rt.typeError(`argument for compile() given by name ('${k}') and position (${i + 1})`);
    vals[i] = v;
  }
  for (let i = 0; i < 3; i++) if (vals[i] === null) rt.typeError(`compile() missing required argument '${names[i]}' (pos ${i + 1})`);
  // filename: PyUnicode_FSDecoder
  const fn = vals[1]!;
  let filename: string;
  if (fn.type.isSubtypeOf(rt.t.str)) filename = (fn as PyStr).v;
  else if (fn instanceof PyBytes) filename = new TextDecoder().decode(fn.v);
  else rt.typeError(`expected str, bytes or os.PathLike object, not ${fn.type.name}`);
  const mode = vals[2]!;
  if (!mode.type.isSubtypeOf(rt.t.str)) rt.typeError(`compile() argument 'mode' must be str, not ${mode.type.name}`);
  const cInt = (o: PyObject | null, dflt: number): number => {
    if (o === null) return dflt;
    const v = rt.indexValue(o);
    if (v > 2147483647n || v < -2147483648n) rt.raise(rt.t.OverflowError, 'Python int too large to convert to C int');
    return Number(v);
  };
  const flags = cInt(vals[3], 0);
  cInt(vals[4], 0);
  const optimize = cInt(vals[5], -1);
  cInt(vals[6], -1);
  return { source: vals[0]!, filename, mode: (mode as PyStr).v, flags, optimize };
}

export { PyInt };
