// The simulated sys module. cf. Python/sysmodule.c.

import type { PyObject } from '../objects/object';
import { PyModule, PyStr, PyInt } from '../objects/core';
import type { Runtime } from '../runtime';
import { defFunction, checkArgCount, newBuiltin } from '../objects/native';
import { newDict, dictSetStr } from '../objects/dictops';
import { maxStrDigits } from '../objects/num/common';
import { MAX_STR_DIGITS_THRESHOLD } from '../objects/format/index';
import { clinicArgs } from './nativeTypes';
import { makeStructSeqType, newStructSeq } from '../objects/structseq';

export function installSys(rt: Runtime): void {
  rt.modules.register('sys', (r) => makeSys(r));
}

function makeSys(rt: Runtime): PyModule {
  const d = newDict(rt);
  const m = new PyModule(rt.t.module, 'sys', d);
  rt.allocObject(m, 56);
  rt.gc.track(m);
  const set = (k: string, v: PyObject) => { dictSetStr(rt, d, k, v); rt.decref(v); };
  set('__name__', rt.newStr('sys'));
  const fn = (name: string, f: (args: PyObject[], kw: Array<[string, PyObject]> | null) => PyObject) => defFunction(rt, d, name, f, 'sys');
  fn('getrefcount', (args) => { checkArgCount(rt, 'getrefcount', args, 1, 1); return rt.newInt(args[0].refcnt); });
  fn('getsizeof', (args) => {
    checkArgCount(rt, 'getsizeof', args, 1, 2);
    return rt.newInt(rt.getsizeof(args[0]));
  });
  fn('exit', (args) => {
    const e = rt.newException(rt.t.SystemExit, args.length > 0 ? args[0] : null);
    throw new (rt.raiseClass())(e);
  });
  fn('intern', (args) => {
    const s = args[0];
    if (s.type !== rt.t.str) rt.typeError(`intern() argument must be str, not ${s.type.name}`);
    const v = (s as PyStr).v;
    const found = rt.interned.get(v);
    if (found) { found.refcnt++; return found; }
    (s as PyStr).interned = true;
    rt.interned.set(v, s as PyStr);
    s.refcnt++;
    return s;
  });
  fn('getrecursionlimit', () => rt.newInt(rt.recursionLimit));
  // cf. sysmodule.c sys_getdefaultencoding_impl, sys_getfilesystemencoding_impl: UTF-8 on Linux.
  fn('getdefaultencoding', (args) => { checkArgCount(rt, 'getdefaultencoding', args, 0, 0); return rt.newStr('utf-8'); });
  fn('getfilesystemencoding', (args) => { checkArgCount(rt, 'getfilesystemencoding', args, 0, 0); return rt.newStr('utf-8'); });
  fn('setrecursionlimit', (args) => {
    const n = Number((args[0] as PyInt).v);
    if (n < 1) rt.valueError('recursion limit must be greater or equal than 1');
    rt.recursionLimit = n;
    return rt.none();
  });
  fn('_getframe', () => { const f = rt.frame!; const fo = rt.frameObject(f); fo.refcnt++; return fo; });
  fn('exc_info', () => {
    const h = rt.handled;
    if (h === null || h === rt.None) return rt.newTuple([rt.none(), rt.none(), rt.none()]);
    h.type.refcnt++; h.refcnt++;
    const tb = (h as unknown as { traceback: PyObject | null }).traceback ?? rt.None;
    tb.refcnt++;
    return rt.newTuple([h.type, h, tb]);
  });
  fn('_debugmallocstats', () => {
    // Printed to stderr, as CPython does (cf. Objects/obmalloc.c _PyObject_DebugMallocStats).
    rt.host.write('stderr', rt.mem.debugMallocStats(rt.freelists.statsLines()));
    return rt.none();
  });
  fn('exception', () => { const h = rt.handled; if (h === null) return rt.none(); h.refcnt++; return h; });
  // cf. sysmodule.c sys_get_int_max_str_digits / sys_set_int_max_str_digits_impl
  fn('get_int_max_str_digits', (args) => { checkArgCount(rt, 'get_int_max_str_digits', args, 0, 0); return rt.newInt(maxStrDigits(rt)); });
  fn('set_int_max_str_digits', (args, kw) => {
    // _PyArg_ParseStackAndKeywords with format "i:set_int_max_str_digits"
    const given = args.length + (kw?.length ?? 0);
    if (given > 1) rt.typeError(`set_int_max_str_digits() takes at most 1 ${args.length === 0 ? 'keyword ' : ''}argument (${given} given)`);
    const [m] = clinicArgs(rt, 'set_int_max_str_digits', args, kw, ['maxdigits'], true);
    const v = rt.indexValue(m!);
    if (v > 2147483647n || v < -2147483648n) rt.raise(rt.t.OverflowError, 'Python int too large to convert to C int');
    const n = Number(v);
    if (n !== 0 && n < MAX_STR_DIGITS_THRESHOLD) rt.valueError(`maxdigits must be 0 or larger than ${MAX_STR_DIGITS_THRESHOLD}`);
    rt.intMaxStrDigits = n;
    return rt.none();
  });
  // cf. sysmodule.c sys_displayhook: print repr(o) and keep it in builtins._ (None is not shown).
  const displayhook = fn('displayhook', (args) => {
    checkArgCount(rt, 'displayhook', args, 1, 1);
    const o = args[0];
    if (o === rt.None) return rt.none();
    dictSetStr(rt, rt.builtins, '_', rt.None);
    rt.writeStdout(rt.repr(o) + '\n');
    dictSetStr(rt, rt.builtins, '_', o);
    return rt.none();
  });
  dictSetStr(rt, d, '__displayhook__', displayhook);
  // sys.modules: from now on it owns the modules (cf. import.c, interp->modules).
  const modules = newDict(rt);
  rt.modules.attachModulesDict(modules);
  set('modules', modules);
  const argv = rt.newList((rt.options.argv ?? ['']).map((a) => rt.newStr(a)));
  set('argv', argv);
  set('maxsize', rt.newInt(9223372036854775807n));
  set('version', rt.newStr('3.11.7 (main, RefScope simulated) [TypeScript]'));
  set('platform', rt.newStr('linux'));
  set('byteorder', rt.newStr('little'));
  // The struct sequences and namespace of sysmodule.c (make_version_info, get_hash_info,
  // PyFloat_GetInfo, PyLong_GetInfo, make_impl_info), with CPython 3.11.7's values on 64-bit Linux.
  const seq = (name: string, fields: string[], values: PyObject[]): PyObject =>
    newStructSeq(rt, makeStructSeqType(rt, name, fields), values);
  const versionInfo = () => seq('sys.version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial'],
    [rt.newInt(3), rt.newInt(11), rt.newInt(7), rt.newStr('final'), rt.newInt(0)]);
  const vi = versionInfo();
  vi.refcnt++;
  set('version_info', vi);
  set('hexversion', rt.newInt(0x030b07f0));
  set('implementation', (() => {
    const vals: Array<[string, PyObject]> = [['name', rt.newStr('cpython')], ['cache_tag', rt.newStr('cpython-311')],
      ['version', vi], ['hexversion', rt.newInt(0x030b07f0)], ['_multiarch', rt.newStr('x86_64-linux-gnu')]];
    const ns = rt.newNamespace(vals);
    for (const [, v] of vals) rt.decref(v);
    return ns;
  })());
  set('hash_info', seq('sys.hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'],
    [rt.newInt(64), rt.newInt(2305843009213693951n), rt.newInt(314159), rt.newInt(0), rt.newInt(1000003), rt.newStr('siphash13'),
      rt.newInt(64), rt.newInt(128), rt.newInt(0)]));
  set('float_info', seq('sys.float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'],
    [rt.newFloat(Number.MAX_VALUE), rt.newInt(1024), rt.newInt(308), rt.newFloat(2.2250738585072014e-308), rt.newInt(-1021), rt.newInt(-307),
      rt.newInt(15), rt.newInt(53), rt.newFloat(Number.EPSILON), rt.newInt(2), rt.newInt(1)]));
  set('int_info', seq('sys.int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'],
    [rt.newInt(30), rt.newInt(4), rt.newInt(4300), rt.newInt(640)]));
  // sysmodule.c make_flags: python3 as RefScope models it (the conformance goldens' environment:
  // PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1, PYTHONNOUSERSITE=1).
  const flags: Array<[string, number | boolean]> = [['debug', 0], ['inspect', 0], ['interactive', 0], ['optimize', 0],
    ['dont_write_bytecode', 1], ['no_user_site', 1], ['no_site', 0], ['ignore_environment', 0], ['verbose', 0],
    ['bytes_warning', 0], ['quiet', 0], ['hash_randomization', 0], ['isolated', 0], ['dev_mode', false], ['utf8_mode', 0],
    ['warn_default_encoding', 0], ['safe_path', false], ['int_max_str_digits', -1]];
  set('flags', seq('sys.flags', flags.map(([n]) => n), flags.map(([, v]) => (typeof v === 'boolean' ? rt.newBool(v) : rt.newInt(v)))));
  set('maxunicode', rt.newInt(0x10ffff));
  set('float_repr_style', rt.newStr('short'));
  set('path', rt.newList([rt.newStr('')]));
  for (const [name, stream] of [['stdin', 'stdin'], ['stdout', 'stdout'], ['stderr', 'stderr']] as const) {
    const so = rt.newStreamObject(stream);
    set(name, so);
    set(`__${name}__`, (so.refcnt++, so));
  }
  void newBuiltin;
  return m;
}

declare module '../runtime' {
  interface Runtime {
    raiseClass(): new (exc: PyObject) => unknown;
    newStreamObject(stream: 'stdin' | 'stdout' | 'stderr'): PyObject;
  }
}
