import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckResultRecord } from '../../../shared/api/contract';
import { formatDecimal } from '../figures/formatValue';
import { StatusIcon } from './StatusIcon';

type Props = {
  result: CheckResultRecord;
  top: number;
  selected: boolean;
  onSelect: (result: CheckResultRecord) => void;
};

const amount = (value: string | null, empty: string) => (value === null ? empty : formatDecimal(value));

/** One check result: status, family, what was checked (and why it could not be), and the amounts, exact. */
export const CheckRow = memo(function CheckRow({ result, top, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const empty = t('common.empty');
  const english = i18n.language.startsWith('en');
  const description = english ? result.description.en : result.description.zh;
  const reason = result.reason && (english ? result.reason.en : result.reason.zh);
  const note = reason ?? t('checks.comparedWith', { count: result.figureIds.length });
  return (
    <div
      className={`check-row check-row-${result.status}${selected ? ' selected' : ''}`}
      role="row"
      aria-selected={selected}
      tabIndex={-1}
      data-testid="check-row"
      data-id={result.id}
      data-status={result.status}
      data-family={result.family}
      data-key={result.key}
      data-figure-ids={result.figureIds.join(',')}
      style={{ top }}
      onClick={() => onSelect(result)}
    >
      <span className="check-cell check-col-status" role="gridcell">
        <StatusIcon status={result.status} />
      </span>
      <span className="check-cell check-col-family" role="gridcell">
        {t(`checks.family.${result.family}`)}
      </span>
      <span className="check-cell check-col-description" role="gridcell" title={reason ? `${description}\n${reason}` : description}>
        <span className="check-description">{description}</span>
        <span className={`check-note${reason && result.status === 'cannot_evaluate' ? ' check-reason' : ''}`}>{note}</span>
      </span>
      <span className="check-cell check-col-number mono" role="gridcell" title={result.expected ?? undefined}>
        {amount(result.expected, empty)}
      </span>
      <span className="check-cell check-col-number mono" role="gridcell" title={result.actual ?? undefined}>
        {amount(result.actual, empty)}
      </span>
      <span className={`check-cell check-col-number mono${result.status === 'fail' ? ' check-fail' : ''}`} role="gridcell">
        {amount(result.difference, empty)}
      </span>
      <span className="check-cell check-col-tolerance mono" role="gridcell">
        {amount(result.tolerance, empty)}
      </span>
    </div>
  );
});
