/**
 * A GridTable from a grid skeleton and the page's runs: each run goes to the cell
 * holding its centre, and each cell's runs are joined in reading order.
 */
import type { Box, GridCell, GridTable, PageGeometry, PositionedText } from '../extraction/types';
import { joinRunsInReadingOrder } from './cell-text';
import { centreX, centreY, intervalIndex } from './geometry';
import type { GridSkeleton } from './grid';
import { detectHeaderRows } from './headers';
import { splitRunAt } from './run-split';

/** A run must reach this far past a cell border to count as crossing it. */
const BORDER_SLACK_PT = 1.5;

/** Cells with their runs and text; null for degenerate grids (a framed paragraph, a page border). */
export function tableFromGrid(page: Pick<PageGeometry, 'page' | 'runs'>, grid: GridSkeleton, ruled: boolean): GridTable | null {
  const { xs, ys, cells } = grid;
  const cols = xs.length - 1;
  const rows = ys.length - 1;
  const cellAt = new Int32Array(rows * cols).fill(-1);
  cells.forEach((cell, index) => {
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) {
      for (let c = cell.col; c < cell.col + cell.colSpan; c++) cellAt[r * cols + c] = index;
    }
  });
  const runsOf: PositionedText[][] = cells.map(() => []);
  const place = (run: PositionedText, r: number): void => {
    const c = intervalIndex(xs, centreX(run.box));
    const index = c < 0 ? -1 : cellAt[r * cols + c]!;
    if (index >= 0) runsOf[index]!.push(run);
  };
  for (const run of page.runs) {
    const r = intervalIndex(ys, centreY(run.box));
    if (r < 0) continue;
    for (const piece of splitAtCellBorders(run, xs, (c) => cellAt[r * cols + c]!)) place(piece, r);
  }
  const gridCells: GridCell[] = cells.map((cell, i) => ({
    row: cell.row,
    col: cell.col,
    rowSpan: cell.rowSpan,
    colSpan: cell.colSpan,
    text: joinRunsInReadingOrder(runsOf[i]!),
    page: page.page,
    box: cell.box,
  }));
  if (isDegenerate(gridCells, rows)) return null;
  const box: Box = { x0: xs[0]!, y0: ys[0]!, x1: xs[cols]!, y1: ys[rows]! };
  const table: GridTable = {
    pageStart: page.page,
    pageEnd: page.page,
    regions: [{ page: page.page, box }],
    rowCount: rows,
    colCount: cols,
    headerRows: 0,
    ruled,
    cells: gridCells,
  };
  table.headerRows = detectHeaderRows(table);
  return table;
}

/** A run crossing from one cell into the next (of its row) is cut at each border it crosses. */
function splitAtCellBorders(run: PositionedText, xs: readonly number[], cellOfColumn: (col: number) => number): PositionedText[] {
  const first = intervalIndex(xs, run.box.x0 + BORDER_SLACK_PT);
  const last = intervalIndex(xs, run.box.x1 - BORDER_SLACK_PT);
  if (first < 0 || last <= first) return [run];
  const pieces: PositionedText[] = [];
  let rest = run;
  for (let k = first + 1; k <= last; k++) {
    if (cellOfColumn(k - 1) === cellOfColumn(k)) continue;
    const parts = splitRunAt(rest, xs[k]!);
    if (!parts) continue;
    pieces.push(parts[0]);
    rest = parts[1];
  }
  pieces.push(rest);
  return pieces;
}

/** One cell, no text, or a single column of cells: a box around text, not a table. */
function isDegenerate(cells: readonly GridCell[], rows: number): boolean {
  if (cells.length < 2 || !cells.some((c) => c.text !== '')) return true;
  const perRow = new Uint16Array(rows);
  for (const c of cells) perRow[c.row]! += 1;
  return Math.max(...perRow) < 2;
}
