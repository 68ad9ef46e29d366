import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useExtraction } from '../state/extraction';
import { useTables } from '../state/tables';
import { IconButton } from '../ui/IconButton';
import { TableList } from './TableList';

/**
 * A collapsible side panel beside the PDF listing the filing's extracted tables; it
 * reloads whenever an extraction run of this filing ends. A stand-in for the review
 * workspace: it only depends on the tables store and the viewer's goToPage.
 */
export function TablesPanel({ documentId }: { documentId: number }) {
  const { t } = useTranslation();
  const panelOpen = useTables((state) => state.panelOpen);
  const togglePanel = useTables((state) => state.togglePanel);
  const count = useTables((state) => (state.documentId === documentId ? state.tables.length : 0));
  const finishedRuns = useExtraction((state) => state.finishedRuns[documentId] ?? 0);

  useEffect(() => {
    void useTables.getState().load(documentId);
  }, [documentId, finishedRuns]);
  useEffect(() => () => useTables.getState().clear(), [documentId]);

  if (!panelOpen) {
    return (
      <aside className="tables-panel tables-panel-collapsed" aria-label={t('tables.title')}>
        <button
          type="button"
          className="tables-panel-tab"
          data-testid="table-panel-toggle"
          aria-expanded={false}
          title={t('tables.show')}
          onClick={togglePanel}
        >
          <span className="tables-panel-tab-text">{t('tables.title')}</span>
          <span className="tables-panel-count">{count}</span>
        </button>
      </aside>
    );
  }
  return (
    <aside className="tables-panel" aria-label={t('tables.title')}>
      <header className="tables-panel-header">
        <h2 className="tables-panel-title">{t('tables.title')}</h2>
        <span className="tables-panel-count">{count}</span>
        <span className="toolbar-spacer" />
        <IconButton icon="next" label={t('tables.hide')} onClick={togglePanel} testId="table-panel-toggle" />
      </header>
      <TableList documentId={documentId} />
    </aside>
  );
}
