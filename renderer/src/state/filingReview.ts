/**
 * The open filing's review status: who moved it last, why, and whether it is locked.
 * Loaded when a filing opens and again whenever its library row changes (an edit started
 * its review, a decision in the queue); changed through `change`, which tells the
 * library and the approval queue.
 */
import { create } from 'zustand';
import type { FilingAction, FilingReview } from '../../../shared/api/contract';
import { api } from '../api/door';
import { summarizeError, type ErrorSummary } from '../api/describeError';
import { useApprovalQueue } from './approvalQueue';
import { useLibrary } from './library';

type FilingReviewState = {
  documentId: number | null;
  review: FilingReview | null;
  error: ErrorSummary | null;
  load: (documentId: number) => Promise<void>;
  /** Submits, approves, returns or reopens the open filing; throws what the core refused. */
  change: (action: FilingAction, reason: string) => Promise<void>;
  clear: () => void;
};

let latestLoad = 0;

export const useFilingReview = create<FilingReviewState>()((set, get) => ({
  documentId: null,
  review: null,
  error: null,

  load: async (documentId) => {
    const ticket = ++latestLoad;
    if (get().documentId !== documentId) set({ documentId, review: null, error: null });
    try {
      const review = await api.getFilingReview({ ref: String(documentId) });
      if (ticket === latestLoad) set({ review, error: null });
    } catch (error) {
      if (ticket === latestLoad) set({ error: summarizeError(error) });
    }
  },
  change: async (action, reason) => {
    const { documentId } = get();
    if (documentId === null) return;
    const trimmed = reason.trim();
    const review = await api.changeFilingStatus({ ref: String(documentId), action, ...(trimmed ? { reason: trimmed } : {}) });
    latestLoad++;
    if (get().documentId === documentId) set({ review, error: null });
    void useLibrary.getState().refreshDocument(documentId);
    void useApprovalQueue.getState().load();
  },
  clear: () => {
    latestLoad++;
    set({ documentId: null, review: null, error: null });
  },
}));

/** Whether the open filing is approved and so locked against annotations and corrections. */
export function useFilingLocked(documentId: number): boolean {
  return useFilingReview((state) => state.documentId === documentId && state.review?.locked === true);
}
