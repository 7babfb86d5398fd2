// Variables for DAP from a heap snapshot: each value shows CPython's repr-like
// text and, for every object, its id, refcount and size in the value line;
// children are an object's referents (list items, dict entries, attributes,
// closure cells). Large containers page through indexed variables.

import type { DebugProtocol } from '@vscode/debugprotocol';
import type { HeapSnapshot, ObjectSnapshot, Binding } from '../runtime/inspect/model';

type Ref = { kind: 'locals' | 'cells'; frame: number } | { kind: 'globals' } | { kind: 'heap' } | { kind: 'object'; id: number };

export function valueLine(o: ObjectSnapshot): string {
  return `${o.repr}  ·  ${o.type} · id 0x${o.id.toString(16)} · refcount ${o.refcnt} · ${o.size} bytes`;
}

export class VariableStore {
  private snap: HeapSnapshot | null = null;
  private byId = new Map<number, ObjectSnapshot>();
  private refs: Ref[] = [];
  private objectRefs = new Map<number, number>();

  reset(snap: HeapSnapshot): void {
    this.snap = snap;
    this.byId = new Map(snap.objects.map((o) => [o.id, o]));
    this.refs = [];
    this.objectRefs.clear();
  }

  private add(r: Ref): number {
    this.refs.push(r);
    return this.refs.length;
  }

  scopeLocals(frame: number): number { return this.add({ kind: 'locals', frame }); }
  scopeCells(frame: number): number { return this.add({ kind: 'cells', frame }); }
  scopeGlobals(): number { return this.add({ kind: 'globals' }); }
  scopeHeap(): number { return this.add({ kind: 'heap' }); }

  objectRef(id: number): number {
    const o = this.byId.get(id);
    if (!o || o.referents.length === 0) return 0;
    let r = this.objectRefs.get(id);
    if (r === undefined) { r = this.add({ kind: 'object', id }); this.objectRefs.set(id, r); }
    return r;
  }

  private variable(name: string, id: number | null, extra?: string): DebugProtocol.Variable {
    if (id === null) return { name, value: '<unbound>', variablesReference: 0 };
    const o = this.byId.get(id);
    if (!o) return { name, value: `<object at 0x${id.toString(16)}>`, variablesReference: 0 };
    const v: DebugProtocol.Variable = {
      name,
      value: (extra ?? '') + valueLine(o),
      type: o.type,
      variablesReference: this.objectRef(id),
      evaluateName: /^[A-Za-z_]\w*$/.test(name) ? name : undefined,
    };
    if (o.referents.length > 100) v.indexedVariables = o.referents.length;
    return v;
  }

  private bindings(list: Binding[]): DebugProtocol.Variable[] {
    return list.map((b) => this.variable(b.name, b.id));
  }

  variables(ref: number, start?: number, count?: number): DebugProtocol.Variable[] {
    const r = this.refs[ref - 1];
    const snap = this.snap;
    if (!r || !snap) return [];
    switch (r.kind) {
      case 'locals': return this.bindings(snap.frames[r.frame]?.locals ?? []);
      case 'cells': return (snap.frames[r.frame]?.cells ?? []).map((b) => {
        const v = this.variable(b.name, b.id);
        if (b.cell !== undefined) {
          const cell = this.byId.get(b.cell);
          if (cell) v.value = `${v.value}   (in cell 0x${cell.id.toString(16)}, refcount ${cell.refcnt})`;
          v.variablesReference = b.cell !== undefined ? this.objectRef(b.cell) || v.variablesReference : v.variablesReference;
        }
        return v;
      });
      case 'globals': return this.bindings(snap.globals);
      case 'heap': return snap.objects.slice(start ?? 0, count ? (start ?? 0) + count : undefined).map((o) => this.variable(`0x${o.id.toString(16)}`, o.id));
      case 'object': {
        const o = this.byId.get(r.id);
        if (!o) return [];
        const s = start ?? 0;
        const items = o.referents.slice(s, count ? s + count : undefined);
        return items.map((e) => this.variable(e.label, e.id));
      }
    }
  }
}
