import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectionTarget } from '../corrections/correctionModel';
import { fieldsFor } from '../corrections/correctionModel';
import { useReviewLock } from '../corrections/useReviewLock';
import { annotateTarget, correctTarget } from './reviewTargets';

type Props = { target: CorrectionTarget; className?: string };

/** Annotate | Correct for one cell or figure; disabled, with the reason, on a locked filing. */
export function ReviewActions({ target, className = 'review-actions' }: Props) {
  const { t } = useTranslation();
  const lock = useReviewLock();
  const correctable = fieldsFor(target).length > 0;
  const annotate = (event: MouseEvent<HTMLButtonElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    annotateTarget(target, { x: rect.left, y: rect.bottom });
  };
  return (
    <span className={className}>
      <button
        type="button"
        className="button button-small"
        data-testid="annotate-target"
        data-target-key={target.key}
        disabled={lock.locked}
        title={lock.reason ?? t('annotations.annotateTarget')}
        onClick={annotate}
      >
        {t('annotations.annotate')}
      </button>
      <button
        type="button"
        className="button button-small"
        data-testid="correct-figure"
        data-target-key={target.key}
        data-figure-id={target.figure?.id}
        disabled={lock.locked || !correctable}
        title={lock.reason ?? t('corrections.correctTitle')}
        onClick={() => correctTarget(target)}
      >
        {t('corrections.correct')}
      </button>
    </span>
  );
}
