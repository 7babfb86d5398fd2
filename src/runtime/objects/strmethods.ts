// str methods: searching, splitting, stripping, replacing and padding.
// cf. Objects/unicodeobject.c (unicode_find, unicode_count, unicode_index,
// unicode_startswith, unicode_split_impl, unicode_partition, unicode_strip,
// unicode_replace_impl, unicode_center_impl, unicode_zfill_impl, unicode_expandtabs_impl,
// unicode_splitlines_impl, unicode_removeprefix_impl) and Objects/stringlib.

import type { PyObject } from './object';
import { PyStr, PyTuple } from './core';
import type { PyType } from './type';
import type { Runtime } from '../runtime';
import { defMethod } from './native';
import {
  STR_MODE, findIn, countIn, tailMatch, splitWhitespace, rsplitWhitespace, splitSep, rsplitSep, splitLines,
  partitionAt, stripText, replaceText, expandTabs, centerText, ljustText, rjustText, zfillText, cpLen,
} from './strmethods-text';
import {
  oneArg, posArgs, tupleArgs, kwArgs, isStr, ssizeArg, cIntArg, sliceIndex, strResult, indexValue,
} from './strmethods-args';

const BIG = 9223372036854775807;

/** The `sub[, start[, end]]` arguments of find/index/count (PyArg_ParseTuple "O|OO"). */
function subArgs(rt: Runtime, name: string, args: PyObject[], kw: Array<[string, PyObject]> | null): [PyStr, number, number] {
  tupleArgs(rt, name, args, kw, 1, 3);
  const sub = args[0];
  if (!isStr(rt, sub)) rt.typeError(`must be str, not ${sub.type.name}`);
  const start = sliceIndex(rt, args[1] ?? null, 0);
  const end = sliceIndex(rt, args[2] ?? null, BIG);
  return [sub, start, end];
}

/** A list of new strs; a single part equal to the whole exact str reuses it (as stringlib's split does). */
export function strList(rt: Runtime, self: PyObject, parts: string[]): PyObject {
  const s = (self as PyStr).v;
  if (parts.length === 1 && parts[0] === s && self.type === rt.t.str) {
    self.refcnt++;
    return rt.newList([self]);
  }
  return rt.newList(parts.map((p) => rt.newStr(p)));
}

/** The fill character argument of center/ljust/rjust. */
function fillArg(rt: Runtime, o: PyObject | undefined): string {
  if (o === undefined) return ' ';
  if (!isStr(rt, o)) rt.typeError(`The fill character must be a unicode character, not ${o.type.name}`);
  if (cpLen(o.v) !== 1) rt.typeError('The fill character must be exactly one character long');
  return o.v;
}

export function installStrMethods(rt: Runtime, S: PyType): void {
  const sv = (o: PyObject): string => (o as PyStr).v;

  // ---- find / index / count -----------------------------------------------------------
  for (const [name, reverse, raise] of [['find', false, false], ['rfind', true, false], ['index', false, true], ['rindex', true, true]] as const) {
    defMethod(S, name, (self, args, kw) => {
      const [sub, start, end] = subArgs(rt, name, args, kw);
      const r = findIn(sv(self), sub.v, start, end, reverse);
      if (r < 0 && raise) rt.valueError('substring not found');
      return rt.newInt(r);
    });
  }
  defMethod(S, 'count', (self, args, kw) => {
    const [sub, start, end] = subArgs(rt, 'count', args, kw);
    return rt.newInt(countIn(sv(self), sub.v, start, end));
  });

  for (const [name, atEnd] of [['startswith', false], ['endswith', true]] as const) {
    defMethod(S, name, (self, args, kw) => {
      tupleArgs(rt, name, args, kw, 1, 3);
      const start = sliceIndex(rt, args[1] ?? null, 0);
      const end = sliceIndex(rt, args[2] ?? null, BIG);
      const x = args[0];
      const s = sv(self);
      if (x instanceof PyTuple && x.type.isSubtypeOf(rt.t.tuple)) {
        for (const item of x.items) {
          if (!isStr(rt, item)) rt.typeError(`tuple for ${name} must only contain str, not ${item.type.name}`);
          if (tailMatch(s, item.v, start, end, atEnd)) return rt.newBool(true);
        }
        return rt.newBool(false);
      }
      if (!isStr(rt, x)) rt.typeError(`${name} first arg must be str or a tuple of str, not ${x.type.name}`);
      return rt.newBool(tailMatch(s, x.v, start, end, atEnd));
    });
  }

  // ---- split family ---------------------------------------------------------------------
  for (const [name, rev] of [['split', false], ['rsplit', true]] as const) {
    defMethod(S, name, (self, args, kw) => {
      const [sepO, maxO] = kwArgs(rt, name, args, kw, ['sep', 'maxsplit']);
      const maxsplit = maxO === null ? -1 : ssizeArg(rt, maxO);
      const s = sv(self);
      let parts: string[];
      if (sepO === null || sepO === rt.None) {
        parts = rev ? rsplitWhitespace(s, maxsplit, STR_MODE) : splitWhitespace(s, maxsplit, STR_MODE);
      } else {
        if (!isStr(rt, sepO)) rt.typeError(`must be str or None, not ${sepO.type.name}`);
        if (sepO.v.length === 0) rt.valueError('empty separator');
        parts = rev ? rsplitSep(s, sepO.v, maxsplit) : splitSep(s, sepO.v, maxsplit);
      }
      return strList(rt, self, parts);
    });
  }
  defMethod(S, 'splitlines', (self, args, kw) => {
    const [keepO] = kwArgs(rt, 'splitlines', args, kw, ['keepends']);
    const keep = keepO === null ? false : cIntArg(rt, keepO) !== 0;
    return strList(rt, self, splitLines(sv(self), keep, STR_MODE));
  });

  for (const [name, rev] of [['partition', false], ['rpartition', true]] as const) {
    defMethod(S, name, (self, args, kw) => {
      const sep = oneArg(rt, `str.${name}`, args, kw);
      if (!isStr(rt, sep)) rt.typeError(`must be str, not ${sep.type.name}`);
      if (sep.v.length === 0) rt.valueError('empty separator');
      const r = partitionAt(sv(self), sep.v, rev);
      if (r === null) {
        // Not found: (self, '', '') or ('', '', self), reusing the objects.
        self.refcnt++;
        const e1 = rt.newStr('');
        const e2 = rt.newStr('');
        return rt.newTuple(rev ? [e1, e2, self] : [self, e1, e2]);
      }
      sep.refcnt++;
      return rt.newTuple([rt.newStr(r[0]), sep, rt.newStr(r[1])]);
    });
  }

  // ---- strip family ---------------------------------------------------------------------
  for (const [name, left, right] of [['strip', true, true], ['lstrip', true, false], ['rstrip', false, true]] as const) {
    defMethod(S, name, (self, args, kw) => {
      posArgs(rt, name, `str.${name}`, args, kw, 0, 1);
      const c = args[0];
      let chars: string | null = null;
      if (c !== undefined && c !== rt.None) {
        if (!isStr(rt, c)) rt.typeError(`${name} arg must be None or str`);
        chars = c.v;
      }
      return strResult(rt, self, stripText(sv(self), chars, left, right, STR_MODE));
    });
  }
  for (const [name, prefix] of [['removeprefix', true], ['removesuffix', false]] as const) {
    defMethod(S, name, (self, args, kw) => {
      const a = oneArg(rt, `str.${name}`, args, kw);
      if (!isStr(rt, a)) rt.typeError(`${name}() argument must be str, not ${a.type.name}`);
      const s = sv(self);
      const p = a.v;
      if (p.length === 0) return strResult(rt, self, null);
      if (prefix && s.startsWith(p)) return rt.newStr(s.slice(p.length));
      if (!prefix && s.endsWith(p)) return rt.newStr(s.slice(0, s.length - p.length));
      return strResult(rt, self, null);
    });
  }

  // ---- replace / expandtabs -----------------------------------------------------------------
  defMethod(S, 'replace', (self, args, kw) => {
    posArgs(rt, 'replace', 'str.replace', args, kw, 2, 3);
    const [old, rep] = args;
    if (!isStr(rt, old)) rt.typeError(`replace() argument 1 must be str, not ${old.type.name}`);
    if (!isStr(rt, rep)) rt.typeError(`replace() argument 2 must be str, not ${rep.type.name}`);
    const count = args.length > 2 ? ssizeArg(rt, args[2]) : -1;
    if (old === rep) return strResult(rt, self, null);
    const r = replaceText(sv(self), old.v, rep.v, count);
    if (r !== null && r.length > (1 << 28)) rt.memoryError();
    return r === null ? strResult(rt, self, null) : rt.newStr(r);
  });
  defMethod(S, 'expandtabs', (self, args, kw) => {
    const [t] = kwArgs(rt, 'expandtabs', args, kw, ['tabsize']);
    const tabsize = t === null ? 8 : cIntArg(rt, t);
    return strResult(rt, self, expandTabs(sv(self), tabsize));
  });

  // ---- padding --------------------------------------------------------------------------------
  for (const [name, fn] of [['center', centerText], ['ljust', ljustText], ['rjust', rjustText]] as const) {
    defMethod(S, name, (self, args, kw) => {
      posArgs(rt, name, `str.${name}`, args, kw, 1, 2);
      const width = ssizeArg(rt, args[0]);
      const fill = fillArg(rt, args[1]);
      if (width > (1 << 28)) rt.memoryError();
      return strResult(rt, self, fn(sv(self), width, fill));
    });
  }
  defMethod(S, 'zfill', (self, args, kw) => {
    const w = oneArg(rt, 'str.zfill', args, kw);
    const width = ssizeArg(rt, w);
    if (width > (1 << 28)) rt.memoryError();
    return strResult(rt, self, zfillText(sv(self), width));
  });

  void indexValue;
}
