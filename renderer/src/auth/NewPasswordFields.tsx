import { useTranslation } from 'react-i18next';
import { FormField } from '../shell/FormField';
import { MIN_PASSWORD_LENGTH } from './credentialRules';

export type NewPassword = { password: string; again: string };
export const NO_PASSWORD: NewPassword = { password: '', again: '' };

type Props = {
  value: NewPassword;
  onChange: (value: NewPassword) => void;
  /** "Password" when an account is made, "new password" when one is replaced. */
  wording: 'password' | 'newPassword';
  /** Test ids `<testIdPrefix>-password` and `<testIdPrefix>-password-again`. */
  testIdPrefix: string;
};

/** A new password typed twice, with the length rule beside it. */
export function NewPasswordFields({ value, onChange, wording, testIdPrefix }: Props) {
  const { t } = useTranslation();
  const fields = [
    { part: 'password', label: t(`auth.fields.${wording}`), hint: t('auth.passwordHint', { min: MIN_PASSWORD_LENGTH }), testId: `${testIdPrefix}-password` },
    { part: 'again', label: t(`auth.fields.${wording}Again`), hint: undefined, testId: `${testIdPrefix}-password-again` },
  ] as const;
  return fields.map(({ part, label, hint, testId }) => (
    <FormField key={part} label={label} hint={hint}>
      <input
        className="input"
        type="password"
        autoComplete="new-password"
        data-testid={testId}
        value={value[part]}
        onChange={(event) => onChange({ ...value, [part]: event.target.value })}
      />
    </FormField>
  ));
}
