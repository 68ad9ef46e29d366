/**
 * The open filing's check results and the Checks tab's own state: the result selected
 * (its figures are highlighted in the PDF), the figure whose results are shown after a
 * click on its tickmark, the reviewer's saved custom checks, and the draft of a new one
 * (kept here so a figure picked in the PDF or a grid cell lands in it wherever it is).
 */
import { create } from 'zustand';
import type { CheckResultRecord, CheckSummary, CustomCheck } from '../../../shared/api/contract';
import { api } from '../api/door';
import { summarizeError, type ErrorSummary } from '../api/describeError';
import { insertAt } from '../checks/checkModel';
import { useLibrary } from './library';

export type DraftMode = 'filing' | 'template';
export type CheckDraft = { name: string; formula: string; cursor: number; mode: DraftMode };
const EMPTY_DRAFT: CheckDraft = { name: '', formula: '', cursor: 0, mode: 'filing' };

type ChecksState = {
  documentId: number | null;
  results: CheckResultRecord[];
  summary: CheckSummary | null;
  checkedAt: string | null;
  loading: boolean;
  running: boolean;
  error: ErrorSummary | null;
  selectedId: number | null;
  figureFilter: number | null;
  custom: CustomCheck[];
  formOpen: boolean;
  draft: CheckDraft;
  load: (documentId: number) => Promise<void>;
  /** Re-runs every check of the open filing; resolves with the fresh results. */
  run: () => Promise<CheckResultRecord[] | null>;
  loadCustom: () => Promise<void>;
  clear: () => void;
  selectResult: (id: number | null) => void;
  setFigureFilter: (figureId: number | null) => void;
  setFormOpen: (open: boolean) => void;
  setDraft: (patch: Partial<CheckDraft>) => void;
  resetDraft: () => void;
  /** Puts `#id` at the draft's cursor (a figure picked in the PDF or the grid). */
  insertFigure: (figureId: number) => void;
};

let latestLoad = 0;

/** The store's data with nothing loaded: its first state, and what closing a filing returns to. */
const NOTHING_LOADED = {
  documentId: null,
  results: [],
  summary: null,
  checkedAt: null,
  loading: false,
  running: false,
  error: null,
  selectedId: null,
  figureFilter: null,
  custom: [],
  formOpen: false,
  draft: EMPTY_DRAFT,
} satisfies Partial<ChecksState>;

export const useChecks = create<ChecksState>()((set, get) => ({
  ...NOTHING_LOADED,

  load: async (documentId) => {
    const ticket = ++latestLoad;
    const same = get().documentId === documentId;
    set({ documentId, loading: true, error: null, ...(same ? {} : { results: [], summary: null, checkedAt: null, selectedId: null, figureFilter: null, custom: [] }) });
    try {
      const answer = await api.listCheckResults({ ref: String(documentId) });
      if (ticket !== latestLoad) return;
      const selectedId = get().selectedId;
      set({
        results: answer.results,
        summary: answer.summary,
        checkedAt: answer.checkedAt,
        loading: false,
        selectedId: answer.results.some((result) => result.id === selectedId) ? selectedId : null,
      });
    } catch (error) {
      if (ticket === latestLoad) set({ loading: false, error: summarizeError(error) });
    }
    void get().loadCustom();
  },
  run: async () => {
    const { documentId } = get();
    if (documentId === null) return null;
    const ticket = ++latestLoad;
    set({ running: true, error: null });
    try {
      const answer = await api.runChecks({ ref: String(documentId) });
      if (ticket !== latestLoad) return null;
      set({ results: answer.results, summary: answer.summary, checkedAt: answer.checkedAt, running: false, selectedId: null });
      // The library's counts for this filing changed with the run.
      void useLibrary.getState().refreshDocument(documentId);
      return answer.results;
    } catch (error) {
      if (ticket === latestLoad) set({ running: false, error: summarizeError(error) });
      return null;
    }
  },
  loadCustom: async () => {
    const { documentId } = get();
    if (documentId === null) return;
    try {
      const { checks } = await api.listCustomChecks({ ref: String(documentId) });
      if (get().documentId === documentId) set({ custom: checks });
    } catch {
      // The list stays as it was; the next load retries.
    }
  },
  clear: () => {
    latestLoad++;
    set(NOTHING_LOADED);
  },
  selectResult: (selectedId) => set({ selectedId }),
  setFigureFilter: (figureFilter) => set({ figureFilter }),
  setFormOpen: (formOpen) => set({ formOpen }),
  setDraft: (patch) => set((state) => ({ draft: { ...state.draft, ...patch } })),
  resetDraft: () => set({ draft: EMPTY_DRAFT }),
  insertFigure: (figureId) =>
    set((state) => {
      const { text, cursor } = insertAt(state.draft.formula, state.draft.cursor, `#${figureId}`);
      return { draft: { ...state.draft, formula: text, cursor } };
    }),
}));
