/**
 * Tables printed without rules, found from text alignment alone: blocks of lines
 * whose amounts line up on their right edges under a column of labels. Precision over
 * recall: a block needs 3+ rows, 2+ columns and a clear numeric column (3+ amounts
 * on one right edge, formatted as amounts rather than list numbers or years).
 */
import type { Box, GridTable, PageGeometry, PositionedText } from '../extraction/types';
import { joinLine, readingLines } from './cell-text';
import { clusterValues, runInside } from './geometry';
import type { GridSkeleton, SkeletonCell } from './grid';
import { tableFromGrid } from './grid-table';
import { isAmount, isFormattedAmount, isPlaceholder } from './text-kinds';

/** Runs further apart than this share of the font size are in different columns. */
const CHUNK_GAP_SHARE = 1.2;
/** Lines further apart than this share of the font size are in different blocks. */
const LINE_GAP_SHARE = 1.6;
/** Right edges of one numeric column agree within this. */
const ALIGN_TOLERANCE_PT = 3;
const MIN_ROWS = 3;
const MAX_HEADER_LINES = 3;
const MAX_LABEL_CHARS = 30;
/** Table-of-contents lines: leader dots before a page number. */
const LEADER_DOTS = /[.·…．]{4,}|…{2,}/u;
const YEAR_LIKE = /^(?:19|20)\d{2}$/u;
/** A digit group or decimal part, or a percentage: what amounts contain and prose rarely does. */
const FORMATTED_NUMBER = /\d[,.]\d|\d%/u;

interface Chunk {
  runs: PositionedText[];
  text: string;
  x0: number;
  x1: number;
  numeric: boolean;
}

interface Line {
  runs: PositionedText[];
  chunks: Chunk[];
  y0: number;
  y1: number;
  size: number;
  kind: 'tabular' | 'label' | 'other';
}

function chunksOf(runs: readonly PositionedText[]): Chunk[] {
  const chunks: Chunk[] = [];
  for (const run of runs) {
    const last = chunks[chunks.length - 1];
    if (last && run.box.x0 - last.x1 <= CHUNK_GAP_SHARE * run.size) {
      last.runs.push(run);
      last.x1 = Math.max(last.x1, run.box.x1);
    } else {
      chunks.push({ runs: [run], text: '', x0: run.box.x0, x1: run.box.x1, numeric: false });
    }
  }
  for (const chunk of chunks) {
    chunk.text = joinLine(chunk.runs).trim();
    chunk.numeric = isAmount(chunk.text) || isPlaceholder(chunk.text);
  }
  return chunks;
}

function classify(runs: PositionedText[]): Line {
  const chunks = chunksOf(runs);
  let y0 = Infinity;
  let y1 = -Infinity;
  let size = 0;
  for (const r of runs) {
    y0 = Math.min(y0, r.box.y0);
    y1 = Math.max(y1, r.box.y1);
    size = Math.max(size, r.size);
  }
  let kind: Line['kind'] = 'other';
  const first = chunks[0]!;
  if (chunks.length >= 2) {
    const values = chunks.slice(1);
    const tabular = values.some((c) => isAmount(c.text));
    if (tabular && !chunks.some((c) => LEADER_DOTS.test(c.text))) kind = 'tabular';
  } else if (!first.numeric && first.text.length <= MAX_LABEL_CHARS && !LEADER_DOTS.test(first.text)) {
    kind = 'label';
  }
  return { runs, chunks, y0, y1, size, kind };
}

/** Runs of tabular lines, with at most two label lines between them ("流动资产："). */
function blocksOf(lines: readonly Line[]): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  let start = -1;
  let lastTabular = -1;
  const close = (): void => {
    if (start >= 0) blocks.push({ start, end: lastTabular });
    start = -1;
  };
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const near = previous !== undefined && line.y0 - previous.y1 <= LINE_GAP_SHARE * Math.max(line.size, previous.size);
    if (line.kind === 'tabular') {
      if (start < 0 || !near || i - lastTabular > 3) {
        close();
        start = i;
      }
      lastTabular = i;
    } else if (line.kind !== 'label' || !near) {
      close();
    }
  });
  close();
  return blocks;
}

interface Column {
  x0: number;
  x1: number;
}

/** Numeric columns: right edges shared by 3+ amounts (2+ of them formatted) from different lines. */
function numericColumns(lines: readonly Line[]): Column[] | null {
  const values = lines.flatMap((line) => (line.kind === 'tabular' ? line.chunks.slice(1).filter((c) => isAmount(c.text)) : []));
  const rights = clusterValues(
    values.map((c) => c.x1),
    ALIGN_TOLERANCE_PT,
  );
  const columns: Column[] = [];
  for (const right of rights) {
    const members = values.filter((c) => Math.abs(c.x1 - right) <= ALIGN_TOLERANCE_PT);
    const formatted = members.filter((c) => isFormattedAmount(c.text)).length;
    if (members.length >= MIN_ROWS && formatted >= 2) columns.push({ x0: Math.min(...members.map((c) => c.x0)), x1: right });
  }
  return columns.length > 0 ? columns : null;
}

/** All columns: labels left of the first numeric column, then the numeric ones; null when chunks do not fit them. */
function layoutColumns(lines: readonly Line[], numeric: readonly Column[]): Column[] | null {
  const firstNumeric = numeric[0]!;
  const labelChunks = lines.flatMap((l) => l.chunks).filter((c) => c.x1 <= firstNumeric.x0);
  const columns: Column[] = [];
  if (labelChunks.length > 0) columns.push({ x0: Math.min(...labelChunks.map((c) => c.x0)), x1: Math.max(...labelChunks.map((c) => c.x1)) });
  columns.push(...numeric);
  for (let i = 1; i < columns.length; i++) if (columns[i]!.x0 <= columns[i - 1]!.x1) return null;
  // Every value chunk must sit in one column: otherwise the alignment is a coincidence.
  for (const line of lines) {
    for (const chunk of line.chunks) {
      const hits = columns.filter((col) => chunk.x0 < col.x1 + ALIGN_TOLERANCE_PT && chunk.x1 > col.x0 - ALIGN_TOLERANCE_PT);
      if (hits.length !== 1) return null;
    }
  }
  return columns.length >= 2 ? columns : null;
}

/** Lines right above the block whose chunks all sit over the columns: the column headings. */
function headerLines(lines: readonly Line[], start: number, span: Column): number {
  let first = start;
  while (first > 0 && start - first < MAX_HEADER_LINES) {
    const line = lines[first - 1]!;
    const below = lines[first]!;
    const near = below.y0 - line.y1 <= LINE_GAP_SHARE * Math.max(line.size, below.size);
    const inside = line.chunks.every((c) => c.x0 >= span.x0 - 2 && c.x1 <= span.x1 + 2);
    const headingText = line.chunks.every((c) => !c.numeric || YEAR_LIKE.test(c.text));
    if (!near || !inside || !headingText || LEADER_DOTS.test(joinLine(line.runs))) break;
    first--;
  }
  return first;
}

function skeletonOf(lines: readonly Line[], columns: readonly Column[]): GridSkeleton {
  const xs = [columns[0]!.x0 - 1];
  for (let i = 1; i < columns.length; i++) xs.push((columns[i - 1]!.x1 + columns[i]!.x0) / 2);
  xs.push(columns[columns.length - 1]!.x1 + 1);
  const ys = [lines[0]!.y0 - 1];
  for (let i = 1; i < lines.length; i++) ys.push((lines[i - 1]!.y1 + lines[i]!.y0) / 2);
  ys.push(lines[lines.length - 1]!.y1 + 1);
  const cells: SkeletonCell[] = [];
  lines.forEach((line, row) => {
    // A heading written across several columns is one cell spanning them.
    let col = 0;
    while (col < columns.length) {
      let span = 1;
      for (const chunk of line.chunks) {
        if (chunk.x0 < xs[col + 1]! && chunk.x1 > xs[col + 1]!) {
          while (col + span < columns.length && chunk.x1 > xs[col + span]!) span++;
        }
      }
      cells.push({ row, col, rowSpan: 1, colSpan: span, box: { x0: xs[col]!, y0: ys[row]!, x1: xs[col + span]!, y1: ys[row + 1]! } });
      col += span;
    }
  });
  return { xs, ys, cells };
}

/** Cheap pre-check: without a few formatted amounts outside the ruled tables there is nothing to find. */
function mayHoldTable(runs: readonly PositionedText[]): boolean {
  let amounts = 0;
  for (const run of runs) if (FORMATTED_NUMBER.test(run.text) && ++amounts >= MIN_ROWS) return true;
  return false;
}

export function detectUnruledTables(page: PageGeometry, excludeRegions: readonly Box[]): GridTable[] {
  const free = page.runs.filter((run) => !excludeRegions.some((box) => runInside(run, box, 1)));
  if (!mayHoldTable(free)) return [];
  const lines = readingLines(free).map(classify);
  const tables: GridTable[] = [];
  for (const block of blocksOf(lines)) {
    const body = lines.slice(block.start, block.end + 1);
    if (body.filter((l) => l.kind === 'tabular').length < MIN_ROWS) continue;
    const numeric = numericColumns(body);
    const columns = numeric && layoutColumns(body, numeric);
    if (!columns) continue;
    const span = { x0: columns[0]!.x0, x1: columns[columns.length - 1]!.x1 };
    const first = headerLines(lines, block.start, span);
    const rows = lines.slice(first, block.end + 1);
    const table = tableFromGrid({ page: page.page, runs: rows.flatMap((l) => l.runs) }, skeletonOf(rows, columns), false);
    if (table && table.colCount >= 2) tables.push(table);
  }
  return tables;
}
