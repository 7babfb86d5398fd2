// The second pass of the symbol table: resolve each name to LOCAL, GLOBAL_EXPLICIT,
// GLOBAL_IMPLICIT, FREE or CELL, top-down with the sets of names bound in enclosing scopes.
// cf. Python/symtable.c analyze_block, analyze_name, analyze_cells, update_symbols (3.11).

import type { ErrorSink } from './errors';
import {
  CELL, DEF_BOUND, DEF_FREE_CLASS, DEF_GLOBAL, DEF_NONLOCAL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL,
  SCOPE_OFFSET, type SymtableEntry,
} from './symtable';

/** cf. symtable_analyze */
export function analyzeSymtable(top: SymtableEntry, errors: ErrorSink): void {
  analyzeBlock(errors, top, null, new Set<string>(), new Set<string>());
}



function errorAtDirective(errors: ErrorSink, ste: SymtableEntry, name: string, msg: string): never {
  const d = ste.directives.find((x) => x.name === name);
  if (!d) throw new Error('BUG: internal directive bookkeeping broken');
  throw errors.error(msg, d.loc, 'msg');
}

/** cf. analyze_name */
function analyzeName(errors: ErrorSink, ste: SymtableEntry, scopes: Map<string, number>, name: string, flags: number,
  bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) errorAtDirective(errors, ste, name, `name '${name}' is nonlocal and global`);
    scopes.set(name, GLOBAL_EXPLICIT);
    global.add(name);
    if (bound) bound.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) errorAtDirective(errors, ste, name, 'nonlocal declaration not allowed at module level');
    if (!bound.has(name)) errorAtDirective(errors, ste, name, `no binding for nonlocal '${name}' found`);
    scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  if (bound && bound.has(name)) {
    scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (global.has(name)) {
    scopes.set(name, GLOBAL_IMPLICIT);
    return;
  }
  if (ste.nested) ste.free = true;
  scopes.set(name, GLOBAL_IMPLICIT);
}

/** cf. analyze_block */
function analyzeBlock(errors: ErrorSink, ste: SymtableEntry, bound: Set<string> | null, free: Set<string>, global: Set<string>): void {
  const local = new Set<string>();
  const scopes = new Map<string, number>();
  const newglobal = new Set<string>();
  const newfree = new Set<string>();
  const newbound = new Set<string>();

  if (ste.type === 'class') {
    for (const g of global) newglobal.add(g);
    if (bound) for (const x of bound) newbound.add(x);
  }
  for (const [name, flags] of ste.symbols) {
    analyzeName(errors, ste, scopes, name, flags, bound, local, free, global);
  }
  if (ste.type !== 'class') {
    if (ste.type === 'function') for (const x of local) newbound.add(x);
    if (bound) for (const x of bound) newbound.add(x);
    for (const g of global) newglobal.add(g);
  } else {
    newbound.add('__class__');
  }

  const allfree = new Set<string>();
  for (const entry of ste.children) {
    // cf. analyze_child_block: the child works on copies
    const tempBound = new Set(newbound);
    const tempFree = new Set(newfree);
    const tempGlobal = new Set(newglobal);
    analyzeBlock(errors, entry, tempBound, tempFree, tempGlobal);
    for (const x of tempFree) allfree.add(x);
    if (entry.free || entry.childFree) ste.childFree = true;
  }
  for (const x of allfree) newfree.add(x);

  if (ste.type === 'function') {
    // cf. analyze_cells
    for (const [name, scope] of scopes) {
      if (scope !== LOCAL) continue;
      if (!newfree.has(name)) continue;
      scopes.set(name, CELL);
      newfree.delete(name);
    }
  } else if (ste.type === 'class') {
    // cf. drop_class_free
    if (newfree.delete('__class__')) ste.needsClassClosure = true;
  }
  updateSymbols(ste.symbols, scopes, bound, newfree, ste.type === 'class');
  for (const x of newfree) free.add(x);
}

/** cf. update_symbols */
function updateSymbols(symbols: Map<string, number>, scopes: Map<string, number>, bound: Set<string> | null,
  free: Set<string>, classflag: boolean): void {
  for (const [name, flags] of symbols) {
    const scope = scopes.get(name) ?? 0;
    symbols.set(name, flags | (scope << SCOPE_OFFSET));
  }
  for (const name of free) {
    const v = symbols.get(name);
    if (v !== undefined) {
      if (classflag && v & (DEF_BOUND | DEF_GLOBAL)) symbols.set(name, v | DEF_FREE_CLASS);
      continue;
    }
    if (bound && !bound.has(name)) continue;
    symbols.set(name, FREE << SCOPE_OFFSET);
  }
}
