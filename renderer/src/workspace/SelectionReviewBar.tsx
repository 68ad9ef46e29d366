import { useTranslation } from 'react-i18next';
import type { CorrectionTarget } from '../corrections/correctionModel';
import { useTargetMarker } from '../corrections/CorrectionMarker';
import { figureValueText } from '../figures/figureText';
import { ReviewActions } from './ReviewActions';
import { describeTarget } from './reviewTargets';

/** Above a grid: the selected cell or figure, its correction state, and the actions on it. */
export function SelectionReviewBar({ target }: { target: CorrectionTarget | null }) {
  const { t } = useTranslation();
  const marker = useTargetMarker(target?.key);
  if (!target) {
    return (
      <div className="review-bar review-bar-empty" data-testid="review-bar">
        {t('corrections.selectHint')}
      </div>
    );
  }
  const value = target.figure ? figureValueText(t, target.figure) : (target.cell?.text ?? '');
  return (
    <div className="review-bar" data-testid="review-bar" data-target-key={target.key}>
      <span className="review-bar-label" title={describeTarget(target)}>
        {describeTarget(target)}
      </span>
      <span className="review-bar-value mono" title={marker.title || undefined}>
        {value}
      </span>
      {marker.state && (
        <span className={`badge correction-state correction-state-${marker.state}`} title={marker.title}>
          {t(`corrections.markerState.${marker.state}`)}
        </span>
      )}
      <span className="toolbar-spacer" />
      <ReviewActions target={target} />
    </div>
  );
}
