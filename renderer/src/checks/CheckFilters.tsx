import { useTranslation } from 'react-i18next';
import type { CheckSummary } from '../../../shared/api/contract';
import { useCheckPrefs } from '../state/checkPrefs';
import { CHECK_FAMILIES, CHECK_STATUSES, STATUS_SYMBOL, type CheckStatus, type FamilyFilter } from './checkModel';

type Props = {
  summary: CheckSummary | null;
  statuses: ReadonlySet<CheckStatus>;
  family: FamilyFilter;
  running: boolean;
  formOpen: boolean;
  onToggleStatus: (status: CheckStatus) => void;
  onFamily: (family: FamilyFilter) => void;
  onRerun: () => void;
  onNewCheck: () => void;
};

/** Status chips with their counts, the family filter, the tickmark switch, new check and re-run. */
export function CheckFilters({ summary, statuses, family, running, formOpen, onToggleStatus, onFamily, onRerun, onNewCheck }: Props) {
  const { t } = useTranslation();
  const tickmarks = useCheckPrefs((state) => state.tickmarks);
  const setTickmarks = useCheckPrefs((state) => state.setTickmarks);
  return (
    <div className="toolbar check-filters">
      <div className="check-chips" role="group" aria-label={t('checks.statusFilterLabel')}>
        {CHECK_STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className={`check-chip check-chip-${status}`}
            data-testid="check-status-filter"
            data-status={status}
            aria-pressed={statuses.has(status)}
            title={t(`checks.status.${status}`)}
            onClick={() => onToggleStatus(status)}
          >
            <span className={`check-${status}`} aria-hidden="true">
              {STATUS_SYMBOL[status]}
            </span>
            {t('checks.statusChip', { status: t(`checks.status.${status}`), count: summary?.[status] ?? 0 })}
          </button>
        ))}
      </div>
      <select
        className="select"
        data-testid="check-family-filter"
        aria-label={t('checks.familyFilterLabel')}
        value={family}
        onChange={(event) => {
          const value = CHECK_FAMILIES.find((candidate) => candidate === event.target.value);
          onFamily(value ?? 'all');
        }}
      >
        <option value="all">{t('checks.allFamilies')}</option>
        {CHECK_FAMILIES.map((value) => (
          <option key={value} value={value}>
            {t(`checks.family.${value}`)}
          </option>
        ))}
      </select>
      <span className="toolbar-spacer" />
      <label className="figure-option" title={t('checks.tickmarksTitle')}>
        <input type="checkbox" data-testid="tickmark-toggle" checked={tickmarks} onChange={(event) => setTickmarks(event.target.checked)} />
        {t('checks.tickmarks')}
      </label>
      <button type="button" className="button button-small" data-testid="check-new" aria-pressed={formOpen} onClick={onNewCheck}>
        {t('checks.newCheck')}
      </button>
      <button type="button" className="button button-small" data-testid="check-rerun" disabled={running} onClick={onRerun}>
        {running ? t('checks.rerunning') : t('checks.rerun')}
      </button>
    </div>
  );
}
