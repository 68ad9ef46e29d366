/**
 * Which status actions a user may take on a filing now, by the transitions and
 * permissions the core enforces (shared/domain/review): submit, approve, return, reopen.
 * An action maker-checker forbids (approving what you submitted) is listed as blocked,
 * so the UI can say why instead of hiding it.
 */
import { FILING_ACTIONS, type FilingAction, type FilingReview, type UserRecord } from '../../../shared/api/contract';
import { FILING_TRANSITIONS } from '../../../shared/domain/review/filing-status';
import { permits } from '../../../shared/domain/review/permissions';

export type FilingActionOption = {
  action: FilingAction;
  reasonRequired: boolean;
  /** Why the user may not take it after all; null when they may. */
  blockedBy: 'submitter' | null;
};

export function filingActionsFor(
  review: Pick<FilingReview, 'status' | 'submittedBy'>,
  user: Pick<UserRecord, 'role' | 'username'>,
): FilingActionOption[] {
  return FILING_ACTIONS.flatMap((action) => {
    const rule = FILING_TRANSITIONS[action];
    if (!rule.from.includes(review.status) || !permits({ kind: 'user', role: user.role }, rule.permission)) return [];
    const blockedBy = rule.notBySubmitter && review.submittedBy === user.username ? 'submitter' : null;
    return [{ action, reasonRequired: rule.reasonRequired, blockedBy }];
  });
}

export function reasonRequiredFor(action: FilingAction): boolean {
  return FILING_TRANSITIONS[action].reasonRequired;
}
