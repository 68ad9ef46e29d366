/**
 * Tables ruled with horizontal lines only (Word's "three-line" and row-ruled styles):
 * the rows come from the rules, the columns from vertical strips of white space that
 * run through the rows. The strips become synthetic vertical rules, drawn only in the
 * rows no text crosses them, so a heading spread over several columns reads as a
 * merged cell.
 */
import type { PositionedText } from '../extraction/types';
import { readingLines } from './cell-text';
import { centreX, centreY, overlap } from './geometry';
import type { Rule, RuleSet } from './rules';
import { isAmount } from './text-kinds';

/** Narrower gaps are spaces inside a cell, not gaps between columns. */
const MIN_COLUMN_GAP_PT = 5;
/** Two horizontal rules stack into one table when they overlap by this share of the shorter one… */
const STACK_OVERLAP_SHARE = 0.8;
/** …and the shorter one is at least this share of the longer one. */
const STACK_LENGTH_SHARE = 0.6;
/** Rows taller than this are not table rows: the rules belong to different things. */
const MAX_ROW_HEIGHT_PT = 90;
const MIN_STACK_RULES = 2;
/** A line covering this share of the table width in one stretch is running text, not a row. */
const PROSE_WIDTH_SHARE = 0.75;

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

/** Number of column-like chunks of a line: runs separated by gaps wider than a column gap. */
function chunkCount(line: readonly PositionedText[]): number {
  let chunks = 0;
  let reach = -Infinity;
  for (const run of [...line].sort((a, b) => a.box.x0 - b.box.x0)) {
    if (run.box.x0 - reach >= MIN_COLUMN_GAP_PT) chunks++;
    reach = Math.max(reach, run.box.x1);
  }
  return chunks;
}

/** A line of running text: one unbroken stretch over most of the width. */
function isProseLine(line: readonly PositionedText[], width: number): boolean {
  return chunkCount(line) === 1 && Math.max(...line.map((r) => r.box.x1)) - Math.min(...line.map((r) => r.box.x0)) >= width * PROSE_WIDTH_SHARE;
}

function bandsOf(rules: readonly Rule[], runs: readonly PositionedText[], x0: number, x1: number): Band[] {
  const bands: Band[] = [];
  for (let i = 0; i + 1 < rules.length; i++) {
    const y0 = rules[i]!.pos;
    const y1 = rules[i + 1]!.pos;
    if (y1 - y0 < 1) continue;
    const inside = runs.filter((r) => {
      const cx = centreX(r.box);
      const cy = centreY(r.box);
      return cy > y0 && cy < y1 && cx > x0 && cx < x1;
    });
    bands.push({ y0, y1, runs: inside });
  }
  return bands;
}

/**
 * Runs of bands without running text between them, each trimmed of leading and
 * trailing bands that hold no multi-column line (a title under a page-header rule).
 */
function tableBandGroups(bands: readonly Band[], width: number): Band[][] {
  const groups: Band[][] = [];
  let current: Band[] = [];
  const close = (): void => {
    const multiColumn = (band: Band): boolean => readingLines(band.runs).some((line) => chunkCount(line) >= 2);
    let first = 0;
    let last = current.length - 1;
    while (first <= last && !multiColumn(current[first]!)) first++;
    while (last >= first && !multiColumn(current[last]!)) last--;
    if (first <= last) groups.push(current.slice(first, last + 1));
    current = [];
  };
  for (const band of bands) {
    if (readingLines(band.runs).some((line) => isProseLine(line, width))) close();
    else current.push(band);
  }
  close();
  return groups;
}

/**
 * Rows packed into one band without rules between them (a three-line table's body):
 * every line spans several columns and one holds an amount. Wrapped cell text (a
 * label on two lines beside one line of numbers) does not qualify.
 */
function splitIntoLineRows(band: Band): Band[] {
  const lines = readingLines(band.runs);
  if (lines.length < 2 || !lines.every((line) => chunkCount(line) >= 2)) return [band];
  if (!lines.some((line) => line.some((run) => isAmount(run.text)))) return [band];
  const rows: Band[] = [];
  let y0 = band.y0;
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    const bottom = Math.max(...line.map((r) => r.box.y1));
    const y1 = next ? (bottom + Math.min(...next.map((r) => r.box.y0))) / 2 : band.y1;
    rows.push({ y0, y1, runs: line });
    y0 = y1;
  });
  return rows;
}

/**
 * Rule sets for the tables in a region ruled by `horizontal` rules only (plus, for a
 * box without inner rules, its outer `vertical` ones): white-space columns become
 * synthetic vertical rules, drawn only in the rows no text crosses them.
 */
export function withWhitespaceColumns(horizontal: readonly Rule[], vertical: readonly Rule[], runs: readonly PositionedText[]): RuleSet[] {
  const sorted = [...horizontal].sort((a, b) => a.pos - b.pos);
  if (sorted.length < 2) return [];
  const x0 = Math.min(...sorted.map((r) => r.from));
  const x1 = Math.max(...sorted.map((r) => r.to));
  const sets: RuleSet[] = [];
  for (const group of tableBandGroups(bandsOf(sorted, runs, x0, x1), x1 - x0)) {
    const rows = group.flatMap(splitIntoLineRows);
    if (rows.filter((row) => row.runs.length > 0).length < 2) continue;
    const separators = separatorsOf(
      rows.filter((row) => row.runs.length > 0),
      x0,
      x1,
    );
    if (separators.length === 0) continue;
    const top = rows[0]!.y0;
    const bottom = rows[rows.length - 1]!.y1;
    const synthetic: Rule[] = [];
    for (const row of rows) {
      for (const x of separators) {
        const crossed = row.runs.some((r) => r.box.x0 < x - 0.5 && r.box.x1 > x + 0.5);
        if (!crossed) synthetic.push({ pos: x, from: row.y0, to: row.y1 });
      }
    }
    sets.push({
      horizontal: [...rows.map((row) => ({ pos: row.y0, from: x0, to: x1 })), { pos: bottom, from: x0, to: x1 }],
      vertical: [...vertical.filter((v) => v.to > top && v.from < bottom), ...synthetic],
    });
  }
  return sets;
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
