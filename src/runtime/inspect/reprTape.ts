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

// Tokens with an argument (the next one in `args`):
/** Append the argument (a string) as it is. */
export const OP_TEXT = 0;
/** Append String(argument) (a count). */
export const OP_NUM = 1;
/** An int's value (number or bigint): its decimal text, clipped. */
export const OP_INT = 2;
/** A str's value: its quoted, escaped repr, clipped. */
export const OP_STR = 3;
/** A float's value: float_repr. */
export const OP_FLOAT = 4;
// Tokens without one:
/** Append ", " / ": " / ", ..." / "]". */
export const OP_COMMA = 5;
export const OP_COLON = 6;
export const OP_MORE = 7;
export const OP_RBRACKET = 8;
/** Start a container's text with "[" / "(" / "{". */
export const OP_OPEN_LIST = 9;
export const OP_OPEN_TUPLE = 10;
export const OP_OPEN_BRACE = 11;
/** End the innermost container with "]" / ")" / ",)" / "}" and clip its text. */
export const OP_CLOSE_LIST = 12;
export const OP_CLOSE_TUPLE = 13;
export const OP_CLOSE_ONE_TUPLE = 14;
export const OP_CLOSE_BRACE = 15;

/** The text each token without an argument stands for (by op). */
const FIXED_TEXT = ['', '', '', '', '', ', ', ': ', ', ...', ']', '[', '(', '{', ']', ')', ',)', '}'];

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

/**
 * A growable tape of tokens: `ops` (one byte each) and, for the tokens that have one, their
 * arguments in `args`, in the same order.
 */
export class ReprTape {
  length = 0;
  argLength = 0;
  ops: Int8Array;
  args: unknown[];

  /** Sized for `expectedArgs` arguments and twice as many tokens (both grow past that). */
  constructor(expectedArgs = INITIAL_TOKENS) {
    const n = Math.max(16, expectedArgs);
    this.ops = new Int8Array(n * 2);
    this.args = new Array<unknown>(n);
  }

  /** A token without an argument. */
  op(op: number): void {
    const i = this.length;
    if (i === this.ops.length) { const ops = new Int8Array(i * 2); ops.set(this.ops); this.ops = ops; }
    this.ops[i] = op;
    this.length = i + 1;
  }

  /** A token with an argument. */
  push(op: number, arg: unknown): void {
    this.op(op);
    const j = this.argLength;
    if (j === this.args.length) {
      const args = new Array<unknown>(j * 2);
      for (let k = 0; k < j; k++) args[k] = this.args[k];
      this.args = args;
    }
    this.args[j] = arg;
    this.argLength = j + 1;
  }
}

/** The text of tape tokens [start, end), whose arguments start at args[argStart]. */
export function renderRepr(tape: ReprTape, start: number, end: number, argStart: number): string {
  const ops = tape.ops;
  const args = tape.args;
  // A repr of one token (most objects).
  if (end - start === 1) return renderLeaf(ops[start], args[argStart]);
  const outer: string[] = [];
  let cur = '';
  let a = argStart;
  for (let i = start; i < end; i++) {
    const op = ops[i];
    if (op <= OP_FLOAT) cur += renderLeaf(op, args[a++]);
    else if (op >= OP_CLOSE_LIST) cur = outer.pop()! + clip(cur + FIXED_TEXT[op]);
    else if (op >= OP_OPEN_LIST) { outer.push(cur); cur = FIXED_TEXT[op]; }
    else cur += FIXED_TEXT[op];
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
    default: return FIXED_TEXT[op];
  }
}
