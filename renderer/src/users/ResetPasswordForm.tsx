import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRecord } from '../../../shared/api/contract';
import { api } from '../api/door';
import { credentialProblem } from '../auth/credentialProblem';
import { newPasswordProblem } from '../auth/credentialRules';
import { NewPasswordFields, NO_PASSWORD } from '../auth/NewPasswordFields';
import { Form, FormActions } from '../shell/Form';
import { FormError } from '../shell/FormError';
import { useAction } from '../shell/useAction';

/** An administrator sets a new password for someone who lost theirs. */
export function ResetPasswordForm({ user, onDone }: { user: UserRecord; onDone: (reset: boolean) => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState(NO_PASSWORD);
  const action = useAction();

  const submit = () => {
    const problem = newPasswordProblem(password.password, password.again);
    if (problem) action.fail(credentialProblem(t, problem));
    else void action.run(() => api.updateUser({ id: user.id, password: password.password })).then((ok) => ok && onDone(true));
  };

  return (
    <Form onSubmit={submit} className="reset-password-form" testId="reset-password-form">
      <h3 className="form-heading">{t('users.resetPasswordFor', { name: user.displayName })}</h3>
      <div className="form-grid">
        <NewPasswordFields value={password} onChange={setPassword} wording="newPassword" testIdPrefix="reset" />
      </div>
      <FormError error={action.error} />
      <FormActions onCancel={() => onDone(false)} submitLabel={t('users.savePassword')} busy={action.busy} submitTestId="reset-password-submit" />
    </Form>
  );
}
