import { describe, expect, it } from 'vitest';
import { formatPageRanges, pageRanges } from './pageRanges';

describe('pageRanges', () => {
  it('groups consecutive pages, whatever the order, ignoring repeats', () => {
    expect(pageRanges([4, 1, 2, 3, 3, 9, 7, 10])).toEqual([
      { start: 1, end: 4 },
      { start: 7, end: 7 },
      { start: 9, end: 10 },
    ]);
    expect(pageRanges([])).toEqual([]);
  });

  it('writes single pages alone and runs with an en dash', () => {
    expect(formatPageRanges([1, 2, 3, 4], '、')).toBe('1–4');
    expect(formatPageRanges([3], ', ')).toBe('3');
    expect(formatPageRanges([1, 2, 5, 8, 9], ', ')).toBe('1–2, 5, 8–9');
  });
});
