import type { TFunction } from 'i18next';
import type { SortKey } from './sortAndFilter';

/** The grid's sortable columns in display order; `numeric` columns align right. */
export const LIBRARY_COLUMNS: ReadonlyArray<{ key: SortKey; numeric?: boolean; className: string }> = [
  { key: 'securityCode', className: 'col-code' },
  { key: 'shortName', className: 'col-name' },
  { key: 'documentType', className: 'col-type' },
  { key: 'reportPeriod', className: 'col-period' },
  { key: 'pages', numeric: true, className: 'col-pages' },
  { key: 'importedAt', className: 'col-imported' },
  { key: 'reviewStatus', className: 'col-status' },
  { key: 'reviewWork', numeric: true, className: 'col-review-work' },
  { key: 'extractionStatus', className: 'col-extraction' },
  { key: 'checks', numeric: true, className: 'col-checks' },
];

/** A column's heading: the review column's lives with the review texts. */
export function columnLabel(t: TFunction, key: SortKey): string {
  return key === 'reviewWork' ? t('review.work.column') : t(`library.columns.${key}`);
}
