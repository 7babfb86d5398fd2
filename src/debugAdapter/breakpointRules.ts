// Breakpoint rules shared by the session (validation) and the runner (hits):
// hit conditions as VS Code's debuggers read them (DAP SourceBreakpoint
// `hitCondition`: `5` or `>= 5` break from the 5th hit on, `== 5` / `= 5` only
// at the 5th, `> 5`, `< 5`, `<= 5`, and `% 5` every 5th), and log messages
// with `{expression}` parts (DAP `logMessage`; `{{` and `}}` are literal braces).

const HIT_RE = /^\s*(>=|<=|===|==|=|>|<|%)?\s*(\d+)\s*$/;

/** null when the hit condition is valid, else why not. */
export function hitConditionError(cond: string): string | null {
  return HIT_RE.test(cond) ? null : `Invalid hit condition '${cond}': use a number, optionally after >, >=, ==, <, <= or %.`;
}

export function hitConditionMet(cond: string, hits: number): boolean {
  const m = HIT_RE.exec(cond);
  if (!m) return false;
  const n = Number(m[2]);
  switch (m[1] ?? '>=') {
    case '>=': return hits >= n;
    case '<=': return hits <= n;
    case '=': case '==': case '===': return hits === n;
    case '>': return hits > n;
    case '<': return hits < n;
    case '%': return n > 0 && hits % n === 0;
  }
  return false;
}

export type LogPart = { text: string } | { expr: string };

/** Split a log message into literal text and `{expression}` parts. */
export function parseLogMessage(msg: string): LogPart[] {
  const parts: LogPart[] = [];
  let text = '';
  for (let i = 0; i < msg.length; i++) {
    const c = msg[i];
    if ((c === '{' || c === '}') && msg[i + 1] === c) { text += c; i++; continue; }
    if (c === '{') {
      let depth = 1;
      let j = i + 1;
      for (; j < msg.length && depth > 0; j++) {
        if (msg[j] === '{') depth++;
        else if (msg[j] === '}') depth--;
      }
      if (depth > 0) { text += msg.slice(i); break; }
      if (text) { parts.push({ text }); text = ''; }
      parts.push({ expr: msg.slice(i + 1, j - 1) });
      i = j - 1;
      continue;
    }
    text += c;
  }
  if (text) parts.push({ text });
  return parts;
}
