import { useTranslation } from 'react-i18next';
import { useExtractionStatus } from '../extraction/useExtractionStatus';
import { errorText } from '../i18n/errorText';
import { useFiling } from '../state/filing';
import { useTables } from '../state/tables';
import { TableListItem } from './TableListItem';

export function TableList({ documentId }: { documentId: number }) {
  const { t, i18n } = useTranslation();
  const ownList = useTables((state) => state.documentId === documentId);
  const tables = useTables((state) => state.tables);
  const loading = useTables((state) => state.loading);
  const error = useTables((state) => state.error);
  const selectedId = useTables((state) => state.selectedId);
  const select = useTables((state) => state.select);
  const goToPage = useFiling((state) => state.goToPage);
  const summary = useFiling((state) => state.summary);
  const extraction = useExtractionStatus(documentId, summary);

  if (!ownList) return null;
  if (error) {
    return (
      <div className="tables-panel-note tables-panel-error" role="alert" title={error.message}>
        {t('tables.loadFailed', { reason: errorText(t, error, i18n.language) })}
      </div>
    );
  }
  if (tables.length === 0) {
    const note = loading
      ? t('tables.loading')
      : extraction?.status === 'running'
        ? t('tables.running')
        : extraction?.status === 'done'
          ? t('tables.none')
          : t('tables.notYet');
    return (
      <div className="tables-panel-note" data-testid="table-list" data-count={0}>
        {note}
      </div>
    );
  }
  return (
    <ol className="table-list" data-testid="table-list" data-count={tables.length} aria-label={t('tables.title')}>
      {tables.map((table) => (
        <TableListItem
          key={table.id}
          table={table}
          selected={table.id === selectedId}
          onOpen={() => {
            select(table.id);
            goToPage(table.pageStart);
          }}
        />
      ))}
    </ol>
  );
}
