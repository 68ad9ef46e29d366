/**
 * Lines of running text on a page, from positioned runs (top-left coordinates), with
 * a map from each character of a line back to the run it came from, so a figure
 * found in the text gets a box on the page.
 */
import type { Box, PositionedText } from './types';

export interface PageLine {
  text: string;
  box: Box;
  /** For each UTF-16 offset of `text`: the run index it came from, or -1 for an inserted space. */
  runOfChar: number[];
  runs: PositionedText[];
}

function verticalOverlap(a: Box, b: Box): number {
  const overlap = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return overlap / Math.max(1e-6, Math.min(a.y1 - a.y0, b.y1 - b.y0));
}

function union(a: Box, b: Box): Box {
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}

/** Runs overlapping vertically by half their height share a line; lines read top to bottom. */
export function groupIntoLines(runs: readonly PositionedText[]): PageLine[] {
  const visible = runs.filter((r) => r.text.trim() !== '');
  const sorted = [...visible].sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
  const groups: { box: Box; runs: PositionedText[] }[] = [];
  for (const run of sorted) {
    // Sorted by top edge, a run can only join one of the most recent lines.
    let group: { box: Box; runs: PositionedText[] } | undefined;
    for (let i = groups.length - 1; i >= Math.max(0, groups.length - 4) && !group; i--) {
      const candidate = groups[i]!;
      if (verticalOverlap(candidate.box, run.box) >= 0.5 && run.box.y0 < candidate.box.y1) group = candidate;
    }
    if (group) {
      group.runs.push(run);
      group.box = union(group.box, run.box);
    } else groups.push({ box: { ...run.box }, runs: [run] });
  }
  groups.sort((a, b) => a.box.y0 - b.box.y0);
  return groups.map(({ box, runs: lineRuns }) => {
    lineRuns.sort((a, b) => a.box.x0 - b.box.x0);
    let text = '';
    const runOfChar: number[] = [];
    let previous: PositionedText | undefined;
    lineRuns.forEach((run, index) => {
      if (previous && run.box.x0 - previous.box.x1 > Math.max(2, run.size * 0.6)) {
        text += ' ';
        runOfChar.push(-1);
      }
      text += run.text;
      for (let i = 0; i < run.text.length; i++) runOfChar.push(index);
      previous = run;
    });
    return { text, box, runOfChar, runs: lineRuns };
  });
}

/** The box of characters [start, end) of a line, spreading each run's width evenly over its characters. */
export function boxOfSpan(line: PageLine, start: number, end: number): Box {
  let box: Box | undefined;
  for (let offset = start; offset < end; offset++) {
    const runIndex = line.runOfChar[offset];
    if (runIndex === undefined || runIndex < 0) continue;
    const run = line.runs[runIndex]!;
    const firstOffset = line.runOfChar.indexOf(runIndex);
    const charWidth = (run.box.x1 - run.box.x0) / Math.max(1, run.text.length);
    const i = offset - firstOffset;
    const charBox = { x0: run.box.x0 + i * charWidth, y0: run.box.y0, x1: run.box.x0 + (i + 1) * charWidth, y1: run.box.y1 };
    box = box ? union(box, charBox) : charBox;
  }
  return box ?? line.box;
}

export function boxContains(outer: Box, inner: Box, slack = 1): boolean {
  const cx = (inner.x0 + inner.x1) / 2;
  const cy = (inner.y0 + inner.y1) / 2;
  return cx >= outer.x0 - slack && cx <= outer.x1 + slack && cy >= outer.y0 - slack && cy <= outer.y1 + slack;
}
