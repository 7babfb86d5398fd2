// Warnings as CPython's default filters show them, for the simulated modules
// that call warnings.warn (random.randrange's deprecations, _randbelow's
// UserWarning): "FILE:LINE: Category: message" plus the source line on stderr,
// once per location, only for code in __main__ (the default filters ignore
// DeprecationWarning elsewhere). cf. Lib/warnings.py formatwarning,
// Python/_warnings.c (default action "default": once per location).

import type { Runtime } from '../runtime';
import type { Frame } from '../vm/frame';

const SHOWN = new WeakMap<Runtime, Set<string>>();

/** warnings.warn(message, category, stacklevel=2) issued by a native function called from Python. */
export function warnAt(rt: Runtime, category: 'DeprecationWarning' | 'UserWarning', message: string): void {
  const f: Frame | null = rt.frame;
  if (f === null) return;
  const modName = f.globals.getStr('__name__');
  const inMain = modName !== null && (modName as unknown as { v?: string }).v === '__main__';
  if (category === 'DeprecationWarning' && !inMain) return;
  const filename = f.code.filename;
  const lineno = f.lineno;
  let shown = SHOWN.get(rt);
  if (shown === undefined) { shown = new Set(); SHOWN.set(rt, shown); }
  const key = `${category}\u0000${message}\u0000${filename}\u0000${lineno}`;
  if (shown.has(key)) return;
  shown.add(key);
  const lines = rt.sources?.get(filename);
  const src = lines?.[lineno - 1]?.trim();
  rt.host.write('stderr', `${filename}:${lineno}: ${category}: ${message}\n${src ? `  ${src}\n` : ''}`);
}
