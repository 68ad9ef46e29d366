import { useTranslation } from 'react-i18next';
import type { CorrectionRecord } from '../../../shared/api/contract';
import type { CorrectionGroup, DecisionBlock } from './queueModel';
import { QueueCorrectionRow } from './QueueCorrectionRow';
import { useFilingName } from './useFilingName';

type Props = {
  group: CorrectionGroup;
  blockOf: (correction: CorrectionRecord) => DecisionBlock;
  selected: ReadonlySet<number>;
  onToggle: (id: number) => void;
  onToggleAll: (ids: readonly number[], select: boolean) => void;
  onOpen: (correction: CorrectionRecord) => void;
  onOpenFiling: (documentId: number) => void;
  onHistory: (correction: CorrectionRecord) => void;
};

/** One filing's pending corrections, under its name, with a box that selects all of them one may decide. */
export function CorrectionGroupSection({ group, blockOf, selected, onToggle, onToggleAll, onOpen, onOpenFiling, onHistory }: Props) {
  const { t } = useTranslation();
  const { name, detail } = useFilingName(group.documentId);
  const decidable = group.corrections.filter((correction) => blockOf(correction) === null).map((correction) => correction.id);
  const allSelected = decidable.length > 0 && decidable.every((id) => selected.has(id));

  return (
    <section className="queue-group" data-testid="queue-group" data-document-id={group.documentId}>
      <header className="queue-group-header">
        <input
          type="checkbox"
          className="queue-group-select"
          checked={allSelected}
          disabled={decidable.length === 0}
          aria-label={t('queue.selectFiling', { name })}
          onChange={() => onToggleAll(decidable, !allSelected)}
        />
        <button type="button" className="queue-group-name link-button" onClick={() => onOpenFiling(group.documentId)}>
          {name}
        </button>
        {detail && <span className="queue-group-detail">{detail}</span>}
        <span className="queue-group-count">{t('queue.correctionCount', { count: group.corrections.length })}</span>
      </header>
      <ol className="queue-corrections">
        {group.corrections.map((correction) => (
          <QueueCorrectionRow
            key={correction.id}
            correction={correction}
            block={blockOf(correction)}
            selected={selected.has(correction.id)}
            onToggle={onToggle}
            onOpen={onOpen}
            onHistory={onHistory}
          />
        ))}
      </ol>
    </section>
  );
}
