/** Which extracted item a point on a page falls in (all in PDF points, origin top-left). */
import type { Box } from '../state/docMemory';

/** Text layer spans and extracted boxes differ by a hair; accept clicks this close. */
const SLACK = 1.5;

export const area = (box: Box) => Math.max(0, box.x1 - box.x0) * Math.max(0, box.y1 - box.y0);

export function contains(box: Box, x: number, y: number, slack = SLACK): boolean {
  return x >= box.x0 - slack && x <= box.x1 + slack && y >= box.y0 - slack && y <= box.y1 + slack;
}

/** The smallest item whose box holds the point: a number inside a wider cell wins. */
export function itemAt<T extends { box: Box }>(items: Iterable<T>, x: number, y: number): T | null {
  let best: T | null = null;
  let bestArea = Infinity;
  for (const item of items) {
    if (!contains(item.box, x, y)) continue;
    const size = area(item.box);
    if (size < bestArea) {
      best = item;
      bestArea = size;
    }
  }
  return best;
}
