import { useEffect } from 'react';
import { useFilingReview } from '../state/filingReview';
import { useLibrary } from '../state/library';

/**
 * Keeps the open filing's review status current: loaded on open, again whenever its
 * library row changes (an annotation or correction started its review, a decision in
 * the queue) and when the window comes back into view; let go on close.
 */
export function useFilingReviewSync(documentId: number): void {
  const row = useLibrary((state) => state.documents.find((document) => document.id === documentId));

  useEffect(() => () => useFilingReview.getState().clear(), [documentId]);

  useEffect(() => {
    void useFilingReview.getState().load(documentId);
  }, [documentId, row]);

  useEffect(() => {
    const reloadWhenShown = () => {
      if (document.visibilityState === 'visible') void useFilingReview.getState().load(documentId);
    };
    document.addEventListener('visibilitychange', reloadWhenShown);
    return () => document.removeEventListener('visibilitychange', reloadWhenShown);
  }, [documentId]);
}
