/**
 * A filing's review status: in review → submitted → approved, or returned with a reason;
 * an approved filing is locked until a supervisor reopens it with a reason.
 */
import type { ReviewStatus } from '../../api/contract-base';
import type { FilingAction } from '../../api/review-contract';
import type { Permission } from './permissions';

interface Transition {
  from: readonly ReviewStatus[];
  to: ReviewStatus;
  permission: Permission;
  reasonRequired: boolean;
  /** Maker-checker: the one who submitted may not approve. */
  notBySubmitter: boolean;
}

export const FILING_TRANSITIONS: Record<FilingAction, Transition> = {
  submit: { from: ['new', 'in_review', 'returned'], to: 'submitted', permission: 'review', reasonRequired: false, notBySubmitter: false },
  approve: { from: ['submitted'], to: 'approved', permission: 'supervise', reasonRequired: false, notBySubmitter: true },
  return: { from: ['submitted'], to: 'returned', permission: 'supervise', reasonRequired: true, notBySubmitter: false },
  reopen: { from: ['approved'], to: 'in_review', permission: 'supervise', reasonRequired: true, notBySubmitter: false },
};

/** Edits to an approved filing's annotations and corrections are refused. */
export function isLocked(status: ReviewStatus): boolean {
  return status === 'approved';
}

/** The first edit of a new filing starts its review. */
export function statusAfterEdit(status: ReviewStatus): ReviewStatus {
  return status === 'new' ? 'in_review' : status;
}
