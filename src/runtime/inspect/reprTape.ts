// Short reprs recorded as a tape of tokens and rendered to text later.
//
// A snapshot needs the repr of every object as it is at that moment, but
// building 100,000 strings (and a container's repr again for every item it
// shows) is most of the cost of taking it. So the capture records, per object,
// the pieces its repr is made of: JS values that never change (the JS string of
// a str, the number or bigint of an int, a type's qualname at this moment…) and
// the structure around them (a container's brackets and separators). Rendering
// the tape (renderRepr) gives exactly the string shortRepr gives; it runs when
// a consumer reads the snapshot's records.
//
// What the text says is shortRepr's contract (shortRepr.ts): CPython's repr for
// builtin values, containers abbreviated to 8 items, two levels deep, each level
// clipped to 80 characters.

import { floatRepr } from '../objects/format/index';

/** Append args[i] (a string) as it is. */
export const OP_TEXT = 0;
/** Append String(args[i]) (a count). */
export const OP_NUM = 1;
/** An int's value (number or bigint): its decimal text, clipped. */
export const OP_INT = 2;
/** A str's value: its quoted, escaped repr, clipped. */
export const OP_STR = 3;
/** A float's value: float_repr. */
export const OP_FLOAT = 4;
/** Start a container's text with args[i] (its opening bracket). */
export const OP_OPEN = 5;
/** End the innermost container with args[i] (its closing bracket) and clip its text. */
export const OP_CLOSE = 6;

export const REPR_MAX = 80;

export function clip(s: string): string {
  return s.length > REPR_MAX ? s.slice(0, REPR_MAX - 3) + '...' : s;
}

/** A character strRepr escapes (control characters, backslash) or may escape (quotes). */
const ESCAPABLE = /[\x00-\x1f\\'"]/;

/**
 * The repr of a str's first 80 code units, quoted as unicode_repr quotes: single quotes unless
 * the text has a single quote and no double quote. (Not clipped: labels use it whole.)
 */
export function strRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  const head = s.length > REPR_MAX ? s.slice(0, REPR_MAX) : s;
  if (!ESCAPABLE.test(head)) return q + head + q;
  let out = q;
  for (const ch of head) {
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch < ' ') out += '\\x' + ch.charCodeAt(0).toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}

const INITIAL_TOKENS = 1024;

/** A growable tape of (op, arg) tokens. */
export class ReprTape {
  length = 0;
  ops: Int8Array;
  args: unknown[];

  constructor(expectedTokens = INITIAL_TOKENS) {
    const n = Math.max(16, expectedTokens);
    this.ops = new Int8Array(n);
    this.args = new Array<unknown>(n);
  }

  push(op: number, arg: unknown): void {
    const i = this.length;
    if (i === this.ops.length) this.grow(i * 2);
    this.ops[i] = op;
    this.args[i] = arg;
    this.length = i + 1;
  }

  private grow(n: number): void {
    const ops = new Int8Array(n);
    ops.set(this.ops);
    const args = new Array<unknown>(n);
    for (let i = 0; i < this.length; i++) args[i] = this.args[i];
    this.ops = ops;
    this.args = args;
  }
}

/** The text of tape tokens [start, end). */
export function renderRepr(tape: ReprTape, start: number, end: number): string {
  const ops = tape.ops;
  const args = tape.args;
  // Fast paths: a repr of one token (most objects).
  if (end - start === 1) return renderLeaf(ops[start], args[start]);
  const outer: string[] = [];
  let cur = '';
  for (let i = start; i < end; i++) {
    const op = ops[i];
    if (op === OP_OPEN) { outer.push(cur); cur = args[i] as string; }
    else if (op === OP_CLOSE) cur = outer.pop()! + clip(cur + (args[i] as string));
    else cur += renderLeaf(op, args[i]);
  }
  return cur;
}

function renderLeaf(op: number, arg: unknown): string {
  switch (op) {
    case OP_TEXT: return arg as string;
    case OP_NUM: return String(arg);
    case OP_INT: return typeof arg === 'number' ? String(arg) : clip(String(arg));
    case OP_STR: return clip(strRepr(arg as string));
    case OP_FLOAT: return floatRepr(arg as number);
    default: throw new Error(`repr tape: token ${op} outside a container`);
  }
}
