import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from '../shell/Form';
import { FormError } from '../shell/FormError';
import { useAction } from '../shell/useAction';
import { useSession } from '../state/session';
import { credentialProblem } from './credentialProblem';
import { newAccountProblem } from './credentialRules';
import { accountInput, NewAccountFields, NO_ACCOUNT } from './NewAccountFields';
import { SessionFrame } from './SessionFrame';

/** The first run: no user exists yet, so the first one made is the administrator (and is signed in). */
export function SetupAdminForm() {
  const { t } = useTranslation();
  const setupAdmin = useSession((state) => state.setupAdmin);
  const [account, setAccount] = useState(NO_ACCOUNT);
  const action = useAction();

  const submit = () => {
    const problem = newAccountProblem(account);
    if (problem) action.fail(credentialProblem(t, problem));
    else void action.run(() => setupAdmin(accountInput(account)));
  };

  return (
    <SessionFrame title={t('auth.setup.title')} lead={t('auth.setup.lead')} testId="setup-admin">
      <Form onSubmit={submit}>
        <NewAccountFields value={account} onChange={setAccount} testIdPrefix="setup" autoFocus />
        <FormError error={action.error} testId="setup-error" />
        <button type="submit" className="button button-primary form-submit" data-testid="setup-submit" disabled={action.busy}>
          {t('auth.setup.submit')}
        </button>
      </Form>
    </SessionFrame>
  );
}
