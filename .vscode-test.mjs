// @vscode/test-cli's configuration: `npm run test:integration` downloads VS Code (stable) with
// @vscode/test-electron, starts it on test/integration/workspace with this extension under
// development (all others disabled) and runs the suite in its extension host.
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  label: 'integration',
  files: 'out/integration/suite/**/*.test.js',
  workspaceFolder: 'test/integration/workspace',
  version: 'stable',
  launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
  mocha: { ui: 'tdd', timeout: 120000 },
});
