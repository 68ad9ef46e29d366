import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilingAction } from '../../../shared/api/contract';
import { Form } from '../shell/Form';
import { FormError } from '../shell/FormError';
import { formProblem } from '../shell/failureText';
import { useAction } from '../shell/useAction';
import { reasonRequiredFor } from './filingActions';

type Props = {
  action: FilingAction;
  /** Does the change; throws what the core refused (shown here). */
  onConfirm: (reason: string) => Promise<unknown>;
  onDone: () => void;
  testIds: { reason: string; confirm: string };
};

/** Confirms a status change with its reason: required to return or reopen, a note otherwise. */
export function StatusActionPrompt({ action, onConfirm, onDone, testIds }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const required = reasonRequiredFor(action);
  const run = useAction();

  const confirm = () => {
    if (required && reason.trim() === '') {
      run.fail(formProblem(t('review.prompt.reasonMissing')));
      return;
    }
    void run.run(() => onConfirm(reason.trim())).then((ok) => ok && onDone());
  };

  return (
    <Form onSubmit={confirm} className={`status-prompt status-prompt-${action}`} testId="filing-status-prompt">
      <label className="status-prompt-label">
        <span>{t(`review.prompt.${action}`)}</span>
        <input
          className="input status-prompt-input"
          data-testid={testIds.reason}
          autoFocus
          maxLength={4000}
          placeholder={t(required ? 'review.prompt.reasonRequired' : 'review.prompt.noteOptional')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onDone();
          }}
        />
      </label>
      <button type="submit" className={`button button-small ${action === 'return' ? 'button-danger' : 'button-primary'}`} data-testid={testIds.confirm} disabled={run.busy}>
        {t(`review.confirm.${action}`)}
      </button>
      <button type="button" className="button button-small" onClick={onDone}>
        {t('auth.cancel')}
      </button>
      <FormError error={run.error} testId="filing-status-error" />
    </Form>
  );
}
