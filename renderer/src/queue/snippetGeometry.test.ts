import { describe, expect, it } from 'vitest';
import { cropAround, rectOfBox } from './snippetGeometry';

describe('snippet geometry', () => {
  it('turns a box into a rectangle at a scale, whichever corners it names', () => {
    expect(rectOfBox({ x0: 50, y0: 700, x1: 10, y1: 690 })).toEqual({ x: 10, y: 690, width: 40, height: 10 });
    expect(rectOfBox({ x0: 10, y0: 20, x1: 30, y1: 25 }, 2)).toEqual({ x: 20, y: 40, width: 40, height: 10 });
  });

  it('centres a small box in a region at least the minimum wide, padded above and below', () => {
    const crop = cropAround({ x: 300, y: 400, width: 40, height: 10 }, 600, 800, { minWidth: 200, padding: 20 });
    expect(crop).toEqual({ x: 220, y: 380, width: 200, height: 50 });
  });

  it('stays inside the page near its edges', () => {
    expect(cropAround({ x: 580, y: 2, width: 15, height: 10 }, 600, 800, { minWidth: 200, padding: 20 })).toEqual({ x: 400, y: 0, width: 200, height: 50 });
    expect(cropAround({ x: 0, y: 0, width: 900, height: 30 }, 600, 800, { minWidth: 200, padding: 20 }).width).toBe(600);
  });
});
