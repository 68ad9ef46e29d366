import { useTranslation } from 'react-i18next';

type Props = { pagesDone: number; pagesTotal: number; wide?: boolean };

/** A small bar and "34/161 页" while a filing is being extracted. */
export function ExtractionProgress({ pagesDone, pagesTotal, wide }: Props) {
  const { t } = useTranslation();
  const percent = pagesTotal > 0 ? Math.min(100, Math.round((pagesDone / pagesTotal) * 100)) : 0;
  const label = t('extraction.pagesProgress', { done: pagesDone, total: pagesTotal });
  return (
    <span
      className={`extraction-progress${wide ? ' extraction-progress-wide' : ''}`}
      role="progressbar"
      aria-label={t('extraction.progressLabel')}
      aria-valuemin={0}
      aria-valuemax={pagesTotal}
      aria-valuenow={pagesDone}
      aria-valuetext={label}
    >
      <span className="extraction-progress-track">
        <span className="extraction-progress-fill" style={{ width: `${percent}%` }} />
      </span>
      <span className="extraction-progress-label">{label}</span>
    </span>
  );
}
