// The simulated string module. cf. Lib/string.py (3.11).
//
// The constants, capwords (through the str methods it calls), and Template as
// a native class whose instances are plain instances with a __dict__ (like
// CPython's Python-level class). The $-placeholder pattern is built per class
// from delimiter / idpattern / braceidpattern / flags (or a class's own
// `pattern` string) exactly as Template.__init_subclass__ does, and run as a
// JS RegExp (Python regex syntax translated: (?P<..>), (?a:..), verbose mode).
// Not simulated: string.Formatter, and Template.pattern as an re.Pattern object
// (the re module is not part of RefScope); Template.flags is the int value of
// re.IGNORECASE.

import { PyObject, PyRaise } from '../objects/object';
import { PyType, type KwArgs } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyStr, PyModule, PyInt, PyCell } from '../objects/core';
import type { Runtime } from '../runtime';
import { newDict, dictSetStr, dictGet } from '../objects/dictops';
import { getAttr, setAttr } from '../vm/attributes';
import { getItem } from '../vm/abstract';
import { newFuncLike, defFuncLike } from './funcLike';

export function installStringModule(rt: Runtime): void {
  rt.modules.register('string', makeString);
}

const WHITESPACE = ' \t\n\r\u000b\u000c';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

const IDPATTERN = '(?a:[_a-z][_a-z0-9]*)';
const RE_IGNORECASE = 2;
const RE_MULTILINE = 8;
const RE_DOTALL = 16;
const RE_VERBOSE = 64;

// ---- Python regex -> JS RegExp (the subset Template patterns use) -------------------------

/** Translate a Python regular expression to JS RegExp source; `verbose` strips whitespace and comments. */
export function translateRegex(src: string, verbose: boolean): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const n = src[i + 1] ?? '';
      if (n === 'Z') out += '$(?![\\s\\S])';
      else if (n === 'A') out += '^';
      else out += c + n;
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') { inClass = true; out += c; if (src[i + 1] === ']' || (src[i + 1] === '^' && src[i + 2] === ']')) { out += src[i + 1]; i++; } continue; }
    if (verbose && /\s/.test(c)) continue;
    if (verbose && c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '(' && src[i + 1] === '?') {
      if (src.startsWith('(?P<', i)) { out += '(?<'; i += 3; continue; }
      if (src.startsWith('(?P=', i)) {
        const end = src.indexOf(')', i);
        out += `\\k<${src.slice(i + 4, end)}>`;
        i = end;
        continue;
      }
      const m = /^\(\?([aiLmsux]+)(:|\))/.exec(src.slice(i));
      if (m && m[1]!.split('').every((f) => f === 'a' || f === 'u' || f === 'L')) {
        // ASCII / unicode / locale-only local flags: JS classes are ASCII already.
        if (m[2] === ':') { out += '(?:'; i += m[0].length - 1; } else { i += m[0].length - 1; }
        continue;
      }
    }
    out += c;
  }
  return out;
}

function escapeJs(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

interface TemplatePattern { re: RegExp }
const PATTERNS = new WeakMap<PyType, TemplatePattern>();

function classAttrStr(rt: Runtime, cls: PyType, name: string): string | null {
  const v = getAttr(rt, cls, name);
  try {
    if (v === rt.None) return null;
    if (!(v instanceof PyStr)) rt.typeError(`Template.${name} must be a string, not ${v.type.name}`);
    return v.v;
  } finally { rt.decref(v); }
}

function classFlags(rt: Runtime, cls: PyType): number {
  const v = getAttr(rt, cls, 'flags');
  try {
    if (!(v instanceof PyInt)) return RE_IGNORECASE;
    return Number(v.v);
  } finally { rt.decref(v); }
}

/** Template.__init_subclass__: compile cls.pattern (here: a JS RegExp kept for the class). */
function compileTemplatePattern(rt: Runtime, cls: PyType): TemplatePattern {
  const flags = classFlags(rt, cls) | RE_VERBOSE;
  let source: string;
  const own = cls.dict.getStr('pattern');
  if (own !== null) {
    if (!(own instanceof PyStr)) rt.typeError('Template.pattern must be a string in RefScope (re.Pattern objects are not simulated)');
    source = translateRegex(own.v, (flags & RE_VERBOSE) !== 0);
  } else {
    const delim = escapeJs(classAttrStr(rt, cls, 'delimiter') ?? '');
    const id = translateRegex(classAttrStr(rt, cls, 'idpattern') ?? '', true);
    const bid = classAttrStr(rt, cls, 'braceidpattern');
    const bidJs = bid === null || bid === '' ? id : translateRegex(bid, true);
    source = `${delim}(?:(?<escaped>${delim})|(?<named>${id})|\\{(?<braced>${bidJs})\\}|(?<invalid>))`;
  }
  let jsFlags = 'gd';
  if (flags & RE_IGNORECASE) jsFlags += 'i';
  if (flags & RE_MULTILINE) jsFlags += 'm';
  if (flags & RE_DOTALL) jsFlags += 's';
  let re: RegExp;
  try {
    re = new RegExp(source, jsFlags);
  } catch (e) {
    rt.raise(rt.t.NotImplementedError, `RefScope cannot translate this Template pattern to a regular expression: ${(e as Error).message}`);
  }
  const p = { re };
  PATTERNS.set(cls, p);
  return p;
}

function patternOf(rt: Runtime, cls: PyType): TemplatePattern {
  for (const t of cls.mro) {
    const p = PATTERNS.get(t);
    if (p !== undefined) return p;
  }
  return compileTemplatePattern(rt, cls);
}

// ---- Template ---------------------------------------------------------------------------

interface Match { start: number; end: number; escaped?: string; named?: string; braced?: string; invalid?: string; invalidStart: number }

/** All pattern matches in `s`, left to right (re.finditer / re.sub order). */
function findMatches(re: RegExp, s: string): Match[] {
  const out: Match[] = [];
  re.lastIndex = 0;
  for (;;) {
    const m = re.exec(s) as (RegExpExecArray & { indices?: { groups?: Record<string, [number, number] | undefined> } }) | null;
    if (m === null) break;
    const g = m.groups ?? {};
    const inv = m.indices?.groups?.invalid;
    out.push({ start: m.index, end: m.index + m[0].length, escaped: g.escaped, named: g.named, braced: g.braced, invalid: g.invalid, invalidStart: inv ? inv[0] : -1 });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Code points in s[0:i16] (Python indices count code points). */
function cpIndex(s: string, i16: number): number {
  let n = 0;
  for (let i = 0; i < i16; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < i16) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

/** str.splitlines(keepends=True) lengths, in code points. */
function lineLengths(s: string): number[] {
  const out: number[] = [];
  const cps = Array.from(s);
  let start = 0;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    const isBreak = c === '\n' || c === '\r' || c === '\u000b' || c === '\u000c' || c === '\u001c' || c === '\u001d'
      || c === '\u001e' || c === '\u0085' || c === '\u2028' || c === '\u2029';
    if (!isBreak) continue;
    if (c === '\r' && cps[i + 1] === '\n') i++;
    out.push(i + 1 - start);
    start = i + 1;
  }
  if (start < cps.length) out.push(cps.length - start);
  return out;
}

/** Template._invalid: ValueError('Invalid placeholder in string: line %d, col %d'). */
function invalidPlaceholder(rt: Runtime, template: string, m: Match): never {
  const i = cpIndex(template, m.invalidStart);
  const lines = lineLengths(Array.from(template).slice(0, i).join(''));
  let colno: number;
  let lineno: number;
  if (lines.length === 0) { colno = 1; lineno = 1; } else {
    colno = i - lines.slice(0, -1).reduce((a, b) => a + b, 0);
    lineno = lines.length;
  }
  rt.valueError(`Invalid placeholder in string: line ${lineno}, col ${colno}`);
}

const CAPWORDS_DOC = 'capwords(s [,sep]) -> string\n\n    Split the argument into words using split, capitalize each\n    word using capitalize, and join the capitalized words using\n    join.  If the optional second argument sep is absent or None,\n    runs of whitespace characters are replaced by a single space\n    and leading and trailing whitespace are removed, otherwise\n    sep is used to split and join the words.\n\n    ';

const TEMPLATE_TYPES = new WeakMap<Runtime, PyType>();

/** string.Template, once the string module has been imported (else null). */
export function templateType(rt: Runtime): PyType | null {
  return TEMPLATE_TYPES.get(rt) ?? null;
}

function templateText(rt: Runtime, self: PyObject): PyObject {
  return getAttr(rt, self, 'template');
}

/** re's "expected string or bytes-like object" for a non-str template. */
function requireStr(rt: Runtime, v: PyObject): string {
  if (!(v instanceof PyStr)) rt.typeError(`expected string or bytes-like object, got '${v.type.name}'`);
  return v.v;
}

/** The (mapping, kws) arguments of substitute / safe_substitute. */
function parseMapping(rt: Runtime, fname: string, args: PyObject[], kw: KwArgs): { mapping: PyObject | null; kws: PyDict | null } {
  if (args.length > 1) rt.typeError(`Template.${fname}() takes from 1 to 2 positional arguments but ${args.length + 1} were given`);
  let kws: PyDict | null = null;
  if (kw !== null && kw.length > 0) {
    kws = newDict(rt);
    for (const [k, v] of kw) dictSetStr(rt, kws, k, v);
  }
  return { mapping: args[0] ?? null, kws };
}

/** mapping[named] with substitute's lookup rules (kws, the mapping, or ChainMap(kws, mapping)). New reference. */
function lookup(rt: Runtime, mapping: PyObject | null, kws: PyDict | null, key: PyStr): PyObject {
  if (mapping === null) {
    const d = kws ?? newDict(rt);
    try {
      const v = dictGet(rt, d, key);
      if (v === null) rt.raiseKeyError(key);
      v.refcnt++;
      return v;
    } finally { if (kws === null) rt.decref(d); }
  }
  if (kws === null) return getItem(rt, mapping, key);
  const v = dictGet(rt, kws, key);
  if (v !== null) { v.refcnt++; return v; }
  try {
    return getItem(rt, mapping, key);
  } catch (e) {
    if (e instanceof PyRaise && e.exc.type.isSubtypeOf(rt.t.KeyError)) {
      rt.decref(e.exc);
      rt.raiseKeyError(key);
    }
    throw e;
  }
}

function substitute(rt: Runtime, self: PyObject, args: PyObject[], kw: KwArgs, safe: boolean): PyObject {
  const { mapping, kws } = parseMapping(rt, safe ? 'safe_substitute' : 'substitute', args, kw);
  const tobj = templateText(rt, self);
  try {
    const text = requireStr(rt, tobj);
    const { re } = patternOf(rt, self.type);
    const matches = findMatches(re, text);
    if (matches.length === 0) { tobj.refcnt++; return tobj; }
    let out = '';
    let pos = 0;
    for (const m of matches) {
      out += text.slice(pos, m.start);
      pos = m.end;
      const named = m.named ? m.named : m.braced;
      if (named !== undefined) {
        const key = rt.newStr(named) as PyStr;
        try {
          let v: PyObject;
          try {
            v = lookup(rt, mapping, kws, key);
          } catch (e) {
            if (safe && e instanceof PyRaise && e.exc.type.isSubtypeOf(rt.t.KeyError)) {
              rt.decref(e.exc);
              out += text.slice(m.start, m.end);
              continue;
            }
            throw e;
          }
          try { out += rt.str(v); } finally { rt.decref(v); }
        } finally { rt.decref(key); }
        continue;
      }
      if (m.escaped !== undefined) {
        const delim = getAttr(rt, self, 'delimiter');
        try { out += requireStr(rt, delim); } finally { rt.decref(delim); }
        continue;
      }
      if (m.invalid !== undefined) {
        if (safe) { out += text.slice(m.start, m.end); continue; }
        invalidPlaceholder(rt, text, m);
      }
      rt.valueError('Unrecognized named group in pattern');
    }
    out += text.slice(pos);
    return rt.newStr(out);
  } finally {
    rt.decref(tobj);
    if (kws !== null) rt.decref(kws);
  }
}

function noArgs(rt: Runtime, name: string, args: PyObject[], kw: KwArgs): void {
  if (kw !== null && kw.length > 0) rt.typeError(`Template.${name}() got an unexpected keyword argument '${kw[0]![0]}'`);
  if (args.length > 0) rt.typeError(`Template.${name}() takes 1 positional argument but ${args.length + 1} were given`);
}

/** `class Template:` of Lib/string.py, made with type() at import: a heap class whose
 * methods are function objects and whose instances are ordinary instances. */
function createTemplateClass(rt: Runtime): PyType {
  const ns = newDict(rt);
  const put = (k: string, v: PyObject) => { dictSetStr(rt, ns, k, v); rt.decref(v); };
  const defMethod = (name: string, fn: (self: PyObject, args: PyObject[], kw: KwArgs) => PyObject): void => {
    put(name, newFuncLike(rt, {
      name, qualname: `Template.${name}`, module: 'string',
      fn: (args, kw) => {
        if (args.length === 0) rt.typeError(`Template.${name}() missing 1 required positional argument: 'self'`);
        return fn(args[0]!, args.slice(1), kw);
      },
    }));
  };
  let T: PyType;
  let classCell: PyCell | null = null;
  try {
    put('__module__', rt.newStr('string'));
    put('__qualname__', rt.newStr('Template'));
    put('__doc__', rt.newStr('A string class for supporting $-substitutions.'));
    put('delimiter', rt.newStr('$'));
    put('idpattern', rt.newStr(IDPATTERN));
    dictSetStr(rt, ns, 'braceidpattern', rt.None);
    put('flags', rt.newInt(RE_IGNORECASE));
    // __init_subclass__ calls super(): its closure's __class__ cell holds the class.
    classCell = rt.newCell(null);
    const isub = newFuncLike(rt, {
      name: '__init_subclass__', qualname: 'Template.__init_subclass__', module: 'string', keep: [classCell],
      fn: (args) => {
        const cls = args[0];
        if (cls instanceof PyType) compileTemplatePattern(rt, cls);
        return rt.none();
      },
    });
    put('__init_subclass__', rt.newClassmethod(isub));
    rt.decref(isub);
    defMethod('__init__', (self, args, kw) => {
      let template: PyObject | null = args[0] ?? null;
      for (const [k, v] of kw ?? []) {
        if (k !== 'template') rt.typeError(`Template.__init__() got an unexpected keyword argument '${k}'`);
        if (template !== null) rt.typeError("Template.__init__() got multiple values for argument 'template'");
        template = v;
      }
      if (args.length > 1) rt.typeError(`Template.__init__() takes 2 positional arguments but ${args.length + 1} were given`);
      if (template === null) rt.typeError("Template.__init__() missing 1 required positional argument: 'template'");
      setAttr(rt, self, 'template', template);
      return rt.none();
    });
    defMethod('substitute', (self, args, kw) => substitute(rt, self, args, kw, false));
    defMethod('safe_substitute', (self, args, kw) => substitute(rt, self, args, kw, true));
    defMethod('is_valid', (self, args, kw) => {
      noArgs(rt, 'is_valid', args, kw);
      const tobj = templateText(rt, self);
      try {
        const text = requireStr(rt, tobj);
        for (const m of findMatches(patternOf(rt, self.type).re, text)) if (m.invalid !== undefined) return rt.newBool(false);
        return rt.newBool(true);
      } finally { rt.decref(tobj); }
    });
    defMethod('get_identifiers', (self, args, kw) => {
      noArgs(rt, 'get_identifiers', args, kw);
      const tobj = templateText(rt, self);
      try {
        const text = requireStr(rt, tobj);
        const ids: string[] = [];
        for (const m of findMatches(patternOf(rt, self.type).re, text)) {
          const named = m.named ? m.named : m.braced;
          if (named !== undefined && !ids.includes(named)) ids.push(named);
        }
        return rt.newList(ids.map((s) => rt.newStr(s)));
      } finally { rt.decref(tobj); }
    });
    const name = rt.newStr('Template');
    const bases = rt.newTuple([]);
    try {
      const t = rt.call(rt.t.type, [name, bases, ns]);
      if (!(t instanceof PyType)) throw new Error('type() did not return a type');
      T = t;
    } finally { rt.decref(name); rt.decref(bases); }
  } finally {
    rt.decref(ns);
    if (classCell !== null) rt.decref(classCell);
  }
  T.refcnt++;
  classCell!.ref = T;
  // Template.__init_subclass__() at the end of string.py: the class's own pattern.
  compileTemplatePattern(rt, T);
  return T;
}
// ---- the module ------------------------------------------------------------------------------

function makeString(rt: Runtime): PyModule {
  const d = newDict(rt);
  const m = new PyModule(rt.t.module, 'string', d);
  rt.allocObject(m, 56);
  rt.gc.track(m);
  const put = (k: string, v: PyObject) => { dictSetStr(rt, d, k, v); rt.decref(v); };
  put('__name__', rt.newStr('string'));
  put('__doc__', rt.newStr('A collection of string constants.\n\nPublic module variables:\n\nwhitespace -- a string containing all ASCII whitespace\nascii_lowercase -- a string containing all ASCII lowercase letters\nascii_uppercase -- a string containing all ASCII uppercase letters\nascii_letters -- a string containing all ASCII letters\ndigits -- a string containing all ASCII decimal digits\nhexdigits -- a string containing all ASCII hexadecimal digits\noctdigits -- a string containing all ASCII octal digits\npunctuation -- a string containing all ASCII punctuation characters\nprintable -- a string containing all ASCII characters considered printable\n\n'));
  put('__all__', rt.newList(['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits', 'hexdigits',
    'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter', 'Template'].map((n) => rt.newStr(n))));
  put('whitespace', rt.newStr(WHITESPACE));
  put('ascii_lowercase', rt.newStr(LOWER));
  put('ascii_uppercase', rt.newStr(UPPER));
  put('ascii_letters', rt.newStr(LOWER + UPPER));
  put('digits', rt.newStr(DIGITS));
  put('hexdigits', rt.newStr(DIGITS + 'abcdef' + 'ABCDEF'));
  put('octdigits', rt.newStr('01234567'));
  put('punctuation', rt.newStr(PUNCTUATION));
  put('printable', rt.newStr(DIGITS + LOWER + UPPER + PUNCTUATION + WHITESPACE));
  defFuncLike(rt, d, { name: 'capwords', module: 'string', doc: CAPWORDS_DOC, fn: (args, kw) => capwords(rt, args, kw) });
  put('_sentinel_dict', newDict(rt));
  const T = createTemplateClass(rt);
  TEMPLATE_TYPES.set(rt, T);
  put('Template', T);
  return m;
}

/** capwords(s, sep=None): (sep or ' ').join(map(str.capitalize, s.split(sep))) */
function capwords(rt: Runtime, args: PyObject[], kw: KwArgs): PyObject {
  let s: PyObject | null = args[0] ?? null;
  let sep: PyObject | null = args[1] ?? null;
  if (args.length > 2) rt.typeError(`capwords() takes from 1 to 2 positional arguments but ${args.length} were given`);
  for (const [k, v] of kw ?? []) {
    if (k === 's') { if (s !== null) rt.typeError("capwords() got multiple values for argument 's'"); s = v; } else if (k === 'sep') {
      if (sep !== null) rt.typeError("capwords() got multiple values for argument 'sep'");
      sep = v;
    } else rt.typeError(`capwords() got an unexpected keyword argument '${k}'`);
  }
  if (s === null) rt.typeError("capwords() missing 1 required positional argument: 's'");
  const sepArg = sep ?? rt.None;
  const split = getAttr(rt, s, 'split');
  let parts: PyObject;
  try { parts = rt.call(split, [sepArg]); } finally { rt.decref(split); }
  try {
    const capitalize = rt.t.str.dict.getStr('capitalize')!;
    const items = rt.iterate(parts);
    const words: PyObject[] = [];
    try {
      for (const w of items) words.push(rt.call(capitalize, [w]));
    } catch (e) {
      for (const x of words) rt.decref(x);
      throw e;
    } finally {
      for (const w of items) rt.decref(w);
    }
    const list = rt.newList(words);
    try {
      const joiner = rt.truthy(sepArg) ? sepArg : rt.latin1[32]!;
      const join = getAttr(rt, joiner, 'join');
      try { return rt.call(join, [list]); } finally { rt.decref(join); }
    } finally { rt.decref(list); }
  } finally { rt.decref(parts); }
}

