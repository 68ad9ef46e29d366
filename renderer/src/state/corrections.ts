/**
 * The open filing's corrections (every status), indexed by target for the grids'
 * markers; the target the correction dialog is open for; and the Corrections tab's
 * filter and selection. Proposing and withdrawing go through the API, deciding through
 * the approval queue's store (so its badge follows); an approval reloads the reviewed data.
 */
import { create } from 'zustand';
import type { CorrectionField, CorrectionRecord, CorrectionStatus } from '../../../shared/api/contract';
import { api } from '../api/door';
import { summarizeError, type ErrorSummary } from '../api/describeError';
import { markersByTarget, type CorrectionTarget, type TargetMarker } from '../corrections/correctionModel';
import { reloadReviewedData } from '../corrections/reviewedData';
import { useApprovalQueue } from './approvalQueue';
import { useFilingReview } from './filingReview';
import { useLibrary } from './library';

export type CorrectionStatusFilter = CorrectionStatus | 'all';

type CorrectionsState = {
  documentId: number | null;
  corrections: CorrectionRecord[];
  markers: ReadonlyMap<string, TargetMarker>;
  loading: boolean;
  error: ErrorSummary | null;
  dialog: CorrectionTarget | null;
  statusFilter: CorrectionStatusFilter;
  selectedId: number | null;
  load: (documentId: number) => Promise<void>;
  clear: () => void;
  openDialog: (target: CorrectionTarget) => void;
  closeDialog: () => void;
  setStatusFilter: (filter: CorrectionStatusFilter) => void;
  select: (id: number | null) => void;
  propose: (input: { targetKey: string; field: CorrectionField; newValue: string; reason: string }) => Promise<CorrectionRecord>;
  withdraw: (id: number) => Promise<void>;
  decide: (ids: number[], decision: 'approve' | 'reject', comment?: string) => Promise<void>;
};

let latestLoad = 0;

const NOTHING_LOADED = {
  documentId: null,
  corrections: [],
  markers: new Map<string, TargetMarker>(),
  loading: false,
  error: null,
  dialog: null,
  statusFilter: 'all',
  selectedId: null,
} satisfies Partial<CorrectionsState>;

const withMarkers = (corrections: CorrectionRecord[]) => ({ corrections, markers: markersByTarget(corrections) });

export const useCorrections = create<CorrectionsState>()((set, get) => {
  const replace = (records: readonly CorrectionRecord[]) => {
    const byId = new Map(records.map((record) => [record.id, record]));
    const known = get().corrections.map((correction) => byId.get(correction.id) ?? correction);
    const added = records.filter((record) => !get().corrections.some((correction) => correction.id === record.id));
    set(withMarkers([...known, ...added]));
  };
  /** A change to the filing's review work moves its library counts, the queue, and maybe its status. */
  const touched = (documentId: number) => {
    void useLibrary.getState().refreshDocument(documentId);
    void useApprovalQueue.getState().load();
    void useFilingReview.getState().load(documentId);
  };

  return {
    ...NOTHING_LOADED,

    load: async (documentId) => {
      const ticket = ++latestLoad;
      const same = get().documentId === documentId;
      set({ documentId, loading: true, error: null, ...(same ? {} : { ...withMarkers([]), dialog: null, selectedId: null }) });
      try {
        const { corrections } = await api.listCorrections({ ref: String(documentId) });
        if (ticket === latestLoad) set({ ...withMarkers(corrections), loading: false });
      } catch (error) {
        if (ticket === latestLoad) set({ loading: false, error: summarizeError(error) });
      }
    },
    clear: () => {
      latestLoad++;
      set(NOTHING_LOADED);
    },
    openDialog: (dialog) => set({ dialog }),
    closeDialog: () => set({ dialog: null }),
    setStatusFilter: (statusFilter) => set({ statusFilter }),
    select: (selectedId) => set({ selectedId }),

    propose: async (input) => {
      const { documentId } = get();
      if (documentId === null) throw new Error('no filing is open');
      const record = await api.proposeCorrection({ ref: String(documentId), ...input });
      if (get().documentId === documentId) {
        replace([record]);
        touched(documentId);
      }
      return record;
    },
    withdraw: async (id) => {
      const record = await api.withdrawCorrection({ id });
      replace([record]);
      touched(record.documentId);
    },
    decide: async (ids, decision, comment) => {
      const { documentId } = get();
      try {
        await useApprovalQueue.getState().decide(ids, decision, comment);
      } finally {
        if (documentId !== null) await get().load(documentId);
      }
      if (documentId !== null && decision === 'approve') await reloadReviewedData(documentId);
    },
  };
});
