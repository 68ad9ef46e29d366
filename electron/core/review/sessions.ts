/**
 * Sessions: which user a door's client has signed in as. Each door keeps one DoorSession
 * per client (an Electron window, a browser cookie, a CLI run) and passes it with every
 * call; the token inside is meaningless outside this process and dies with it.
 */
import { randomBytes } from 'node:crypto';

export interface DoorSession {
  token: string | null;
  /** The CLI run without --user: the operating-system user, with read and ingest rights only. */
  readonly localOperator: string | null;
}

export function newDoorSession(): DoorSession {
  return { token: null, localOperator: null };
}

export function localOperatorSession(osUser: string): DoorSession {
  return { token: null, localOperator: osUser };
}

export class SessionTable {
  private readonly users = new Map<string, number>();

  open(userId: number): string {
    const token = randomBytes(32).toString('base64url');
    this.users.set(token, userId);
    return token;
  }

  userId(token: string | null): number | undefined {
    return token === null ? undefined : this.users.get(token);
  }

  close(token: string | null): void {
    if (token !== null) this.users.delete(token);
  }

  /** A deactivated user is signed out everywhere at once. */
  closeAllFor(userId: number): void {
    for (const [token, id] of this.users) if (id === userId) this.users.delete(token);
  }
}
