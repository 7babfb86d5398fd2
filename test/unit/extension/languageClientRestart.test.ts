// The language client's restart policy: a server that dies is restarted and the user told once;
// after more than 5 deaths within 3 minutes it is left stopped (and the user told so).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RestartPolicy } from '../../../src/extension/restartPolicy';

test('restart and tell once, then restart quietly, then give up after 5 deaths in 3 minutes', () => {
  const p = new RestartPolicy();
  const t0 = 1_000_000;
  assert.equal(p.onClosed(t0), 'restart-and-tell');
  for (let i = 1; i < 5; i++) assert.equal(p.onClosed(t0 + i * 1000), 'restart');
  assert.equal(p.onClosed(t0 + 5000), 'give-up');
});

test('deaths older than the window are forgotten', () => {
  const p = new RestartPolicy(5, 180_000);
  for (let i = 0; i < 5; i++) p.onClosed(i * 1000);
  assert.equal(p.onClosed(200_000), 'restart', 'the first deaths are more than 3 minutes old');
});
