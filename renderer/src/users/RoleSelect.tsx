import { useTranslation } from 'react-i18next';
import { ROLES, Role } from '../../../shared/api/contract';

type Props = { value: Role; onChange: (role: Role) => void; disabled?: boolean; testId?: string; title?: string };

export function RoleSelect({ value, onChange, disabled, testId, title }: Props) {
  const { t } = useTranslation();
  return (
    <select
      className="select"
      data-testid={testId}
      value={value}
      disabled={disabled}
      title={title}
      aria-label={t('users.columns.role')}
      onChange={(event) => {
        const parsed = Role.safeParse(event.target.value);
        if (parsed.success) onChange(parsed.data);
      }}
    >
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {t(`users.roles.${role}`)}
        </option>
      ))}
    </select>
  );
}
