// str.format() and str.format_map(): the replacement-field grammar and its
// evaluation. The parser is pure (it throws FormatError with CPython's
// messages); buildString drives it against the runtime.
// cf. Objects/stringlib/unicode_format.h (MarkupIterator_next, parse_field,
// field_name_split, FieldNameIterator_next, get_field_object, output_markup,
// build_string, autonumber_state_error).

import { FormatError } from './format/errors';
import { unicodeDecimalValue } from './format/unicode';
import { PyRaise, type PyObject } from './object';
import { PyStr } from './core';
import type { Runtime } from '../runtime';
import { getItem } from '../vm/abstract';
import { getAttr } from '../vm/attributes';
import { raiseFormatError } from './strmethods-args';
import { asciiEscape } from './strmethods-unicode';

export interface Field {
  /** The field name (may be empty, then auto-numbered). */
  name: string;
  /** The conversion character ('r', 's', 'a', or any other to be rejected), '' when none. */
  conversion: string;
  /** The format spec text (may itself contain fields when specNeedsExpanding). */
  spec: string;
  specNeedsExpanding: boolean;
}

export interface Piece {
  literal: string;
  field: Field | null;
}

/** MarkupIterator: yields literal text and replacement fields in order. */
export class MarkupIterator {
  private pos = 0;
  constructor(private readonly s: string) {}

  /** The next piece, or null at the end. Throws FormatError. */
  next(): Piece | null {
    const s = this.s;
    const end = s.length;
    if (this.pos >= end) return null;
    const start = this.pos;
    let c = '';
    let markupFollows = false;
    while (this.pos < end) {
      c = s[this.pos++];
      if (c === '{' || c === '}') { markupFollows = true; break; }
    }
    const atEnd = this.pos >= end;
    let len = this.pos - start;
    if (c === '}' && markupFollows && (atEnd || c !== s[this.pos])) {
      throw new FormatError('ValueError', "Single '}' encountered in format string");
    }
    if (atEnd && c === '{' && markupFollows) {
      throw new FormatError('ValueError', "Single '{' encountered in format string");
    }
    if (!atEnd && markupFollows) {
      if (c === s[this.pos]) {
        // An escaped brace: literal text including one brace.
        this.pos++;
        markupFollows = false;
      } else len--;
    }
    const literal = s.slice(start, start + len);
    if (!markupFollows) return { literal, field: null };
    return { literal, field: this.parseField() };
  }

  // cf. parse_field
  private parseField(): Field {
    const s = this.s;
    const end = s.length;
    let c = '';
    const nameStart = this.pos;
    while (this.pos < end) {
      c = s[this.pos++];
      if (c === '{') throw new FormatError('ValueError', "unexpected '{' in field name");
      if (c === '[') {
        for (; this.pos < end; this.pos++) if (s[this.pos] === ']') break;
        continue;
      }
      if (c === '}' || c === ':' || c === '!') break;
    }
    const name = s.slice(nameStart, this.pos - 1);
    const field: Field = { name, conversion: '', spec: '', specNeedsExpanding: false };
    if (c === '!' || c === ':') {
      if (c === '!') {
        if (this.pos >= end) throw new FormatError('ValueError', 'end of string while looking for conversion specifier');
        const cp = s.codePointAt(this.pos)!;
        field.conversion = String.fromCodePoint(cp);
        this.pos += cp > 0xffff ? 2 : 1;
        if (this.pos < end) {
          c = s[this.pos++];
          if (c === '}') return field;
          if (c !== ':') throw new FormatError('ValueError', "expected ':' after conversion specifier");
        }
      }
      const specStart = this.pos;
      let count = 1;
      while (this.pos < end) {
        c = s[this.pos++];
        if (c === '{') { field.specNeedsExpanding = true; count++; }
        else if (c === '}') {
          count--;
          if (count === 0) {
            field.spec = s.slice(specStart, this.pos - 1);
            return field;
          }
        }
      }
      throw new FormatError('ValueError', "unmatched '{' in format spec");
    } else if (c !== '}') {
      throw new FormatError('ValueError', "expected '}' before end of string");
    }
    return field;
  }
}

const SSIZE_MAX = 9223372036854775807n;

/** get_integer: the decimal value of s (Unicode digits allowed), or -1 when not all digits. */
export function fieldInteger(s: string): number {
  if (s.length === 0) return -1;
  let acc = 0n;
  for (const ch of s) {
    const d = unicodeDecimalValue(ch.codePointAt(0)!);
    if (d < 0) return -1;
    const dv = BigInt(d);
    if (acc > (SSIZE_MAX - dv) / 10n) throw new FormatError('ValueError', 'Too many decimal digits in format string');
    acc = acc * 10n + dv;
  }
  return Number(acc);
}

/** One `.name` or `[key]` step after the first part of a field name. */
export interface FieldStep {
  isAttribute: boolean;
  /** The integer index for `[digits]`, else -1. */
  index: number;
  name: string;
}

/** FieldNameIterator: the `.attr` / `[key]` steps of a field name, lazily (errors come in order). */
export class FieldNameIterator {
  constructor(private readonly s: string, private pos: number) {}

  next(): FieldStep | null {
    const s = this.s;
    const end = s.length;
    if (this.pos >= end) return null;
    const c = s[this.pos++];
    let step: FieldStep;
    if (c === '.') {
      const start = this.pos;
      while (this.pos < end && s[this.pos] !== '[' && s[this.pos] !== '.') this.pos++;
      step = { isAttribute: true, index: -1, name: s.slice(start, this.pos) };
    } else if (c === '[') {
      const start = this.pos;
      let seen = false;
      while (this.pos < end) {
        if (s[this.pos++] === ']') { seen = true; break; }
      }
      if (!seen) throw new FormatError('ValueError', "Missing ']' in format string");
      const name = s.slice(start, this.pos - 1);
      step = { isAttribute: false, index: fieldInteger(name), name };
    } else {
      throw new FormatError('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (step.name.length === 0) throw new FormatError('ValueError', 'Empty attribute in format string');
    return step;
  }
}

/** Auto-numbering state shared by a whole format() call (nested specs included). */
export class AutoNumber {
  state: 'init' | 'auto' | 'manual' = 'init';
  fieldNumber = 0;
}

/** field_name_split: the first part (and its index, -1 for a keyword) and the rest. */
export function fieldNameSplit(name: string, auto: AutoNumber | null): { first: string; index: number; rest: FieldNameIterator } {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  let index = fieldInteger(first);
  const empty = first.length === 0;
  const numeric = empty || index !== -1;
  if (auto !== null) {
    if (auto.state === 'init' && numeric) auto.state = empty ? 'auto' : 'manual';
    if (numeric) {
      if (auto.state === 'manual') {
        if (empty) throw new FormatError('ValueError', 'cannot switch from manual field specification to automatic field numbering');
      } else if (!empty) {
        throw new FormatError('ValueError', 'cannot switch from automatic field numbering to manual field specification');
      }
    }
    if (empty) index = auto.fieldNumber++;
  }
  return { first, index, rest: new FieldNameIterator(name, i) };
}

// ---- evaluation against the runtime ----------------------------------------------------------

/** Where the fields come from: positional args (null for format_map) and a mapping (or null). */
export interface FormatSource {
  args: PyObject[] | null;
  kwargs: PyObject | null;
}

function fmtErr<T>(rt: Runtime, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof FormatError) raiseFormatError(rt, e);
    throw e;
  }
}

/** get_field_object: a new reference to the object a field name designates. */
function getFieldObject(rt: Runtime, name: string, src: FormatSource, auto: AutoNumber): PyObject {
  const { first, index, rest } = fmtErr(rt, () => fieldNameSplit(name, auto));
  let obj: PyObject;
  if (index === -1) {
    const key = rt.newStr(first);
    try {
      if (src.kwargs === null) {
        const e = rt.newException(rt.t.KeyError, key);
        throw new PyRaise(e);
      }
      obj = getItem(rt, src.kwargs, key);
    } finally { rt.decref(key); }
  } else {
    if (src.args === null) rt.valueError('Format string contains positional fields');
    if (index >= src.args.length) rt.raise(rt.t.IndexError, `Replacement index ${index} out of range for positional args tuple`);
    obj = src.args[index];
    obj.refcnt++;
  }
  try {
    for (;;) {
      const step = fmtErr(rt, () => rest.next());
      if (step === null) break;
      let next: PyObject;
      if (step.isAttribute) next = getAttr(rt, obj, step.name);
      else {
        const key = step.index === -1 ? rt.newStr(step.name) : rt.newInt(step.index);
        try { next = getItem(rt, obj, key); } finally { rt.decref(key); }
      }
      rt.decref(obj);
      obj = next;
    }
  } catch (e) {
    rt.decref(obj);
    throw e;
  }
  return obj;
}

/** repr/str/ascii conversion of a field (new reference). */
function convertField(rt: Runtime, o: PyObject, conv: string): PyObject {
  switch (conv) {
    case 'r': return rt.reprObj(o);
    case 's': return rt.strObj(o);
    case 'a': {
      const r = rt.reprObj(o);
      const esc = asciiEscape(r.v);
      if (esc === r.v) return r;
      rt.decref(r);
      return rt.newStr(esc);
    }
    default: {
      const cp = conv.codePointAt(0)!;
      if (cp > 32 && cp < 127) rt.valueError(`Unknown conversion specifier ${conv}`);
      rt.valueError(`Unknown conversion specifier \\x${cp.toString(16)}`);
    }
  }
}

/** build_string: the formatted text of `fmt` (recursion depth 2 for nested specs). */
export function buildString(rt: Runtime, fmt: string, src: FormatSource, depth: number, auto: AutoNumber): string {
  if (depth <= 0) rt.valueError('Max string recursion exceeded');
  const it = new MarkupIterator(fmt);
  const out: string[] = [];
  for (;;) {
    const piece = fmtErr(rt, () => it.next());
    if (piece === null) break;
    if (piece.literal.length > 0) out.push(piece.literal);
    const f = piece.field;
    if (f === null) continue;
    let obj = getFieldObject(rt, f.name, src, auto);
    try {
      if (f.conversion !== '') {
        const conv = convertField(rt, obj, f.conversion);
        rt.decref(obj);
        obj = conv;
      }
      const spec = f.specNeedsExpanding ? buildString(rt, f.spec, src, depth - 1, auto) : f.spec;
      const r = rt.format(obj, spec);
      try {
        if (!(r instanceof PyStr)) rt.typeError(`__format__ must return a str, not ${r.type.name}`);
        out.push(r.v);
      } finally { rt.decref(r); }
    } finally { rt.decref(obj); }
  }
  return out.join('');
}

/** str.format(*args, **kwargs) given the kwargs as a dict object (or null). */
export function strFormat(rt: Runtime, fmt: string, args: PyObject[], kwargs: PyObject | null): string {
  return buildString(rt, fmt, { args, kwargs }, 2, new AutoNumber());
}

/** str.format_map(mapping) */
export function strFormatMap(rt: Runtime, fmt: string, mapping: PyObject): string {
  return buildString(rt, fmt, { args: null, kwargs: mapping }, 2, new AutoNumber());
}
