import { useTranslation } from 'react-i18next';
import { formatBytes } from '../format';

/** Over the PDF pane while pdf.js reads a filing: how far it got (a big file takes a moment). */
export function PdfLoading({ loaded, total }: { loaded: number; total: number }) {
  const { t, i18n } = useTranslation();
  const percent = total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : 0;
  return (
    <div className="pdf-loading" role="status" data-testid="pdf-loading" data-progress={percent}>
      <span className="spinner" aria-hidden="true" />
      <span>{t('viewer.loading')}</span>
      <span
        className="extraction-progress-track"
        role="progressbar"
        aria-label={t('viewer.loadingProgress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <span className="extraction-progress-fill" style={{ width: `${percent}%` }} />
      </span>
      {total > 0 && (
        <span className="pdf-loading-bytes">
          {t('viewer.loadingBytes', { loaded: formatBytes(loaded, i18n.language), total: formatBytes(total, i18n.language) })}
        </span>
      )}
    </div>
  );
}
