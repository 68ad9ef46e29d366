import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import { useTableData } from '../state/tableData';
import { useTables } from '../state/tables';
import { useWorkspace } from '../state/workspace';
import { IconButton } from '../ui/IconButton';
import { useFigures } from '../state/figures';
import { cellReviewTarget } from '../workspace/reviewTargets';
import { SelectionReviewBar } from '../workspace/SelectionReviewBar';
import { TableGrid } from './TableGrid';
import { TableList } from './TableList';
import { TableMeta } from './TableMeta';

/** The Tables tab: the list of extracted tables beside the chosen table's grid. */
export function TablesTab({ documentId }: { documentId: number }) {
  const { t, i18n } = useTranslation();
  const listOpen = useTables((state) => state.panelOpen);
  const toggleList = useTables((state) => state.togglePanel);
  const count = useTables((state) => (state.documentId === documentId ? state.tables.length : 0));
  const selectedId = useTables((state) => state.selectedId);
  const summary = useTables((state) => state.tables.find((table) => table.id === state.selectedId) ?? null);
  const entry = useTableData((state) => (selectedId === null ? undefined : state.byId[selectedId]));

  const shown = entry?.status === 'ready' ? entry.data.table : summary;
  const selectedCellId = useWorkspace((state) => (state.selection?.tableId === selectedId ? state.selection?.cellId : null) ?? null);
  const selectedFigure = useFigures((state) => (selectedCellId === null ? undefined : state.byCell.get(selectedCellId)));
  const selectedCell = entry?.status === 'ready' && selectedCellId !== null ? entry.data.cells.find((cell) => cell.id === selectedCellId) : undefined;
  const reviewTarget = selectedCell ? cellReviewTarget(selectedCell, selectedFigure ?? null) : null;

  useEffect(() => {
    if (selectedId !== null) void useTableData.getState().ensure(selectedId);
  }, [selectedId]);

  // A selection restored or made in the PDF may name a table the list has not opened yet.
  const selectionTable = useWorkspace((state) => state.selection?.tableId ?? null);
  useEffect(() => {
    if (selectionTable !== null && useTables.getState().selectedId === null) useTables.getState().select(selectionTable);
  }, [selectionTable]);

  return (
    <div className={`tables-tab${listOpen ? '' : ' list-collapsed'}`} data-testid="tables-tab">
      {listOpen ? (
        <aside className="tables-panel" aria-label={t('tables.title')}>
          <header className="tables-panel-header">
            <h2 className="tables-panel-title">{t('tables.title')}</h2>
            <span className="tables-panel-count">{count}</span>
            <span className="toolbar-spacer" />
            <IconButton icon="previous" label={t('tables.hide')} onClick={toggleList} testId="table-panel-toggle" />
          </header>
          <TableList documentId={documentId} />
        </aside>
      ) : (
        <aside className="tables-panel tables-panel-collapsed" aria-label={t('tables.title')}>
          <button
            type="button"
            className="tables-panel-tab"
            data-testid="table-panel-toggle"
            aria-expanded={false}
            title={t('tables.show')}
            onClick={toggleList}
          >
            <span className="tables-panel-tab-text">{t('tables.title')}</span>
            <span className="tables-panel-count">{count}</span>
          </button>
        </aside>
      )}
      <section className="table-view" aria-label={t('tables.gridLabel')}>
        {selectedId === null && <div className="tables-panel-note">{t('tables.choose')}</div>}
        {shown && <TableMeta table={shown} />}
        {entry?.status === 'loading' && (
          <div className="placeholder" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('tables.loadingCells')}
          </div>
        )}
        {entry?.status === 'failed' && (
          <div className="notice notice-error" role="alert" title={entry.error.message}>
            {t('tables.loadFailed', { reason: errorText(t, entry.error, i18n.language) })}
          </div>
        )}
        {entry?.status === 'ready' && <SelectionReviewBar target={reviewTarget} />}
        {entry?.status === 'ready' && <TableGrid key={entry.data.table.id} loaded={entry.data} />}
      </section>
    </div>
  );
}
