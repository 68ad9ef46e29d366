/**
 * The Corrections tab: every correction proposed on this filing, newest first, filtered
 * by status; each shows what changes (old → new), why, who proposed and who decided.
 * A click turns the PDF to the figure; one's own pending corrections can be withdrawn,
 * and a supervisor can decide the others' here too.
 */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CORRECTION_STATUSES } from '../../../shared/api/contract';
import { useCorrections, type CorrectionStatusFilter } from '../state/corrections';
import { ReviewTabBody } from '../workspace/ReviewTabBody';
import { CorrectionItem } from './CorrectionItem';
import { useReviewLock } from './useReviewLock';

const FILTERS: readonly CorrectionStatusFilter[] = ['all', ...CORRECTION_STATUSES];

export function CorrectionsTab({ documentId }: { documentId: number }) {
  const { t } = useTranslation();
  const corrections = useCorrections((state) => state.corrections);
  const loading = useCorrections((state) => state.loading);
  const error = useCorrections((state) => state.error);
  const statusFilter = useCorrections((state) => state.statusFilter);
  const setStatusFilter = useCorrections((state) => state.setStatusFilter);
  const lock = useReviewLock();

  // Decisions are made elsewhere too (the approval queue, another supervisor): read afresh on opening.
  useEffect(() => {
    void useCorrections.getState().load(documentId);
  }, [documentId]);

  const counts = useMemo(() => {
    const out: Record<CorrectionStatusFilter, number> = { all: corrections.length, pending: 0, approved: 0, rejected: 0, withdrawn: 0 };
    for (const correction of corrections) out[correction.status]++;
    return out;
  }, [corrections]);
  const shown = useMemo(
    () =>
      corrections
        .filter((correction) => statusFilter === 'all' || correction.status === statusFilter)
        .sort((a, b) => b.proposedAt.localeCompare(a.proposedAt) || b.id - a.id),
    [corrections, statusFilter],
  );

  return (
    <div className="review-tab corrections-tab" data-testid="corrections-tab">
      <div className="toolbar review-filters">
        <div className="check-chips" role="group" aria-label={t('corrections.statusFilter')}>
          {FILTERS.map((status) => (
            <button
              key={status}
              type="button"
              className={`check-chip review-chip chip-${status}`}
              data-testid="correction-status-filter"
              data-status={status}
              aria-pressed={statusFilter === status}
              onClick={() => setStatusFilter(status)}
            >
              {t(`corrections.status.${status}`)}
              <span className="chip-count">{counts[status]}</span>
            </button>
          ))}
        </div>
      </div>
      <ReviewTabBody section="corrections" lock={lock} error={error} loading={loading} total={corrections.length} shown={shown.length}>
        {shown.map((correction) => (
          <CorrectionItem key={correction.id} correction={correction} locked={lock.locked} />
        ))}
      </ReviewTabBody>
    </div>
  );
}
