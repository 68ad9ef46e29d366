/** One export from the dialog: start it, follow its progress, and stop following when the dialog goes. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportOptionsInput, ExportStatus } from '../../../shared/api/contract';
import { summarizeError, type ErrorSummary } from '../api/describeError';
import { api } from '../api/door';

const POLL_MS = 400;

export interface ExportJob {
  status: ExportStatus | null;
  error: ErrorSummary | null;
  start: (request: ExportOptionsInput) => Promise<ExportStatus | null>;
}

export function useExportJob(onDone: (status: ExportStatus) => void): ExportJob {
  const [status, setStatus] = useState<ExportStatus | null>(null);
  const [error, setError] = useState<ErrorSummary | null>(null);
  const alive = useRef(true);
  const onDoneRef = useRef(onDone);
  useEffect(() => {
    onDoneRef.current = onDone;
  }, [onDone]);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const start = useCallback(async (request: ExportOptionsInput) => {
    setError(null);
    try {
      let current = await api.startExport(request);
      setStatus(current);
      while (current.state === 'running' && alive.current) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        current = await api.getExportStatus({ jobId: current.jobId });
        if (alive.current) setStatus(current);
      }
      if (current.state === 'done' && alive.current) onDoneRef.current(current);
      return current;
    } catch (caught) {
      if (alive.current) setError(summarizeError(caught));
      return null;
    }
  }, []);

  return { status, error, start };
}
