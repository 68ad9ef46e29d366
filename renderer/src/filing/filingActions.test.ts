import { describe, expect, it } from 'vitest';
import type { ReviewStatus } from '../../../shared/api/contract';
import { filingActionsFor } from './filingActions';

const rita = { username: 'rita', role: 'reviewer' as const };
const sam = { username: 'sam', role: 'supervisor' as const };
const admin = { username: 'admin', role: 'admin' as const };

const actions = (status: ReviewStatus, user: typeof rita | typeof sam | typeof admin, submittedBy: string | null = null) =>
  filingActionsFor({ status, submittedBy }, user).map((option) => `${option.action}${option.blockedBy ? `:${option.blockedBy}` : ''}`);

describe('filing actions', () => {
  it('let anyone reviewing submit a new, in-review or returned filing', () => {
    for (const status of ['new', 'in_review', 'returned'] as const) {
      expect(actions(status, rita)).toEqual(['submit']);
      expect(actions(status, sam)).toEqual(['submit']);
    }
  });

  it('leave a reviewer nothing to do on a submitted or approved filing', () => {
    expect(actions('submitted', rita)).toEqual([]);
    expect(actions('approved', rita)).toEqual([]);
  });

  it('let a supervisor approve or return a submitted filing, but not approve their own submission', () => {
    expect(actions('submitted', sam, 'rita')).toEqual(['approve', 'return']);
    expect(actions('submitted', sam, 'sam')).toEqual(['approve:submitter', 'return']);
    expect(actions('submitted', admin, 'sam')).toEqual(['approve', 'return']);
  });

  it('let a supervisor reopen an approved filing, with a reason', () => {
    const [reopen] = filingActionsFor({ status: 'approved', submittedBy: 'rita' }, sam);
    expect(reopen).toEqual({ action: 'reopen', reasonRequired: true, blockedBy: null });
  });
});
