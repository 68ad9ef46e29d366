/** Cells of the open filing's tables, fetched when a table is first shown and then kept. */
import { create } from 'zustand';
import type { CellRecord, TableSummary } from '../../../shared/api/contract';
import { api } from '../api/door';
import { summarizeError, type ErrorSummary } from '../api/describeError';

export type LoadedTable = { table: TableSummary; cells: CellRecord[] };
export type TableEntry =
  | { status: 'loading' }
  | { status: 'ready'; data: LoadedTable }
  | { status: 'failed'; error: ErrorSummary };

type TableDataState = {
  byId: Record<number, TableEntry>;
  ensure: (tableId: number) => Promise<void>;
  /** Forgets every table (another filing, or a new extraction run renumbered them). */
  clear: () => void;
};

let generation = 0;

export const useTableData = create<TableDataState>()((set, get) => ({
  byId: {},
  ensure: async (tableId) => {
    const known = get().byId[tableId];
    if (known && known.status !== 'failed') return;
    const current = generation;
    set((state) => ({ byId: { ...state.byId, [tableId]: { status: 'loading' } } }));
    let entry: TableEntry;
    try {
      entry = { status: 'ready', data: await api.getTable({ tableId }) };
    } catch (error) {
      entry = { status: 'failed', error: summarizeError(error) };
    }
    if (current === generation) set((state) => ({ byId: { ...state.byId, [tableId]: entry } }));
  },
  clear: () => {
    generation++;
    set({ byId: {} });
  },
}));
