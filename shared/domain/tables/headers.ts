/**
 * Header rows: the leading rows of short labels without numbers. A heading cell that
 * spans rows pulls the rows it covers into the header (multi-row headers); a label-only
 * row that spans the whole table after the header ("流动资产：") starts the body.
 */
import type { GridCell, GridTable } from '../extraction/types';
import { isAmount, isPlaceholder } from './text-kinds';

const MAX_HEADER_ROWS = 4;
const HEADER_CELL_MAX_CHARS = 40;
/** Two-column tables are mostly key–value lists: a header only when row 1 is two short labels ("项目 | 金额"). */
const PAIR_HEADER_MAX_CHARS = 12;

function rowsOf(table: Pick<GridTable, 'rowCount' | 'cells'>): GridCell[][] {
  const rows: GridCell[][] = Array.from({ length: table.rowCount }, () => []);
  for (const cell of table.cells) rows[cell.row]?.push(cell);
  for (const row of rows) row.sort((a, b) => a.col - b.col);
  return rows;
}

function isLabel(cell: GridCell, maxChars: number): boolean {
  return !isAmount(cell.text) && !isPlaceholder(cell.text) && [...cell.text].length <= maxChars;
}

export function detectHeaderRows(table: Pick<GridTable, 'rowCount' | 'colCount' | 'cells'>): number {
  const rows = rowsOf(table);
  const first = rows[0];
  if (!first || rows.length < 2) return 0;
  const widest = Math.max(...rows.map((row) => row.filter((c) => c.text !== '').length));
  if (widest <= 2) {
    const filled = first.filter((c) => c.text !== '');
    return filled.length === 2 && filled.every((c) => isLabel(c, PAIR_HEADER_MAX_CHARS)) ? 1 : 0;
  }
  let leading = 0;
  let spannedTo = 0; // rows covered by row-spanning heading cells
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const filled = row.filter((c) => c.text !== '');
    const labels = row.every((c) => c.text === '' || isLabel(c, HEADER_CELL_MAX_CHARS));
    const fullWidthLabel = row.length === 1 && row[0]!.colSpan === table.colCount;
    const heading = labels && filled.length > 0 && (r === 0 || r < spannedTo || (filled.length >= 2 && !fullWidthLabel));
    if (!heading) break;
    leading = r + 1;
    for (const cell of row) spannedTo = Math.max(spannedTo, r + cell.rowSpan);
  }
  leading = Math.max(leading, Math.min(spannedTo, rows.length));
  if (leading >= rows.length) {
    // All text: only a heading cell spanning rows tells how deep the header is.
    if (spannedTo > 1 && spannedTo < rows.length) return spannedTo;
    return first.length >= 3 ? 1 : 0;
  }
  return leading <= MAX_HEADER_ROWS ? leading : 1;
}
