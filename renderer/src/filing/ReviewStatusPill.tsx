import { useTranslation } from 'react-i18next';
import type { ReviewStatus } from '../../../shared/api/contract';

/** 新 / 复核中 / 已提交 / 已批准 / 已退回, each in its colour. */
export function ReviewStatusPill({ status }: { status: ReviewStatus }) {
  const { t } = useTranslation();
  return <span className={`status-pill status-${status}`}>{t(`review.status.${status}`)}</span>;
}
