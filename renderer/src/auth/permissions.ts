/**
 * What the signed-in user may do, answered by the same rules the core enforces
 * (shared/domain/review/permissions.ts): the UI hides or explains what would be refused.
 */
import type { UserRecord } from '../../../shared/api/contract';
import { permits, type Permission } from '../../../shared/domain/review/permissions';
import { useSession } from '../state/session';

export function userMay(user: Pick<UserRecord, 'role'> | null, permission: Permission): boolean {
  return user !== null && permits({ kind: 'user', role: user.role }, permission);
}

/** Whether the signed-in user holds a permission; re-renders when the user changes. */
export function useMay(permission: Permission): boolean {
  return useSession((state) => userMay(state.user, permission));
}
