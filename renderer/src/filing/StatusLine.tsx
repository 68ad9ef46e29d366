import { useTranslation } from 'react-i18next';
import type { FilingReview } from '../../../shared/api/contract';
import { formatDateTime } from '../format';

/** "王主管 于 2025/03/02 10:00 退回 · 理由：…": who moved the filing last, when, and why. */
export function StatusLine({ review }: { review: FilingReview }) {
  const { t, i18n } = useTranslation();
  // Reopening is the only way back into review that carries a reason.
  const wording = review.status === 'in_review' && review.reason ? 'reopened' : review.status;
  return (
    <span className="status-line">
      {review.changedBy && review.changedAt ? (
        <span className="status-line-who">
          {t(`review.statusLine.${wording}`, { who: review.changedBy, when: formatDateTime(review.changedAt, i18n.language) })}
        </span>
      ) : (
        <span className="status-line-who">{t('review.statusLine.untouched')}</span>
      )}
      {review.reason && (
        <span className="status-line-reason" data-testid="filing-status-reason-shown" title={review.reason}>
          {t('review.reasonShown', { reason: review.reason })}
        </span>
      )}
    </span>
  );
}
