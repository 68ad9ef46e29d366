import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, UserRecord } from '../../../shared/api/contract';
import { api } from '../api/door';
import { credentialProblem } from '../auth/credentialProblem';
import { newAccountProblem } from '../auth/credentialRules';
import { accountInput, NewAccountFields, NO_ACCOUNT } from '../auth/NewAccountFields';
import { Form, FormActions } from '../shell/Form';
import { FormError } from '../shell/FormError';
import { FormField } from '../shell/FormField';
import { useAction } from '../shell/useAction';
import { RoleSelect } from './RoleSelect';

type Props = { onCreated: (user: UserRecord) => void; onCancel: () => void };

/** A new user: name to sign in with, name shown, role, first password (they can change it after). */
export function NewUserForm({ onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const [account, setAccount] = useState(NO_ACCOUNT);
  const [role, setRole] = useState<Role>('reviewer');
  const action = useAction();

  const submit = () => {
    const problem = newAccountProblem(account);
    if (problem) action.fail(credentialProblem(t, problem));
    else void action.run(async () => onCreated(await api.createUser({ ...accountInput(account), role })));
  };

  return (
    <Form onSubmit={submit} className="new-user-form" testId="new-user-form">
      <h3 className="form-heading">{t('users.new')}</h3>
      <div className="form-grid">
        <NewAccountFields value={account} onChange={setAccount} testIdPrefix="new-user" autoFocus />
        <FormField label={t('users.columns.role')} hint={t(`users.roleHints.${role}`)}>
          <RoleSelect value={role} onChange={setRole} testId="new-user-role" />
        </FormField>
      </div>
      <FormError error={action.error} />
      <FormActions onCancel={onCancel} submitLabel={t('users.create')} busy={action.busy} submitTestId="new-user-submit" />
    </Form>
  );
}
