/**
 * After corrections to a filing were approved, what the workspace shows from it is
 * reviewed data that changed: the figures, the cells of the tables already loaded (re-read
 * in place, so a shown grid does not blink), the check results (the core re-ran them) and
 * the library's counts.
 */
import { api } from '../api/door';
import { useChecks } from '../state/checks';
import { useFigures } from '../state/figures';
import { useLibrary } from '../state/library';
import { useTableData } from '../state/tableData';

async function reloadLoadedTables(): Promise<void> {
  const loaded = Object.entries(useTableData.getState().byId).filter(([, entry]) => entry.status === 'ready');
  await Promise.all(
    loaded.map(async ([id]) => {
      try {
        const data = await api.getTable({ tableId: Number(id) });
        useTableData.setState((state) => (state.byId[Number(id)] ? { byId: { ...state.byId, [id]: { status: 'ready', data } } } : state));
      } catch {
        // The table keeps showing what it had; reopening the filing reads it again.
      }
    }),
  );
}

export async function reloadReviewedData(documentId: number): Promise<void> {
  await Promise.all([
    useFigures.getState().load(documentId),
    useChecks.getState().load(documentId),
    reloadLoadedTables(),
    useLibrary.getState().refreshDocument(documentId),
  ]);
}
