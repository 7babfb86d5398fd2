// The paused program's call stack for DAP `stackTrace` (frames named by
// co_qualname, 1-based lines and columns from the code's position table), and
// the traceback text shown for an exception stopped at where it was raised.

import type { Runtime } from '../runtime/runtime';
import type { Frame } from '../runtime/vm/frame';
import type { PyObject } from '../runtime/objects/object';
import type { StackFrameInfo, ExceptionStopInfo } from './messages';
import { exceptionMessage } from './pyRepr';

export function stackInfo(rt: Runtime, atLine: boolean, hidden: number): StackFrameInfo[] {
  const out: StackFrameInfo[] = [];
  let skip = hidden;
  for (let f = rt.frame; f !== null; f = f.back) {
    if (skip > 0) { skip--; continue; }
    const p = f.code.positions;
    const i = Math.max(0, f.lasti);
    if (atLine && f === rt.frame) {
      // Stopped at the start of a line: the whole statement, from its first character.
      const text = rt.sources.get(f.code.filename)?.[f.lineno - 1] ?? '';
      out.push({ name: f.code.qualname, filename: f.code.filename, line: f.lineno, column: text.length - text.trimStart().length + 1 });
      continue;
    }
    // A caller (at its call) or an exception's raise point: the expression being run.
    out.push({
      name: f.code.qualname,
      filename: f.code.filename,
      line: f.lineno,
      column: p[4 * i + 2] >= 0 ? p[4 * i + 2] + 1 : 1,
      endLine: p[4 * i + 1] > 0 ? p[4 * i + 1] : f.lineno,
      endColumn: p[4 * i + 3] >= 0 ? p[4 * i + 3] + 1 : 1,
    });
  }
  return out;
}

/** "Traceback (most recent call last):" with the frames active now (outermost first) and the exception line. */
export function raisedExceptionInfo(rt: Runtime, top: Frame, exc: PyObject): ExceptionStopInfo {
  const frames: Frame[] = [];
  for (let f: Frame | null = top; f !== null; f = f.back) frames.unshift(f);
  let text = 'Traceback (most recent call last):\n';
  for (const f of frames) {
    text += `  File "${f.code.filename}", line ${f.lineno}, in ${f.code.name}\n`;
    const src = rt.sources.get(f.code.filename)?.[f.lineno - 1]?.trim();
    if (src) text += `    ${src}\n`;
  }
  const msg = exceptionMessage(rt, exc);
  const mod = exc.type.module === 'builtins' ? '' : `${exc.type.module}.`;
  const description = msg ? `${mod}${exc.type.qualname}: ${msg}` : `${mod}${exc.type.qualname}`;
  return { typeName: exc.type.name, description, traceback: text + description + '\n', breakMode: 'always' };
}
