import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableSummary } from '../../../shared/api/contract';
import { useExtractionStatus } from '../extraction/useExtractionStatus';
import { errorText } from '../i18n/errorText';
import { useFiling } from '../state/filing';
import { useTables } from '../state/tables';
import { TableListItem } from './TableListItem';

/**
 * The filing's tables. Choosing one shows it in the grid and turns the PDF to it; as
 * the PDF scrolls, the tables on the page being read are marked and kept in view.
 */
export function TableList({ documentId }: { documentId: number }) {
  const { t, i18n } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  const ownList = useTables((state) => state.documentId === documentId);
  const tables = useTables((state) => state.tables);
  const loading = useTables((state) => state.loading);
  const error = useTables((state) => state.error);
  const selectedId = useTables((state) => state.selectedId);
  const select = useTables((state) => state.select);
  const goToPage = useFiling((state) => state.goToPage);
  const page = useFiling((state) => state.page);
  const summary = useFiling((state) => state.summary);
  const extraction = useExtractionStatus(documentId, summary);

  const open = useCallback(
    (table: TableSummary) => {
      select(table.id);
      goToPage(table.pageStart);
    },
    [select, goToPage],
  );

  useEffect(() => {
    listRef.current?.querySelector('[data-at-page="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [page, tables]);

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
    <ol
      ref={listRef}
      className="table-list"
      data-testid="table-list"
      data-count={tables.length}
      aria-label={t('tables.title')}
    >
      {tables.map((table) => (
        <TableListItem
          key={table.id}
          table={table}
          selected={table.id === selectedId}
          atPage={table.pageStart <= page && page <= table.pageEnd}
          onOpen={open}
        />
      ))}
    </ol>
  );
}
