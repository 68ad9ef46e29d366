/**
 * Who is signed in. The app shows nothing of the store until `getSession` names a user;
 * a first run (no users yet) asks for the administrator instead. When any call later
 * answers UNAUTHORIZED (the session ended: a server restart, the account disabled), the
 * sign-in screen comes back with a note saying why.
 */
import { create } from 'zustand';
import type { SessionInfo, UserRecord } from '../../../shared/api/contract';
import { api } from '../api/door';
import { summarizeError, type ErrorSummary } from '../api/describeError';

export type SessionPhase = 'checking' | 'unavailable' | 'setup' | 'signedOut' | 'signedIn';

/** Why the sign-in screen shows, when it is not the start: the user left, or the session ended under them. */
export type SignedOutReason = 'signedOut' | 'switchUser' | 'expired' | null;

type SessionState = {
  phase: SessionPhase;
  user: UserRecord | null;
  /** Why the session could not be looked up (phase `unavailable`). */
  error: ErrorSummary | null;
  reason: SignedOutReason;
  /** The user name the sign-in form starts with: the last user's, after a plain sign-out. */
  lastUsername: string;
  check: () => Promise<void>;
  signIn: (username: string, password: string) => Promise<void>;
  setupAdmin: (input: { username: string; displayName: string; password: string }) => Promise<void>;
  signOut: (reason: 'signedOut' | 'switchUser') => Promise<void>;
  /** A call answered UNAUTHORIZED: look again, and say so on the sign-in screen. */
  sessionLost: () => void;
};

let latestCheck = 0;

function phaseOf(info: SessionInfo): SessionPhase {
  if (info.user) return 'signedIn';
  return info.needsSetup ? 'setup' : 'signedOut';
}

export const useSession = create<SessionState>()((set, get) => {
  const apply = (info: SessionInfo) => {
    latestCheck++;
    set({ phase: phaseOf(info), user: info.user, error: null, ...(info.user ? { reason: null, lastUsername: info.user.username } : {}) });
  };

  return {
    phase: 'checking',
    user: null,
    error: null,
    reason: null,
    lastUsername: '',

    check: async () => {
      const ticket = ++latestCheck;
      try {
        const info = await api.getSession({});
        if (ticket === latestCheck) apply(info);
      } catch (error) {
        if (ticket === latestCheck) set({ phase: 'unavailable', user: null, error: summarizeError(error) });
      }
    },
    signIn: async (username, password) => apply(await api.signIn({ username, password })),
    setupAdmin: async (input) => apply(await api.setupAdmin(input)),
    signOut: async (reason) => {
      const { user } = get();
      try {
        await api.signOut({});
      } catch {
        // Unreachable or already gone: the user still leaves this window.
      }
      latestCheck++;
      set({ phase: 'signedOut', user: null, error: null, reason, lastUsername: reason === 'switchUser' ? '' : (user?.username ?? '') });
    },
    sessionLost: () => {
      if (get().phase !== 'signedIn') return;
      set((state) => ({ phase: 'signedOut', user: null, reason: 'expired', lastUsername: state.user?.username ?? '' }));
      // The door itself may be closed (a stale web token): getSession tells which screen is right.
      void get().check();
    },
  };
});
