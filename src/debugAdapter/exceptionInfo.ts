// DAP `exceptionInfo`: what the runner said about the exception the program stopped at, with
// CPython's traceback text as the stack trace.
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { ExceptionStopInfo } from './messages';
import { RequestError } from './requestError';

export function exceptionInfoBody(e: ExceptionStopInfo | undefined): DebugProtocol.ExceptionInfoResponse['body'] {
  if (!e) throw new RequestError('The program is not stopped at an exception.');
  return {
    exceptionId: e.typeName,
    description: e.description,
    breakMode: e.breakMode,
    details: { message: e.description, typeName: e.typeName, stackTrace: e.traceback },
  };
}
