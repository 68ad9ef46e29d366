import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../shell/FormError';
import { formProblem } from '../shell/failureText';
import { useAction } from '../shell/useAction';
import { useApprovalQueue } from '../state/approvalQueue';

type Props = {
  /** The selected corrections one may decide. */
  selectedIds: readonly number[];
  decidableCount: number;
  onSelectAll: (select: boolean) => void;
  /** After a decision: the decided corrections leave the selection. */
  onDecided: () => void;
};

/** Approve the selected corrections at once, or reject them with the comment saying why (required). */
export function DecisionBar({ selectedIds, decidableCount, onSelectAll, onDecided }: Props) {
  const { t } = useTranslation();
  const decide = useApprovalQueue((state) => state.decide);
  const [comment, setComment] = useState('');
  const commentRef = useRef<HTMLInputElement>(null);
  const action = useAction();
  const none = selectedIds.length === 0;
  const allSelected = decidableCount > 0 && selectedIds.length === decidableCount;

  const run = (decision: 'approve' | 'reject') => {
    if (decision === 'reject' && comment.trim() === '') {
      action.fail(formProblem(t('queue.commentMissing')));
      commentRef.current?.focus();
      return;
    }
    void action.run(() => decide(selectedIds, decision, comment.trim() || undefined)).then((ok) => {
      if (!ok) return;
      setComment('');
      onDecided();
    });
  };

  return (
    <div className="queue-decision-bar" data-testid="queue-decision-bar">
      <label className="queue-select-all">
        <input type="checkbox" checked={allSelected} disabled={decidableCount === 0} onChange={() => onSelectAll(!allSelected)} />
        {t('queue.selectAll')}
      </label>
      <span className="queue-selected-count" data-testid="queue-selected-count">
        {t('queue.selectedCount', { count: selectedIds.length })}
      </span>
      <button type="button" className="button button-primary button-small" data-testid="queue-approve-selected" disabled={none || action.busy} onClick={() => run('approve')}>
        {t('queue.approveSelected')}
      </button>
      <span className="toolbar-separator" />
      <input
        ref={commentRef}
        className="input queue-comment"
        data-testid="queue-comment"
        maxLength={4000}
        placeholder={t('queue.commentPlaceholder')}
        aria-label={t('queue.commentLabel')}
        value={comment}
        onChange={(event) => {
          setComment(event.target.value);
          action.clearError();
        }}
      />
      <button type="button" className="button button-danger button-small" data-testid="queue-reject-selected" disabled={none || action.busy} onClick={() => run('reject')}>
        {t('queue.rejectSelected')}
      </button>
      <FormError error={action.error} testId="queue-error" />
    </div>
  );
}
