import { useEffect } from 'react';
import { useApprovalQueue } from '../state/approvalQueue';
import { useLibrary } from '../state/library';

/** Other reviewers submit work meanwhile: look again this often while the window is visible. */
const POLL_MS = 60_000;

/**
 * Keeps the queue's badge current: it loads whenever the library (re)loads or a filing's
 * row changes, after every decision (the store reloads itself), and once a minute.
 */
export function useQueuePolling(): void {
  const documents = useLibrary((state) => state.documents);
  const load = useApprovalQueue((state) => state.load);

  useEffect(() => {
    void load();
  }, [documents, load]);

  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void load();
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [load]);
}
