import { useCallback, useEffect, useState } from 'react';
import type { UserRecord } from '../../../shared/api/contract';
import { api } from '../api/door';
import { summarizeError, type ErrorSummary } from '../api/describeError';

export type UserList = {
  users: UserRecord[] | null;
  error: ErrorSummary | null;
  /** Puts a created or changed user in the list, where it was or at the end. */
  put: (user: UserRecord) => void;
};

/** Every user, for the administrator's dialog (listUsers is admin-only). */
export function useUserList(): UserList {
  const [users, setUsers] = useState<UserRecord[] | null>(null);
  const [error, setError] = useState<ErrorSummary | null>(null);

  useEffect(() => {
    let live = true;
    api.listUsers({}).then(
      (answer) => live && setUsers(answer.users),
      (caught: unknown) => live && setError(summarizeError(caught)),
    );
    return () => {
      live = false;
    };
  }, []);

  const put = useCallback((user: UserRecord) => {
    setUsers((known) => {
      const list = known ?? [];
      return list.some((other) => other.id === user.id) ? list.map((other) => (other.id === user.id ? user : other)) : [...list, user];
    });
  }, []);

  return { users, error, put };
}
