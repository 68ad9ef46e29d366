import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from '../shell/Form';
import { FormError } from '../shell/FormError';
import { FormField } from '../shell/FormField';
import { formProblem } from '../shell/failureText';
import { useAction } from '../shell/useAction';
import { useSession } from '../state/session';
import { SessionFrame } from './SessionFrame';

/** User name and password; after a plain sign-out the name is filled in and the password has focus. */
export function SignInForm() {
  const { t } = useTranslation();
  const reason = useSession((state) => state.reason);
  const lastUsername = useSession((state) => state.lastUsername);
  const signIn = useSession((state) => state.signIn);
  const [username, setUsername] = useState(lastUsername);
  const [password, setPassword] = useState('');
  const action = useAction();

  const submit = () => {
    if (username.trim() === '' || password === '') {
      action.fail(formProblem(t('auth.errors.missingCredentials')));
      return;
    }
    void action.run(() => signIn(username.trim(), password)).then((ok) => ok || setPassword(''));
  };

  return (
    <SessionFrame title={t('auth.signIn.title')} lead={t('auth.signIn.lead')} testId="sign-in">
      {reason === 'expired' && (
        <div className="notice notice-warning session-notice" role="status" data-testid="session-expired">
          {t('auth.signIn.expired')}
        </div>
      )}
      <Form onSubmit={submit}>
        <FormField label={t('auth.fields.username')}>
          <input
            className="input"
            data-testid="sign-in-username"
            autoComplete="username"
            autoFocus={username === ''}
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        </FormField>
        <FormField label={t('auth.fields.password')}>
          <input
            className="input"
            type="password"
            data-testid="sign-in-password"
            autoComplete="current-password"
            autoFocus={username !== ''}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </FormField>
        <FormError error={action.error} testId="sign-in-error" />
        <button type="submit" className="button button-primary form-submit" data-testid="sign-in-submit" disabled={action.busy}>
          {action.busy ? t('auth.signIn.busy') : t('auth.signIn.submit')}
        </button>
      </Form>
    </SessionFrame>
  );
}
