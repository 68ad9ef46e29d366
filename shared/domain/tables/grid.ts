/**
 * The grid of a ruled table: distinct x of its vertical rules and y of its horizontal
 * rules are the grid lines; each grid rectangle is a cell unless a rule is missing
 * between it and a neighbour, in which case the two are one merged cell.
 */
import type { Box } from '../extraction/types';
import { clusterValues, overlap, SNAP_TOLERANCE_PT, UnionFind } from './geometry';
import type { Rule, RuleSet } from './rules';

export interface SkeletonCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  box: Box;
}

export interface GridSkeleton {
  /** Column boundaries, left to right (colCount + 1 values). */
  xs: number[];
  /** Row boundaries, top to bottom (rowCount + 1 values). */
  ys: number[];
  cells: SkeletonCell[];
}

/** A grid edge counts as ruled when rules cover at least this share of it. */
const EDGE_COVERAGE = 0.5;

/** Grid lines from rule positions, widened to the extent of the crossing rules when those reach further (open-sided tables). */
function gridLines(positions: readonly number[], crossing: readonly Rule[]): number[] {
  const lines = clusterValues(positions, SNAP_TOLERANCE_PT);
  if (lines.length === 0 || crossing.length === 0) return lines;
  const from = Math.min(...crossing.map((r) => r.from));
  const to = Math.max(...crossing.map((r) => r.to));
  if (from < lines[0]! - SNAP_TOLERANCE_PT * 2) lines.unshift(from);
  if (to > lines[lines.length - 1]! + SNAP_TOLERANCE_PT * 2) lines.push(to);
  return lines;
}

/** For each grid line, the rules lying on it. */
function rulesOnLines(lines: readonly number[], rules: readonly Rule[]): Rule[][] {
  const out: Rule[][] = lines.map(() => []);
  for (const rule of rules) {
    let best = -1;
    let bestDistance = SNAP_TOLERANCE_PT * 1.5;
    lines.forEach((line, i) => {
      const d = Math.abs(line - rule.pos);
      if (d <= bestDistance) {
        best = i;
        bestDistance = d;
      }
    });
    if (best >= 0) out[best]!.push(rule);
  }
  return out;
}

function isCovered(rules: readonly Rule[], from: number, to: number): boolean {
  const length = to - from;
  if (length <= 0) return true;
  let covered = 0;
  for (const r of rules) covered += overlap(r.from, r.to, from, to);
  return covered >= length * EDGE_COVERAGE;
}

export function buildGrid(rules: RuleSet): GridSkeleton | null {
  const xs = gridLines(
    rules.vertical.map((r) => r.pos),
    rules.horizontal,
  );
  const ys = gridLines(
    rules.horizontal.map((r) => r.pos),
    rules.vertical,
  );
  const cols = xs.length - 1;
  const rows = ys.length - 1;
  if (cols < 1 || rows < 1) return null;
  const onX = rulesOnLines(xs, rules.vertical);
  const onY = rulesOnLines(ys, rules.horizontal);
  const merged = new UnionFind(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !isCovered(onX[c + 1]!, ys[r]!, ys[r + 1]!)) merged.union(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !isCovered(onY[r + 1]!, xs[c]!, xs[c + 1]!)) merged.union(r * cols + c, (r + 1) * cols + c);
    }
  }
  return { xs, ys, cells: cellsFromGroups(merged, rows, cols, xs, ys) };
}

function cellsFromGroups(merged: UnionFind, rows: number, cols: number, xs: readonly number[], ys: readonly number[]): SkeletonCell[] {
  const groups = new Map<number, number[]>();
  for (let i = 0; i < rows * cols; i++) {
    const root = merged.find(i);
    const list = groups.get(root);
    if (list) list.push(i);
    else groups.set(root, [i]);
  }
  const cells: SkeletonCell[] = [];
  const cell = (row: number, col: number, rowSpan: number, colSpan: number): SkeletonCell => ({
    row,
    col,
    rowSpan,
    colSpan,
    box: { x0: xs[col]!, y0: ys[row]!, x1: xs[col + colSpan]!, y1: ys[row + rowSpan]! },
  });
  for (const members of groups.values()) {
    let r0 = Infinity;
    let r1 = -Infinity;
    let c0 = Infinity;
    let c1 = -Infinity;
    for (const i of members) {
      const r = Math.floor(i / cols);
      const c = i % cols;
      r0 = Math.min(r0, r);
      r1 = Math.max(r1, r);
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
    }
    if ((r1 - r0 + 1) * (c1 - c0 + 1) === members.length) {
      cells.push(cell(r0, c0, r1 - r0 + 1, c1 - c0 + 1));
      continue;
    }
    // Not a rectangle (a broken rule, or the empty corner beside a table of uneven
    // width): keep the horizontal runs of each row as cells and drop the vertical merges.
    const inGroup = new Set(members);
    for (let r = r0; r <= r1; r++) {
      let c = c0;
      while (c <= c1) {
        if (!inGroup.has(r * cols + c)) {
          c++;
          continue;
        }
        const start = c;
        while (c <= c1 && inGroup.has(r * cols + c)) c++;
        cells.push(cell(r, start, 1, c - start));
      }
    }
  }
  return cells.sort((a, b) => a.row - b.row || a.col - b.col);
}
