// Warnings as CPython's default filters show them, for the simulated modules
// that call warnings.warn (random.randrange's deprecations, _randbelow's
// UserWarning): "FILE:LINE: Category: message" plus the source line on stderr,
// once per location, only for code in __main__ (the default filters ignore
// DeprecationWarning elsewhere). cf. Lib/warnings.py formatwarning,
// Python/_warnings.c (default action "default": once per location).

import type { Runtime } from '../runtime';
import type { Frame } from '../vm/frame';

const SHOWN = new WeakMap<Runtime, Set<string>>();

/** Where a warning is attributed when it is not the calling Python frame (code inside Lib/*.py). */
export interface WarnSite { filename: string; lineno: number; line: string; module: string }

/** warnings.warn(message, category, stacklevel=2) issued by a native function called from
 * Python, or attributed to `site` (a line of a simulated library module). */
export function warnAt(rt: Runtime, category: 'DeprecationWarning' | 'UserWarning', message: string, site: WarnSite | null = null): void {
  let filename: string;
  let lineno: number;
  let src: string | undefined;
  let modName: string | null;
  if (site !== null) {
    ({ filename, lineno, module: modName } = site);
    src = site.line;
  } else {
    const f: Frame | null = rt.frame;
    if (f === null) return;
    const m = f.globals.getStr('__name__');
    modName = m !== null ? (m as unknown as { v?: string }).v ?? null : null;
    filename = f.code.filename;
    lineno = f.lineno;
    src = rt.sources?.get(filename)?.[lineno - 1]?.trim();
  }
  if (category === 'DeprecationWarning' && modName !== '__main__') return;
  let shown = SHOWN.get(rt);
  if (shown === undefined) { shown = new Set(); SHOWN.set(rt, shown); }
  const key = `${category}\u0000${message}\u0000${filename}\u0000${lineno}`;
  if (shown.has(key)) return;
  shown.add(key);
  rt.host.write('stderr', `${filename}:${lineno}: ${category}: ${message}\n${src ? `  ${src}\n` : ''}`);
}
