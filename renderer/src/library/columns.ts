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
  { key: 'extractionStatus', className: 'col-extraction' },
  { key: 'checks', numeric: true, className: 'col-checks' },
];
