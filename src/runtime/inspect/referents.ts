// An object's labelled references for the snapshot: what CPython's tp_traverse
// visits, with the name a Python programmer would use to reach each referent
// ("[0]", "['key']", ".attr", "cell_contents", "__closure__", "ref0"…).
//
// One collector serves a whole snapshot: it writes the edges straight into the
// snapshot's object table, labels as (kind, argument) pairs that become text
// later (edgeLabels.ts), caches the ".name" labels, and calls no closure per
// object, since a snapshot of 100,000 objects asks it for every one of them.

import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyInt, PyStr, PyTuple, PyList, PySet, PyInstance, PyCell, PyFunction, PyMethod, PyModule } from '../objects/core';
import type { Runtime } from '../runtime';
import type { ObjectTable } from './objectTable';
import { shortRepr } from './shortRepr';
import { LABEL_TEXT, LABEL_ITEM, LABEL_KEY_STR, LABEL_VALUE_STR, LABEL_KEY_REPR, LABEL_VALUE_REPR, LABEL_TRAVERSED } from './edgeLabels';

/** Where the collector reports each referent it lists (the snapshot's discovery queue). */
export interface ReferentSink {
  add(o: PyObject): void;
}

/** ".name" labels, made once per snapshot and shared by every edge that uses them. */
class AttributeLabels {
  private readonly byName = new Map<string, string>();
  /** The key and label last used at each attribute position: instances of one class have their attributes in the same order. */
  private readonly keyAt: PyObject[] = [];
  private readonly labelAt: string[] = [];
  /** ".name" for an instance's i-th attribute, whose key is the str `key`. */
  at(i: number, key: PyStr): string {
    if (this.keyAt[i] === key) return this.labelAt[i];
    const l = this.named(key.v);
    this.keyAt[i] = key;
    this.labelAt[i] = l;
    return l;
  }
  /** ".name" */
  named(name: string): string {
    let l = this.byName.get(name);
    if (l === undefined) { l = '.' + name; this.byName.set(name, l); }
    return l;
  }
}

export class ReferentCollector {
  private readonly attributes = new AttributeLabels();
  /** Referents of the last object collected, including those past maxEdges. */
  total = 0;
  /** Referents of the last object collected that were written to the table. */
  listed = 0;
  private traversedCount = 0;
  /** tp_traverse's visitproc, made once (not per object). */
  private readonly traverseVisit = (c: PyObject) => {
    const i = this.traversedCount++;
    if (c !== null) this.add(LABEL_TRAVERSED, i, c);
  };

  constructor(
    private readonly rt: Runtime,
    private readonly table: ObjectTable,
    private readonly sink: ReferentSink,
    private readonly maxEdges: number,
  ) {}

  /**
   * Writes `o`'s labelled referents to the table as edges, at most maxEdges of them (`listed`;
   * `total` counts them all). Each listed referent is passed to the sink, except static
   * (non-heap) types.
   */
  collect(o: PyObject): void {
    this.listed = 0;
    this.total = 0;
    // strs and ints (no JS class below extends them) have no named referents: straight to
    // tp_traverse, past the checks below.
    if (o instanceof PyStr || o instanceof PyInt) this.addTraversed(o);
    else if (o instanceof PyTuple || o instanceof PyList) this.addItems(o.items);
    else if (o instanceof PyDict) this.addDictEntries(o);
    else if (o instanceof PySet) this.addSetMembers(o);
    else if (o instanceof PyInstance) this.addInstanceAttributes(o);
    else if (o instanceof PyCell) this.namedOptional('cell_contents', o.ref);
    else if (o instanceof PyFunction) {
      this.named('__code__', o.codeObj);
      this.named('__globals__', o.globals);
      this.namedOptional('__defaults__', o.defaults);
      this.namedOptional('__kwdefaults__', o.kwdefaults);
      this.namedOptional('__closure__', o.closure);
      this.namedOptional('__dict__', o.dict);
    } else if (o instanceof PyMethod) { this.named('__func__', o.func); this.named('__self__', o.self); }
    else if (o instanceof PyModule) this.named('__dict__', o.dict);
    else if (o instanceof PyType && o.heap) {
      this.named('__dict__', o.dict);
      const bases = o.bases;
      for (let i = 0; i < bases.length; i++) this.namedOptional(`__bases__[${i}]`, bases[i]);
    } else this.addTraversed(o);
  }

  /** What tp_traverse visits, as "ref0", "ref1"… */
  private addTraversed(o: PyObject): void {
    const tr = o.type.traverse;
    if (tr !== null) { this.traversedCount = 0; tr(o, this.traverseVisit); }
  }

  /** An edge to `c` labelled (kind, arg) as edgeLabels.ts reads them. */
  private add(kind: number, arg: unknown, c: PyObject): void {
    this.total++;
    if (this.listed >= this.maxEdges) return;
    this.listed++;
    this.table.addEdge(kind, arg, c.addr);
    if (!(c instanceof PyType && !c.heap)) this.sink.add(c);
  }

  private named(label: string, c: PyObject): void {
    this.add(LABEL_TEXT, label, c);
  }

  private namedOptional(label: string, c: PyObject | null): void {
    if (c !== null) this.add(LABEL_TEXT, label, c);
  }

  /** tuple and list: "[i]" (list_traverse / tupletraverse order). */
  private addItems(items: readonly PyObject[]): void {
    for (let i = 0; i < items.length; i++) this.add(LABEL_ITEM, i, items[i]);
  }

  /** Each entry in insertion order: its key ("key 'k'") then its value ("['k']"). */
  private addDictEntries(d: PyDict): void {
    const keys = d.keys;
    const values = d.values;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === null) continue;
      const v = values[i];
      if (k instanceof PyStr) {
        this.add(LABEL_KEY_STR, k.v, k);
        if (v !== null) this.add(LABEL_VALUE_STR, k.v, v);
      } else {
        const kl = shortRepr(this.rt, k);
        this.add(LABEL_KEY_REPR, kl, k);
        if (v !== null) this.add(LABEL_VALUE_REPR, kl, v);
      }
    }
  }

  /** "member", in table order. */
  private addSetMembers(s: PySet): void {
    const table = s.table;
    for (let i = 0; i < table.length; i++) {
      const k = table[i];
      if (k !== null && k !== 'dummy') this.named('member', k);
    }
  }

  /**
   * An instance's attributes: the managed dict's values as ".name" (or "__dict__" once a real
   * dict object was handed out), __slots__ members, and a heap type as "__class__".
   */
  private addInstanceAttributes(o: PyInstance): void {
    const d = o.dict;
    if (d !== null) {
      if (o.dictMaterialized) this.named('__dict__', d);
      else {
        const keys = d.keys;
        const values = d.values;
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i];
          if (k !== null) this.namedOptional(this.attributes.at(i, k as PyStr), values[i]);
        }
      }
    }
    const slotIndex = o.type.slotIndex;
    if (o.slots !== null && slotIndex) {
      for (const [name, i] of slotIndex) this.namedOptional(this.attributes.named(name), o.slots[i]);
    }
    if (o.type.heap) this.named('__class__', o.type);
  }
}
