import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/door';
import { Dialog } from '../shell/Dialog';
import { Form, FormActions } from '../shell/Form';
import { FormError } from '../shell/FormError';
import { FormField } from '../shell/FormField';
import { useAction } from '../shell/useAction';
import { credentialProblem } from './credentialProblem';
import { newPasswordProblem } from './credentialRules';
import { NewPasswordFields, NO_PASSWORD } from './NewPasswordFields';

/** The signed-in user's own password: the current one, then the new one twice. */
export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState(NO_PASSWORD);
  const [changed, setChanged] = useState(false);
  const action = useAction();

  const submit = () => {
    const problem = current === '' ? 'currentMissing' : newPasswordProblem(next.password, next.again);
    if (problem) action.fail(credentialProblem(t, problem));
    else void action.run(() => api.changePassword({ current, next: next.password })).then((ok) => ok && setChanged(true));
  };

  return (
    <Dialog title={t('auth.changePassword.title')} testId="change-password-dialog" onClose={onClose}>
      {changed ? (
        <div className="form">
          <p className="form-success" role="status" data-testid="password-changed">
            {t('auth.changePassword.done')}
          </p>
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={onClose}>
              {t('common.close')}
            </button>
          </div>
        </div>
      ) : (
        <Form onSubmit={submit}>
          <FormField label={t('auth.fields.currentPassword')}>
            <input
              className="input"
              type="password"
              autoComplete="current-password"
              data-testid="current-password"
              value={current}
              onChange={(event) => setCurrent(event.target.value)}
            />
          </FormField>
          <NewPasswordFields value={next} onChange={setNext} wording="newPassword" testIdPrefix="new" />
          <FormError error={action.error} />
          <FormActions onCancel={onClose} submitLabel={t('auth.changePassword.submit')} busy={action.busy} submitTestId="change-password-submit" />
        </Form>
      )}
    </Dialog>
  );
}
