import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../shell/Dialog';
import { FormError } from '../shell/FormError';
import { NewUserForm } from './NewUserForm';
import { UserTable } from './UserTable';
import { useUserList } from './useUserList';

/** The administrator's users: who exists, their role, whether they may sign in; new users and password resets. */
export function ManageUsersDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { users, error, put } = useUserList();
  const [creating, setCreating] = useState(false);

  return (
    <Dialog title={t('users.title')} testId="users-dialog" size="large" onClose={onClose}>
      <div className="users-toolbar">
        <span className="users-count">{users && t('users.count', { count: users.length })}</span>
        <span className="toolbar-spacer" />
        {!creating && (
          <button type="button" className="button button-primary button-small" data-testid="users-new" onClick={() => setCreating(true)}>
            {t('users.new')}
          </button>
        )}
      </div>
      {creating && (
        <NewUserForm
          onCreated={(user) => {
            put(user);
            setCreating(false);
          }}
          onCancel={() => setCreating(false)}
        />
      )}
      <FormError error={error} />
      {users === null && !error && (
        <div className="placeholder" role="status">
          <span className="spinner" aria-hidden="true" />
        </div>
      )}
      {users && <UserTable users={users} onChanged={put} />}
    </Dialog>
  );
}
