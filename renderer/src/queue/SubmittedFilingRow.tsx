import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilingAction, FilingReview } from '../../../shared/api/contract';
import { filingActionsFor } from '../filing/filingActions';
import { StatusActionPrompt } from '../filing/StatusActionPrompt';
import { StatusLine } from '../filing/StatusLine';
import { FormError } from '../shell/FormError';
import { useAction } from '../shell/useAction';
import { useApprovalQueue } from '../state/approvalQueue';
import { useSession } from '../state/session';
import { useFilingName } from './useFilingName';

type Props = { review: FilingReview; pendingCorrections: number; onOpen: (documentId: number) => void };

/** A filing submitted for approval: approve it at once, or return it with a reason; a click opens it. */
export function SubmittedFilingRow({ review, pendingCorrections, onOpen }: Props) {
  const { t } = useTranslation();
  const user = useSession((state) => state.user);
  const changeFiling = useApprovalQueue((state) => state.changeFiling);
  const { name, detail } = useFilingName(review.documentId);
  const [returning, setReturning] = useState(false);
  const approval = useAction();
  const options = user ? filingActionsFor(review, user) : [];
  const approve = options.find((option) => option.action === 'approve');
  const mayReturn = options.some((option) => option.action === 'return');
  // The core refuses to approve a filing with corrections still pending; say so before it does.
  const approveBlock = approve?.blockedBy ? t('review.blocked.submitter') : pendingCorrections > 0 ? t('queue.pendingFirst', { count: pendingCorrections }) : null;
  const change = (action: FilingAction, reason = '') => changeFiling(review.documentId, action, reason || undefined);

  return (
    <li className="queue-filing" data-testid="queue-filing" data-document-id={review.documentId} onClick={() => onOpen(review.documentId)}>
      <div className="queue-filing-main">
        <span className="queue-filing-name">{name}</span>
        {detail && <span className="queue-group-detail">{detail}</span>}
        <StatusLine review={review} />
        {approveBlock && <span className="queue-blocked-note">{approveBlock}</span>}
      </div>
      <div className="queue-filing-actions" onClick={(event) => event.stopPropagation()}>
        {approve && (
          <button
            type="button"
            className="button button-primary button-small"
            data-testid="queue-filing-approve"
            disabled={approveBlock !== null || approval.busy}
            title={approveBlock ?? t('review.actionTitles.approve')}
            onClick={() => void approval.run(() => change('approve'))}
          >
            {t('review.actions.approve')}
          </button>
        )}
        {mayReturn && (
          <button type="button" className="button button-small" data-testid="queue-filing-return" disabled={returning} onClick={() => setReturning(true)}>
            {t('review.actions.return')}
          </button>
        )}
      </div>
      {(returning || approval.error) && (
        <div className="queue-filing-prompt" onClick={(event) => event.stopPropagation()}>
          <FormError error={approval.error} />
          {returning && (
            <StatusActionPrompt
              action="return"
              testIds={{ reason: 'queue-filing-reason', confirm: 'queue-filing-confirm' }}
              onConfirm={(reason) => change('return', reason)}
              onDone={() => setReturning(false)}
            />
          )}
        </div>
      )}
    </li>
  );
}
