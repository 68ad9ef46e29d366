/**
 * Tables ruled with horizontal lines only (Word's "three-line" and row-ruled styles):
 * the rows come from the rules, the columns from vertical strips of white space that
 * run through the rows. The strips become synthetic vertical rules, drawn only in the
 * rows no text crosses them, so a heading spread over several columns reads as a
 * merged cell.
 */
import type { PositionedText } from '../extraction/types';
import { centreX, centreY, overlap } from './geometry';
import type { Rule, RuleSet } from './rules';

/** Narrower gaps are spaces inside a cell, not gaps between columns. */
const MIN_COLUMN_GAP_PT = 5;
/** Two horizontal rules stack into one table when they overlap by this share of the shorter one… */
const STACK_OVERLAP_SHARE = 0.8;
/** …and the shorter one is at least this share of the longer one. */
const STACK_LENGTH_SHARE = 0.6;
/** Rows taller than this are not table rows: the rules belong to different things. */
const MAX_ROW_HEIGHT_PT = 90;
const MIN_STACK_RULES = 3;

/** Horizontal rules stacked above each other with similar extents: candidate row-ruled tables. */
export function stackHorizontalRules(rules: readonly Rule[]): Rule[][] {
  const sorted = [...rules].sort((a, b) => a.pos - b.pos);
  const stacks: Rule[][] = [];
  let current: Rule[] = [];
  for (const rule of sorted) {
    const last = current[current.length - 1];
    if (last && stacksOn(last, rule)) {
      current.push(rule);
      continue;
    }
    if (current.length >= MIN_STACK_RULES) stacks.push(current);
    current = [rule];
  }
  if (current.length >= MIN_STACK_RULES) stacks.push(current);
  return stacks;
}

function stacksOn(upper: Rule, lower: Rule): boolean {
  const shorter = Math.min(upper.to - upper.from, lower.to - lower.from);
  const longer = Math.max(upper.to - upper.from, lower.to - lower.from);
  return (
    lower.pos - upper.pos <= MAX_ROW_HEIGHT_PT &&
    shorter >= longer * STACK_LENGTH_SHARE &&
    overlap(upper.from, upper.to, lower.from, lower.to) >= shorter * STACK_OVERLAP_SHARE
  );
}

interface Band {
  y0: number;
  y1: number;
  runs: PositionedText[];
}

/**
 * Adds synthetic vertical rules at the white-space columns of the region spanned by
 * `horizontal` (sorted top to bottom). Returns null when no column gap is found.
 */
export function withWhitespaceColumns(horizontal: readonly Rule[], existingVertical: readonly Rule[], runs: readonly PositionedText[]): RuleSet | null {
  const sorted = [...horizontal].sort((a, b) => a.pos - b.pos);
  if (sorted.length < 2) return null;
  const x0 = Math.min(...sorted.map((r) => r.from));
  const x1 = Math.max(...sorted.map((r) => r.to));
  const bands: Band[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const y0 = sorted[i]!.pos;
    const y1 = sorted[i + 1]!.pos;
    if (y1 - y0 < 1) continue;
    const inside = runs.filter((r) => {
      const cx = centreX(r.box);
      const cy = centreY(r.box);
      return cy > y0 && cy < y1 && cx > x0 && cx < x1;
    });
    bands.push({ y0, y1, runs: inside });
  }
  const filled = bands.filter((b) => b.runs.length > 0);
  if (filled.length < 2) return null;
  const separators = separatorsOf(filled, x0, x1);
  if (separators.length === 0) return null;
  const vertical = [...existingVertical];
  for (const band of bands) {
    for (const x of separators) {
      const crossed = band.runs.some((r) => r.box.x0 < x - 0.5 && r.box.x1 > x + 0.5);
      if (!crossed) vertical.push({ pos: x, from: band.y0, to: band.y1 });
    }
  }
  return { horizontal: sorted, vertical };
}

/** Centres of the vertical white strips (text in few enough bands) wide enough to part columns. */
function separatorsOf(bands: readonly Band[], x0: number, x1: number): number[] {
  const width = Math.ceil(x1 - x0);
  const counts = new Uint16Array(width + 1);
  const covered = new Uint8Array(width + 1);
  for (const band of bands) {
    covered.fill(0);
    for (const r of band.runs) {
      const from = Math.max(0, Math.floor(r.box.x0 - x0));
      const to = Math.min(width, Math.ceil(r.box.x1 - x0));
      for (let b = from; b < to; b++) covered[b] = 1;
    }
    for (let b = 0; b <= width; b++) counts[b]! += covered[b]!;
  }
  // A heading spanning columns may cross a strip in a few bands; body rows may not.
  const allowed = Math.floor((bands.length - 1) / 3);
  const textStart = counts.findIndex((c) => c > 0);
  let textEnd = width;
  while (textEnd > 0 && counts[textEnd] === 0) textEnd--;
  const separators: number[] = [];
  let b = textStart;
  while (b >= 0 && b < textEnd) {
    if (counts[b]! > allowed) {
      b++;
      continue;
    }
    const start = b;
    let best = b;
    while (b < textEnd && counts[b]! <= allowed) {
      if (counts[b]! < counts[best]!) best = b;
      b++;
    }
    if (b - start >= MIN_COLUMN_GAP_PT) {
      // Centre of the emptiest stretch inside the strip.
      let lo = best;
      let hi = best;
      while (hi + 1 < b && counts[hi + 1] === counts[best]) hi++;
      while (lo - 1 >= start && counts[lo - 1] === counts[best]) lo--;
      separators.push(x0 + (lo + hi + 1) / 2);
    }
  }
  return separators;
}
