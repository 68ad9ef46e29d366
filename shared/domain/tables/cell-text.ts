/**
 * A cell's text from the runs inside it, in reading order: lines top to bottom, runs
 * left to right. Text that wraps inside a cell continues without a space between CJK
 * characters (or between the digits of a wrapped number); Latin words get one. Spaces
 * next to CJK characters are layout, not text, and are dropped.
 */
import type { PositionedText } from '../extraction/types';
import { centreY } from './geometry';
import { collapseSpaces, needsSpaceBetween, tidySpaces } from './text-kinds';

/** Runs on one line have vertical centres within this share of the smaller font size. */
const SAME_LINE_SHARE = 0.5;
/** A gap wider than this share of the font size between two runs on a line is a visible space. */
const VISIBLE_GAP_SHARE = 0.25;

/** Runs grouped into lines (top to bottom), each line's runs left to right. */
export function readingLines(runs: readonly PositionedText[]): PositionedText[][] {
  const sorted = [...runs].sort((a, b) => centreY(a.box) - centreY(b.box) || a.box.x0 - b.box.x0);
  const lines: { runs: PositionedText[]; centre: number; size: number }[] = [];
  for (const run of sorted) {
    const cy = centreY(run.box);
    const size = run.size || run.box.y1 - run.box.y0;
    const line = lines[lines.length - 1];
    if (line && Math.abs(cy - line.centre) <= SAME_LINE_SHARE * Math.min(size, line.size)) {
      line.runs.push(run);
    } else {
      lines.push({ runs: [run], centre: cy, size });
    }
  }
  return lines.map((line) => line.runs.sort((a, b) => a.box.x0 - b.box.x0));
}

/** One line's runs joined, with a space where a visible gap separates two words. */
export function joinLine(line: readonly PositionedText[]): string {
  let text = '';
  let previous: PositionedText | undefined;
  for (const run of line) {
    if (previous) {
      const gap = run.box.x0 - previous.box.x1;
      const size = Math.min(run.size, previous.size) || 1;
      const wordBoundary = /[A-Za-z0-9]$/u.test(text) && /^[A-Za-z0-9]/u.test(run.text);
      if (gap > size * VISIBLE_GAP_SHARE && wordBoundary) text += ' ';
    }
    text += run.text;
    previous = run;
  }
  return text;
}

export function joinRunsInReadingOrder(runs: readonly PositionedText[]): string {
  let text = '';
  for (const line of readingLines(runs)) {
    const lineText = collapseSpaces(joinLine(line));
    if (lineText === '') continue;
    text = text === '' ? lineText : text + (needsSpaceBetween(text, lineText) ? ' ' : '') + lineText;
  }
  return tidySpaces(text);
}
