import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, UserRecord } from '../../../shared/api/contract';
import { api } from '../api/door';
import { formatDateTime } from '../format';
import { FormError } from '../shell/FormError';
import { useAction } from '../shell/useAction';
import { useSession } from '../state/session';
import { ResetPasswordForm } from './ResetPasswordForm';
import { RoleSelect } from './RoleSelect';

type Props = { user: UserRecord; onChanged: (user: UserRecord) => void };

/** One user: role and sign-in rights change at once; a password reset opens under the row. */
export function UserRow({ user, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const self = useSession((state) => state.user?.id === user.id);
  const [resetting, setResetting] = useState(false);
  const [passwordReset, setPasswordReset] = useState(false);
  const action = useAction();
  // Your own role and account are another administrator's to change: it keeps you from locking yourself out.
  const selfTitle = self ? t('users.selfLocked') : undefined;

  const update = (patch: { role?: Role; active?: boolean }) =>
    void action.run(async () => onChanged(await api.updateUser({ id: user.id, ...patch })));

  return (
    <>
      <tr data-testid="user-row" data-username={user.username} data-active={user.active} className={user.active ? undefined : 'user-inactive'}>
        <td className="mono">
          {user.username}
          {self && <span className="user-self">{t('users.you')}</span>}
        </td>
        <td>{user.displayName}</td>
        <td>
          <RoleSelect value={user.role} onChange={(role) => update({ role })} disabled={self || action.busy} testId="user-role" title={selfTitle} />
        </td>
        <td>
          <span className={`status-pill ${user.active ? 'user-active-pill' : 'user-inactive-pill'}`}>
            {t(user.active ? 'users.active' : 'users.inactive')}
          </span>
        </td>
        <td className="mono" title={user.createdAt}>
          {formatDateTime(user.createdAt, i18n.language)}
        </td>
        <td className="users-actions">
          <button type="button" className="button button-small" data-testid="user-reset-password" disabled={resetting} onClick={() => {
            setResetting(true);
            setPasswordReset(false);
          }}>
            {t('users.resetPassword')}
          </button>
          <button
            type="button"
            className="button button-small"
            data-testid="user-toggle-active"
            disabled={self || action.busy}
            title={selfTitle}
            onClick={() => update({ active: !user.active })}
          >
            {t(user.active ? 'users.deactivate' : 'users.reactivate')}
          </button>
        </td>
      </tr>
      {(resetting || passwordReset || action.error) && (
        <tr className="users-subrow">
          <td colSpan={6}>
            <FormError error={action.error} testId="user-error" />
            {passwordReset && (
              <p className="form-success" role="status" data-testid="user-password-reset">
                {t('users.passwordReset', { name: user.displayName })}
              </p>
            )}
            {resetting && (
              <ResetPasswordForm
                user={user}
                onDone={(reset) => {
                  setResetting(false);
                  setPasswordReset(reset);
                }}
              />
            )}
          </td>
        </tr>
      )}
    </>
  );
}
