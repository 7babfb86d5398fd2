// A paused frame's fast locals seen as a namespace, for code a debugger runs "in"
// that frame. Names the frame's code object defines as locals, cells or free
// variables read and write the frame's own slots (cf. PEP 667's FrameLocalsProxy;
// 3.11's f_locals dict plus PyFrame_LocalsToFast gives the same end state), so an
// assignment typed in a debugger is the STORE_FAST / STORE_DEREF the program
// itself would do: no dict snapshot holds extra references meanwhile.

import type { PyObject } from '../objects/object';
import { PyCell } from '../objects/core';
import type { Runtime } from '../runtime';
import type { Frame } from './frame';

const CO_FAST_CELL_OR_FREE = 0x40 | 0x80;

function slotOf(f: Frame, name: string): number {
  return f.code.localsplusNames.indexOf(name);
}

/** The slot's cell, when the slot is a cell or free variable whose cell exists (after MAKE_CELL). */
function cellAt(f: Frame, i: number): PyCell | null {
  const v = f.localsplus[i];
  return (f.code.localsplusKinds[i] & CO_FAST_CELL_OR_FREE) && v instanceof PyCell ? v : null;
}

/** Borrowed value of a fast name; null when unbound; undefined when `name` is not one of the frame's fast names. */
export function fastLocalGet(f: Frame, name: string): PyObject | null | undefined {
  const i = slotOf(f, name);
  if (i < 0) return undefined;
  const cell = cellAt(f, i);
  return cell !== null ? cell.ref : f.localsplus[i];
}

/** Bind a fast name to `v` (a new reference is taken); false when `name` is not a fast name. */
export function fastLocalSet(rt: Runtime, f: Frame, name: string, v: PyObject): boolean {
  const i = slotOf(f, name);
  if (i < 0) return false;
  v.refcnt++;
  const cell = cellAt(f, i);
  let old: PyObject | null;
  if (cell !== null) { old = cell.ref; cell.ref = v; } else { old = f.localsplus[i]; f.localsplus[i] = v; }
  if (old !== null) rt.decref(old);
  return true;
}

/** Unbind a fast name: 'deleted', 'unbound' (it had no value), or 'absent' (not a fast name). */
export function fastLocalDelete(rt: Runtime, f: Frame, name: string): 'deleted' | 'unbound' | 'absent' {
  const i = slotOf(f, name);
  if (i < 0) return 'absent';
  const cell = cellAt(f, i);
  const old = cell !== null ? cell.ref : f.localsplus[i];
  if (old === null) return 'unbound';
  if (cell !== null) cell.ref = null; else f.localsplus[i] = null;
  rt.decref(old);
  return 'deleted';
}

/** The frame's fast names that are bound now (locals, then cells and free variables), in slot order. */
export function fastLocalNames(f: Frame): string[] {
  const out: string[] = [];
  const names = f.code.localsplusNames;
  for (let i = 0; i < names.length; i++) if (fastLocalGet(f, names[i]) !== null) out.push(names[i]);
  return out;
}
