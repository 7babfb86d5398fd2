// Debug Console completions (DAP `completions` request): the names visible in
// the selected frame (its locals and cells, globals, builtins), or after `x.`
// the attributes dir(x) would list, found without running code.

import type { DebugProtocol } from '@vscode/debugprotocol';
import type { PyObject } from '../runtime/objects/object';
import { PyType } from '../runtime/objects/type';
import type { PyDict } from '../runtime/objects/dict';
import { PyStr, PyFunction, PyBuiltin, PyModule, PyMethod, PyInstance } from '../runtime/objects/core';
import type { Runtime } from '../runtime/runtime';
import type { Frame } from '../runtime/vm/frame';
import { dictItems } from '../runtime/objects/dictops';
import { fastLocalNames, fastLocalGet } from '../runtime/vm/frameLocals';
import { resolvePure, NOT_PURE } from './resolve';

const KEYWORDS = ['False', 'None', 'True', 'and', 'as', 'assert', 'del', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'while', 'with', 'yield'];

function kindOf(o: PyObject | null): DebugProtocol.CompletionItemType {
  if (o instanceof PyType) return 'class';
  if (o instanceof PyModule) return 'module';
  if (o instanceof PyFunction || o instanceof PyBuiltin || o instanceof PyMethod) return 'function';
  return 'variable';
}

function dictNames(d: PyDict | null, into: Map<string, PyObject | null>): void {
  if (d === null) return;
  for (const [k, v] of dictItems(d)) if (k instanceof PyStr && !into.has(k.v)) into.set(k.v, v);
}

/** The attribute names dir(o) lists (instance/module dict, then the type's MRO). */
function attributeNames(o: PyObject): Map<string, PyObject | null> {
  const out = new Map<string, PyObject | null>();
  if (o instanceof PyModule) { dictNames(o.dict, out); return out; }
  if (o instanceof PyInstance) dictNames(o.dict, out);
  if (o instanceof PyFunction) dictNames(o.dict, out);
  if (o instanceof PyType) for (const t of o.mro) dictNames(t.dict, out);
  for (const t of o.type.mro) dictNames(t.dict, out);
  return out;
}

/**
 * Completions for `text` with the cursor at `offset` (0-based) in frame `f`.
 * Each item's `start` is 0-based here; the session converts it for the client.
 */
export function completions(rt: Runtime, f: Frame, scratch: PyDict | null, text: string, offset: number): DebugProtocol.CompletionItem[] {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const m = /((?:[A-Za-z_]\w*(?:\[[^\]]*\])?\.)*)([A-Za-z_]\w*)?$/.exec(before);
  const base = m && m[1] ? m[1].slice(0, -1) : '';
  const word = m && m[2] ? m[2] : '';
  let names: Map<string, PyObject | null>;
  if (base !== '') {
    const o = resolvePure(rt, f, scratch, base);
    if (o === NOT_PURE) return [];
    names = attributeNames(o);
  } else {
    names = new Map();
    if (f.locals === null) for (const n of fastLocalNames(f)) names.set(n, fastLocalGet(f, n) ?? null);
    else dictNames(f.locals, names);
    dictNames(scratch, names);
    dictNames(f.globals, names);
    dictNames(f.builtins, names);
    for (const k of KEYWORDS) if (!names.has(k)) names.set(k, null);
  }
  const start = before.length - word.length;
  const items: DebugProtocol.CompletionItem[] = [];
  for (const [name, o] of names) {
    if (!name.startsWith(word) || name === '__builtins__') continue;
    const item: DebugProtocol.CompletionItem = {
      label: name,
      type: o === null && KEYWORDS.includes(name) ? 'keyword' : base !== '' && kindOf(o) === 'variable' ? 'property' : kindOf(o),
      start,
      length: word.length,
      sortText: (name.startsWith('_') ? '~' : '') + name,
    };
    items.push(item);
  }
  items.sort((a, b) => (a.sortText! < b.sortText! ? -1 : a.sortText! > b.sortText! ? 1 : 0));
  return items;
}
