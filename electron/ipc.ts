/**
 * The Electron door's handler, free of Electron itself so the dispatch tests cover
 * it: check the calling frame is our own app page, then hand the payload to the
 * core's dispatch (which validates it) and return the result as an envelope.
 */
import { ApiError } from '../shared/api/contract';
import { envelopeOf, type Envelope } from '../shared/api/envelope';
import type { ApiMethod } from '../shared/api/methods';
import type { Core } from './core/core';
import { newDoorSession, type DoorSession } from './core/review/sessions';

export const APP_ORIGIN = 'gouji://app';

export interface IpcCaller {
  senderFrame: { url: string } | null;
  /** The calling window's web contents: its id keys the window's sign-in. */
  sender: { id: number };
}

export function isTrustedSender(event: Pick<IpcCaller, 'senderFrame'>): boolean {
  const url = event.senderFrame?.url ?? '';
  return url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
}

/** One sign-in per window, kept in the main process: the renderer never holds a session token. */
export class WindowSessions {
  private readonly byWindow = new Map<number, DoorSession>();
  of(webContentsId: number): DoorSession {
    let session = this.byWindow.get(webContentsId);
    if (!session) this.byWindow.set(webContentsId, (session = newDoorSession()));
    return session;
  }
  forget(webContentsId: number): void {
    this.byWindow.delete(webContentsId);
  }
}

export function createIpcHandler(core: Core, method: ApiMethod, sessions: WindowSessions): (event: IpcCaller, input: unknown) => Promise<Envelope> {
  return (event, input) =>
    envelopeOf(async () => {
      if (!isTrustedSender(event)) throw new ApiError('FORBIDDEN', `IPC call ${method} from an untrusted frame`);
      return core.dispatch(method, input, sessions.of(event.sender.id));
    });
}
