import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableSummary } from '../../../shared/api/contract';

type Props = { table: TableSummary; selected: boolean; onOpen: () => void };

export const TableListItem = memo(function TableListItem({ table, selected, onOpen }: Props) {
  const { t } = useTranslation();
  const title = table.title ?? t('tables.untitled');
  const pages =
    table.pageStart === table.pageEnd
      ? t('tables.page', { page: table.pageStart })
      : t('tables.pageRange', { start: table.pageStart, end: table.pageEnd });

  return (
    <li className="table-list-entry" data-testid="table-list-item" data-table-id={table.id} data-kind={table.kind}>
      <button
        type="button"
        className={`table-list-button${selected ? ' selected' : ''}`}
        aria-current={selected ? 'true' : undefined}
        title={t('tables.goTo', { title, page: table.pageStart })}
        onClick={onOpen}
      >
        <span className={`table-list-title${table.title ? '' : ' untitled'}`}>{title}</span>
        <span className="table-list-meta">
          <span className={`table-kind table-kind-${table.kind}`}>{t(`tableKind.${table.kind}`)}</span>
          <span className="table-list-pages">{pages}</span>
          <span className="table-list-size">{t('tables.size', { rows: table.rowCount, cols: table.colCount })}</span>
          {table.unit && <span className="table-list-unit">{t('tables.unit', { unit: table.unit })}</span>}
        </span>
      </button>
    </li>
  );
});
