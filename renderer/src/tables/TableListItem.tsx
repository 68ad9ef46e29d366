import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableSummary } from '../../../shared/api/contract';
import { pageText } from './pageText';

type Props = { table: TableSummary; selected: boolean; atPage: boolean; onOpen: (table: TableSummary) => void };

export const TableListItem = memo(function TableListItem({ table, selected, atPage, onOpen }: Props) {
  const { t } = useTranslation();
  const title = table.title ?? t('tables.untitled');

  return (
    <li
      className={`table-list-entry${atPage ? ' at-page' : ''}`}
      data-testid="table-list-item"
      data-table-id={table.id}
      data-kind={table.kind}
      data-at-page={atPage}
      data-selected={selected}
    >
      <button
        type="button"
        className={`table-list-button${selected ? ' selected' : ''}`}
        aria-current={selected ? 'true' : undefined}
        title={t('tables.goTo', { title, page: table.pageStart })}
        onClick={() => onOpen(table)}
      >
        <span className={`table-list-title${table.title ? '' : ' untitled'}`}>{title}</span>
        <span className="table-list-meta">
          <span className={`table-kind table-kind-${table.kind}`}>{t(`tableKind.${table.kind}`)}</span>
          <span className="table-list-pages">{pageText(t, table)}</span>
          <span className="table-list-size">{t('tables.size', { rows: table.rowCount, cols: table.colCount })}</span>
          {table.unit && <span className="table-list-unit">{t('tables.unit', { unit: table.unit })}</span>}
        </span>
      </button>
    </li>
  );
});
