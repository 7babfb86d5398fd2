// sys.stdin, sys.stdout and sys.stderr: one TextIOWrapper-like type whose objects write to the
// host's streams or read the configured stdin text (shared with input()).
// cf. Modules/_io/textio.c _io_TextIOWrapper_write_impl, _io_TextIOWrapper_read_impl,
// _io_TextIOWrapper_readline_impl.

import type { PyObject } from '../objects/object';
import { PyRaise } from '../objects/object';
import { PyType } from '../objects/type';
import type { PyStr } from '../objects/core';
import type { Runtime } from '../runtime';
import { defMethod, defGetSet } from '../objects/native';
import { newDict } from '../objects/dictops';
import { ssizeArg } from '../objects/strmethods-args';

/**
 * The next line of the configured stdin with its '\n' (at most `limit` characters when >= 0), or ''
 * at its end. sys.stdin.readline and input() both read through it, so they share one position.
 */
export function readStdinLine(rt: Runtime, limit = -1): string {
  const text = rt.stdinText;
  if (rt.stdinPos >= text.length) return '';
  let end = text.indexOf('\n', rt.stdinPos);
  end = end < 0 ? text.length : end + 1;
  if (limit >= 0) end = Math.min(end, rt.stdinPos + limit);
  const line = text.slice(rt.stdinPos, end);
  rt.stdinPos = end;
  return line;
}

export function installStdStreams(rt: Runtime): void {
  const t = rt.t;
  const streamType = new PyType(rt, t.type, 'TextIOWrapper', 'object');
  streamType.isStatic = true; streamType.refcnt = 999999999; streamType.addr = rt.staticAddress(904);
  streamType.base = t.object; streamType.bases = [t.object]; streamType.mro = [streamType, t.object];
  streamType.module = '_io';
  streamType.dict = newDict(rt);
  defMethod(streamType, 'write', (self, args) => {
    const s = args[0];
    if (s.type !== rt.t.str) rt.typeError(`write() argument must be str, not ${s.type.name}`);
    const stream = streamOf(self);
    if (stream === 'stdin') rt.raise(rt.t.OSError, 'not writable');
    rt.host.write(stream, (s as PyStr).v);
    return rt.newInt([...(s as PyStr).v].length);
  });
  defMethod(streamType, 'flush', () => rt.none());
  defMethod(streamType, 'writelines', (self, args) => {
    for (const s of rt.iterate(args[0])) { rt.host.write((self as unknown as { stream: 'stdout' | 'stderr' }).stream, (s as PyStr).v); rt.decref(s); }
    return rt.none();
  });
  const streamOf = (self: PyObject) => (self as unknown as { stream: 'stdin' | 'stdout' | 'stderr' }).stream;
  defMethod(streamType, '__repr__', (self) => rt.newStr(`<_io.TextIOWrapper name='<${streamOf(self)}>' mode='${streamOf(self) === 'stdin' ? 'r' : 'w'}' encoding='utf-8'>`));
  defGetSet(streamType, 'encoding', () => rt.newStr('utf-8'));
  defGetSet(streamType, 'name', (self) => rt.newStr(`<${streamOf(self)}>`));
  defGetSet(streamType, 'mode', (self) => rt.newStr(streamOf(self) === 'stdin' ? 'r' : 'w'));
  // sys.stdin: the configured stdin text, shared with input(). cf. Modules/_io/textio.c
  // _io_TextIOWrapper_read_impl / _io_TextIOWrapper_readline_impl.
  const readable = (self: PyObject) => { if (streamOf(self) !== 'stdin') rt.raise(rt.t.OSError, 'not readable'); };
  const sizeArg = (args: PyObject[]): number => (args.length > 0 && args[0] !== rt.None ? ssizeArg(rt, args[0]) : -1);
  defMethod(streamType, 'read', (self, args) => {
    readable(self);
    const n = sizeArg(args);
    const text = rt.stdinText;
    const end = n < 0 ? text.length : Math.min(text.length, rt.stdinPos + n);
    const out = rt.stdinPos < end ? text.slice(rt.stdinPos, end) : '';
    rt.stdinPos = Math.max(rt.stdinPos, end);
    return rt.newStr(out);
  });
  defMethod(streamType, 'readline', (self, args) => { readable(self); return rt.newStr(readStdinLine(rt, sizeArg(args))); });
  defMethod(streamType, 'readlines', (self) => {
    readable(self);
    const lines: PyObject[] = [];
    for (let l = readStdinLine(rt); l !== ''; l = readStdinLine(rt)) lines.push(rt.newStr(l));
    return rt.newList(lines);
  });
  defMethod(streamType, 'readable', (self) => rt.newBool(streamOf(self) === 'stdin'));
  defMethod(streamType, 'writable', (self) => rt.newBool(streamOf(self) !== 'stdin'));
  defMethod(streamType, 'isatty', () => rt.newBool(false));
  defMethod(streamType, '__iter__', (self) => { readable(self); self.refcnt++; return self; });
  defMethod(streamType, '__next__', (self) => {
    const l = readStdinLine(rt);
    if (l === '') throw new PyRaise(rt.newException(rt.t.StopIteration, null));
    return rt.newStr(l);
  });
  rt.newStreamObject = (stream) => {
    const o = Object.assign(Object.create(Object.getPrototypeOf(rt.None)), { type: streamType, refcnt: 1, addr: 0, gcGen: -1, gcRefs: 0, weakrefs: null, stream }) as PyObject;
    rt.allocObject(o, 208);
    return o;
  };
}
