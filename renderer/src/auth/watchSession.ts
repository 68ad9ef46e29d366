/**
 * Notices a session that ended under the user. Every call that needs a signed-in user
 * goes through the door's `api`; an UNAUTHORIZED answer to one of them (not to sign-in
 * itself, whose refusals the form shows) means the session is gone. The calls are
 * wrapped once, in place, so every store and view is covered without knowing about it.
 */
import { API_METHODS, type ApiMethod } from '../../../shared/api/methods';
import { METHOD_PERMISSIONS } from '../../../shared/domain/review/permissions';
import { summarizeError } from '../api/describeError';
import { api } from '../api/door';

type AnyCall = (input: unknown) => Promise<unknown>;

const listeners = new Set<() => void>();
let wrapped = false;

const isUnauthorized = (error: unknown) => summarizeError(error).code === 'UNAUTHORIZED';

function wrapCalls(): void {
  if (wrapped) return;
  wrapped = true;
  const calls = api as unknown as Record<ApiMethod, AnyCall>;
  for (const method of API_METHODS) {
    if (METHOD_PERMISSIONS[method] === 'public') continue;
    const call = calls[method];
    calls[method] = (input) =>
      call(input).catch((error: unknown) => {
        if (isUnauthorized(error)) listeners.forEach((listener) => listener());
        throw error;
      });
  }
}

/** Calls `listener` whenever a call needing a user is refused as unauthorized; returns the unsubscribe. */
export function onSessionLost(listener: () => void): () => void {
  wrapCalls();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
