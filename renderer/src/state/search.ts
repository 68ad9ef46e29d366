/** Full-text search across every filing in the store (the core's page index). */
import { create } from 'zustand';
import type { SearchHit } from '../../../shared/api/contract';
import { api } from '../api/door';
import { summarizeError, type ErrorSummary } from '../api/describeError';

export const SEARCH_LIMIT = 200;

type SearchState = {
  query: string;
  /** The query the shown hits answer (the box may have moved on). */
  searched: string | null;
  hits: SearchHit[];
  loading: boolean;
  error: ErrorSummary | null;
  setQuery: (query: string) => void;
  search: () => Promise<void>;
  clear: () => void;
};

let latest = 0;

export const useSearch = create<SearchState>()((set, get) => ({
  query: '',
  searched: null,
  hits: [],
  loading: false,
  error: null,
  setQuery: (query) => set({ query }),
  search: async () => {
    const query = get().query.trim();
    if (query === '') return;
    const ticket = ++latest;
    set({ loading: true, error: null });
    try {
      const { hits } = await api.searchText({ query, limit: SEARCH_LIMIT });
      if (ticket === latest) set({ hits, searched: query, loading: false });
    } catch (error) {
      if (ticket === latest) set({ loading: false, error: summarizeError(error), searched: query, hits: [] });
    }
  },
  clear: () => {
    latest++;
    set({ query: '', searched: null, hits: [], loading: false, error: null });
  },
}));
