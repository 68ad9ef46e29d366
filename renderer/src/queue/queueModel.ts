/**
 * The approval queue as the view lays it out: pending corrections grouped by filing
 * (oldest first, so the longest-waiting work leads), and which of them the signed-in
 * supervisor may decide: never their own (maker-checker).
 */
import type { CorrectionRecord, UserRecord } from '../../../shared/api/contract';
import { permits } from '../../../shared/domain/review/permissions';

export type CorrectionGroup = { documentId: number; corrections: CorrectionRecord[] };

const byProposedAt = (a: CorrectionRecord, b: CorrectionRecord) => a.proposedAt.localeCompare(b.proposedAt) || a.id - b.id;

export function groupByFiling(corrections: readonly CorrectionRecord[]): CorrectionGroup[] {
  const groups = new Map<number, CorrectionRecord[]>();
  for (const correction of [...corrections].sort(byProposedAt)) {
    groups.set(correction.documentId, [...(groups.get(correction.documentId) ?? []), correction]);
  }
  return [...groups].map(([documentId, grouped]) => ({ documentId, corrections: grouped }));
}

export type DecisionBlock = 'notSupervisor' | 'ownCorrection' | null;

export function decisionBlock(correction: Pick<CorrectionRecord, 'proposedBy'>, user: Pick<UserRecord, 'role' | 'username'>): DecisionBlock {
  if (!permits({ kind: 'user', role: user.role }, 'supervise')) return 'notSupervisor';
  return correction.proposedBy === user.username ? 'ownCorrection' : null;
}

/** The selected ids still in the queue and decidable: a decision elsewhere may have taken some away. */
export function decidableSelection(
  selected: ReadonlySet<number>,
  corrections: readonly CorrectionRecord[],
  user: Pick<UserRecord, 'role' | 'username'>,
): number[] {
  return corrections.filter((correction) => selected.has(correction.id) && decisionBlock(correction, user) === null).map((correction) => correction.id);
}
