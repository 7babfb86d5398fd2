// Small helpers about a timeline's runners (session side): the history of
// debugger changes up to a point, and what a spare runner is told when the
// session adopts it (see messages.ts and checkpoints.ts).

import type { RunnerSetup, HistoryEntry, Target, Adoption } from './messages';

/** The part of a runner's setup a spare runner is told when it is adopted. */
export function adoption(s: RunnerSetup): Adoption {
  return {
    config: s.config, history: s.history, target: s.target, targetReason: s.targetReason, quietChars: s.quietChars,
    reverseFrom: s.reverseFrom, skipUncaughtStop: s.skipUncaughtStop, targetException: s.targetException,
  };
}

/** History entries up to and including `target` (later ones belong to a future that is being rewound). */
export function historyUpTo(history: HistoryEntry[], target: Target): HistoryEntry[] {
  return history.filter((e) => e.at.ev <= target.ev);
}
