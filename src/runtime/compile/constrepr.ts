// repr() of constants, for the disassembler and compile-time messages.
// cf. Objects/floatobject.c float_repr (format 'r'), Objects/complexobject.c complex_repr,
// Objects/unicodeobject.c unicode_repr, Objects/bytesobject.c PyBytes_Repr.

import type { CodeObject, Const } from './code';

/** Shortest repr of a double, as Python's repr(float) (without the '.0' when `addDot0` is false). */
export function floatRepr(x: number, addDot0 = true): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return (Object.is(x, -0) ? '-0' : '0') + (addDot0 ? '.0' : '');
  const sign = x < 0 ? '-' : '';
  // JS gives the shortest round-tripping digits, like Python's repr.
  const [mant, expStr] = Math.abs(x).toExponential().split('e');
  const digits = mant.replace('.', '');
  const decpt = Number(expStr) + 1;
  if (decpt > -4 && decpt <= 16) {
    let s: string;
    if (decpt <= 0) s = '0.' + '0'.repeat(-decpt) + digits;
    else if (decpt >= digits.length) s = digits + '0'.repeat(decpt - digits.length) + (addDot0 ? '.0' : '');
    else s = digits.slice(0, decpt) + '.' + digits.slice(decpt);
    return sign + s;
  }
  const e = decpt - 1;
  const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  const es = Math.abs(e) < 10 ? '0' + Math.abs(e) : String(Math.abs(e));
  return `${sign}${m}e${e < 0 ? '-' : '+'}${es}`;
}

/** cf. complex_repr */
export function complexRepr(re: number, im: number): string {
  if (re === 0 && !Object.is(re, -0)) return floatRepr(im, false) + 'j';
  const r = floatRepr(re, false);
  let i = floatRepr(im, false);
  if (!i.startsWith('-')) i = '+' + i;
  return `(${r}${i}j)`;
}

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** cf. unicode_repr */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f) out += ch;
    else if (ch !== ' ' && NON_PRINTABLE.test(ch)) {
      if (cp <= 0xff) out += '\\x' + hex(cp, 2);
      else if (cp <= 0xffff) out += '\\u' + hex(cp, 4);
      else out += '\\U' + hex(cp, 8);
    } else out += ch;
  }
  return out + quote;
}

/** cf. PyBytes_Repr */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const x of b) {
    if (x === 0x27) hasSingle = true;
    if (x === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const x of b) {
    const ch = String.fromCharCode(x);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (x === 9) out += '\\t';
    else if (x === 10) out += '\\n';
    else if (x === 13) out += '\\r';
    else if (x < 0x20 || x >= 0x7f) out += '\\x' + hex(x, 2);
    else out += ch;
  }
  return out + quote;
}

/** A stable fake address for a code object, derived from a counter. */
export class CodeAddresses {
  private readonly map = new WeakMap<CodeObject, number>();
  private next = 0;

  of(code: CodeObject): string {
    let a = this.map.get(code);
    if (a === undefined) {
      a = 0x7f0000001000 + 0x130 * this.next++;
      this.map.set(code, a);
    }
    return '0x' + a.toString(16);
  }
}

export function codeRepr(code: CodeObject, addrs: CodeAddresses): string {
  return `<code object ${code.name} at ${addrs.of(code)}, file "${code.filename}", line ${code.firstlineno}>`;
}

/** repr() of a constant. */
export function constRepr(c: Const, addrs?: CodeAddresses): string {
  switch (c.kind) {
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
    case 'bool': return c.value ? 'True' : 'False';
    case 'int': return c.value.toString();
    case 'float': return floatRepr(c.value);
    case 'complex': return complexRepr(c.real, c.imag);
    case 'str': return strRepr(c.value);
    case 'bytes': return bytesRepr(c.value);
    case 'tuple':
      if (c.items.length === 1) return `(${constRepr(c.items[0], addrs)},)`;
      return `(${c.items.map((i) => constRepr(i, addrs)).join(', ')})`;
    case 'frozenset':
      if (!c.items.length) return 'frozenset()';
      return `frozenset({${c.items.map((i) => constRepr(i, addrs)).join(', ')}})`;
    case 'code': return codeRepr(c.code, addrs ?? new CodeAddresses());
  }
}
