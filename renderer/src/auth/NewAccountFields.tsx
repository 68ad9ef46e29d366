import { useTranslation } from 'react-i18next';
import { FormField } from '../shell/FormField';
import type { NewAccount } from './credentialRules';
import { NewPasswordFields } from './NewPasswordFields';

export const NO_ACCOUNT: NewAccount = { username: '', displayName: '', password: '', again: '' };

type Props = {
  value: NewAccount;
  onChange: (value: NewAccount) => void;
  /** Test ids `<testIdPrefix>-username`, `-display-name`, `-password`, `-password-again`. */
  testIdPrefix: string;
  autoFocus?: boolean;
};

/** A new account's user name, display name and password (twice), for the first run and for the administrator. */
export function NewAccountFields({ value, onChange, testIdPrefix, autoFocus }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <FormField label={t('auth.fields.username')} hint={t('auth.usernameHint')}>
        <input
          className="input"
          data-testid={`${testIdPrefix}-username`}
          autoComplete="off"
          autoFocus={autoFocus}
          value={value.username}
          onChange={(event) => onChange({ ...value, username: event.target.value })}
        />
      </FormField>
      <FormField label={t('auth.fields.displayName')} hint={t('auth.displayNameHint')}>
        <input
          className="input"
          data-testid={`${testIdPrefix}-display-name`}
          value={value.displayName}
          onChange={(event) => onChange({ ...value, displayName: event.target.value })}
        />
      </FormField>
      <NewPasswordFields
        value={value}
        onChange={(password) => onChange({ ...value, ...password })}
        wording="password"
        testIdPrefix={testIdPrefix}
      />
    </>
  );
}

/** What the core takes for a new account: trimmed names, the password once. */
export function accountInput(account: NewAccount): { username: string; displayName: string; password: string } {
  return { username: account.username.trim(), displayName: account.displayName.trim(), password: account.password };
}
