// What a data breakpoint watches (DAP dataBreakpointInfo `dataId`, opaque to the
// client): the dataId is this description as JSON, so the session can check one
// without asking a runner, and any runner of the timeline (a re-execution, a
// spare, a reverse-continue scan) can find the same thing again.
//
// - 'var': a name in a scope is rebound (assigned, deleted). Module globals are
//   found by the module's name; a function's locals and closure cells by the
//   code (file, first line, qualified name) and the depth of its frame on the
//   stack, so the watch follows later calls at the same depth.
// - 'slot': a slot of one object is rebound: a list item, a dict entry (str or
//   int key), an attribute (instance dict, __slots__, module or class dict),
//   a cell's contents.
// - 'obj': one object is mutated (its referents or value change), its refcount
//   changes, or it is freed.
// Objects are known by address and by the event (messages.ts Point.ev) at which
// the watch was made, when the object was alive at that address: a runner finds
// the object when it gets there (watchedObjects.ts).

/** One object: its id() and type, alive at event `ev`. */
export interface ObjRef { addr: number; ev: number; type: string }

export type Slot =
  | { item: number }
  | { key: string }
  | { intKey: number }
  | { attr: string }
  | { cell: true };

export type DataTarget =
  | { k: 'var'; scope: 'globals'; module: string; name: string }
  | { k: 'var'; scope: 'locals' | 'closure'; code: string; fn: string; depth: number; name: string }
  | { k: 'slot'; obj: ObjRef; slot: Slot; label: string }
  | { k: 'obj'; obj: ObjRef };

export function encodeDataId(t: DataTarget): string {
  return JSON.stringify(t);
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x);
const isStr = (x: unknown): x is string => typeof x === 'string';

function isObjRef(x: unknown): x is ObjRef {
  return isObj(x) && isInt(x.addr) && x.addr > 0 && isInt(x.ev) && x.ev >= 0 && isStr(x.type);
}

function isSlot(x: unknown): x is Slot {
  if (!isObj(x)) return false;
  const keys = Object.keys(x);
  if (keys.length !== 1) return false;
  if ('item' in x) return isInt(x.item) && x.item >= 0;
  if ('key' in x) return isStr(x.key);
  if ('intKey' in x) return isInt(x.intKey);
  if ('attr' in x) return isStr(x.attr);
  return x.cell === true;
}

/** The target a dataId names, or null when it is not one of ours (or malformed). */
export function parseDataId(id: unknown): DataTarget | null {
  if (!isStr(id)) return null;
  let t: unknown;
  try { t = JSON.parse(id); } catch { return null; }
  if (!isObj(t)) return null;
  switch (t.k) {
    case 'var':
      if (!isStr(t.name) || t.name === '') return null;
      if (t.scope === 'globals') return isStr(t.module) ? (t as DataTarget) : null;
      if (t.scope === 'locals' || t.scope === 'closure') return isStr(t.code) && isStr(t.fn) && isInt(t.depth) && t.depth > 0 ? (t as DataTarget) : null;
      return null;
    case 'slot': return isObjRef(t.obj) && isSlot(t.slot) && isStr(t.label) ? (t as DataTarget) : null;
    case 'obj': return isObjRef(t.obj) ? (t as DataTarget) : null;
    default: return null;
  }
}

export function hexAddr(addr: number): string {
  return `0x${addr.toString(16)}`;
}

/** "list 0x7f…": an object as data breakpoint texts name it. */
export function objName(o: ObjRef): string {
  return `${o.type} ${hexAddr(o.addr)}`;
}

/** What the user is told the data breakpoint watches (dataBreakpointInfo `description`). */
export function describeTarget(t: DataTarget): string {
  switch (t.k) {
    case 'var': return `${varLabel(t)} rebound`;
    case 'slot': return `${t.label} rebound`;
    case 'obj': return `${objName(t.obj)} mutated, refcount changed or freed`;
  }
}

/** "x (global)", "x (in f)". */
export function varLabel(t: Extract<DataTarget, { k: 'var' }>): string {
  return t.scope === 'globals' ? `${t.name} (${t.module === '__main__' ? 'global' : `global of ${t.module}`})` : `${t.name} (in ${t.fn})`;
}
