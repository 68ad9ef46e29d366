import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationRecord } from '../../../shared/api/contract';
import { formatDateTime } from '../format';
import { FormError } from '../shell/FormError';
import { useAction } from '../shell/useAction';
import { useAnnotations } from '../state/annotations';
import { useFigures } from '../state/figures';
import { useSession } from '../state/session';
import { figureReviewTarget, describeTarget } from '../workspace/reviewTargets';
import { AnchorLabel } from './AnchorLabel';
import { AnnotationForm } from './AnnotationForm';
import { locateAnnotation } from './annotationLinking';
import { annotationTone, mayEdit } from './annotationModel';
import { ReplyBox } from './ReplyBox';
import { TagChip } from './TagChip';

const stop = (event: MouseEvent) => event.stopPropagation();

/** One note: where it is, its tags and comment, who wrote it when, its thread; the selected one also its reply box and actions. */
export function AnnotationItem({ annotation, locked }: { annotation: AnnotationRecord; locked: boolean }) {
  const { t, i18n } = useTranslation();
  const user = useSession((state) => state.user);
  const selected = useAnnotations((state) => state.selectedId === annotation.id);
  const targetKey = annotation.anchor.targetKey ?? null;
  const figure = useFigures((state) => (targetKey === null ? undefined : state.figures.find((candidate) => candidate.key === targetKey)));
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const action = useAction();
  const ref = useRef<HTMLLIElement>(null);
  const editable = !locked && mayEdit(annotation, user);
  const resolved = annotation.status === 'resolved';
  const when = (iso: string) => formatDateTime(iso, i18n.language);

  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const store = useAnnotations.getState;
  return (
    <li
      ref={ref}
      className={`review-item annotation-item tone-${annotationTone(annotation)}${selected ? ' selected' : ''}`}
      data-testid="annotation-item"
      data-annotation-id={annotation.id}
      data-status={annotation.status}
      aria-selected={selected}
      onClick={() => locateAnnotation(annotation)}
    >
      <div className="review-item-head">
        <span className={`tone-dot tone-${annotationTone(annotation)}`} aria-hidden="true" />
        <AnchorLabel anchor={annotation.anchor} label={figure ? describeTarget(figureReviewTarget(figure)) : undefined} />
        <span className="toolbar-spacer" />
        {resolved && <span className="badge annotation-resolved">{t('annotations.status.resolved')}</span>}
      </div>
      {editing ? (
        <div onClick={stop}>
          <AnnotationForm
            comment={annotation.comment}
            tags={annotation.tags}
            submitLabel={t('annotations.saveEdit')}
            onSubmit={async (comment, tags) => {
              await store().update(annotation.id, { comment, tags });
              setEditing(false);
            }}
            onCancel={() => setEditing(false)}
          />
        </div>
      ) : (
        <>
          {annotation.tags.length > 0 && (
            <div className="annotation-tags">
              {annotation.tags.map((tag) => (
                <TagChip key={tag} tag={tag} />
              ))}
            </div>
          )}
          {annotation.comment && (
            <div className="review-item-body annotation-text" data-testid="annotation-text">
              {annotation.comment}
            </div>
          )}
        </>
      )}
      {annotation.anchor.quote && <blockquote className="annotation-quote">{annotation.anchor.quote}</blockquote>}
      <div className="review-item-meta">
        {annotation.author} · {when(annotation.createdAt)}
      </div>
      {annotation.replies.length > 0 && (
        <ol className="annotation-thread" aria-label={t('annotations.thread')}>
          {annotation.replies.map((reply) => (
            <li key={reply.id} className="annotation-reply" data-testid="annotation-reply">
              <span className="annotation-reply-meta">
                {reply.author} · {when(reply.createdAt)}
              </span>
              <span className="annotation-reply-body">{reply.body}</span>
            </li>
          ))}
        </ol>
      )}
      {selected && !locked && !editing && (
        <div className="review-item-footer" onClick={stop}>
          <ReplyBox annotationId={annotation.id} />
          <div className="review-item-actions">
            <button
              type="button"
              className="button button-small"
              data-testid="annotation-resolve"
              disabled={action.busy}
              onClick={() => void action.run(() => store().update(annotation.id, { status: resolved ? 'open' : 'resolved' }))}
            >
              {t(resolved ? 'annotations.reopen' : 'annotations.resolve')}
            </button>
            {editable && (
              <button type="button" className="button button-small" data-testid="annotation-edit" onClick={() => setEditing(true)}>
                {t('annotations.edit')}
              </button>
            )}
            {editable && !confirmingDelete && (
              <button type="button" className="button button-small button-danger" data-testid="annotation-delete" onClick={() => setConfirmingDelete(true)}>
                {t('annotations.delete')}
              </button>
            )}
            {editable && confirmingDelete && (
              <span className="confirm-inline">
                {t('annotations.deleteConfirm')}
                <button type="button" className="button button-small button-danger" data-testid="annotation-delete-confirm" disabled={action.busy} onClick={() => void action.run(() => store().remove(annotation.id))}>
                  {t('annotations.delete')}
                </button>
                <button type="button" className="link-button" onClick={() => setConfirmingDelete(false)}>
                  {t('annotations.cancel')}
                </button>
              </span>
            )}
          </div>
          <FormError error={action.error} />
        </div>
      )}
    </li>
  );
}
