import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CorrectionRecord } from '../../../shared/api/contract';
import { parseTargetKey } from '../../../shared/domain/review/target-key';
import { formatDateTime } from '../format';
import { CorrectionDiff } from './CorrectionDiff';
import { PdfSnippet } from './PdfSnippet';
import type { DecisionBlock } from './queueModel';

/** A figure in running text has no row or column to name it: say where it is instead. */
function unlabelledTarget(t: TFunction, targetKey: string): string {
  const target = parseTargetKey(targetKey);
  return target?.kind === 'text' ? t('queue.textFigure', { page: target.page }) : targetKey;
}

type Props = {
  correction: CorrectionRecord;
  block: DecisionBlock;
  selected: boolean;
  onToggle: (id: number) => void;
  onOpen: (correction: CorrectionRecord) => void;
  onHistory: (correction: CorrectionRecord) => void;
};

/**
 * One pending correction: the box to select it, the PDF where it is, what changes, why,
 * and who asked. A click anywhere else on the row opens the filing at its page.
 */
export const QueueCorrectionRow = memo(function QueueCorrectionRow({ correction, block, selected, onToggle, onOpen, onHistory }: Props) {
  const { t, i18n } = useTranslation();
  const stop = (event: { stopPropagation: () => void }) => event.stopPropagation();

  return (
    <li
      className={`queue-correction${selected ? ' selected' : ''}${block ? ' blocked' : ''}`}
      data-testid="queue-correction"
      data-correction-id={correction.id}
      data-blocked={block ?? undefined}
      onClick={() => onOpen(correction)}
    >
      <label className="queue-select" onClick={stop} title={block ? t(`queue.blocked.${block}`) : t('queue.select')}>
        <input
          type="checkbox"
          data-testid="queue-select"
          checked={selected}
          disabled={block !== null}
          aria-label={t('queue.selectLabel', { id: correction.id })}
          onChange={() => onToggle(correction.id)}
        />
      </label>
      <PdfSnippet correction={correction} />
      <div className="queue-correction-body">
        <div className="queue-correction-label" title={correction.targetKey}>
          {correction.label || unlabelledTarget(t, correction.targetKey)}
        </div>
        <CorrectionDiff correction={correction} />
        <p className="queue-correction-reason">{t('review.reasonShown', { reason: correction.reason })}</p>
        <div className="queue-correction-meta">
          <span>{t('queue.proposed', { who: correction.proposedBy, when: formatDateTime(correction.proposedAt, i18n.language) })}</span>
          <span className="mono">#{correction.id}</span>
          {correction.stale && (
            <span className="queue-stale" data-testid="queue-stale" title={t('queue.staleTitle')}>
              {t('queue.stale')}
            </span>
          )}
          {block && (
            <span className="queue-blocked-note" data-testid="queue-blocked-note">
              {t(`queue.blocked.${block}`)}
            </span>
          )}
        </div>
      </div>
      <div className="queue-correction-actions" onClick={stop}>
        <button type="button" className="button button-small" data-testid="queue-open" onClick={() => onOpen(correction)}>
          {t('queue.openAtPage', { page: correction.page })}
        </button>
        <button type="button" className="button button-small" data-testid="queue-history" onClick={() => onHistory(correction)}>
          {t('history.open')}
        </button>
      </div>
    </li>
  );
});
