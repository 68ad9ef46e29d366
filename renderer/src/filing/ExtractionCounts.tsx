import { useTranslation } from 'react-i18next';
import type { ExtractionStatus } from '../../../shared/api/contract';

type Counts = NonNullable<ExtractionStatus['counts']>;

/** "12 个表格 · 345 项数据" once a filing is extracted. */
export function ExtractionCounts({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  return (
    <span className="extraction-counts" data-testid="extraction-counts" data-tables={counts.tables} data-figures={counts.figures}>
      {t('extraction.counts', {
        tables: t('extraction.tableCount', { count: counts.tables }),
        figures: t('extraction.figureCount', { count: counts.figures }),
      })}
    </span>
  );
}
