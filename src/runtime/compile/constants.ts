// Constants as the compiler sees them: conversion from AST values, the merge key of
// CPython's constant cache, Python equality and truthiness.
// cf. Objects/codeobject.c _PyCode_ConstantKey, Python/compile.c merge_consts_recursive.

import type { Const } from './code';
import type { ConstValue } from '../parse/ast';

export type TupleConst = Extract<Const, { kind: 'tuple' }>;

export function mkInt(value: bigint): Const {
  return { kind: 'int', value };
}
export function mkFloat(value: number): Const {
  return { kind: 'float', value };
}
export function mkStr(value: string): Const {
  return { kind: 'str', value };
}
export function mkBool(value: boolean): Const {
  return { kind: 'bool', value };
}
export function mkTuple(items: Const[]): Const {
  return { kind: 'tuple', items };
}
export const mkNone = (): Const => ({ kind: 'None' });

/** A fresh Const for a parser constant (never shares the parser's object). */
export function constFromAst(v: ConstValue): Const {
  switch (v.kind) {
    case 'int': return { kind: 'int', value: v.value };
    case 'float': return { kind: 'float', value: v.value };
    case 'complex': return { kind: 'complex', real: v.real, imag: v.imag };
    case 'str': return { kind: 'str', value: v.value };
    case 'bytes': return { kind: 'bytes', value: v.value };
    case 'bool': return { kind: 'bool', value: v.value };
    case 'None': return { kind: 'None' };
    case 'Ellipsis': return { kind: 'Ellipsis' };
  }
}

/** Number of code points of a JS string (Python's len(str)). */
export function strLen(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

function floatKeyPart(x: number, idOf: (o: object) => number, owner: object): string {
  if (Number.isNaN(x)) {
    // A NaN key only equals itself (tuple comparison uses identity first).
    return `nan#${idOf(owner)}`;
  }
  if (x === 0 && Object.is(x, -0)) return '-0';
  return String(x);
}

/**
 * The key under which CPython's c_const_cache stores a constant: equal keys mean the
 * compiler shares one object. `1`, `1.0`, `True` differ; `0.0` and `-0.0` differ;
 * tuples compare item keys; code objects are never merged.
 * cf. Objects/codeobject.c _PyCode_ConstantKey
 */
export class ConstKeyer {
  private readonly ids = new WeakMap<object, number>();
  private next = 1;
  private readonly idOf = (o: object): number => {
    let id = this.ids.get(o);
    if (id === undefined) {
      id = this.next++;
      this.ids.set(o, id);
    }
    return id;
  };

  key(c: Const): string {
    switch (c.kind) {
      case 'None': return 'N';
      case 'Ellipsis': return 'E';
      case 'bool': return c.value ? 'b1' : 'b0';
      case 'int': return 'i' + c.value.toString();
      case 'float': return 'f' + floatKeyPart(c.value, this.idOf, c);
      case 'complex':
        return 'c' + floatKeyPart(c.real, this.idOf, c) + ',' + floatKeyPart(c.imag, this.idOf, c);
      case 'str': return 's' + JSON.stringify(c.value);
      case 'bytes': {
        let h = 'y';
        for (const b of c.value) h += b.toString(16).padStart(2, '0');
        return h;
      }
      case 'tuple': return 't(' + c.items.map((i) => this.key(i)).join(',') + ')';
      case 'frozenset': return 'F{' + c.items.map((i) => this.key(i)).sort().join(',') + '}';
      case 'code': return `code#${this.idOf(c)}`;
    }
  }
}

/**
 * Per-compilation-unit constant cache (CPython's c_const_cache): one canonical Const per key,
 * shared by every code object of the unit.
 */
export class ConstCache {
  readonly keyer = new ConstKeyer();
  private readonly map = new Map<string, Const>();

  /** cf. Python/compile.c merge_consts_recursive: returns the canonical object for `c`. */
  merge(c: Const): Const {
    const key = this.keyer.key(c);
    const found = this.map.get(key);
    if (found) return found;
    if (c.kind === 'frozenset') {
      if (c.items.length === 0) {
        this.map.set(key, c);
        return c;
      }
      // CPython registers a new frozenset built from the merged items, in the iteration order of
      // `c`, not `c` itself.
      const fresh: Const = { kind: 'frozenset', items: c.items.map((i) => this.merge(i)), rebuilt: true };
      this.map.set(key, fresh);
      return fresh;
    }
    this.map.set(key, c);
    if (c.kind === 'tuple') {
      for (let i = 0; i < c.items.length; i++) c.items[i] = this.merge(c.items[i]);
    }
    return c;
  }

  /** cf. Python/compile.c merge_const_one: not recursive. */
  mergeOne(c: Const): Const {
    const key = this.keyer.key(c);
    const found = this.map.get(key);
    if (found) return found;
    this.map.set(key, c);
    return c;
  }

  /** The canonical object for a key, if any. */
  lookup(c: Const): Const | undefined {
    return this.map.get(this.keyer.key(c));
  }
}

/** Python truth value of a constant. cf. Objects/object.c PyObject_IsTrue */
export function isTrue(c: Const): boolean {
  switch (c.kind) {
    case 'None': return false;
    case 'Ellipsis': case 'code': return true;
    case 'bool': return c.value;
    case 'int': return c.value !== 0n;
    case 'float': return c.value !== 0;
    case 'complex': return c.real !== 0 || c.imag !== 0;
    case 'str': return c.value.length > 0;
    case 'bytes': return c.value.length > 0;
    case 'tuple': case 'frozenset': return c.items.length > 0;
  }
}

type Num = { t: 'int'; v: bigint } | { t: 'float'; v: number } | { t: 'complex'; re: number; im: number };

function asNum(c: Const): Num | null {
  switch (c.kind) {
    case 'int': return { t: 'int', v: c.value };
    case 'bool': return { t: 'int', v: c.value ? 1n : 0n };
    case 'float': return { t: 'float', v: c.value };
    case 'complex': return { t: 'complex', re: c.real, im: c.imag };
    default: return null;
  }
}

function intEqFloat(i: bigint, f: number): boolean {
  if (!Number.isFinite(f) || Math.floor(f) !== f) return false;
  return BigInt(f) === i;
}

/** Python `==` between two constants (used for set displays and mapping-pattern keys). */
export function constEquals(a: Const, b: Const): boolean {
  const na = asNum(a);
  const nb = asNum(b);
  if (na && nb) {
    if (na.t === 'complex' || nb.t === 'complex') {
      const ar = na.t === 'complex' ? na : { re: na.t === 'int' ? Number(na.v) : na.v, im: 0 };
      const br = nb.t === 'complex' ? nb : { re: nb.t === 'int' ? Number(nb.v) : nb.v, im: 0 };
      if (na.t === 'int' && !intEqFloat(na.v, br.re)) return false;
      if (nb.t === 'int' && !intEqFloat(nb.v, ar.re)) return false;
      return ar.re === br.re && ar.im === br.im;
    }
    if (na.t === 'int' && nb.t === 'int') return na.v === nb.v;
    if (na.t === 'int' && nb.t === 'float') return intEqFloat(na.v, nb.v);
    if (na.t === 'float' && nb.t === 'int') return intEqFloat(nb.v, na.v);
    return (na as { v: number }).v === (nb as { v: number }).v;
  }
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'None': case 'Ellipsis': return true;
    case 'str': return a.value === (b as typeof a).value;
    case 'bytes': {
      const bv = (b as typeof a).value;
      return a.value.length === bv.length && a.value.every((x, i) => x === bv[i]);
    }
    case 'tuple': {
      const bi = (b as typeof a).items;
      return a.items.length === bi.length && a.items.every((x, i) => x === bi[i] || constEquals(x, bi[i]));
    }
    case 'frozenset': {
      const bi = (b as typeof a).items;
      return a.items.length === bi.length && a.items.every((x) => bi.some((y) => constEquals(x, y)));
    }
    case 'code': return a === b;
    default: return false;
  }
}

/** Whether a constant is hashable (can go into a frozenset / dict key). */
export function isHashable(c: Const): boolean {
  if (c.kind === 'tuple') return c.items.every(isHashable);
  return true;
}

/** A frozenset of `items` with Python's set semantics: the first of equal items is kept. */
export function makeFrozenset(items: Const[]): Const {
  const out: Const[] = [];
  for (const it of items) if (!out.some((o) => constEquals(o, it))) out.push(it);
  return { kind: 'frozenset', items: out };
}
