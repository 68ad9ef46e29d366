import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorSummary } from '../api/describeError';
import type { ReviewLock } from '../corrections/useReviewLock';
import { errorText } from '../i18n/errorText';

type Props = {
  /** Whose words: the Annotations or the Corrections tab's. */
  section: 'annotations' | 'corrections';
  lock: ReviewLock;
  error: ErrorSummary | null;
  loading: boolean;
  total: number;
  shown: number;
  children: ReactNode;
};

/** Below a review tab's filters: why edits are off, a load failure, and the list — or why it is empty. */
export function ReviewTabBody({ section, lock, error, loading, total, shown, children }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {lock.locked && (
        <div className="notice notice-warning review-lock" data-testid="review-locked">
          {lock.reason}
        </div>
      )}
      {error && (
        <div className="notice notice-error" role="alert" title={error.message}>
          {t(`${section}.loadFailed`, { reason: errorText(t, error, i18n.language) })}
        </div>
      )}
      {shown === 0 ? (
        <div className="empty-state review-empty">
          <div className="empty-state-title">{t(loading ? `${section}.loading` : total === 0 ? `${section}.none` : `${section}.noMatches`)}</div>
          {!loading && total === 0 && <div className="empty-state-hint">{t(`${section}.noneHint`)}</div>}
        </div>
      ) : (
        <ul className="review-list" aria-label={t(`${section}.listLabel`)}>
          {children}
        </ul>
      )}
    </>
  );
}
