import { describe, expect, it } from 'vitest';
import { boxFromCorners, clampBox, groupIntoLines, isRegion, roundBox, toClientRect, toPageBox, toPagePoint, unionBox } from './pageRects';

const box = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });

describe('screen ↔ page geometry', () => {
  // A page drawn at 1.5 CSS px per point, its content starting at (100, 40) on screen.
  const frame = { left: 100, top: 40, scale: 1.5 };

  it('turns a client point into page points (origin top-left, y down)', () => {
    expect(toPagePoint(frame, 100, 40)).toEqual({ x: 0, y: 0 });
    expect(toPagePoint(frame, 250, 190)).toEqual({ x: 100, y: 100 });
  });

  it('round-trips a box through the screen at any zoom', () => {
    const original = box(72, 144, 300.5, 160.25);
    for (const scale of [0.5, 1, 1.333, 2.75]) {
      const at = { left: -20, top: 333, scale };
      const back = toPageBox(at, toClientRect(at, original));
      expect(back.x0).toBeCloseTo(original.x0, 9);
      expect(back.y0).toBeCloseTo(original.y0, 9);
      expect(back.x1).toBeCloseTo(original.x1, 9);
      expect(back.y1).toBeCloseTo(original.y1, 9);
    }
  });

  it('normalises a region dragged in any direction', () => {
    expect(boxFromCorners({ x: 50, y: 80 }, { x: 10, y: 20 })).toEqual(box(10, 20, 50, 80));
    expect(toPageBox(frame, { left: 250, top: 190, right: 100, bottom: 40 })).toEqual(box(0, 0, 100, 100));
  });

  it('keeps a region on its page and tells a click from a region', () => {
    expect(clampBox(box(-5, 10, 700, 900), 595, 842)).toEqual(box(0, 10, 595, 842));
    expect(isRegion(box(10, 10, 12, 40))).toBe(false);
    expect(isRegion(box(10, 10, 30, 40))).toBe(true);
    expect(roundBox(box(1.23456, 2, 3.005, 4.999))).toEqual(box(1.23, 2, 3.01, 5));
  });

  it('unions boxes', () => {
    expect(unionBox([])).toBeNull();
    expect(unionBox([box(10, 10, 20, 20), box(5, 15, 12, 30)])).toEqual(box(5, 10, 20, 30));
  });
});

describe('text selection rects → one box per line', () => {
  it('merges the spans of each line and orders lines top to bottom', () => {
    const spans = [
      box(200, 112, 260, 124), // line 2, second span
      box(60, 100, 120, 111),
      box(120, 100.5, 300, 111.5), // line 1, a hair lower
      box(60, 112, 200, 124),
    ];
    expect(groupIntoLines(spans)).toEqual([box(60, 100, 300, 111.5), box(60, 112, 260, 124)]);
  });

  it('drops empty rects and an enclosing element box', () => {
    const spans = [box(60, 100, 120, 111), box(60, 100, 60, 111), box(0, 0, 595, 842), box(60, 112, 90, 123)];
    expect(groupIntoLines(spans)).toEqual([box(60, 100, 120, 111), box(60, 112, 90, 123)]);
  });

  it('keeps two columns on one line together but tight lines apart', () => {
    const lines = groupIntoLines([box(60, 100, 100, 110), box(300, 100, 340, 110), box(60, 109, 100, 119)]);
    expect(lines).toEqual([box(60, 100, 340, 110), box(60, 109, 100, 119)]);
    expect(groupIntoLines([])).toEqual([]);
  });
});
