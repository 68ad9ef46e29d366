/**
 * A cell's row and column labels as a reader finds them: the row's first label cell to
 * its left, and the header cells above it (merged headers included) from top to bottom.
 */
import type { CellRecord } from '../../api/contract';

export interface CellLabels {
  row: string;
  column: string;
}

const covers = (cell: CellRecord, col: number): boolean => cell.col <= col && col < cell.col + cell.colSpan;
const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Labels of every cell of one table, by cell id. */
export function cellLabels(cells: readonly CellRecord[]): Map<number, CellLabels> {
  const byRow = new Map<number, CellRecord[]>();
  for (const cell of cells) byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
  const headers = cells.filter((c) => c.isHeader).sort((a, b) => a.row - b.row || a.col - b.col);
  const labels = new Map<number, CellLabels>();
  for (const cell of cells) {
    const rowLabel = (byRow.get(cell.row) ?? [])
      .filter((c) => c.col < cell.col && !c.isHeader && c.valueKind === 'text' && clean(c.text) !== '')
      .sort((a, b) => a.col - b.col)[0];
    const column = cell.isHeader
      ? ''
      : [...new Set(headers.filter((h) => h.row < cell.row && covers(h, cell.col)).map((h) => clean(h.text)).filter(Boolean))].join(' / ');
    labels.set(cell.id, { row: rowLabel ? clean(rowLabel.text) : '', column });
  }
  return labels;
}
