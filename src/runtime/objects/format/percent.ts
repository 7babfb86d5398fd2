// printf-style formatting: str % args.
// cf. Objects/unicodeobject.c PyUnicode_Format, unicode_format_arg_parse,
//     unicode_format_arg_format, unicode_format_arg_output, mainformatlong,
//     _PyUnicode_FormatLong, formatfloat, formatchar

import { FormatError, checkResultLength } from './errors';
import { doubleToString, type DoubleFormatCode } from './double-to-string';
import { intToBaseString } from './int-format';
import { INT_MAX } from './spec';
import { repeatFill } from './unicode';

/**
 * How the runtime exposes the right operand of `%` and the Python operations
 * the engine needs. All callbacks may throw the runtime's own exceptions
 * (KeyError from `get`, errors raised by __str__/__int__ ...); the engine
 * lets them through untouched.
 */
export interface PercentArgs<V = unknown> {
  /**
   * 'tuple'   — the operand is a tuple (`items`);
   * 'mapping' — not a tuple and not a str, and PyMapping_Check is true (dict,
   *             list, any object with __getitem__): `%(key)s` works and
   *             unused arguments are not an error; `value` is the object;
   * 'single'  — any other object (`value`).
   */
  kind: 'tuple' | 'single' | 'mapping';
  items?: readonly V[];
  value?: V;
  /** PyObject_GetItem(mapping, key) for `%(key)`. */
  get(key: string): V;
  /** str(v), repr(v), ascii(v). */
  str(v: V): string;
  repr(v: V): string;
  ascii(v: V): string;
  /** type(v).__name__ for error messages. */
  typeName(v: V): string;
  /** PyLong_Check: the value if v is an int (bool and subclasses included), else null. */
  asInt(v: V): bigint | null;
  /** PyUnicode_Check: the value if v is a str (or subclass), else null. */
  asStr(v: V): string | null;
  /**
   * A non-int number converted to int: 'int' = PyNumber_Long (int(v), for
   * %d %i %u), 'index' = PyNumber_Index (for %o %x %X %c). Return null when v
   * is not a number at all (PyNumber_Check false: str, list...) or when the
   * conversion raises TypeError; throw for other errors (e.g. int(inf)).
   * `floatToInt` below does the float case.
   */
  toInt(v: V, mode: 'int' | 'index'): bigint | null;
  /** PyFloat_AsDouble(v); null when it raises TypeError. */
  toFloat(v: V): number | null;
}

/** int(x) for a float x with CPython's errors. cf. Objects/floatobject.c float___trunc___impl */
export function floatToInt(x: number): bigint {
  if (Number.isNaN(x)) throw new FormatError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new FormatError('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

const PY_SSIZE_T_MAX = 9223372036854775807n;

interface Arg {
  ch: string;
  flags: number;
  width: number;
  prec: number;
  sign: boolean;
}

/** The mutable cursor of one PyUnicode_Format call (local to the call). */
interface Ctx<V> {
  fmt: readonly string[];
  pos: number;
  cnt: number;
  arglen: number;
  argidx: number;
  items: readonly V[];
  single: V | undefined;
  dict: boolean;
  p: PercentArgs<V>;
  out: string[];
}

function read<V>(ctx: Ctx<V>, i: number): string {
  return i < ctx.fmt.length ? ctx.fmt[i]! : '\0';
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9' && c.length === 1;
}

// cf. unicode_format_getnextarg
function nextArg<V>(ctx: Ctx<V>): V {
  const argidx = ctx.argidx;
  if (argidx < ctx.arglen) {
    ctx.argidx++;
    if (ctx.arglen < 0) return ctx.single as V;
    return ctx.items[argidx]!;
  }
  throw new FormatError('TypeError', 'not enough arguments for format string');
}

/** A '*' argument: PyLong_Check, then a C ssize_t / int. */
function starArg<V>(ctx: Ctx<V>, forPrecision: boolean): bigint {
  const v = nextArg(ctx);
  const n = ctx.p.asInt(v);
  if (n === null) throw new FormatError('TypeError', '* wants int');
  if (forPrecision) {
    if (n > BigInt(INT_MAX) || n < -BigInt(INT_MAX) - 1n) {
      throw new FormatError('OverflowError', 'Python int too large to convert to C int');
    }
  } else if (n > PY_SSIZE_T_MAX || n < -PY_SSIZE_T_MAX - 1n) {
    throw new FormatError('OverflowError', 'Python int too large to convert to C ssize_t');
  }
  return n;
}

// cf. unicode_format_arg_parse
function parseArg<V>(ctx: Ctx<V>, arg: Arg): void {
  if (read(ctx, ctx.pos) === '(') {
    if (!ctx.dict) throw new FormatError('TypeError', 'format requires a mapping');
    ++ctx.pos;
    --ctx.cnt;
    const keystart = ctx.pos;
    let pcount = 1;
    while (pcount > 0 && --ctx.cnt >= 0) {
      arg.ch = read(ctx, ctx.pos);
      if (arg.ch === ')') --pcount;
      else if (arg.ch === '(') ++pcount;
      ctx.pos++;
    }
    const keylen = ctx.pos - keystart - 1;
    if (ctx.cnt < 0 || pcount > 0) throw new FormatError('ValueError', 'incomplete format key');
    const key = ctx.fmt.slice(keystart, keystart + keylen).join('');
    ctx.single = ctx.p.get(key);
    ctx.arglen = -1;
    ctx.argidx = -2;
  }
  // Flags.
  while (--ctx.cnt >= 0) {
    arg.ch = read(ctx, ctx.pos++);
    const f = arg.ch === '-' ? F_LJUST : arg.ch === '+' ? F_SIGN : arg.ch === ' ' ? F_BLANK :
      arg.ch === '#' ? F_ALT : arg.ch === '0' ? F_ZERO : 0;
    if (f === 0) break;
    arg.flags |= f;
  }
  // Width.
  if (arg.ch === '*') {
    const w = starArg(ctx, false);
    if (w < 0n) {
      arg.flags |= F_LJUST;
      arg.width = Number(-w);
    } else {
      arg.width = Number(w);
    }
    if (--ctx.cnt >= 0) arg.ch = read(ctx, ctx.pos++);
  } else if (isDigit(arg.ch)) {
    let width = BigInt(arg.ch.charCodeAt(0) - 0x30);
    while (--ctx.cnt >= 0) {
      arg.ch = read(ctx, ctx.pos++);
      if (!isDigit(arg.ch)) break;
      const d = BigInt(arg.ch.charCodeAt(0) - 0x30);
      if (width > (PY_SSIZE_T_MAX - d) / 10n) throw new FormatError('ValueError', 'width too big');
      width = width * 10n + d;
    }
    arg.width = Number(width);
  }
  // Precision.
  if (arg.ch === '.') {
    arg.prec = 0;
    if (--ctx.cnt >= 0) arg.ch = read(ctx, ctx.pos++);
    if (arg.ch === '*') {
      const p = starArg(ctx, true);
      arg.prec = p < 0n ? 0 : Number(p);
      if (--ctx.cnt >= 0) arg.ch = read(ctx, ctx.pos++);
    } else if (isDigit(arg.ch)) {
      let prec = arg.ch.charCodeAt(0) - 0x30;
      while (--ctx.cnt >= 0) {
        arg.ch = read(ctx, ctx.pos++);
        if (!isDigit(arg.ch)) break;
        const d = arg.ch.charCodeAt(0) - 0x30;
        if (prec > Math.floor((INT_MAX - d) / 10)) throw new FormatError('ValueError', 'precision too big');
        prec = prec * 10 + d;
      }
      arg.prec = prec;
    }
  }
  // Ignore "h", "l" and "L" format prefix (ex: "%hi" or "%ls").
  if (ctx.cnt >= 0 && (arg.ch === 'h' || arg.ch === 'l' || arg.ch === 'L')) {
    if (--ctx.cnt >= 0) arg.ch = read(ctx, ctx.pos++);
  }
  if (ctx.cnt < 0) throw new FormatError('ValueError', 'incomplete format');
}

// cf. _PyUnicode_FormatLong
function formatLong(val: bigint, alt: boolean, prec: number, type: string): string {
  if (prec > INT_MAX - 3) throw new FormatError('OverflowError', 'precision too large');
  const base = type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
  const neg = val < 0n;
  const digits = intToBaseString(neg ? -val : val, base, false);
  const prefix = alt && base !== 10 ? (base === 8 ? '0o' : '0x') : '';
  checkResultLength(prec);
  const padded = prec > digits.length ? '0'.repeat(prec - digits.length) + digits : digits;
  const s = (neg ? '-' : '') + prefix + padded;
  return type === 'X' ? s.toUpperCase() : s;
}

// cf. mainformatlong
function mainFormatLong<V>(ctx: Ctx<V>, v: V, arg: Arg): string {
  const type = arg.ch;
  let iobj = ctx.p.asInt(v);
  if (iobj === null) iobj = ctx.p.toInt(v, type === 'o' || type === 'x' || type === 'X' ? 'index' : 'int');
  if (iobj === null) {
    const what = type === 'o' || type === 'x' || type === 'X' ? 'an integer' : 'a real number';
    throw new FormatError('TypeError', `%${type} format: ${what} is required, not ${ctx.p.typeName(v)}`);
  }
  return formatLong(iobj, (arg.flags & F_ALT) !== 0, arg.prec, type);
}

// cf. formatchar
function formatChar<V>(ctx: Ctx<V>, v: V): string {
  const s = ctx.p.asStr(v);
  if (s !== null) {
    const cps = Array.from(s);
    if (cps.length === 1) return cps[0]!;
    throw new FormatError('TypeError', '%c requires int or char');
  }
  const x = ctx.p.toInt(v, 'index');
  if (x === null) throw new FormatError('TypeError', '%c requires int or char');
  // This includes an overflow in converting to C long.
  if (x < 0n || x > 0x10ffffn) throw new FormatError('OverflowError', '%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(x));
}

// cf. formatfloat
function formatFloatArg<V>(ctx: Ctx<V>, v: V, arg: Arg): string {
  const x = ctx.p.toFloat(v);
  if (x === null) throw new FormatError('TypeError', `must be real number, not ${ctx.p.typeName(v)}`);
  const prec = arg.prec < 0 ? 6 : arg.prec;
  return doubleToString(x, arg.ch as DoubleFormatCode, prec, { alt: (arg.flags & F_ALT) !== 0 });
}

// cf. unicode_format_arg_format: returns the converted text.
function formatArgValue<V>(ctx: Ctx<V>, arg: Arg): string {
  const v = nextArg(ctx);
  switch (arg.ch) {
    case 's': return ctx.p.str(v);
    case 'r': return ctx.p.repr(v);
    case 'a': return ctx.p.ascii(v);
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
      arg.sign = true;
      return mainFormatLong(ctx, v, arg);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      arg.sign = true;
      return formatFloatArg(ctx, v, arg);
    case 'c':
      return formatChar(ctx, v);
    default: {
      const cp = arg.ch.codePointAt(0)!;
      const shown = cp >= 31 && cp <= 126 ? arg.ch : '?';
      throw new FormatError('ValueError',
        `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${ctx.pos - 1}`);
    }
  }
}

// cf. unicode_format_arg_output
function outputArg<V>(ctx: Ctx<V>, arg: Arg, str: string): void {
  const fill = arg.sign && (arg.flags & F_ZERO) !== 0 ? '0' : ' ';
  const cps = Array.from(str);
  let len = cps.length;
  if ((arg.width === -1 || arg.width <= len) && (arg.prec === -1 || arg.prec >= len) &&
    (arg.flags & (F_SIGN | F_BLANK)) === 0) {
    ctx.out.push(str);
    return;
  }
  if (arg.ch === 's' || arg.ch === 'r' || arg.ch === 'a') {
    if (arg.prec >= 0 && len > arg.prec) len = arg.prec;
  }
  let pindex = 0;
  let signchar = '';
  let sign = arg.sign;
  if (sign) {
    const ch = cps[0];
    if (ch === '-' || ch === '+') {
      signchar = ch;
      len--;
      pindex++;
    } else if ((arg.flags & F_SIGN) !== 0) signchar = '+';
    else if ((arg.flags & F_BLANK) !== 0) signchar = ' ';
    else sign = false;
  }
  let width = arg.width;
  if (width < len) width = len;
  checkResultLength(width);
  const altPrefix = (arg.flags & F_ALT) !== 0 && (arg.ch === 'x' || arg.ch === 'X' || arg.ch === 'o');
  let out = '';
  if (sign) {
    if (fill !== ' ') out += signchar;
    if (width > len) width--;
  }
  if (altPrefix) {
    if (fill !== ' ') {
      out += '0' + arg.ch;
      pindex += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && (arg.flags & F_LJUST) === 0) {
    out += repeatFill(fill, width - len);
    width = len;
  }
  if (fill === ' ') {
    if (sign) out += signchar;
    if (altPrefix) {
      out += '0' + arg.ch;
      pindex += 2;
    }
  }
  if (len > 0) out += cps.slice(pindex, pindex + len).join('');
  if (width > len) out += ' '.repeat(width - len);
  ctx.out.push(out);
}

// cf. unicode_format_arg
function formatArg<V>(ctx: Ctx<V>): void {
  const arg: Arg = { ch: read(ctx, ctx.pos), flags: 0, width: -1, prec: -1, sign: false };
  if (arg.ch === '%') {
    ctx.pos++;
    ctx.cnt--;
    ctx.out.push('%');
    return;
  }
  parseArg(ctx, arg);
  const str = formatArgValue(ctx, arg);
  outputArg(ctx, arg, str);
  if (ctx.dict && ctx.argidx < ctx.arglen) {
    throw new FormatError('TypeError', 'not all arguments converted during string formatting');
  }
}

/**
 * `format % args` for a str format. Throws FormatError with CPython's type
 * and message, or whatever the callbacks throw.
 */
export function percentFormat<V>(format: string, args: PercentArgs<V>): string {
  const fmt = Array.from(format);
  const isTuple = args.kind === 'tuple';
  const ctx: Ctx<V> = {
    fmt, pos: 0, cnt: fmt.length,
    arglen: isTuple ? (args.items ?? []).length : -1,
    argidx: isTuple ? 0 : -2,
    items: args.items ?? [],
    single: args.value,
    dict: args.kind === 'mapping',
    p: args,
    out: [],
  };
  while (--ctx.cnt >= 0) {
    if (read(ctx, ctx.pos) !== '%') {
      const nonfmtpos = ctx.pos++;
      while (ctx.cnt >= 0 && read(ctx, ctx.pos) !== '%') {
        ctx.pos++;
        ctx.cnt--;
      }
      if (ctx.cnt < 0) ctx.pos--;
      ctx.out.push(fmt.slice(nonfmtpos, ctx.pos).join(''));
    } else {
      ctx.pos++;
      formatArg(ctx);
    }
  }
  if (ctx.argidx < ctx.arglen && !ctx.dict) {
    throw new FormatError('TypeError', 'not all arguments converted during string formatting');
  }
  return ctx.out.join('');
}
