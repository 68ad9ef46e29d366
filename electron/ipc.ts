/**
 * The Electron door's handler, free of Electron itself so the dispatch tests cover
 * it: check the calling frame is our own app page, then hand the payload to the
 * core's dispatch (which validates it) and return the result as an envelope.
 */
import { ApiError } from '../shared/api/contract';
import { envelopeOf, type Envelope } from '../shared/api/envelope';
import type { ApiMethod } from '../shared/api/methods';
import type { Core } from './core/core';

export const APP_ORIGIN = 'gouji://app';

export interface IpcCaller {
  senderFrame: { url: string } | null;
}

export function isTrustedSender(event: IpcCaller): boolean {
  const url = event.senderFrame?.url ?? '';
  return url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
}

export function createIpcHandler(core: Core, method: ApiMethod): (event: IpcCaller, input: unknown) => Promise<Envelope> {
  return (event, input) =>
    envelopeOf(async () => {
      if (!isTrustedSender(event)) throw new ApiError('FORBIDDEN', `IPC call ${method} from an untrusted frame`);
      return core.dispatch(method, input);
    });
}
