import { describe, expect, it } from 'vitest';
import { describeChange, plainValue } from './describeChange';

describe('audit changes', () => {
  it('show a plain change as one line', () => {
    expect(describeChange('submitted', 'approved')).toEqual([{ field: null, from: 'submitted', to: 'approved' }]);
    expect(describeChange('1,234.00', '1,243.00')).toEqual([{ field: null, from: '1,234.00', to: '1,243.00' }]);
    expect(describeChange(null, null)).toEqual([]);
  });

  it('show only the fields an edit changed, without bookkeeping', () => {
    const before = { id: 4, comment: '核对附注', tags: ['存疑'], status: 'open', updatedAt: '2025-01-01' };
    const after = { id: 4, comment: '核对附注', tags: ['存疑', '需问询'], status: 'resolved', updatedAt: '2025-01-02' };
    expect(describeChange(before, after)).toEqual([
      { field: 'tags', from: '存疑', to: '存疑、需问询' },
      { field: 'status', from: 'open', to: 'resolved' },
    ]);
  });

  it('show a created object by its own fields, and a deleted one as gone', () => {
    const user = { username: 'rita', displayName: '李复核', role: 'reviewer', active: true };
    expect(describeChange(null, user)).toEqual([
      { field: 'username', from: null, to: 'rita' },
      { field: 'displayName', from: null, to: '李复核' },
      { field: 'role', from: null, to: 'reviewer' },
      { field: 'active', from: null, to: 'true' },
    ]);
    expect(describeChange({ id: 9, comment: '删掉', author: 'rita' }, null)).toEqual([{ field: 'comment', from: '删掉', to: null }]);
  });

  it('cut long text', () => {
    expect(plainValue('x'.repeat(500))!.length).toBe(160);
  });
});
