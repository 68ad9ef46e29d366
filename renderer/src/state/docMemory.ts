/**
 * Where the reviewer left each filing (page, zoom, tab, table, selection), kept in
 * localStorage so reopening a filing lands where they were. Only the most recently
 * used filings are kept, so the entry never grows without bound.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Zoom } from './filing';

export const DATA_TABS = ['tables', 'figures', 'checks', 'annotations', 'corrections'] as const;
export type DataTab = (typeof DATA_TABS)[number];

export type Box = { x0: number; y0: number; x1: number; y1: number };

/** What is selected in the data pane; page and box locate it in the PDF. */
export type SelectionTarget = {
  tableId: number | null;
  cellId: number | null;
  figureId: number | null;
  page: number;
  box: Box;
};

export type RememberedView = {
  page: number;
  zoom: Zoom;
  tab: DataTab;
  tableId: number | null;
  selection: SelectionTarget | null;
  /** Last write, for dropping the least recently used filings. */
  at: number;
};

export const MAX_REMEMBERED = 100;

type DocMemoryState = {
  views: Record<string, RememberedView>;
  remember: (documentId: number, patch: Partial<Omit<RememberedView, 'at'>>) => void;
  forget: (documentId: number) => void;
};

const DEFAULT_VIEW: Omit<RememberedView, 'at'> = {
  page: 1,
  zoom: 'fit-width',
  tab: 'tables',
  tableId: null,
  selection: null,
};

/** Keeps the `limit` most recently written entries. */
export function trimViews(views: Record<string, RememberedView>, limit: number): Record<string, RememberedView> {
  const entries = Object.entries(views);
  if (entries.length <= limit) return views;
  entries.sort(([, a], [, b]) => b.at - a.at);
  return Object.fromEntries(entries.slice(0, limit));
}

let clock = 0;
/** Strictly increasing even within one millisecond, so the order of writes is kept. */
const now = () => (clock = Math.max(clock + 1, Date.now()));

export const useDocMemory = create<DocMemoryState>()(
  persist(
    (set) => ({
      views: {},
      remember: (documentId, patch) =>
        set((state) => {
          const key = String(documentId);
          const next = { ...DEFAULT_VIEW, ...state.views[key], ...patch, at: now() };
          return { views: trimViews({ ...state.views, [key]: next }, MAX_REMEMBERED) };
        }),
      forget: (documentId) =>
        set((state) => {
          const views = { ...state.views };
          delete views[String(documentId)];
          return { views };
        }),
    }),
    {
      name: 'gouji.views',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ views: state.views }),
    },
  ),
);

export function recallView(documentId: number): RememberedView | null {
  return useDocMemory.getState().views[String(documentId)] ?? null;
}
