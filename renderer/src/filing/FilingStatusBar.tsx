import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilingAction } from '../../../shared/api/contract';
import { HistoryPanel } from '../history/HistoryPanel';
import { FormError } from '../shell/FormError';
import { useFilingReview } from '../state/filingReview';
import { useSession } from '../state/session';
import { filingActionsFor, type FilingActionOption } from './filingActions';
import { LockIcon } from './LockIcon';
import { ReviewStatusPill } from './ReviewStatusPill';
import { StatusActionPrompt } from './StatusActionPrompt';
import { StatusLine } from './StatusLine';
import { useFilingReviewSync } from './useFilingReviewSync';

/**
 * The filing's review status under its header: where it stands, who moved it and why,
 * the actions the user's role allows now (each confirmed with its reason), and its history.
 */
export function FilingStatusBar({ documentId }: { documentId: number }) {
  const { t } = useTranslation();
  const review = useFilingReview((state) => (state.documentId === documentId ? state.review : null));
  const error = useFilingReview((state) => (state.documentId === documentId ? state.error : null));
  const change = useFilingReview((state) => state.change);
  const user = useSession((state) => state.user);
  const [prompt, setPrompt] = useState<FilingAction | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [changes, setChanges] = useState(0);
  useFilingReviewSync(documentId);

  if (!review) return error ? <FormError error={error} /> : null;
  const options = user ? filingActionsFor(review, user) : [];

  return (
    <>
      <div className="filing-review-bar" data-testid="filing-status" data-status={review.status} data-locked={review.locked} role="region" aria-label={t('review.barLabel')}>
        <ReviewStatusPill status={review.status} />
        {review.locked && (
          <span className="review-locked" data-testid="filing-locked" title={t('review.lockedTitle')}>
            <LockIcon />
            {t('review.locked')}
          </span>
        )}
        <StatusLine review={review} />
        <span className="toolbar-spacer" />
        {options.some((option) => option.blockedBy === 'submitter') && <span className="review-note">{t('review.blocked.submitter')}</span>}
        {options.map((option) => (
          <ActionButton key={option.action} option={option} active={prompt === option.action} onClick={() => setPrompt(option.action)} />
        ))}
        <button type="button" className="button button-small" data-testid="filing-history" aria-pressed={historyOpen} onClick={() => setHistoryOpen((open) => !open)}>
          {t('history.open')}
        </button>
      </div>
      {prompt && (
        <StatusActionPrompt
          key={prompt}
          action={prompt}
          testIds={{ reason: 'filing-status-reason', confirm: 'filing-status-confirm' }}
          onConfirm={async (reason) => {
            await change(prompt, reason);
            setChanges((count) => count + 1);
          }}
          onDone={() => setPrompt(null)}
        />
      )}
      {historyOpen && <HistoryPanel filingRef={String(documentId)} reload={changes} onClose={() => setHistoryOpen(false)} />}
    </>
  );
}

function ActionButton({ option, active, onClick }: { option: FilingActionOption; active: boolean; onClick: () => void }) {
  const { t } = useTranslation();
  const primary = option.action === 'submit' || option.action === 'approve';
  return (
    <button
      type="button"
      className={`button button-small${primary ? ' button-primary' : ''}`}
      data-testid={`filing-${option.action}`}
      disabled={option.blockedBy !== null || active}
      title={option.blockedBy ? t('review.blocked.submitter') : t(`review.actionTitles.${option.action}`)}
      onClick={onClick}
    >
      {t(`review.actions.${option.action}`)}
    </button>
  );
}
