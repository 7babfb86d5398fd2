// dist/debugAdapter.js: the RefScope debug adapter over stdin/stdout, usable by any DAP client.
import { DebugSession } from '@vscode/debugadapter';
import { RefScopeDebugSession } from './session';

DebugSession.run(RefScopeDebugSession);
