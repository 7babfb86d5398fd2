// The integration suite's runner for extension hosts that load a test module by path
// (`--extensionTestsPath`): VS Code's classic `run()` contract. @vscode/test-cli brings its own
// runner for desktop; this one serves the code-server route (test/e2e/integration.mjs), where the
// workbench's `payload` names it. It runs every out/integration/suite/*.test.js with Mocha (TDD
// interface, as @vscode/test-cli's config says) and, when REFSCOPE_TEST_RESULTS names a file,
// writes the results there as JSON for the driver outside the extension host.

import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface TestResult { title: string; state: 'passed' | 'failed'; durationMs: number; error?: string }

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 120_000, color: false });
  const suiteDir = path.join(__dirname, 'suite');
  for (const f of fs.readdirSync(suiteDir).filter((n) => n.endsWith('.test.js')).sort()) mocha.addFile(path.join(suiteDir, f));
  const results: TestResult[] = [];
  const out = process.env.REFSCOPE_TEST_RESULTS;
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (out) fs.writeFileSync(out, JSON.stringify({ failures, results }, null, 2));
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration ?? 0 }));
    runner.on('fail', (t, err: Error) => results.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration ?? 0, error: String(err?.stack ?? err) }));
  });
}
