import { describe, expect, it } from 'vitest';
import { contains, itemAt } from './hitTest';

const box = (x0: number, y0: number, x1: number, y1: number) => ({ box: { x0, y0, x1, y1 } });

describe('hit testing', () => {
  it('accepts points on or just outside the edge', () => {
    expect(contains(box(10, 10, 20, 20).box, 10, 20)).toBe(true);
    expect(contains(box(10, 10, 20, 20).box, 21, 15)).toBe(true);
    expect(contains(box(10, 10, 20, 20).box, 25, 15)).toBe(false);
  });

  it('picks the smallest box holding the point (a number inside its cell)', () => {
    const cell = box(0, 0, 100, 20);
    const number = box(40, 4, 90, 16);
    expect(itemAt([cell, number], 50, 10)).toBe(number);
    expect(itemAt([cell, number], 10, 10)).toBe(cell);
    expect(itemAt([cell, number], 200, 10)).toBeNull();
  });
});
