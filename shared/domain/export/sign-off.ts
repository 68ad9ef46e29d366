/**
 * The sign-off of a filing's review, read from its audit trail: the reviewer who submitted
 * it (while it is submitted or approved) and the supervisor who approved it (while it is
 * approved). A filing returned or reopened since has no standing sign-off.
 */
import type { AuditEntry, ReviewStatus, UserRecord } from '../../api/contract';
import type { Signature, SignOff } from './bundle';

/** The newest audit entry of a filing-status action; entries come newest first, as listAuditLog gives them. */
function latest(entries: readonly AuditEntry[], action: string): AuditEntry | undefined {
  return entries.find((e) => e.entity === 'filing' && e.action === action);
}

export function signOffOf(status: ReviewStatus, entries: readonly AuditEntry[], users: readonly UserRecord[]): SignOff {
  const names = new Map(users.map((u) => [u.username, u.displayName]));
  const sign = (entry: AuditEntry | undefined): Signature | null =>
    entry ? { username: entry.actor, displayName: names.get(entry.actor) ?? entry.actor, at: entry.at } : null;
  return {
    reviewer: status === 'submitted' || status === 'approved' ? sign(latest(entries, 'submit')) : null,
    supervisor: status === 'approved' ? sign(latest(entries, 'approve')) : null,
  };
}
