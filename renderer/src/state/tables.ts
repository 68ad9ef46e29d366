/** The tables extracted from the open filing, and which one the Tables tab shows. */
import { create } from 'zustand';
import type { TableSummary } from '../../../shared/api/contract';
import { api } from '../api/door';
import { summarizeError, type ErrorSummary } from '../api/describeError';

type TablesState = {
  documentId: number | null;
  tables: TableSummary[];
  loading: boolean;
  error: ErrorSummary | null;
  selectedId: number | null;
  panelOpen: boolean;
  /** Loads the filing's tables; reloading the same filing keeps the list shown until the answer. */
  load: (documentId: number) => Promise<void>;
  /** Starts a filing's session, with the table it last showed (kept if it still exists after load). */
  start: (documentId: number, selectedId: number | null) => void;
  clear: () => void;
  select: (tableId: number | null) => void;
  togglePanel: () => void;
};

let latestLoad = 0;

export const useTables = create<TablesState>()((set, get) => ({
  documentId: null,
  tables: [],
  loading: false,
  error: null,
  selectedId: null,
  panelOpen: true,

  load: async (documentId) => {
    const ticket = ++latestLoad;
    const same = get().documentId === documentId;
    set({
      documentId,
      loading: true,
      error: null,
      ...(same ? {} : { tables: [], selectedId: null }),
    });
    try {
      const { tables } = await api.listTables({ ref: String(documentId) });
      if (ticket !== latestLoad) return;
      const selectedId = get().selectedId;
      set({
        tables,
        loading: false,
        // Re-extraction renumbers tables; a selection that no longer exists is dropped.
        selectedId: tables.some((table) => table.id === selectedId) ? selectedId : null,
      });
    } catch (error) {
      if (ticket === latestLoad) set({ loading: false, error: summarizeError(error) });
    }
  },
  start: (documentId, selectedId) => {
    latestLoad++;
    set({ documentId, tables: [], loading: false, error: null, selectedId });
  },
  clear: () => {
    latestLoad++;
    set({ documentId: null, tables: [], loading: false, error: null, selectedId: null });
  },
  select: (selectedId) => set({ selectedId }),
  togglePanel: () => set((state) => ({ panelOpen: !state.panelOpen })),
}));
