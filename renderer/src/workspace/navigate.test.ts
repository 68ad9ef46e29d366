import { describe, expect, it } from 'vitest';
import { stepIndex } from './navigate';

describe('stepIndex', () => {
  it('starts at an end when nothing is current', () => {
    expect(stepIndex(-1, 5, 1)).toBe(0);
    expect(stepIndex(-1, 5, -1)).toBe(4);
  });
  it('steps and stops at the ends', () => {
    expect(stepIndex(2, 5, 1)).toBe(3);
    expect(stepIndex(4, 5, 1)).toBeNull();
    expect(stepIndex(0, 5, -1)).toBeNull();
  });
  it('has nowhere to go in an empty list', () => {
    expect(stepIndex(-1, 0, 1)).toBeNull();
  });
});
