import { useTranslation } from 'react-i18next';
import type { CheckResultRecord, FigureRecord } from '../../../shared/api/contract';
import { CorrectionMarker, useTargetMarker } from '../corrections/CorrectionMarker';
import { figureValueText } from '../figures/figureText';
import { useFigures } from '../state/figures';
import { ReviewActions } from '../workspace/ReviewActions';
import { describeTarget, figureReviewTarget } from '../workspace/reviewTargets';

/** Under the list: the figures the selected result read (the checked one first), each to annotate or correct. */
export function CheckFigures({ result }: { result: CheckResultRecord }) {
  const { t } = useTranslation();
  const byId = useFigures((state) => state.byId);
  const figures = [...new Set(result.figureIds)].flatMap((id) => byId.get(id) ?? []);
  if (figures.length === 0) return null;
  return (
    <section className="check-figures" data-testid="check-figures" aria-label={t('corrections.checkFigures')}>
      <header className="check-figures-title">{t('corrections.checkFigures')}</header>
      <ul>
        {figures.map((figure, index) => (
          <CheckFigure key={figure.id} figure={figure} checked={index === 0} />
        ))}
      </ul>
    </section>
  );
}

function CheckFigure({ figure, checked }: { figure: FigureRecord; checked: boolean }) {
  const { t } = useTranslation();
  const target = figureReviewTarget(figure);
  const marker = useTargetMarker(figure.key);
  return (
    <li className="check-figure" data-testid="check-figure" data-figure-id={figure.id}>
      <span className="check-figure-role">{t(checked ? 'corrections.checkedFigure' : 'corrections.comparedFigure')}</span>
      <span className="check-figure-label" title={describeTarget(target)}>
        {describeTarget(target)}
      </span>
      <span className={`check-figure-value mono${marker.state ? ` corrected-${marker.state}` : ''}`} title={marker.title || undefined}>
        {figureValueText(t, figure)}
        <CorrectionMarker state={marker.state} />
      </span>
      <span className="check-figure-page">{t('annotations.page', { page: figure.page })}</span>
      <ReviewActions target={target} />
    </li>
  );
}
