/**
 * Drawn rules, cleaned up: collinear pieces joined (WPS and Word draw each cell border
 * as its own short line, with tiny gaps or overlaps at the joints), and grouped into
 * sets of rules that touch each other — one set per ruled table.
 */
import type { Segment } from '../extraction/types';
import { JOIN_GAP_PT, SNAP_TOLERANCE_PT, UnionFind } from './geometry';

/** An axis-parallel rule: at `pos` (y for horizontal, x for vertical), spanning [from, to] along its axis. */
export interface Rule {
  pos: number;
  from: number;
  to: number;
}

export interface RuleSet {
  horizontal: Rule[];
  vertical: Rule[];
}

/** How far a rule may stop short of another and still be taken to meet it. */
const TOUCH_TOLERANCE_PT = 2.5;

/** Joins collinear pieces: same position (within the snap tolerance) and overlapping or nearly touching. */
export function joinCollinear(rules: readonly Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => a.pos - b.pos);
  const joined: Rule[] = [];
  let start = 0;
  while (start < sorted.length) {
    let end = start + 1;
    while (end < sorted.length && sorted[end]!.pos - sorted[end - 1]!.pos <= SNAP_TOLERANCE_PT) end++;
    joined.push(...joinOnLine(sorted.slice(start, end)));
    start = end;
  }
  return joined;
}

function joinOnLine(line: Rule[]): Rule[] {
  line.sort((a, b) => a.from - b.from);
  const out: Rule[] = [];
  let current: Rule | undefined;
  let weight = 0;
  let weightedPos = 0;
  for (const rule of line) {
    const length = Math.max(rule.to - rule.from, 0.1);
    if (current && rule.from <= current.to + JOIN_GAP_PT) {
      current.to = Math.max(current.to, rule.to);
    } else {
      if (current) out.push({ ...current, pos: weightedPos / weight });
      current = { ...rule };
      weight = 0;
      weightedPos = 0;
    }
    weight += length;
    weightedPos += rule.pos * length;
  }
  if (current) out.push({ ...current, pos: weightedPos / weight });
  return out;
}

export function rulesFromSegments(segments: readonly Segment[]): RuleSet {
  const horizontal: Rule[] = [];
  const vertical: Rule[] = [];
  for (const s of segments) {
    if (s.orientation === 'h') horizontal.push({ pos: (s.y0 + s.y1) / 2, from: Math.min(s.x0, s.x1), to: Math.max(s.x0, s.x1) });
    else vertical.push({ pos: (s.x0 + s.x1) / 2, from: Math.min(s.y0, s.y1), to: Math.max(s.y0, s.y1) });
  }
  return { horizontal: joinCollinear(horizontal), vertical: joinCollinear(vertical) };
}

function touches(h: Rule, v: Rule): boolean {
  return (
    v.pos >= h.from - TOUCH_TOLERANCE_PT &&
    v.pos <= h.to + TOUCH_TOLERANCE_PT &&
    h.pos >= v.from - TOUCH_TOLERANCE_PT &&
    h.pos <= v.to + TOUCH_TOLERANCE_PT
  );
}

/**
 * Splits the rules into connected sets (a horizontal and a vertical rule are connected
 * when they cross or meet). Horizontal rules that meet no vertical come back as
 * one-rule sets: `stackHorizontalRules` may still make a table of them.
 */
export function connectedRuleSets(rules: RuleSet): RuleSet[] {
  const { horizontal, vertical } = rules;
  const nh = horizontal.length;
  const sets = new UnionFind(nh + vertical.length);
  // Sorting verticals by x lets each horizontal scan only the verticals within its span.
  const vOrder = vertical.map((_, i) => i).sort((a, b) => vertical[a]!.pos - vertical[b]!.pos);
  const vPos = vOrder.map((i) => vertical[i]!.pos);
  for (let h = 0; h < nh; h++) {
    const rule = horizontal[h]!;
    for (let k = lowerBound(vPos, rule.from - TOUCH_TOLERANCE_PT); k < vOrder.length && vPos[k]! <= rule.to + TOUCH_TOLERANCE_PT; k++) {
      const v = vOrder[k]!;
      if (touches(rule, vertical[v]!)) sets.union(h, nh + v);
    }
  }
  const byRoot = new Map<number, RuleSet>();
  const setOf = (i: number): RuleSet => {
    const root = sets.find(i);
    let set = byRoot.get(root);
    if (!set) {
      set = { horizontal: [], vertical: [] };
      byRoot.set(root, set);
    }
    return set;
  };
  horizontal.forEach((rule, i) => setOf(i).horizontal.push(rule));
  vertical.forEach((rule, i) => setOf(nh + i).vertical.push(rule));
  return [...byRoot.values()];
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
