import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import { useSession } from '../state/session';
import { SessionFrame } from './SessionFrame';
import { SetupAdminForm } from './SetupAdminForm';
import { SignInForm } from './SignInForm';
import { onSessionLost } from './watchSession';

/** Nothing of the store shows until a user is signed in: the first run sets up the administrator. */
export function SessionGate({ children }: { children: ReactNode }) {
  const phase = useSession((state) => state.phase);

  useEffect(() => {
    const { check, sessionLost } = useSession.getState();
    const stop = onSessionLost(sessionLost);
    void check();
    return stop;
  }, []);

  switch (phase) {
    case 'checking':
      return <SessionChecking />;
    case 'unavailable':
      return <SessionUnavailable />;
    case 'setup':
      return <SetupAdminForm />;
    case 'signedOut':
      return <SignInForm />;
    case 'signedIn':
      return children;
  }
}

function SessionChecking() {
  const { t } = useTranslation();
  return (
    <SessionFrame title={t('auth.checking')}>
      <div className="placeholder" role="status">
        <span className="spinner" aria-hidden="true" />
      </div>
    </SessionFrame>
  );
}

/** The session could not be looked up: the service is down, or this browser holds no valid access token. */
function SessionUnavailable() {
  const { t, i18n } = useTranslation();
  const error = useSession((state) => state.error);
  const check = useSession((state) => state.check);
  return (
    <SessionFrame title={t('auth.unavailable.title')} testId="session-unavailable">
      {error && (
        <div className="notice notice-error session-notice" role="alert">
          <span>{errorText(t, error, i18n.language)}</span>
        </div>
      )}
      {error && <p className="session-detail">{error.message}</p>}
      <button type="button" className="button button-primary form-submit" onClick={() => void check()}>
        {t('common.retry')}
      </button>
    </SessionFrame>
  );
}
