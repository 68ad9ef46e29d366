import { useTranslation } from 'react-i18next';
import { useHover } from '../state/hover';
import { formatScale } from '../figures/formatValue';

/** Next to the mouse over a known number in the PDF: what extraction read there. */
export function NumberTooltip() {
  const { t } = useTranslation();
  const tip = useHover((state) => state.tip);
  if (!tip) return null;
  const empty = t('common.empty');
  return (
    <div className="number-tooltip" role="tooltip" data-testid="number-tooltip" style={{ left: tip.x + 14, top: tip.y + 16 }}>
      {tip.label && <div className="number-tooltip-label">{tip.label}</div>}
      <dl className="number-tooltip-fields">
        <dt>{t('tooltip.value')}</dt>
        <dd className="mono" data-testid="number-tooltip-value">
          {tip.value ?? empty}
          {tip.percent ? '%' : ''}
        </dd>
        <dt>{t('tooltip.unit')}</dt>
        <dd>{tip.unit ?? empty}</dd>
        <dt>{t('tooltip.scale')}</dt>
        <dd className="mono">{formatScale(tip.scale) ?? empty}</dd>
        <dt>{t('tooltip.precision')}</dt>
        <dd>{tip.precision === null ? empty : t('tooltip.decimals', { count: tip.precision })}</dd>
      </dl>
    </div>
  );
}
