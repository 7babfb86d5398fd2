// The object graph as the cyclic GC sees it (each type's traverse hook gives an
// object's outgoing references), and the three questions the language server asks
// of it: which objects would a collection find unreachable, which of them form
// cycles (strongly connected components), and does a set of objects contain a
// cycle yet. All iterative: a linked list of 100,000 nodes must not overflow the
// JS stack. None of these touch the heap (no refcount or GC field is written).

import type { PyObject } from '../runtime/objects/object';
import type { Runtime } from '../runtime/runtime';

/** The objects `o` refers to (tp_traverse). */
export function referents(o: PyObject, visit: (c: PyObject) => void): void {
  const tr = o.type.traverse;
  if (tr !== null) tr(o, visit);
}

/** A cap on graph work shared by several calls: each visited edge costs 1. */
export interface WorkBudget { left: number }

/**
 * What a full collection would find once the program has ended and its module's
 * globals are gone (as CPython's shutdown clears `__main__`): tracked objects not
 * reachable from a reference held outside the tracked set (update_refs, subtract_refs,
 * move_unreachable of gcmodule.c, on a side table), where `dropped` (the globals dict)
 * keeps nobody alive, and classes (always in a cycle with their own `__mro__`) and
 * modules (held by sys.modules) count as roots.
 */
export function unreachableAtExit(rt: Runtime, dropped: PyObject | null): PyObject[] {
  const all: PyObject[] = [];
  for (let g = 0; g < 3; g++) for (const o of rt.gc.sets[g]) all.push(o);
  const refs = new Map<PyObject, number>();
  for (const o of all) refs.set(o, o.refcnt);
  for (const o of all) {
    referents(o, (c) => {
      const r = refs.get(c);
      if (r !== undefined) refs.set(c, r - 1);
    });
  }
  const reachable = new Set<PyObject>();
  const stack: PyObject[] = [];
  for (const o of all) {
    // Classes and modules count as roots (modules are held by sys.modules, which the interpreter holds).
    if (refs.get(o)! > 0 || o.type.isSubtypeOf(rt.t.type) || o.type.isSubtypeOf(rt.t.module)) { reachable.add(o); stack.push(o); }
  }
  while (stack.length > 0) {
    const o = stack.pop()!;
    if (o === dropped) continue;
    referents(o, (c) => {
      if (!reachable.has(c) && refs.has(c)) { reachable.add(c); stack.push(c); }
    });
  }
  return all.filter((o) => !reachable.has(o));
}

/**
 * The strongly connected components of the graph restricted to `nodes` that contain a
 * cycle (more than one object, or one object referring to itself). Tarjan's algorithm,
 * iterative; components come out in the order of `nodes`' first members.
 */
export function cyclicComponents(nodes: readonly PyObject[]): PyObject[][] {
  const inSet = new Set(nodes);
  const index = new Map<PyObject, number>();
  const low = new Map<PyObject, number>();
  const onStack = new Set<PyObject>();
  const stack: PyObject[] = [];
  const out: PyObject[][] = [];
  let counter = 0;
  const successors = (o: PyObject): PyObject[] => {
    const r: PyObject[] = [];
    referents(o, (c) => { if (inSet.has(c)) r.push(c); });
    return r;
  };
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: Array<{ v: PyObject; next: PyObject[]; i: number }> = [];
    const enter = (v: PyObject) => {
      index.set(v, counter); low.set(v, counter); counter++;
      stack.push(v); onStack.add(v);
      work.push({ v, next: successors(v), i: 0 });
    };
    enter(root);
    while (work.length > 0) {
      const top = work[work.length - 1];
      if (top.i < top.next.length) {
        const w = top.next[top.i++];
        if (!index.has(w)) enter(w);
        else if (onStack.has(w)) low.set(top.v, Math.min(low.get(top.v)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].v;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.v)!));
      }
      if (low.get(top.v) === index.get(top.v)) {
        const comp: PyObject[] = [];
        let w: PyObject;
        do { w = stack.pop()!; onStack.delete(w); comp.push(w); } while (w !== top.v);
        if (comp.length > 1 || top.next.includes(top.v)) out.push(comp.reverse());
      }
    }
  }
  return out;
}

/**
 * Whether the references among `nodes` (only edges from one member to another count)
 * contain a cycle. Depth-first search with colours; false when the budget runs out.
 */
export function hasCycle(nodes: ReadonlySet<PyObject>, budget: WorkBudget): boolean {
  const colour = new Map<PyObject, 1 | 2>(); // 1: on the current path, 2: done
  for (const root of nodes) {
    if (colour.has(root)) continue;
    const work: Array<{ v: PyObject; next: PyObject[]; i: number }> = [];
    const enter = (v: PyObject) => {
      colour.set(v, 1);
      const next: PyObject[] = [];
      referents(v, (c) => { budget.left--; if (nodes.has(c)) next.push(c); });
      work.push({ v, next, i: 0 });
    };
    enter(root);
    while (work.length > 0) {
      if (budget.left <= 0) return false;
      const top = work[work.length - 1];
      if (top.i < top.next.length) {
        const w = top.next[top.i++];
        const c = colour.get(w);
        if (c === 1) return true;
        if (c === undefined) enter(w);
        continue;
      }
      colour.set(top.v, 2);
      work.pop();
    }
  }
  return false;
}
