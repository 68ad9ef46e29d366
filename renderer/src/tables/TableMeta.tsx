import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableSummary } from '../../../shared/api/contract';
import { formatScale } from '../figures/formatValue';
import { useFigures } from '../state/figures';
import { pageText } from './pageText';

/** Above the grid: the table's title and pages, its unit (with scale and currency) and the periods its figures cover. */
export function TableMeta({ table }: { table: TableSummary }) {
  const { t } = useTranslation();
  const figures = useFigures((state) => state.figures);
  const periods = useMemo(() => {
    const labels = new Set<string>();
    for (const figure of figures) {
      if (figure.tableId !== table.id) continue;
      const label = figure.periodLabel ?? figure.periodEnd;
      if (label) labels.add(label);
    }
    return [...labels];
  }, [figures, table.id]);
  const scale = table.scale && table.scale !== '1' ? formatScale(table.scale) : null;
  const empty = t('common.empty');

  return (
    <div className="table-meta" data-testid="table-meta" data-table-id={table.id}>
      <div className="table-meta-title">
        <span className="table-meta-name" data-testid="table-title">
          {table.title ?? t('tables.untitled')}
        </span>
        <span className={`table-kind table-kind-${table.kind}`}>{t(`tableKind.${table.kind}`)}</span>
        <span className="table-meta-pages">{pageText(t, table)}</span>
      </div>
      <dl className="table-meta-fields">
        <div className="field">
          <dt className="field-label">{t('tables.unitLabel')}</dt>
          <dd className="field-value" data-testid="table-unit">
            {[table.currency, table.unit].filter(Boolean).join(' · ') || empty}
            {scale && <span className="table-meta-scale">{t('tables.scale', { scale })}</span>}
          </dd>
        </div>
        <div className="field">
          <dt className="field-label">{t('tables.periodLabel')}</dt>
          <dd className="field-value" data-testid="table-period" title={periods.join('\n')}>
            {periods.length > 0 ? periods.join(t('tables.periodSeparator')) : empty}
          </dd>
        </div>
      </dl>
    </div>
  );
}
