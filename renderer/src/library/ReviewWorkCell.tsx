import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../shared/api/contract';

/** The library's review column: corrections awaiting a supervisor, annotations still open. */
export function ReviewWorkCell({ document }: { document: DocumentSummary }) {
  const { t } = useTranslation();
  const { pendingCorrections, openAnnotations } = document;
  const title = t('review.work.title', { corrections: pendingCorrections, annotations: openAnnotations });
  return (
    <td
      className="col-review-work numeric"
      data-testid="library-review-work"
      data-pending-corrections={pendingCorrections}
      data-open-annotations={openAnnotations}
      title={title}
      aria-label={title}
    >
      {pendingCorrections === 0 && openAnnotations === 0 ? (
        <span className="review-count-none">{t('common.empty')}</span>
      ) : (
        <>
          <span className={`review-count review-count-corrections${pendingCorrections > 0 ? ' nonzero' : ''}`}>
            {t('review.work.corrections', { count: pendingCorrections })}
          </span>
          <span className={`review-count review-count-annotations${openAnnotations > 0 ? ' nonzero' : ''}`}>
            {t('review.work.annotations', { count: openAnnotations })}
          </span>
        </>
      )}
    </td>
  );
}
