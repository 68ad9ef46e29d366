/**
 * Small geometric helpers shared by the table detectors. Coordinates are PDF points,
 * origin top-left, y down (see ../extraction/types.ts).
 */
import type { Box, PositionedText } from '../extraction/types';

/** Rules whose positions differ by less than this are the same grid line (WPS/Word jitter, line widths). */
export const SNAP_TOLERANCE_PT = 1.5;
/** Collinear pieces of a rule separated by at most this gap are one rule (borders drawn cell by cell). */
export const JOIN_GAP_PT = 3;

export function centreX(box: Box): number {
  return (box.x0 + box.x1) / 2;
}

export function centreY(box: Box): number {
  return (box.y0 + box.y1) / 2;
}

export function contains(outer: Box, x: number, y: number, slack = 0): boolean {
  return x >= outer.x0 - slack && x <= outer.x1 + slack && y >= outer.y0 - slack && y <= outer.y1 + slack;
}

export function runInside(run: PositionedText, box: Box, slack = 0): boolean {
  return contains(box, centreX(run.box), centreY(run.box), slack);
}

export function unionBox(boxes: readonly Box[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    if (b.x0 < x0) x0 = b.x0;
    if (b.y0 < y0) y0 = b.y0;
    if (b.x1 > x1) x1 = b.x1;
    if (b.y1 > y1) y1 = b.y1;
  }
  return { x0, y0, x1, y1 };
}

/** Length of the overlap of [a0, a1] and [b0, b1] (0 when disjoint). */
export function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/**
 * Sorted values grouped into clusters whose neighbours are within `tolerance`;
 * each cluster is represented by its mean.
 */
export function clusterValues(values: readonly number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let sum = 0;
  let count = 0;
  let last = -Infinity;
  for (const v of sorted) {
    if (count > 0 && v - last > tolerance) {
      out.push(sum / count);
      sum = 0;
      count = 0;
    }
    sum += v;
    count += 1;
    last = v;
  }
  if (count > 0) out.push(sum / count);
  return out;
}

/** Index of the interval [edges[i], edges[i+1]] holding v, or -1 outside all of them. */
export function intervalIndex(edges: readonly number[], v: number): number {
  if (edges.length < 2 || v < edges[0]! || v > edges[edges.length - 1]!) return -1;
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edges[mid]! <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export class UnionFind {
  private readonly parent: Int32Array;

  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
