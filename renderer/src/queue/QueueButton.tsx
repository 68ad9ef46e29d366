import { useTranslation } from 'react-i18next';
import { queueSize, useApprovalQueue } from '../state/approvalQueue';
import { openApprovalQueue, useQueueRoute } from './queueRoute';
import { useQueuePolling } from './useQueuePolling';

/** The supervisors' way into the approval queue, with how much waits in it. */
export function QueueButton() {
  const { t } = useTranslation();
  const size = useApprovalQueue(queueSize);
  const loaded = useApprovalQueue((state) => state.loaded);
  const corrections = useApprovalQueue((state) => state.corrections.length);
  const filings = useApprovalQueue((state) => state.filings.length);
  const open = useQueueRoute((state) => state.open);
  useQueuePolling();

  return (
    <button
      type="button"
      className={`button queue-button${open ? ' active' : ''}`}
      data-testid="open-approval-queue"
      data-count={size}
      aria-pressed={open}
      title={t('queue.summary', { corrections, filings })}
      onClick={openApprovalQueue}
    >
      {t('queue.title')}
      {loaded && (
        <span className={`queue-badge${size > 0 ? ' nonzero' : ''}`} data-testid="approval-queue-count">
          {size}
        </span>
      )}
    </button>
  );
}
