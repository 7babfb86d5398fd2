// Shared helpers of the compiler tests: loading the python3-generated fixtures and
// normalising our code objects to the same shape as gen-fixtures.py's dump_code().

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Module } from '../../../src/runtime/parse/ast';
import type { CodeObject, Const } from '../../../src/runtime/compile/code';
import { cellvars, freevars, varnames } from '../../../src/runtime/compile/code';
import { opInfo } from '../../../src/runtime/compile/opcodes';
import { CMP_OPS } from '../../../src/runtime/compile/opcodes';
import { floatRepr, complexRepr } from '../../../src/runtime/compile/constrepr';

const HERE = dirname(fileURLToPath(import.meta.url));

export interface ExpectedCode {
  name: string;
  qualname: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  stacksize: number;
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  names: string[];
  consts: unknown[];
  code: [string, unknown][];
  positions: number[][];
  exceptiontable: [number, number, number, number, boolean][];
  children: ExpectedCode[];
}

export interface ProgramFixture {
  name: string;
  source: string;
  ast: Module;
  code: ExpectedCode;
}

export interface ErrorFixture {
  name: string;
  source: string;
  ast: Module;
  msg: string;
  lineno: number;
  offset: number;
  end_lineno: number;
  end_offset: number;
  text: string | null;
}

function parseFloatRepr(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan') return NaN;
  return Number(s);
}

/** JSON reviver turning the tagged constants of the AST dump into the parser contract's values. */
function reviver(_key: string, v: unknown): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v) && !('_type' in v)) {
    const o = v as Record<string, unknown>;
    switch (o.kind) {
      case 'int': if (typeof o.value === 'string') return { kind: 'int', value: BigInt(o.value) }; break;
      case 'float': if (typeof o.value === 'string') return { kind: 'float', value: parseFloatRepr(o.value) }; break;
      case 'complex': if (typeof o.imag === 'string') return { kind: 'complex', real: 0, imag: parseFloatRepr(o.imag) }; break;
      case 'bytes': if (Array.isArray(o.value)) return { kind: 'bytes', value: Uint8Array.from(o.value as number[]) }; break;
      default: break;
    }
  }
  return v;
}

export function loadPrograms(): ProgramFixture[] {
  return JSON.parse(readFileSync(join(HERE, 'fixtures', 'programs.json'), 'utf8'), reviver) as ProgramFixture[];
}

export function loadErrors(): ErrorFixture[] {
  return JSON.parse(readFileSync(join(HERE, 'fixtures', 'errors.json'), 'utf8'), reviver) as ErrorFixture[];
}

/** Same shape as gen-fixtures.py norm_const. */
export function normConst(c: Const): unknown {
  switch (c.kind) {
    case 'code': return ['code', c.code.qualname];
    case 'None': return ['None'];
    case 'Ellipsis': return ['Ellipsis'];
    case 'bool': return ['bool', c.value];
    case 'int': return ['int', c.value.toString()];
    case 'float': return ['float', floatRepr(c.value)];
    case 'complex': return ['complex', complexRepr(c.real, c.imag)];
    case 'str': return ['str', c.value];
    case 'bytes': return ['bytes', Array.from(c.value)];
    case 'tuple': return ['tuple', c.items.map(normConst)];
    case 'frozenset': {
      // Python's json.dumps puts a space after ',' and ':'; sort on the same text.
      const items = c.items.map(normConst);
      const text = (x: unknown): string => JSON.stringify(x).replace(/,/g, ', ');
      items.sort((a, b) => (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0));
      return ['frozenset', items];
    }
  }
}

/** Same shape as gen-fixtures.py dump_code. */
export function dumpCode(co: CodeObject): ExpectedCode {
  const n = co.code.length / 2;
  const code: [string, unknown][] = [];
  for (let i = 0; i < n; i++) {
    const op = co.code[2 * i];
    const arg = co.code[2 * i + 1];
    const info = opInfo(op);
    let a: unknown;
    switch (info.arg) {
      case 'jump': a = arg; break;
      case 'const': case 'kwnames': a = normConst(co.consts[arg]); break;
      case 'global': a = [co.names[arg >> 1], arg & 1]; break;
      case 'name': a = co.names[arg]; break;
      case 'local': a = co.localsplusNames[arg]; break;
      case 'compare': a = CMP_OPS[arg]; break;
      case 'none': a = null; break;
      default: a = arg;
    }
    code.push([info.name, a]);
  }
  const positions: number[][] = [];
  for (let i = 0; i < n; i++) positions.push(Array.from(co.positions.slice(4 * i, 4 * i + 4)));
  return {
    name: co.name,
    qualname: co.qualname,
    firstlineno: co.firstlineno,
    argcount: co.argcount,
    posonlyargcount: co.posonlyargcount,
    kwonlyargcount: co.kwonlyargcount,
    flags: co.flags,
    stacksize: co.stacksize,
    varnames: varnames(co),
    cellvars: cellvars(co),
    freevars: freevars(co),
    names: co.names,
    consts: co.consts.map(normConst),
    code,
    positions,
    exceptiontable: co.exceptionTable.map((e) => [e.start, e.end, e.target, e.depth, e.lasti]),
    children: co.consts.filter((c): c is Extract<Const, { kind: 'code' }> => c.kind === 'code').map((c) => dumpCode(c.code)),
  };
}

/** The first difference between two dumps, as a path and both values (null when equal). */
export function firstDiff(a: unknown, b: unknown, path = ''): string | null {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDiff(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDiff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  if (a === b) return null;
  return `${path}: ours ${JSON.stringify(a)} vs python3 ${JSON.stringify(b)}`;
}

/** Compare one field group of all code objects: the first difference or null. */
export function diffField(ours: ExpectedCode, theirs: ExpectedCode, pick: (c: ExpectedCode) => unknown, path = ''): string | null {
  const d = firstDiff(pick(ours), pick(theirs), `${path}${theirs.qualname}`);
  if (d) return d;
  const n = Math.max(ours.children.length, theirs.children.length);
  for (let i = 0; i < n; i++) {
    if (!ours.children[i] || !theirs.children[i]) return `${path}${theirs.qualname}: child count ${ours.children.length} vs ${theirs.children.length}`;
    const dd = diffField(ours.children[i], theirs.children[i], pick, `${path}${theirs.qualname}/`);
    if (dd) return dd;
  }
  return null;
}
