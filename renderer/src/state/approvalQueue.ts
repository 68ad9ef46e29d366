/**
 * The supervisors' approval queue across filings: corrections awaiting a decision and
 * filings submitted for approval. Loaded when the library loads and after every
 * decision; its size is the top bar's badge.
 */
import { create } from 'zustand';
import type { CorrectionRecord, FilingAction, FilingReview } from '../../../shared/api/contract';
import { api } from '../api/door';
import { summarizeError, type ErrorSummary } from '../api/describeError';
import { useLibrary } from './library';

type ApprovalQueueState = {
  corrections: CorrectionRecord[];
  filings: FilingReview[];
  loaded: boolean;
  loading: boolean;
  error: ErrorSummary | null;
  load: () => Promise<void>;
  /** Approves or rejects corrections, all or none; throws what the core refused. */
  decide: (ids: readonly number[], decision: 'approve' | 'reject', comment?: string) => Promise<void>;
  /** Approves or returns a submitted filing; throws what the core refused. */
  changeFiling: (documentId: number, action: FilingAction, reason?: string) => Promise<FilingReview>;
};

let latestLoad = 0;

/** Filings whose counts or status a decision changed: the library rows show them again. */
function refreshFilings(documentIds: Iterable<number>): void {
  for (const id of new Set(documentIds)) void useLibrary.getState().refreshDocument(id);
}

export const useApprovalQueue = create<ApprovalQueueState>()((set, get) => ({
  corrections: [],
  filings: [],
  loaded: false,
  loading: false,
  error: null,

  load: async () => {
    const ticket = ++latestLoad;
    set({ loading: true });
    try {
      const { corrections, filings } = await api.listApprovalQueue({});
      if (ticket === latestLoad) set({ corrections, filings, loaded: true, loading: false, error: null });
    } catch (error) {
      if (ticket === latestLoad) set({ loading: false, error: summarizeError(error) });
    }
  },
  decide: async (ids, decision, comment) => {
    try {
      const { corrections } = await api.decideCorrections({ ids: [...ids], decision, ...(comment ? { comment } : {}) });
      refreshFilings(corrections.map((correction) => correction.documentId));
    } finally {
      await get().load();
    }
  },
  changeFiling: async (documentId, action, reason) => {
    try {
      const review = await api.changeFilingStatus({ ref: String(documentId), action, ...(reason ? { reason } : {}) });
      refreshFilings([documentId]);
      return review;
    } finally {
      await get().load();
    }
  },
}));

/** The badge: everything waiting for a supervisor. */
export const queueSize = (state: Pick<ApprovalQueueState, 'corrections' | 'filings'>) => state.corrections.length + state.filings.length;
