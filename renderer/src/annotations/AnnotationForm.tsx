import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../shell/FormError';
import { useAction } from '../shell/useAction';
import { FormActions } from '../workspace/FormActions';
import { TagPicker } from './TagPicker';

type Props = {
  comment?: string;
  tags?: readonly string[];
  submitLabel: string;
  /** Resolves when saved; a rejection is shown in the form. */
  onSubmit: (comment: string, tags: string[]) => Promise<unknown>;
  onCancel: () => void;
};

/** A note's comment and tags, for a new note (in the popover) and for editing one (in the list). */
export function AnnotationForm({ comment: initialComment = '', tags: initialTags = [], submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [comment, setComment] = useState(initialComment);
  const [tags, setTags] = useState<string[]>([...initialTags]);
  const action = useAction();
  const empty = comment.trim() === '' && tags.length === 0;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!empty && !action.busy) void action.run(() => onSubmit(comment.trim(), tags));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      submit(event);
    }
  };

  return (
    <form className="annotation-form" onSubmit={submit} onKeyDown={onKeyDown}>
      <textarea
        className="input annotation-comment"
        data-testid="annotation-comment-input"
        placeholder={t('annotations.commentPlaceholder')}
        aria-label={t('annotations.commentLabel')}
        rows={3}
        maxLength={10000}
        autoFocus
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <TagPicker tags={tags} onChange={setTags} />
      <FormError error={action.error} testId="annotation-error" />
      <FormActions
        small
        hint={t('annotations.saveHint')}
        onCancel={onCancel}
        submitLabel={action.busy ? t('annotations.saving') : submitLabel}
        submitTestId="annotation-save"
        disabled={empty || action.busy}
      />
    </form>
  );
}
