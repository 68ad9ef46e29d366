import { useTranslation } from 'react-i18next';
import { TagChip } from '../annotations/TagChip';
import { formatDateTime } from '../format';
import { useAnnotations } from '../state/annotations';

/** Next to the mouse over a note on the PDF: its tags, comment, author and replies. */
export function AnnotationTip() {
  const { t, i18n } = useTranslation();
  const hover = useAnnotations((state) => state.hover);
  const annotation = useAnnotations((state) => (state.hover ? state.annotations.find((candidate) => candidate.id === state.hover?.id) : undefined));
  const drafting = useAnnotations((state) => state.draft !== null);
  if (!hover || !annotation || drafting) return null;
  return (
    <div className="annotation-tip" role="tooltip" data-testid="annotation-tip" style={{ left: hover.x + 14, top: hover.y + 16 }}>
      {annotation.tags.length > 0 && (
        <div className="annotation-tags">
          {annotation.tags.map((tag) => (
            <TagChip key={tag} tag={tag} />
          ))}
        </div>
      )}
      {annotation.comment && <div className="annotation-tip-comment">{annotation.comment}</div>}
      <div className="annotation-meta">
        {annotation.author} · {formatDateTime(annotation.createdAt, i18n.language)}
        {annotation.status === 'resolved' && ` · ${t('annotations.status.resolved')}`}
        {annotation.replies.length > 0 && ` · ${t('annotations.replyCount', { count: annotation.replies.length })}`}
      </div>
    </div>
  );
}
