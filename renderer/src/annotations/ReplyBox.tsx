import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../shell/FormError';
import { useAction } from '../shell/useAction';
import { useAnnotations } from '../state/annotations';

/** Answer a note: the reply joins its thread. */
export function ReplyBox({ annotationId }: { annotationId: number }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const action = useAction();
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === '' || action.busy) return;
    if (await action.run(() => useAnnotations.getState().reply(annotationId, body.trim()))) setBody('');
  };
  return (
    <form className="reply-box" onSubmit={(event) => void send(event)}>
      <input
        className="input"
        data-testid="annotation-reply-input"
        placeholder={t('annotations.replyPlaceholder')}
        aria-label={t('annotations.replyPlaceholder')}
        maxLength={10000}
        value={body}
        onChange={(event) => setBody(event.target.value)}
      />
      <button type="submit" className="button button-small" data-testid="annotation-reply-send" disabled={body.trim() === '' || action.busy}>
        {t('annotations.send')}
      </button>
      <FormError error={action.error} />
    </form>
  );
}
