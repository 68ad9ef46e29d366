import { useTranslation } from 'react-i18next';
import type { UserRecord } from '../../../shared/api/contract';
import { UserRow } from './UserRow';

const COLUMNS = ['username', 'displayName', 'role', 'status', 'createdAt', 'actions'] as const;

export function UserTable({ users, onChanged }: { users: readonly UserRecord[]; onChanged: (user: UserRecord) => void }) {
  const { t } = useTranslation();
  return (
    <table className="grid users-table" data-testid="users-table">
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column} scope="col" className={`users-col-${column}`}>
              {t(`users.columns.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <UserRow key={user.id} user={user} onChanged={onChanged} />
        ))}
      </tbody>
    </table>
  );
}
