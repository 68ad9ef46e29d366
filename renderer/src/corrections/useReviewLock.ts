/** Whether the open filing is approved and so locked against annotations and corrections, with the sentence saying so. */
import { useTranslation } from 'react-i18next';
import { useFiling } from '../state/filing';
import { useFilingReview } from '../state/filingReview';

export type ReviewLock = { locked: boolean; reason: string | undefined };

export function useReviewLock(): ReviewLock {
  const { t } = useTranslation();
  const openId = useFiling((state) => state.openId);
  // The review status as last read; until then, the library's word for it.
  const fetched = useFilingReview((state) => (state.documentId === openId ? state.review?.locked : undefined));
  const summaryApproved = useFiling((state) => state.summary?.reviewStatus === 'approved');
  const locked = fetched ?? summaryApproved;
  return { locked, reason: locked ? t('corrections.locked') : undefined };
}
