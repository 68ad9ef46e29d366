import { useEffect, useState } from 'react';
import type { AuditEntry, AuditVerification } from '../../../shared/api/contract';
import { api } from '../api/door';
import { summarizeError, type ErrorSummary } from '../api/describeError';

export type AuditQuery = { filingRef: string; targetKey?: string; entity?: string; limit?: number };
export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: ErrorSummary };

/** Loads `load()` again whenever one of `deps` changes; shows loading until the answer for these deps, and drops late answers. */
function useLoaded<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const key = JSON.stringify(deps);
  const [answer, setAnswer] = useState<{ key: string; loaded: Loaded<T> } | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setAnswer({ key, loaded: { status: 'ready', value } }),
      (error: unknown) => live && setAnswer({ key, loaded: { status: 'failed', error: summarizeError(error) } }),
    );
    return () => {
      live = false;
    };
    // `key` names everything `load` reads; `load` itself is a new closure every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return answer?.key === key ? answer.loaded : { status: 'loading' };
}

/** The audit entries of a filing, or of one figure in it, newest first. `reload` bumps to fetch again. */
export function useAuditLog({ filingRef, targetKey, entity, limit }: AuditQuery, reload = 0): Loaded<AuditEntry[]> {
  return useLoaded(
    () => api.listAuditLog({ ref: filingRef, ...(targetKey ? { targetKey } : {}), ...(entity ? { entity } : {}), ...(limit ? { limit } : {}) }).then((answer) => answer.entries),
    [filingRef, targetKey, entity, limit, reload],
  );
}

/** Whether the audit chain still verifies, checked once per `reload`. */
export function useAuditVerification(reload = 0): Loaded<AuditVerification> {
  return useLoaded(() => api.verifyAuditLog({}), [reload]);
}
