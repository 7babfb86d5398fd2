// dist/debugAdapter.js: the RefScope debug adapter over stdin/stdout, usable by any DAP client.
// Loaded as a module (the extension's inline mode) it only exports the session class.
import { DebugSession } from '@vscode/debugadapter';
import { RefScopeDebugSession } from './session';

export { RefScopeDebugSession };

if (require.main === module) DebugSession.run(RefScopeDebugSession);
