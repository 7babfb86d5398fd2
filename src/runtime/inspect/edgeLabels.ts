// Edge labels as a snapshot captures them: a kind and an argument per edge,
// turned into the label text ("[3]", "key 'k'", "['k']", "ref0"…) when the
// snapshot's records are made. Capturing a dict entry's labels then costs no
// string building: the argument is the key's JS string, which never changes.

import { strRepr } from './reprTape';

/** The argument is the label. */
export const LABEL_TEXT = 0;
/** "[i]" (argument i): a tuple's or list's item. */
export const LABEL_ITEM = 1;
/** "key " + repr(k) (argument: the str key's value). */
export const LABEL_KEY_STR = 2;
/** "[" + repr(k) + "]" (argument: the str key's value): the value stored under k. */
export const LABEL_VALUE_STR = 3;
/** "key " + argument (a non-str key's short repr, made at capture). */
export const LABEL_KEY_REPR = 4;
/** "[" + argument + "]" (a non-str key's short repr, made at capture). */
export const LABEL_VALUE_REPR = 5;
/** "ref" + i (argument i): the i-th reference tp_traverse reports. */
export const LABEL_TRAVERSED = 6;

/** Makes label text, reusing what it made before (one per set of records). */
export class EdgeLabelText {
  private readonly items: string[] = [];
  private readonly traversed: string[] = [];
  private lastKey: string | null = null;
  private lastKeyRepr = '';

  text(kind: number, arg: unknown): string {
    switch (kind) {
      case LABEL_TEXT: return arg as string;
      case LABEL_ITEM: return this.item(arg as number);
      case LABEL_KEY_STR: return 'key ' + this.keyRepr(arg as string);
      case LABEL_VALUE_STR: return '[' + this.keyRepr(arg as string) + ']';
      case LABEL_KEY_REPR: return 'key ' + (arg as string);
      case LABEL_VALUE_REPR: return '[' + (arg as string) + ']';
      case LABEL_TRAVERSED: {
        const i = arg as number;
        return this.traversed[i] ?? (this.traversed[i] = `ref${i}`);
      }
      default: throw new Error(`edge label kind ${kind}`);
    }
  }

  private item(i: number): string {
    return this.items[i] ?? (this.items[i] = `[${i}]`);
  }

  /** strRepr of a str key; an entry's key and value edges ask for the same key one after the other. */
  private keyRepr(k: string): string {
    if (k !== this.lastKey) { this.lastKey = k; this.lastKeyRepr = strRepr(k); }
    return this.lastKeyRepr;
  }
}
