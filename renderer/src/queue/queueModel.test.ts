import { describe, expect, it } from 'vitest';
import type { CorrectionRecord } from '../../../shared/api/contract';
import { decidableSelection, decisionBlock, groupByFiling } from './queueModel';

function correction(id: number, documentId: number, proposedBy: string, proposedAt: string): CorrectionRecord {
  return {
    id,
    documentId,
    targetKey: `t1/r${id}/c1`,
    field: 'value',
    oldValue: '1.00',
    newValue: '2.00',
    extractedValue: '1.00',
    page: 1,
    box: { x0: 0, y0: 0, x1: 10, y1: 10 },
    label: '货币资金 · 期末余额',
    reason: '与附注不符',
    status: 'pending',
    proposedBy,
    proposedAt,
    decidedBy: null,
    decidedAt: null,
    decisionComment: null,
    stale: false,
  };
}

const sam = { username: 'sam', role: 'supervisor' as const };
const queue = [
  correction(1, 7, 'rita', '2025-03-02T10:00:00Z'),
  correction(2, 3, 'sam', '2025-03-01T09:00:00Z'),
  correction(3, 7, 'rita', '2025-03-01T08:00:00Z'),
];

describe('the approval queue', () => {
  it('groups corrections by filing, the longest-waiting first', () => {
    expect(groupByFiling(queue).map((group) => [group.documentId, group.corrections.map((c) => c.id)])).toEqual([
      [7, [3, 1]],
      [3, [2]],
    ]);
  });

  it('never lets a supervisor decide their own correction, nor a reviewer any', () => {
    expect(decisionBlock(queue[0]!, sam)).toBeNull();
    expect(decisionBlock(queue[1]!, sam)).toBe('ownCorrection');
    expect(decisionBlock(queue[0]!, { username: 'rita', role: 'reviewer' })).toBe('notSupervisor');
  });

  it('keeps only selected corrections still queued and decidable', () => {
    expect(decidableSelection(new Set([1, 2, 3, 99]), queue, sam)).toEqual([1, 3]);
  });
});
