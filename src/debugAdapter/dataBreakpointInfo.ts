// The runner's answer to DAP dataBreakpointInfo: what a data breakpoint on the
// thing the user points at would watch (dataTargets.ts), or why there is none
// (dataId null, with a description). A row of a scope (Locals, Closure,
// Globals): the name being rebound. A child row of an object (a list item, a
// dict entry, an attribute or slot, a cell's contents): that slot being
// rebound. A watch expression (a name/attribute/item path, read without running
// code) or an address (`asAddress`): that object being mutated, changing
// refcount or being freed.

import type { DebugProtocol } from '@vscode/debugprotocol';
import type { PyObject } from '../runtime/objects/object';
import { PyType } from '../runtime/objects/type';
import { PyDict } from '../runtime/objects/dict';
import { PyStr, PyInt, PyTuple, PyList, PySet, PyInstance, PyCell, PyModule } from '../runtime/objects/core';
import type { Runtime } from '../runtime/runtime';
import type { Frame } from '../runtime/vm/frame';
import { dictItems } from '../runtime/objects/dictops';
import type { Inspector } from './inspect';
import type { Evaluator } from './evaluator';
import type { WatchedObjects } from './watchedObjects';
import { findObject } from './watchedObjects';
import { encodeDataId, describeTarget, objName, type DataTarget, type ObjRef, type Slot } from './dataTargets';
import { codeKey, frameDepth } from './runnerDataBreakpoints';
import { resolvePure, NOT_PURE } from './resolve';
import { pyRepr } from './pyRepr';

export type DataInfo = DebugProtocol.DataBreakpointInfoResponse['body'];

export interface DataInfoQuery { ref?: number; frame: number; name: string; asAddress?: boolean }

function none(description: string): DataInfo {
  return { dataId: null, description };
}

export class DataInfoResolver {
  /** `now`: the event the runner is stopped at. */
  constructor(
    private readonly rt: Runtime,
    private readonly inspector: Inspector,
    private readonly evaluator: Evaluator,
    private readonly objects: WatchedObjects,
    private readonly now: () => number,
  ) {}

  answer(q: DataInfoQuery): DataInfo {
    if (q.asAddress) return this.address(q.name);
    if (q.ref !== undefined) return this.row(q.ref, q.name);
    const f = this.inspector.frameAt(q.frame);
    if (f === null) return none('The program is not stopped in that frame.');
    const o = resolvePure(this.rt, f, this.evaluator.scratchFor(f), q.name);
    if (o === NOT_PURE) return none(`'${q.name}' is not a name or an attribute/item path: only those can be watched.`);
    return this.info({ k: 'obj', obj: this.objRef(o) });
  }

  private info(t: DataTarget): DataInfo {
    return { dataId: encodeDataId(t), description: describeTarget(t), accessTypes: ['write'], canPersist: false };
  }

  private objRef(o: PyObject): ObjRef {
    const ref = { addr: o.addr, ev: this.now(), type: o.type.name };
    this.objects.put(ref, o);
    return ref;
  }

  private address(text: string): DataInfo {
    const t = text.trim();
    const addr = /^0x[0-9a-f]+$/i.test(t) ? parseInt(t.slice(2), 16) : /^\d+$/.test(t) ? Number(t) : NaN;
    if (!Number.isSafeInteger(addr) || addr <= 0) return none(`'${text}' is not an address: give an id such as 0x7f0000a1c40.`);
    const o = findObject(this.rt, addr);
    if (o === null) return none(`No live object has id ${text}.`);
    return this.info({ k: 'obj', obj: this.objRef(o) });
  }

  /** A row of the Variables view: `ref` is the scope or object it is shown under. */
  private row(ref: number, name: string): DataInfo {
    const h = this.inspector.handleTarget(ref);
    if (h === null) return none('That variable is no longer shown: the program has moved on.');
    if (h.scope !== null) return this.scopeRow(h.scope, h.frame, name);
    if (h.obj === null) return none(`'${name}' has no slot of its own to watch.`);
    const slot = this.slotOf(h.obj, name);
    if (typeof slot === 'string') return none(slot);
    const obj = this.objRef(h.obj);
    return this.info({ k: 'slot', obj, slot, label: `${name} of ${objName(obj)}` });
  }

  private scopeRow(scope: string, f: Frame | null, name: string): DataInfo {
    if (f === null) return none('That frame is no longer on the stack.');
    if (scope === 'builtins') return none('Builtins are not watched.');
    if (scope === 'globals') {
      const mod = f.globals.getStr('__name__');
      if (!(mod instanceof PyStr)) return none('This module has no __name__: its globals cannot be found again.');
      return this.info({ k: 'var', scope: 'globals', module: mod.v, name });
    }
    return this.info({ k: 'var', scope: scope === 'closure' ? 'closure' : 'locals', code: codeKey(f), fn: f.code.qualname, depth: frameDepth(f), name });
  }

  /** The slot a child row named `name` of `o` shows, or why it has none. */
  private slotOf(o: PyObject, name: string): Slot | string {
    if (o instanceof PyList) {
      const m = /^\[(\d+)\]$/.exec(name);
      return m ? { item: Number(m[1]) } : `'${name}' is not an item of the list.`;
    }
    if (o instanceof PyTuple) return "A tuple's items are never rebound: watch the item itself (add it to Watch, then Break on Value Change).";
    if (o instanceof PySet) return 'A set has no slots: watch the set itself (add it to Watch, then Break on Value Change).';
    if (o instanceof PyDict) {
      const entry = dictItems(o).find(([k]) => pyRepr(this.rt, k, 100) === name);
      if (entry === undefined) return `No key ${name} in the dict.`;
      const k = entry[0];
      if (k.type === this.rt.t.str) return { key: (k as PyStr).v };
      if (k.type === this.rt.t.int && typeof (k as PyInt).v === 'number') return { intKey: (k as PyInt).v as number };
      return 'Only entries with str or int keys can be watched.';
    }
    if (o instanceof PyCell) return name === 'cell_contents' ? { cell: true } : `'${name}' is not the cell's contents.`;
    if (o instanceof PyInstance) {
      if (o.slots !== null && o.type.slotIndex?.has(name)) return { attr: name };
      if (o.dict !== null && o.dict.getStr(name) !== null) return { attr: name };
      return `'${name}' is not an attribute of the instance.`;
    }
    if ((o instanceof PyModule || (o instanceof PyType && o.heap)) && o.dict.getStr(name) !== null) return { attr: name };
    return `'${name}' of a ${o.type.name} has no slot a data breakpoint can watch.`;
  }
}
