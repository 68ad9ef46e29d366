import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectionRecord } from '../../../shared/api/contract';
import { userMay } from '../auth/permissions';
import { formatDateTime } from '../format';
import { FormError } from '../shell/FormError';
import { useAction } from '../shell/useAction';
import { useCorrections } from '../state/corrections';
import { useFigures } from '../state/figures';
import { useSession } from '../state/session';
import { describeTarget, figureReviewTarget } from '../workspace/reviewTargets';
import { useLocate } from '../viewer/locate';
import { shownValue } from './correctionModel';
import { TargetHistory } from './TargetHistory';

const stop = (event: MouseEvent) => event.stopPropagation();

/** One correction: status, what (label, field), old → new, the reason, who proposed and decided; its actions. */
export function CorrectionItem({ correction, locked }: { correction: CorrectionRecord; locked: boolean }) {
  const { t, i18n } = useTranslation();
  const user = useSession((state) => state.user);
  const selected = useCorrections((state) => state.selectedId === correction.id);
  const action = useAction();
  const [rejecting, setRejecting] = useState(false);
  const [comment, setComment] = useState('');
  const ref = useRef<HTMLLIElement>(null);
  const empty = t('common.empty');
  const pending = correction.status === 'pending';
  const own = user?.username === correction.proposedBy;
  const mayDecide = pending && !own && !locked && userMay(user, 'supervise');
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  // The core labels table figures by row and column; a figure in running text by its metric, if still extracted.
  const figure = useFigures((state) => (correction.label ? undefined : state.figures.find((candidate) => candidate.key === correction.targetKey)));
  const title = correction.label || (figure ? describeTarget(figureReviewTarget(figure)) : correction.targetKey);

  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const open = () => {
    useCorrections.getState().select(correction.id);
    useLocate.getState().locate(correction.page, [correction.box]);
  };
  const decide = (decision: 'approve' | 'reject') =>
    void action.run(() => useCorrections.getState().decide([correction.id], decision, decision === 'reject' ? comment.trim() : undefined));

  return (
    <li
      ref={ref}
      className={`review-item correction-item correction-item-${correction.status}${selected ? ' selected' : ''}`}
      data-testid="correction-item"
      data-correction-id={correction.id}
      data-status={correction.status}
      data-target-key={correction.targetKey}
      aria-selected={selected}
      onClick={open}
    >
      <div className="review-item-head">
        <span className={`badge correction-status correction-status-${correction.status}`}>{t(`corrections.status.${correction.status}`)}</span>
        <span className="review-item-title" title={`${title} (${correction.targetKey})`}>
          {title}
        </span>
        {correction.stale && (
          <span className="badge badge-stale" data-testid="correction-stale" title={t('corrections.staleHint')}>
            {t('corrections.stale')}
          </span>
        )}
        <span className="toolbar-spacer" />
        <span className="review-item-page">{t('annotations.page', { page: correction.page })}</span>
      </div>
      <div className="correction-diff">
        <span className="correction-field-name">{t(`corrections.fields.${correction.field}`)}</span>
        <del className="mono" data-testid="correction-old">
          {shownValue(correction.field, correction.oldValue, empty)}
        </del>
        <span className="correction-arrow" aria-hidden="true">
          →
        </span>
        <ins className="mono" data-testid="correction-new">
          {shownValue(correction.field, correction.newValue, empty)}
        </ins>
        {correction.extractedValue !== null && correction.extractedValue !== correction.oldValue && (
          <span className="review-item-note">{t('corrections.extractedWas', { value: shownValue(correction.field, correction.extractedValue, empty) })}</span>
        )}
      </div>
      <div className="review-item-body">
        <span className="review-item-label">{t('corrections.reason')}</span> {correction.reason}
      </div>
      <div className="review-item-meta">
        {t('corrections.proposed', { who: correction.proposedBy, when: when(correction.proposedAt) })}
        {correction.decidedBy && correction.decidedAt && (
          <>
            {' · '}
            <span className={`decision decision-${correction.status}`}>
              {t(`corrections.decided.${correction.status}`, { who: correction.decidedBy, when: when(correction.decidedAt) })}
            </span>
          </>
        )}
      </div>
      {correction.decisionComment && <div className="review-item-body decision-comment">“{correction.decisionComment}”</div>}
      {pending && (own || mayDecide) && !locked && (
        <div className="review-item-actions" onClick={stop}>
          {own && (
            <button type="button" className="button button-small" data-testid="correction-withdraw" disabled={action.busy} onClick={() => void action.run(() => useCorrections.getState().withdraw(correction.id))}>
              {t('corrections.withdraw')}
            </button>
          )}
          {mayDecide && !rejecting && (
            <>
              <button type="button" className="button button-small button-primary" data-testid="correction-approve" disabled={action.busy} onClick={() => decide('approve')}>
                {t('corrections.approve')}
              </button>
              <button type="button" className="button button-small" data-testid="correction-reject" disabled={action.busy} onClick={() => setRejecting(true)}>
                {t('corrections.reject')}
              </button>
            </>
          )}
          {mayDecide && rejecting && (
            <span className="reject-form">
              <input
                className="input"
                data-testid="correction-reject-comment"
                placeholder={t('corrections.rejectPlaceholder')}
                value={comment}
                autoFocus
                onChange={(event) => setComment(event.target.value)}
              />
              <button type="button" className="button button-small" data-testid="correction-reject-confirm" disabled={action.busy || comment.trim() === ''} onClick={() => decide('reject')}>
                {t('corrections.rejectConfirm')}
              </button>
              <button type="button" className="link-button" onClick={() => setRejecting(false)}>
                {t('annotations.cancel')}
              </button>
            </span>
          )}
        </div>
      )}
      <FormError error={action.error} />
      {selected && (
        <div onClick={stop}>
          <TargetHistory documentId={correction.documentId} targetKey={correction.targetKey} reload={correction.status === 'pending' ? 0 : 1} />
        </div>
      )}
    </li>
  );
}
