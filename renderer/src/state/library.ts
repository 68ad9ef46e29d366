/** The filings in the store as the library grid shows them. */
import { create } from 'zustand';
import type { DocumentSummary } from '../../../shared/api/contract';
import { api } from '../api/door';
import { summarizeError, type ErrorSummary } from '../api/describeError';
import { nextSort, type Sort, type SortKey, type TypeFilter } from '../library/sortAndFilter';

type LibraryState = {
  documents: DocumentSummary[];
  loaded: boolean;
  loading: boolean;
  error: ErrorSummary | null;
  sort: Sort;
  filter: string;
  typeFilter: TypeFilter;
  selectedId: number | null;
  load: () => Promise<void>;
  /** Re-reads one filing (its extraction state moved on) without reloading the list. */
  refreshDocument: (id: number) => Promise<void>;
  sortBy: (key: SortKey) => void;
  setFilter: (filter: string) => void;
  setTypeFilter: (typeFilter: TypeFilter) => void;
  select: (id: number | null) => void;
};

// Only the newest load may write: a refresh after an import must not be overtaken by an older one.
let latestLoad = 0;

export const useLibrary = create<LibraryState>()((set) => ({
  documents: [],
  loaded: false,
  loading: false,
  error: null,
  sort: { key: 'importedAt', direction: 'desc' },
  filter: '',
  typeFilter: 'all',
  selectedId: null,

  load: async () => {
    const ticket = ++latestLoad;
    set({ loading: true });
    try {
      const { documents } = await api.listDocuments({});
      if (ticket === latestLoad) set({ documents, loaded: true, loading: false, error: null });
    } catch (error) {
      if (ticket === latestLoad) set({ loading: false, error: summarizeError(error) });
    }
  },
  refreshDocument: async (id) => {
    try {
      const document = await api.getDocument({ ref: String(id) });
      set((state) => ({
        documents: state.documents.map((known) => (known.id === id ? document : known)),
      }));
    } catch {
      // The next full load brings it; a row that lags a little is harmless.
    }
  },
  sortBy: (key) => set((state) => ({ sort: nextSort(state.sort, key) })),
  setFilter: (filter) => set({ filter }),
  setTypeFilter: (typeFilter) => set({ typeFilter }),
  select: (selectedId) => set({ selectedId }),
}));
