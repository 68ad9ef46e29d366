/**
 * One async action a form or button runs: whether it is under way and what went wrong
 * the last time, so every form shows "busy" and its inline error the same way.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { summarizeError, type ErrorSummary } from '../api/describeError';

export type Action = {
  busy: boolean;
  error: ErrorSummary | null;
  /** Runs the work; resolves true when it succeeded, false when it failed (the error is kept). */
  run: (work: () => Promise<unknown>) => Promise<boolean>;
  /** Shows a problem found before calling anything (a form check). */
  fail: (error: ErrorSummary) => void;
  clearError: () => void;
};

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorSummary | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (caught) {
      if (mounted.current) setError(summarizeError(caught));
      return false;
    } finally {
      if (mounted.current) setBusy(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);

  return { busy, error, run, fail: setError, clearError };
}
