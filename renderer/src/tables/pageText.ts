import type { TFunction } from 'i18next';
import type { TableSummary } from '../../../shared/api/contract';

/** "第 60 页" or "第 60–62 页". */
export function pageText(t: TFunction, table: Pick<TableSummary, 'pageStart' | 'pageEnd'>): string {
  return table.pageStart === table.pageEnd
    ? t('tables.page', { page: table.pageStart })
    : t('tables.pageRange', { start: table.pageStart, end: table.pageEnd });
}
